// Patterns of real copy, each a minimal pair: the subgroup a count names
// (children, suspects, families, nationalities) kept apart from the people
// it counts.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(NumericClaimsTest, SubgroupCountsKeepTheirSubgroup) {
  const Claims claims(
      "At least 65 people were killed in Gaza, including 44 children.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].subgroup, "");
  EXPECT_EQ(claims.all()[1].subgroup, "children");
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[1].location, "Gaza");
  const Claims among("Twelve women were among the dead in Derna.");
  ASSERT_THAT(among.all(), SizeIs(1)) << among.Describe();
  EXPECT_EQ(among.all()[0].subgroup, "women");
}

TEST(NumericClaimsTest, WordBeforeTheGroupNarrowsItAndStaysInItsName) {
  // "12 young children" are children, and only the young: no count of the
  // dead, nor of all the children.
  const Claims young("The strike killed 12 young children.");
  ASSERT_THAT(young.all(), SizeIs(1)) << young.Describe();
  EXPECT_EQ(young.all()[0].subgroup, "young children");
  const Claims all("The strike killed 12 children.");
  ASSERT_THAT(all.all(), SizeIs(1)) << all.Describe();
  EXPECT_EQ(all.all()[0].subgroup, "children");
  // Before the verb too, where the word once hid the count.
  const Claims senior("Some 20 senior officials have been arrested.");
  ASSERT_THAT(senior.all(), SizeIs(1)) << senior.Describe();
  EXPECT_EQ(senior.all()[0].measure, "arrested");
  EXPECT_EQ(senior.all()[0].subgroup, "senior officials");
  // A scale is the number's own: "half mln children" names no group.
  for (const NumericClaim& claim :
       Claims("Over half mln children affected by the quake.").all()) {
    EXPECT_EQ(claim.subgroup.find("mln"), std::string::npos);
  }
}

TEST(NumericClaimsTest, AlongWithAddsAGroupToTheCountBeforeIt) {
  const Claims along(
      "Officials said 729 troops have been killed since Sept. 27, along "
      "with 36 civilians.");
  const NumericClaim* civilians = along.Find("36 civilians");
  ASSERT_NE(civilians, nullptr) << along.Describe();
  EXPECT_EQ(civilians->measure, "deaths");
  EXPECT_EQ(civilians->subgroup, "civilians");
  // "as well as" closes breakdowns of a whole: a part, no group's count.
  const Claims breakdown(
      "The office recorded 227 killed (31 men, 25 women, 6 boys, and 3 "
      "girls, as well as 6 children and 156 adults whose sex is yet "
      "unknown).");
  EXPECT_EQ(breakdown.Find("6 children"), nullptr) << breakdown.Describe();
}

TEST(NumericClaimsTest,
     SuspectsKilledAreTheirOwnSubgroupSuspectsArrestedAreAll) {
  // Whoever is arrested is a suspect: the same count as people arrested.
  const Claims arrested("So far 58 suspects have been arrested, police said.");
  ASSERT_THAT(arrested.all(), SizeIs(1)) << arrested.Describe();
  EXPECT_EQ(arrested.all()[0].measure, "arrested");
  EXPECT_EQ(arrested.all()[0].subgroup, "");
  // Killed in a raid: suspects' deaths, never the attack's toll.
  const Claims killed("Police said 3 suspects were killed in a raid.");
  ASSERT_THAT(killed.all(), SizeIs(1)) << killed.Describe();
  EXPECT_EQ(killed.all()[0].measure, "deaths");
  EXPECT_EQ(killed.all()[0].subgroup, "suspects");
  const Claims people("So far 58 people have been arrested, police said.");
  ASSERT_THAT(people.all(), SizeIs(1)) << people.Describe();
  EXPECT_EQ(people.all()[0].subgroup, "");
}

