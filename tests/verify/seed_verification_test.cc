// The example article (published 13 May 2021) verified against the sample
// prior reports written for it (client/samples/prior_reports.jsonl) gets the
// verdicts a careful reader would give.
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "client/inputs.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/core/fact_checker.h"
#include "tests/testing/checker_on_disk.h"
#include "tests/testing/files.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck {
namespace {

using ::factcheck::testing::ReadFile;

using ::factcheck::testing::IsOk;
using ::testing::HasSubstr;

TEST(SeedVerificationTest,
     ArticleAgainstSamplePriorsGetsACarefulReadersVerdicts) {
  absl::StatusOr<testing::CheckerOnDisk> on_disk = testing::OpenCheckerOnDisk();
  ASSERT_THAT(on_disk, IsOk());
  core::FactChecker& checker = *on_disk->checker;

  std::istringstream no_input;
  absl::StatusOr<std::vector<v1::Report>> priors = client::ReadDocuments(
      {"client/samples/prior_reports.jsonl"}, {}, no_input);
  ASSERT_THAT(priors, IsOk());
  v1::IngestReportsRequest ingest;
  for (const v1::Report& report : *priors) *ingest.add_reports() = report;
  ASSERT_THAT(checker.IngestReports(ingest), IsOk());

  v1::VerifyDocumentRequest request;
  *request.mutable_document() =
      testing::MakeReport("ians-2021-05-13", "IANS", "2021-05-13T00:00:00Z",
                          ReadFile("testdata/corpus/seed_article.txt"));
  absl::StatusOr<v1::VerifyDocumentResponse> response =
      checker.VerifyDocument(request);
  ASSERT_THAT(response, IsOk());

  auto verdict_on = [&](absl::string_view words) {
    for (const v1::ClaimVerdict& verdict : response->verdicts()) {
      const v1::Claim& claim = verdict.claim();
      if ((claim.has_numeric() && claim.numeric().text() == words) ||
          (claim.has_attributed() &&
           absl::StartsWith(claim.attributed().content(), words))) {
        return verdict;
      }
    }
    ADD_FAILURE() << "no claim " << words;
    return v1::ClaimVerdict();
  };
  // The toll rose from the 43 of 11 May, which the headline link repeats.
  const v1::ClaimVerdict toll = verdict_on("At least 65 in Gaza");
  EXPECT_EQ(toll.verdict(), v1::VERDICT_UPDATED);
  EXPECT_EQ(toll.explanation(),
            "rose from 43 (WAFA, 11 May 2021) to at least 65");
  EXPECT_EQ(verdict_on("Death toll from Israeli strikes rises to 43").verdict(),
            v1::VERDICT_CONSISTENT);
  // The readout was quoted word for word; Blinken too.
  EXPECT_EQ(verdict_on("He conveyed his unwavering support").verdict(),
            v1::VERDICT_CONSISTENT);
  EXPECT_EQ(verdict_on("He will urge, on my behalf").verdict(),
            v1::VERDICT_CONSISTENT);
  // Biden's words appeared under Kamala Harris's name the day before.
  const v1::ClaimVerdict biden = verdict_on("My expectation and hope");
  EXPECT_EQ(biden.verdict(), v1::VERDICT_MISATTRIBUTED);
  EXPECT_THAT(biden.explanation(), HasSubstr("Kamala Harris"));
  // Nothing earlier speaks of deaths in Israel or of airstrikes.
  EXPECT_EQ(verdict_on("seven in Israel").verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(verdict_on("hundreds of airstrikes").verdict(),
            v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(response->summary().claims(), 17u);
  EXPECT_EQ(response->summary().updated(), 1u);
  // "closing down sooner than later", Biden's in its MIXED claim, stands
  // inside the quotation given to Harris too, but five words are too few
  // to say who said them: the full quotation is the misattribution.
  const v1::ClaimVerdict fragment = verdict_on("the ongoing violent clashes");
  EXPECT_EQ(fragment.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(fragment.explanation(), HasSubstr("Kamala Harris"));
  EXPECT_EQ(response->summary().misattributed(), 1u);
}

}  // namespace
}  // namespace factcheck
