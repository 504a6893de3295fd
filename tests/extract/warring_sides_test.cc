// What a number counts in copy of a war, each a minimal pair: whose soldiers
// a count is, and which side claims it, not where the side speaks from.
#include <algorithm>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::SizeIs;

// Two sides' soldiers fall in the same places and are counted side by
// side: a people's adjective before the soldiers says whose they are, and
// soldiers of no side named stay soldiers.
TEST(MeasureBindingTest, SoldiersOfOneSideAreTheirSidesSubgroup) {
  struct Case {
    const char* text;
    const char* number;
    const char* group;
  };
  for (const Case& c : {
           Case{"The ministry said 210 Russian troops have been killed.", "210",
                "Russia's soldiers"},
           Case{"It said 940 Ukrainian soldiers have been killed.", "940",
                "Ukraine's soldiers"},
           Case{"The number of Ukrainian soldiers killed rose to 940.", "940",
                "Ukraine's soldiers"},
           Case{"It said 940 soldiers have been killed.",
                "940 soldiers have been killed", "soldiers"},
           Case{"It said 80 Ukrainian children have been killed.", "80",
                "children"},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find(c.number);
    ASSERT_NE(claim, nullptr) << claims.Describe();
    EXPECT_EQ(claim->measure, "deaths") << c.text;
    EXPECT_EQ(claim->subgroup, c.group) << c.text;
  }
}

// "Russia says 1,351 of its soldiers have been killed" counts the same as
// "1,351 Russian soldiers have been killed": the side is the country (or a
// people's adjective) that owns them, and they fell at the front, not in
// the country their side speaks from.
TEST(MeasureBindingTest, SoldiersASideOwnsAreThatSidesAndNotWhereItSpeaks) {
  struct Case {
    const char* text;
    const char* group;
    const char* place;
  };
  for (const Case& c : {
           Case{"War in Tovuz\n\nTovuz was shelled. Russia says 1,351 of its "
                "soldiers have been killed in Tovuz.",
                "Russia's soldiers", "Tovuz"},
           Case{"Russia says 1,351 of its soldiers have been killed.",
                "Russia's soldiers", ""},
           Case{"Russian officials said 1,351 of their troops have been "
                "killed.",
                "Russia's soldiers", ""},
           // A city names no side.
           Case{"In Tovuz, officials said 1,351 of their soldiers had died.",
                "soldiers", ""},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find("1,351");
    ASSERT_NE(claim, nullptr) << claims.Describe();
    EXPECT_EQ(claim->subgroup, c.group) << c.text;
    EXPECT_EQ(claim->location, c.place) << c.text;
  }
}

// "498 Russian troops have been killed and 1,597 injured": the injured are
// the same side's, and must not be read as a toll of no side (which the
// other side's injured, given next, would seem to update). Only a side is
// carried over: injured of no group named stay of none.
TEST(MeasureBindingTest, TallyLeftWithoutItsGroupCountsTheSideBeforeIt) {
  struct Case {
    const char* text;
    const char* group;
  };
  for (const Case& c : {
           Case{"It said 210 Russian troops had been killed and 640 injured.",
                "Russia's soldiers"},
           Case{"It said 940 Ukrainian troops were killed, 640 injured.",
                "Ukraine's soldiers"},
           Case{"It said 210 Russian soldiers had been killed and 640 have "
                "suffered injuries.",
                "Russia's soldiers"},
           Case{"It said 210 Ukrainian troops have been killed and some 640 "
                "more sustained injuries.",
                "Ukraine's soldiers"},
           Case{"It said 210 troops had been killed and 640 injured.", ""},
           Case{"It said 210 children had been killed and 640 injured.", ""},
       }) {
    const Claims claims(c.text);
    const auto injured = std::find_if(claims.all().begin(), claims.all().end(),
                                      [](const NumericClaim& claim) {
                                        return claim.measure == "injured" &&
                                               claim.quantity.value == 640;
                                      });
    ASSERT_NE(injured, claims.all().end()) << claims.Describe();
    EXPECT_EQ(injured->subgroup, c.group) << c.text;
  }
}

// A side's count of its own soldiers and its enemy's claim of them are
// told apart by who the sentence says gives them.
TEST(MeasureBindingTest, SideThatClaimsACountOfSoldiersIsItsClaimant) {
  struct Case {
    const char* text;
    const char* claimant;
  };
  for (const Case& c : {
           Case{"The Armenian defence ministry said 160 Armenian soldiers "
                "have been killed.",
                "Armenia"},
           Case{"The Azerbaijani defence ministry said 160 Armenian soldiers "
                "have been killed.",
                "Azerbaijan"},
           Case{"Azerbaijan's army claimed 160 Armenian soldiers have been "
                "killed.",
                "Azerbaijan"},
           Case{"According to the Azerbaijani side, 160 Armenian soldiers "
                "have been killed.",
                "Azerbaijan"},
           Case{"In total, 160 Armenian soldiers have been killed in "
                "Karabakh, the chief of the Azerbaijani general staff said.",
                "Azerbaijan"},
           Case{"Russian officials said 160 of their troops have been killed.",
                "Russia"},
           Case{"The Azerbaijani ministry offered its first estimate of the "
                "losses in the attack on Armenia, claiming 160 Armenian "
                "soldiers have been killed.",
                "Azerbaijan"},
           Case{"Azerbaijan's state-run news agency reported a claim that 160 "
                "Armenian soldiers have been killed.",
                "Azerbaijan"},
           // No side named as who speaks, or only where they spoke.
           Case{"He said 160 Armenian soldiers have been killed.", ""},
           Case{"Officials in Baku said 160 Armenian soldiers have been "
                "killed.",
                ""},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find("160");
    ASSERT_NE(claim, nullptr) << c.text << claims.Describe();
    EXPECT_EQ(claim->claimed_by, c.claimant) << c.text;
  }
  // Fighters, and those the speaker says it killed, are claimed too.
  for (const char* text :
       {"The Azerbaijani army said it had killed 160 militants.",
        "Azerbaijani officials said 160 fighters were killed."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << text << claims.Describe();
    EXPECT_EQ(claims.all()[0].claimed_by, "Azerbaijan") << text;
  }
  // Nor is a count of civilians joined to a side's count claimed.
  const Claims joined(
      "Azerbaijani officials said 160 Armenian soldiers have been killed, "
      "along with 36 civilians.");
  const NumericClaim* joined_civilians = joined.Find("36 civilians");
  ASSERT_NE(joined_civilians, nullptr) << joined.Describe();
  EXPECT_EQ(joined_civilians->subgroup, "civilians");
  EXPECT_EQ(joined_civilians->claimed_by, "");
  // A group no gazetteer knows that counts its own dead is a side too; a
  // pronoun or a count not its own names none.
  for (const Case& c : {
           Case{"Hamas said 160 of its fighters have been killed.", "Hamas"},
           Case{"Islamic Jihad said on Tuesday that 160 of its fighters had "
                "died.",
                "Islamic Jihad"},
           Case{"The Rapid Support Forces said 160 of its fighters had been "
                "killed.",
                "Rapid Support Forces"},
           Case{"He said 160 of its fighters have been killed.", ""},
           Case{"Hamas said 160 of the fighters have been killed.", ""},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find("160");
    ASSERT_NE(claim, nullptr) << c.text << claims.Describe();
    EXPECT_EQ(claim->claimed_by, c.claimant) << c.text;
  }
  // A count of no side has no claimant.
  const Claims civilians(
      "The Azerbaijani defence ministry said 160 civilians have been killed.");
  ASSERT_THAT(civilians.all(), SizeIs(1)) << civilians.Describe();
  EXPECT_EQ(civilians.all()[0].claimed_by, "");
}

}  // namespace
}  // namespace factcheck::extract
