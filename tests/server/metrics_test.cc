// What an operator's Prometheus scrapes from factcheckd: calls by method and
// status, latency histograms, bytes, and the work gate's gauges, over a real
// HTTP endpoint on 127.0.0.1 read by a real HTTP client (civetweb's).
#include "server/metrics.h"

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
#include "tests/testing/http_client.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::HttpCall;
using ::factcheck::testing::HttpReply;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::StatusIs;
using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::Not;

CallRecord Call(const std::string& status, absl::Duration latency) {
  CallRecord call;
  call.method = "/factcheck.v1.FactCheck/VerifyDocument";
  call.status = status;
  call.latency = latency;
  call.request_bytes = 100;
  call.response_bytes = 2000;
  return call;
}

// Options for a server on ephemeral ports of 127.0.0.1 with its metrics
// endpoint, over a fresh data directory.
ServerOptions WithMetrics() {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.metrics_listen = "127.0.0.1:0";
  options.data_dir = testing::FreshTestDir();
  return options;
}

TEST(MetricsTest, CountsCallsByStatusAndLatencyInCumulativeBuckets) {
  Metrics metrics([] {
    core::WorkSlots::Counts counts;
    counts.running = 3;
    counts.waiting = 5;
    counts.refused = 7;
    return counts;
  });
  metrics.Record(Call("OK", absl::Microseconds(300)));
  metrics.Record(Call("OK", absl::Milliseconds(7)));
  metrics.Record(Call("RESOURCE_EXHAUSTED", absl::Seconds(3)));
  const std::string text = metrics.PrometheusText();
  const std::string method =
      "method=\"/factcheck.v1.FactCheck/VerifyDocument\"";
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_calls_total{", method,
                                           ",code=\"OK\"} 2\n")));
  EXPECT_THAT(text,
              HasSubstr(absl::StrCat("factcheck_calls_total{", method,
                                     ",code=\"RESOURCE_EXHAUSTED\"} 1\n")));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_call_seconds_bucket{",
                                           method, ",le=\"0.0005\"} 1\n")));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_call_seconds_bucket{",
                                           method, ",le=\"0.01\"} 2\n")));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_call_seconds_bucket{",
                                           method, ",le=\"2.5\"} 2\n")));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_call_seconds_bucket{",
                                           method, ",le=\"+Inf\"} 3\n")));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_call_seconds_count{",
                                           method, "} 3\n")));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_response_bytes_total{",
                                           method, "} 6000\n")));
  EXPECT_THAT(text, HasSubstr("factcheck_calls_running 3\n"));
  EXPECT_THAT(text, HasSubstr("factcheck_calls_waiting 5\n"));
  EXPECT_THAT(text, HasSubstr("factcheck_calls_refused_total 7\n"));
}

TEST(MetricsTest, ServerAnswersScrapesOfItsOwnCalls) {
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(WithMetrics());
  ASSERT_THAT(server, IsOk());
  ASSERT_NE((*server)->metrics_port(), 0);
  auto stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", (*server)->port()),
                          grpc::InsecureChannelCredentials()));
  v1::GetReportRequest get;
  get.set_id("missing");
  v1::GetReportResponse got;
  EXPECT_EQ(
      stub->GetReport(testing::ClientContextWithDeadline().get(), get, &got)
          .error_code(),
      grpc::StatusCode::NOT_FOUND);

  const HttpReply scrape =
      HttpCall((*server)->metrics_port(), "GET", "/metrics");
  EXPECT_EQ(scrape.status, 200) << scrape.body;
  EXPECT_THAT(scrape.body,
              HasSubstr("factcheck_calls_total{method=\"/factcheck.v1."
                        "FactCheck/GetReport\",code=\"NOT_FOUND\"} 1\n"));
  EXPECT_THAT(scrape.body, HasSubstr("factcheck_calls_refused_total 0\n"));
  EXPECT_THAT(scrape.body, HasSubstr("factcheck_store_reports "));
  EXPECT_THAT(scrape.body, HasSubstr("factcheck_store_bytes "));
  const HttpReply health =
      HttpCall((*server)->metrics_port(), "GET", "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  EXPECT_EQ(HttpCall((*server)->metrics_port(), "GET", "/other").status, 404);
}

