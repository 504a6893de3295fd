// How precisely a figure is stated decides what it agrees with: a round
// figure covers what rounds to it, a floor ("at least", "more than") the
// figures past it, "as many as" and "nearly" the figures near them, and an
// order of magnitude ("hundreds", "thousands") or a vague figure is never
// an older, newer or conflicting one, nor a figure a count rose from. Each
// scenario runs the real FactChecker (extraction, RocksDB store on a temporary
// directory, verification), as verifier_test does.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;

using FigurePrecisionTest = testing::VerdictTest;

TEST_F(FigurePrecisionTest, OrderOfMagnitudeIsNeverAnOlderOrConflictingFigure) {
  Prior("ap-1", "AP", "2023-09-19T10:00:00Z",
        "At least 11,300 people were killed in Derna, officials said.");
  const v1::ClaimVerdict vague = Only(
      Verify("2023-09-21T10:00:00Z",
             "The floods killed thousands of people in Derna, officials said."),
      true);
  EXPECT_EQ(vague.verdict(), v1::VERDICT_UNVERIFIED) << vague.explanation();
  EXPECT_THAT(vague.explanation(), HasSubstr("order of magnitude"));
  const v1::ClaimVerdict precise =
      Only(Verify("2023-09-21T10:00:00Z",
                  "The floods killed 3,000 people in Derna, officials said."),
           true);
  EXPECT_EQ(precise.verdict(), v1::VERDICT_OUTDATED) << precise.explanation();
}

TEST_F(FigurePrecisionTest, FigureAboveOnlyAnOrderOfMagnitudeIsNoUpdate) {
  Prior("ap-1", "AP", "2023-09-19T10:00:00Z",
        "Thousands of people were left homeless in Derna, officials said.");
  const v1::ClaimVerdict figure =
      Only(Verify("2023-09-20T10:00:00Z",
                  "More than 20,000 people were left homeless in Derna, "
                  "officials said."),
           true);
  EXPECT_EQ(figure.verdict(), v1::VERDICT_UNVERIFIED) << figure.explanation();
  EXPECT_THAT(figure.explanation(),
              HasSubstr("earlier reports give only an order of magnitude"));
  // Above a figure, it is an update.
  Prior("ap-2", "AP", "2023-09-19T12:00:00Z",
        "About 5,000 people were left homeless in Derna, officials said.");
  const v1::ClaimVerdict risen =
      Only(Verify("2023-09-20T10:00:00Z",
                  "More than 20,000 people were left homeless in Derna, "
                  "officials said."),
           true);
  EXPECT_EQ(risen.verdict(), v1::VERDICT_UPDATED) << risen.explanation();
}

