// A replica killed with SIGKILL in the middle of a run loses nothing that was
// acknowledged. Two factcheckd processes over one PostgreSQL 15 of the test's
// own; a gRPC client balancing over both as the CLI does (client/
// server_targets: round_robin, client-side health checking) ingests and
// verifies from several threads at once, retrying a failed call as a real
// client would; replica 0 is killed while calls are in flight. Afterwards
// every acknowledged report is listed exactly once through the survivor, and
// a final verification there gives the verdicts a single RocksDB server gives
// on the same input. 127.0.0.1 only; skipped, saying why, where PostgreSQL is
// not installed.
#include <signal.h>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "client/server_targets.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/channel_arguments.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "tests/testing/client_context.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/postgres_test.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::FactcheckdProcess;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::PostgresTest;
using ::factcheck::v1::FactCheck;
using ::factcheck::v1::IngestReportsRequest;
using ::factcheck::v1::IngestReportsResponse;
using ::factcheck::v1::ListReportsRequest;
using ::factcheck::v1::ListReportsResponse;
using ::factcheck::v1::Report;
using ::factcheck::v1::VerifyDocumentRequest;
using ::factcheck::v1::VerifyDocumentResponse;

constexpr int kReports = 90;
constexpr int kWriters = 2;
constexpr int kVerifiers = 2;
// The kill comes once this many reports are acknowledged, so that ingest
// goes on after it.
constexpr int kAcknowledgedBeforeKill = kReports / 3;
// Every retry of a call ends by then; the whole test stays well under 60 s.
constexpr absl::Duration kRunLimit = absl::Seconds(30);

constexpr const char* kPlaces[] = {"Ruritania", "Borduria", "Syldavia"};
constexpr const char* kSources[] = {"Wire", "Herald", "Courier", "Gazette"};
constexpr const char* kSpeakers[] = {"Anna Berg", "Omar Haddad"};

// Report i: a toll and an injured count on one of three places, rising with
// the day, and a quotation of one of two officials.
Report WireReport(int i) {
  const char* place = kPlaces[i % 3];
  return MakeReport(
      absl::StrCat("r", i), kSources[i % 4],
      absl::StrCat("2024-03-", 1 + i / 4 % 28, "T", 10 + i % 4, ":00:00Z"),
      absl::StrCat("At least ", 10 + i, " people were killed in the floods in ",
                   place, ", officials said. More than ", 20 + 2 * i,
                   " people were injured in ", place, ". \"The water in ",
                   place, " is still rising and we need more boats,\" said ",
                   kSpeakers[i % 2], "."));
}

// Documents whose verdicts depend on what is stored: a figure above, below
// and among the stored tolls, and quotations kept and changed.
std::vector<Report> Probes() {
  std::vector<Report> probes;
  for (const char* place : kPlaces) {
    for (const char* text :
         {"At least 150 people were killed in the floods in ",
          "Only 55 people were killed in the floods in ",
          "About 120 people were injured in "}) {
      Report probe;
      *probe.mutable_published_at() = testing::Time("2024-04-15T12:00:00Z");
      probe.set_source("Probe");
      probe.set_text(absl::StrCat(text, place, "."));
      probes.push_back(probe);
    }
    // Days after the last stored quotation: a changed quotation is judged
    // against reports of the two weeks before (quote_rules.h).
    Report quote;
    *quote.mutable_published_at() = testing::Time("2024-03-30T12:00:00Z");
    quote.set_source("Probe");
    quote.set_text(absl::StrCat("\"The water in ", place,
                                " is rising and we need more boats,\" said "
                                "Anna Berg."));
    probes.push_back(quote);
  }
  return probes;
}

VerifyDocumentRequest VerifyRequestOf(const Report& document) {
  VerifyDocumentRequest request;
  *request.mutable_document() = document;
  return request;
}

// A stub on one server or a balanced list, as the CLI's --server makes it.
std::unique_ptr<FactCheck::Stub> StubFor(const std::string& servers) {
  absl::StatusOr<client::ChannelTarget> target =
      client::ChannelTargetOf(servers);
  if (!target.ok()) {
    ADD_FAILURE() << target.status();
    return nullptr;
  }
  grpc::ChannelArguments arguments;
  if (!target->service_config.empty()) {
    arguments.SetServiceConfigJSON(target->service_config);
  }
  return FactCheck::NewStub(grpc::CreateCustomChannel(
      target->target, grpc::InsecureChannelCredentials(), arguments));
}

