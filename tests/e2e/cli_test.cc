// The factcheck CLI end to end against a real factcheckd: what a person types
// and what a script parses.
#include <signal.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.pb.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/files.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"
#include "tests/testing/test_certificates.h"

namespace factcheck {
namespace {

using ::factcheck::testing::ReadFile;

using ::factcheck::testing::CommandResult;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr int kOk = 0;
constexpr int kServerError = 1;
constexpr int kUsageError = 2;
constexpr int kUnreachable = 3;

template <typename Message>
std::vector<Message> ParseJsonLines(const std::string& text) {
  std::vector<Message> messages;
  for (absl::string_view line : absl::StrSplit(text, '\n', absl::SkipEmpty())) {
    Message message;
    const auto status = google::protobuf::util::JsonStringToMessage(
        std::string(line), &message);
    EXPECT_TRUE(status.ok()) << line;
    messages.push_back(std::move(message));
  }
  return messages;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ =
        std::make_unique<testing::FactcheckdProcess>(testing::FreshTestDir());
    ASSERT_FALSE(server_->address().empty()) << server_->Stderr();
  }

  void TearDown() override { server_->Stop(SIGTERM); }

  CommandResult Cli(std::vector<std::string> args,
                    const std::string& stdin_text = "") {
    args.insert(args.begin(), {testing::RunfilePath("client/factcheck"),
                               absl::StrCat("--server=", server_->address())});
    return testing::RunCommand(args, stdin_text);
  }

