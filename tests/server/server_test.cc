// The factcheck.v1 service served for real: a gRPC server on 127.0.0.1 with an
// ephemeral port over RocksDB in a temporary directory, called by real stubs.
#include "server/server.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_health.grpc.pb.h"
#include "protos/rpc_status.pb.h"
#include "tests/testing/busy_server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::v1::FactCheck;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr char kSeedText[] =
    "At least 65 in Gaza and seven in Israel were killed by hundreds of "
    "airstrikes and rockets fired in recent days, according to official "
    "reports.";

struct CallResult {
  grpc::StatusCode code;
  std::string message;
};

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { StartServer(ServerOptions()); }

  void StartServer(ServerOptions options) {
    server_.reset();
    if (data_dir_.empty()) data_dir_ = testing::FreshTestDir();
    options.listen = "127.0.0.1:0";
    options.data_dir = data_dir_;
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    ASSERT_THAT(started, IsOk());
    server_ = *std::move(started);
    channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                                   grpc::InsecureChannelCredentials());
    stub_ = FactCheck::NewStub(channel_);
  }

  template <typename Request, typename Response, typename Method>
  CallResult Call(Method method, const Request& request, Response* response) {
    auto context = ClientContextWithDeadline();
    const grpc::Status status =
        (stub_.get()->*method)(context.get(), request, response);
    return {status.error_code(), status.error_message()};
  }

  CallResult Ingest(const std::vector<v1::Report>& reports,
                    v1::IngestReportsResponse* response) {
    v1::IngestReportsRequest request;
    for (const v1::Report& report : reports) *request.add_reports() = report;
    return Call(&FactCheck::Stub::IngestReports, request, response);
  }

  CallResult Get(const std::string& id, v1::GetReportResponse* response) {
    v1::GetReportRequest request;
    request.set_id(id);
    return Call(&FactCheck::Stub::GetReport, request, response);
  }

  std::vector<std::string> ListedIds() {
    v1::ListReportsRequest request;
    v1::ListReportsResponse response;
    EXPECT_EQ(Call(&FactCheck::Stub::ListReports, request, &response).code,
              grpc::StatusCode::OK);
    std::vector<std::string> ids;
    for (const v1::ReportSummary& summary : response.reports()) {
      ids.push_back(summary.id());
    }
    return ids;
  }

  // A report rejected for `field`: INVALID_ARGUMENT naming it, nothing stored.
  void ExpectIngestRejected(const v1::Report& report,
                            const std::string& field) {
    v1::IngestReportsResponse response;
    const v1::Report valid =
        MakeReport("valid", "AP", "2021-05-11T10:00:00Z", kSeedText);
    const CallResult result = Ingest({valid, report}, &response);
    EXPECT_EQ(result.code, grpc::StatusCode::INVALID_ARGUMENT) << field;
    EXPECT_THAT(result.message, HasSubstr(absl::StrCat("reports[1].", field)));
    EXPECT_THAT(ListedIds(), IsEmpty()) << "a rejected batch wrote something";
  }

  std::string data_dir_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<FactCheck::Stub> stub_;
};

TEST_F(ServerTest, IngestedReportIsReturnedByGetAndList) {
  const v1::Report report =
      MakeReport("ians-1", "IANS", "2021-05-13T08:00:00Z", kSeedText);
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(Ingest({report}, &ingested).code, grpc::StatusCode::OK);
  ASSERT_EQ(ingested.results_size(), 1);
  EXPECT_EQ(ingested.results(0).report_id(), "ians-1");
  EXPECT_EQ(ingested.results(0).outcome(), v1::INGEST_OUTCOME_CREATED);

  v1::GetReportResponse got;
  ASSERT_EQ(Get("ians-1", &got).code, grpc::StatusCode::OK);
  EXPECT_EQ(got.report().SerializeAsString(), report.SerializeAsString());
  EXPECT_THAT(ListedIds(), ElementsAre("ians-1"));
}

