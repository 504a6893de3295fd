// Batch jobs end to end: `factcheck batch` and streamed `ingest` against a
// real factcheckd, as a job verifying a day of wire copy runs them.
#include <signal.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/files.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"

namespace factcheck {
namespace {

using ::factcheck::testing::CommandResult;
using ::factcheck::testing::ReadFile;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsageError = 2;
constexpr int kUnreachable = 3;

// A JSONL line of a short wire report: a toll rising day by day, a quote.
std::string WireLine(int i) {
  return absl::StrCat(
      R"({"id":"wire-)", i, R"(","source":"Wire","published_at":"2024-03-)",
      10 + i % 18, R"(T09:00:00Z","text":"At least )", 40 + i,
      R"( people were killed in the floods in Ruritania, officials said. \"We are doing all we can,\" Governor Ana Ruiz said on day )",
      i, R"(."})");
}

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ =
        std::make_unique<testing::FactcheckdProcess>(testing::FreshTestDir());
    ASSERT_FALSE(server_->address().empty()) << server_->Stderr();
  }

  void TearDown() override { server_->Stop(SIGTERM); }

  std::vector<std::string> Command(std::vector<std::string> args) const {
    args.insert(args.begin(), {testing::RunfilePath("client/factcheck"),
                               absl::StrCat("--server=", server_->address())});
    return args;
  }

  CommandResult Cli(const std::vector<std::string>& args,
                    const std::string& stdin_text = "") const {
    return testing::RunCommand(Command(args), stdin_text, absl::Seconds(120));
  }

  // A JSONL file of `count` wire reports; line `bad_line` (1-based, 0 for
  // none) is not a report.
  static std::string WireFile(const std::string& name, int count,
                              int bad_line = 0) {
    const std::string path = testing::FreshTestDir(name) + ".jsonl";
    std::ofstream file(path);
    for (int i = 1; i <= count; ++i) {
      file << (i == bad_line ? R"({"id":"broken","colour":"red"})"
                             : WireLine(i))
           << "\n";
    }
    return path;
  }

  std::unique_ptr<testing::FactcheckdProcess> server_;
};

TEST_F(BatchTest, KilledHalfWayAndResumedWritesWhatOneRunWrites) {
  const std::string input = WireFile("day", 1000);
  ASSERT_EQ(Cli({"ingest", input}).exit_code, kOk);
  const std::string whole = testing::FreshTestDir("whole") + ".jsonl";
  CommandResult uninterrupted = Cli({"batch", input, "--out", whole});
  ASSERT_EQ(uninterrupted.exit_code, kOk) << uninterrupted.stderr_text;
  ASSERT_EQ(Lines(ReadFile(whole)).size(), 1000u);

  const std::string resumed = testing::FreshTestDir("resumed") + ".jsonl";
  {
    testing::Subprocess job(Command({"batch", input, "--out", resumed}),
                            testing::FreshTestDir("job.stderr"));
    const absl::Time deadline = absl::Now() + absl::Seconds(60);
    while (Lines(ReadFile(resumed)).size() < 100 && absl::Now() < deadline) {
      absl::SleepFor(absl::Milliseconds(1));
    }
    job.Signal(SIGKILL);
    job.Wait(absl::Seconds(30));
  }
  const size_t written = Lines(ReadFile(resumed)).size();
  ASSERT_GE(written, 100u);
  ASSERT_LT(written, 1000u) << "the job ended before it could be killed";

  CommandResult resume = Cli({"batch", input, "--out", resumed});
  ASSERT_EQ(resume.exit_code, kOk) << resume.stderr_text;
  EXPECT_THAT(resume.stderr_text, HasSubstr("already in the output"));
  EXPECT_EQ(ReadFile(resumed), ReadFile(whole));
}

TEST_F(BatchTest, TornLastLineIsWrittenAgain) {
  const std::string input = WireFile("day", 20);
  const std::string whole = testing::FreshTestDir("whole") + ".jsonl";
  ASSERT_EQ(Cli({"batch", input, "--out", whole}).exit_code, kOk);
  const std::vector<std::string> lines = Lines(ReadFile(whole));
  const std::string torn = testing::FreshTestDir("torn") + ".jsonl";
  {
    std::ofstream file(torn);
    for (int i = 0; i < 7; ++i) file << lines[i] << "\n";
    file << lines[7].substr(0, lines[7].size() / 2);
  }
  CommandResult resume = Cli({"batch", input, "--out", torn});
  ASSERT_EQ(resume.exit_code, kOk) << resume.stderr_text;
  EXPECT_THAT(resume.stderr_text, HasSubstr("13 documents verified (7 more"));
  EXPECT_EQ(ReadFile(torn), ReadFile(whole));
}

TEST_F(BatchTest, OutputOfAnotherInputIsNotResumed) {
  const std::string out = testing::FreshTestDir("out") + ".jsonl";
  ASSERT_EQ(Cli({"batch", WireFile("first", 5), "--out", out}).exit_code, kOk);
  const std::string before = ReadFile(out);
  const std::string other = testing::FreshTestDir("other") + ".jsonl";
  std::ofstream(other) << WireLine(9) << "\n";
  CommandResult mixed = Cli({"batch", other, "--out", out});
  EXPECT_EQ(mixed.exit_code, kUsageError);
  EXPECT_THAT(mixed.stderr_text, HasSubstr("another input"));
  EXPECT_EQ(ReadFile(out), before);
}

