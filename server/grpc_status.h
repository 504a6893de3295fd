// The one conversion from absl::Status to grpc::Status in factcheck.
#ifndef FACTCHECK_SERVER_GRPC_STATUS_H_
#define FACTCHECK_SERVER_GRPC_STATUS_H_

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace factcheck::server {

// Same code (absl and gRPC share the canonical code numbers), same message,
// and the google.rpc.Status details gRPC clients read from the
// 'grpc-status-details-bin' trailer: for INVALID_ARGUMENT a
// google.rpc.BadRequest whose field violation names the field the message
// begins with ("reports[2].published_at is missing …"), for a busy server's
// refusal a google.rpc.RetryInfo (server/rpc_status.h).
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_GRPC_STATUS_H_