  std::unique_ptr<testing::FactcheckdProcess> server_;
};

TEST_F(CliTest, SeedArticleRoundTripsThroughIngestListGetAndDelete) {
  const std::string article = "testdata/corpus/seed_article.txt";

  CommandResult ingest =
      Cli({"ingest", article, "--source", "IANS", "--published_at",
           "2021-05-13", "--title=Biden expects clashes to end soon"});
  ASSERT_EQ(ingest.exit_code, kOk) << ingest.stderr_text;
  EXPECT_THAT(ingest.stdout_text, HasSubstr("created"));
  EXPECT_THAT(ingest.stdout_text, HasSubstr("seed_article"));

  CommandResult list = Cli({"list", "--format=json"});
  ASSERT_EQ(list.exit_code, kOk) << list.stderr_text;
  const auto summaries = ParseJsonLines<v1::ReportSummary>(list.stdout_text);
  ASSERT_EQ(summaries.size(), 1);
  EXPECT_EQ(summaries[0].id(), "seed_article");
  EXPECT_EQ(summaries[0].source(), "IANS");
  EXPECT_THAT(list.stdout_text, HasSubstr("\"published_at\":\"2021-05-13T"));

  CommandResult get = Cli({"--format=json", "get", "seed_article"});
  ASSERT_EQ(get.exit_code, kOk) << get.stderr_text;
  const auto got = ParseJsonLines<v1::GetReportResponse>(get.stdout_text);
  ASSERT_EQ(got.size(), 1);
  EXPECT_EQ(got[0].report().text(), ReadFile(article));
  EXPECT_EQ(got[0].report().title(), "Biden expects clashes to end soon");

  CommandResult text_get = Cli({"get", "seed_article"});
  EXPECT_THAT(text_get.stdout_text, HasSubstr("Biden told reporters"));

  ASSERT_EQ(Cli({"delete", "seed_article"}).exit_code, kOk);
  CommandResult gone = Cli({"get", "seed_article"});
  EXPECT_EQ(gone.exit_code, kServerError);
  EXPECT_THAT(gone.stderr_text, HasSubstr("NOT_FOUND"));
  EXPECT_THAT(gone.stderr_text, HasSubstr("seed_article"));
}

TEST_F(CliTest, JsonlIngestStoresEveryLineAndListFiltersBySource) {
  const std::string path = testing::FreshTestDir("wire") + ".jsonl";
  std::ofstream(path)
      << R"({"id":"a1","source":"AP","published_at":"2021-05-11T10:00:00Z","text":"Death toll rises to 43."})"
      << "\n\n"
      << R"({"id":"r1","source":"Reuters","published_at":"2021-05-12T10:00:00Z","text":"At least 53 dead."})"
      << "\n"
      << R"({"id":"a2","source":"AP","published_at":"2021-05-13T10:00:00Z","text":"At least 65 dead."})"
      << "\n";

  CommandResult ingest = Cli({"ingest", path});
  ASSERT_EQ(ingest.exit_code, kOk) << ingest.stderr_text;
  EXPECT_THAT(ingest.stdout_text, HasSubstr("3 reports: 3 created"));
  EXPECT_THAT(Cli({"ingest", path}).stdout_text, HasSubstr("3 unchanged"));

  CommandResult list =
      Cli({"list", "--source=AP", "--newest_first", "--format", "json"});
  ASSERT_EQ(list.exit_code, kOk) << list.stderr_text;
  std::vector<std::string> ids;
  for (const auto& summary :
       ParseJsonLines<v1::ReportSummary>(list.stdout_text)) {
    ids.push_back(summary.id());
  }
  EXPECT_THAT(ids, ElementsAre("a2", "a1"));
}

TEST_F(CliTest, StandardInputIsADocumentDescribedByFlags) {
  CommandResult ingest = Cli({"ingest", "-", "--id=from-stdin", "--source=AFP",
                              "--published_at=2021-05-12T08:00:00+02:00"},
                             "Rockets were fired at Tel Aviv.");
  ASSERT_EQ(ingest.exit_code, kOk) << ingest.stderr_text;
  CommandResult get = Cli({"get", "from-stdin", "--format=json"});
  const auto got = ParseJsonLines<v1::GetReportResponse>(get.stdout_text);
  ASSERT_EQ(got.size(), 1);
  EXPECT_EQ(got[0].report().text(), "Rockets were fired at Tel Aviv.");
  EXPECT_EQ(got[0].report().published_at().seconds(), 1620799200);
}

TEST_F(CliTest, ServerRejectionExitsOneWithTheStatusOnStderr) {
  CommandResult ingest = Cli({"ingest", "-", "--id=no-time"}, "Some text.");
  EXPECT_EQ(ingest.exit_code, kServerError);
  EXPECT_THAT(ingest.stderr_text, HasSubstr("INVALID_ARGUMENT"));
  EXPECT_THAT(ingest.stderr_text, HasSubstr("published_at"));
}

TEST_F(CliTest, UsageAndInputErrorsExitTwo) {
  EXPECT_EQ(Cli({"list", "--no_such_flag"}).exit_code, kUsageError);
  EXPECT_EQ(Cli({"frobnicate"}).exit_code, kUsageError);
  EXPECT_EQ(Cli({}).exit_code, kUsageError);
  EXPECT_EQ(Cli({"get"}).exit_code, kUsageError);
  EXPECT_EQ(Cli({"list", "--format=xml"}).exit_code, kUsageError);
  CommandResult missing = Cli({"ingest", "/nonexistent/file.txt"});
  EXPECT_EQ(missing.exit_code, kUsageError);
  EXPECT_THAT(missing.stderr_text, HasSubstr("/nonexistent/file.txt"));
  const std::string empty = testing::FreshTestDir("empty") + ".txt";
  std::ofstream(empty).flush();
  CommandResult nothing = Cli({"verify", empty});
  EXPECT_EQ(nothing.exit_code, kUsageError);
  EXPECT_THAT(nothing.stderr_text, HasSubstr(empty + ": is empty"));
  const std::string latin1 = testing::FreshTestDir("latin1") + ".txt";
  std::ofstream(latin1) << "Caf\xE9 owners said so.";
  CommandResult not_utf8 = Cli({"extract", latin1});
  EXPECT_EQ(not_utf8.exit_code, kUsageError);
  EXPECT_EQ(not_utf8.stderr_text,
            "factcheck: " + latin1 +
                ": is not valid UTF-8 (first bad byte at offset 3)\n"
                "(see factcheck --help)\n")
      << "the CLI's message alone: no library log line";
  CommandResult bad_time =
      Cli({"ingest", "-", "--id=x", "--published_at=yesterday"}, "text");
  EXPECT_EQ(bad_time.exit_code, kUsageError);
  EXPECT_THAT(bad_time.stderr_text, HasSubstr("--published_at"));
}

TEST_F(CliTest, HelpDocumentsCommandsFlagsAndExitCodes) {
  CommandResult help = Cli({"--help"});
  EXPECT_EQ(help.exit_code, kOk);
  for (const char* word :
       {"ingest", "extract", "verify", "batch", "get", "list", "delete",
        "health", "--server", "--timeout", "--format", "--as_of", "--out",
        "--in_flight", "--input_format", "FACTCHECK_SERVER", "Exit status"}) {
    EXPECT_THAT(help.stdout_text, HasSubstr(word));
  }
}

TEST_F(CliTest, ExtractPrintsTheArticlesClaims) {
  CommandResult json =
      Cli({"extract", "testdata/corpus/seed_article.txt", "--format=json"});
  ASSERT_EQ(json.exit_code, kOk) << json.stderr_text;
  const auto responses =
      ParseJsonLines<v1::ExtractClaimsResponse>(json.stdout_text);
  ASSERT_EQ(responses.size(), 1);
  int numeric = 0;
  int attributed = 0;
  for (const v1::Claim& claim : responses[0].claims()) {
    numeric += claim.has_numeric();
    attributed += claim.has_attributed();
  }
  EXPECT_EQ(numeric, 5);
  EXPECT_EQ(attributed, 12);
  EXPECT_THAT(json.stdout_text, HasSubstr("\"measure\":\"deaths\""));
  EXPECT_THAT(json.stdout_text, HasSubstr("\"speaker\":\"Antony Blinken\""));
  std::vector<std::string> entities;
  for (const v1::Entity& entity : responses[0].entities()) {
    entities.push_back(entity.name());
  }
  EXPECT_THAT(entities,
              ::testing::IsSupersetOf({"Joe Biden", "Antony Blinken",
                                       "White House readout",
                                       "Benjamin Netanyahu", "Hady Amr"}));

  CommandResult table = Cli({"extract", "testdata/corpus/seed_article.txt"});
  EXPECT_THAT(table.stdout_text, HasSubstr("At least 65 in Gaza"));
  EXPECT_THAT(table.stdout_text, HasSubstr("deaths in Gaza"));
  EXPECT_THAT(table.stdout_text, HasSubstr("Antony Blinken (reiterated)"));
  EXPECT_THAT(table.stdout_text, HasSubstr("17 claims"));
  EXPECT_THAT(table.stdout_text, HasSubstr("5 quantities"));
  EXPECT_THAT(table.stdout_text, HasSubstr("at_least"));
  EXPECT_THAT(table.stdout_text, HasSubstr("entities"));
  EXPECT_THAT(table.stdout_text,
              HasSubstr("Secretary of State Antony Blinken, Blinken"));
}

TEST_F(CliTest, VerifyingTheArticleAgainstTheSamplesShowsEveryKindOfVerdict) {
  CommandResult ingest = Cli({"ingest", "client/samples/prior_reports.jsonl"});
  ASSERT_EQ(ingest.exit_code, kOk) << ingest.stderr_text;

  CommandResult table = Cli({"verify", "testdata/corpus/seed_article.txt",
                             "--published_at", "2021-05-13"});
  ASSERT_EQ(table.exit_code, kOk) << table.stderr_text;
  for (const char* shown :
       {"UPDATED", "CONSISTENT", "MISATTRIBUTED", "UNVERIFIED",
        "rose from 43 (WAFA, 11 May 2021) to at least 65",
        "17 claims: 3 consistent, 1 updated, 0 outdated"}) {
    EXPECT_THAT(table.stdout_text, HasSubstr(shown));
  }

  CommandResult json = Cli({"verify", "testdata/corpus/seed_article.txt",
                            "--published_at", "2021-05-13", "--format=json"});
  ASSERT_EQ(json.exit_code, kOk) << json.stderr_text;
  const auto responses =
      ParseJsonLines<v1::VerifyDocumentResponse>(json.stdout_text);
  ASSERT_EQ(responses.size(), 1);
  EXPECT_EQ(responses[0].verdicts_size(), 17);
  EXPECT_EQ(responses[0].summary().misattributed(), 1u);
  EXPECT_THAT(json.stdout_text, HasSubstr("\"verdict\":\"VERDICT_UPDATED\""));
}

TEST_F(CliTest, HistoryShowsATollOldestFirstAndQuotesASpeakersWords) {
  const std::string path = testing::FreshTestDir("tolls") + ".jsonl";
  std::ofstream(path)
      << R"({"id":"d3","source":"AP","published_at":"2021-05-13T10:00:00Z","text":"At least 65 people have been killed in the Gaza Strip."})"
      << "\n"
      << R"({"id":"d1","source":"WAFA","published_at":"2021-05-11T10:00:00Z","text":"The death toll in Gaza rose to 43, health officials said."})"
      << "\n"
      << R"({"id":"d2","source":"AFP","published_at":"2021-05-12T10:00:00Z","text":"\"We are counting every victim,\" Ashraf al-Qidra said. At least 53 people died in Gaza."})"
      << "\n";
  ASSERT_EQ(Cli({"ingest", path}).exit_code, kOk);

  CommandResult json = Cli({"history", "deaths", "Gaza", "--format=json"});
  ASSERT_EQ(json.exit_code, kOk) << json.stderr_text;
  std::vector<std::string> order;
  for (const v1::Evidence& figure :
       ParseJsonLines<v1::Evidence>(json.stdout_text)) {
    order.push_back(absl::StrCat(figure.report_id(), "=",
                                 figure.claim().numeric().quantity().lower()));
  }
  EXPECT_THAT(order, ElementsAre("d1=43", "d2=53", "d3=65"));

  CommandResult plot = Cli({"history", "deaths", "the Gaza Strip", "--plot"});
  ASSERT_EQ(plot.exit_code, kOk) << plot.stderr_text;
  EXPECT_THAT(plot.stdout_text, HasSubstr("\xE2\x96\x88"));
  EXPECT_LT(plot.stdout_text.find("WAFA"), plot.stdout_text.find("AFP"));
  EXPECT_THAT(plot.stdout_text, HasSubstr("3 figures"));

  CommandResult quotes = Cli({"quotes", "--speaker=Ashraf al-Qidra"});
  ASSERT_EQ(quotes.exit_code, kOk) << quotes.stderr_text;
  EXPECT_THAT(quotes.stdout_text, HasSubstr("We are counting every victim"));
  EXPECT_EQ(Cli({"quotes"}).exit_code, kUsageError);
}

