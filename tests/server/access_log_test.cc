// The access log as an operator reads it: one JSON line per call saying the
// method, the status, the caller, the latency and the sizes, never the text;
// fewer lines when busy, each saying how many calls went unlogged.
#include "server/access_log.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/access_log.pb.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "server/server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/files.h"
#include "tests/testing/http_client.h"
#include "tests/testing/raw_call.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::HttpCall;
using ::factcheck::testing::HttpReply;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<ops::AccessLogLine> LinesOf(const std::string& path) {
  std::vector<ops::AccessLogLine> lines;
  for (absl::string_view text :
       absl::StrSplit(testing::ReadFile(path), '\n', absl::SkipEmpty())) {
    ops::AccessLogLine line;
    EXPECT_TRUE(
        google::protobuf::util::JsonStringToMessage(std::string(text), &line)
            .ok())
        << text;
    lines.push_back(line);
  }
  return lines;
}

CallRecord Call(absl::Time start) {
  CallRecord call;
  call.method = "/factcheck.v1.FactCheck/VerifyDocument";
  call.status = "OK";
  call.peer = "ipv4:127.0.0.1:5000";
  call.start = start;
  call.latency = absl::Milliseconds(3);
  call.request_messages = call.response_messages = 1;
  call.request_bytes = 4121;
  call.response_bytes = 84000;
  return call;
}

TEST(AccessLogTest, LineSaysMethodStatusPeerLatencyAndSizes) {
  ops::AccessLogLine line;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(
          AccessLogLine(Call(absl::FromUnixSeconds(1700000000)), 0), &line)
          .ok());
  EXPECT_EQ(line.time(), "2023-11-14T22:13:20.000Z");
  EXPECT_EQ(line.method(), "/factcheck.v1.FactCheck/VerifyDocument");
  EXPECT_EQ(line.status(), "OK");
  EXPECT_EQ(line.peer(), "ipv4:127.0.0.1:5000");
  EXPECT_DOUBLE_EQ(line.latency_ms(), 3);
  EXPECT_EQ(line.request_bytes(), 4121);
  EXPECT_EQ(line.response_bytes(), 84000);
  EXPECT_EQ(line.skipped(), 0);
  // A service whose messages are not measured has no sizes, not zeros.
  CallRecord health = Call(absl::FromUnixSeconds(1700000000));
  health.request_bytes = health.response_bytes = -1;
  EXPECT_THAT(AccessLogLine(health, 0), Not(HasSubstr("bytes")));
}

TEST(AccessLogTest, BusySecondLogsItsFirstCallsAndTheNextLineCountsTheRest) {
  const std::string path = testing::EmptyTestDir() + "/access.log";
  absl::StatusOr<std::unique_ptr<AccessLog>> log =
      AccessLog::Open(path, /*lines_per_second=*/3);
  ASSERT_THAT(log, IsOk());
  const absl::Time start = absl::FromUnixSeconds(1700000000);
  for (int call = 0; call < 10; ++call) (*log)->Record(Call(start));
  (*log)->Record(Call(start + absl::Seconds(2)));
  const std::vector<ops::AccessLogLine> lines = LinesOf(path);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[2].skipped(), 0);
  EXPECT_EQ(lines[3].skipped(), 7);
}

TEST(AccessLogTest, UnwritablePathIsRefusedNamingIt) {
  EXPECT_THAT(AccessLog::Open("/nonexistent-dir/access.log"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("/nonexistent-dir/access.log")));
}

