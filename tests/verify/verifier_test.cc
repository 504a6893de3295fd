// Verdicts as a fact-checker expects them: each scenario is a small corpus
// of prior reports and one document, run through the real FactChecker
// (extraction, RocksDB store on a temporary directory, verification). The
// verdicts on numeric claims, and what every verdict shares (evidence, the
// cutoff, the summary, the answer's shape); quote_verdicts_test holds the
// verdicts on attributed claims, compared_with_nothing_test the figures
// weighed against no toll (shares, changes, projections, history, rates),
// figure_precision_test what a round figure, a floor or an order of
// magnitude agrees with, place_scope_test which places' figures meet,
// magnitudes_test a quake's magnitude.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/core/fact_checker.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;

using VerifierTest = testing::VerdictTest;

TEST_F(VerifierTest, WorkStopsWhenTheCallerHasGoneAndNothingIsWritten) {
  v1::VerifyDocumentRequest verify;
  *verify.mutable_document() =
      MakeReport("d", "Desk", "2021-05-13T10:00:00Z",
                 "At least 65 people were killed in Gaza.");
  const core::Call cancelled([] { return true; }, absl::InfiniteFuture());
  EXPECT_THAT(checker_->VerifyDocument(verify, cancelled),
              StatusIs(absl::StatusCode::kCancelled));
  const core::Call expired(nullptr, absl::Now() - absl::Seconds(1));
  EXPECT_THAT(checker_->VerifyDocument(verify, expired),
              StatusIs(absl::StatusCode::kDeadlineExceeded));

  v1::IngestReportsRequest ingest;
  *ingest.add_reports() = MakeReport("r", "AP", "2021-05-11T10:00:00Z",
                                     "At least 43 people were killed in Gaza.");
  // Too little time left to write: refused before the write.
  const core::Call hurried(nullptr, absl::Now() + absl::Milliseconds(10));
  EXPECT_THAT(checker_->IngestReports(ingest, hurried),
              StatusIs(absl::StatusCode::kDeadlineExceeded,
                       HasSubstr("nothing was written")));
  EXPECT_THAT(store_->Get("r"), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(checker_->IngestReports(ingest), IsOk());
}

TEST_F(VerifierTest, DeathTollRisingOverDaysIsUpdated) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "The death toll in Gaza rose to 43 on Tuesday.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UPDATED);
  EXPECT_THAT(verdict.explanation(),
              HasSubstr("rose from 43 (AP, 11 May 2021)"));
  EXPECT_THAT(verdict.explanation(), HasSubstr("to at least 65"));
  ASSERT_EQ(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).report_id(), "ap-11");
  EXPECT_GT(verdict.confidence(), 0.5);
}

TEST_F(VerifierTest, EvidenceLinksToThePriorReport) {
  v1::IngestReportsRequest request;
  v1::Report* prior = request.add_reports();
  *prior = MakeReport("ap-11", "AP", "2021-05-11T10:00:00Z",
                      "The death toll in Gaza rose to 43 on Tuesday.");
  prior->set_url("https://example.org/ap-11");
  prior->set_title("Gaza toll rises to 43");
  ASSERT_THAT(checker_->IngestReports(request), IsOk());
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  ASSERT_EQ(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).url(), "https://example.org/ap-11");
  EXPECT_EQ(verdict.evidence(0).title(), "Gaza toll rises to 43");
}

TEST_F(VerifierTest, ReportsOnceDescribesAReportCitedByTwoVerdictsOnce) {
  v1::IngestReportsRequest ingest;
  v1::Report* prior = ingest.add_reports();
  *prior = MakeReport("ap-11", "AP", "2021-05-11T10:00:00Z",
                      "At least 43 died in Gaza. At least 120 were injured in "
                      "Gaza.");
  prior->set_url("https://example.org/ap-11");
  prior->set_title("Gaza toll rises to 43");
  ASSERT_THAT(checker_->IngestReports(ingest), IsOk());
  v1::VerifyDocumentRequest request;
  *request.mutable_document() = MakeReport(
      "d", "Desk", "2021-05-11T12:00:00Z",
      "At least 43 died in Gaza. At least 120 were injured in Gaza.");
  absl::StatusOr<v1::VerifyDocumentResponse> whole =
      checker_->VerifyDocument(request);
  ASSERT_THAT(whole, IsOk());
  ASSERT_EQ(whole->verdicts_size(), 2);
  EXPECT_EQ(whole->reports_size(), 0);
  ASSERT_EQ(whole->verdicts(1).evidence_size(), 1);
  EXPECT_EQ(whole->verdicts(1).evidence(0).source(), "AP");

  request.mutable_shape()->set_reports_once(true);
  absl::StatusOr<v1::VerifyDocumentResponse> compact =
      checker_->VerifyDocument(request);
  ASSERT_THAT(compact, IsOk());
  ASSERT_EQ(compact->reports_size(), 1) << "one report, cited twice";
  const v1::Report& report = compact->reports(0);
  EXPECT_EQ(report.id(), "ap-11");
  EXPECT_EQ(report.source(), "AP");
  EXPECT_EQ(report.url(), "https://example.org/ap-11");
  EXPECT_EQ(report.title(), "Gaza toll rises to 43");
  EXPECT_EQ(report.published_at().seconds(),
            whole->verdicts(0).evidence(0).published_at().seconds());
  EXPECT_FALSE(report.has_text());
  ASSERT_EQ(compact->verdicts_size(), 2);
  for (int v = 0; v < 2; ++v) {
    ASSERT_EQ(compact->verdicts(v).evidence_size(), 1);
    const v1::Evidence& evidence = compact->verdicts(v).evidence(0);
    EXPECT_EQ(evidence.report_id(), "ap-11");
    EXPECT_EQ(evidence.source(), "");
    EXPECT_EQ(evidence.url(), "");
    EXPECT_FALSE(evidence.has_published_at());
    EXPECT_EQ(evidence.excerpt(), whole->verdicts(v).evidence(0).excerpt())
        << "each piece keeps its own words";
    EXPECT_EQ(compact->verdicts(v).verdict(), whole->verdicts(v).verdict());
  }
  EXPECT_LT(compact->ByteSizeLong(), whole->ByteSizeLong());
}

