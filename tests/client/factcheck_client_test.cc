// FactCheckClient against a real factcheckd server (in process) whose work
// gate tests/testing:busy_server keeps full.
#include "client/factcheck_client.h"

#include <memory>
#include <string>
#include <thread>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/server.h"
#include "tests/testing/busy_server.h"
#include "tests/testing/http_client.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::client {
namespace {

// The value of the counter line starting `prefix` in the /metrics of the
// server at `metrics_port`; 0 when there is none.
int Counter(int metrics_port, absl::string_view prefix) {
  for (absl::string_view line : absl::StrSplit(
           testing::HttpCall(metrics_port, "GET", "/metrics").body, '\n')) {
    if (absl::ConsumePrefix(&line, prefix)) {
      int count = 0;
      EXPECT_TRUE(absl::SimpleAtoi(line, &count)) << line;
      return count;
    }
  }
  return 0;
}

// How many ListReports calls the server finished with `code`.
int ListReportsCalls(int metrics_port, absl::string_view code) {
  return Counter(
      metrics_port,
      absl::StrCat(R"(factcheck_calls_total{method="/factcheck.v1.FactCheck/)",
                   R"(ListReports",code=")", code, R"("} )"));
}

class FactCheckClientTest : public ::testing::Test {
 protected:
  // A server with two threads and no room to wait, kept busy by six
  // callers: it refuses nearly every other call.
  void SetUp() override {
    server::ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.data_dir = testing::FreshTestDir();
    options.metrics_listen = "127.0.0.1:0";
    options.threads = 2;
    options.max_queued_calls = 0;
    absl::StatusOr<std::unique_ptr<server::Server>> server =
        server::Server::Start(options);
    ASSERT_THAT(server, testing::IsOk());
    server_ = *std::move(server);
    // Short calls (16 KiB each), so that a turn frees soon after the
    // callers stop.
    busy_ = std::make_unique<testing::BusyServer>(
        server_->port(), /*callers=*/6, /*text_bytes=*/16 << 10);
    const absl::Time give_up = absl::Now() + absl::Seconds(30);
    while (Counter(metrics_port(), "factcheck_calls_refused_total ") == 0 &&
           absl::Now() < give_up) {
      absl::SleepFor(absl::Milliseconds(10));
    }
    ASSERT_GT(Counter(metrics_port(), "factcheck_calls_refused_total "), 0)
        << "six callers on two threads never filled the gate";
  }

  int metrics_port() const { return server_->metrics_port(); }

  ClientOptions Options() const {
    ClientOptions options;
    options.target = absl::StrCat("127.0.0.1:", server_->port());
    return options;
  }

  std::unique_ptr<server::Server> server_;
  std::unique_ptr<testing::BusyServer> busy_;
};

TEST_F(FactCheckClientTest, CallRefusedAsBusySucceedsOnceATurnIsFree) {
  FactCheckClient client(Options());
  // A call whose first attempt happens on a free turn says nothing about
  // retries, so calls are made (a bounded number) until one is refused.
  for (int call = 0; call < 20; ++call) {
    const int refused_before =
        ListReportsCalls(metrics_port(), "RESOURCE_EXHAUSTED");
    const int finished_before = ListReportsCalls(metrics_port(), "OK");
    absl::StatusOr<v1::ListReportsResponse> listed;
    std::thread calling(
        [&] { listed = client.ListReports(v1::ListReportsRequest()); });
    // Once the first attempt is refused, the load goes away; the attempts
    // after the 100 ms pushback find a turn.
    const absl::Time give_up = absl::Now() + absl::Seconds(10);
    while (ListReportsCalls(metrics_port(), "RESOURCE_EXHAUSTED") ==
               refused_before &&
           ListReportsCalls(metrics_port(), "OK") == finished_before &&
           absl::Now() < give_up) {
      absl::SleepFor(absl::Milliseconds(5));
    }
    const bool refused =
        ListReportsCalls(metrics_port(), "RESOURCE_EXHAUSTED") > refused_before;
    if (refused) busy_.reset();
    calling.join();
    EXPECT_THAT(listed, testing::IsOk());
    if (refused) return;
  }
  ADD_FAILURE() << "twenty calls all found a turn: nothing was retried";
}

TEST_F(FactCheckClientTest, CallRefusedAsBusyIsTriedFiveTimesAtMost) {
  FactCheckClient client(Options());
  const absl::StatusOr<v1::ListReportsResponse> listed =
      client.ListReports(v1::ListReportsRequest());
  const int refused = ListReportsCalls(metrics_port(), "RESOURCE_EXHAUSTED");
  // A turn is free only for moments: every attempt is all but always
  // refused.
  if (listed.ok()) {
    EXPECT_LE(refused, 4);
  } else {
    EXPECT_EQ(listed.status().code(), absl::StatusCode::kResourceExhausted);
    EXPECT_EQ(refused, 5);
  }
}

}  // namespace
}  // namespace factcheck::client
