// Figures a fact-checker does not weigh against tolls: a share of a whole,
// a rise or fall, a projection, another year's figure, a rate counted per
// stretch of time. Each is compared with nothing (UNVERIFIED, saying why),
// and a stored report's such figures are no evidence for others. Each
// scenario is a small corpus of prior reports and one document, run
// through the real FactChecker.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;

using ComparedWithNothingTest = testing::VerdictTest;

TEST_F(ComparedWithNothingTest,
       LastYearsFigureIsHistoryNeitherJudgedNorEvidence) {
  Prior("wire-a", "Wire A", "2031-07-01T06:00:00Z",
        "Last year's floods killed 150 people in Bangladesh.");
  const v1::ClaimVerdict now =
      Only(Verify("2031-07-03T09:00:00Z",
                  "At least 48 people have died in floods in Bangladesh."),
           true);
  EXPECT_EQ(now.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(now.explanation(), "no earlier report gives deaths in Bangladesh");
  const v1::ClaimVerdict history =
      Only(Verify("2031-07-03T09:00:00Z",
                  "Last year's floods killed 150 people in Bangladesh."),
           true);
  EXPECT_TRUE(history.claim().numeric().of_an_earlier_year());
  EXPECT_THAT(history.explanation(), HasSubstr("a year before its report's"));
}

TEST_F(ComparedWithNothingTest, IncreaseIsNotComparedWithTotal) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "At least 83 people were killed in Gaza.");
  const v1::ClaimVerdict increase = Only(
      Verify("2021-05-13T10:00:00Z", "Another 20 people were killed in Gaza."),
      true);
  EXPECT_EQ(increase.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(increase.explanation(), HasSubstr("an increase, not a total"));
}

