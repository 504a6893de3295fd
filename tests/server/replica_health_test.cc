// What a factcheckd replica tells health-checking clients: "" SERVING once
// listening; factcheck.v1.FactCheck SERVING only while its store answers
// (a PostgreSQL 15 of the test's own, stopped and restarted; skipped,
// saying why, where it is not installed); on shutdown NOT_SERVING while it
// still accepts calls, then the listener closes. Real servers on 127.0.0.1
// ephemeral ports.
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "protos/grpc_health.grpc.pb.h"
#include "server/server.h"
#include "tests/testing/health_client.h"
#include "tests/testing/postgres_test.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::HealthOf;
using ::factcheck::testing::HealthWatch;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::PostgresTest;
using ::factcheck::testing::StatusOf;
using ::grpc::health::v1::Health;
using ::grpc::health::v1::HealthCheckResponse;

constexpr char kService[] = "factcheck.v1.FactCheck";

// Whether `service` reaches `status` within 10 s.
bool Reaches(Health::Stub& health, absl::string_view service,
             HealthCheckResponse::ServingStatus status) {
  const absl::Time deadline = absl::Now() + absl::Seconds(10);
  while (absl::Now() < deadline) {
    if (StatusOf(health, service) == status) return true;
    absl::SleepFor(absl::Milliseconds(50));
  }
  return false;
}

using ReplicaOverPostgresTest = PostgresTest;

TEST_F(ReplicaOverPostgresTest, FactCheckIsNotServingWhileItsPostgresIsDown) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.store_url = StoreUrl();
  options.store_probe_interval = absl::Milliseconds(100);
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(options);
  ASSERT_THAT(server, IsOk());
  std::unique_ptr<Health::Stub> health =
      HealthOf(absl::StrCat("127.0.0.1:", (*server)->port()));
  EXPECT_EQ(StatusOf(*health, ""), HealthCheckResponse::SERVING);
  EXPECT_EQ(StatusOf(*health, kService), HealthCheckResponse::SERVING);

  ASSERT_THAT(postgres().Stop(), IsOk());
  EXPECT_TRUE(Reaches(*health, kService, HealthCheckResponse::NOT_SERVING));
  EXPECT_EQ(StatusOf(*health, ""), HealthCheckResponse::SERVING);

  ASSERT_THAT(postgres().Restart(), IsOk());
  EXPECT_TRUE(Reaches(*health, kService, HealthCheckResponse::SERVING));
}

TEST(ReplicaHealthTest, ShutdownSaysNotServingBeforeTheListenerCloses) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.data_dir = testing::FreshTestDir();
  options.shutdown_notice = absl::Seconds(1);
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(options);
  ASSERT_THAT(server, IsOk());
  const std::string address = absl::StrCat("127.0.0.1:", (*server)->port());
  std::unique_ptr<Health::Stub> health = HealthOf(address);
  HealthWatch watch(*health, kService, absl::Seconds(30));
  ASSERT_EQ(watch.Next(), HealthCheckResponse::SERVING);

  std::thread stopping([&] { (*server)->Shutdown(absl::Seconds(1)); });
  ASSERT_EQ(watch.Next(), HealthCheckResponse::NOT_SERVING);
  // A new client still gets in, and hears the same.
  EXPECT_EQ(StatusOf(*HealthOf(address), kService),
            HealthCheckResponse::NOT_SERVING);
  EXPECT_EQ(StatusOf(*HealthOf(address), ""), HealthCheckResponse::NOT_SERVING);
  stopping.join();

  EXPECT_EQ(StatusOf(*HealthOf(address), ""), std::nullopt);
  watch.Cancel();
}

}  // namespace
}  // namespace factcheck::server