TEST_F(ServerTest, ReingestIsUnchangedAndChangedContentIsReplaced) {
  v1::Report report =
      MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "Death toll rises to 43");
  v1::IngestReportsResponse response;
  ASSERT_EQ(Ingest({report}, &response).code, grpc::StatusCode::OK);
  ASSERT_EQ(Ingest({report}, &response).code, grpc::StatusCode::OK);
  EXPECT_EQ(response.results(0).outcome(), v1::INGEST_OUTCOME_UNCHANGED);

  report.set_text("Death toll rises to 48");
  ASSERT_EQ(Ingest({report}, &response).code, grpc::StatusCode::OK);
  EXPECT_EQ(response.results(0).outcome(), v1::INGEST_OUTCOME_REPLACED);
  v1::GetReportResponse got;
  ASSERT_EQ(Get("r1", &got).code, grpc::StatusCode::OK);
  EXPECT_EQ(got.report().text(), "Death toll rises to 48");
}

TEST_F(ServerTest, ListPagesBySourceAndTime) {
  std::vector<v1::Report> reports;
  for (int day = 1; day <= 5; ++day) {
    reports.push_back(MakeReport(absl::StrCat("r", day), "AP",
                                 absl::StrCat("2021-05-0", day, "T10:00:00Z"),
                                 "text"));
  }
  reports.push_back(MakeReport("other", "AFP", "2021-05-03T11:00:00Z", "text"));
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(Ingest(reports, &ingested).code, grpc::StatusCode::OK);

  v1::ListReportsRequest request;
  request.set_source("AP");
  *request.mutable_published_after() = testing::Time("2021-05-02T00:00:00Z");
  request.set_page_size(2);
  std::vector<std::string> ids;
  for (int page = 0; page < 5; ++page) {
    v1::ListReportsResponse response;
    ASSERT_EQ(Call(&FactCheck::Stub::ListReports, request, &response).code,
              grpc::StatusCode::OK);
    for (const v1::ReportSummary& summary : response.reports()) {
      ids.push_back(summary.id());
      EXPECT_EQ(summary.text_bytes(), 4);
    }
    if (response.next_page_token().empty()) break;
    request.set_page_token(response.next_page_token());
  }
  EXPECT_THAT(ids, ElementsAre("r2", "r3", "r4", "r5"));
}

