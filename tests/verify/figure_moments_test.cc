// Verdicts on figures whose likeness is in how they were written, not in
// their intervals, each a minimal pair: two estimates of different round
// figures, and the toll of an event over in a moment (a quake, an
// explosion) dated by the event's day, and a toll of the same place reported
// too long ago to be the same event's. Run through the real FactChecker
// (extraction, a RocksDB store on a temporary directory, verification).
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;

using FigureMomentsTest = testing::VerdictTest;

TEST_F(FigureMomentsTest, EstimateOfAHigherRoundFigureIsAnUpdate) {
  Prior("wire-6", "Wire", "2031-08-06T10:00:00Z",
        "About 5,000 people were injured in Lima, officials said.");
  const v1::ClaimVerdict higher =
      Only(Verify("2031-08-08T10:00:00Z",
                  "About 6,000 people were injured in Lima, officials said."),
           true);
  EXPECT_EQ(higher.verdict(), v1::VERDICT_UPDATED) << higher.explanation();
  EXPECT_THAT(higher.explanation(), HasSubstr("rose from about 5000"));
  // The same round figure, estimated to a finer digit.
  const v1::ClaimVerdict same =
      Only(Verify("2031-08-08T10:00:00Z",
                  "About 5,200 people were injured in Lima, officials said."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
}

TEST_F(FigureMomentsTest, TollOfAnExplosionDatedByItsDayIsAsOfTheDocument) {
  Prior("wire-6", "Wire", "2031-08-06T10:00:00Z",
        "At least 135 people were killed in Lima, officials said.");
  const v1::ClaimVerdict explosion =
      Only(Verify("2031-08-08T10:00:00Z",
                  "On Tuesday, a huge explosion rocked the port, killing at "
                  "least 160 people in Lima."),
           true);
  EXPECT_EQ(explosion.verdict(), v1::VERDICT_UPDATED)
      << explosion.explanation();
  // A day of shelling dates its own toll: reports of later days are not
  // compared with it.
  const v1::ClaimVerdict shelling =
      Only(Verify("2031-08-08T10:00:00Z",
                  "On Tuesday, heavy shelling hit the port, killing at least "
                  "160 people in Lima."),
           true);
  EXPECT_EQ(shelling.verdict(), v1::VERDICT_UNVERIFIED)
      << shelling.explanation();
  EXPECT_THAT(shelling.explanation(), HasSubstr("by the end of the day"));
}

// A day's rise is reported the day after: those reports are its evidence,
// though a total of that day is judged by what was known by its end.
TEST_F(FigureMomentsTest, RiseOfAnEarlierDayMeetsTheReportsOfTheDaysAfter) {
  Prior("wire-6", "Wire", "2031-08-07T10:00:00Z",
        "Officials said 106 people died in Lima in a single day on Tuesday.");
  const v1::ClaimVerdict rise =
      Only(Verify("2031-08-08T10:00:00Z",
                  "In Lima, 106 people died on a single day on Tuesday."),
           true);
  EXPECT_EQ(rise.verdict(), v1::VERDICT_CONSISTENT) << rise.explanation();
  const v1::ClaimVerdict total =
      Only(Verify("2031-08-08T10:00:00Z",
                  "In Lima, the toll stood at 106 on Tuesday."),
           true);
  EXPECT_EQ(total.verdict(), v1::VERDICT_UNVERIFIED) << total.explanation();
}

TEST_F(FigureMomentsTest, FigureGivenAsEarlierIsJudgedOnlyByAgreement) {
  Prior("wire-6", "Wire", "2031-08-06T10:00:00Z",
        "At least 724 people were killed in Lima, officials said.");
  Prior("wire-7", "Wire", "2031-08-07T10:00:00Z",
        "At least 1,297 people were killed in Lima, officials said.");
  // The earlier count it names, agreed with; not a stale toll.
  const v1::ClaimVerdict earlier =
      Only(Verify("2031-08-08T10:00:00Z",
                  "Officials in Lima had previously recorded 724 deaths."),
           true);
  EXPECT_EQ(earlier.verdict(), v1::VERDICT_CONSISTENT) << earlier.explanation();
  const v1::ClaimVerdict stale = Only(
      Verify("2031-08-08T10:00:00Z", "Officials in Lima recorded 724 deaths."),
      true);
  EXPECT_EQ(stale.verdict(), v1::VERDICT_OUTDATED) << stale.explanation();
}

// "The shelling on Tuesday that killed 160": the day may date the event
// rather than its count. A report after that day of the very figure agrees
// either way; a later, higher one may be a later count, so nothing is
// compared.
TEST_F(FigureMomentsTest,
       FigureOfAnEarlierDayAgreesWithTheSameFigureGivenAfter) {
  Prior("wire-7", "Wire", "2031-08-07T10:00:00Z",
        "At least 160 people were killed in Lima, officials said.");
  const v1::ClaimVerdict same =
      Only(Verify("2031-08-09T10:00:00Z",
                  "On Tuesday, heavy shelling hit the port, killing at least "
                  "160 people in Lima."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
  EXPECT_THAT(same.explanation(),
              HasSubstr("given after 5 Aug 2031, the day its text gives the "
                        "figure for"));
  const v1::ClaimVerdict lower =
      Only(Verify("2031-08-09T10:00:00Z",
                  "On Tuesday, heavy shelling hit the port, killing at least "
                  "120 people in Lima."),
           true);
  EXPECT_EQ(lower.verdict(), v1::VERDICT_UNVERIFIED) << lower.explanation();
  EXPECT_THAT(lower.explanation(), HasSubstr("by the end of the day"));
}

TEST_F(FigureMomentsTest, RiseIsMeasuredFromTheCountNotAFigureUnderHalfOfIt) {
  Prior("wire-a", "Wire A", "2031-04-20T10:00:00Z",
        "The earthquake killed 8,000 people in Nepal.");
  const char* const kToll = "The death toll in Nepal has reached 8,567.";
  const v1::ClaimVerdict alone =
      Only(Verify("2031-04-23T10:00:00Z", kToll), true);
  EXPECT_EQ(alone.verdict(), v1::VERDICT_UPDATED) << alone.explanation();
  EXPECT_THAT(alone.explanation(), HasSubstr("rose from 8000 (Wire A"));
  // A new quake's toll reported since counts another scope.
  Prior("wire-b", "Wire B", "2031-04-21T10:00:00Z",
        "At least 65 people died in Nepal in a new quake on Tuesday.");
  const v1::ClaimVerdict toll =
      Only(Verify("2031-04-23T10:00:00Z", kToll), true);
  EXPECT_EQ(toll.verdict(), v1::VERDICT_UPDATED) << toll.explanation();
  EXPECT_THAT(toll.explanation(), HasSubstr("rose from 8000 (Wire A"));
}

TEST_F(FigureMomentsTest, TollOfTheSamePlaceMonthsEarlierIsAnotherEvents) {
  Prior("wire-1", "Wire", "2031-09-01T10:00:00Z",
        "At least 40 people were killed in Florida, officials said.");
  const char* const kToll = "At least 30 people were killed in Florida.";
  // Three weeks on, the count of the same storm has fallen behind.
  const v1::ClaimVerdict weeks =
      Only(Verify("2031-09-22T10:00:00Z", kToll), true);
  EXPECT_EQ(weeks.verdict(), v1::VERDICT_OUTDATED) << weeks.explanation();
  // Seven months on, the state's toll is another storm's.
  const v1::ClaimVerdict months =
      Only(Verify("2032-04-01T10:00:00Z", kToll), true);
  EXPECT_EQ(months.verdict(), v1::VERDICT_UNVERIFIED) << months.explanation();
  EXPECT_THAT(months.explanation(),
              HasSubstr("at least 40 (Wire, 1 Sep 2031), reported more "
                        "than six months before"));
  EXPECT_EQ(months.evidence_size(), 0);
  const v1::ClaimVerdict higher =
      Only(Verify("2032-04-01T10:00:00Z",
                  "At least 90 people were killed in Florida."),
           true);
  EXPECT_EQ(higher.verdict(), v1::VERDICT_UNVERIFIED) << higher.explanation();
}

}  // namespace
}  // namespace factcheck
