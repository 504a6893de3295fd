// Where numeric claims are in copy of a war or a disaster across a border,
// as a careful reader places them: the side whose dead a count is, where an
// attack came from, the place a sentence turns to, a place revising its own
// toll, a part of the dead.
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
using ::testing::SizeIs;

// The place of each claim of `text`, in order.
std::vector<std::string> PlacesOf(const std::string& text) {
  const Claims claims(text);
  std::vector<std::string> places;
  for (const NumericClaim& claim : claims.all()) {
    places.push_back(claim.location);
  }
  return places;
}

TEST(NumericClaimsTest, WordsTurningTheStoryToAPlaceStillOpenWithIt) {
  Claims(
      "Across the border in Afghanistan, almost 70 people are known to "
      "have been killed.")
      .ExpectClaim({"almost 70", "deaths", "Afghanistan",
                    Qualifier::kApproximately, 65, 70});
  Claims("Meanwhile in Afghanistan, 70 people were killed.")
      .ExpectClaim({"70 people were killed", "deaths", "Afghanistan",
                    Qualifier::kExact, 70, 70});
  Claims(
      "The quake killed 1,200 people in Chile and 300 across the border "
      "in Argentina.")
      .ExpectClaim({"300 across the border in Argentina", "deaths", "Argentina",
                    Qualifier::kExact, 300, 300});
  // "Elsewhere in Pakistan" is Pakistan outside the places listed before.
  const Claims rest(
      "The quake killed 30,800 people in Azad Kashmir, 16,850 in Khyber "
      "Pakhtunkhwa and about 100 elsewhere in Pakistan.");
  for (const NumericClaim& claim : rest.all()) {
    EXPECT_NE(claim.location, "Pakistan") << rest.Describe();
  }
  // Where a speaker spoke is no turn of the story.
  const Claims spoke(
      "Speaking in Kabul, the minister said 70 people were killed.");
  ASSERT_THAT(spoke.all(), SizeIs(1)) << spoke.Describe();
  EXPECT_EQ(spoke.all()[0].location, "");
}

TEST(NumericClaimsTest, ClauseOpeningWithItsPlaceWithoutACommaPlacesItsCount) {
  EXPECT_THAT(PlacesOf("In North-West Frontier Province 1,760 people were "
                       "killed, while in the central province of Punjab 11 "
                       "were dead."),
              ElementsAre("Khyber Pakhtunkhwa", "Punjab"));
  // Where someone spoke, before the speaker, is no opening of the count's.
  EXPECT_THAT(PlacesOf("Rescuers in Sindh said 1,760 people were killed."),
              ElementsAre(""));
}

TEST(NumericClaimsTest, DeadASpeakingCountryKilledAreNotItsOwn) {
  const Claims killed("Israel said it had killed 160 militants.");
  ASSERT_THAT(killed.all(), SizeIs(1)) << killed.Describe();
  EXPECT_EQ(killed.all()[0].location, "");
  const Claims forces("Israel said its forces killed 160 militants.");
  ASSERT_THAT(forces.all(), SizeIs(1)) << forces.Describe();
  EXPECT_EQ(forces.all()[0].location, "");
  // Killed by others, they are the speaking country's.
  const Claims rockets("Israel said rockets had killed 10 people.");
  ASSERT_THAT(rockets.all(), SizeIs(1)) << rockets.Describe();
  EXPECT_EQ(rockets.all()[0].location, "Israel");
}