TEST_F(ServerTest, DeletedReportIsGone) {
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(
      Ingest({MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t")}, &ingested)
          .code,
      grpc::StatusCode::OK);
  v1::DeleteReportRequest request;
  request.set_id("r1");
  v1::DeleteReportResponse deleted;
  ASSERT_EQ(Call(&FactCheck::Stub::DeleteReport, request, &deleted).code,
            grpc::StatusCode::OK);

  v1::GetReportResponse got;
  EXPECT_EQ(Get("r1", &got).code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Call(&FactCheck::Stub::DeleteReport, request, &deleted).code,
            grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(ListedIds(), IsEmpty());
}

TEST_F(ServerTest, UnknownIdIsNotFoundWithTheId) {
  v1::GetReportResponse got;
  const CallResult result = Get("no-such-report", &got);
  EXPECT_EQ(result.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(result.message, HasSubstr("no-such-report"));
}

TEST_F(ServerTest, BadReportsAreRejectedNamingTheFieldAndNothingIsStored) {
  ExpectIngestRejected(MakeReport("r", "AP", "2021-05-11T10:00:00Z", ""),
                       "text");
  ExpectIngestRejected(
      MakeReport("r", "AP", "2021-05-11T10:00:00Z", "caf\xC3 au lait"), "text");
  ExpectIngestRejected(MakeReport("", "AP", "2021-05-11T10:00:00Z", "t"), "id");
  ExpectIngestRejected(
      MakeReport(std::string(257, 'a'), "AP", "2021-05-11T10:00:00Z", "t"),
      "id");
  ExpectIngestRejected(MakeReport("r", "A\xFFP", "2021-05-11T10:00:00Z", "t"),
                       "source");

  v1::Report no_time = MakeReport("r", "AP", "2021-05-11T10:00:00Z", "t");
  no_time.clear_published_at();
  ExpectIngestRejected(no_time, "published_at");
  v1::Report bad_nanos = no_time;
  bad_nanos.mutable_published_at()->set_nanos(-1);
  ExpectIngestRejected(bad_nanos, "published_at");
  v1::Report year_10000 = no_time;
  year_10000.mutable_published_at()->set_seconds(253402300800);
  ExpectIngestRejected(year_10000, "published_at");
}

TEST_F(ServerTest, InvalidUtf8MessageSaysWhereTheBadByteIs) {
  v1::IngestReportsResponse response;
  const CallResult result =
      Ingest({MakeReport("r", "AP", "2021-05-11T10:00:00Z", "caf\xC3 au lait")},
             &response);
  EXPECT_EQ(result.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(result.message, HasSubstr("UTF-8"));
  EXPECT_THAT(result.message, HasSubstr("offset 3"));
}

TEST_F(ServerTest, EmptyIngestAndMalformedIdsAreInvalid) {
  v1::IngestReportsResponse response;
  EXPECT_EQ(Ingest({}, &response).code, grpc::StatusCode::INVALID_ARGUMENT);
  v1::GetReportResponse got;
  EXPECT_EQ(Get("", &got).code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(Get("bad\nid", &got).code, grpc::StatusCode::INVALID_ARGUMENT);
  v1::ListReportsRequest list;
  list.set_page_size(-1);
  v1::ListReportsResponse listed;
  EXPECT_EQ(Call(&FactCheck::Stub::ListReports, list, &listed).code,
            grpc::StatusCode::INVALID_ARGUMENT);
  list.set_page_size(10);
  list.set_page_token("forged");
  EXPECT_EQ(Call(&FactCheck::Stub::ListReports, list, &listed).code,
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(ServerTest, ExtractAndVerifyRejectBadText) {
  v1::ExtractClaimsRequest extract;
  v1::ExtractClaimsResponse extracted;
  CallResult result =
      Call(&FactCheck::Stub::ExtractClaims, extract, &extracted);
  EXPECT_EQ(result.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(result.message, HasSubstr("text"));

  v1::VerifyDocumentRequest verify;
  verify.mutable_document()->set_text("\xC0\xAF");
  v1::VerifyDocumentResponse verified;
  result = Call(&FactCheck::Stub::VerifyDocument, verify, &verified);
  EXPECT_EQ(result.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(result.message, HasSubstr("document.text"));

  verify.mutable_document()->set_text(kSeedText);
  verify.mutable_as_of()->set_nanos(2000000000);
  result = Call(&FactCheck::Stub::VerifyDocument, verify, &verified);
  EXPECT_EQ(result.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(result.message, HasSubstr("as_of"));
}

TEST_F(ServerTest, ExtractClaimsReturnsClaimsAndEveryQuantity) {
  v1::ExtractClaimsRequest request;
  request.set_text(kSeedText);
  v1::ExtractClaimsResponse response;
  ASSERT_EQ(Call(&FactCheck::Stub::ExtractClaims, request, &response).code,
            grpc::StatusCode::OK);
  ASSERT_EQ(response.claims_size(), 4);
  const v1::NumericClaim& first = response.claims(0).numeric();
  EXPECT_EQ(response.claims(0).id(), "n1");
  EXPECT_EQ(first.text(), "At least 65 in Gaza");
  EXPECT_EQ(first.measure(), "deaths");
  EXPECT_EQ(first.location(), "Gaza");
  EXPECT_EQ(first.source(), "official reports");
  EXPECT_EQ(first.quantity().qualifier(), v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(first.quantity().lower(), 65);
  EXPECT_EQ(
      std::string(kSeedText).substr(first.span().begin(),
                                    first.span().end() - first.span().begin()),
      first.text());
  EXPECT_EQ(response.claims(2).numeric().measure(), "airstrikes");
  const v1::AttributedClaim& according = response.claims(3).attributed();
  EXPECT_EQ(response.claims(3).id(), "a1");
  EXPECT_EQ(according.kind(), v1::ATTRIBUTION_KIND_ACCORDING_TO);
  EXPECT_EQ(according.speaker(), "official reports");
  EXPECT_EQ(according.content(),
            "At least 65 in Gaza and seven in Israel were killed by hundreds "
            "of airstrikes and rockets fired in recent days");
  EXPECT_EQ(response.quantities_size(), 3);
}

TEST_F(ServerTest, IngestStoresTheClaimsOfEachReport) {
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(
      Ingest({MakeReport("ians-1", "IANS", "2021-05-13T08:00:00Z", kSeedText)},
             &ingested)
          .code,
      grpc::StatusCode::OK);
  EXPECT_EQ(ingested.results(0).claims(), 4);
  v1::GetReportResponse got;
  ASSERT_EQ(Get("ians-1", &got).code, grpc::StatusCode::OK);
  ASSERT_EQ(got.claims_size(), 4);
  EXPECT_EQ(got.claims(3).attributed().speaker(), "official reports");
  EXPECT_EQ(got.claims(1).numeric().text(), "seven in Israel");
}

TEST_F(ServerTest, VerifyDocumentAnswersWithVerdictsAndASummary) {
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(Ingest({MakeReport("wafa-1", "WAFA", "2021-05-11T15:00:00Z",
                               "The death toll in Gaza rose to 43 on "
                               "Tuesday.")},
                   &ingested)
                .code,
            grpc::StatusCode::OK);
  v1::VerifyDocumentRequest request;
  *request.mutable_document() =
      MakeReport("ians-1", "IANS", "2021-05-13T08:00:00Z", kSeedText);
  v1::VerifyDocumentResponse response;
  ASSERT_EQ(Call(&FactCheck::Stub::VerifyDocument, request, &response).code,
            grpc::StatusCode::OK);
  EXPECT_EQ(response.document_id(), "ians-1");
  ASSERT_EQ(response.verdicts_size(), 4);
  EXPECT_EQ(response.verdicts(0).verdict(), v1::VERDICT_UPDATED);
  EXPECT_EQ(response.verdicts(0).evidence(0).report_id(), "wafa-1");
  EXPECT_EQ(response.summary().claims(), 4u);
  EXPECT_EQ(response.summary().updated(), 1u);
}

TEST_F(ServerTest, StreamedDocumentsAreVerifiedEachUnderItsName) {
  auto context = ClientContextWithDeadline();
  auto stream = stub_->VerifyDocuments(context.get());
  for (const char* id : {"first", "second"}) {
    v1::VerifyDocumentsRequest request;
    request.set_request_id(id);
    *request.mutable_document() =
        MakeReport(id, "AP", "2021-05-13T08:00:00Z", kSeedText);
    ASSERT_TRUE(stream->Write(request));
    v1::VerifyDocumentsResponse response;
    ASSERT_TRUE(stream->Read(&response));
    EXPECT_EQ(response.request_id(), id);
    EXPECT_EQ(response.result().verdicts_size(), 4);
  }
  stream->WritesDone();
  EXPECT_TRUE(stream->Finish().ok());
}

TEST_F(ServerTest, StreamedBadDocumentIsAnsweredByNameAndTheStreamGoesOn) {
  auto context = ClientContextWithDeadline();
  auto stream = stub_->VerifyDocuments(context.get());
  v1::VerifyDocumentsRequest bad;
  bad.set_request_id("empty-one");
  ASSERT_TRUE(stream->Write(bad));
  v1::VerifyDocumentsResponse response;
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.request_id(), "empty-one");
  EXPECT_EQ(response.error().code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(response.error().message(), HasSubstr("document.text"));
  // Waiting would not cure it.
  EXPECT_FALSE(response.error().has_retry_after());

  v1::VerifyDocumentsRequest second;
  second.mutable_document()->set_id("doc-2");
  ASSERT_TRUE(stream->Write(second));
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.request_id(), "doc-2");
  stream->WritesDone();
  EXPECT_TRUE(stream->Finish().ok());
}

TEST_F(ServerTest, OversizeRequestIsResourceExhausted) {
  ServerOptions small;
  small.max_message_bytes = 4096;
  StartServer(small);
  v1::IngestReportsResponse response;
  const CallResult result = Ingest(
      {MakeReport("big", "AP", "2021-05-11T10:00:00Z", std::string(8192, 'a'))},
      &response);
  EXPECT_EQ(result.code, grpc::StatusCode::RESOURCE_EXHAUSTED);
  // A page of summaries cannot fit 4 KiB: look with the default limit.
  StartServer(ServerOptions());
  EXPECT_THAT(ListedIds(), IsEmpty());
}

TEST_F(ServerTest, SixteenCallsInFlightOnTwoThreadsAllSucceed) {
  ServerOptions two;
  two.threads = 2;
  StartServer(two);
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(Ingest({MakeReport("prior", "AP", "2021-05-11T10:00:00Z",
                               "The death toll in Gaza rose to 43.")},
                   &ingested)
                .code,
            grpc::StatusCode::OK);
  std::string article;
  while (article.size() < 4096) article += kSeedText;
  std::vector<std::thread> callers;
  std::atomic<int> failed{0};
  for (int caller = 0; caller < 16; ++caller) {
    callers.emplace_back([&] {
      for (int call = 0; call < 10; ++call) {
        v1::VerifyDocumentRequest request;
        *request.mutable_document() =
            MakeReport("", "Desk", "2021-05-13T10:00:00Z", article);
        request.mutable_document()->clear_id();
        v1::VerifyDocumentResponse response;
        failed +=
            Call(&FactCheck::Stub::VerifyDocument, request, &response).code !=
            grpc::StatusCode::OK;
      }
    });
  }
  for (std::thread& caller : callers) caller.join();
  EXPECT_EQ(failed, 0) << "calls beyond --threads wait for a turn";
}

TEST_F(ServerTest, BusyServerRefusesWithARetryHintInTrailerAndDetails) {
  ServerOptions tiny;
  tiny.threads = 2;
  tiny.max_queued_calls = 0;
  StartServer(tiny);
  const testing::BusyServer busy(server_->port(), /*callers=*/6);
  v1::ExtractClaimsRequest request;
  request.set_text(kSeedText);
  const absl::Time give_up = absl::Now() + absl::Seconds(30);
  grpc::Status refused;
  std::unique_ptr<grpc::ClientContext> context;
  while (refused.error_code() != grpc::StatusCode::RESOURCE_EXHAUSTED &&
         absl::Now() < give_up) {
    context = ClientContextWithDeadline();
    v1::ExtractClaimsResponse response;
    refused = stub_->ExtractClaims(context.get(), request, &response);
  }
  ASSERT_EQ(refused.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
      << "six callers on two threads never filled the gate";
  EXPECT_THAT(refused.error_message(), HasSubstr("retry in 100 ms"));

  const auto& trailers = context->GetServerTrailingMetadata();
  const auto pushback = trailers.find("grpc-retry-pushback-ms");
  ASSERT_NE(pushback, trailers.end());
  EXPECT_EQ(std::string(pushback->second.data(), pushback->second.size()),
            "100");

  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(refused.error_details()));
  google::rpc::RetryInfo retry;
  ASSERT_EQ(details.details_size(), 1);
  ASSERT_TRUE(details.details(0).UnpackTo(&retry));
  EXPECT_EQ(retry.retry_delay().seconds(), 0);
  EXPECT_EQ(retry.retry_delay().nanos(), 100'000'000);
}

TEST_F(ServerTest, BusyServerRefusesAStreamedDocumentWithARetryAfter) {
  ServerOptions tiny;
  tiny.threads = 2;
  tiny.max_queued_calls = 0;
  StartServer(tiny);
  const testing::BusyServer busy(server_->port(), /*callers=*/6);
  auto context = ClientContextWithDeadline();
  auto stream = stub_->VerifyDocuments(context.get());
  const absl::Time give_up = absl::Now() + absl::Seconds(30);
  v1::VerifyDocumentsResponse response;
  for (int i = 0; response.error().code() != grpc::RESOURCE_EXHAUSTED &&
                  absl::Now() < give_up;
       ++i) {
    v1::VerifyDocumentsRequest request;
    *request.mutable_document() = MakeReport(absl::StrCat("doc-", i), "AP",
                                             "2021-05-13T08:00:00Z", kSeedText);
    ASSERT_TRUE(stream->Write(request));
    ASSERT_TRUE(stream->Read(&response));
  }
  ASSERT_EQ(response.error().code(), grpc::RESOURCE_EXHAUSTED)
      << "six callers on two threads never filled the gate";
  EXPECT_THAT(response.error().message(), HasSubstr("retry in 100 ms"));
  ASSERT_TRUE(response.error().has_retry_after());
  EXPECT_EQ(response.error().retry_after().seconds(), 0);
  EXPECT_EQ(response.error().retry_after().nanos(), 100'000'000);
  stream->WritesDone();
  EXPECT_TRUE(stream->Finish().ok());
}

TEST_F(ServerTest, HealthSaysServingForServerAndService) {
  auto health = grpc::health::v1::Health::NewStub(channel_);
  for (const char* service : {"", "factcheck.v1.FactCheck"}) {
    grpc::health::v1::HealthCheckRequest request;
    request.set_service(service);
    grpc::health::v1::HealthCheckResponse response;
    auto context = ClientContextWithDeadline();
    ASSERT_TRUE(health->Check(context.get(), request, &response).ok());
    EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING)
        << service;
  }
}

TEST_F(ServerTest, ShutdownStopsServingAndReleasesTheStore) {
  v1::IngestReportsResponse ingested;
  ASSERT_EQ(
      Ingest({MakeReport("kept", "AP", "2021-05-11T10:00:00Z", "t")}, &ingested)
          .code,
      grpc::StatusCode::OK);

  server_->Shutdown(absl::Seconds(1));
  server_->Wait();
  v1::GetReportResponse got;
  EXPECT_EQ(Get("kept", &got).code, grpc::StatusCode::UNAVAILABLE);

  // The store was closed: a new server can open the same directory and
  // still has the report.
  StartServer(ServerOptions());
  EXPECT_EQ(Get("kept", &got).code, grpc::StatusCode::OK);
}

// News-like text that takes a while to read: its claims are many.
std::string LongText(size_t bytes) {
  std::string text;
  while (text.size() < bytes) {
    absl::StrAppend(&text, "At least ", text.size() % 97 + 3,
                    " people were killed in Gaza, officials said. ");
  }
  return text;
}

TEST_F(ServerTest, AsManyCallsAsThreadsRunAtOnceWithoutRefusal) {
  ServerOptions options;
  options.threads = 4;
  StartServer(options);
  v1::ExtractClaimsRequest request;
  request.set_text(LongText(300 << 10));
  std::vector<grpc::StatusCode> codes(options.threads);
  std::vector<std::thread> callers;
  for (int i = 0; i < options.threads; ++i) {
    callers.emplace_back([&, i] {
      auto context = ClientContextWithDeadline();
      context->set_deadline(std::chrono::system_clock::now() +
                            std::chrono::seconds(60));
      v1::ExtractClaimsResponse response;
      codes[i] =
          stub_->ExtractClaims(context.get(), request, &response).error_code();
    });
  }
  for (std::thread& caller : callers) caller.join();
  EXPECT_THAT(codes, ::testing::Each(grpc::StatusCode::OK));
}

TEST_F(ServerTest, IngestPastItsDeadlineWritesNothing) {
  v1::IngestReportsRequest request;
  for (int i = 0; i < 8; ++i) {
    *request.add_reports() =
        MakeReport(absl::StrCat("late", i), "AP", "2021-05-11T10:00:00Z",
                   LongText(100 << 10));
  }
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::milliseconds(100));
  v1::IngestReportsResponse response;
  EXPECT_EQ(stub_->IngestReports(&context, request, &response).error_code(),
            grpc::StatusCode::DEADLINE_EXCEEDED);
  // Let the abandoned call finish whatever it would do, then look.
  server_->Shutdown(absl::Seconds(30));
  server_->Wait();
  StartServer(ServerOptions());
  EXPECT_THAT(ListedIds(), IsEmpty());
}

TEST(ServerStartTest, DirectoryInUseIsReportedNotCrashed) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.data_dir = testing::FreshTestDir();
  absl::StatusOr<std::unique_ptr<Server>> first = Server::Start(options);
  ASSERT_THAT(first, IsOk());
  EXPECT_THAT(Server::Start(options),
              testing::StatusIs(absl::StatusCode::kUnavailable,
                                HasSubstr(options.data_dir)));
}

TEST(ServerStartTest,
     CallsAtWorkDefaultToTheCoresAndOneUnlessTheyWaitOnADatabase) {
  ServerOptions embedded;
  embedded.data_dir = "/unused";
  EXPECT_EQ(
      ThreadsAtWork(embedded),
      std::max(2, static_cast<int>(std::thread::hardware_concurrency()) + 1));
  ServerOptions shared;
  shared.store_url = "postgresql://factcheck@127.0.0.1:5432/factcheck";
  EXPECT_EQ(ThreadsAtWork(shared), 8);
  embedded.threads = 5;
  EXPECT_EQ(ThreadsAtWork(embedded), 5);
  ServerOptions one;
  one.listen = "127.0.0.1:0";
  one.data_dir = testing::FreshTestDir();
  one.threads = 1;
  EXPECT_THAT(Server::Start(one),
              testing::StatusIs(absl::StatusCode::kInvalidArgument,
                                HasSubstr("threads")));
}

TEST(ServerStartTest, BusyPortIsRefusedNotShared) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.data_dir = testing::FreshTestDir();
  absl::StatusOr<std::unique_ptr<Server>> first = Server::Start(options);
  ASSERT_THAT(first, IsOk());
  ServerOptions second = options;
  second.listen = absl::StrCat("127.0.0.1:", (*first)->port());
  second.data_dir = options.data_dir + "-second";
  EXPECT_THAT(Server::Start(second),
              testing::StatusIs(absl::StatusCode::kUnavailable,
                                HasSubstr("cannot listen")));
}

TEST_F(ServerTest, BatchOfTenThousandReportsIsAnsweredAndTheServerLives) {
  v1::IngestReportsRequest request;
  for (int i = 0; i < 10000; ++i) {
    *request.add_reports() = MakeReport(
        absl::StrCat("batch-", i), "AP", "2021-05-11T10:00:00Z",
        absl::StrCat("At least ", i % 90 + 5, " people were killed in Gaza."));
  }
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(120));
  v1::IngestReportsResponse response;
  const grpc::Status status =
      stub_->IngestReports(context.get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.results_size(), 10000);
  v1::GetReportResponse last;
  EXPECT_EQ(Get("batch-9999", &last).code, grpc::StatusCode::OK)
      << "the server must go on serving";
}

}  // namespace
}  // namespace factcheck::server
