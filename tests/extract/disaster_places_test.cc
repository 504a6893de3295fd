// Where a toll is when its sentence names the disaster or attack that
// caused it: the place the event struck (a quake "that hit Herat", "the
// attack on Ganja", a city's venue), not a city naming the disaster ("Palu
// Quake"), where the dead were carried, nor offices that only link deaths
// to it elsewhere. The place a sentence gives otherwise is
// numeric_places_test's.
#include <algorithm>
#include <string>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::SizeIs;

TEST(NumericClaimsTest, PlaceAnAttackStruckIsItsTollsPlace) {
  Claims("Israeli airstrikes on Gaza have killed at least 83 people.")
      .ExpectClaim({"at least 83", "deaths", "Gaza", Qualifier::kAtLeast, 83,
                    kInfinity});
  Claims("Rebel shelling of Idlib killed 20 people.")
      .ExpectClaim({"20", "deaths", "Idlib", Qualifier::kExact, 20, 20});
  // A day, or a target the gazetteer does not know, is no place.
  Claims("Airstrikes on Monday killed 20 people.")
      .ExpectClaim({"20", "deaths", "", Qualifier::kExact, 20, 20});
  Claims("Attacks on the Capitol killed 20 people.")
      .ExpectClaim({"20", "deaths", "", Qualifier::kExact, 20, 20});
  // One strike's target is its dead's place too, a toll of one attack.
  const Claims strike("An Israeli airstrike on Gaza killed 20 people.");
  ASSERT_THAT(strike.all(), SizeIs(1)) << strike.Describe();
  EXPECT_EQ(strike.all()[0].location, "Gaza");
  EXPECT_TRUE(strike.all()[0].one_attack);
  // A city the gazetteer knows is as known as a province.
  Claims("A missile strike on Ganja killed 20 people.")
      .ExpectClaim({"20", "deaths", "Ganja", Qualifier::kExact, 20, 20});
  // "second-largest" describes the city the possessive's country owns.
  const Claims city(
      "The toll of strikes on Azerbaijan's second-largest city of Ganja has "
      "reached 10.");
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_EQ(city.all()[0].location, "Ganja");
}

TEST(NumericClaimsTest, CityNamingADisasterIsNoPlaceOfItsToll) {
  // "the Palu quake" struck Donggala and Sigi too: its toll is no city's; a
  // country's disaster is its own.
  const std::pair<const char*, const char*> kHeadlines[] = {
      {"Death Toll in Palu Quake Rises to 1,200", ""},
      {"Death Toll in Palu Rises to 1,200", "Palu"},
      {"Death Toll in Nepal Quake Rises to 1,200", "Nepal"}};
  for (const auto& [headline, place] : kHeadlines) {
    const Claims claims(headline);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, place) << headline;
  }
}

TEST(NumericClaimsTest, NamedStormFireOrHolidayIsNoPlace) {
  // A disaster's own name, or the holiday it struck on, is no place; the
  // place beside a holiday still is.
  const std::pair<const char*, const char*> kSentences[] = {
      {"At least 24 people have died in Cyclone Idai.", ""},
      {"At least 64 people died in Hurricane Maria.", ""},
      {"At least 63 people were killed in the Camp Fire.", ""},
      {"At least 156 people died in Halloween crowd crush.", ""},
      {"At least 151 people died in Seoul Halloween stampede.", "Seoul"},
      {"At least 151 people died in Seoul on Saturday.", "Seoul"},
      {"At least 3 people died in Christmas Island.", "Christmas Island"}};
  for (const auto& [sentence, place] : kSentences) {
    const Claims claims(sentence);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, place) << sentence;
  }
}

TEST(NumericClaimsTest, WhereTheDeadWereCarriedIsNoPlaceOfTheirCount) {
  EXPECT_EQ(
      PlaceOfOnlyClaim("Villagers said 300 bodies were swept into Mozambique."),
      "");
  EXPECT_EQ(
      PlaceOfOnlyClaim("Villagers said 300 bodies washed up in Mozambique."),
      "");
  EXPECT_EQ(
      PlaceOfOnlyClaim("Villagers said 300 bodies were found in Mozambique."),
      "Mozambique");
  // A stretch of a place is that place's.
  EXPECT_EQ(PlaceOfOnlyClaim("The cyclone killed 700 people across a swathe of "
                             "Mozambique."),
            "Mozambique");
}

TEST(NumericClaimsTest, PlaceAfterTheCauseOfATollIsItsPlace) {
  const Claims claims(
      "The death toll from the new respiratory virus outbreak in Peru rose "
      "to 212.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Peru");
}