TEST_F(BatchTest, MalformedLineIsReportedWithItsNumberAndTheJobGoesOn) {
  const std::string input = WireFile("day", 30, /*bad_line=*/12);
  const std::string out = testing::FreshTestDir("out") + ".jsonl";
  CommandResult batch =
      Cli({"batch", input, "--out", out, "--progress_every=1ms"});
  EXPECT_EQ(batch.exit_code, kFailed);
  EXPECT_THAT(batch.stderr_text, HasSubstr(input + ":12: not a report"));
  EXPECT_THAT(batch.stderr_text, HasSubstr("progress: "));
  EXPECT_THAT(batch.stderr_text, HasSubstr("/30"));
  EXPECT_THAT(batch.stderr_text, HasSubstr("29 documents verified, 87 claims"));
  EXPECT_THAT(batch.stderr_text, HasSubstr("1 input lines skipped"));
  const std::vector<std::string> lines = Lines(ReadFile(out));
  ASSERT_EQ(lines.size(), 29u);
  EXPECT_THAT(lines[10], HasSubstr(R"("request_id":"wire-11")"));
  EXPECT_THAT(lines[11], HasSubstr(R"("request_id":"wire-13")"));
}

TEST_F(BatchTest, DocumentTheServerRefusesIsWrittenAsItsErrorAndCounted) {
  const std::string input = testing::FreshTestDir("day") + ".jsonl";
  std::ofstream(input) << WireLine(1) << "\n"
                       << R"({"id":"empty","text":""})"
                       << "\n"
                       << WireLine(2) << "\n";
  CommandResult batch = Cli({"batch", input});
  EXPECT_EQ(batch.exit_code, kFailed);
  const std::vector<std::string> lines = Lines(batch.stdout_text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[1], HasSubstr(R"("request_id":"empty","error")"));
  EXPECT_THAT(batch.stderr_text, HasSubstr("empty: INVALID_ARGUMENT"));
  EXPECT_THAT(batch.stderr_text, HasSubstr("1 documents refused"));
}

TEST_F(BatchTest, IngestStreamsJsonlFromStandardInputAroundABadLine) {
  std::string day;
  for (int i = 1; i <= 5; ++i) {
    day += (i == 3 ? std::string("{oops") : WireLine(i)) + "\n";
  }
  CommandResult ingest = Cli({"ingest", "--input_format=jsonl", "-"}, day);
  EXPECT_EQ(ingest.exit_code, kFailed);
  EXPECT_THAT(ingest.stderr_text, HasSubstr("stdin:3: not a report"));
  EXPECT_THAT(ingest.stdout_text,
              HasSubstr("4 reports: 4 created, 0 unchanged, 0 replaced, 0 "
                        "rejected; 1 input lines skipped"));
  EXPECT_EQ(Cli({"get", "wire-5"}).exit_code, kOk);
}

TEST_F(BatchTest, IngestStoresTheRestOfABatchTheServerRefuses) {
  const std::string input = testing::FreshTestDir("day") + ".jsonl";
  std::ofstream(input) << WireLine(1) << "\n"
                       << R"({"id":"undated","text":"No date here."})"
                       << "\n"
                       << WireLine(2) << "\n";
  CommandResult ingest = Cli({"ingest", input});
  EXPECT_EQ(ingest.exit_code, kFailed);
  EXPECT_THAT(ingest.stderr_text, HasSubstr(input + ":2: "));
  EXPECT_THAT(ingest.stderr_text, HasSubstr("published_at"));
  EXPECT_THAT(ingest.stdout_text, HasSubstr("2 created, 0 unchanged, 0 "
                                            "replaced, 1 rejected"));
  EXPECT_EQ(Cli({"get", "wire-2"}).exit_code, kOk);
}

TEST_F(BatchTest, VerifyOfJsonlAnswersEveryDocumentOverTheStream) {
  ASSERT_EQ(Cli({"ingest", WireFile("earlier", 3)}).exit_code, kOk);
  const std::string later = testing::FreshTestDir("later") + ".jsonl";
  std::ofstream(later) << WireLine(4) << "\n" << WireLine(5) << "\n";
  CommandResult verify = Cli({"verify", later});
  ASSERT_EQ(verify.exit_code, kOk) << verify.stderr_text;
  EXPECT_THAT(verify.stdout_text, HasSubstr("wire-4\nKIND"));
  EXPECT_THAT(verify.stdout_text, HasSubstr("wire-5\nKIND"));
  EXPECT_THAT(verify.stdout_text, HasSubstr("to at least 45"));
}

