// Counts of people in flight, as wire copy gives them: refugees where they
// crossed a border (counted where they went, else where they left), the
// displaced where they left their homes, and no count at all where an
// arrival names no country.
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

TEST(FlightCountsTest, FlightToACountryCountsRefugeesThere) {
  Claims("A total of 1,830 people fled to Poland.")
      .ExpectClaim({"1,830 people fled to Poland", "refugees", "Poland",
                    Qualifier::kExact, 1830, 1830});
  Claims("A total of 1,830 people fled.")
      .ExpectClaim(
          {"1,830 people fled", "fled", "", Qualifier::kExact, 1830, 1830});
}

TEST(FlightCountsTest, FlightFromACountryCountsWhereTheyWentElseWhereTheyLeft) {
  Claims("More than 500 people have fled Ukraine since the invasion.")
      .ExpectClaim({"More than 500 people have fled Ukraine", "refugees",
                    "Ukraine", Qualifier::kMoreThan, 500, kInfinity});
  Claims("More than 280 people fled Ukraine into Poland alone.")
      .ExpectClaim({"More than 280 people fled Ukraine into Poland", "refugees",
                    "Poland", Qualifier::kMoreThan, 280, kInfinity});
}

TEST(FlightCountsTest, FleeingTheirHomesCountsTheDisplaced) {
  Claims("An estimated 100 have fled their homes, the agency said.")
      .ExpectClaim({"An estimated 100 have fled", "displaced", "",
                    Qualifier::kApproximately, 90, 110});
}

TEST(FlightCountsTest, HeadlineWordsOfFlightCountAsTheirPastTenseDoes) {
  Claims("Some 100,000 people have left their homes in Ukraine.")
      .ExpectClaim({"Some 100,000 people have left their homes", "displaced",
                    "Ukraine", Qualifier::kApproximately, 90000, 110000});
  Claims("Thousands flee to Poland")
      .ExpectClaim({"Thousands flee to Poland", "refugees", "Poland",
                    Qualifier::kVague, 1000, 9999});
  const Claims left("The storm left 21 dead.");
  ASSERT_EQ(left.all().size(), 1u) << left.Describe();
  EXPECT_EQ(left.all()[0].measure, "deaths");
}

TEST(FlightCountsTest, ArrivalCountsRefugeesOnlyWhereItNamesACountry) {
  Claims("More than 2,300 have arrived in Poland.")
      .ExpectClaim({"More than 2,300 have arrived in Poland", "refugees",
                    "Poland", Qualifier::kMoreThan, 2300, kInfinity});
  const Claims port("About 500 arrived in port on Monday.");
  EXPECT_TRUE(port.all().empty()) << port.Describe();
}

TEST(FlightCountsTest, TroopsEnteringACountryAreNoRefugees) {
  const Claims troops("Some 300 troops have entered Ukraine.");
  ASSERT_EQ(troops.all().size(), 1u) << troops.Describe();
  EXPECT_EQ(troops.all()[0].measure, "troops");
}

TEST(FlightCountsTest, ElidedItemsOfACrossingListKeepItsMeasure) {
  Claims("Nearly 85 crossed into Hungary, more than 36 into Moldova.")
      .ExpectClaim({"more than 36 into Moldova", "refugees", "Moldova",
                    Qualifier::kMoreThan, 36, kInfinity});
}

TEST(FlightCountsTest, RefugeesFromACountryCountWhereTheyArrived) {
  Claims("More than two million refugees from Ukraine have arrived in Poland.")
      .ExpectClaim({"More than two million refugees", "refugees", "Poland",
                    Qualifier::kMoreThan, 2e6, kInfinity});
  Claims("More than two million refugees from Ukraine are in need.")
      .ExpectClaim({"More than two million refugees", "refugees", "Ukraine",
                    Qualifier::kMoreThan, 2e6, kInfinity});
}

TEST(FlightCountsTest, TheirCountryBeforeTheNounSaysWhoseRefugeesTheyAre) {
  Claims("More than two million Ukraine refugees are in Poland.")
      .ExpectClaim({"More than two million Ukraine refugees", "refugees",
                    "Poland", Qualifier::kMoreThan, 2e6, kInfinity});
  Claims("More than two million Ukrainian refugees are in Poland.")
      .ExpectClaim({"More than two million Ukrainian refugees", "refugees",
                    "Poland", Qualifier::kMoreThan, 2e6, kInfinity});
}

TEST(FlightCountsTest, ACountryThatReceivedRefugeesCountsThem) {
  Claims("Romania has also received more than 422,000 refugees.")
      .ExpectClaim({"more than 422,000 refugees", "refugees", "Romania",
                    Qualifier::kMoreThan, 422000, kInfinity});
}

TEST(FlightCountsTest, FlightNamedBeforeItsFigureCountsWhereTheyWent) {
  Claims(
      "The number of people who fled from Ukraine to Poland exceeded "
      "one million.")
      .ExpectClaim({"exceeded one million", "refugees", "Poland",
                    Qualifier::kMoreThan, 1e6, kInfinity});
  Claims(
      "The number of refugees fleeing the country to neighbouring Poland "
      "has exceeded one million.")
      .ExpectClaim({"exceeded one million", "refugees", "Poland",
                    Qualifier::kMoreThan, 1e6, kInfinity});
  // Fleeing "the country" names no place of its own.
  Claims(
      "The number of refugees fleeing the country has exceeded one "
      "million.")
      .ExpectClaim({"exceeded one million", "refugees", "",
                    Qualifier::kMoreThan, 1e6, kInfinity});
}

TEST(FlightCountsTest, EllipticalItemAfterACountingVerbTakesItsPlace) {
  const Claims claims(
      "Romania has received more than 422,000 refugees, while Moldova has "
      "registered 337,000, Hungary 264,000.");
  const NumericClaim* moldova = claims.Find("Moldova has registered 337,000");
  ASSERT_NE(moldova, nullptr) << claims.Describe();
  EXPECT_EQ(moldova->location, "Moldova");
  EXPECT_EQ(moldova->measure, "refugees");
}

}  // namespace
}  // namespace factcheck::extract