TEST(MetricsTest, HttpCallsAreCountedByMethodAndStatusButScrapesAreNot) {
  ServerOptions options = WithMetrics();
  options.http_listen = "127.0.0.1:0";
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(options);
  ASSERT_THAT(server, IsOk());
  const int port = (*server)->http_port();
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(
        HttpCall(port, "POST", "/v1/GetReport", R"({"id":"missing"})").status,
        404);
  }
  const std::string extract = R"({"text":"Ten people died in Gaza."})";
  const HttpReply extracted =
      HttpCall(port, "POST", "/v1/ExtractClaims", extract);
  ASSERT_EQ(extracted.status, 200) << extracted.body;

  const HttpReply scrape =
      HttpCall((*server)->metrics_port(), "GET", "/metrics");
  EXPECT_THAT(scrape.body,
              HasSubstr("factcheck_calls_total{method=\"POST "
                        "/v1/GetReport\",code=\"NOT_FOUND\"} 2\n"));
  EXPECT_THAT(scrape.body, HasSubstr("factcheck_calls_total{method=\"POST "
                                     "/v1/ExtractClaims\",code=\"OK\"} 1\n"));
  EXPECT_THAT(scrape.body,
              HasSubstr("factcheck_call_seconds_count{method=\"POST "
                        "/v1/ExtractClaims\"} 1\n"));
  EXPECT_THAT(scrape.body, HasSubstr(absl::StrCat(
                               "factcheck_request_bytes_total{method=\"POST "
                               "/v1/ExtractClaims\"} ",
                               extract.size(), "\n")));
  EXPECT_THAT(scrape.body, HasSubstr(absl::StrCat(
                               "factcheck_response_bytes_total{method=\"POST "
                               "/v1/ExtractClaims\"} ",
                               extracted.body.size(), "\n")));
  EXPECT_THAT(scrape.body, Not(HasSubstr("/metrics")));
}

// Verifies a later article on the deaths in Gaza twice, as
// `responses[0]` and `[1]`.
void VerifyLaterArticleTwice(
    v1::FactCheck::Stub& stub,
    std::vector<v1::VerifyDocumentResponse>* responses) {
  v1::VerifyDocumentRequest verify;
  *verify.mutable_document() =
      testing::MakeReport("later", "AFP", "2021-05-13T10:00:00Z",
                          "At least 50 people were killed in Gaza.");
  for (int i = 0; i < 2; ++i) {
    v1::VerifyDocumentResponse& verified = responses->emplace_back();
    ASSERT_TRUE(stub.VerifyDocument(testing::ClientContextWithDeadline().get(),
                                    verify, &verified)
                    .ok());
  }
}