TEST_F(VerifierTest, AnswerShapeLimitsEvidenceOrKeepsOnlyTheSummary) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z", "At least 43 died in Gaza.");
  Prior("afp-11", "AFP", "2021-05-11T11:00:00Z", "At least 43 died in Gaza.");
  v1::VerifyDocumentRequest request;
  *request.mutable_document() = MakeReport("d", "Desk", "2021-05-11T12:00:00Z",
                                           "At least 43 died in Gaza.");
  absl::StatusOr<v1::VerifyDocumentResponse> whole =
      checker_->VerifyDocument(request);
  ASSERT_THAT(whole, IsOk());
  ASSERT_EQ(whole->verdicts_size(), 1);
  ASSERT_EQ(whole->verdicts(0).evidence_size(), 2);

  request.mutable_shape()->set_evidence_limit(1);
  absl::StatusOr<v1::VerifyDocumentResponse> limited =
      checker_->VerifyDocument(request);
  ASSERT_THAT(limited, IsOk());
  ASSERT_EQ(limited->verdicts_size(), 1);
  EXPECT_EQ(limited->verdicts(0).evidence_size(), 1);
  EXPECT_EQ(limited->verdicts(0).evidence(0).report_id(),
            whole->verdicts(0).evidence(0).report_id());
  EXPECT_EQ(limited->verdicts(0).verdict(), whole->verdicts(0).verdict());

  request.mutable_shape()->set_summary_only(true);
  absl::StatusOr<v1::VerifyDocumentResponse> summary =
      checker_->VerifyDocument(request);
  ASSERT_THAT(summary, IsOk());
  EXPECT_EQ(summary->verdicts_size(), 0);
  EXPECT_EQ(summary->summary().claims(), whole->summary().claims());
  EXPECT_EQ(summary->summary().consistent(), whole->summary().consistent());

  request.mutable_shape()->set_evidence_limit(-1);
  EXPECT_THAT(checker_->VerifyDocument(request),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("shape.evidence_limit")));
}

TEST_F(VerifierTest, OtherNameOfThePlaceIsTheSamePlace) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "The death toll in the Gaza Strip rose to 43 on Tuesday.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UPDATED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("rose from 43 (AP"));
}