TEST(NumericClaimsTest, FamiliesAreAGroupOfTheirOwnNeverACountOfPeople) {
  const Claims families(
      "Over 115,000 families displaced by the quake sought refuge.");
  ASSERT_THAT(families.all(), SizeIs(1)) << families.Describe();
  EXPECT_EQ(families.all()[0].measure, "displaced");
  EXPECT_EQ(families.all()[0].subgroup, "families");
  const Claims households("More than 2,000 households have been affected.");
  ASSERT_THAT(households.all(), SizeIs(1)) << households.Describe();
  EXPECT_EQ(households.all()[0].subgroup, "households");
  const Claims people(
      "Over 115,000 people displaced by the quake sought refuge.");
  ASSERT_THAT(people.all(), SizeIs(1)) << people.Describe();
  EXPECT_EQ(people.all()[0].subgroup, "");
}

TEST(NumericClaimsTest, SubgroupsListedBeforeTheVerbLeaveTheCountItsMeasure) {
  const Claims listed(
      "A total of 49 people including 11 women and seven children were "
      "injured in Sindh.");
  const NumericClaim* total = listed.Find("49");
  ASSERT_NE(total, nullptr) << listed.Describe();
  EXPECT_EQ(total->measure, "injured");
  EXPECT_EQ(total->subgroup, "");
  const Claims bare("A total of 49 people were in Sindh.");
  for (const NumericClaim& claim : bare.all()) {
    EXPECT_NE(claim.measure, "injured") << bare.Describe();
  }
}