TEST(MetricsTest, IngestTotalsAndStoreCacheCountsAreScraped) {
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(WithMetrics());
  ASSERT_THAT(server, IsOk());
  auto stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", (*server)->port()),
                          grpc::InsecureChannelCredentials()));
  const v1::Report first = testing::MakeReport(
      "ap-1", "AP", "2021-05-11T10:00:00Z",
      "At least 43 people were killed in Gaza and 300 were injured.");
  const v1::Report second = testing::MakeReport(
      "ap-2", "AP", "2021-05-12T10:00:00Z", "The death toll rose to 65.");
  v1::Report changed = first;
  changed.set_text("At least 45 people were killed in Gaza.");
  int64_t claims = 0;
  for (const std::vector<v1::Report>& batch :
       std::vector<std::vector<v1::Report>>{
           {first, second}, {first}, {changed}}) {
    v1::IngestReportsRequest request;
    for (const v1::Report& report : batch) *request.add_reports() = report;
    v1::IngestReportsResponse response;
    ASSERT_TRUE(stub->IngestReports(testing::ClientContextWithDeadline().get(),
                                    request, &response)
                    .ok());
    for (const v1::IngestResult& result : response.results()) {
      if (result.outcome() != v1::INGEST_OUTCOME_UNCHANGED) {
        claims += result.claims();
      }
    }
  }
  ASSERT_GT(claims, 0);

  const std::string text =
      HttpCall((*server)->metrics_port(), "GET", "/metrics").body;
  EXPECT_THAT(text, HasSubstr("factcheck_reports_ingested_total{outcome="
                              "\"created\"} 2\n"));
  EXPECT_THAT(text, HasSubstr("factcheck_reports_ingested_total{outcome="
                              "\"unchanged\"} 1\n"));
  EXPECT_THAT(text, HasSubstr("factcheck_reports_ingested_total{outcome="
                              "\"replaced\"} 1\n"));
  EXPECT_THAT(text, HasSubstr(absl::StrCat("factcheck_claims_ingested_total ",
                                           claims, "\n")));
  EXPECT_THAT(text, HasSubstr("factcheck_store_cache_hits_total "));
  EXPECT_THAT(text, HasSubstr("factcheck_store_cache_misses_total "));

  // The same article verified twice: the second repeats the first's scans
  // from the memo of scans, and takes the claim the first parsed from the
  // memo of parsed claims.
  EXPECT_THAT(text, HasSubstr("factcheck_store_scan_hits_total 0\n"));
  std::vector<v1::VerifyDocumentResponse> responses;
  ASSERT_NO_FATAL_FAILURE(VerifyLaterArticleTwice(*stub, &responses));
  const std::string after =
      HttpCall((*server)->metrics_port(), "GET", "/metrics").body;
  EXPECT_THAT(after,
              HasSubstr("factcheck_store_parsed_claim_misses_total 1\n"));
  EXPECT_THAT(after, HasSubstr("factcheck_store_parsed_claim_hits_total 1\n"));
  EXPECT_THAT(after, ContainsRegex("factcheck_store_scan_hits_total [1-9]"));
}

TEST(MetricsTest, MemoOfParsedClaimsTurnedOffParsesEveryRead) {
  ServerOptions options = WithMetrics();
  options.store.parsed_claim_cache_bytes = 0;
  absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(options);
  ASSERT_THAT(server, IsOk());
  auto stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", (*server)->port()),
                          grpc::InsecureChannelCredentials()));
  v1::IngestReportsRequest ingest;
  *ingest.add_reports() =
      testing::MakeReport("ap-1", "AP", "2021-05-11T10:00:00Z",
                          "At least 43 people were killed in Gaza.");
  v1::IngestReportsResponse ingested;
  ASSERT_TRUE(stub->IngestReports(testing::ClientContextWithDeadline().get(),
                                  ingest, &ingested)
                  .ok());
  std::vector<v1::VerifyDocumentResponse> responses;
  ASSERT_NO_FATAL_FAILURE(VerifyLaterArticleTwice(*stub, &responses));
  for (const v1::VerifyDocumentResponse& verified : responses) {
    ASSERT_EQ(verified.verdicts_size(), 1);
    EXPECT_EQ(verified.verdicts(0).verdict(), v1::VERDICT_UPDATED);
  }
  const std::string text =
      HttpCall((*server)->metrics_port(), "GET", "/metrics").body;
  EXPECT_THAT(text, HasSubstr("factcheck_store_parsed_claim_misses_total 2\n"));
  EXPECT_THAT(text, HasSubstr("factcheck_store_parsed_claim_hits_total 0\n"));
  EXPECT_THAT(text, HasSubstr("factcheck_store_scan_hits_total 0\n"));
}

TEST(MetricsTest, MetricsAddressInUseStopsTheStartNamingTheFlag) {
  ServerOptions first;
  first.listen = "127.0.0.1:0";
  first.metrics_listen = "127.0.0.1:0";
  first.data_dir = testing::FreshTestDir("first");
  absl::StatusOr<std::unique_ptr<Server>> running = Server::Start(first);
  ASSERT_THAT(running, IsOk());
  ServerOptions second = first;
  second.data_dir = testing::FreshTestDir("second");
  second.metrics_listen =
      absl::StrCat("127.0.0.1:", (*running)->metrics_port());
  EXPECT_THAT(Server::Start(second), StatusIs(absl::StatusCode::kUnavailable,
                                              HasSubstr("--metrics_listen")));
}

}  // namespace
}  // namespace factcheck::server
