#include "server/call_access.h"

#include "absl/strings/match.h"
#include "grpcpp/server_context.h"

namespace factcheck::server {
namespace {

class ReflectionAccess : public grpc::experimental::Interceptor {
 public:
  ReflectionAccess(grpc::experimental::ServerRpcInfo* info,
                   const core::AccessControl* access)
      : info_(info), access_(access) {}

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::
                POST_RECV_INITIAL_METADATA) &&
        !access_
             ->Authorize(
                 AuthorizationHeader(*methods->GetRecvInitialMetadata()),
                 core::Access::kRead, "server reflection")
             .ok()) {
      info_->server_context()->TryCancel();
    }
    methods->Proceed();
  }

 private:
  grpc::experimental::ServerRpcInfo* const info_;
  const core::AccessControl* const access_;
};

}  // namespace

std::optional<absl::string_view> AuthorizationHeader(
    const std::multimap<grpc::string_ref, grpc::string_ref>& metadata) {
  auto header = metadata.find("authorization");
  if (header == metadata.end()) return std::nullopt;
  return absl::string_view(header->second.data(), header->second.size());
}

grpc::experimental::Interceptor*
ReflectionAccessFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  if (!absl::StartsWith(info->method(), "/grpc.reflection.")) return nullptr;
  return new ReflectionAccess(info, access_);
}

}  // namespace factcheck::server
