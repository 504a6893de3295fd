// What one served call did, as the access log and the metrics record it
// (filled by server/call_records.h for every call).
#ifndef FACTCHECK_SERVER_CALL_RECORD_H_
#define FACTCHECK_SERVER_CALL_RECORD_H_

#include <cstdint>
#include <string>

#include "absl/time/time.h"

namespace factcheck::server {

struct CallRecord {
  // The full method name: "/factcheck.v1.FactCheck/VerifyDocument".
  std::string method;
  // The gRPC status code's name: "OK", "INVALID_ARGUMENT".
  std::string status;
  // The caller's address as gRPC names it: "ipv4:127.0.0.1:51234".
  std::string peer;
  absl::Time start;
  absl::Duration latency;
  int64_t request_messages = 0;
  int64_t response_messages = 0;
  // Serialized sizes; -1 where the method's messages are not measured
  // (those of services factcheckd does not define).
  int64_t request_bytes = -1;
  int64_t response_bytes = -1;
};

// Where finished calls go. Record is called from the threads that serve
// calls, at once for many: implementations are thread-safe.
class CallSink {
 public:
  virtual ~CallSink() = default;
  virtual void Record(const CallRecord& call) = 0;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_CALL_RECORD_H_