TEST_F(FigurePrecisionTest, SumOfMoneyForNoKnownMeasureOnlyAgrees) {
  Prior("fema-1", "FEMA", "2031-10-06T10:00:00Z",
        "FEMA has handed out $137 million in Florida.");
  // Another program's sum, the same day or later, higher or lower.
  for (const char* other :
       {"FEMA approved $189 million for debris removal in Florida.",
        "FEMA approved $90 million for debris removal in Florida."}) {
    for (const char* when : {"2031-10-06T12:00:00Z", "2031-10-09T10:00:00Z"}) {
      const v1::ClaimVerdict sum = Only(Verify(when, other), true);
      EXPECT_EQ(sum.verdict(), v1::VERDICT_UNVERIFIED)
          << other << " at " << when << ": " << sum.explanation();
    }
  }
  const v1::ClaimVerdict same =
      Only(Verify("2031-10-07T10:00:00Z",
                  "FEMA said it had handed out $137 million in Florida."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
}

TEST_F(FigurePrecisionTest, PreciseFigureBelowItsEarlierRoundingAgreesWithIt) {
  Prior("ap-1", "AP", "2022-03-15T10:00:00Z",
        "The war has displaced 6.5 million people inside Ukraine.");
  const v1::ClaimVerdict precise =
      Only(Verify("2022-03-17T10:00:00Z",
                  "The war has displaced 6.48 million people inside Ukraine."),
           true);
  EXPECT_EQ(precise.verdict(), v1::VERDICT_CONSISTENT) << precise.explanation();
  const v1::ClaimVerdict lower =
      Only(Verify("2022-03-17T10:00:00Z",
                  "The war has displaced 6.38 million people inside Ukraine."),
           true);
  EXPECT_EQ(lower.verdict(), v1::VERDICT_OUTDATED) << lower.explanation();
}

// "290" dead is a count, not 292 rounded to its tens: 292 two days later is
// a rise, and 290 after 292 an older figure.
TEST_F(FigurePrecisionTest, CountToItsTensIsNoRoundingOfALaterCount) {
  Prior("ap-1", "AP", "2016-08-28T10:00:00Z",
        "The earthquake has killed 290 people in Italy.");
  const v1::ClaimVerdict higher =
      Only(Verify("2016-08-30T10:00:00Z",
                  "The earthquake has killed 292 people in Italy."),
           true);
  EXPECT_EQ(higher.verdict(), v1::VERDICT_UPDATED) << higher.explanation();
  Prior("ap-2", "AP", "2016-08-30T10:00:00Z",
        "The earthquake has killed 292 people in Italy.");
  const v1::ClaimVerdict lower =
      Only(Verify("2016-08-31T10:00:00Z",
                  "The earthquake has killed 290 people in Italy."),
           true);
  EXPECT_EQ(lower.verdict(), v1::VERDICT_OUTDATED) << lower.explanation();
}

// A headline rounds ("4,000 injured" after 4,072): a round figure that an
// earlier precise one rounds to is that count rounded or an older one, and
// the figures do not say which; a round figure it does not round to is
// lower still.
TEST_F(FigurePrecisionTest, RoundFigureAnEarlierOneRoundsToIsNotCalledOlder) {
  Prior("ap-1", "AP", "2023-04-24T10:00:00Z",
        "The ministry said 4,072 people were injured in Sudan.");
  const v1::ClaimVerdict rounded = Only(
      Verify("2023-04-25T10:00:00Z", "4,000 people were injured in Sudan."),
      true);
  EXPECT_EQ(rounded.verdict(), v1::VERDICT_UNVERIFIED) << rounded.explanation();
  EXPECT_THAT(rounded.explanation(), HasSubstr("rounds to"));
  const v1::ClaimVerdict lower = Only(
      Verify("2023-04-25T10:00:00Z", "3,000 people were injured in Sudan."),
      true);
  EXPECT_EQ(lower.verdict(), v1::VERDICT_OUTDATED) << lower.explanation();
}

TEST_F(FigurePrecisionTest, FigureAnEarlierFloorNamedIsNotCalledOlder) {
  Prior("ap-1", "AP", "2019-04-22T10:00:00Z",
        "More than 500 people were wounded in Sri Lanka.");
  const v1::ClaimVerdict floor = Only(
      Verify("2019-04-23T10:00:00Z", "500 people were wounded in Sri Lanka."),
      true);
  EXPECT_EQ(floor.verdict(), v1::VERDICT_CONSISTENT) << floor.explanation();
  const v1::ClaimVerdict lower = Only(
      Verify("2019-04-23T10:00:00Z", "400 people were wounded in Sri Lanka."),
      true);
  EXPECT_EQ(lower.verdict(), v1::VERDICT_OUTDATED) << lower.explanation();
}

TEST_F(FigurePrecisionTest, FigureJustPastAnOpenFloorAgreesWithIt) {
  Prior("ap-1", "AP", "2022-03-15T10:00:00Z",
        "More than 3 million refugees have fled from Ukraine.");
  const v1::ClaimVerdict agrees =
      Only(Verify("2022-03-16T10:00:00Z",
                  "The number of refugees from Ukraine has reached 3,000,381."),
           true);
  EXPECT_EQ(agrees.verdict(), v1::VERDICT_CONSISTENT);
  const v1::ClaimVerdict rose = Only(
      Verify("2022-03-20T10:00:00Z",
             "The number of refugees from Ukraine has reached 3.5 million."),
      true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED);
}

TEST_F(FigurePrecisionTest, RoundFloorCoversOnlyItsSignificantDigits) {
  Prior("ap-1", "AP", "2022-08-29T10:00:00Z",
        "Officials said 1,033 people have been killed in Pakistan.");
  const v1::ClaimVerdict milestone =
      Only(Verify("2022-08-30T10:00:00Z",
                  "More than 1,000 people have been killed in Pakistan."),
           true);
  EXPECT_EQ(milestone.verdict(), v1::VERDICT_CONSISTENT)
      << milestone.explanation();
  Prior("ap-2", "AP", "2022-03-15T10:00:00Z",
        "More than 422,000 refugees have arrived in Romania.");
  const v1::ClaimVerdict rose = Only(
      Verify("2022-03-16T10:00:00Z", "In all 459,485 have entered Romania."),
      true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
}

TEST_F(FigurePrecisionTest, RoundFigureOfThreeDigitsCoversWhatRoundsToIt) {
  Prior("ap-1", "AP", "2022-03-15T10:00:00Z",
        "In all 337,000 refugees have arrived in Moldova.");
  const v1::ClaimVerdict rounded =
      Only(Verify("2022-03-16T10:00:00Z",
                  "In all 337,315 refugees have arrived in Moldova."),
           true);
  EXPECT_EQ(rounded.verdict(), v1::VERDICT_CONSISTENT) << rounded.explanation();
  // One significant digit is no sign of rounding: 1,033 is a rise.
  Prior("ap-2", "AP", "2022-03-15T10:00:00Z",
        "In all 1,000 refugees have arrived in Hungary.");
  const v1::ClaimVerdict rose =
      Only(Verify("2022-03-16T10:00:00Z",
                  "In all 1,033 refugees have arrived in Hungary."),
           true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
}

TEST_F(FigurePrecisionTest, AsManyAsAFigureIsNearItNotAnyFigureBelow) {
  Prior("ap-1", "AP", "2020-02-11T10:00:00Z",
        "Officials said 42,638 cases have been confirmed in China.");
  const v1::ClaimVerdict rose =
      Only(Verify("2020-02-14T10:00:00Z",
                  "As many as 66,000 cases have been confirmed in China."),
           true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
  const v1::ClaimVerdict near =
      Only(Verify("2020-02-14T10:00:00Z",
                  "As many as 44,000 cases have been confirmed in China."),
           true);
  EXPECT_EQ(near.verdict(), v1::VERDICT_CONSISTENT) << near.explanation();
}

TEST_F(FigurePrecisionTest, AsManyAsAFigureCountedToItsLastUnitIsThatCount) {
  Prior("ap-1", "AP", "2023-09-12T10:00:00Z",
        "Officials said 1,604 people were killed in Al Haouz.");
  const v1::ClaimVerdict counted =
      Only(Verify("2023-09-13T10:00:00Z",
                  "As many as 1,684 people were killed in Al Haouz."),
           true);
  EXPECT_EQ(counted.verdict(), v1::VERDICT_UPDATED) << counted.explanation();
  const v1::ClaimVerdict ceiling =
      Only(Verify("2023-09-13T10:00:00Z",
                  "As many as 1,700 people were killed in Al Haouz."),
           true);
  EXPECT_EQ(ceiling.verdict(), v1::VERDICT_CONSISTENT) << ceiling.explanation();
}

TEST_F(FigurePrecisionTest, OrderOfMagnitudeAboveTheLatestFigureIsNoUpdate) {
  Prior("ap-1", "AP", "2022-10-01T10:00:00Z",
        "At least 50 people have died in Florida.");
  const v1::ClaimVerdict vague =
      Only(Verify("2022-10-02T10:00:00Z",
                  "Hundreds of people have died in Florida."),
           true);
  EXPECT_EQ(vague.verdict(), v1::VERDICT_UNVERIFIED) << vague.explanation();
  EXPECT_THAT(vague.explanation(), HasSubstr("order of magnitude"));
  const v1::ClaimVerdict figure =
      Only(Verify("2022-10-02T10:00:00Z",
                  "At least 120 people have died in Florida."),
           true);
  EXPECT_EQ(figure.verdict(), v1::VERDICT_UPDATED) << figure.explanation();
}

TEST_F(FigurePrecisionTest, VagueFigureIsNeitherConfirmedNorOvertaken) {
  Prior("ap-1", "AP", "2022-03-04T10:00:00Z",
        "One million people have fled Ukraine.");
  Prior("afp-2", "AFP", "2022-03-05T10:00:00Z",
        "Millions of refugees have fled Ukraine.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2022-03-06T10:00:00Z",
                  "More than 1.5 million people have fled Ukraine."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UPDATED) << verdict.explanation();
  EXPECT_THAT(verdict.explanation(), HasSubstr("rose from 1 million"));
}

TEST_F(FigurePrecisionTest, NearlyAFigureAgreesWithTheFigure) {
  Prior("ap-1", "AP", "2022-03-18T08:00:00Z",
        "About 6.5 million people have been displaced inside Ukraine.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2022-03-18T12:00:00Z",
                  "Nearly 6.5 million people have been displaced inside "
                  "Ukraine."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(FigurePrecisionTest, AtLeastSixtyFiveAgreesWithSixtyFive) {
  Prior("ap-1", "AP", "2021-05-13T06:00:00Z", "65 people were killed in Gaza.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z", "At least 65 people were killed in Gaza."),
      true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(verdict.independent_sources(), 1u);
}

TEST_F(FigurePrecisionTest, HundredsOfAirstrikesAgreesWithAboutThreeHundred) {
  Prior("r-1", "Reuters", "2021-05-12T10:00:00Z",
        "The army carried out about 300 airstrikes in Gaza.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Hundreds of airstrikes were carried out in Gaza."),
           true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(FigurePrecisionTest, OrderOfMagnitudeConfirmsNoFigureWithinIt) {
  Prior("r-1", "Reuters", "2021-05-12T10:00:00Z",
        "Hundreds of people were killed in Sendai.");
  const v1::ClaimVerdict figure =
      Only(Verify("2021-05-13T10:00:00Z",
                  "At least 613 people were killed in Sendai."),
           true);
  EXPECT_EQ(figure.verdict(), v1::VERDICT_UNVERIFIED) << figure.explanation();
  EXPECT_THAT(figure.explanation(), HasSubstr("only an order of magnitude"));
  // With a figure beside it, the figure confirms.
  Prior("ap-2", "AP", "2021-05-12T12:00:00Z",
        "At least 613 people were killed in Sendai.");
  const v1::ClaimVerdict confirmed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "At least 613 people were killed in Sendai."),
           true);
  EXPECT_EQ(confirmed.verdict(), v1::VERDICT_CONSISTENT)
      << confirmed.explanation();
}

TEST_F(FigurePrecisionTest, PreciseFigureARoundOneRoundedIsNoRise) {
  Prior("ap-11", "AP", "2021-05-11T10:00:00Z",
        "Floods have affected 33 million people in Pakistan.");
  const v1::ClaimVerdict same =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Floods have affected 33,046,329 people in Pakistan."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
  const v1::ClaimVerdict rise =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Floods have affected 33,460,000 people in Pakistan."),
           true);
  EXPECT_EQ(rise.verdict(), v1::VERDICT_UPDATED) << rise.explanation();
}

}  // namespace
}  // namespace factcheck
