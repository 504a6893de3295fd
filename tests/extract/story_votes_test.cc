// Which places a careful reader takes a story to be about, before any
// count is placed by it: a headline's place over those met on the way, a
// dateline's city, adjectives of nationality; not a place inside another
// name nor a paper's ("The Washington Post"), the country that attacks,
// nor the point a distance is reckoned from; and a building it names, when
// nothing else places it.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "server/extract/places.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::SizeIs;

TEST(NumericClaimsTest, HeadlinePlaceOutweighsCountriesMentionedOnTheWay) {
  const std::string body =
      "Rescuers searched the hills in Peru on Monday. Doctors from the United "
      "States and American volunteers arrived; the United States sent two "
      "planes.\nAt least 40 people were killed, officials said.";
  const Claims headed("Flood toll in Peru rises again\n" + body);
  const NumericClaim* toll = headed.Find("At least 40 people were killed");
  ASSERT_NE(toll, nullptr) << headed.Describe();
  EXPECT_EQ(toll->location, "Peru");
  EXPECT_TRUE(toll->location_from_document);
  // A credit line in brackets is no headline place.
  const Claims credited("(Wire- Chile News Agency)\n" + body);
  const NumericClaim* credited_toll =
      credited.Find("At least 40 people were killed");
  ASSERT_NE(credited_toll, nullptr) << credited.Describe();
  EXPECT_NE(credited_toll->location, "Chile");
  // Nor is a date line above it the headline.
  const Claims dated("/ 20 October 2031\n\nFlood toll in Peru rises again\n" +
                     body);
  const NumericClaim* dated_toll = dated.Find("At least 40 people were killed");
  ASSERT_NE(dated_toll, nullptr) << dated.Describe();
  EXPECT_EQ(dated_toll->location, "Peru");
  // Nor a page's link past its top.
  const Claims linked("Skip to main content\nFlood toll in Peru rises again\n" +
                      body);
  const NumericClaim* linked_toll =
      linked.Find("At least 40 people were killed");
  ASSERT_NE(linked_toll, nullptr) << linked.Describe();
  EXPECT_EQ(linked_toll->location, "Peru");
}

TEST(NumericClaimsTest, DatelineCityGivesTheStoryItsPlace) {
  const std::string credit = "(Wire- Kuwait News Agency)\n";
  const std::string body =
      "Aid from Kuwait arrived; Moroccan rescuers searched the villages.\nAt "
      "least 40 people were killed, the ministry said.";
  const Claims filed(credit +
                     "MARRAKESH, Sept 13 (KNA) -- The search "
                     "went on.\n" +
                     body);
  const NumericClaim* toll = filed.Find("At least 40 people were killed");
  ASSERT_NE(toll, nullptr) << filed.Describe();
  EXPECT_EQ(toll->location, "Morocco");
  // A town the gazetteer does not know is placed by the country after it.
  const Claims town(
      "MARSH HARBOUR, Bahamas -- Crews searched the rubble.\nAid from Cuba "
      "arrived; Cuban rescuers helped; Cuba sent doctors.\nAuthorities "
      "confirmed 12 deaths.");
  ASSERT_THAT(town.all(), SizeIs(1)) << town.Describe();
  EXPECT_EQ(town.all()[0].location, "Bahamas");
  // A paragraph that opens with a country and a comma is no dateline.
  const Claims sentence(credit +
                        "Morocco, which has asked for help, counted the "
                        "dead.\n" +
                        body);
  const NumericClaim* unfiled = sentence.Find("At least 40 people were killed");
  ASSERT_NE(unfiled, nullptr) << sentence.Describe();
  EXPECT_NE(unfiled->location, "Morocco");
}

TEST(NumericClaimsTest, PlaceNameInsideAnotherNameIsNoStoryPlace) {
  // "Bay" is a region of Somalia, and "Tampa Bay Times" names a paper.
  const Claims paper(
      "The Tampa Bay Times reported on the storm.\nThe Tampa Bay Times "
      "counted the dead.\nAuthorities confirmed 12 deaths.");
  ASSERT_THAT(paper.all(), SizeIs(1)) << paper.Describe();
  EXPECT_EQ(paper.all()[0].location, "");
  const Claims parts(
      "The storm hit Southwest Florida.\nCrews reached Central Florida.\n"
      "Authorities confirmed 12 unconfirmed deaths.");
  ASSERT_THAT(parts.all(), SizeIs(1)) << parts.Describe();
  EXPECT_EQ(parts.all()[0].location, "Florida");
}

