// Keeps clients from flooding factcheckd's log. gRPC and protobuf write a line
// for failures a client causes at will (each failed TLS handshake, each
// request with invalid UTF-8 in a string field); at most a burst of such lines
// per period reach stderr, and the next line that does says how many were
// dropped meanwhile.
#ifndef FACTCHECK_SERVER_LOG_LIMIT_H_
#define FACTCHECK_SERVER_LOG_LIMIT_H_

#include <cstdint>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace factcheck::server {

// At most `burst` lines per `period`, counted in windows that start at the
// first line after the previous window ended. Thread-safe.
class LogLimiter {
 public:
  LogLimiter(int burst, absl::Duration period)
      : burst_(burst), period_(period) {}

  // Whether a line logged at `now` may be written. When it may, `*dropped`
  // is the number of lines refused since the last one written.
  bool Admit(absl::Time now, int64_t* dropped);

 private:
  const int burst_;
  const absl::Duration period_;
  absl::Mutex mutex_;
  absl::Time window_start_ ABSL_GUARDED_BY(mutex_) = absl::InfinitePast();
  int written_in_window_ ABSL_GUARDED_BY(mutex_) = 0;
  int64_t dropped_ ABSL_GUARDED_BY(mutex_) = 0;
};

// Routes gRPC's and protobuf's logs to stderr through one LogLimiter of 20
// lines a minute. Call once, before the server starts.
void LimitLibraryLogs();

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_LOG_LIMIT_H_
