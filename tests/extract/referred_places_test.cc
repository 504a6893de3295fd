// Where numeric claims are when their sentence refers to a place named
// before ("died there", "in Balochistan, where ..."), as a careful reader
// places them: never the story's place in its stead.
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::SizeIs;

TEST(NumericClaimsTest, PassiveReportingVerbLeavesTheWhereClausePlace) {
  // "were confirmed dead" names no speaker whose place the count could be:
  // the injured after it are Balochistan's, not the story's Pakistan.
  const Claims passive(
      "Floods hit Pakistan\n\nThe worst damage was in Balochistan, where 412 "
      "people were confirmed dead and 1,020 injured.");
  const NumericClaim* injured = passive.Find("1,020 injured");
  ASSERT_NE(injured, nullptr) << passive.Describe();
  EXPECT_EQ(injured->location, "Balochistan");
  const Claims active(
      "Floods hit Pakistan\n\nThe worst damage was in Balochistan, where 412 "
      "people died and 1,020 were injured.");
  const NumericClaim* also_injured = active.Find("1,020 were injured");
  ASSERT_NE(also_injured, nullptr) << active.Describe();
  EXPECT_EQ(also_injured->location, "Balochistan");
  // Nor does a reporting verb as an adjective: "the confirmed figures".
  const Claims adjective(
      "Floods hit Pakistan\n\nThe worst damage was in Balochistan, where the "
      "confirmed figures were 412 dead and 1,020 injured.");
  const NumericClaim* dead = adjective.Find("412 dead");
  ASSERT_NE(dead, nullptr) << adjective.Describe();
  EXPECT_EQ(dead->location, "Balochistan");
}

TEST(NumericClaimsTest, WhereAfterAHeldPartOfADividedRegionIsThatPart) {
  // "Pakistan-controlled Kashmir, where": the part its holder names, as
  // "in Pakistan-controlled Kashmir" would be.
  struct Case {
    const char* holder;
    const char* part;
  };
  for (const Case& c :
       {Case{"Pakistan-controlled", "Azad Jammu and Kashmir"},
        Case{"Indian-administered", "Jammu and Kashm\xC4\xABr"}}) {
    const Claims claims(absl::StrCat(
        "Floods hit Pakistan\n\nThe worst affected area was ", c.holder,
        " Kashmir, where the confirmed figures were 412 dead and 1,020 "
        "injured."));
    const NumericClaim* dead = claims.Find("412 dead");
    ASSERT_NE(dead, nullptr) << claims.Describe();
    EXPECT_EQ(dead->location, c.part);
  }
}

TEST(NumericClaimsTest, ThereIsThePlaceNamedBeforeInItsSentence) {
  const Claims there(
      "Floods hit Pakistan\n\nOfficials in Balochistan say another 30 people "
      "died there.");
  ASSERT_THAT(there.all(), SizeIs(1)) << there.Describe();
  EXPECT_EQ(there.all()[0].location, "Balochistan");
  // Without "there" the speakers' place says nothing of where the dead were.
  const Claims speakers(
      "Floods hit Pakistan\n\nOfficials in Balochistan say another 30 people "
      "died.");
  ASSERT_THAT(speakers.all(), SizeIs(1)) << speakers.Describe();
  EXPECT_EQ(speakers.all()[0].location, "");
}

TEST(NumericClaimsTest, ThereWithoutAPlaceInItsSentenceIsTheLastCountsPlace) {
  const Claims there(
      "Floods hit Pakistan\n\nAt least 30 people were killed in Quetta. "
      "Another 12 died there on Tuesday.");
  const NumericClaim* later = there.Find("12 died");
  ASSERT_NE(later, nullptr) << there.Describe();
  EXPECT_EQ(later->location, "Quetta");
  const Claims elsewhere(
      "Floods hit Pakistan\n\nAt least 30 people were killed in Quetta. "
      "Another 12 died on Tuesday.");
  const NumericClaim* unplaced = elsewhere.Find("12 died");
  ASSERT_NE(unplaced, nullptr) << elsewhere.Describe();
  EXPECT_NE(unplaced->location, "Quetta");
}

TEST(NumericClaimsTest, ThereNeverMeansTheStorysPlace) {
  // "reached Quetta" names no place a count was read in: "there" stays
  // unplaced rather than becoming Pakistan's whole toll.
  const Claims there(
      "Floods hit Pakistan\n\nRescuers reached Quetta on Monday. Officials "
      "say 30 people have died there.");
  ASSERT_THAT(there.all(), SizeIs(1)) << there.Describe();
  EXPECT_EQ(there.all()[0].location, "");
  EXPECT_FALSE(there.all()[0].location_from_document);
  const Claims story(
      "Floods hit Pakistan\n\nRescuers reached Quetta on Monday. Officials "
      "say 30 people have died.");
  ASSERT_THAT(story.all(), SizeIs(1)) << story.Describe();
  EXPECT_EQ(story.all()[0].location, "Pakistan");
}

TEST(NumericClaimsTest, ThereBetweenTheCountAndItsVerbKeepsTheMeasure) {
  const Claims there(
      "At least 30 people were killed in Quetta. A total of 58 people there "
      "have been injured.");
  const NumericClaim* injured = there.Find("58");
  ASSERT_NE(injured, nullptr) << there.Describe();
  EXPECT_EQ(injured->measure, "injured");
  EXPECT_EQ(injured->location, "Quetta");
  // "and there were" opens a clause of its own: no reference back.
  const Claims clause(
      "The floods killed 30 people in Quetta, and there were 12 arrests.");
  const NumericClaim* arrests = clause.Find("12 arrests");
  ASSERT_NE(arrests, nullptr) << clause.Describe();
  EXPECT_EQ(arrests->location, "");
}

}  // namespace
}  // namespace factcheck::extract