TEST_F(VerifierTest, CountsNamingOnlyWhoTheyCountAreNeverAConflict) {
  Prior("wire-a", "Wire A", "2031-11-01T08:00:00Z",
        "Rescuers were searching for 40 people trapped in a mine in Chile.");
  const v1::ClaimVerdict people =
      Only(Verify("2031-11-01T12:00:00Z",
                  "Rescuers said 12 people were taken to hospital in Chile."),
           true);
  EXPECT_TRUE(people.claim().numeric().counts_only_who());
  EXPECT_EQ(people.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(people.explanation(), HasSubstr("names only who it counts"));
  // What befell them is said: the same time's lower figure conflicts.
  Prior("wire-b", "Wire B", "2031-11-01T08:00:00Z",
        "At least 40 people were injured in Chile.");
  const v1::ClaimVerdict injured = Only(
      Verify("2031-11-01T12:00:00Z", "Only 12 people were injured in Chile."),
      true);
  EXPECT_EQ(injured.verdict(), v1::VERDICT_CONFLICTING);
}

TEST_F(VerifierTest, TollsOfStrikesOnDifferentTownsAreNotCompared) {
  Prior("afp-1", "AFP", "2024-01-09T08:00:00Z",
        "An Israeli strike in Rafah killed 50 people.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2024-01-09T11:00:00Z",
                  "An Israeli strike in Khan Younis killed 20 people."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(verdict.claim().numeric().location(), "Khan Younis");
}

TEST_F(VerifierTest, EarlierFigureTheArticleGivesIsNoConflictOfItsOwn) {
  Prior("bbc-10", "BBC", "2023-09-10T12:00:00Z",
        "More than 2,000 people were killed in Morocco.");
  const v1::VerifyDocumentResponse response =
      Verify("2023-09-11T14:00:00Z",
             "The death toll in Morocco rose to 2,862, up from 820 on "
             "Saturday.");
  ASSERT_EQ(response.verdicts_size(), 2);
  const v1::ClaimVerdict& verdict = response.verdicts(0);
  EXPECT_EQ(verdict.claim().numeric().quantity().value(), 2862);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UPDATED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("rose from more than 2000"));
  // The 820 is the text's earlier figure: below a later report, but only
  // agreement bears on it.
  const v1::ClaimVerdict& earlier = response.verdicts(1);
  EXPECT_EQ(earlier.claim().numeric().quantity().value(), 820);
  EXPECT_EQ(earlier.verdict(), v1::VERDICT_UNVERIFIED) << earlier.explanation();
  EXPECT_THAT(earlier.explanation(), HasSubstr("as an earlier figure"));
}

TEST_F(VerifierTest, FigureACountRoseFromAgreesWithTheReportThatGaveIt) {
  Prior("reuters-9", "Reuters", "2023-03-16T09:00:00Z",
        "The death toll in Malawi rose to 225.");
  Prior("ap-10", "AP", "2023-03-16T20:00:00Z",
        "The death toll in Malawi rose to 240.");
  const v1::VerifyDocumentResponse response =
      Verify("2023-03-17T14:00:00Z",
             "The death toll in Malawi has risen from 225 to 326.");
  ASSERT_EQ(response.verdicts_size(), 2);
  // "from 225": what the text says the count stood at, and Reuters said so;
  // AP's later 240 does not bear on it.
  const v1::ClaimVerdict& earlier = response.verdicts(0);
  EXPECT_EQ(earlier.claim().numeric().quantity().value(), 225);
  EXPECT_EQ(earlier.verdict(), v1::VERDICT_CONSISTENT) << earlier.explanation();
  ASSERT_EQ(earlier.evidence_size(), 1);
  EXPECT_EQ(earlier.evidence(0).report_id(), "reuters-9");
  const v1::ClaimVerdict& risen = response.verdicts(1);
  EXPECT_EQ(risen.claim().numeric().quantity().value(), 326);
  EXPECT_EQ(risen.verdict(), v1::VERDICT_UPDATED) << risen.explanation();
  // Where no report gave the figure, it stays unverified, however it
  // stands to the others.
  const v1::ClaimVerdict unknown =
      Verify("2023-03-17T15:00:00Z",
             "The death toll in Malawi rose to 326 from 230.")
          .verdicts(1);
  EXPECT_EQ(unknown.claim().numeric().quantity().value(), 230);
  EXPECT_EQ(unknown.verdict(), v1::VERDICT_UNVERIFIED) << unknown.explanation();
}

TEST_F(VerifierTest, FigureDatedToAnEarlierDayIsJudgedByThatDaysReports) {
  Prior("reuters-9", "Reuters", "2023-09-09T09:00:00Z",
        "The death toll in Morocco rose to 820.");
  Prior("bbc-10", "BBC", "2023-09-10T12:00:00Z",
        "More than 2,000 people were killed in Morocco.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2023-09-11T14:00:00Z",
                  "On Saturday, officials had reported 820 deaths in "
                  "Morocco."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).report_id(), "reuters-9");
}

// "nearly 70" in Wednesday's copy, dated by its text to Tuesday, when 73
// was reported that evening: the hour of its figure is unknown, and a
// total only grows, so it is taken for that day's earlier count. Without
// the day, a lower total published within hours of a higher one conflicts.
TEST_F(VerifierTest, LowerTotalOfTheDayAHigherOneWasReportedIsOutdated) {
  Prior("kyodo-15", "Kyodo", "2019-10-15T11:00:00Z",
        "The death toll in Japan rose to 73.");
  const v1::ClaimVerdict dated =
      Only(Verify("2019-10-16T00:00:00Z",
                  "On Tuesday, the death toll in Japan stood at 68."),
           true);
  EXPECT_EQ(dated.verdict(), v1::VERDICT_OUTDATED);
  EXPECT_THAT(dated.explanation(), HasSubstr("that day's earlier count"));
  const v1::ClaimVerdict undated = Only(
      Verify("2019-10-15T20:00:00Z", "The death toll in Japan stood at 68."),
      true);
  EXPECT_EQ(undated.verdict(), v1::VERDICT_CONFLICTING);
}

