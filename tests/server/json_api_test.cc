// factcheck.v1 over HTTP with JSON, as a dashboard or `curl` calls it: a real
// factcheckd serving gRPC and HTTP on 127.0.0.1, called by a real HTTP
// client; every method answers what gRPC answers, bad input a 4xx naming
// the field, and nothing is stored from a refused request.
#include "server/json_api.h"

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/rpc_status.pb.h"
#include "server/server.h"
#include "tests/testing/busy_server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/http_client.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::HttpCall;
using ::factcheck::testing::HttpReply;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::google::protobuf::util::MessageDifferencer;
using ::testing::HasSubstr;

std::string Json(const google::protobuf::Message& message) {
  std::string json;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(message, &json).ok());
  return json;
}

template <typename Message>
Message Parsed(const std::string& json) {
  Message message;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &message).ok())
      << json;
  return message;
}

class JsonApiTest : public ::testing::Test {
 protected:
  void SetUp() override { Start(""); }

  void Start(const std::string& tokens_file,
             ServerOptions options = ServerOptions()) {
    server_.reset();
    options.listen = "127.0.0.1:0";
    options.http_listen = "127.0.0.1:0";
    options.data_dir = testing::FreshTestDir(tokens_file.empty() ? "" : "t");
    options.auth_tokens_file = tokens_file;
    options.max_message_bytes = 1 << 20;
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    ASSERT_THAT(started, IsOk());
    server_ = *std::move(started);
    stub_ = v1::FactCheck::NewStub(
        grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                            grpc::InsecureChannelCredentials()));
  }

  HttpReply Post(const std::string& method, const std::string& body) {
    return HttpCall(server_->http_port(), "POST", "/v1/" + method, body);
  }

  std::unique_ptr<Server> server_;
  std::unique_ptr<v1::FactCheck::Stub> stub_;
};

TEST_F(JsonApiTest, EveryMethodAnswersWhatGrpcAnswers) {
  v1::IngestReportsRequest ingest;
  *ingest.add_reports() =
      MakeReport("ap-1", "AP", "2023-09-10T10:00:00Z",
                 "At least 820 people were killed in Morocco, officials said. "
                 "\"We are doing all we can,\" Mayor Ana Ruiz said.");
  const HttpReply ingested = Post("IngestReports", Json(ingest));
  ASSERT_EQ(ingested.status, 200) << ingested.body;
  EXPECT_THAT(ingested.content_type, HasSubstr("application/json"));
  EXPECT_EQ(Parsed<v1::IngestReportsResponse>(ingested.body).results_size(), 1);

  v1::VerifyDocumentRequest verify;
  *verify.mutable_document() =
      MakeReport("doc", "Desk", "2023-09-11T10:00:00Z",
                 "The death toll in Morocco rose to 2,012, officials said.");
  v1::VerifyDocumentResponse over_grpc;
  ASSERT_TRUE(stub_
                  ->VerifyDocument(ClientContextWithDeadline().get(), verify,
                                   &over_grpc)
                  .ok());
  const HttpReply over_http = Post("VerifyDocument", Json(verify));
  ASSERT_EQ(over_http.status, 200) << over_http.body;
  EXPECT_TRUE(MessageDifferencer::Equals(
      Parsed<v1::VerifyDocumentResponse>(over_http.body), over_grpc))
      << over_http.body;
  ASSERT_GT(over_grpc.verdicts_size(), 0);
  EXPECT_EQ(over_grpc.verdicts(0).verdict(), v1::VERDICT_UPDATED);

  v1::ExtractClaimsRequest extract;
  extract.set_text("At least 65 in Gaza and seven in Israel were killed.");
  v1::ExtractClaimsResponse extracted;
  ASSERT_TRUE(stub_
                  ->ExtractClaims(ClientContextWithDeadline().get(), extract,
                                  &extracted)
                  .ok());
  EXPECT_TRUE(
      MessageDifferencer::Equals(Parsed<v1::ExtractClaimsResponse>(
                                     Post("ExtractClaims", Json(extract)).body),
                                 extracted));

  v1::GetReportRequest get;
  get.set_id("ap-1");
  v1::GetReportResponse got;
  ASSERT_TRUE(
      stub_->GetReport(ClientContextWithDeadline().get(), get, &got).ok());
  EXPECT_TRUE(MessageDifferencer::Equals(
      Parsed<v1::GetReportResponse>(Post("GetReport", Json(get)).body), got));

  v1::SearchClaimsRequest search;
  search.set_speaker("Ana Ruiz");
  search.set_page_size(10);
  v1::SearchClaimsResponse found;
  const grpc::Status searched =
      stub_->SearchClaims(ClientContextWithDeadline().get(), search, &found);
  ASSERT_TRUE(searched.ok()) << searched.error_message();
  EXPECT_EQ(found.claims_size(), 1);
  EXPECT_TRUE(MessageDifferencer::Equals(
      Parsed<v1::SearchClaimsResponse>(Post("SearchClaims", Json(search)).body),
      found));

  v1::ListReportsRequest list;
  list.set_page_size(10);
  v1::ListReportsResponse listed;
  ASSERT_TRUE(
      stub_->ListReports(ClientContextWithDeadline().get(), list, &listed)
          .ok());
  EXPECT_TRUE(MessageDifferencer::Equals(
      Parsed<v1::ListReportsResponse>(Post("ListReports", Json(list)).body),
      listed));

  v1::DeleteReportRequest remove;
  remove.set_id("ap-1");
  EXPECT_EQ(Post("DeleteReport", Json(remove)).status, 200);
  EXPECT_EQ(stub_->GetReport(ClientContextWithDeadline().get(), get, &got)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Post("GetReport", Json(get)).status, 404);
}