TEST_F(CliTest, HealthSaysServing) {
  CommandResult health = Cli({"health"});
  EXPECT_EQ(health.exit_code, kOk) << health.stderr_text;
  EXPECT_THAT(health.stdout_text, HasSubstr("SERVING"));
}

TEST(CliUnreachableTest, StoppedServerExitsThree) {
  std::string address;
  {
    testing::FactcheckdProcess server(testing::FreshTestDir());
    ASSERT_FALSE(server.address().empty());
    address = server.address();
    server.Stop(SIGTERM);
  }
  CommandResult result =
      testing::RunCommand({testing::RunfilePath("client/factcheck"), "list",
                           "--timeout=2s", absl::StrCat("--server=", address)});
  EXPECT_EQ(result.exit_code, kUnreachable);
  EXPECT_THAT(result.stderr_text, HasSubstr(address));
}

}  // namespace
}  // namespace factcheck

namespace factcheck {
namespace {

TEST(CliAccessTest, TokenAndTlsFlagsReachAServerThatRequiresThem) {
  absl::StatusOr<testing::TestCertificates> certificates =
      testing::MakeTestCertificates(testing::FreshTestDir("certificates"));
  if (certificates.status().code() == absl::StatusCode::kUnavailable) {
    GTEST_SKIP() << "skipped: " << certificates.status().message();
  }
  ASSERT_TRUE(certificates.ok()) << certificates.status();
  const std::string tokens = testing::EmptyTestDir("tokens");
  const std::string writer = "writer-token-0123456789";
  std::ofstream(tokens + "/tokens") << writer << " writer\n";
  testing::FactcheckdProcess server(
      testing::FreshTestDir(),
      {absl::StrCat("--auth_tokens_file=", tokens, "/tokens"),
       absl::StrCat("--tls_cert=", certificates->server_cert),
       absl::StrCat("--tls_key=", certificates->server_key)});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  const std::string port =
      server.address().substr(server.address().rfind(':') + 1);
  auto cli = [&](std::vector<std::string> flags) {
    flags.insert(flags.begin(), {testing::RunfilePath("client/factcheck"),
                                 absl::StrCat("--server=localhost:", port),
                                 "--timeout=5s", "list"});
    return testing::RunCommand(flags);
  };
  const std::string tls_ca = absl::StrCat("--tls_ca=", certificates->ca_cert);

  CommandResult listed = cli({tls_ca, absl::StrCat("--token=", writer)});
  EXPECT_EQ(listed.exit_code, kOk) << listed.stderr_text;

  CommandResult anonymous = cli({tls_ca});
  EXPECT_EQ(anonymous.exit_code, kServerError);
  EXPECT_THAT(anonymous.stderr_text, HasSubstr("UNAUTHENTICATED"));

  setenv("FACTCHECK_TOKEN", writer.c_str(), 1);
  CommandResult from_environment = cli({tls_ca});
  unsetenv("FACTCHECK_TOKEN");
  EXPECT_EQ(from_environment.exit_code, kOk) << from_environment.stderr_text;

  CommandResult plaintext = cli({absl::StrCat("--token=", writer)});
  EXPECT_EQ(plaintext.exit_code, kUnreachable);

  CommandResult missing_ca = cli({"--tls_ca=/nonexistent/ca.pem"});
  EXPECT_EQ(missing_ca.exit_code, kUsageError);
  EXPECT_THAT(missing_ca.stderr_text, HasSubstr("--tls_ca"));
  EXPECT_EQ(server.Stop(SIGTERM), 0);
}

}  // namespace
}  // namespace factcheck
