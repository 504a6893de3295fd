#include "server/request_decoding.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "grpcpp/support/status.h"

namespace factcheck::server {
namespace {

class UndecodableRequest : public grpc::experimental::Interceptor {
 public:
  explicit UndecodableRequest(const char* method) : method_(method) {}

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    using grpc::experimental::InterceptionHookPoints;
    // gRPC hands interceptors no message when the bytes did not decode, and
    // then answers INTERNAL or UNIMPLEMENTED with no message of its own.
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_MESSAGE) &&
        methods->GetRecvMessage() == nullptr) {
      undecodable_ = true;
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      const bool grpc_fault =
          status.error_code() == grpc::StatusCode::INTERNAL ||
          status.error_code() == grpc::StatusCode::UNIMPLEMENTED;
      if (grpc_fault && undecodable_ && status.error_message().empty()) {
        methods->ModifySendStatus(grpc::Status(
            grpc::StatusCode::INVALID_ARGUMENT,
            absl::StrCat("the request to ", method_,
                         " is not a valid protobuf message of the method's "
                         "request type (see protos/)")));
      }
    }
    methods->Proceed();
  }

 private:
  const std::string method_;
  bool undecodable_ = false;
};

}  // namespace

grpc::experimental::Interceptor*
UndecodableRequestFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new UndecodableRequest(info->method());
}

}  // namespace factcheck::server