TEST_F(JsonApiTest, BadInputIsA4xxNamingTheFieldAndStoresNothing) {
  const HttpReply empty = Post("VerifyDocument", R"({"document":{"text":""}})");
  EXPECT_EQ(empty.status, 400);
  EXPECT_THAT(empty.body, HasSubstr("\"field\":\"document.text\""));
  const HttpReply unknown_field = Post("ExtractClaims", R"({"txt":"x"})");
  EXPECT_EQ(unknown_field.status, 400);
  EXPECT_THAT(unknown_field.body, HasSubstr("\"field\":\"body\""));
  EXPECT_THAT(unknown_field.body, HasSubstr("txt"));
  EXPECT_EQ(Post("ExtractClaims", "{not json").status, 400);
  EXPECT_EQ(Post("NoSuchMethod", "{}").status, 404);
  EXPECT_EQ(HttpCall(server_->http_port(), "GET", "/v1/ExtractClaims").status,
            405);
  EXPECT_EQ(Post("ExtractClaims", std::string(2 << 20, 'x')).status, 413);

  v1::IngestReportsRequest ingest;
  *ingest.add_reports() = MakeReport("ok-1", "AP", "2023-09-10T10:00:00Z",
                                     "At least 5 people died in Morocco.");
  v1::Report* undated = ingest.add_reports();
  undated->set_id("undated");
  undated->set_text("No date.");
  const HttpReply refused = Post("IngestReports", Json(ingest));
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_THAT(refused.body, HasSubstr("published_at"));
  v1::GetReportRequest get;
  get.set_id("ok-1");
  v1::GetReportResponse got;
  EXPECT_EQ(stub_->GetReport(ClientContextWithDeadline().get(), get, &got)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(JsonApiTest, BusyServerAnswers429WithRetryAfter) {
  ServerOptions tiny;
  tiny.threads = 2;
  tiny.max_queued_calls = 0;
  Start("", tiny);
  const testing::BusyServer busy(server_->port(), /*callers=*/6);
  const absl::Time give_up = absl::Now() + absl::Seconds(30);
  HttpReply refused;
  while (refused.status != 429 && absl::Now() < give_up) {
    refused = Post("ExtractClaims", R"({"text":"Ten people died in Gaza."})");
  }
  ASSERT_EQ(refused.status, 429)
      << "six callers on two threads never filled the gate";
  // 100 ms, in HTTP's whole seconds, rounded up.
  EXPECT_EQ(refused.headers["retry-after"], "1");
  EXPECT_THAT(refused.body, HasSubstr("retry in 100 ms"));
  const auto details = Parsed<google::rpc::Status>(refused.body);
  ASSERT_EQ(details.details_size(), 1);
  google::rpc::RetryInfo retry;
  ASSERT_TRUE(details.details(0).UnpackTo(&retry));
  EXPECT_EQ(retry.retry_delay().nanos(), 100'000'000);
}

TEST_F(JsonApiTest, BusyServerAnswersAStreamedLineWithARetryAfter) {
  ServerOptions tiny;
  tiny.threads = 2;
  tiny.max_queued_calls = 0;
  Start("", tiny);
  const testing::BusyServer busy(server_->port(), /*callers=*/6);
  const absl::Time give_up = absl::Now() + absl::Seconds(30);
  std::string line;
  v1::VerifyDocumentsResponse refused;
  while (refused.error().code() != 8 && absl::Now() < give_up) {
    const HttpReply answered =
        Post("VerifyDocuments",
             R"({"document":{"id":"a","text":"Ten people died in Gaza."}})");
    ASSERT_EQ(answered.status, 200) << answered.body;
    line = std::string(absl::StripAsciiWhitespace(answered.body));
    refused = Parsed<v1::VerifyDocumentsResponse>(line);
  }
  // RESOURCE_EXHAUSTED.
  ASSERT_EQ(refused.error().code(), 8)
      << "six callers on two threads never filled the gate";
  EXPECT_EQ(refused.request_id(), "a");
  EXPECT_THAT(line, HasSubstr(R"("retry_after":"0.100s")"));
}

TEST_F(JsonApiTest, VerifyDocumentsTakesAndAnswersJsonLines) {
  const HttpReply answered =
      Post("VerifyDocuments",
           "{\"document\":{\"id\":\"a\",\"text\":\"At least 5 people died in "
           "Gaza.\"}}\n\n{\"document\":{\"id\":\"b\",\"text\":\"\"}}\n");
  ASSERT_EQ(answered.status, 200) << answered.body;
  const std::vector<std::string> lines =
      absl::StrSplit(answered.body, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(Parsed<v1::VerifyDocumentsResponse>(lines[0]).request_id(), "a");
  const auto second = Parsed<v1::VerifyDocumentsResponse>(lines[1]);
  EXPECT_EQ(second.request_id(), "b");
  // INVALID_ARGUMENT for that document only; the others are answered.
  EXPECT_EQ(second.error().code(), 3);
  // The same documents over a gRPC stream get the same answers.
  auto context = ClientContextWithDeadline();
  auto stream = stub_->VerifyDocuments(context.get());
  for (const char* text : {"At least 5 people died in Gaza.", ""}) {
    v1::VerifyDocumentsRequest request;
    request.mutable_document()->set_id(*text ? "a" : "b");
    request.mutable_document()->set_text(text);
    ASSERT_TRUE(stream->Write(request));
  }
  stream->WritesDone();
  for (const std::string& line : lines) {
    v1::VerifyDocumentsResponse over_grpc;
    ASSERT_TRUE(stream->Read(&over_grpc));
    EXPECT_TRUE(MessageDifferencer::Equals(
        Parsed<v1::VerifyDocumentsResponse>(line), over_grpc));
  }
  EXPECT_TRUE(stream->Finish().ok());
  const HttpReply bad_line = Post("VerifyDocuments", "{\"document\":1}\n");
  EXPECT_EQ(bad_line.status, 400);
  EXPECT_THAT(bad_line.body, HasSubstr("body.lines[0]"));
}

TEST_F(JsonApiTest, TokensGuardHttpAsTheyGuardGrpc) {
  const std::string tokens = testing::EmptyTestDir("tokens") + "/tokens";
  std::ofstream(tokens) << "reader-token-0123456789 reader\n";
  Start(tokens);
  const std::string body = R"({"text":"At least 5 people died."})";
  EXPECT_EQ(Post("ExtractClaims", body).status, 401);
  const HttpReply read =
      HttpCall(server_->http_port(), "POST", "/v1/ExtractClaims", body,
               "Bearer reader-token-0123456789");
  EXPECT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(HttpCall(server_->http_port(), "POST", "/v1/IngestReports",
                     R"({"reports":[]})", "Bearer reader-token-0123456789")
                .status,
            403);
}

}  // namespace
}  // namespace factcheck::server