TEST(AccessLogTest, ServerLogsEveryCallWithItsStatusAndNeverTheText) {
  const std::string path = testing::EmptyTestDir() + "/access.log";
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.data_dir = testing::FreshTestDir("data");
  options.access_log = path;
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(options);
  ASSERT_THAT(server, IsOk());
  auto stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", (*server)->port()),
                          grpc::InsecureChannelCredentials()));
  v1::VerifyDocumentRequest verify;
  *verify.mutable_document() = testing::MakeReport(
      "doc-1", "Desk", "2023-09-10T10:00:00Z",
      "At least 65 people were killed in Zembla, officials said.");
  v1::VerifyDocumentResponse verified;
  ASSERT_TRUE(stub->VerifyDocument(testing::ClientContextWithDeadline().get(),
                                   verify, &verified)
                  .ok());
  v1::VerifyDocumentRequest empty;
  EXPECT_EQ(stub->VerifyDocument(testing::ClientContextWithDeadline().get(),
                                 empty, &verified)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  // Bytes that are no request: logged with the status the caller got, not
  // the one gRPC first set.
  EXPECT_EQ(
      testing::SendRawUnary(
          grpc::CreateChannel(absl::StrCat("127.0.0.1:", (*server)->port()),
                              grpc::InsecureChannelCredentials()),
          "/factcheck.v1.FactCheck/VerifyDocument", "\xff\xff\xff\xff")
          .error_code(),
      grpc::StatusCode::INVALID_ARGUMENT);
  server->reset();

  const std::vector<ops::AccessLogLine> lines = LinesOf(path);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].method(), "/factcheck.v1.FactCheck/VerifyDocument");
  EXPECT_EQ(lines[0].status(), "OK");
  EXPECT_THAT(lines[0].peer(), HasSubstr("127.0.0.1"));
  EXPECT_EQ(lines[0].request_bytes(), verify.ByteSizeLong());
  EXPECT_EQ(lines[0].response_bytes(), verified.ByteSizeLong());
  EXPECT_GT(lines[0].latency_ms(), 0);
  EXPECT_EQ(lines[1].status(), "INVALID_ARGUMENT");
  EXPECT_EQ(lines[2].status(), "INVALID_ARGUMENT");
  EXPECT_THAT(testing::ReadFile(path), Not(HasSubstr("Zembla")));
}

TEST(AccessLogTest, ServerLogsHttpCallsAsItLogsGrpcCalls) {
  const std::string path = testing::EmptyTestDir() + "/access.log";
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.http_listen = "127.0.0.1:0";
  options.data_dir = testing::FreshTestDir("data");
  options.access_log = path;
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(options);
  ASSERT_THAT(server, IsOk());
  const int port = (*server)->http_port();
  const std::string verify =
      R"({"document":{"text":"At least 65 people were killed in Zembla."}})";
  const HttpReply verified =
      HttpCall(port, "POST", "/v1/VerifyDocument", verify);
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(
      HttpCall(port, "POST", "/v1/ExtractClaims", R"({"text":""})").status,
      400);
  EXPECT_EQ(HttpCall(port, "GET", "/").status, 200);
  EXPECT_EQ(HttpCall(port, "POST", "/v1/Made-Up-Name", "{}").status, 404);
  server->reset();

  const std::vector<ops::AccessLogLine> lines = LinesOf(path);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].method(), "POST /v1/VerifyDocument");
  EXPECT_EQ(lines[0].status(), "OK");
  EXPECT_EQ(lines[0].http_status(), 200);
  EXPECT_THAT(lines[0].peer(), ::testing::StartsWith("ipv4:127.0.0.1:"));
  EXPECT_EQ(lines[0].request_messages(), 1);
  EXPECT_EQ(lines[0].response_messages(), 1);
  EXPECT_EQ(lines[0].request_bytes(), verify.size());
  EXPECT_EQ(lines[0].response_bytes(), verified.body.size());
  EXPECT_GT(lines[0].latency_ms(), 0);
  EXPECT_EQ(lines[1].method(), "POST /v1/ExtractClaims");
  EXPECT_EQ(lines[1].status(), "INVALID_ARGUMENT");
  EXPECT_EQ(lines[1].http_status(), 400);
  EXPECT_EQ(lines[2].method(), "GET /");
  EXPECT_EQ(lines[2].status(), "OK");
  // A name no method answers is logged under its route, not as sent.
  EXPECT_EQ(lines[3].method(), "POST /v1/");
  EXPECT_EQ(lines[3].status(), "NOT_FOUND");
  EXPECT_EQ(lines[3].http_status(), 404);
  EXPECT_THAT(testing::ReadFile(path), Not(HasSubstr("Zembla")));
}

}  // namespace
}  // namespace factcheck::server