TEST(NumericClaimsTest, PaperNamedAfterAPlaceIsNoStoryPlace) {
  const std::string body =
      "Crews searched the Bahamas.\nThe Bahamas asked for help.\nAuthorities "
      "confirmed 12 deaths.";
  const Claims paper(
      "The Washington Post reported on the storm.\nThe Washington Post "
      "counted the dead.\n" +
      body);
  ASSERT_THAT(paper.all(), SizeIs(1)) << paper.Describe();
  EXPECT_EQ(paper.all()[0].location, "Bahamas");
  // A masthead run into its motto, as a page's text may give it.
  const Claims masthead("The Washington PostDemocracy Dies in Darkness\n" +
                        body);
  ASSERT_THAT(masthead.all(), SizeIs(1)) << masthead.Describe();
  EXPECT_EQ(masthead.all()[0].location, "Bahamas");
  // The city itself, named as often, is a place of the story.
  const Claims city(
      "Officials in Washington reported on the storm.\nOfficials in "
      "Washington counted the dead.\n" +
      body);
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_NE(city.all()[0].location, "Bahamas");
}

TEST(NumericClaimsTest, AdjectivesOfNationalityVoteForTheStorysCountry) {
  const Claims moroccan(
      "The Moroccan Ministry of Interior spoke.\nMoroccan rescuers worked "
      "on.\nThe death toll rose to 2,946.");
  ASSERT_THAT(moroccan.all(), SizeIs(1)) << moroccan.Describe();
  EXPECT_EQ(moroccan.all()[0].location, "Morocco");
  const Claims chinese(
      "The Chinese ministry spoke.\nChinese rescuers worked on.\nThe death "
      "toll rose to 2,946.");
  ASSERT_THAT(chinese.all(), SizeIs(1)) << chinese.Describe();
  EXPECT_EQ(chinese.all()[0].location, "China");
  const Claims kurdish(
      "The Kurdish ministry spoke.\nKurdish rescuers worked on.\nThe death "
      "toll rose to 2,946.");
  ASSERT_THAT(kurdish.all(), SizeIs(1)) << kurdish.Describe();
  EXPECT_EQ(kurdish.all()[0].location, "")
      << "an adjective of no country names none";
}

TEST(NumericClaimsTest, AdjectiveDescribingAPlaceOfTheStorySaysWhereItLies) {
  // "the Indonesian island of Lombok", named once, places the story as "in
  // Indonesia" would; the adjective alone, once, does not.
  const Claims island(
      "The death toll from an earthquake on the Indonesian island of Lombok "
      "has topped 400.\nThe total number killed in the quake is now 436.");
  const NumericClaim* total = island.Find("436");
  ASSERT_NE(total, nullptr) << island.Describe();
  EXPECT_EQ(total->location, "Indonesia");
  EXPECT_TRUE(total->location_from_document);
  const Claims rescuers(
      "Indonesian rescuers reached the hills.\nThe total number killed in "
      "the quake is now 436.");
  ASSERT_THAT(rescuers.all(), SizeIs(1)) << rescuers.Describe();
  EXPECT_EQ(rescuers.all()[0].location, "");
}

TEST(NumericClaimsTest, VenueNamedAfterAPlaceIsNoPlaceOfTheStory) {
  // "the Mandalay Bay resort" is in Las Vegas, not in Mandalay (Myanmar).
  const std::string body =
      "A gunman fired from the Mandalay Bay resort and casino.\nGuards "
      "reached the Mandalay Bay hotel room.\nAt least 59 people were "
      "killed.";
  const Claims venue(body);
  ASSERT_THAT(venue.all(), SizeIs(1)) << venue.Describe();
  EXPECT_EQ(venue.all()[0].location, "");
  // The place itself, named as often, is the story's.
  const Claims city(
      "A gunman fired at a crowd in Mandalay.\nGuards reached the hotel in "
      "Mandalay.\nAt least 59 people were killed.");
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_EQ(city.all()[0].location, "Mandalay");
}

TEST(NumericClaimsTest, TheCountryThatAttacksIsNoStoryPlace) {
  const Claims claims(
      "Refugees flee\nRussia invaded Ukraine in February, and Russian forces "
      "shelled its cities; Russia's troops advanced.\nUkrainian officials "
      "said more than 1.7 million refugees have fled.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Ukraine");
}

TEST(NumericClaimsTest, OfTiedCountriesTheOnlyOneNamedAsWhereIsTheStorys) {
  const Claims war(
      "Russian officials announced the toll on Wednesday. Ukrainian officials "
      "did not comment on the war with Russia. The operation in Ukraine went "
      "on.\nOfficials said 498 soldiers were killed.");
  const NumericClaim* killed = war.Find("498 soldiers were killed");
  ASSERT_NE(killed, nullptr) << war.Describe();
  EXPECT_EQ(killed->location, "Ukraine");
  EXPECT_TRUE(killed->location_from_document);
  // Both named as where: no story country.
  const Claims both(
      "Russian officials announced the toll on Wednesday. Ukrainian officials "
      "did not comment on the war in Russia. The operation in Ukraine went "
      "on.\nOfficials said 498 soldiers were killed.");
  const NumericClaim* either = both.Find("498 soldiers were killed");
  ASSERT_NE(either, nullptr) << both.Describe();
  EXPECT_EQ(either->location, "");
}

