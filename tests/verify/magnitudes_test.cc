// Verdicts on a quake's magnitude, through the real FactChecker
// (extraction, a RocksDB store on a temporary directory, verification): the
// very figure agrees wherever a report places the quake and whenever it gave
// it; another agency's (a few tenths off) or another quake's is never a
// conflict.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;

using MagnitudesTest = testing::VerdictTest;

// One quake's magnitude as two agencies give it ("7.5" by the USGS, "7.6"
// by Japan's agency) is no conflict; nor is a magnitude a whole point off,
// another quake's (a foreshock, a second strong quake of the week).
TEST_F(MagnitudesTest, MagnitudesAFewTenthsApartAreNoConflict) {
  Prior("wire-1", "Wire", "2024-01-01T10:00:00Z",
        "A magnitude 7.6 earthquake struck in Ishikawa.");
  const v1::ClaimVerdict near =
      Only(Verify("2024-01-01T12:00:00Z",
                  "A magnitude 7.5 earthquake struck in Ishikawa."),
           true);
  EXPECT_EQ(near.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(near.explanation(), HasSubstr("agencies' magnitudes"));
  const v1::ClaimVerdict far =
      Only(Verify("2024-01-01T12:00:00Z",
                  "A magnitude 6.6 earthquake struck in Ishikawa."),
           true);
  EXPECT_EQ(far.verdict(), v1::VERDICT_UNVERIFIED) << far.explanation();
  EXPECT_THAT(far.explanation(), HasSubstr("another quake's"));
}

// An agency's magnitude reported before another's agrees with the same
// figure later: no newer magnitude overtook it.
TEST_F(MagnitudesTest, MagnitudeAnEarlierReportGaveAgreesBesideAnotherAgencys) {
  Prior("wire-1", "Wire", "2024-01-01T10:00:00Z",
        "A magnitude 7.6 earthquake struck in Ishikawa.");
  Prior("wire-2", "Wire", "2024-01-01T11:00:00Z",
        "A magnitude 7.5 earthquake struck in Ishikawa.");
  const v1::ClaimVerdict same =
      Only(Verify("2024-01-01T12:00:00Z",
                  "A magnitude 7.6 earthquake struck in Ishikawa."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
  EXPECT_THAT(same.explanation(), HasSubstr("agencies' magnitudes"));
}

// "off the Noto Peninsula" and "in Japan" place one quake: its magnitude is
// the story's country's.
TEST_F(MagnitudesTest, MagnitudeAgreesWhereverItsReportPlacesTheQuake) {
  Prior("wire-1", "Wire", "2024-01-01T10:00:00Z",
        "Quake hits Japan\nA magnitude 7.6 earthquake struck in Ishikawa on "
        "Monday.");
  const v1::ClaimVerdict same =
      Only(Verify("2024-01-02T10:00:00Z",
                  "Quake hits Japan\nA magnitude 7.6 earthquake struck in "
                  "the Noto Peninsula on Monday."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
}

// A second strong quake reported since gives another magnitude: the report
// of the very figure still agrees.
TEST_F(MagnitudesTest, AnyReportOfTheVeryMagnitudeAgrees) {
  Prior("wire-1", "Wire", "2031-03-11T10:00:00Z",
        "Quake hits Japan\nA magnitude 9.0 earthquake struck in Japan on "
        "Friday.");
  Prior("wire-2", "Wire", "2031-03-14T10:00:00Z",
        "Quake hits Japan\nA magnitude 7.0 earthquake struck in Japan on "
        "Monday.");
  const v1::ClaimVerdict same =
      Only(Verify("2031-03-15T10:00:00Z",
                  "Quake hits Japan\nThe magnitude 9.0 earthquake struck in "
                  "Japan on Friday."),
           true);
  EXPECT_EQ(same.verdict(), v1::VERDICT_CONSISTENT) << same.explanation();
  EXPECT_THAT(same.explanation(), HasSubstr("agrees with 9 (Wire, 11 Mar"));
}

}  // namespace
}  // namespace factcheck
