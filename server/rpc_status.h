// The one conversion from absl::Status to the google.rpc.Status error model
// both faces of factcheckd answer with: gRPC in its status details trailer
// (server/grpc_status.h), HTTP as its error body (server/json_api.h).
#ifndef FACTCHECK_SERVER_RPC_STATUS_H_
#define FACTCHECK_SERVER_RPC_STATUS_H_

#include "absl/status/status.h"
#include "protos/rpc_status.pb.h"

namespace factcheck::server {

// Same code (absl and gRPC share the canonical code numbers), same message;
// for INVALID_ARGUMENT a google.rpc.BadRequest detail whose field violation
// names the field the message begins with ("reports[2].published_at is
// missing …"); for a status with a retry hint (core/retry_hint.h, a busy
// server's refusal) a google.rpc.RetryInfo detail with its delay.
google::rpc::Status ToRpcStatus(const absl::Status& status);

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_RPC_STATUS_H_