TEST(NumericClaimsTest, ANameJoinedByAndVotesForTheStorysCountry) {
  // "Jammu and Kashmir" is India's, however often Pakistan is named on the
  // way.
  const Claims claims(
      "Aid announced\nSrinagar, October 11\nThe quake in Jammu and Kashmir "
      "was a calamity. Jammu and Kashmir will be rebuilt, close to the Line "
      "of Control with Pakistan. He called the President of Pakistan.\nThe "
      "minister said 1,300 persons have lost their lives so far.");
  const NumericClaim* toll = claims.Find("1,300");
  ASSERT_NE(toll, nullptr) << claims.Describe();
  EXPECT_NE(toll->location, "Pakistan");
  EXPECT_EQ(CountriesOf(toll->location), std::vector<std::string>({"India"}));
}

TEST(NumericClaimsTest, PointADistanceIsReckonedFromIsNoStoryPlace) {
  // A storm's position beside the island it struck: the toll is the
  // island's, though the reference town is named more often.
  const std::string struck =
      "Storm hits islands\nAt least 15 people have died on the island of "
      "Dominica after the storm devastated the country, Dominica's prime "
      "minister said.\n";
  const std::string position =
      "The storm was located about 85 miles east-northeast of Puerto Plata, "
      "Dominican Republic.\n";
  const Claims claims(struck + position + position);
  ASSERT_FALSE(claims.all().empty()) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Dominica") << claims.Describe();
  // Named as where the storm was, the same town is a place of the story.
  const Claims there(struck +
                     "The storm reached Puerto Plata, Dominican Republic.\n"
                     "The storm reached Puerto Plata, Dominican Republic.\n");
  ASSERT_FALSE(there.all().empty()) << there.Describe();
  EXPECT_EQ(there.all()[0].location, "Dominican Republic") << there.Describe();
}

TEST(NumericClaimsTest, StateAbbreviationAfterATownNamesTheState) {
  // The AP's "Surfside, Fla.": the state, as "Surfside, Florida" would.
  const Claims abbreviated(
      "SURFSIDE, Fla. (WSVN) — Rescuers searched the rubble in Surfside, "
      "Fla., on Friday. The death toll rose to 15, officials said.");
  const NumericClaim* toll = abbreviated.Find("death toll rose to 15");
  ASSERT_NE(toll, nullptr) << abbreviated.Describe();
  EXPECT_EQ(toll->location, "Florida");
  EXPECT_TRUE(toll->location_from_document);
  // A country abbreviated before what it owns says whose, not where: a
  // state's story stays the state's.
  const Claims owned(
      "A gunman killed 19 children at a school in Uvalde, Texas. Texas "
      "officials called it the worst shooting at a U.S. grade school.\nThe "
      "death toll rose to 21.");
  const NumericClaim* owned_toll = owned.Find("death toll rose to 21");
  ASSERT_NE(owned_toll, nullptr) << owned.Describe();
  EXPECT_EQ(owned_toll->location, "Texas");
  // But where it names the country, the story is the country's.
  const Claims named(
      "A gunman killed 19 children at a school in Uvalde, Texas. Texas "
      "officials called it the worst school shooting in the U.S. in a "
      "decade.\nThe death toll rose to 21.");
  const NumericClaim* named_toll = named.Find("death toll rose to 21");
  ASSERT_NE(named_toll, nullptr) << named.Describe();
  EXPECT_EQ(named_toll->location, "United States");
}

TEST(NumericClaimsTest, CountryNamedOnceIsTheStorysWhenItsCitiesAreNamed) {
  // Its country named once, the victims' countries in passing: the one
  // whose city the story names twice is where its counts are.
  const std::string opening =
      "Mourning in the capital\nSouth Korea is in mourning after the crush. "
      "Victims came from Iran, China and Norway. ";
  const Claims cities(opening +
                      "Mourners gathered in central Seoul on Monday, and an "
                      "altar was set up near Seoul City Hall.\nThe death "
                      "toll rose to 154.");
  const NumericClaim* toll = cities.Find("death toll rose to 154");
  ASSERT_NE(toll, nullptr) << cities.Describe();
  EXPECT_EQ(toll->location, "South Korea");
  EXPECT_TRUE(toll->location_from_document);
  const Claims no_city(opening +
                       "Mourners gathered in the capital on Monday, and an "
                       "altar was set up near City Hall.\nThe death toll "
                       "rose to 154.");
  const NumericClaim* unplaced = no_city.Find("death toll rose to 154");
  ASSERT_NE(unplaced, nullptr) << no_city.Describe();
  EXPECT_EQ(unplaced->location, "");
}

