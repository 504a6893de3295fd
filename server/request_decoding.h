// Requests whose bytes are not their method's message. gRPC's synchronous
// server answers them INTERNAL with an empty message, which reads as a
// server fault; the fault is the caller's, so factcheckd answers
// INVALID_ARGUMENT naming the method and the message it expects.
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