TEST(NumericClaimsTest, PlaceOfADisasterThatCausedTheCountIsItsPlace) {
  Claims("Some 43,059 people have been displaced by the floods in Libya.")
      .ExpectClaim({"Some 43,059", "displaced", "Libya",
                    Qualifier::kApproximately, 42628.41, 43489.59});
  Claims("At least 12 people were killed by Russian shelling in Kharkiv.")
      .ExpectClaim({"At least 12 people were killed", "deaths", "Kharkiv",
                    Qualifier::kAtLeast, 12, kInfinity});
  // Another agent's place is not the count's: the rockets fell elsewhere.
  Claims("Some 40 rockets were fired by militants in Gaza.")
      .ExpectClaim({"Some 40 rockets", "rockets", "", Qualifier::kApproximately,
                    36, 44});
}

TEST(NumericClaimsTest, DisasterThatClaimedLivesGivesItsPlaceAsNoSpeakerDoes) {
  Claims("The flood in Sindh has claimed 120 lives.")
      .ExpectClaim(
          {"120 lives", "deaths", "Sindh", Qualifier::kExact, 120, 120});
  // A body that claims a count still gives its own place.
  Claims("Gaza officials claimed 25 deaths.")
      .ExpectClaim({"25 deaths", "deaths", "Gaza", Qualifier::kExact, 25, 25});
}

TEST(NumericClaimsTest, PlaceOfTheVenueIsTheCountsPlace) {
  Claims("The toll of the strikes on the bus station in Kharkiv has reached 9.")
      .ExpectClaim({"toll of the strikes on the bus station in Kharkiv has "
                    "reached 9",
                    "deaths", "Kharkiv", Qualifier::kExact, 9, 9});
  Claims("The toll of the strikes on the bus station has reached 9.")
      .ExpectClaim({"toll of the strikes on the bus station has reached 9",
                    "deaths", "", Qualifier::kExact, 9, 9});
}

TEST(NumericClaimsTest, PlaceOfAFewVenuesIsTheCountsPlace) {
  Claims(
      "At least 49 people died after attacks on two mosques in Christchurch.")
      .ExpectClaim({"At least 49 people died", "deaths", "Christchurch",
                    Qualifier::kAtLeast, 49, kInfinity});
  Claims("At least 49 people died after attacks on two mosques.")
      .ExpectClaim({"At least 49 people died", "deaths", "",
                    Qualifier::kAtLeast, 49, kInfinity});
}

TEST(NumericClaimsTest, WhenClauseSaysWhereTheEventThatKilledStruck) {
  Claims(
      "Nine people were killed on Monday when a missile struck a market in "
      "Kharkiv.")
      .ExpectClaim({"Nine people were killed", "deaths", "Kharkiv",
                    Qualifier::kExact, 9, 9});
  Claims("Nine people were killed on Monday when the cyclone hit Mozambique.")
      .ExpectClaim({"Nine people were killed", "deaths", "Mozambique",
                    Qualifier::kExact, 9, 9});
  Claims("Nine people were killed as the cyclone battered Mozambique.")
      .ExpectClaim({"Nine people were killed", "deaths", "Mozambique",
                    Qualifier::kExact, 9, 9});
  // "as many as" opens no clause.
  const Claims many("As many as nine people were killed in the cyclone.");
  ASSERT_THAT(many.all(), SizeIs(1)) << many.Describe();
  EXPECT_EQ(many.all()[0].location, "");
  // Where the event came from is not where it killed.
  Claims(
      "Nine people were killed on Monday when the cyclone moved away from "
      "Mozambique.")
      .ExpectClaim(
          {"Nine people were killed", "deaths", "", Qualifier::kExact, 9, 9});
}

TEST(NumericClaimsTest, AccidentsKindInTitleCaseIsNoPartOfItsPlace) {
  Claims("The death toll in the Balasore Train Accident has risen to 238.")
      .ExpectClaim(
          {"death toll in the Balasore Train Accident has risen to 238",
           "deaths", "Balasore", Qualifier::kExact, 238, 238});
  Claims("Death Toll In Itaewon Crowd Crush Rises To 156")
      .ExpectClaim({"Death Toll In Itaewon Crowd Crush Rises To 156", "deaths",
                    "Itaewon", Qualifier::kExact, 156, 156});
}