TEST(NumericClaimsTest, StormsNameIsNoCityConfirmingTheStorysCountry) {
  // Two countries named once each: a city named twice confirms its own
  // ("central Miami"); "Hurricane" is also a town in Utah, but "after
  // Hurricane Dorian" names a storm.
  const Claims storm(
      "Dorian's toll rises\nThe toll rose to 60 after Hurricane Dorian, "
      "police said. Homes fell after Hurricane Dorian. An expert from the "
      "U.S. government praised the work of The Bahamas.");
  const NumericClaim* unplaced = storm.Find("toll rose to 60");
  ASSERT_NE(unplaced, nullptr) << storm.Describe();
  EXPECT_EQ(unplaced->location, "");
  const Claims cities(
      "Dorian's toll rises\nThe toll rose to 60, police said. Rescuers "
      "gathered in central Miami, and homes fell near Miami. An expert from "
      "the U.S. government praised the work of The Bahamas.");
  const NumericClaim* placed = cities.Find("toll rose to 60");
  ASSERT_NE(placed, nullptr) << cities.Describe();
  EXPECT_EQ(placed->location, "United States");
}

TEST(NumericClaimsTest, CountriesListedAsTheVictimsOriginsAreNoStoryPlace) {
  // The victims' countries listed, one of them also by its adjective: no
  // country the story is about.
  const std::string victims =
      "Crowd crush toll rises\nChinese and Thai nationals were counted among "
      "the dead until they "
      "were identified. The foreigners who died came from Iran, Uzbekistan, "
      "China, Russia and Norway.\n";
  const Claims listed(victims + "The death toll rose to 154.");
  const NumericClaim* toll = listed.Find("death toll rose to 154");
  ASSERT_NE(toll, nullptr) << listed.Describe();
  EXPECT_EQ(toll->location, "");
  // Countries listed as where things are still point to them.
  const Claims struck(
      "Monsoon toll rises\nHeavy rain fell in Pakistan, India and Nepal. "
      "Pakistan asked for help.\nThe death toll rose to 154.");
  const NumericClaim* struck_toll = struck.Find("death toll rose to 154");
  ASSERT_NE(struck_toll, nullptr) << struck.Describe();
  EXPECT_EQ(struck_toll->location, "Pakistan");
}

TEST(NumericClaimsTest, TownAStoryNamesTwiceIsItsPlaceWhenNothingElseIs) {
  // A town the gazetteer does not know, where the story's events are:
  // its place, as a site would be.
  const Claims town(
      "Condo collapse\nRescuers in Surfside searched the rubble overnight. "
      "Families waited in Surfside for news.\nThe death toll rose to 12.");
  const NumericClaim* toll = town.Find("death toll rose to 12");
  ASSERT_NE(toll, nullptr) << town.Describe();
  EXPECT_EQ(toll->location, "Surfside");
  EXPECT_TRUE(toll->location_from_document);
  // Described after "in the", it is the same town.
  const Claims described(
      "Crowd crush\nMourners gathered in Itaewon on Sunday. The crush in "
      "the popular nightlife district of Itaewon shocked the nation.\nThe "
      "death toll rose to 156.");
  const NumericClaim* described_toll = described.Find("death toll rose to 156");
  ASSERT_NE(described_toll, nullptr) << described.Describe();
  EXPECT_EQ(described_toll->location, "Itaewon");
  // Where someone spoke is not.
  const Claims spoken(
      "Condo collapse\nThe mayor said in Doral that rescuers searched the "
      "rubble. The governor spoke in Doral too.\nThe death toll rose to "
      "12.");
  const NumericClaim* unplaced = spoken.Find("death toll rose to 12");
  ASSERT_NE(unplaced, nullptr) << spoken.Describe();
  EXPECT_EQ(unplaced->location, "");
}

TEST(NumericClaimsTest, BuildingAStoryNamesTwiceIsItsPlaceWhenNothingElseIs) {
  // A tower fire told with no city or country the gazetteer knows: the
  // tower is where its toll is counted.
  const std::string tower =
      "Fire guts Hale Tower\nFirefighters fought the blaze at Hale Tower "
      "through the night.\n";
  const Claims fire(tower + "At least 30 people have died, police said.");
  ASSERT_THAT(fire.all(), SizeIs(1)) << fire.Describe();
  EXPECT_EQ(fire.all()[0].location, "Hale Tower");
  EXPECT_TRUE(fire.all()[0].location_from_document);
  // A story of a country counts the country's.
  const Claims country(tower +
                       "Peru mourns. Peru asked for help. At least 30 people "
                       "have died, police said.");
  ASSERT_THAT(country.all(), SizeIs(1)) << country.Describe();
  EXPECT_EQ(country.all()[0].location, "Peru");
}

}  // namespace
}  // namespace factcheck::extract
