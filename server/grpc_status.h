// The one conversion from absl::Status to grpc::Status in factcheck.
#ifndef FACTCHECK_SERVER_GRPC_STATUS_H_
#define FACTCHECK_SERVER_GRPC_STATUS_H_

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace factcheck::server {

// Same code (absl and gRPC share the canonical code numbers), same message.
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_GRPC_STATUS_H_
