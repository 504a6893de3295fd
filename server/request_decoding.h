// Requests whose bytes are not their method's message. gRPC answers them
// with an empty message, INTERNAL on its synchronous API and UNIMPLEMENTED
// on its callback API, which read as a server fault or a missing method;
// the fault is the caller's, so factcheckd answers INVALID_ARGUMENT naming
// the method and the message it expects.
#ifndef FACTCHECK_SERVER_REQUEST_DECODING_H_
#define FACTCHECK_SERVER_REQUEST_DECODING_H_

#include "grpcpp/support/server_interceptor.h"

namespace factcheck::server {

class UndecodableRequestFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_REQUEST_DECODING_H_
