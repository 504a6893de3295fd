// The access log: one line per call for operators, saying which method was
// called, by whom (the peer's address), how the call ended, how long it
// took and how many messages and bytes went each way; never what a request
// or answer said. Each line is a JSON object (JSON Lines), written to
// stderr or appended to a file.
//
// Sampled when busy: at most `lines_per_second` lines are written in any
// second; the calls beyond are not logged, and the next line written says
// how many were skipped ("skipped": N), so an operator can still count
// them.
#ifndef FACTCHECK_SERVER_ACCESS_LOG_H_
#define FACTCHECK_SERVER_ACCESS_LOG_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "server/call_record.h"
#include "server/log_limit.h"

namespace factcheck::server {

// The line for `call` (no trailing newline), with the number of calls
// skipped since the last line written.
std::string AccessLogLine(const CallRecord& call, int64_t skipped);

class AccessLog : public CallSink {
 public:
  // `path` "-" is stderr; any other path is opened for appending (created
  // when missing). Errors: InvalidArgument naming the path when it cannot
  // be opened.
  static absl::StatusOr<std::unique_ptr<AccessLog>> Open(
      const std::string& path, int lines_per_second = 200);
  ~AccessLog() override;

  // Writes the call's line, or counts it as skipped when this second's
  // lines are spent (the second of the call's end). Thread-safe.
  void Record(const CallRecord& call) override;

 private:
  AccessLog(std::FILE* out, bool owned, int lines_per_second);

  std::FILE* const out_;
  const bool owned_;
  LogLimiter limiter_;
  absl::Mutex write_mutex_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_ACCESS_LOG_H_
