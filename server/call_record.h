// What one served call did, as the access log and the metrics record it
// (filled by server/call_records.h for every call).
#ifndef FACTCHECK_SERVER_CALL_RECORD_H_
#define FACTCHECK_SERVER_CALL_RECORD_H_

#include <cstdint>
#include <string>

#include "absl/time/time.h"

namespace factcheck::server {

// A call over HTTP (server/http_server.h) is recorded in the same terms:
// its method is the HTTP method and path ("POST /v1/VerifyDocument"), its
// status the gRPC code its answer stands for, its sizes those of the bodies.
struct CallRecord {
  // The full method name: "/factcheck.v1.FactCheck/VerifyDocument"; over
  // HTTP, "POST /v1/VerifyDocument" ("POST /v1/" for a path no method
  // answers, so that callers cannot make names up).
  std::string method;
  // The gRPC status code's name: "OK", "INVALID_ARGUMENT".
  std::string status;
  // Over HTTP, the status code answered (429); 0 for gRPC.
  int http_status = 0;
  // The caller's address as gRPC names it: "ipv4:127.0.0.1:51234".
  std::string peer;
  absl::Time start;
  absl::Duration latency;
  // Over HTTP, one request and one answer, or the pieces of a streamed one.
  int64_t request_messages = 0;
  int64_t response_messages = 0;
  // Serialized sizes (over HTTP, of the bodies); -1 where the method's
  // messages are not measured (those of services factcheckd does not
  // define).
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
