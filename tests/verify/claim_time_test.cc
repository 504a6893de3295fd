#include "server/verify/claim_time.h"

#include "gtest/gtest.h"

namespace factcheck::verify {
namespace {

// A Monday.
const absl::CivilDay kPublished(2023, 9, 11);

TEST(DayNamedTest, WeekdayIsTheLatestOneUpToPublication) {
  EXPECT_EQ(DayNamed("on Saturday", kPublished), absl::CivilDay(2023, 9, 9));
  EXPECT_EQ(DayNamed("On Tuesday", kPublished), absl::CivilDay(2023, 9, 5));
  EXPECT_EQ(DayNamed("on Monday", kPublished), kPublished);
}

TEST(DayNamedTest, YesterdayIsTheDayBefore) {
  EXPECT_EQ(DayNamed("yesterday", kPublished), absl::CivilDay(2023, 9, 10));
}

TEST(DayNamedTest, DateIsInTheLatestYearNotAfterPublication) {
  EXPECT_EQ(DayNamed("on Sept. 9", kPublished), absl::CivilDay(2023, 9, 9));
  EXPECT_EQ(DayNamed("on September 9", kPublished), absl::CivilDay(2023, 9, 9));
  EXPECT_EQ(DayNamed("on Dec. 31", absl::CivilDay(2024, 1, 2)),
            absl::CivilDay(2023, 12, 31));
}

TEST(DayNamedTest, MonthIsByItsLastDayInTheLatestYearNotAfterPublication) {
  EXPECT_EQ(DayNamed("In June", kPublished), absl::CivilDay(2023, 6, 30));
  EXPECT_EQ(DayNamed("in February", kPublished), absl::CivilDay(2023, 2, 28));
  EXPECT_EQ(DayNamed("in December", kPublished), absl::CivilDay(2022, 12, 31));
  EXPECT_EQ(DayNamed("in late February", kPublished),
            absl::CivilDay(2023, 2, 28));
  EXPECT_EQ(DayNamed("in mid-June", kPublished), absl::CivilDay(2023, 6, 30));
  // The month it was published in runs to the day it was published.
  EXPECT_EQ(DayNamed("in September", kPublished), kPublished);
}

TEST(DayNamedTest, LastWeekOrMonthIsByItsLastDay) {
  // Published on a Monday, a Wednesday and a Sunday: last week ended on
  // the Sunday before the week the day is in.
  EXPECT_EQ(DayNamed("last week", kPublished), absl::CivilDay(2023, 9, 10));
  EXPECT_EQ(DayNamed("last week", absl::CivilDay(2023, 9, 13)),
            absl::CivilDay(2023, 9, 10));
  EXPECT_EQ(DayNamed("Last week", absl::CivilDay(2023, 9, 17)),
            absl::CivilDay(2023, 9, 10));
  EXPECT_EQ(DayNamed("last month", kPublished), absl::CivilDay(2023, 8, 31));
  EXPECT_EQ(DayNamed("last month", absl::CivilDay(2024, 1, 2)),
            absl::CivilDay(2023, 12, 31));
  // A month by name: the latest one before the published day's month.
  EXPECT_EQ(DayNamed("Last June", kPublished), absl::CivilDay(2023, 6, 30));
  EXPECT_EQ(DayNamed("last September", kPublished),
            absl::CivilDay(2022, 9, 30));
}

TEST(DayNamedTest, LastWeekdayIsTheLatestOneBeforePublication) {
  EXPECT_EQ(DayNamed("last Thursday", kPublished), absl::CivilDay(2023, 9, 7));
  // Never the published day itself: "last Monday" in Monday's copy.
  EXPECT_EQ(DayNamed("last Monday", kPublished), absl::CivilDay(2023, 9, 4));
}

TEST(DayNamedTest, ALineBreakInsideTheTimeIsASpace) {
  EXPECT_EQ(DayNamed("on\nSept. 9", kPublished), absl::CivilDay(2023, 9, 9));
  EXPECT_EQ(DayNamed("on\r\nSaturday", kPublished), absl::CivilDay(2023, 9, 9));
}

TEST(DayNamedTest, ExpressionsOfNoOneDayNameNone) {
  for (const char* text : {"since Monday", "in recent days", "last year",
                           "in Monday", "on Feb. 30", "on Oct", ""}) {
    EXPECT_EQ(DayNamed(text, kPublished), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace factcheck::verify
