// grpc.reflection.v1.ServerReflection: lets grpcurl, Postman and other
// tools discover factcheckd's services and messages with the protocol's
// stable version, beside the v1alpha one gRPC's plugin serves. Descriptors
// come from the protobuf descriptor pool linked into factcheckd.
#ifndef FACTCHECK_SERVER_REFLECTION_V1_H_
#define FACTCHECK_SERVER_REFLECTION_V1_H_

#include <string>
#include <vector>

#include "protos/grpc_reflection_v1.grpc.pb.h"

namespace factcheck::server {

class ReflectionV1Service final
    : public grpc::reflection::v1::ServerReflection::Service {
 public:
  // `services`: the full names of the services the server serves.
  explicit ReflectionV1Service(std::vector<std::string> services)
      : services_(std::move(services)) {}

  grpc::Status ServerReflectionInfo(
      grpc::ServerContext* context,
      grpc::ServerReaderWriter<grpc::reflection::v1::ServerReflectionResponse,
                               grpc::reflection::v1::ServerReflectionRequest>*
          stream) override;

 private:
  const std::vector<std::string> services_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_REFLECTION_V1_H_