TEST(NumericClaimsTest, SubgroupsOfTheDeadInTheirManyForms) {
  const auto subgroups_of = [](const std::string& text) {
    std::vector<std::string> found;
    const Claims claims(text);
    for (const NumericClaim& claim : claims.all()) {
      found.push_back(absl::StrCat(claim.quantity.value.value_or(-1), " ",
                                   claim.measure, " ", claim.subgroup));
    }
    return found;
  };
  EXPECT_THAT(
      subgroups_of("The dead include 14 children, 3 women and 5 men."),
      ElementsAre("14 deaths children", "3 deaths women", "5 deaths men"));
  EXPECT_THAT(subgroups_of("The toll reached 145, 52 of them children."),
              ElementsAre("145 deaths ", "52 deaths children"));
  EXPECT_THAT(
      subgroups_of("Some 63 children were among those who lost their lives."),
      ElementsAre("63 deaths children"));
  EXPECT_THAT(subgroups_of("Nine pupils were shot dead."),
              ElementsAre("9 deaths students"));
  // A part of a count the sentence gives whole: the group its predicate
  // names, else no count of the measure.
  EXPECT_THAT(subgroups_of("120 of the 5,000 injured were children."),
              ElementsAre("120 injured children", "5000 injured "));
  EXPECT_THAT(
      subgroups_of("Twenty-three of the 53 wounded remained hospitalized."),
      ElementsAre("53 injured "));
  EXPECT_THAT(subgroups_of("At least 120 of the 5,000 people injured are in "
                           "critical condition."),
              ElementsAre("5000 injured "));
  // What a toll includes: a known group, a place, else no count of it.
  EXPECT_THAT(subgroups_of("The death toll of 34 included 19 people who "
                           "drowned."),
              ElementsAre("34 deaths "));
  EXPECT_THAT(subgroups_of("The dead included 14 children."),
              ElementsAre("14 deaths children"));
  EXPECT_THAT(subgroups_of("The toll included 19 in Sindh."),
              ElementsAre("19 deaths "));
  const Claims by_place("Rehman said 39 of the 77 people died in Balochistan.");
  const NumericClaim* part = by_place.Find("39");
  ASSERT_NE(part, nullptr) << by_place.Describe();
  EXPECT_EQ(part->measure, "deaths");
  EXPECT_EQ(part->location, "Balochistan");
  EXPECT_THAT(subgroups_of("Eleven police were killed in Turkey."),
              ElementsAre("11 deaths police"));
  EXPECT_THAT(subgroups_of("Eleven people were killed, police said."),
              ElementsAre("11 deaths "));
  EXPECT_THAT(subgroups_of("The toll reached 145, 52 of them on Monday."),
              ElementsAre("145 deaths "));
  EXPECT_THAT(subgroups_of("The toll reached 145, 52 of them were children."),
              ElementsAre("145 deaths ", "52 deaths children"));
  // A part of the count the sentence names: the group its predicate
  // says, and no count at all when it says none the lexicon knows.
  EXPECT_THAT(subgroups_of("Two of the dead in Sindh were children."),
              ElementsAre("2 deaths children"));
  EXPECT_THAT(subgroups_of("Of the dead, 12 were women."),
              ElementsAre("12 deaths women"));
  EXPECT_THAT(subgroups_of("Three of the injured in Sindh were aid workers."),
              ElementsAre("3 injured aid workers"));
  EXPECT_THAT(subgroups_of("Two of the dead in Sindh were brothers."),
              IsEmpty());
  EXPECT_THAT(subgroups_of("Of the new deaths, 37 were in Hubei."),
              ElementsAre("37 deaths "));
  EXPECT_THAT(
      subgroups_of("At least 126 people were killed, among them 31 children."),
      ElementsAre("126 deaths ", "31 deaths children"));
  // A group listed after a count is of that count, whatever the next
  // clause counts.
  EXPECT_THAT(
      subgroups_of("Floods killed 45 people, including 12 children, and "
                   "injured 300."),
      ElementsAre("45 deaths ", "12 deaths children", "300 injured "));
  // Soldiers and fighters among the dead are groups of them, as officers
  // are.
  EXPECT_THAT(
      subgroups_of("At least 39 people were killed, including 32 soldiers."),
      ElementsAre("39 deaths ", "32 deaths soldiers"));
  EXPECT_THAT(
      subgroups_of("The dead included 16 soldiers and seven civilians."),
      ElementsAre("16 deaths soldiers", "7 deaths civilians"));
  // Two groups: both, and children with adults are everyone.
  EXPECT_THAT(subgroups_of("At least 40 women and children were killed."),
              ElementsAre("40 deaths women and children"));
  EXPECT_THAT(subgroups_of("At least 17 children and adults were killed."),
              ElementsAre("17 deaths "));
  EXPECT_THAT(subgroups_of("At least 1,800 civilians and soldiers were hurt."),
              ElementsAre("1800 injured "));
  EXPECT_THAT(subgroups_of("At least 180 fighters and civilians were killed."),
              ElementsAre("180 deaths "));
  EXPECT_THAT(subgroups_of("Three law enforcement officers were injured."),
              ElementsAre("3 injured police"));
  EXPECT_THAT(
      subgroups_of("The gunman opened fire, killing 19 pupils and their two "
                   "teachers."),
      ElementsAre("19 deaths students", "2 deaths teachers"));
  EXPECT_THAT(subgroups_of("The gunman opened fire, killing 19 pupils and "
                           "their two dogs."),
              ElementsAre("19 deaths students"));
  // After the verb that counts them, and in the singular.
  EXPECT_THAT(subgroups_of("The gunman opened fire, killing 14 children."),
              ElementsAre("14 deaths children"));
  EXPECT_THAT(subgroups_of("The gunman opened fire, killing 14."),
              ElementsAre("14 deaths "));
  EXPECT_THAT(subgroups_of("One teacher was killed."),
              ElementsAre("1 deaths teachers"));
  EXPECT_THAT(subgroups_of("The gunman killed 19 fourth-graders."),
              ElementsAre("19 deaths children"));
  // A side's own group after "of" and its possessive: that group counted
  // whole; a kind the lexicon does not know, no count.
  EXPECT_THAT(subgroups_of("The rebels said 729 of their troops had been "
                           "killed."),
              ElementsAre("729 deaths soldiers"));
  EXPECT_THAT(subgroups_of("The region said 18 of its civilians were killed."),
              ElementsAre("18 deaths civilians"));
  EXPECT_THAT(subgroups_of("The farmer said two of his brothers were killed."),
              IsEmpty());
  // The measure opening the sentence, the group after the number.
  EXPECT_THAT(subgroups_of("Among the dead were 12 children and three women."),
              ElementsAre("12 deaths children", "3 deaths women"));
  EXPECT_THAT(subgroups_of("Among the injured are 40 police officers."),
              ElementsAre("40 injured police"));
  EXPECT_THAT(subgroups_of("Among the dead were 12."), IsEmpty());
}