TEST(NumericClaimsTest, WhereAnAttackCameFromIsNotWhereItsDeadWere) {
  const std::string story =
      "Strikes pound Gaza\n\nIsraeli airstrikes hit Gaza City overnight. ";
  const Claims origin(story + "Rocket fire from Gaza has killed 10 people.");
  ASSERT_THAT(origin.all(), SizeIs(1)) << origin.Describe();
  EXPECT_EQ(origin.all()[0].location, "");
  const Claims fired(story +
                     "Rockets fired from Gaza have killed 10 people in "
                     "Israel.");
  ASSERT_THAT(fired.all(), SizeIs(1)) << fired.Describe();
  EXPECT_EQ(fired.all()[0].location, "Israel");
  // Nor where those who fired them were.
  const Claims firing(
      "Israel struck back at Gaza after militants there fired rockets that "
      "killed two Israelis.");
  ASSERT_THAT(firing.all(), SizeIs(1)) << firing.Describe();
  EXPECT_TRUE(firing.all()[0].location.empty() ||
              firing.all()[0].location_from_document)
      << firing.Describe();
  const Claims landed("In Ashkelon, rockets fired by militants killed two.");
  ASSERT_THAT(landed.all(), SizeIs(1)) << landed.Describe();
  EXPECT_EQ(landed.all()[0].location, "Ashkelon");
  // Reports from a place are of it.
  const Claims reports(story +
                       "Reports from Gaza said 200 people had been killed.");
  ASSERT_THAT(reports.all(), SizeIs(1)) << reports.Describe();
  EXPECT_EQ(reports.all()[0].location, "Gaza");
}

TEST(NumericClaimsTest, PartOfTheDeadIsNoTollOfTheStorysPlace) {
  const Claims part(
      "Strikes pound Gaza\n\nAirstrikes hit Gaza City and Khan Younis in Gaza "
      "overnight. So far 180 of those killed have been identified, officials "
      "in Gaza said.");
  const NumericClaim* identified = part.Find("180");
  ASSERT_NE(identified, nullptr) << part.Describe();
  EXPECT_EQ(identified->location, "");
  // The dead themselves are the story's toll.
  const Claims toll(
      "Strikes pound Gaza\n\nAirstrikes hit Gaza City and Khan Younis in Gaza "
      "overnight. So far 180 people have been killed, officials in Gaza "
      "said.");
  const NumericClaim* killed = toll.Find("180 people have been killed");
  ASSERT_NE(killed, nullptr) << toll.Describe();
  EXPECT_EQ(killed->location, "Gaza");
  // Nor are those "among the dead": "3 is lower than at least 4" would
  // call the toll of the day before an older figure.
  for (const char* among : {"among the dead", "among those killed"}) {
    const Claims some(absl::StrCat(
        "Fighting in Sudan\n\nFighting in Sudan went on. Three people "
        "were ",
        among, ", officials said."));
    const NumericClaim* three = some.Find("Three");
    ASSERT_NE(three, nullptr) << some.Describe();
    EXPECT_EQ(three->location, "") << among;
  }
  // Foreigners among them are Sudan's dead of their nation, compared only
  // with counts of that nation's dead.
  const Claims egyptians(
      "Fighting in Sudan\n\nFighting in Sudan went on. Three Egyptians were "
      "among the dead, officials said.");
  const NumericClaim* three_egyptians = egyptians.Find("Three");
  ASSERT_NE(three_egyptians, nullptr) << egyptians.Describe();
  EXPECT_EQ(three_egyptians->subgroup, "people from Egypt");
}

TEST(NumericClaimsTest, PlaceRevisingItsTollIsTheTollsPlace) {
  const Claims raised(
      "Quake hits Chile and Argentina\n\nChile raised its death toll to "
      "1,250.");
  ASSERT_THAT(raised.all(), SizeIs(1)) << raised.Describe();
  EXPECT_EQ(raised.all()[0].location, "Chile");
  EXPECT_FALSE(raised.all()[0].location_from_document);
  const Claims officials(
      "Quake hits Chile and Argentina\n\nOfficials raised the death toll to "
      "1,250.");
  ASSERT_THAT(officials.all(), SizeIs(1)) << officials.Describe();
  EXPECT_NE(officials.all()[0].location, "Chile");
}

TEST(NumericClaimsTest, PlaceNamedBeforeAHeadlinesTollIsItsPlace) {
  const Claims gaza(
      "Gaza death toll rises to 212 as Israel pounds enclave\n\nIsraeli "
      "airstrikes pounded Gaza on Wednesday.");
  const NumericClaim* toll = gaza.Find("death toll rises to 212");
  ASSERT_NE(toll, nullptr) << gaza.Describe();
  EXPECT_EQ(toll->location, "Gaza");
  EXPECT_FALSE(toll->location_from_document);
  const Claims quake("Turkey quake toll passes 5,000");
  ASSERT_THAT(quake.all(), SizeIs(1)) << quake.Describe();
  EXPECT_EQ(quake.all()[0].location, "Turkey");
  // A verb of killing after a place is no toll the place names.
  const Claims gunman("A Gaza gunman killed 20 people.");
  ASSERT_THAT(gunman.all(), SizeIs(1)) << gunman.Describe();
  EXPECT_EQ(gunman.all()[0].location, "");
}

