// Two factcheckd replicas (real processes) over one PostgreSQL 15 of the
// test's own, driven by the real `factcheck` CLI balancing over both
// (--server=IP:PORT,IP:PORT): what one replica stores the other serves,
// batch --shard=I/N splits an input into disjoint parts that cover it, and
// the CLI goes on when a replica dies. 127.0.0.1 only; skipped, saying why,
// where PostgreSQL is not installed.
#include <signal.h>

#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/files.h"
#include "tests/testing/postgres_test.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"

namespace factcheck {
namespace {

using ::factcheck::testing::CommandResult;
using ::factcheck::testing::PostgresTest;
using ::factcheck::testing::ReadFile;
using ::testing::HasSubstr;

constexpr int kOk = 0;
constexpr int kDocuments = 30;

// A JSONL line of a short wire report: a toll rising day by day.
std::string WireLine(int i) {
  return absl::StrCat(
      R"({"id":"wire-)", i, R"(","source":"Wire","published_at":"2024-03-)",
      10 + i % 18, R"(T09:00:00Z","text":"At least )", 40 + i,
      R"( people were killed in the floods in Ruritania.")", R"(})");
}

// The request ids of a batch's results file.
std::set<std::string> ResultIds(const std::string& path) {
  std::set<std::string> ids;
  for (absl::string_view line :
       absl::StrSplit(ReadFile(path), '\n', absl::SkipEmpty())) {
    const size_t at = line.find(R"("request_id":")");
    if (at == absl::string_view::npos) continue;
    const size_t begin = at + 14;
    ids.emplace(line.substr(begin, line.find('"', begin) - begin));
  }
  return ids;
}

class ReplicasTest : public PostgresTest {
 protected:
  void SetUp() override {
    PostgresTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    const std::string store = absl::StrCat("--store=", StoreUrl());
    for (int r = 0; r < 2; ++r) {
      replicas_.push_back(std::make_unique<testing::FactcheckdProcess>(
          testing::FreshTestDir(absl::StrCat("replica", r)),
          std::vector<std::string>{store, "--store_probe_interval=200ms"}));
      ASSERT_FALSE(replicas_.back()->address().empty())
          << replicas_.back()->Stderr();
    }
    input_ = testing::FreshTestDir("input") + ".jsonl";
    std::ofstream file(input_);
    for (int i = 1; i <= kDocuments; ++i) file << WireLine(i) << "\n";
  }

  void TearDown() override {
    for (auto& replica : replicas_) replica->Stop(SIGTERM);
  }

  // The CLI with --server naming both replicas.
  CommandResult Cli(std::vector<std::string> args) const {
    args.insert(args.begin(),
                {testing::RunfilePath("client/factcheck"),
                 absl::StrCat("--server=", replicas_[0]->address(), ",",
                              replicas_[1]->address())});
    return testing::RunCommand(args, "", absl::Seconds(60));
  }

  // The CLI talking to replica `r` alone.
  CommandResult CliOn(int r, std::vector<std::string> args) const {
    args.insert(args.begin(),
                {testing::RunfilePath("client/factcheck"),
                 absl::StrCat("--server=", replicas_[r]->address())});
    return testing::RunCommand(args, "", absl::Seconds(60));
  }

  std::vector<std::unique_ptr<testing::FactcheckdProcess>> replicas_;
  std::string input_;
};

TEST_F(ReplicasTest, WhatTheBalancedCliIngestsEachReplicaServes) {
  CommandResult ingest = Cli({"ingest", input_});
  ASSERT_EQ(ingest.exit_code, kOk) << ingest.stderr_text;

  for (int r = 0; r < 2; ++r) {
    CommandResult got = CliOn(r, {"get", "wire-7", "--format=json"});
    EXPECT_EQ(got.exit_code, kOk) << got.stderr_text;
    EXPECT_THAT(got.stdout_text, HasSubstr("At least 47 people"));
  }
}

TEST_F(ReplicasTest, ShardsOfABatchAreDisjointAndCoverTheInput) {
  ASSERT_EQ(Cli({"ingest", input_}).exit_code, kOk);
  std::set<std::string> all;
  size_t total = 0;
  for (int s = 0; s < 3; ++s) {
    const std::string out = testing::FreshTestDir(absl::StrCat("shard", s));
    CommandResult batch =
        Cli({"batch", input_, absl::StrCat("--shard=", s, "/3"), "--out", out});
    ASSERT_EQ(batch.exit_code, kOk) << batch.stderr_text;
    const std::set<std::string> ids = ResultIds(out);
    EXPECT_GT(ids.size(), 0u) << "shard " << s;
    total += ids.size();
    all.insert(ids.begin(), ids.end());
  }
  EXPECT_EQ(total, static_cast<size_t>(kDocuments));
  EXPECT_EQ(all.size(), static_cast<size_t>(kDocuments));
}

TEST_F(ReplicasTest, BalancedCliGoesOnWhenAReplicaDies) {
  ASSERT_EQ(Cli({"ingest", input_}).exit_code, kOk);
  replicas_[0]->Stop(SIGKILL);

  const std::string out = testing::FreshTestDir("after_kill");
  CommandResult batch = Cli({"batch", input_, "--out", out});
  EXPECT_EQ(batch.exit_code, kOk) << batch.stderr_text;
  EXPECT_EQ(ResultIds(out).size(), static_cast<size_t>(kDocuments));
  CommandResult got = Cli({"get", "wire-3"});
  EXPECT_EQ(got.exit_code, kOk) << got.stderr_text;
}

}  // namespace
}  // namespace factcheck