TEST(NumericClaimsTest, NationalityPluralCountsPeopleLikePeople) {
  const Claims fled("At least 368,000 Ukrainians have fled.");
  const NumericClaim* count =
      fled.Find("At least 368,000 Ukrainians have fled");
  ASSERT_NE(count, nullptr) << fled.Describe();
  EXPECT_EQ(count->measure, "fled");
  const Claims displaced("There are 6.48 million internally displaced people.");
  const NumericClaim* inside =
      displaced.Find("6.48 million internally displaced");
  ASSERT_NE(inside, nullptr) << displaced.Describe();
  EXPECT_EQ(inside->measure, "displaced");
  // A people whose country ISO names only the inverted way ("Palestine,
  // State of") is a people too.
  Claims("126 Palestinians have been killed in Gaza.")
      .ExpectClaim({"126 Palestinians have been killed", "deaths", "Gaza",
                    Qualifier::kExact, 126, 126});
  const Claims other("At least 368,000 tractors have fled.");
  EXPECT_EQ(other.Find("At least 368,000 tractors have fled"), nullptr)
      << "only people are counted as people";
}

TEST(NumericClaimsTest, PeopleOfANationCountedAbroadAreASubgroupOfTheDead) {
  const auto subgroup_of = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    return claims.all().empty() ? std::string("(none)")
                                : claims.all()[0].subgroup;
  };
  // Foreigners among a country's dead are no toll of it.
  EXPECT_EQ(subgroup_of("Officials said three Americans were killed in "
                        "Sri Lanka."),
            "people from United States");
  EXPECT_EQ(subgroup_of("The blast killed 12 Syrians in Beirut."),
            "people from Syria");
  // A group a people's adjective names is that people's abroad, so that
  // two peoples' pilgrims at one place are two counts; at home, the group.
  EXPECT_EQ(subgroup_of("Officials said 12 Syrian pilgrims were killed in "
                        "Beirut."),
            "people from Syria");
  EXPECT_EQ(subgroup_of("Officials said 12 Syrian children were killed in "
                        "Idlib."),
            "children");
  // The same wherever the group is read: right after a verb, after "the
  // number of", after a participle.
  EXPECT_EQ(subgroup_of("The blast in Beirut killed 12 Syrian pilgrims."),
            "people from Syria");
  EXPECT_EQ(subgroup_of("The blast in Idlib killed 12 Syrian pilgrims."),
            "pilgrims");
  EXPECT_EQ(subgroup_of("The number of Syrian pilgrims killed in Beirut rose "
                        "to 12."),
            "people from Syria");
  EXPECT_EQ(subgroup_of("The number of Syrian pilgrims killed in Idlib rose "
                        "to 12."),
            "pilgrims");
  // Two groups joined are no one people's group, abroad or at home.
  EXPECT_EQ(subgroup_of("Officials said 12 Syrian women and children were "
                        "killed in Idlib."),
            "women and children");
  EXPECT_EQ(subgroup_of("Officials said 12 Syrian women and children were "
                        "killed in Beirut."),
            "women and children");
  // A people counted in its own country is the whole count there.
  EXPECT_EQ(subgroup_of("126 Palestinians have been killed in Gaza."), "");
  EXPECT_EQ(subgroup_of("The blast killed 12 Syrians in Idlib."), "");
  // Several peoples coordinated before the verb, each its own group.
  const Claims listed(
      "Officials said 65 Indians and seven Germans were killed in Sri Lanka.");
  ASSERT_THAT(listed.all(), SizeIs(2)) << listed.Describe();
  EXPECT_EQ(listed.all()[0].subgroup, "people from India");
  EXPECT_EQ(listed.all()[1].subgroup, "people from Germany");
  // Where people came from is whom the count is of, not where they died.
  const Claims origin("Five people from Turkey died in Colombo.");
  ASSERT_THAT(origin.all(), SizeIs(1)) << origin.Describe();
  EXPECT_EQ(origin.all()[0].subgroup, "people from Turkey");
  EXPECT_EQ(origin.all()[0].location, "Colombo");
  const Claims died_there("Five people died in Turkey.");
  ASSERT_THAT(died_there.all(), SizeIs(1)) << died_there.Describe();
  EXPECT_EQ(died_there.all()[0].subgroup, "");
  EXPECT_EQ(died_there.all()[0].location, "Turkey");
  // A group listed after a people counted at home stays that group.
  const Claims including(
      "UNICEF said 1.2 million Haitians have been affected in Haiti, "
      "including 540,000 children.");
  const NumericClaim* children = including.Find("540,000 children");
  ASSERT_NE(children, nullptr) << including.Describe();
  EXPECT_EQ(children->subgroup, "children");
  // Refugees of a country are all of them, wherever they went.
  EXPECT_EQ(subgroup_of("At least 368,000 Ukrainians have fled to Poland."),
            "");
}