TEST(NumericClaimsTest, OpeningAttackOnACityPlacesTheDeadAfterIt) {
  EXPECT_THAT(
      PlacesOf("As a result of the attack on Ganja, nine people were killed."),
      ElementsAre("Ganja"));
  // Inside the clause a speaker's "that" opens, past an aside.
  EXPECT_THAT(PlacesOf("The prosecutors announced that as a result of the "
                       "army attack on Ganja - located outside the frontline "
                       "- within 24 hours of the truce, nine people were "
                       "killed."),
              ElementsAre("Ganja"));
  // A place of the count's own is its place; an attack the sentence before
  // names is no opening.
  EXPECT_THAT(PlacesOf("As a result of the attack on Ganja, nine people were "
                       "killed in Baku."),
              ElementsAre("Baku"));
  EXPECT_THAT(PlacesOf("The prosecutors announced the attack on Ganja. Nine "
                       "people were killed."),
              ElementsAre(""));
}

TEST(NumericClaimsTest,
     PlaceClosingTwoFiguresOfATollOutranksTheSpeakersCountry) {
  EXPECT_THAT(
      PlacesOf("Azerbaijan's office of Prosecutor General reported that nine "
               "people were killed and 34 wounded during the strike on Ganja."),
      ElementsAre("Ganja", "Ganja"));
  // A place outside the speaker's country is the second figure's alone.
  EXPECT_THAT(
      PlacesOf("Azerbaijan's office of Prosecutor General reported that nine "
               "people were killed and 34 wounded in Tbilisi."),
      ElementsAre("Azerbaijan", "Tbilisi"));
}

TEST(NumericClaimsTest, HoldersPartOfADividedRegionNamedInWordsIsThatPart) {
  const std::string indian = "Jammu and Kashm\xC4\xABr";
  EXPECT_THAT(PlacesOf("The quake killed about 1,350 in the part of divided "
                       "Kashmir that India controls."),
              ElementsAre(indian));
  EXPECT_THAT(
      PlacesOf("The quake killed 1,329 on the Indian side of divided Kashmir."),
      ElementsAre(indian));
  EXPECT_THAT(PlacesOf("The quake killed 1,329 in Pakistan's part of Kashmir."),
              ElementsAre("Azad Jammu and Kashmir"));
  // A part of a country, or a side of a border, is no such place.
  EXPECT_THAT(
      PlacesOf("The quake killed 1,329 in the northern part of Pakistan."),
      ElementsAre(""));
  EXPECT_THAT(
      PlacesOf("The quake killed 1,329 on the Indian side of the border."),
      ElementsAre(""));
}

TEST(NumericClaimsTest, HeadlineListOfTwoPlacesIsTheirCombinedScope) {
  const Claims both("Quake kills over 7,800 in Turkey, Syria");
  ASSERT_THAT(both.all(), SizeIs(1)) << both.Describe();
  EXPECT_EQ(both.all()[0].location, "Syria and Turkey");
  // A place and the country it lies in are no list.
  const Claims city("Floods killed 300 people in Gorkha, Nepal, on Sunday.");
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_EQ(city.all()[0].location, "Gorkha");
}

TEST(NumericClaimsTest, PlacesAFightIsNamedForAreNotTheStorysPlace) {
  const Claims named(
      "Israel-Gaza fighting: death toll climbs to 230\n\nIsraeli airstrikes "
      "hit Gaza on Monday, and militants in Gaza fired rockets at Israel. "
      "Most of the dead were in Gaza, health officials said.");
  const NumericClaim* toll = named.Find("death toll climbs to 230");
  ASSERT_NE(toll, nullptr) << named.Describe();
  EXPECT_EQ(toll->location, "Gaza");
}

}  // namespace
}  // namespace factcheck::extract