TEST(NumericClaimsTest, AfterClauseSaysWhereTheEventThatKilledStruck) {
  Claims("At least 120 people are dead after an earthquake struck Nepal.")
      .ExpectClaim({"At least 120", "deaths", "Nepal", Qualifier::kAtLeast, 120,
                    kInfinity});
  // What collapsed or blew up did so where its "in" or its venue says.
  Claims(
      "Officials said 149 people are unaccounted for after a residential "
      "building partially collapsed in Surfside.")
      .ExpectClaim({"149", "missing", "Surfside", Qualifier::kExact, 149, 149});
  Claims(
      "Five people were hurt after a gas tank exploded at a market in "
      "Lagos.")
      .ExpectClaim({"Five", "injured", "Lagos", Qualifier::kExact, 5, 5});
  // Another verb's "in" says nothing of where the event struck.
  Claims(
      "Officials said 149 people are unaccounted for after the building "
      "was inspected in May.")
      .ExpectClaim({"149", "missing", "", Qualifier::kExact, 149, 149});
}

TEST(NumericClaimsTest, EventThatStrikesOnePlaceKillsWhereItStruck) {
  // An aftershock, a landslide: the count after ", killing" is where the
  // event struck, not the story's country.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Quake in Turkey\n\nTurkey was shaken again on Tuesday. "
                       "A strong aftershock hit Malatya, killing 70 people."),
      "Malatya");
  EXPECT_EQ(
      PlaceOfOnlyClaim("Floods in Pakistan\n\nPakistan's floods went on. A "
                       "landslide buried a village in Swat, killing 12."),
      "Swat");
  // The story's own quake may count its dead across the country.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Quake in Turkey\n\nTurkey was shaken on Monday. The "
                       "earthquake struck Malatya, killing 70 people."),
      "Turkey");
  // An explosion's dead are where it went off, after a dateline's dash too.
  EXPECT_EQ(PlaceOfOnlyClaim(
                "Blast in Lebanon\n\nBEIRUT, Lebanon (AFP) \xE2\x80\x94 Two "
                "enormous explosions devastated Beirut\xE2\x80\x99s port on "
                "Tuesday, leaving at least 73 people dead."),
            "Beirut");
}

TEST(NumericClaimsTest, GunmanCrushOrCollapseKillsWhereItHappened) {
  // A lede's clause says where one shooting, one crush, one collapse
  // happened; the toll after ", killing" is that place's.
  EXPECT_EQ(PlaceOfOnlyClaim("Shooting in Nevada\n\nA gunman opened fire at "
                             "a street fair in Reno, killing at least 9 "
                             "people."),
            "Reno");
  EXPECT_EQ(PlaceOfOnlyClaim("Bridge falls\n\nA bridge collapsed in Porto "
                             "on Tuesday, killing at least 14 people."),
            "Porto");
  EXPECT_EQ(PlaceOfOnlyClaim("Crush at a match\n\nA stampede broke out at a "
                             "stadium in Kumasi, killing 31 fans."),
            "Kumasi");
  // A venue's own name is no place the gazetteers know: the city is read
  // on.
  EXPECT_EQ(PlaceOfOnlyClaim("Shooting in Nevada\n\nA gunman opened fire at "
                             "the Silver Dune Casino in Reno, killing at "
                             "least 9 people."),
            "Reno");
  // A gunman who only fired names no place: the count stays unplaced.
  EXPECT_EQ(PlaceOfOnlyClaim("Shooting\n\nA gunman opened fire on Sunday, "
                             "killing at least 9 people."),
            "");
  // A storm strikes a region, not one place: its toll keeps the story's.
  EXPECT_EQ(PlaceOfOnlyClaim("Storm in Portugal\n\nPortugal was battered "
                             "again. The storm hit Porto, killing at least "
                             "14 people."),
            "Portugal");
}

TEST(NumericClaimsTest, DeadAfterAnEventOfOnePlaceAreThatPlaces) {
  // "died after", "died when": the clause's gunmen or fire say where.
  EXPECT_EQ(PlaceOfOnlyClaim("Attack in Norway\n\nTwelve people have died "
                             "after gunmen attacked worshippers at a church "
                             "in Bergen on Sunday."),
            "Bergen");
  EXPECT_EQ(PlaceOfOnlyClaim("Fire\n\nNine people died when a fire broke "
                             "out at a nightclub in Porto."),
            "Porto");
  // Gunmen named with no place: the count keeps none.
  EXPECT_EQ(PlaceOfOnlyClaim("Attack\n\nTwelve people have died after "
                             "gunmen attacked worshippers on Sunday."),
            "");
}

TEST(NumericClaimsTest, DisasterThatHitAPlaceGivesTheTollItCausedThatPlace) {
  Claims("The death toll from flooding that hit Derna reached 5,100.")
      .ExpectClaim({"death toll from flooding that hit Derna reached 5,100",
                    "deaths", "Darnah", Qualifier::kExact, 5100, 5100});
  // Where the quake struck is not where all its victims were: a count the
  // clause does not name the cause of keeps no place from it.
  Claims(
      "At least 2,012 people were killed and 2,059 wounded in the quake "
      "that rocked Marrakesh.")
      .ExpectClaim({"At least 2,012 people were killed", "deaths", "",
                    Qualifier::kAtLeast, 2012, kInfinity});
}