TEST(NumericClaimsTest, CitizensOfANationAmongTheDeadAreNoToll) {
  // "Two US citizens were among those killed": the embassy's count of its
  // own people, compared with the same people counted in other words,
  // never with the toll of the place.
  const Claims citizens(
      "Two US citizens were among those killed in the crush in Seoul.");
  ASSERT_THAT(citizens.all(), SizeIs(1)) << citizens.Describe();
  EXPECT_EQ(citizens.all()[0].measure, "deaths");
  EXPECT_EQ(citizens.all()[0].subgroup, "people from United States");
  const Claims americans(
      "Two Americans were among those killed in the crush in Seoul.");
  ASSERT_THAT(americans.all(), SizeIs(1)) << americans.Describe();
  EXPECT_EQ(americans.all()[0].subgroup, "people from United States");
  const Claims nationals(
      "Officials said five French nationals were injured "
      "in the crush in Seoul.");
  ASSERT_THAT(nationals.all(), SizeIs(1)) << nationals.Describe();
  EXPECT_EQ(nationals.all()[0].measure, "injured");
  EXPECT_EQ(nationals.all()[0].subgroup, "people from France");
  // Wherever they died, when the text makes them a part of the dead.
  const Claims among_unknown(
      "Two US citizens were among those killed in Itaewon.");
  ASSERT_THAT(among_unknown.all(), SizeIs(1)) << among_unknown.Describe();
  EXPECT_EQ(among_unknown.all()[0].subgroup, "people from United States");
  const Claims one("One Austrian was among those killed in Itaewon.");
  ASSERT_THAT(one.all(), SizeIs(1)) << one.Describe();
  EXPECT_EQ(one.all()[0].measure, "deaths");
  EXPECT_EQ(one.all()[0].subgroup, "people from Austria");
  // Citizens counted at home are the whole count there.
  const Claims at_home(
      "Officials said 150 South Korean citizens were "
      "killed in Seoul.");
  ASSERT_THAT(at_home.all(), SizeIs(1)) << at_home.Describe();
  EXPECT_EQ(at_home.all()[0].subgroup, "");
}

}  // namespace
}  // namespace factcheck::extract
