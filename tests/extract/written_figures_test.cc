// Patterns of real copy, each a minimal pair: how a figure is written
// (scales, hyphens, words, dashes, commas) and the number it is read as.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(NumericClaimsTest, MillionsOfThingsAreNoMetres) {
  const Claims barrels("Exports fell to 3.4m barrels in Iraq.");
  ASSERT_THAT(barrels.all(), SizeIs(1)) << barrels.Describe();
  EXPECT_EQ(barrels.all()[0].quantity.value, 3.4e6);
  EXPECT_THAT(Claims("A 10m wall collapsed in Gaza.").all(), IsEmpty());
  for (const char* people : {"The cyclone displaced 1.2m people in Sindh.",
                             "The cyclone forced 1.2m to flee in Sindh.",
                             "In Sindh, 1.2m were displaced."}) {
    const Claims claims(people);
    ASSERT_THAT(claims.all(), SizeIs(1)) << people << claims.Describe();
    EXPECT_EQ(claims.all()[0].quantity.value, 1.2e6) << people;
    EXPECT_EQ(claims.all()[0].quantity.unit, "") << people;
  }
}

TEST(NumericClaimsTest, SpacedDashBetweenWordsIsNoMinusSign) {
  const Claims claims(
      "On Route 9 - 40 km from the city - 12 people were killed.");
  const NumericClaim* killed = claims.Find("12 people were killed");
  ASSERT_NE(killed, nullptr) << claims.Describe();
  EXPECT_EQ(killed->quantity.value, 12);
}

TEST(NumericClaimsTest, HyphenatedScalesAreOneNumber) {
  const Claims claims(
      "More than 12-thousand people died in Chile. The toll rose to "
      "four-thousand-205 in Peru.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].quantity.lower, 12000);
  EXPECT_EQ(claims.all()[1].quantity.value, 4205);
  // A hyphen between two numbers is still a range.
  const Claims range("Officials counted 40-50 deaths in Chile.");
  ASSERT_THAT(range.all(), SizeIs(1)) << range.Describe();
  EXPECT_EQ(range.all()[0].quantity.qualifier, Qualifier::kRange);
}

TEST(NumericClaimsTest, NumberInWordsEndsAtItsLine) {
  const Claims claims(
      "Number of refugees has reached one million\n\nOne million refugees "
      "have fled Ukraine.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].quantity.value, 1e6);
  EXPECT_EQ(claims.all()[1].quantity.value, 1e6);
  const Claims one_line("The toll reached one million one.");
  ASSERT_THAT(one_line.all(), SizeIs(1)) << one_line.Describe();
  EXPECT_EQ(one_line.all()[0].quantity.value, 1000001);
}

TEST(NumericClaimsTest, NumberCutOffInItsCommaGroupsIsNoClaim) {
  const Claims cut("The number of damaged houses is now 1,427,0");
  EXPECT_TRUE(cut.all().empty()) << cut.Describe();
  const Claims whole("The number of damaged houses is now 1,427,045.");
  ASSERT_EQ(whole.all().size(), 1u) << whole.Describe();
  EXPECT_EQ(whole.all()[0].quantity.value, 1427045);
}

TEST(NumericClaimsTest, NumberWordTypedWithoutItsHyphenIsRead) {
  // "Thirtytwo" as "Thirty-two"; "either completely or partially damaged"
  // homes are damaged homes.
  for (const char* text :
       {"Thirtytwo thousand houses had been either completely or partially "
        "damaged.",
        "Thirty-two thousand houses had been either completely or partially "
        "damaged."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].quantity.lower, 32000) << text;
    EXPECT_EQ(claims.all()[0].measure, "homes damaged") << text;
  }
}

TEST(NumericClaimsTest, DoubleHyphenSetsOffAnAsideAsADashDoes) {
  // Plain-text wire copy writes the dash as "--": the verb after the aside
  // is the count's.
  const Claims claims(
      "Officials said at least 31 people -- 16 civilians and 15 police "
      "officers -- had been killed in Sindh.");
  ASSERT_FALSE(claims.all().empty()) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "deaths") << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Sindh");
}

}  // namespace
}  // namespace factcheck::extract
