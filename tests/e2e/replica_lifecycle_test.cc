// What a real factcheckd process tells the clients balancing over it, as its
// life ends or its connections age: a client balancing as the CLI does
// (client/server_targets: round_robin, client-side health checking) stops
// sending calls to a replica that says factcheck.v1.FactCheck is NOT_SERVING
// even while that replica still accepts them; SIGTERM says NOT_SERVING
// before the listener closes (--shutdown_notice), lets a call in flight
// finish within --shutdown_grace and waits for nothing else (an open health
// Watch included); --max_connection_age makes the client replace its
// connection. Each replica has a RocksDB store of its own: health and
// connections do not depend on the backend. 127.0.0.1 only.
#include <signal.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "client/server_targets.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/channel_arguments.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_health.grpc.pb.h"
#include "tests/testing/client_context.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/files.h"
#include "tests/testing/health_client.h"
#include "tests/testing/temp_dir.h"

namespace factcheck {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::FactcheckdProcess;
using ::factcheck::testing::HealthOf;
using ::factcheck::testing::HealthStatus;
using ::factcheck::testing::HealthWatch;
using ::factcheck::testing::StatusOf;
using ::factcheck::v1::ExtractClaimsRequest;
using ::factcheck::v1::ExtractClaimsResponse;
using ::factcheck::v1::FactCheck;
using ::factcheck::v1::VerifyDocumentsRequest;
using ::factcheck::v1::VerifyDocumentsResponse;
using ::grpc::health::v1::Health;
using ::grpc::health::v1::HealthCheckResponse;
using ::testing::HasSubstr;
using ::testing::SizeIs;

constexpr char kService[] = "factcheck.v1.FactCheck";

// The status `service` has now on the server at `address`, or nullopt when
// nothing listens there.
std::optional<HealthStatus> StatusAt(const std::string& address,
                                     absl::string_view service) {
  return StatusOf(*HealthOf(address), service);
}

// A stub balancing over `servers` as the CLI's --server does.
std::unique_ptr<FactCheck::Stub> BalancedStub(const std::string& servers) {
  absl::StatusOr<client::ChannelTarget> target =
      client::ChannelTargetOf(servers);
  if (!target.ok()) {
    ADD_FAILURE() << target.status();
    return nullptr;
  }
  grpc::ChannelArguments arguments;
  arguments.SetServiceConfigJSON(target->service_config);
  return FactCheck::NewStub(grpc::CreateCustomChannel(
      target->target, grpc::InsecureChannelCredentials(), arguments));
}

// ExtractClaims `calls` times, one after another; how many each server
// (its peer, "ipv4:127.0.0.1:PORT") answered. A failed call counts under
// its status code.
std::map<std::string, int> CallsPerServer(FactCheck::Stub& stub, int calls) {
  ExtractClaimsRequest request;
  request.set_text("At least 12 people were killed in the floods.");
  std::map<std::string, int> served;
  for (int i = 0; i < calls; ++i) {
    std::unique_ptr<grpc::ClientContext> context = ClientContextWithDeadline();
    ExtractClaimsResponse response;
    grpc::Status status = stub.ExtractClaims(context.get(), request, &response);
    ++served[status.ok() ? context->peer()
                         : absl::StrCat("status ", status.error_code())];
  }
  return served;
}

// The peers (client addresses) of the ExtractClaims calls in an access log.
std::vector<std::string> ExtractClaimsPeers(const std::string& access_log) {
  std::vector<std::string> peers;
  for (absl::string_view line :
       absl::StrSplit(testing::ReadFile(access_log), '\n', absl::SkipEmpty())) {
    if (!absl::StrContains(line, "/factcheck.v1.FactCheck/ExtractClaims")) {
      continue;
    }
    const size_t at = line.find(R"("peer":")");
    if (at == absl::string_view::npos) continue;
    const size_t begin = at + 8;
    peers.emplace_back(line.substr(begin, line.find('"', begin) - begin));
  }
  return peers;
}

TEST(ReplicaLifecycleTest, BalancedClientSendsNothingToAReplicaNotServing) {
  // Replica 0 goes on accepting calls for 30 s after SIGTERM, saying
  // NOT_SERVING: only health checking keeps calls off it.
  FactcheckdProcess leaving(testing::FreshTestDir("leaving"),
                            {"--shutdown_notice=30s"});
  FactcheckdProcess staying(testing::FreshTestDir("staying"));
  ASSERT_FALSE(leaving.address().empty()) << leaving.Stderr();
  ASSERT_FALSE(staying.address().empty()) << staying.Stderr();
  const std::string leaving_peer = absl::StrCat("ipv4:", leaving.address());
  const std::string staying_peer = absl::StrCat("ipv4:", staying.address());
  std::unique_ptr<FactCheck::Stub> balanced =
      BalancedStub(absl::StrCat(leaving.address(), ",", staying.address()));
  ASSERT_NE(balanced, nullptr);

  std::map<std::string, int> before = CallsPerServer(*balanced, 20);
  EXPECT_GT(before[leaving_peer], 0);
  EXPECT_GT(before[staying_peer], 0);
  EXPECT_EQ(before[leaving_peer] + before[staying_peer], 20);

  leaving.Signal(SIGTERM);
  const absl::Time deadline = absl::Now() + absl::Seconds(10);
  while (StatusAt(leaving.address(), kService) !=
             HealthCheckResponse::NOT_SERVING &&
         absl::Now() < deadline) {
    absl::SleepFor(absl::Milliseconds(20));
  }
  ASSERT_EQ(StatusAt(leaving.address(), kService),
            HealthCheckResponse::NOT_SERVING);
  // The balancer hears it on its own health watch, a moment later.
  absl::SleepFor(absl::Milliseconds(500));

  std::map<std::string, int> after = CallsPerServer(*balanced, 30);
  EXPECT_EQ(after[staying_peer], 30);
  EXPECT_EQ(after.size(), 1u);
  // All the while the leaving replica still answered: the calls went
  // around it because of what it said, not because it was gone.
  EXPECT_EQ(StatusAt(leaving.address(), kService),
            HealthCheckResponse::NOT_SERVING);
  leaving.Stop(SIGKILL);
  staying.Stop(SIGTERM);
}

TEST(ReplicaLifecycleTest, SigtermSaysNotServingBeforeTheListenerCloses) {
  FactcheckdProcess server(testing::FreshTestDir(), {"--shutdown_notice=2s"});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  std::unique_ptr<Health::Stub> health = HealthOf(server.address());
  HealthWatch watch(*health, kService, absl::Seconds(30));
  ASSERT_EQ(watch.Next(), HealthCheckResponse::SERVING);

  const absl::Time signalled = absl::Now();
  server.Signal(SIGTERM);
  ASSERT_EQ(watch.Next(), HealthCheckResponse::NOT_SERVING);
  watch.Cancel();
  // A new client still gets in during the notice, and hears the same.
  EXPECT_EQ(StatusAt(server.address(), kService),
            HealthCheckResponse::NOT_SERVING);
  EXPECT_EQ(StatusAt(server.address(), ""), HealthCheckResponse::NOT_SERVING);

  EXPECT_EQ(server.Stop(SIGTERM), 0) << server.Stderr();
  EXPECT_GE(absl::Now() - signalled, absl::Milliseconds(1900));
  EXPECT_EQ(StatusAt(server.address(), ""), std::nullopt);
}

TEST(ReplicaLifecycleTest, SigtermWithAHealthWatchOpenExitsLongBeforeTheGrace) {
  FactcheckdProcess server(testing::FreshTestDir(), {"--shutdown_grace=30s"});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  // As a balancing client keeps it: open, and not read again.
  std::unique_ptr<Health::Stub> health = HealthOf(server.address());
  HealthWatch watch(*health, kService, absl::Seconds(60));
  ASSERT_EQ(watch.Next(), HealthCheckResponse::SERVING);

  const absl::Time signalled = absl::Now();
  EXPECT_EQ(server.Stop(SIGTERM), 0) << server.Stderr();
  EXPECT_LT(absl::Now() - signalled, absl::Seconds(10));
  EXPECT_THAT(server.Stderr(), HasSubstr("store closed"));
  watch.Cancel();
}

TEST(ReplicaLifecycleTest, SigtermLetsAStreamInFlightFinishWithinTheGrace) {
  FactcheckdProcess server(testing::FreshTestDir(), {"--shutdown_grace=30s"});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  std::unique_ptr<FactCheck::Stub> stub =
      FactCheck::NewStub(grpc::CreateChannel(
          server.address(), grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(60));
  std::unique_ptr<
      grpc::ClientReaderWriter<VerifyDocumentsRequest, VerifyDocumentsResponse>>
      stream = stub->VerifyDocuments(&context);
  auto exchange = [&](const std::string& id) {
    VerifyDocumentsRequest request;
    request.set_request_id(id);
    request.mutable_document()->set_text(
        "At least 12 people were killed in the floods.");
    VerifyDocumentsResponse response;
    if (!stream->Write(request) || !stream->Read(&response)) return false;
    return response.request_id() == id && response.has_result();
  };
  ASSERT_TRUE(exchange("before"));

  server.Signal(SIGTERM);
  // The listener closes once shutdown has begun.
  const absl::Time closing = absl::Now() + absl::Seconds(10);
  while (StatusAt(server.address(), "").has_value() && absl::Now() < closing) {
    absl::SleepFor(absl::Milliseconds(20));
  }
  ASSERT_EQ(StatusAt(server.address(), ""), std::nullopt);
  // The stream still works, the grace being 30 s.
  EXPECT_TRUE(exchange("during"));
  ASSERT_TRUE(stream->WritesDone());
  EXPECT_TRUE(stream->Finish().ok());

  // Nothing else is in flight: the server does not wait out the grace.
  const absl::Time finished = absl::Now();
  EXPECT_EQ(server.Stop(SIGTERM), 0) << server.Stderr();
  EXPECT_LT(absl::Now() - finished, absl::Seconds(3));
}

TEST(ReplicaLifecycleTest, MaxConnectionAgeMakesTheClientConnectAgain) {
  const std::string dir = testing::FreshTestDir();
  const std::string access_log = dir + ".access";
  FactcheckdProcess server(
      dir, {"--max_connection_age=1s", "--max_connection_age_grace=1s",
            absl::StrCat("--access_log=", access_log)});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials());
  std::unique_ptr<FactCheck::Stub> stub = FactCheck::NewStub(channel);
  EXPECT_EQ(CallsPerServer(*stub, 1).size(), 1u);
  ASSERT_EQ(channel->GetState(false), GRPC_CHANNEL_READY);

  // The server's GOAWAY ends the connection; the channel leaves READY.
  EXPECT_TRUE(channel->WaitForStateChange(
      GRPC_CHANNEL_READY,
      std::chrono::system_clock::now() + std::chrono::seconds(10)));
  EXPECT_EQ(CallsPerServer(*stub, 1)[absl::StrCat("ipv4:", server.address())],
            1);

  const std::vector<std::string> peers = ExtractClaimsPeers(access_log);
  ASSERT_THAT(peers, SizeIs(2)) << testing::ReadFile(access_log);
  EXPECT_NE(peers[0], peers[1]) << "the second call came on a new connection";
  server.Stop(SIGTERM);
}

TEST(ReplicaLifecycleTest, WithoutMaxConnectionAgeOneConnectionCarriesAll) {
  const std::string dir = testing::FreshTestDir();
  const std::string access_log = dir + ".access";
  FactcheckdProcess server(dir, {absl::StrCat("--access_log=", access_log)});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials());
  std::unique_ptr<FactCheck::Stub> stub = FactCheck::NewStub(channel);
  EXPECT_EQ(CallsPerServer(*stub, 1).size(), 1u);
  // As long as the aged connection took above, to the limit of its grace.
  EXPECT_FALSE(channel->WaitForStateChange(
      GRPC_CHANNEL_READY,
      std::chrono::system_clock::now() + std::chrono::seconds(3)));
  EXPECT_EQ(CallsPerServer(*stub, 1).size(), 1u);

  const std::vector<std::string> peers = ExtractClaimsPeers(access_log);
  ASSERT_THAT(peers, SizeIs(2)) << testing::ReadFile(access_log);
  EXPECT_EQ(peers[0], peers[1]);
  server.Stop(SIGTERM);
}

}  // namespace
}  // namespace factcheck
