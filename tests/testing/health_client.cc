#include "tests/testing/health_client.h"

#include <chrono>

#include "grpcpp/create_channel.h"
#include "tests/testing/client_context.h"

namespace factcheck::testing {

using ::grpc::health::v1::Health;
using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;

std::unique_ptr<Health::Stub> HealthOf(const std::string& address) {
  return Health::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
}

std::optional<HealthStatus> StatusOf(Health::Stub& health,
                                     absl::string_view service) {
  HealthCheckRequest request;
  request.set_service(std::string(service));
  HealthCheckResponse response;
  if (!health.Check(ClientContextWithDeadline().get(), request, &response)
           .ok()) {
    return std::nullopt;
  }
  return response.status();
}

HealthWatch::HealthWatch(Health::Stub& health, absl::string_view service,
                         absl::Duration deadline) {
  context_.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
  HealthCheckRequest request;
  request.set_service(std::string(service));
  reader_ = health.Watch(&context_, request);
}

std::optional<HealthStatus> HealthWatch::Next() {
  HealthCheckResponse seen;
  if (!reader_->Read(&seen)) return std::nullopt;
  return seen.status();
}

}  // namespace factcheck::testing