TEST_F(BatchTest, ClaimReviewBatchWritesEachDocumentsReviewsUnderItsId) {
  ASSERT_EQ(Cli({"ingest", WireFile("earlier", 3)}).exit_code, kOk);
  const std::string later = testing::FreshTestDir("later") + ".jsonl";
  std::ofstream(later) << WireLine(4) << "\n";
  const std::string out = testing::FreshTestDir("reviews") + ".jsonl";
  CommandResult batch = Cli({"batch", later, "--out", out,
                             "--format=claimreview", "--org_name=Wire Desk"});
  ASSERT_EQ(batch.exit_code, kOk) << batch.stderr_text;
  const std::vector<std::string> lines = Lines(ReadFile(out));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr(R"("request_id":"wire-4")"));
  EXPECT_THAT(lines[0], HasSubstr(R"("@type":"ClaimReview")"));
  EXPECT_THAT(lines[0], HasSubstr(R"("name":"Wire Desk")"));
  EXPECT_THAT(lines[0], HasSubstr(R"("alternateName":"Consistent")"));
  CommandResult resumed =
      Cli({"batch", later, "--out", out, "--format=claimreview"});
  EXPECT_EQ(resumed.exit_code, kOk) << resumed.stderr_text;
  EXPECT_THAT(resumed.stderr_text, HasSubstr("1 more were already"));
}

TEST_F(BatchTest, SummaryOnlyBatchCarriesCountsWithoutVerdicts) {
  ASSERT_EQ(Cli({"ingest", WireFile("earlier", 3)}).exit_code, kOk);
  const std::string later = testing::FreshTestDir("later") + ".jsonl";
  std::ofstream(later) << WireLine(4) << "\n";
  CommandResult batch = Cli({"batch", later, "--summary_only"});
  ASSERT_EQ(batch.exit_code, kOk) << batch.stderr_text;
  EXPECT_THAT(batch.stdout_text, HasSubstr(R"("summary":{"claims":3)"));
  EXPECT_THAT(batch.stdout_text, Not(HasSubstr(R"("evidence")")));
  EXPECT_THAT(batch.stderr_text, HasSubstr("3 claims"))
      << "the closing summary still counts them";
}

TEST_F(BatchTest, ReportsOnceBatchDescribesEachCitedReportOnce) {
  ASSERT_EQ(Cli({"ingest", WireFile("earlier", 3)}).exit_code, kOk);
  const std::string later = testing::FreshTestDir("later") + ".jsonl";
  std::ofstream(later) << WireLine(4) << "\n";
  CommandResult whole = Cli({"batch", later});
  CommandResult once = Cli({"batch", later, "--reports_once"});
  ASSERT_EQ(whole.exit_code, kOk) << whole.stderr_text;
  ASSERT_EQ(once.exit_code, kOk) << once.stderr_text;
  const auto sources = [](const std::string& text) {
    const std::string source = R"("source":"Wire")";
    int count = 0;
    for (size_t at = text.find(source); at != std::string::npos;
         at = text.find(source, at + 1)) {
      ++count;
    }
    return count;
  };
  EXPECT_THAT(once.stdout_text, HasSubstr(R"("reports":[{"id":"wire-)"));
  EXPECT_THAT(whole.stdout_text, Not(HasSubstr(R"("reports":[{)")));
  // The toll and the governor's words cite the same earlier reports.
  EXPECT_EQ(sources(once.stdout_text), 3);
  EXPECT_GT(sources(whole.stdout_text), 3);
}

TEST_F(BatchTest, ReportsOnceIsRefusedForOutputThatCannotShowIt) {
  const std::string later = testing::FreshTestDir("later") + ".jsonl";
  std::ofstream(later) << WireLine(4) << "\n";
  CommandResult text = Cli({"verify", later, "--reports_once"});
  EXPECT_EQ(text.exit_code, kUsageError);
  EXPECT_THAT(text.stderr_text, HasSubstr("--reports_once is for JSON"));
}

TEST_F(BatchTest, ServerNamedByTheEnvironmentIsTheDefault) {
  setenv("FACTCHECK_SERVER", server_->address().c_str(), 1);
  CommandResult health =
      testing::RunCommand({testing::RunfilePath("client/factcheck"), "health"});
  unsetenv("FACTCHECK_SERVER");
  EXPECT_EQ(health.exit_code, kOk) << health.stderr_text;
}

TEST(BatchUnreachableTest, StoppedServerIsReportedLongBeforeTheDeadline) {
  std::string address;
  {
    testing::FactcheckdProcess server(testing::FreshTestDir());
    ASSERT_FALSE(server.address().empty());
    address = server.address();
    server.Stop(SIGTERM);
  }
  const std::string input = testing::FreshTestDir("day") + ".jsonl";
  std::ofstream(input) << WireLine(1) << "\n";
  const absl::Time start = absl::Now();
  CommandResult batch = testing::RunCommand(
      {testing::RunfilePath("client/factcheck"), "batch", input,
       "--timeout=120s", absl::StrCat("--server=", address)},
      "", absl::Seconds(150));
  EXPECT_EQ(batch.exit_code, kUnreachable);
  EXPECT_THAT(batch.stderr_text, HasSubstr(address));
  EXPECT_LT(absl::Now() - start, absl::Seconds(60))
      << "an unreachable server must not wait out the 120 s deadline";
}

}  // namespace
}  // namespace factcheck
