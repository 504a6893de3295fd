#include "server/call_records.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "google/protobuf/message.h"
#include "grpcpp/server_context.h"

namespace factcheck::server {
namespace {

class CallRecorder : public grpc::experimental::Interceptor {
 public:
  CallRecorder(grpc::experimental::ServerRpcInfo* info,
               const std::vector<CallSink*>* sinks)
      : info_(info), sinks_(sinks) {
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
      for (CallSink* sink : *sinks_) sink->Record(call_);
    }
    methods->Proceed();
  }

 private:
  grpc::experimental::ServerRpcInfo* const info_;
  const std::vector<CallSink*>* const sinks_;
  CallRecord call_;
  bool measured_ = false;
};

}  // namespace

grpc::experimental::Interceptor* CallRecordsFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new CallRecorder(info, &sinks_);
}

}  // namespace factcheck::server