TEST(NumericClaimsTest, TollInADescribedDisasterTakesThePlaceItStruck) {
  // After "in" as after "from", the disaster's words stand between the
  // toll and its place.
  Claims(
      "The death toll in Saturday's powerful earthquake which struck Haiti "
      "now stands at 944.")
      .ExpectClaim({"death toll in Saturday's powerful earthquake which struck "
                    "Haiti now stands at 944",
                    "deaths", "Haiti", Qualifier::kExact, 944, 944});
  Claims(
      "The death toll in Saturday's earthquake which struck Haiti now stands "
      "at 944.")
      .ExpectClaim({"death toll in Saturday's earthquake which struck Haiti "
                    "now stands at 944",
                    "deaths", "Haiti", Qualifier::kExact, 944, 944});
}

TEST(NumericClaimsTest, KnownPlaceNamingTheDisasterIsTheTollsPlace) {
  Claims("Death Toll Of Morocco Earthquake Rises To 2,681")
      .ExpectClaim({"Death Toll Of Morocco Earthquake Rises To 2,681", "deaths",
                    "Morocco", Qualifier::kExact, 2681, 2681});
  // A name the gazetteer does not know is no place.
  Claims("Death Toll Of Smith Earthquake Rises To 2,681")
      .ExpectClaim({"Death Toll Of Smith Earthquake Rises To 2,681", "deaths",
                    "", Qualifier::kExact, 2681, 2681});
}

TEST(NumericClaimsTest,
     DisasterNamedAfterOneOfTwoCountriesCountedPlacesNoToll) {
  // A text counting the dead in two countries by their sentences' places:
  // the quake struck past the country it is named after, and the toll its
  // name alone places may be their sum. Counting in one country, the name
  // still places it.
  const std::string named =
      "Rescuers searched for survivors of Pakistan's massive earthquake as "
      "the death toll rose past 20,000. Officials said 19,400 people died in "
      "Pakistan.";
  const auto toll_of = [](const Claims& claims) {
    return std::find_if(claims.all().begin(), claims.all().end(),
                        [](const NumericClaim& claim) {
                          return claim.quantity.lower == 20000;
                        });
  };
  const Claims two_countries(named +
                             " Across the border in India, almost 700 people "
                             "were killed.");
  const auto across = toll_of(two_countries);
  ASSERT_NE(across, two_countries.all().end()) << two_countries.Describe();
  EXPECT_EQ(across->location, "") << two_countries.Describe();
  EXPECT_FALSE(across->location_from_document);
  EXPECT_TRUE(across->disaster_across_borders);
  // A headline's such toll restated below it is no place's either.
  const Claims headline(
      "Pakistan earthquake toll tops 20,000\n\nThe death toll from the quake "
      "rose past 20,000 on Monday. Officials said 19,400 people died in "
      "Pakistan. In India, 700 people were killed.");
  for (const NumericClaim& claim : headline.all()) {
    if (claim.quantity.lower != 20000) continue;
    EXPECT_EQ(claim.location, "") << headline.Describe();
    EXPECT_TRUE(claim.disaster_across_borders) << headline.Describe();
  }
  // The same figure given by its place's own words is that place's.
  const Claims restated(
      "Rescuers searched for survivors of India's massive earthquake as the "
      "death toll rose to 700. Officials said 700 people died in India. In "
      "Pakistan, 19,400 people died.");
  ASSERT_THAT(restated.all(), SizeIs(3)) << restated.Describe();
  EXPECT_EQ(restated.all()[0].location, "India") << restated.Describe();
  const Claims one_country(named + " In the city of Lahore, 70 people died.");
  const auto within = toll_of(one_country);
  ASSERT_NE(within, one_country.all().end()) << one_country.Describe();
  EXPECT_EQ(within->location, "Pakistan") << one_country.Describe();
}

TEST(NumericClaimsTest, OfficesThatLinkDeathsToTheDisasterGiveTheirPlace) {
  Claims("Florida officials have linked about 100 deaths to the storm.")
      .ExpectClaim({"about 100 deaths", "deaths", "Florida",
                    Qualifier::kApproximately, 90, 110});
  // Who is no office speaks for no place.
  Claims("Florida reporters have linked about 100 deaths to the storm.")
      .ExpectClaim({"about 100 deaths", "deaths", "", Qualifier::kApproximately,
                    90, 110});
}

}  // namespace
}  // namespace factcheck::extract