TEST_F(ComparedWithNothingTest, FigureOfAnotherYearIsHistory) {
  Prior("ap-1", "AP", "2022-09-29T10:00:00Z",
        "At least 20 people were killed in Florida.");
  const v1::ClaimVerdict history =
      Only(Verify("2022-09-30T10:00:00Z",
                  "In 2017 the storm killed 3,000 people in Florida."),
           true);
  EXPECT_EQ(history.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(history.explanation(), HasSubstr("a figure of 2017"));
}

TEST_F(ComparedWithNothingTest, FigureOfBeforeTheEventIsComparedWithNothing) {
  Prior("ap-1", "AP", "2023-05-09T10:00:00Z",
        "More than 700,000 people have been displaced in Sudan.");
  const v1::ClaimVerdict before =
      Only(Verify("2023-05-18T10:00:00Z",
                  "There were 3.8 million displaced people in Sudan before the "
                  "conflict."),
           true);
  EXPECT_EQ(before.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(before.explanation(), HasSubstr("before the event"));
  const v1::ClaimVerdict since =
      Only(Verify("2023-05-18T10:00:00Z",
                  "There are 3.8 million displaced people in Sudan since the "
                  "conflict."),
           true);
  EXPECT_EQ(since.verdict(), v1::VERDICT_UPDATED);
}

TEST_F(ComparedWithNothingTest, ShareOfAWholeIsComparedWithNoCount) {
  Prior("ap-1", "AP", "2022-03-15T10:00:00Z",
        "More than 2 million refugees have arrived in Poland.");
  const v1::ClaimVerdict share = Only(
      Verify("2022-03-16T10:00:00Z", "More than half fled into Poland."), true);
  EXPECT_EQ(share.verdict(), v1::VERDICT_UNVERIFIED) << share.explanation();
  EXPECT_THAT(share.explanation(), HasSubstr("a share"));
  const v1::ClaimVerdict count = Only(
      Verify("2022-03-16T10:00:00Z", "More than 2.5 million fled into Poland."),
      true);
  EXPECT_EQ(count.verdict(), v1::VERDICT_UPDATED) << count.explanation();
}

TEST_F(ComparedWithNothingTest,
       ProjectionIsComparedWithNothingAndIsNoEvidence) {
  Prior("ap-1", "AP", "2022-03-01T10:00:00Z",
        "Up to 4 million refugees could flee Ukraine, the UN said.");
  const v1::ClaimVerdict projected =
      Only(Verify("2022-03-02T10:00:00Z",
                  "Up to 4 million refugees may flee Ukraine, the UN warned."),
           true);
  EXPECT_EQ(projected.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(projected.explanation(), HasSubstr("projection"));
  const v1::ClaimVerdict counted =
      Only(Verify("2022-03-02T10:00:00Z",
                  "In all 900,000 refugees have fled Ukraine."),
           true);
  EXPECT_EQ(counted.verdict(), v1::VERDICT_UNVERIFIED) << counted.explanation();
  EXPECT_EQ(counted.evidence_size(), 0);
}

TEST_F(ComparedWithNothingTest, PercentNeverMatchesACount) {
  Prior("r-1", "Reuters", "2021-05-12T10:00:00Z", "Cases in Delhi rose 12%.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "Cases in Delhi rose to 12 on Monday."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(verdict.evidence_size(), 0);
}

TEST_F(ComparedWithNothingTest,
       RateCountedPerStretchOfTimeIsNoTollNorEvidence) {
  Prior("wire-a", "Wire A", "2031-07-01T06:00:00Z",
        "Floods killed 300 people in Yemen on Sunday.");
  for (const char* rate :
       {"Snakebites kill about 500 people each year in Yemen.",
        "Cholera killed 30 people a day in Yemen last month.",
        "Every year, 500 people die of snakebites in Yemen."}) {
    const v1::ClaimVerdict verdict =
        Only(Verify("2031-07-03T09:00:00Z", rate), true);
    EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED) << rate;
    EXPECT_TRUE(verdict.claim().numeric().per_period()) << rate;
    EXPECT_THAT(verdict.explanation(), HasSubstr("is a rate")) << rate;
  }
  // The same figure of one day is a toll, weighed against the earlier one.
  const v1::ClaimVerdict toll =
      Only(Verify("2031-07-03T09:00:00Z",
                  "Floods killed 500 people in Yemen a day after the storm."),
           true);
  EXPECT_EQ(toll.verdict(), v1::VERDICT_UPDATED);

  Prior("wire-b", "Wire B", "2031-07-04T06:00:00Z",
        "Malaria kills 2,000 people per year in Yemen.");
  const v1::ClaimVerdict after_rate =
      Only(Verify("2031-07-05T09:00:00Z", "Floods killed 600 people in Yemen."),
           true);
  EXPECT_EQ(after_rate.verdict(), v1::VERDICT_UPDATED)
      << "the stored rate is no higher total: " << after_rate.explanation();
  EXPECT_THAT(after_rate.explanation(), HasSubstr("300"));
}

TEST_F(ComparedWithNothingTest,
       TollPlacedByTheNameOfADisasterCountedInTwoCountriesIsNotWeighed) {
  Prior("wire-a", "Wire A", "2031-10-09T06:00:00Z",
        "At least 19,136 people were killed in Pakistan.");
  const std::string toll =
      "Rescuers searched for survivors of Pakistan's massive earthquake as "
      "the death toll rose past 20,000.";
  // The text counts the dead in Pakistan and in India apart: the toll the
  // quake's name alone places may be both countries' sum.
  const v1::VerifyDocumentResponse across =
      Verify("2031-10-10T09:00:00Z",
             toll +
                 " Officials said 19,400 people died in Pakistan. Across the "
                 "border in India, almost 700 people were killed.");
  bool found = false;
  for (const v1::ClaimVerdict& verdict : across.verdicts()) {
    if (verdict.claim().numeric().quantity().lower() != 20000) continue;
    found = true;
    EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
    EXPECT_TRUE(verdict.claim().numeric().disaster_across_borders());
    EXPECT_THAT(verdict.explanation(), HasSubstr("may be their sum"));
  }
  EXPECT_TRUE(found) << "no claim of the toll";
  // Counted in Pakistan alone, the name places it, and it is an update.
  const v1::ClaimVerdict within =
      Only(Verify("2031-10-10T09:00:00Z", toll), true);
  EXPECT_EQ(within.verdict(), v1::VERDICT_UPDATED) << within.explanation();
}

}  // namespace
}  // namespace factcheck