// Every report id listed by `stub`, in list order (duplicates kept).
std::vector<std::string> ListedIds(FactCheck::Stub& stub) {
  std::vector<std::string> ids;
  ListReportsRequest request;
  request.set_page_size(1000);
  do {
    ListReportsResponse response;
    grpc::Status status =
        stub.ListReports(ClientContextWithDeadline().get(), request, &response);
    if (!status.ok()) {
      ADD_FAILURE() << "ListReports: " << status.error_message();
      return ids;
    }
    for (const auto& summary : response.reports()) ids.push_back(summary.id());
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return ids;
}

// What the clients saw, shared by their threads.
class Tally {
 public:
  void Served(const std::string& peer, bool after_kill) {
    absl::MutexLock lock(&mu_);
    ++(after_kill ? served_after_kill_ : served_before_kill_)[peer];
  }
  void Acknowledged(const std::string& id) {
    absl::MutexLock lock(&mu_);
    acknowledged_.push_back(id);
  }
  void Failed(grpc::StatusCode code) {
    absl::MutexLock lock(&mu_);
    ++failures_[code];
  }
  int AcknowledgedCount() const {
    absl::MutexLock lock(&mu_);
    return acknowledged_.size();
  }
  std::vector<std::string> acknowledged() const {
    absl::MutexLock lock(&mu_);
    return acknowledged_;
  }
  std::map<std::string, int> served_before_kill() const {
    absl::MutexLock lock(&mu_);
    return served_before_kill_;
  }
  std::map<std::string, int> served_after_kill() const {
    absl::MutexLock lock(&mu_);
    return served_after_kill_;
  }
  std::map<grpc::StatusCode, int> failures() const {
    absl::MutexLock lock(&mu_);
    return failures_;
  }

 private:
  mutable absl::Mutex mu_;
  std::vector<std::string> acknowledged_ ABSL_GUARDED_BY(mu_);
  std::map<std::string, int> served_before_kill_ ABSL_GUARDED_BY(mu_);
  std::map<std::string, int> served_after_kill_ ABSL_GUARDED_BY(mu_);
  std::map<grpc::StatusCode, int> failures_ ABSL_GUARDED_BY(mu_);
};

using ReplicaKillTest = PostgresTest;

TEST_F(ReplicaKillTest, AcknowledgedReportsSurviveAKilledReplicaOnceEach) {
  const std::string store = absl::StrCat("--store=", StoreUrl());
  std::vector<std::unique_ptr<FactcheckdProcess>> replicas;
  for (int r = 0; r < 2; ++r) {
    replicas.push_back(std::make_unique<FactcheckdProcess>(
        testing::FreshTestDir(absl::StrCat("replica", r)),
        std::vector<std::string>{store, "--store_probe_interval=200ms"}));
    ASSERT_FALSE(replicas.back()->address().empty())
        << replicas.back()->Stderr();
  }
  const std::string killed_peer = absl::StrCat("ipv4:", replicas[0]->address());
  const std::string survivor_peer =
      absl::StrCat("ipv4:", replicas[1]->address());
  std::unique_ptr<FactCheck::Stub> balanced = StubFor(
      absl::StrCat(replicas[0]->address(), ",", replicas[1]->address()));
  ASSERT_NE(balanced, nullptr);

  Tally tally;
  std::atomic<bool> killed{false};
  std::atomic<bool> ingest_done{false};
  const absl::Time give_up = absl::Now() + kRunLimit;
  // One call, retried on failure until it succeeds or the run's time is up;
  // each attempt counted by the replica that served it.
  auto call = [&](auto&& attempt) {
    while (absl::Now() < give_up) {
      std::unique_ptr<grpc::ClientContext> context =
          ClientContextWithDeadline();
      grpc::Status status = attempt(*context);
      if (status.ok()) {
        tally.Served(context->peer(), killed.load());
        return true;
      }
      tally.Failed(status.error_code());
      absl::SleepFor(absl::Milliseconds(20));
    }
    return false;
  };

  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      for (int i = w; i < kReports; i += kWriters) {
        IngestReportsRequest request;
        *request.add_reports() = WireReport(i);
        IngestReportsResponse response;
        if (call([&](grpc::ClientContext& context) {
              return balanced->IngestReports(&context, request, &response);
            })) {
          tally.Acknowledged(response.results(0).report_id());
        }
      }
    });
  }
  const std::vector<Report> probes = Probes();
  std::vector<std::thread> verifiers;
  for (int v = 0; v < kVerifiers; ++v) {
    verifiers.emplace_back([&, v] {
      for (size_t k = v; !ingest_done.load(); ++k) {
        const VerifyDocumentRequest request =
            VerifyRequestOf(probes[k % probes.size()]);
        VerifyDocumentResponse response;
        call([&](grpc::ClientContext& context) {
          return balanced->VerifyDocument(&context, request, &response);
        });
      }
    });
  }

  while (tally.AcknowledgedCount() < kAcknowledgedBeforeKill &&
         absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(5));
  }
  const int acknowledged_at_kill = tally.AcknowledgedCount();
  killed.store(true);
  replicas[0]->Stop(SIGKILL);
  for (std::thread& writer : writers) writer.join();
  ingest_done.store(true);
  for (std::thread& verifier : verifiers) verifier.join();

  // The kill came mid-run, both replicas having served, and the run went on
  // over the survivor alone.
  EXPECT_LT(acknowledged_at_kill, kReports);
  EXPECT_GT(tally.served_before_kill()[killed_peer], 0);
  EXPECT_GT(tally.served_before_kill()[survivor_peer], 0);
  EXPECT_GT(tally.served_after_kill()[survivor_peer], 0);
  // A call on the killed replica fails UNAVAILABLE and is retried; nothing
  // fails otherwise.
  for (const auto& [code, count] : tally.failures()) {
    EXPECT_EQ(code, grpc::StatusCode::UNAVAILABLE) << count << " calls";
  }

  const std::vector<std::string> acknowledged = tally.acknowledged();
  EXPECT_EQ(acknowledged.size(), static_cast<size_t>(kReports));
  std::unique_ptr<FactCheck::Stub> survivor = StubFor(replicas[1]->address());
  std::map<std::string, int> listed;
  for (const std::string& id : ListedIds(*survivor)) ++listed[id];
  for (const std::string& id : acknowledged) {
    EXPECT_EQ(listed[id], 1) << id;
  }
  EXPECT_EQ(listed.size(), acknowledged.size());

  // The same reports on one RocksDB server, the same final verifications.
  FactcheckdProcess rocksdb(testing::FreshTestDir("rocksdb"));
  ASSERT_FALSE(rocksdb.address().empty()) << rocksdb.Stderr();
  std::unique_ptr<FactCheck::Stub> single = StubFor(rocksdb.address());
  IngestReportsRequest all;
  for (int i = 0; i < kReports; ++i) *all.add_reports() = WireReport(i);
  IngestReportsResponse ingested;
  ASSERT_TRUE(
      single->IngestReports(ClientContextWithDeadline().get(), all, &ingested)
          .ok());
  for (const Report& probe : probes) {
    VerifyDocumentResponse on_postgres;
    VerifyDocumentResponse on_rocksdb;
    ASSERT_TRUE(balanced
                    ->VerifyDocument(ClientContextWithDeadline().get(),
                                     VerifyRequestOf(probe), &on_postgres)
                    .ok());
    ASSERT_TRUE(single
                    ->VerifyDocument(ClientContextWithDeadline().get(),
                                     VerifyRequestOf(probe), &on_rocksdb)
                    .ok());
    EXPECT_EQ(on_postgres.DebugString(), on_rocksdb.DebugString())
        << probe.text();
    // The comparison means something only if the store decides verdicts.
    EXPECT_GT(on_rocksdb.summary().claims(), 0u) << probe.text();
    EXPECT_EQ(on_rocksdb.summary().unverified(), 0u) << probe.text();
  }
  rocksdb.Stop(SIGTERM);
  replicas[1]->Stop(SIGTERM);
}

}  // namespace
}  // namespace factcheck
