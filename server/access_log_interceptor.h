// Fills a CallRecord for every call the server serves and hands it to the
// AccessLog when the call's status is sent (server/access_log.h).
#ifndef FACTCHECK_SERVER_ACCESS_LOG_INTERCEPTOR_H_
#define FACTCHECK_SERVER_ACCESS_LOG_INTERCEPTOR_H_

#include "grpcpp/support/server_interceptor.h"
#include "server/access_log.h"

namespace factcheck::server {

class AccessLogFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  // `log` must outlive the server.
  explicit AccessLogFactory(AccessLog* log) : log_(log) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  AccessLog* const log_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_ACCESS_LOG_INTERCEPTOR_H_
