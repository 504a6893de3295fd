#include "server/access_log_interceptor.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "google/protobuf/message.h"
#include "grpcpp/server_context.h"

namespace factcheck::server {
namespace {

class AccessLogInterceptor : public grpc::experimental::Interceptor {
 public:
  AccessLogInterceptor(grpc::experimental::ServerRpcInfo* info, AccessLog* log)
      : info_(info), log_(log) {
    call_.method = info->method();
    call_.start = absl::Now();
    // Only factcheckd's own services are known to carry protobuf messages
    // (gRPC's health service, for one, passes raw bytes): only theirs are
    // measured.
    measured_ = absl::StartsWith(call_.method, "/factcheck.") ||
                absl::StartsWith(call_.method, "/grpc.reflection.v1.");
    if (measured_) call_.request_bytes = call_.response_bytes = 0;
  }

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    using grpc::experimental::InterceptionHookPoints;
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_MESSAGE) &&
        methods->GetRecvMessage() != nullptr) {
      ++call_.request_messages;
      if (measured_) {
        call_.request_bytes +=
            static_cast<int64_t>(static_cast<const google::protobuf::Message*>(
                                     methods->GetRecvMessage())
                                     ->ByteSizeLong());
      }
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      ++call_.response_messages;
      if (measured_ && methods->GetSendMessage() != nullptr) {
        call_.response_bytes +=
            static_cast<int64_t>(static_cast<const google::protobuf::Message*>(
                                     methods->GetSendMessage())
                                     ->ByteSizeLong());
      }
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      call_.status = absl::StatusCodeToString(
          static_cast<absl::StatusCode>(methods->GetSendStatus().error_code()));
      call_.peer = info_->server_context()->peer();
      call_.latency = absl::Now() - call_.start;
      log_->Record(call_);
    }
    methods->Proceed();
  }

 private:
  grpc::experimental::ServerRpcInfo* const info_;
  AccessLog* const log_;
  CallRecord call_;
  bool measured_ = false;
};

}  // namespace

grpc::experimental::Interceptor* AccessLogFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new AccessLogInterceptor(info, log_);
}

}  // namespace factcheck::server
