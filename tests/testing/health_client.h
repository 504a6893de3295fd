// gRPC health checking from tests: a stub for an address, one Check, and a
// Watch held open, each with a deadline so that a silent server fails the
// test instead of hanging it.
#ifndef FACTCHECK_TESTS_TESTING_HEALTH_CLIENT_H_
#define FACTCHECK_TESTS_TESTING_HEALTH_CLIENT_H_

#include <memory>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "grpcpp/client_context.h"
#include "grpcpp/support/sync_stream.h"
#include "protos/grpc_health.grpc.pb.h"

namespace factcheck::testing {

using HealthStatus = grpc::health::v1::HealthCheckResponse::ServingStatus;

// A health stub on its own channel to `address` ("127.0.0.1:PORT").
std::unique_ptr<grpc::health::v1::Health::Stub> HealthOf(
    const std::string& address);

// The status `service` has now ("" for the server as a whole), or nullopt
// when the call fails (nothing listens).
std::optional<HealthStatus> StatusOf(grpc::health::v1::Health::Stub& health,
                                     absl::string_view service);

// A Watch of `service`, open until destroyed or cancelled.
class HealthWatch {
 public:
  HealthWatch(grpc::health::v1::Health::Stub& health, absl::string_view service,
              absl::Duration deadline);

  // The next status the server sends; nullopt when the stream ended.
  std::optional<HealthStatus> Next();
  void Cancel() { context_.TryCancel(); }

 private:
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReader<grpc::health::v1::HealthCheckResponse>>
      reader_;
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_HEALTH_CLIENT_H_
