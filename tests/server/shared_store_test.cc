// factcheckd replicas over one PostgreSQL store (--store): what one replica
// ingests the other finds, with the verdicts a RocksDB server gives on the
// same reports. Real servers on 127.0.0.1 ephemeral ports, a PostgreSQL 15
// of the test's own (skipped, saying why, where it is not installed).
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "server/server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/postgres_test.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::PostgresTest;
using ::factcheck::testing::StatusIs;
using ::factcheck::v1::FactCheck;
using ::testing::HasSubstr;

constexpr char kSeedText[] =
    "At least 65 in Gaza and seven in Israel were killed by hundreds of "
    "airstrikes and rockets fired in recent days, according to official "
    "reports.";

// A started server and a stub calling it.
struct Replica {
  std::unique_ptr<Server> server;
  std::unique_ptr<FactCheck::Stub> stub;
};

Replica StartReplica(ServerOptions options) {
  options.listen = "127.0.0.1:0";
  absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
  EXPECT_THAT(started, IsOk());
  if (!started.ok()) return {};
  Replica replica;
  replica.server = *std::move(started);
  replica.stub = FactCheck::NewStub(
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", replica.server->port()),
                          grpc::InsecureChannelCredentials()));
  return replica;
}

using SharedStoreTest = PostgresTest;

v1::IngestReportsResponse Ingest(FactCheck::Stub& stub,
                                 const std::vector<v1::Report>& reports) {
  v1::IngestReportsRequest request;
  for (const v1::Report& report : reports) *request.add_reports() = report;
  v1::IngestReportsResponse response;
  auto context = ClientContextWithDeadline();
  EXPECT_TRUE(stub.IngestReports(context.get(), request, &response).ok());
  return response;
}

v1::VerifyDocumentResponse Verify(FactCheck::Stub& stub,
                                  const v1::Report& document) {
  v1::VerifyDocumentRequest request;
  *request.mutable_document() = document;
  v1::VerifyDocumentResponse response;
  auto context = ClientContextWithDeadline();
  EXPECT_TRUE(stub.VerifyDocument(context.get(), request, &response).ok());
  return response;
}

TEST_F(SharedStoreTest, ReplicasShareReportsAndVerifyAsRocksDbDoes) {
  ServerOptions shared;
  shared.store_url = StoreUrl();
  Replica first = StartReplica(shared);
  Replica second = StartReplica(shared);
  ServerOptions local;
  local.data_dir = testing::FreshTestDir();
  Replica rocks = StartReplica(local);
  ASSERT_TRUE(first.stub && second.stub && rocks.stub);
  const std::vector<v1::Report> priors = {
      MakeReport("wafa-1", "WAFA", "2021-05-11T15:00:00Z",
                 "The death toll in Gaza rose to 43 on Tuesday."),
      MakeReport("ap-1", "AP", "2021-05-12T09:00:00Z",
                 "Israeli officials said seven in Israel were killed.")};

  EXPECT_EQ(Ingest(*first.stub, priors).results(0).outcome(),
            v1::INGEST_OUTCOME_CREATED);
  // The second replica sees them stored: the same reports are unchanged.
  EXPECT_EQ(Ingest(*second.stub, priors).results(1).outcome(),
            v1::INGEST_OUTCOME_UNCHANGED);
  Ingest(*rocks.stub, priors);

  const v1::Report document =
      MakeReport("ians-1", "IANS", "2021-05-13T08:00:00Z", kSeedText);
  const v1::VerifyDocumentResponse shared_answer =
      Verify(*second.stub, document);
  EXPECT_EQ(shared_answer.summary().updated(), 1u);
  EXPECT_EQ(shared_answer.SerializeAsString(),
            Verify(*rocks.stub, document).SerializeAsString());
}

TEST(SharedStoreStartTest, UnreachableStoreStopsTheStartWithTheReason) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.store_url = "postgresql://postgres@/factcheck?host=/nonexistent/pg";
  EXPECT_THAT(Server::Start(options),
              StatusIs(absl::StatusCode::kUnavailable,
                       HasSubstr("cannot connect to PostgreSQL")));
}

TEST(SharedStoreStartTest, StoreOtherThanPostgresqlIsRefused) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.store_url = "mysql://db/factcheck";
  EXPECT_THAT(
      Server::Start(options),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("postgresql://")));
}

}  // namespace
}  // namespace factcheck::server
