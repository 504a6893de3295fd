// Where gRPC meets core::AccessControl: the authorization header of a call,
// and the interceptor that holds server reflection to the same tokens as the
// methods that read. (FactCheckService checks its own methods, so that each
// refusal carries its status code; health stays open to every caller.)
#ifndef FACTCHECK_SERVER_CALL_ACCESS_H_
#define FACTCHECK_SERVER_CALL_ACCESS_H_

#include <map>
#include <optional>

#include "absl/strings/string_view.h"
#include "grpcpp/support/server_interceptor.h"
#include "grpcpp/support/string_ref.h"
#include "server/core/access.h"

namespace factcheck::server {

// The value of the call's `authorization` header; nullopt when absent.
std::optional<absl::string_view> AuthorizationHeader(
    const std::multimap<grpc::string_ref, grpc::string_ref>& metadata);

// Cancels every server reflection call whose caller may not read. gRPC's
// server interceptors cannot answer with a status of their own, so such a
// caller sees CANCELLED. `access` is not owned and must outlive the server.
class ReflectionAccessFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit ReflectionAccessFactory(const core::AccessControl* access)
      : access_(access) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  const core::AccessControl* const access_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_CALL_ACCESS_H_
