#include "server/grpc_status.h"

#include "grpcpp/support/error_details.h"
#include "server/rpc_status.h"

namespace factcheck::server {

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  grpc::Status converted;
  grpc::SetErrorDetails(ToRpcStatus(status), &converted);
  return converted;
}

}  // namespace factcheck::server