TEST_F(VerifierTest,
       MagnitudesOfAftershocksAndLaterQuakesAreComparedWithNothing) {
  Prior("wire-1", "Wire", "2023-09-09T08:00:00Z",
        "A 6.0 magnitude aftershock struck in Al Haouz.");
  const v1::ClaimVerdict later =
      Only(Verify("2023-09-09T11:00:00Z",
                  "A 5.4 magnitude aftershock struck in Al Haouz."),
           true);
  EXPECT_EQ(later.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(later.explanation(), HasSubstr("compared with nothing"));
}

// The missing are a level: "300 still missing" days after "385 missing"
// updates the list (people were found), as a rise does.
TEST_F(VerifierTest, FewerMissingLaterUpdateTheList) {
  Prior("ap-1", "AP", "2023-08-25T10:00:00Z",
        "At least 385 people are missing in Hawaii, officials said.");
  const v1::ClaimVerdict fewer =
      Only(Verify("2023-08-27T10:00:00Z",
                  "Officials said 300 people are still missing in Hawaii."),
           true);
  EXPECT_EQ(fewer.verdict(), v1::VERDICT_UPDATED);
  EXPECT_THAT(fewer.explanation(), HasSubstr("fell from at least 385"));
  const v1::ClaimVerdict more =
      Only(Verify("2023-08-27T10:00:00Z",
                  "Officials said 400 people are still missing in Hawaii."),
           true);
  EXPECT_EQ(more.verdict(), v1::VERDICT_UPDATED);
}

// Only the newest list bears on a later figure of the missing: 605 agrees
// with the 605 of a day before though an older list had 699.
TEST_F(VerifierTest, OlderLongerListOfMissingIsNoContradiction) {
  Prior("cbs-1", "CBS", "2018-11-19T10:00:00Z",
        "Officials said 699 people are missing in California.");
  Prior("ap-1", "AP", "2018-11-22T10:00:00Z",
        "Officials said 605 people are missing in California.");
  const v1::ClaimVerdict later =
      Only(Verify("2018-11-23T10:00:00Z",
                  "Officials said 605 people are missing in California."),
           true);
  EXPECT_EQ(later.verdict(), v1::VERDICT_CONSISTENT);
}

// Officials' guess of 10,000 dead is no count: the official 1,774 two
// days later is no older figure of it (nor 5,209 "10,000" rounded), while
// the guess restated agrees with the guess.
TEST_F(VerifierTest, GuessAtTheTollIsComparedOnlyWithGuesses) {
  Prior("wire-1", "Wire", "2013-11-10T10:00:00Z",
        "In the Philippines, officials had feared 10,000 people died.");
  const v1::ClaimVerdict count = Only(
      Verify("2013-11-12T10:00:00Z",
             "In the Philippines, the official death toll stood at 1,774."),
      true);
  EXPECT_EQ(count.verdict(), v1::VERDICT_UNVERIFIED);
  const v1::ClaimVerdict guess =
      Only(Verify("2013-11-12T10:00:00Z",
                  "In the Philippines, officials had feared 10,000 people "
                  "died."),
           true);
  EXPECT_EQ(guess.verdict(), v1::VERDICT_CONSISTENT) << guess.explanation();
}

// "10,000" is ten thousands, rounded to two figures: 5,209 is not it
// rounded, so the later count does not agree with it.
TEST_F(VerifierTest, TenThousandIsNoRoundingOfFiveThousand) {
  Prior("wire-1", "Wire", "2013-11-10T10:00:00Z",
        "In the Philippines, 10,000 people died, officials said.");
  const v1::ClaimVerdict count =
      Only(Verify("2013-11-12T10:00:00Z",
                  "In the Philippines, 5,209 people died, officials said."),
           true);
  EXPECT_NE(count.verdict(), v1::VERDICT_CONSISTENT) << count.explanation();
}

TEST_F(VerifierTest, CountOfACompassPartIsNotWeighedAgainstTheWhole) {
  Prior("wire-1", "Wire", "2023-09-08T20:00:00Z",
        "At least 200 people have been killed in Syria, officials said.");
  const v1::ClaimVerdict part =
      Only(Verify("2023-09-09T20:00:00Z",
                  "At least 20 people have been killed in northern Syria, "
                  "officials said."),
           true);
  EXPECT_EQ(part.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(part.explanation(), HasSubstr("counts a part of the place"));
  const v1::ClaimVerdict whole = Only(
      Verify("2023-09-09T20:00:00Z",
             "At least 20 people have been killed in Syria, officials said."),
      true);
  EXPECT_EQ(whole.verdict(), v1::VERDICT_OUTDATED);
  // A compass part of a region or an island, not only of a country.
  Prior("wire-2", "Wire", "2023-09-08T20:00:00Z",
        "At least 131 people have been killed in Lombok, officials said.");
  const v1::ClaimVerdict island_part =
      Only(Verify("2023-09-08T22:00:00Z",
                  "Of the fatalities, 78 were in northern Lombok, officials "
                  "said."),
           true);
  EXPECT_EQ(island_part.verdict(), v1::VERDICT_UNVERIFIED)
      << island_part.explanation();
  EXPECT_THAT(island_part.explanation(),
              HasSubstr("counts a part of the place"));
}

TEST_F(VerifierTest, DaysCountBelowATotalReportedBeforeThatDayIsNoOlderTotal) {
  // 2023-09-09 was a Saturday; the total was reported on the Friday.
  Prior("wire-1", "Wire", "2023-09-08T20:00:00Z",
        "The death toll in Gaza rose to 145, health officials said.");
  const v1::ClaimVerdict day =
      Only(Verify("2023-09-11T08:00:00Z",
                  "At least 42 people were killed in Gaza on Saturday, health "
                  "officials said."),
           true);
  EXPECT_EQ(day.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(day.explanation(), HasSubstr("that day's count"));
  // In the copy of that same day too.
  const v1::ClaimVerdict same_day =
      Only(Verify("2023-09-09T20:00:00Z",
                  "At least 42 people were killed in Gaza on Saturday, health "
                  "officials said."),
           true);
  EXPECT_EQ(same_day.verdict(), v1::VERDICT_UNVERIFIED);
  // Undated, the same figure is an older total.
  const v1::ClaimVerdict undated =
      Only(Verify("2023-09-11T08:00:00Z",
                  "At least 42 people were killed in Gaza, health officials "
                  "said."),
           true);
  EXPECT_EQ(undated.verdict(), v1::VERDICT_OUTDATED);
}

TEST_F(VerifierTest, FigureDatedBeforeEveryReportSaysWhichDayItWasJudgedBy) {
  Prior("bbc-10", "BBC", "2023-09-10T12:00:00Z",
        "More than 2,000 people were killed in Morocco.");
  const v1::ClaimVerdict dated =
      Only(Verify("2023-09-11T14:00:00Z",
                  "On Saturday, officials had reported 820 deaths in "
                  "Morocco."),
           true);
  EXPECT_EQ(dated.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(dated.explanation(),
              HasSubstr("by the end of the day its text gives the figure for "
                        "(9 Sep 2023): later reports are not compared"));
  const v1::ClaimVerdict undated =
      Only(Verify("2023-09-09T14:00:00Z",
                  "Officials had reported 820 deaths in Morocco."),
           true);
  EXPECT_EQ(undated.explanation(), "no earlier report gives deaths in Morocco");
}

TEST_F(VerifierTest, ChildrenCountIsNotComparedWithTotal) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "At least 83 people were killed in Gaza.");
  const v1::VerifyDocumentResponse response =
      Verify("2021-05-13T10:00:00Z",
             "At least 120 people were killed in Gaza, including 31 "
             "children.");
  ASSERT_EQ(response.verdicts_size(), 2);
  EXPECT_EQ(response.verdicts(0).verdict(), v1::VERDICT_UPDATED);
  const v1::ClaimVerdict& children = response.verdicts(1);
  EXPECT_EQ(children.claim().numeric().subgroup(), "children");
  EXPECT_EQ(children.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(children.explanation(), HasSubstr("deaths of children"));
}

TEST_F(VerifierTest, DeadAndMissingTogetherAreComparedOnlyWithTheSameCount) {
  Prior("ap-21", "AP", "2014-04-21T10:00:00Z",
        "The ferry sinking in South Korea has left 87 dead and 215 missing.");
  const v1::ClaimVerdict combined =
      Only(Verify("2014-04-22T10:00:00Z",
                  "The ferry sinking in South Korea left 300 people dead or "
                  "missing."),
           true);
  EXPECT_EQ(combined.claim().numeric().measure(), "dead or missing");
  EXPECT_EQ(combined.verdict(), v1::VERDICT_UNVERIFIED)
      << combined.explanation();
  Prior("afp-23", "AFP", "2014-04-23T10:00:00Z",
        "The ferry sinking in South Korea left 250 people dead or missing.");
  const v1::ClaimVerdict later =
      Only(Verify("2014-04-24T10:00:00Z",
                  "The ferry sinking in South Korea left 302 people dead or "
                  "missing."),
           true);
  EXPECT_EQ(later.verdict(), v1::VERDICT_UPDATED) << later.explanation();
  ASSERT_EQ(later.evidence_size(), 1);
}

TEST_F(VerifierTest, RiseAgreesWithTheSameRiseOfThatTimeOrItsRepetition) {
  Prior("ap-1", "AP", "2022-08-28T06:00:00Z",
        "In Pakistan, 119 people died and 4 were injured in the past 24 "
        "hours.");
  const std::string text =
      "In Pakistan, 119 people died and 4 were injured in the last 24 hours.";
  const v1::VerifyDocumentResponse same = Verify("2022-08-28T12:00:00Z", text);
  ASSERT_EQ(same.verdicts_size(), 2);
  EXPECT_EQ(same.verdicts(0).verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_THAT(same.verdicts(0).explanation(),
              HasSubstr("the same rise reported within 12 hours"));
  EXPECT_EQ(same.verdicts(1).verdict(), v1::VERDICT_CONSISTENT);
  // Two days on, 119 is the earlier day's figure repeated; 4 may be
  // another day's by chance.
  const v1::VerifyDocumentResponse repeated =
      Verify("2022-08-30T12:00:00Z", text);
  ASSERT_EQ(repeated.verdicts_size(), 2);
  EXPECT_EQ(repeated.verdicts(0).verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_THAT(repeated.verdicts(0).explanation(),
              HasSubstr("a figure repeated from an earlier day"));
  EXPECT_EQ(repeated.verdicts(1).verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(repeated.verdicts(1).explanation(),
              HasSubstr("an increase, not a total"));
  const v1::ClaimVerdict week_later =
      Only(Verify("2022-09-04T12:00:00Z",
                  "In the last 24 hours 119 people died in Pakistan, officials "
                  "said."),
           true);
  EXPECT_EQ(week_later.verdict(), v1::VERDICT_UNVERIFIED);
}

TEST_F(VerifierTest, CountFarBelowAnEarlierTotalIsNoOlderFigure) {
  Prior("ht-1", "HT", "2015-04-27T10:00:00Z",
        "In India, the death toll climbed to 72, with 56 deaths in Bihar.");
  const v1::ClaimVerdict far_below =
      Only(Verify("2015-05-13T10:00:00Z",
                  "Officials said 16 people had been killed in Bihar."),
           true);
  EXPECT_EQ(far_below.verdict(), v1::VERDICT_UNVERIFIED)
      << far_below.explanation();
  EXPECT_THAT(far_below.explanation(), HasSubstr("less than half"));
  const v1::ClaimVerdict older =
      Only(Verify("2015-05-13T10:00:00Z",
                  "Officials said 46 people had been killed in Bihar."),
           true);
  EXPECT_EQ(older.verdict(), v1::VERDICT_OUTDATED) << older.explanation();
}

TEST_F(VerifierTest, TollOfOneAttackIsComparedOnlyWithThatAttacksDays) {
  Prior("tass-1", "TASS", "2020-10-11T10:00:00Z",
        "Nine people were killed and 34 wounded in Tovuz during the strike.");
  // Six days on, another attack's toll in the same place.
  const v1::ClaimVerdict later =
      Only(Verify("2020-10-17T10:00:00Z",
                  "More than 40 people were injured in Tovuz in an "
                  "early-hours missile attack."),
           true);
  EXPECT_EQ(later.verdict(), v1::VERDICT_UNVERIFIED) << later.explanation();
  EXPECT_THAT(later.explanation(), HasSubstr("one attack"));
  // A day on, the same attack's toll.
  const v1::ClaimVerdict next_day =
      Only(Verify("2020-10-12T10:00:00Z",
                  "More than 40 people were injured in Tovuz in the missile "
                  "strike."),
           true);
  EXPECT_EQ(next_day.verdict(), v1::VERDICT_UPDATED) << next_day.explanation();
  // A toll that names no attack rises from no attack's toll, but agrees
  // with it.
  const v1::ClaimVerdict whole =
      Only(Verify("2020-10-12T10:00:00Z",
                  "In all, 60 people were injured in Tovuz."),
           true);
  EXPECT_EQ(whole.verdict(), v1::VERDICT_UNVERIFIED) << whole.explanation();
  const v1::ClaimVerdict same =
      Only(Verify("2020-10-12T10:00:00Z",
                  "In all, 34 people were injured in Tovuz."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
}

TEST_F(VerifierTest, CityWhoseOnlyTollIsAnAttacksLeavesTheCountrysToCompare) {
  // Beirut's only figure is the blast's toll, no running total of the city:
  // a count that names no attack is weighed against the country's.
  Prior("afp-1", "AFP", "2020-08-11T10:00:00Z",
        "Lebanon mourns its dead\nThe blast in Beirut killed 160 people on "
        "Tuesday.\nAid reached Lebanon on Friday.\nThe death toll has "
        "reached 171, the ministry said.");
  const v1::VerifyDocumentResponse response =
      Verify("2020-08-14T10:00:00Z",
             "In all, 178 people were killed in Beirut. Some 300,000 "
             "people are homeless in Lebanon.");
  ASSERT_EQ(response.verdicts_size(), 2);
  const v1::ClaimVerdict& rose = response.verdicts(0);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
  EXPECT_THAT(rose.explanation(), HasSubstr("rose from 171"));
}

TEST_F(VerifierTest, LatestReportStandsByItsHighestFigureOfTheScope) {
  Prior("ap-1", "AP", "2022-10-25T10:00:00Z",
        "Officials said 118 people have died in Florida. In the morning "
        "officials had said 4 people have died in Florida.");
  const v1::ClaimVerdict rose =
      Only(Verify("2022-10-26T10:00:00Z",
                  "Officials said 122 people have died in Florida."),
           true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
  EXPECT_THAT(rose.explanation(), HasSubstr("rose from 118"));
}

TEST_F(VerifierTest, FigureAReportAlreadyGaveIsNoUpdate) {
  Prior("ap-1", "AP", "2022-03-18T08:00:00Z",
        "In all 3.2 million refugees have fled Ukraine.");
  Prior("afp-2", "AFP", "2022-03-18T12:00:00Z",
        "More than 3.1 million refugees have fled Ukraine.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2022-03-19T10:00:00Z",
                  "In all 3.2 million refugees have fled Ukraine."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT) << verdict.explanation();
  ASSERT_GE(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).report_id(), "ap-1");
}

TEST_F(VerifierTest, LowerTotalDaysAfterAHigherOneIsOutdated) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "At least 83 people were killed in Gaza.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 20 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_OUTDATED);
  EXPECT_THAT(verdict.explanation(),
              HasSubstr("lower than at least 83 (AP, 11 May 2021)"));
  ASSERT_EQ(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).report_id(), "ap-11");
}

TEST_F(VerifierTest, HigherFloorADayLaterIsUpdated) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "At least 83 people were killed in Gaza.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-12T10:00:00Z",
                  "At least 120 people were killed in Gaza."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UPDATED);
}

TEST_F(VerifierTest, MoreThanAnEarlierRoundFigureIsThatFigureSaidLoosely) {
  Prior("afp-4", "AFP", "2010-02-04T10:00:00Z",
        "In Haiti 300,000 people had been injured.");
  const v1::ClaimVerdict round =
      Only(Verify("2010-02-05T10:00:00Z",
                  "In Haiti more than 300,000 people had been injured."),
           true);
  EXPECT_EQ(round.verdict(), v1::VERDICT_CONSISTENT) << round.explanation();
  // A figure not rounded is a count: more than it is a rise.
  Prior("xinhua-31", "Xinhua", "2022-10-31T10:00:00Z",
        "In Seoul 149 people were injured.");
  const v1::ClaimVerdict counted =
      Only(Verify("2022-11-01T10:00:00Z",
                  "In Seoul more than 149 people were injured."),
           true);
  EXPECT_EQ(counted.verdict(), v1::VERDICT_UPDATED) << counted.explanation();
}

TEST_F(VerifierTest, LowerTotalWithinHoursConflicts) {
  Prior("afp-1", "AFP", "2023-09-12T08:00:00Z",
        "Some 30 people were killed in Derna.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2023-09-12T11:00:00Z",
                  "Rescuers said 12 people were killed in Derna."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONFLICTING);
  EXPECT_THAT(verdict.explanation(), HasSubstr("conflicts with about 30 (AFP"));
}

TEST_F(VerifierTest, TotalTheTextRevisesDownFromThePriorsFigureIsNoConflict) {
  Prior("afp-1", "AFP", "2023-09-12T08:00:00Z",
        "Some 30 people were killed in Derna.");
  const v1::VerifyDocumentResponse revised =
      Verify("2023-09-12T11:00:00Z",
             "Officials revised the number of people killed in Derna to 12, "
             "down from the previous estimate of 30.");
  const v1::ClaimVerdict* lower = nullptr;
  for (const v1::ClaimVerdict& verdict : revised.verdicts()) {
    if (verdict.claim().numeric().quantity().value() == 12) lower = &verdict;
  }
  ASSERT_NE(lower, nullptr);
  EXPECT_EQ(lower->verdict(), v1::VERDICT_UNVERIFIED) << lower->explanation();
  EXPECT_THAT(lower->explanation(), HasSubstr("the one it revises"));
}

TEST_F(VerifierTest, LowerFloorWithinHoursRepeatsAnOlderCountNoConflict) {
  // "At least 15" the morning 17 was given: 17 is at least 15, and the
  // floor is yesterday's count repeated.
  Prior("wsb-1", "WSB", "2024-09-28T08:00:00Z",
        "Today, 17 people have died in Georgia.");
  const v1::ClaimVerdict floor = Only(
      Verify("2024-09-28T11:00:00Z", "At least 15 people died in Georgia."),
      true);
  EXPECT_EQ(floor.verdict(), v1::VERDICT_OUTDATED) << floor.explanation();
  EXPECT_THAT(floor.explanation(), HasSubstr("lower than 17 (WSB"));
  // A count wholly below it still conflicts.
  const v1::ClaimVerdict below =
      Only(Verify("2024-09-28T11:00:00Z", "Exactly 15 people died in Georgia."),
           true);
  EXPECT_EQ(below.verdict(), v1::VERDICT_CONFLICTING) << below.explanation();
}

TEST_F(VerifierTest, EnemysClaimOfASidesDeadIsNotComparedWithTheSidesOwn) {
  Prior("wire-a", "Wire A", "2020-10-01T08:00:00Z",
        "The Azerbaijani defence ministry said 160 Armenian soldiers have been "
        "killed in Armenia.");
  const v1::ClaimVerdict own = Only(
      Verify("2020-10-01T11:00:00Z",
             "The Armenian defence ministry said 20 Armenian soldiers have "
             "been killed in Armenia."),
      true);
  EXPECT_EQ(own.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(own.explanation(),
              HasSubstr("160 (Wire A, 1 Oct 2020) is Azerbaijan's claim"));
  // The same side's claim, lower within hours, conflicts with it.
  const v1::ClaimVerdict same = Only(
      Verify("2020-10-01T11:00:00Z",
             "The Azerbaijani defence ministry said 20 Armenian soldiers have "
             "been killed in Armenia."),
      true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONFLICTING);
}

TEST_F(VerifierTest, FightersOneSideSaysItKilledAreNotTheOtherSidesCount) {
  Prior("wire-a", "Wire A", "2020-10-01T08:00:00Z",
        "The Azerbaijani army said it had killed 160 militants in Armenia.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2020-10-01T12:00:00Z",
             "Armenian officials said 20 fighters were killed in Armenia."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("is Azerbaijan's claim"));
}

TEST_F(VerifierTest, GroupsOwnCountOfItsFightersIsNotTheEnemysClaim) {
  Prior("wire-a", "Wire A", "2020-10-01T08:00:00Z",
        "The Azerbaijani army said it had killed 160 militants in Tovuz.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2020-10-01T12:00:00Z",
                  "The Mountain Front said 20 of its fighters were killed in "
                  "Tovuz."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("is Azerbaijan's claim"));
}

TEST_F(VerifierTest, HigherTotalWithinHoursIsUpdated) {
  Prior("afp-1", "AFP", "2023-09-12T08:00:00Z",
        "Rescuers said 12 people were killed in Derna.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2023-09-12T11:00:00Z", "Some 30 people were killed in Derna."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UPDATED);
}

// A link to an earlier article, as news sites print them inside a story.
constexpr char kRelatedArticleLine[] =
    "Read: Gaza officials: Death toll rises to 43";

TEST_F(VerifierTest, RelatedArticleFigureIsNoConflictWithNewerReports) {
  Prior("ap-13", "AP", "2021-05-13T06:00:00Z",
        "At least 65 people were killed in Gaza.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z", kRelatedArticleLine), true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("related article"));
}

TEST_F(VerifierTest, RelatedArticleFigureAgreesWithTheReportItLinksTo) {
  Prior("wafa-11", "WAFA", "2021-05-11T10:00:00Z",
        "The death toll in Gaza rose to 43 on Tuesday.");
  Prior("ap-13", "AP", "2021-05-13T06:00:00Z",
        "At least 65 people were killed in Gaza.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z", kRelatedArticleLine), true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).report_id(), "wafa-11");
}

TEST_F(VerifierTest, RelatedArticleLinesOfStoredReportsAreNoEvidence) {
  Prior("ians-13", "IANS", "2021-05-13T06:00:00Z", kRelatedArticleLine);
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(verdict.evidence_size(), 0);
}

TEST_F(VerifierTest, LaterReportsAreNotEvidence) {
  Prior("ap-14", "AP", "2021-05-14T10:00:00Z",
        "At least 80 people were killed in Gaza.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
}

TEST_F(VerifierTest, AsOfMovesTheCutoff) {
  Prior("ap-14", "AP", "2021-05-14T10:00:00Z",
        "At least 80 people were killed in Gaza.");
  v1::VerifyDocumentRequest request;
  *request.mutable_document() =
      MakeReport("d", "Desk", "2021-05-13T10:00:00Z",
                 "At least 65 people were killed in Gaza.");
  *request.mutable_as_of() = testing::Time("2021-05-15T00:00:00Z");
  absl::StatusOr<v1::VerifyDocumentResponse> response =
      checker_->VerifyDocument(request);
  ASSERT_THAT(response, IsOk());
  // By then "at least 80" was published, so "at least 65" is an older
  // figure; without as_of the same report was no evidence at all
  // (LaterReportsAreNotEvidence).
  const v1::ClaimVerdict verdict = Only(*response, true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_OUTDATED);
  ASSERT_EQ(verdict.evidence_size(), 1);
  EXPECT_EQ(verdict.evidence(0).report_id(), "ap-14");
}

TEST_F(VerifierTest, StoredReportIsNeverEvidenceAgainstItself) {
  const std::string text = "At least 65 people were killed in Gaza.";
  Prior("ians-1", "IANS", "2021-05-13T10:00:00Z", text);
  const v1::VerifyDocumentResponse response =
      Verify("2021-05-13T10:00:00Z", text, "ians-1");
  EXPECT_EQ(Only(response, true).verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(response.document_id(), "ians-1");
}

TEST_F(VerifierTest, WireCopiesCountAsOneSource) {
  const std::string wire =
      "At least 65 people were killed in Gaza, officials said.";
  Prior("ap-1", "AP", "2021-05-12T09:00:00Z", wire);
  Prior("star-1", "Daily Star", "2021-05-12T10:00:00Z", wire);
  Prior("gulf-1", "Gulf Times", "2021-05-12T11:00:00Z", wire);
  Prior("r-1", "Reuters", "2021-05-12T12:00:00Z",
        "Gaza's health ministry said 65 people were killed in Gaza.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(verdict.evidence_size(), 4);
  EXPECT_EQ(verdict.independent_sources(), 2u);
  EXPECT_THAT(verdict.explanation(), HasSubstr("3 copies of one wire story"));
}

TEST_F(VerifierTest, SummaryCountsEveryVerdict) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "The death toll in Gaza rose to 43 on Tuesday.");
  const v1::VerifyDocumentResponse response =
      Verify("2021-05-13T10:00:00Z",
             "At least 65 people were killed in Gaza. Seven people were "
             "killed in Israel.");
  EXPECT_EQ(response.summary().claims(), 2u);
  EXPECT_EQ(response.summary().updated(), 1u);
  EXPECT_EQ(response.summary().unverified(), 1u);
}

TEST_F(VerifierTest, LowerFigureBesideAHigherOneOfItsOwnTextIsNoOlderTotal) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "At least 83 people were killed in Gaza.");
  const v1::VerifyDocumentResponse both = Verify(
      "2021-05-13T10:00:00Z",
      "Twenty people were killed in Gaza. The toll in Gaza reached 200.");
  ASSERT_EQ(both.verdicts_size(), 2);
  EXPECT_EQ(both.verdicts(0).verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(both.verdicts(0).explanation(),
              HasSubstr("the text also gives 200 deaths in Gaza"));
  EXPECT_EQ(both.verdicts(1).verdict(), v1::VERDICT_UPDATED);
}

TEST_F(VerifierTest, PartsOfALowerFigureBesideAHigherOneAreNoOlderTotals) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "1,243 people were reported injured in Punjab, of which 260 are "
        "children, 395 women and 588 men.");
  const std::string breakdown =
      "471 people were reported injured in Punjab, of which 119 are "
      "children, 168 women and 184 men.";
  const auto women = [](const v1::VerifyDocumentResponse& response) {
    for (const v1::ClaimVerdict& verdict : response.verdicts()) {
      if (verdict.claim().numeric().subgroup() == "women") return verdict;
    }
    return v1::ClaimVerdict();
  };
  const v1::ClaimVerdict beside = women(
      Verify("2021-05-13T10:00:00Z",
             breakdown + " The number of injured in Punjab reached 3,737."));
  EXPECT_EQ(beside.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(beside.explanation(),
              HasSubstr("the text also gives 3737 injured in Punjab"));
  const v1::ClaimVerdict alone =
      women(Verify("2021-05-13T10:00:00Z", breakdown));
  EXPECT_EQ(alone.verdict(), v1::VERDICT_OUTDATED) << alone.explanation();
}

}  // namespace
}  // namespace factcheck
