// Levels and changes, each a minimal pair: the change and the level it
// would be mistaken for.
#include "server/extract/changes.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace factcheck::extract {
namespace {

// The change of the quantity whose words are `words` in `text`.
Change ChangeOf(const std::string& text, absl::string_view words) {
  const Extraction extraction = Extract(text);
  for (const Quantity& quantity : extraction.quantities) {
    if (TextOf(text, quantity.span) == words) return quantity.change;
  }
  ADD_FAILURE() << "no quantity '" << words << "' in: " << text;
  return Change::kNone;
}

TEST(ChangesTest, AnotherCountIsAnIncrease) {
  EXPECT_EQ(ChangeOf("Another 212 died in Peru.", "212"), Change::kUp);
  EXPECT_EQ(ChangeOf("Some 212 died in Peru.", "Some 212"), Change::kNone);
}

TEST(ChangesTest, NewCasesAreAnIncrease) {
  EXPECT_EQ(ChangeOf("China reported 17 new cases.", "17"), Change::kUp);
  EXPECT_EQ(ChangeOf("China reported 17 cases.", "17"), Change::kNone);
}

TEST(ChangesTest, CountOverOneDayIsThatDaysIncrease) {
  EXPECT_EQ(ChangeOf("Nine died in the past day.", "Nine"), Change::kUp);
  EXPECT_EQ(ChangeOf("In the last 24 hours, 12 deaths were reported.", "12"),
            Change::kUp);
  EXPECT_EQ(ChangeOf("In all, 12 deaths were reported.", "12"), Change::kNone);
}

TEST(ChangesTest, DayCountedFromAnEventIsNoPastDay) {
  EXPECT_EQ(ChangeOf("Within 24 hours of the truce, nine were killed.", "nine"),
            Change::kNone);
  EXPECT_EQ(ChangeOf("Within the past 24 hours, nine were killed.", "nine"),
            Change::kUp);
}

TEST(ChangesTest, CountOfADaySaidAloneIsThatDaysIncrease) {
  EXPECT_EQ(ChangeOf("347 injuries were recorded yesterday alone.", "347"),
            Change::kUp);
  EXPECT_EQ(ChangeOf("Police found 40 bodies on Sunday only.", "40"),
            Change::kUp);
  // A day alone dates a level as often as a count of that day.
  EXPECT_EQ(ChangeOf("347 injuries were recorded yesterday.", "347"),
            Change::kNone);
  EXPECT_EQ(ChangeOf("Police found 40 bodies on Sunday.", "40"), Change::kNone);
}

TEST(ChangesTest, CountOfASingleOrDeadliestDayIsThatDaysIncrease) {
  EXPECT_EQ(ChangeOf("Strikes killed 42 people in a single day.", "42"),
            Change::kUp);
  EXPECT_EQ(
      ChangeOf("Sunday was the deadliest day, with 42 people killed.", "42"),
      Change::kUp);
  EXPECT_EQ(ChangeOf("Strikes killed 42 people in a single week.", "42"),
            Change::kNone);
  EXPECT_EQ(
      ChangeOf("More than 100 people died in just one day.", "More than 100"),
      Change::kUp);
  EXPECT_EQ(ChangeOf("One day after the quake, 100 people had died.", "100"),
            Change::kNone);
  EXPECT_EQ(ChangeOf("The toll for Thursday, initially put at 30, was revised.",
                     "30"),
            Change::kUp);
  EXPECT_EQ(ChangeOf("The toll stood at 30 on Thursday.", "30"), Change::kNone);
}

TEST(ChangesTest, LevelAWholeWasPushedToIsNoIncreaseAfterTheDaysPeriod) {
  const std::string opening =
      "Another 24 people died in floods caused by heavy rain across the "
      "country over the past 24 hours, ";
  EXPECT_EQ(ChangeOf(opening + "pushing the overall toll to 1,314.", "1,314"),
            Change::kNone);
  EXPECT_EQ(ChangeOf(opening + "while 1,314 were hurt.", "1,314"), Change::kUp);
}

TEST(ChangesTest, BreakdownOfADaysIncreaseIsPartsOfIt) {
  const std::string day =
      "In the past 24 hours, 50 people died across Peru. Rivers swept away "
      "hundreds of homes. ";
  EXPECT_EQ(
      ChangeOf(day + "Officials said 31 died in Cusco and 12 in Puno.", "31"),
      Change::kUp);
  // More than the day's increase, or said to be a toll: a level.
  EXPECT_EQ(
      ChangeOf(day + "Officials said 310 died in Cusco and 12 in Puno.", "310"),
      Change::kNone);
  EXPECT_EQ(ChangeOf(day + "The toll in Cusco is 31 and in Puno 12.", "31"),
            Change::kNone);
}

TEST(ChangesTest, OnlyADaysIncreaseIsBrokenDownByTheNextSentence) {
  // "Another 40 were hurt" adds another measure to the dead; "20,000 more
  // troops" are no deaths: the next sentence's counts are levels.
  EXPECT_EQ(ChangeOf("The storm killed 70 people. Another 40 were hurt. The "
                     "port city recorded 25 deaths.",
                     "25"),
            Change::kNone);
  EXPECT_EQ(ChangeOf("The army sent 20,000 more troops. At least 300 people "
                     "have died, most of them in Lima.",
                     "At least 300"),
            Change::kNone);
  // A day's increase still is: "In the past 24 hours, 50 died … 31 in Cusco".
  EXPECT_EQ(ChangeOf("In the past 24 hours, another 40 people died. Officials "
                     "said 25 died in Cusco.",
                     "25"),
            Change::kUp);
}

TEST(ChangesTest, ChangeByIsTheChangeAndToIsTheLevel) {
  const std::string text = "The toll climbed by roughly 400 to 2,150.";
  EXPECT_EQ(ChangeOf(text, "roughly 400"), Change::kUp);
  EXPECT_EQ(ChangeOf(text, "2,150"), Change::kNone);
}

TEST(ChangesTest, VerbOfChangeBeforeAShareWithALevelAfterIt) {
  const std::string text = "The index slipped 0.7 per cent to 7,412.";
  EXPECT_EQ(ChangeOf(text, "0.7 per cent"), Change::kDown);
  EXPECT_EQ(ChangeOf(text, "7,412"), Change::kNone);
}

TEST(ChangesTest, YearBetweenAChangeAndItsLevelIsNoRange) {
  const std::string text = "Sales grew 45% in 2019 to 2.1 million.";
  EXPECT_EQ(ChangeOf(text, "45%"), Change::kUp);
  EXPECT_EQ(ChangeOf(text, "2.1 million"), Change::kNone);
  const std::string range = "Officials counted 1500 to 2,100 people.";
  EXPECT_EQ(ChangeOf(range, "1500 to 2,100"), Change::kNone);
}

TEST(ChangesTest, PeriodAfterACountIsThatCountsOnly) {
  const std::string rose =
      "The toll rose to 82 with seven more deaths in the last 24 hours.";
  EXPECT_EQ(ChangeOf(rose, "82"), Change::kNone);
  EXPECT_EQ(ChangeOf(rose, "seven"), Change::kUp);
  const std::string pushing =
      "Another 24 died over the past 24 hours, pushing the toll to 1,314.";
  EXPECT_EQ(ChangeOf(pushing, "1,314"), Change::kNone);
  const std::string opening =
      "In the last 24 hours, 119 people died and 71 were injured.";
  EXPECT_EQ(ChangeOf(opening, "119"), Change::kUp);
  EXPECT_EQ(ChangeOf(opening, "71"), Change::kUp);
}

TEST(ChangesTest, AsideBetweenDashesIsPassedOverToThePeriod) {
  const std::string aside =
      "At least 19 people - including four children - have died in Sindh in "
      "the last 24 hours.";
  EXPECT_EQ(ChangeOf(aside, "At least 19"), Change::kUp);
  EXPECT_EQ(ChangeOf("At least 19 people, including four children, have died "
                     "in Sindh since June in floods in the last 24 hours.",
                     "At least 19"),
            Change::kNone);
}

TEST(ChangesTest, CoordinatedCountsShareThePeriodAfterThem) {
  const std::string text =
      "In Punjab, one death was reported while 107 people were injured in the "
      "past 24 hours.";
  EXPECT_EQ(ChangeOf(text, "one"), Change::kUp);
  EXPECT_EQ(ChangeOf(text, "107"), Change::kUp);
}

}  // namespace
}  // namespace factcheck::extract
