// What a gRPC client in any language expects of factcheckd beyond its own
// messages: undecodable requests are the caller's error, and a bad field is
// named in the standard error details.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/error_details.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/rpc_status.pb.h"
#include "server/server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/raw_call.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::IsOk;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class GrpcConventionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.data_dir = testing::FreshTestDir();
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    ASSERT_THAT(started, IsOk());
    server_ = *std::move(started);
    channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                                   grpc::InsecureChannelCredentials());
  }

  grpc::Status SendRaw(const std::string& method, const std::string& bytes) {
    return testing::SendRawUnary(channel_, method, bytes);
  }

  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(GrpcConventionsTest, UndecodableRequestIsInvalidArgumentWithAMessage) {
  // A length-delimited field 1 that claims 100 bytes and carries 2.
  const grpc::Status status =
      SendRaw("/factcheck.v1.FactCheck/ExtractClaims", "\x0a\x64xy");
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("ExtractClaims"));
  EXPECT_THAT(status.error_message(), HasSubstr("not a"));
}

// The google.rpc.BadRequest field violations of an INVALID_ARGUMENT answer.
std::vector<std::string> ViolatedFields(const grpc::Status& status) {
  google::rpc::Status details;
  EXPECT_TRUE(grpc::ExtractErrorDetails(status, &details).ok());
  EXPECT_EQ(details.code(), static_cast<int>(status.error_code()));
  std::vector<std::string> fields;
  for (const google::protobuf::Any& detail : details.details()) {
    google::rpc::BadRequest bad_request;
    if (!detail.UnpackTo(&bad_request)) continue;
    for (const auto& violation : bad_request.field_violations()) {
      fields.push_back(violation.field());
      EXPECT_FALSE(violation.description().empty());
    }
  }
  return fields;
}

TEST_F(GrpcConventionsTest, InvalidArgumentNamesTheFieldInBadRequestDetails) {
  auto stub = v1::FactCheck::NewStub(channel_);
  v1::IngestReportsRequest ingest;
  v1::Report* report = ingest.add_reports();
  report->set_id("no-time");
  report->set_text("At least 43 people died.");
  v1::IngestReportsResponse ingested;
  auto context = ClientContextWithDeadline();
  grpc::Status status = stub->IngestReports(context.get(), ingest, &ingested);
  ASSERT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(ViolatedFields(status), ElementsAre("reports[0].published_at"));

  v1::SearchClaimsRequest search;
  search.set_speaker("Ana Ruiz");
  search.set_page_size(0);
  v1::SearchClaimsResponse found;
  context = ClientContextWithDeadline();
  status = stub->SearchClaims(context.get(), search, &found);
  ASSERT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(ViolatedFields(status), ElementsAre("page_size"));
}

TEST_F(GrpcConventionsTest, OtherErrorsCarryTheirStatusWithoutViolations) {
  auto stub = v1::FactCheck::NewStub(channel_);
  v1::GetReportRequest request;
  request.set_id("nowhere");
  v1::GetReportResponse response;
  auto context = ClientContextWithDeadline();
  const grpc::Status status =
      stub->GetReport(context.get(), request, &response);
  ASSERT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(ViolatedFields(status), ::testing::IsEmpty());
}

TEST_F(GrpcConventionsTest, ChannelzServesLiveStatistics) {
  // An empty GetServersRequest: every server, from the first id.
  EXPECT_TRUE(SendRaw("/grpc.channelz.v1.Channelz/GetServers", "").ok());
  EXPECT_EQ(SendRaw("/grpc.channelz.v1.Channelz/NoSuchMethod", "").error_code(),
            grpc::StatusCode::UNIMPLEMENTED);
}

}  // namespace
}  // namespace factcheck::server
