// Where numeric claims are, as a careful reader places them: the place a
// sentence gives. Lists of counts by place are place_lists_test's; the
// article's own place, for counts whose sentence gives none,
// story_places_test's; tolls placed by the disaster that caused them,
// disaster_places_test's. A place with the areas around it ("Mexico City
// and surrounding areas") is a scope of its own.
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::SizeIs;

TEST(NumericClaimsTest, HeadlineTollTakesItsSourceAndTheSourcesPlace) {
  const Claims claims(
      "Read: Gaza officials: Death toll from Israeli strikes rises to 43");
  claims.ExpectClaim({"Death toll from Israeli strikes rises to 43", "deaths",
                      "Gaza", Qualifier::kExact, 43, 43});
  EXPECT_EQ(claims.all()[0].source, "Gaza officials");
}

TEST(NumericClaimsTest, SubjectsPlaceIsTheClaimsPlaceWhenNoneFollows) {
  Claims("An Israeli strike in Rafah killed 20 people, officials said.")
      .ExpectClaim({"20", "deaths", "Rafah", Qualifier::kExact, 20, 20});
  Claims("Fighting in Khartoum has displaced more than 1.1 million people.")
      .ExpectClaim({"more than 1.1 million", "displaced", "Khartoum",
                    Qualifier::kMoreThan, 1.1e6, kInfinity});
  Claims("In Gaza, at least 65 people have been killed since Monday.")
      .ExpectClaim({"at least 65 people have been killed", "deaths", "Gaza",
                    Qualifier::kAtLeast, 65, kInfinity});
  const Claims both("A car bomb in Mogadishu killed 12 people and wounded 40.");
  both.ExpectClaim({"12", "deaths", "Mogadishu", Qualifier::kExact, 12, 12});
  both.ExpectClaim({"40", "injured", "Mogadishu", Qualifier::kExact, 40, 40});
}

TEST(NumericClaimsTest, PlaceIsKeptUnderItsCanonicalName) {
  struct Place {
    const char* written;
    const char* name_words;
    const char* canonical;
  };
  const Place kPlaces[] = {
      {"the Gaza Strip", "Gaza Strip", "Gaza"},
      {"the U.S.", "U.S.", "United States"},
      {"Libya's Derna", "Libya's Derna", "Darnah"},
      {"Marrakesh", "Marrakesh", "Marrakech"},
      {"Al-Haouz", "Al-Haouz", "Al Haouz"},
      {"Gilgit-Baltistan", "Gilgit-Baltistan", "Gilgit-Baltistan"},
      {"Port-au-Prince", "Port-au-Prince", "Port-au-Prince"},
      {"Saint-Jean-de-Luz", "Saint-Jean-de-Luz", "Saint-Jean-de-Luz"},
      {"Azad Kashmir", "Azad Kashmir", "Azad Jammu and Kashmir"},
      {"Kiev", "Kiev", "Kyiv"},
      {"the Kharkiv region", "Kharkiv", "Kharkiv"}};
  for (const Place& place : kPlaces) {
    const Claims claims(
        absl::StrCat("At least 12 people were killed in ", place.written, "."));
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, place.canonical);
    EXPECT_EQ(claims.Text(claims.all()[0].location_span), place.name_words);
  }
}

TEST(NumericClaimsTest, NationalityOfTheForcesIsNoPlace) {
  Claims("At least 12 people were killed in Israeli strikes in Gaza.")
      .ExpectClaim({"At least 12 people were killed", "deaths", "Gaza",
                    Qualifier::kAtLeast, 12, kInfinity});
  Claims("At least 12 people were killed in Russian shelling of Kharkiv.")
      .ExpectClaim({"At least 12 people were killed", "deaths", "Kharkiv",
                    Qualifier::kAtLeast, 12, kInfinity});
}

TEST(NumericClaimsTest, CountryOpeningTheSentenceFramesWhatItsSpeakerSays) {
  Claims("In Iraq, the health ministry said eight people had died.")
      .ExpectClaim({"eight", "deaths", "Iraq", Qualifier::kExact, 8, 8});
}

TEST(NumericClaimsTest, SpeakersPlaceIsNotTheClaimsPlace) {
  for (const char* sentence :
       {"Speaking in Washington, Blinken said 200 people had been killed.",
        "In Washington, Biden said 200 people had been killed.",
        "The UN office in Geneva said 200 people had been killed."}) {
    Claims(sentence).ExpectClaim({"200 people had been killed", "deaths", "",
                                  Qualifier::kExact, 200, 200});
  }
}

TEST(NumericClaimsTest, PlaceOfAnotherNumberIsNotTheClaimsPlace) {
  Claims(
      "At least 65 in Gaza and seven in Israel were killed by hundreds of "
      "airstrikes.")
      .ExpectClaim({"hundreds of airstrikes", "airstrikes", "",
                    Qualifier::kVague, 100, 999});
}

TEST(NumericClaimsTest, HeadlineCapitalsEndThePlace) {
  const Claims claims("Death Toll From Virus In China Rises To 1,016");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "China");
  // Any verb in its past form ends it, not only the usual ones.
  const Claims bumped(
      "Hurricane Death Toll in Puerto Rico Bumped Up from 64 to 2,975");
  ASSERT_THAT(bumped.all(), SizeIs(2)) << bumped.Describe();
  for (const NumericClaim& claim : bumped.all()) {
    EXPECT_EQ(claim.location, "Puerto Rico");
  }
}

TEST(NumericClaimsTest, TerritoryOfACountryIsNoCountOfTheCountry) {
  const std::string story =
      "Storm batters Puerto Rico\nPuerto Rico is without power. Puerto Rico "
      "asked for help.\n";
  const Claims territory(
      story + "At least six people were killed in the U.S. territory.");
  const NumericClaim* toll = territory.Find("At least six people were killed");
  ASSERT_NE(toll, nullptr) << territory.Describe();
  EXPECT_EQ(toll->location, "Puerto Rico");
  EXPECT_TRUE(toll->location_from_document);
  const Claims country(story + "At least six people were killed in the U.S.");
  const NumericClaim* national =
      country.Find("At least six people were killed");
  ASSERT_NE(national, nullptr) << country.Describe();
  EXPECT_EQ(national->location, "United States");
}

TEST(NumericClaimsTest, HeadlineWordBeginningAKnownNameIsPartOfIt) {
  // "New" ends a headline's place ("Toll Rises In China As New Cases
  // Mount") but begins New Zealand.
  Claims("Twenty people were injured in New Zealand.")
      .ExpectClaim({"Twenty people were injured", "injured", "New Zealand",
                    Qualifier::kExact, 20, 20});
  const Claims headline("Death Toll In New Zealand Quake Rises To 40");
  ASSERT_THAT(headline.all(), SizeIs(1)) << headline.Describe();
  EXPECT_EQ(headline.all()[0].location, "New Zealand");
}

TEST(NumericClaimsTest, HeadlinesTopicBeforeItsColonSaysWhereNotWho) {
  const Claims topic("Quake in Nepal: death toll rises to 1,200");
  ASSERT_THAT(topic.all(), SizeIs(1)) << topic.Describe();
  EXPECT_EQ(topic.all()[0].location, "Nepal");
  EXPECT_EQ(topic.all()[0].source, "");
  // A body before the colon is a source.
  const Claims source("Officials in Nepal: death toll rises to 1,200");
  ASSERT_THAT(source.all(), SizeIs(1)) << source.Describe();
  EXPECT_EQ(source.all()[0].source, "Officials in Nepal");
}

TEST(NumericClaimsTest, WordBeforeAWeekdayIsADayUnlessATableKnowsThePlace) {
  const Claims holiday(
      "More than 500 people were injured in the Easter Sunday assault.");
  ASSERT_THAT(holiday.all(), SizeIs(1)) << holiday.Describe();
  EXPECT_EQ(holiday.all()[0].location, "");
  const Claims city("Three people were killed in Miami Tuesday.");
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_EQ(city.all()[0].location, "Miami");
}

TEST(NumericClaimsTest, MostSpecificPlaceAfterAPossessive) {
  const Claims claims(
      "The death toll in Libya's eastern city of Derna has soared to 11,300.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Darnah") << "ISO 3166's name of Derna";
}

TEST(NumericClaimsTest, KnownPlaceRightAfterAPossessiveAndItsKindIsThePlace) {
  Claims("At least 459 people have died in Sudan's capital Khartoum.")
      .ExpectClaim({"At least 459", "deaths", "Khartoum", Qualifier::kAtLeast,
                    459, kInfinity});
  Claims("At least 459 people have died in Sudan's capital.")
      .ExpectClaim({"At least 459", "deaths", "Sudan", Qualifier::kAtLeast, 459,
                    kInfinity});
}

TEST(NumericClaimsTest, RegionOneCountryHoldsIsAScopeOfItsOwn) {
  Claims("At least 944 people died in Indian-administered Kashmir.")
      .ExpectClaim({"At least 944 people died", "deaths",
                    "Jammu and Kashm\xC4\xABr", Qualifier::kAtLeast, 944,
                    kInfinity});
  // With the country that holds it, the country's whole.
  Claims(
      "At least 944 people died in Pakistan and Pakistani-administered "
      "Kashmir.")
      .ExpectClaim({"At least 944 people died", "deaths", "Pakistan",
                    Qualifier::kAtLeast, 944, kInfinity});
  // "the Indian-controlled zone of Kashmir": the same part, by its
  // holder and a word for a part.
  Claims("At least 31 people died in the Indian-controlled zone of Kashmir.")
      .ExpectClaim({"At least 31 people died", "deaths",
                    "Jammu and Kashm\xC4\xABr", Qualifier::kAtLeast, 31,
                    kInfinity});
  // A weekday's possessive is a time, no place.
  Claims("The toll in Saturday's earthquake rose to 944.")
      .ExpectClaim({"toll in Saturday's earthquake rose to 944", "deaths", "",
                    Qualifier::kExact, 944, 944});
}

TEST(NumericClaimsTest, IrregularNationalityDescribesTheCityNamedAfterOf) {
  Claims("At least 20 people died in the Chinese city of Wuhan.")
      .ExpectClaim({"At least 20 people died", "deaths", "Wuhan",
                    Qualifier::kAtLeast, 20, kInfinity});
  Claims("At least 20 people died in the Egyptian city of Alexandria.")
      .ExpectClaim({"At least 20 people died", "deaths", "Alexandria",
                    Qualifier::kAtLeast, 20, kInfinity});
  // A nationality before a noun describes it: no place.
  Claims("At least 20 people died in Libyan hospitals.")
      .ExpectClaim({"At least 20 people died", "deaths", "",
                    Qualifier::kAtLeast, 20, kInfinity});
}

TEST(NumericClaimsTest, PortOrAirportOfAKnownCityIsThatCity) {
  Claims("The blasts at Beirut Port killed at least 137 people.")
      .ExpectClaim({"at least 137", "deaths", "Beirut", Qualifier::kAtLeast,
                    137, kInfinity});
  // A city whose own name ends in "Port" keeps it.
  Claims("The floods at Ellesmere Port killed at least 13 people.")
      .ExpectClaim({"at least 13", "deaths", "Ellesmere Port",
                    Qualifier::kAtLeast, 13, kInfinity});
}

TEST(NumericClaimsTest, LineWrappedBeforeAWordInLowerCaseGoesOnWithItsPlace) {
  // Pages that wrap their text break lines inside sentences; no sentence
  // begins with a word in lower case.
  Claims("At least 31 people had been killed\nin Sindh.")
      .ExpectClaim({"At least 31 people had been killed", "deaths", "Sindh",
                    Qualifier::kAtLeast, 31, kInfinity});
}

TEST(NumericClaimsTest, BarBetweenACaptionAndTheStoryEndsTheCaption) {
  // A photo's date is no date of the story's count.
  const Claims joined(
      "A woman waits outside a hospital in Dayton, October 8, 2005. | "
      "Officials said at least 31 people had been killed.");
  ASSERT_FALSE(joined.all().empty()) << joined.Describe();
  EXPECT_EQ(joined.all()[0].measure, "deaths");
  EXPECT_EQ(joined.all()[0].year, 0) << joined.Describe();
}

TEST(NumericClaimsTest, PartiesNamingTheFightingAreNoPlace) {
  Claims("At least 97 people were killed in SAF-RSF clashes.")
      .ExpectClaim({"At least 97 people were killed", "deaths", "",
                    Qualifier::kAtLeast, 97, kInfinity});
  Claims("At least 97 people were killed in Khartoum clashes.")
      .ExpectClaim({"At least 97 people were killed", "deaths", "Khartoum",
                    Qualifier::kAtLeast, 97, kInfinity});
  // A headline's capitalised words naming the fighting are no place either;
  // the place after them is the count's.
  const Claims headline("95 People Killed in Armed Conflict in Karabakh");
  ASSERT_THAT(headline.all(), SizeIs(1)) << headline.Describe();
  EXPECT_EQ(headline.all()[0].location, "Karabakh");
  const Claims unknown("95 People Killed in Armed Conflict");
  ASSERT_THAT(unknown.all(), SizeIs(1)) << unknown.Describe();
  EXPECT_EQ(unknown.all()[0].location, "");
}

TEST(NumericClaimsTest, CountUnderAPlaceHeadingIsThatPlaces) {
  const Claims claims(
      "Update by province\n\nSindh\n\n542 deaths, 8,321 injuries\n\n"
      "Balochistan\n\n263 deaths, 166 injuries\n");
  ASSERT_THAT(claims.all(), SizeIs(4)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Sindh");
  EXPECT_EQ(claims.all()[2].location, "Balochistan");
}

TEST(NumericClaimsTest, FactBoxLabelsNameTheMeasureUnderAHeadingInCapitals) {
  const Claims box(
      "Following is an outline of the disaster:\nZIMBABWE\nThe storm hit "
      "on 16 March.\nPeople killed: 185\nPeople injured: 200\n"
      "Crops damaged: 9,000 hectares\nMALAWI\nPeople killed: 60\n");
  ASSERT_THAT(box.all(), SizeIs(3)) << box.Describe();
  EXPECT_EQ(box.all()[0].measure, "deaths");
  EXPECT_EQ(box.all()[0].location, "Zimbabwe");
  EXPECT_EQ(box.all()[1].measure, "injured");
  EXPECT_EQ(box.all()[2].location, "Malawi");
  // A name before the colon is who gives the count.
  const Claims source("Beira Hospital: 74 dead\n");
  ASSERT_THAT(source.all(), SizeIs(1)) << source.Describe();
  EXPECT_EQ(source.all()[0].source, "Beira Hospital");
}

TEST(NumericClaimsTest, PlaceOpeningTheSentenceAloneIsStillItsPlace) {
  for (const char* opening :
       {"In Khartoum, 41 people died.", "In Khartoum alone, 41 people died.",
        "In Khartoum district, 41 people died.",
        "In Khartoum district alone, 41 people died.",
        "In Khartoum, the worst-hit state, 41 people died."}) {
    const Claims claims(std::string("Fighting went on in Sudan. ") + opening);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, "Khartoum") << opening;
  }
}

TEST(NumericClaimsTest, PlaceThatIsTheSubjectIsTheCountsPlace) {
  EXPECT_EQ(PlaceOfOnlyClaim("Marion County has had seven confirmed deaths."),
            "Marion County");
  EXPECT_EQ(
      PlaceOfOnlyClaim("Marion County, where the storm made landfall, has had "
                       "57 deaths."),
      "Marion County");
  // The day it counted stands between the place and its verb.
  EXPECT_EQ(PlaceOfOnlyClaim("Marion County on Monday reported 57 deaths."),
            "Marion County");
  EXPECT_EQ(PlaceOfOnlyClaim("Marion County on Monday updated the number of "
                             "dead to 57."),
            "Marion County");
  // "reported" is also a verb of speech: the place still counts.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Marion County, home to Ocala, has reported 57 deaths."),
      "Marion County");
  EXPECT_EQ(PlaceOfOnlyClaim("Marion County held a vigil after 57 deaths."),
            "");
  // A body named after its place speaks for it, whatever its verb.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Marion County Sheriff Ann Lee said on Monday that the "
                       "death toll had climbed to 54."),
      "Marion County");
  EXPECT_EQ(PlaceOfOnlyClaim("Oregon emergency officials confirmed 21 deaths."),
            "Oregon");
  // A body in a place counts there; a speaker in a place may speak of any.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Officials in Marion County confirmed six deaths."),
      "Marion County");
  // So it does past an aside on its place.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Officials in Marion County, the worst-hit county in "
                       "the state, reported six deaths."),
      "Marion County");
  EXPECT_EQ(PlaceOfOnlyClaim("Officials in Geneva said 65 people were killed."),
            "");
  // A joint subject is neither place's.
  EXPECT_EQ(PlaceOfOnlyClaim("Oregon and Idaho had reported five deaths each."),
            "");
  EXPECT_EQ(PlaceOfOnlyClaim("In Marion County the sheriff said 58 have died."),
            "Marion County");
}

TEST(NumericClaimsTest, PlaceOpeningTheSentenceSpeaksAfterButWithNoSubject) {
  EXPECT_EQ(PlaceOfOnlyClaim("Oregon has not disclosed its losses, but says 63 "
                             "civilians have been killed."),
            "Oregon");
  EXPECT_EQ(PlaceOfOnlyClaim("Oregon has not disclosed its losses and says 63 "
                             "civilians have been killed."),
            "Oregon");
  // A clause of its own names its own subject.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Oregon has not disclosed its losses, but officials say "
                       "63 civilians have been killed."),
      "");
  // A possessive names the owner of the subject, not the subject.
  EXPECT_EQ(PlaceOfOnlyClaim(
                "Oregon's army has not disclosed its losses, but says 63 "
                "civilians have been killed."),
            "");
}

TEST(NumericClaimsTest, PlaceBeforeWithOrWhereIsTheCountsPlace) {
  const Claims with(
      "Oregon was hardest hit, where 792 people were killed, followed by "
      "Idaho with 336 deaths.");
  ASSERT_THAT(with.all(), SizeIs(2)) << with.Describe();
  EXPECT_EQ(with.all()[0].location, "Oregon");
  EXPECT_EQ(with.all()[1].location, "Idaho");
  const Claims without("Rescuers came with 336 body bags for the dead.");
  for (const NumericClaim& claim : without.all()) {
    EXPECT_EQ(claim.location, "") << without.Describe();
  }
}

// A town the gazetteer does not know is a place after its preposition,
// and "where" after it counts there.
TEST(NumericClaimsTest, WhereAfterAnUnknownPlaceNamedAfterItsPrepositionIsIts) {
  EXPECT_EQ(PlaceOfOnlyClaim("An officer working in the town of Amatrice, "
                             "where the death toll stands at 221, spoke."),
            "Amatrice");
  EXPECT_EQ(PlaceOfOnlyClaim("Rescuers reached Amatrice, where the death toll "
                             "stands at 221."),
            "");
}

TEST(NumericClaimsTest, WhereWithoutCommaTakesThePlaceItsClauseIsAbout) {
  const Claims subject(
      "The nation's northern Punjab province was the hardest-hit region where "
      "312 people died.");
  const NumericClaim* punjab = subject.Find("312 people died");
  ASSERT_NE(punjab, nullptr) << subject.Describe();
  EXPECT_EQ(punjab->location, "Punjab");
  const Claims unnamed(
      "Rescuers said the valley was the hardest-hit region where 312 people "
      "died.");
  const NumericClaim* valley = unnamed.Find("312 people died");
  ASSERT_NE(valley, nullptr) << unnamed.Describe();
  EXPECT_EQ(valley->location, "");
}

TEST(NumericClaimsTest, CountyOfAnArticleIsNoForeignParish) {
  // "Charlotte" alone is a parish of Saint Vincent and the Grenadines.
  const Claims claims(
      "Charlotte County reported damage.\nCharlotte County officials met in "
      "Charlotte County.\nAt least 15 deaths have been confirmed.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_NE(claims.all()[0].location, "Saint Vincent and the Grenadines");
}

TEST(NumericClaimsTest, DestinationIsTheCountsPlace) {
  const Claims claims("More than 280,000 people fled Ukraine into Poland.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Poland");
  // Only a place the gazetteer knows: "into Chaos Creek" names none.
  const Claims creek("At least 20 people were swept into Chaos Creek.");
  ASSERT_THAT(creek.all(), SizeIs(1)) << creek.Describe();
  EXPECT_EQ(creek.all()[0].location, "");
}

TEST(NumericClaimsTest, PlacesPossessiveOpeningTheSubjectIsTheClaimsPlace) {
  Claims("Chile's death toll from the floods rose to 36 on Monday.")
      .ExpectClaim({"death toll from the floods rose to 36", "deaths", "Chile",
                    Qualifier::kExact, 36, 36});
  const Claims named_between("Chile's Maule region has counted 36 deaths.");
  ASSERT_THAT(named_between.all(), SizeIs(1)) << named_between.Describe();
  EXPECT_NE(named_between.all()[0].location, "Chile")
      << "a region named after the possessive is the narrower place";
}

TEST(NumericClaimsTest, PlaceWithItsKindNounHasCountedItsOwn) {
  const Claims claims("Chile's Maule region has recorded 36 deaths.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Maule");
}

TEST(NumericClaimsTest, PlaceNamesJoinedByAndOrAHyphenAreOneName) {
  Claims("Azad Jammu and Kashmir has recorded 42 deaths.")
      .ExpectClaim({"42 deaths", "deaths", "Azad Jammu and Kashmir",
                    Qualifier::kExact, 42, 42});
  Claims("Gilgit Baltistan has recorded 22 deaths.")
      .ExpectClaim({"22 deaths", "deaths", "Gilgit-Baltistan",
                    Qualifier::kExact, 22, 22});
  const Claims two("Sindh and Punjab have recorded 22 deaths.");
  ASSERT_THAT(two.all(), SizeIs(1));
  EXPECT_EQ(two.all()[0].location, "") << "a joint subject is neither place's";
}

TEST(NumericClaimsTest, DestinationAfterToIsThePlaceAndADashStandsForTheVerb) {
  const Claims claims(
      "A total of 1,830,711 people fled to Poland, 459,485 \xE2\x80\x93 to "
      "Romania and 267,570 \xE2\x80\x93 to Hungary.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Poland");
  EXPECT_EQ(claims.all()[1].location, "Romania");
  EXPECT_EQ(claims.all()[2].location, "Hungary");
  EXPECT_EQ(claims.all()[2].measure, claims.all()[0].measure);
  const Claims person("Five officials spoke to Reuters.");
  for (const NumericClaim& claim : person.all()) {
    EXPECT_EQ(claim.location, "") << "Reuters is no place";
  }
}

TEST(NumericClaimsTest, LineWrappedInsideASentenceKeepsItsPlace) {
  // A page's wrapped line ("– to\nHungary.") goes on with the sentence; a
  // line ending on a word a sentence may end with is a sentence's end.
  const Claims wrapped(
      "A total of 1,830 people fled to Poland, 267 \xE2\x80\x93 to\n"
      "Hungary.\nTrains were packed.\n");
  ASSERT_THAT(wrapped.all(), SizeIs(2)) << wrapped.Describe();
  EXPECT_EQ(wrapped.all()[1].location, "Hungary");
  const Claims ended(
      "A total of 1,830 people fled to Poland and 267 others left\n"
      "Hungary closed its border.\n");
  for (const NumericClaim& claim : ended.all()) {
    EXPECT_NE(claim.location, "Hungary") << ended.Describe();
  }
  // A headline ending on "in" is not wrapped into the dateline below it.
  const Claims headline(
      "Nepal quake toll hits 5,000 as aid flows in\nKATHMANDU, Nepal -- The "
      "death toll surpassed 5,000 on Tuesday.\n");
  ASSERT_THAT(headline.all(), SizeIs(2)) << headline.Describe();
  EXPECT_EQ(headline.all()[0].location, "Nepal");
  EXPECT_EQ(headline.all()[1].location, "Nepal");
}

TEST(NumericClaimsTest, CompassPointBeforeAPlaceAndItsKindSaysWhereItLies) {
  Claims(
      "Rescuers recovered 15 bodies in the country's southwest Balochistan "
      "province.")
      .ExpectClaim(
          {"15", "recovered", "Balochistan", Qualifier::kExact, 15, 15});
  // A compass point before a place without its kind names a part of it.
  const Claims part(
      "There were 20 unconfirmed deaths in southwest Florida counties.");
  ASSERT_THAT(part.all(), SizeIs(1)) << part.Describe();
  EXPECT_EQ(part.all()[0].location, "");
}

TEST(NumericClaimsTest, CompassPointBeforeACountrysPlaceSaysWhereItLies) {
  Claims(
      "The death toll in southwest China's Tibet Autonomous Region climbed "
      "to 20.")
      .ExpectClaim({"death toll in southwest China's Tibet Autonomous Region "
                    "climbed to 20",
                    "deaths", "Tibet", Qualifier::kExact, 20, 20});
  // Before the country's possessive and no name, a part of the country.
  const Claims part(
      "The death toll in southwest China's mountain villages climbed to 20.");
  ASSERT_THAT(part.all(), SizeIs(1)) << part.Describe();
  EXPECT_EQ(part.all()[0].location, "");
  // So is a disaster the country's name names after a point: it struck a
  // part.
  const Claims disaster("Twenty people died in southwest China's floods.");
  ASSERT_THAT(disaster.all(), SizeIs(1)) << disaster.Describe();
  EXPECT_EQ(disaster.all()[0].location, "");
}

TEST(NumericClaimsTest, PlaceNamedAfterItsKindAndDescriptionIsThePlace) {
  const Claims described(
      "At least two people have been reported dead in the tobacco-rich "
      "province of Pinar del Rio in western Cuba.");
  ASSERT_THAT(described.all(), SizeIs(1)) << described.Describe();
  EXPECT_EQ(described.all()[0].location, "Pinar del Río");
  const Claims undescribed(
      "At least two people have been reported dead in the tobacco-rich "
      "hills.");
  ASSERT_THAT(undescribed.all(), SizeIs(1)) << undescribed.Describe();
  EXPECT_EQ(undescribed.all()[0].location, "");
}

TEST(NumericClaimsTest, AdjectiveBeforeCityDescribesAPlaceNamedElsewhere) {
  const Claims described(
      "Another 10,100 people are reported missing in the Mediterranean city.");
  ASSERT_THAT(described.all(), SizeIs(1)) << described.Describe();
  EXPECT_NE(described.all()[0].location, "Mediterranean");
  const Claims libyan("At least 40 people died in the Libyan port.");
  ASSERT_THAT(libyan.all(), SizeIs(1)) << libyan.Describe();
  EXPECT_NE(libyan.all()[0].location, "Libyan");
  const Claims named("At least 40 people died in the Sindh region.");
  ASSERT_THAT(named.all(), SizeIs(1)) << named.Describe();
  EXPECT_EQ(named.all()[0].location, "Sindh");
}

TEST(NumericClaimsTest,
     BareNumberAfterTheSameVerbCountsWhatTheFirstClauseCounted) {
  const Claims claims(
      "Officials in Charlotte County confirmed six deaths, while Lee County "
      "officials confirmed five.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[1].location, "Lee County");
  const Claims same_subject(
      "Officials in Charlotte County confirmed six deaths and confirmed 5 on "
      "Monday.");
  ASSERT_THAT(same_subject.all(), SizeIs(2)) << same_subject.Describe();
  EXPECT_EQ(same_subject.all()[1].location, "")
      << "the first clause's place is never the second's";
  EXPECT_THAT(
      Claims("Officials confirmed six deaths, while the mayor thanked 12.")
          .all(),
      SizeIs(1));
  const Claims had(
      "Charlotte and Collier counties each had eight confirmed deaths, while "
      "Monroe County had seven.");
  ASSERT_THAT(had.all(), SizeIs(2)) << had.Describe();
  EXPECT_EQ(had.all()[1].measure, "deaths");
  EXPECT_EQ(had.all()[1].location, "Monroe County");
}

// "Miami-Dade County Mayor Daniella Levine Cava said 149 people are
// missing": the speaker's county is named whole, hyphen and all.
TEST(NumericClaimsTest, SpeakersPlaceKeepsTheHyphenInsideItsName) {
  const Claims hyphened(
      "Miami-Dade County Mayor Ana Ruiz said 149 people are missing.");
  ASSERT_THAT(hyphened.all(), SizeIs(1)) << hyphened.Describe();
  EXPECT_EQ(hyphened.all()[0].location, "Miami-Dade County");
  const Claims plain("Dade County Mayor Ana Ruiz said 149 people are missing.");
  ASSERT_THAT(plain.all(), SizeIs(1)) << plain.Describe();
  EXPECT_EQ(plain.all()[0].location, "Dade County");
}

TEST(NumericClaimsTest,
     AsideBetweenTheSubjectAndItsVerbLeavesTheSubjectsPlace) {
  Claims(
      "The earthquake in Nepal, the worst in over 80 years in the Himalayan "
      "nation, has claimed 2,400 lives.")
      .ExpectClaim(
          {"2,400 lives", "deaths", "Nepal", Qualifier::kExact, 2400, 2400});
  Claims(
      "The earthquake in Nepal has killed 2,400 people, including five "
      "children, and left 6,000 injured.")
      .ExpectClaim(
          {"6,000 injured", "injured", "Nepal", Qualifier::kExact, 6000, 6000});
  // An aside naming another place, or listing the parts of a sum, leaves
  // the subject's place unsure.
  const Claims felt(
      "The earthquake in Nepal, felt in India, has claimed 2,400 lives.");
  ASSERT_THAT(felt.all(), SizeIs(1)) << felt.Describe();
  EXPECT_EQ(felt.all()[0].location, "");
  const Claims sum(
      "There were 19 shootings in Texas that, including the one in Uvalde, "
      "left 44 people dead.");
  ASSERT_NE(sum.Find("44 people dead"), nullptr) << sum.Describe();
  EXPECT_EQ(sum.Find("44 people dead")->location, "");
}

TEST(NumericClaimsTest, WordsDescribingAPlaceLeaveItsName) {
  const auto place_of = [](const std::string& where) {
    const Claims claims(
        absl::StrCat("At least 40 people died in ", where, "."));
    return claims.all().empty() ? std::string("no claim")
                                : claims.all()[0].location;
  };
  EXPECT_EQ(place_of("the besieged Gaza Strip"), "Gaza");
  EXPECT_EQ(place_of("war-torn Syria"), "Syria");
  EXPECT_EQ(place_of("flood-hit Sindh"), "Sindh");
  EXPECT_EQ(place_of("neighbouring Syria"), "Syria");
  EXPECT_EQ(place_of("nearby Accumoli"), "Accumoli");
  EXPECT_EQ(place_of("the breakaway Nagorno-Karabakh"), "Nagorno-Karabakh");
  EXPECT_EQ(place_of("the mountainous Al Haouz province"), "Al Haouz");
  // After a possessive, the part the words describe; not the possessor.
  EXPECT_EQ(place_of("Florida's hard-hit Bay County"), "Bay County");
  EXPECT_EQ(place_of("Florida's Bay County"), "Bay County");
  EXPECT_EQ(place_of("Florida's hard-hit areas"), "Florida");
  // Who holds a territory describes it; who holds a part of a country
  // names that part, no place of the country's.
  EXPECT_EQ(place_of("the occupied West Bank"), "West Bank");
  EXPECT_EQ(place_of("Hamas-run Gaza"), "Gaza");
  EXPECT_EQ(place_of("rebel-held Idlib"), "Idlib");
  EXPECT_EQ(place_of("occupied Ukraine"), "");
  EXPECT_EQ(place_of("rebel-held Syria"), "");
  // A country holding a part of a divided region names that part, one
  // place whichever participle and whether the country's adjective or name
  // says who holds it.
  EXPECT_EQ(place_of("Indian-administered Kashmir"),
            "Jammu and Kashm\xC4\xABr");
  EXPECT_EQ(place_of("Indian-held Kashmir"), "Jammu and Kashm\xC4\xABr");
  EXPECT_EQ(place_of("India-controlled Kashmir"), "Jammu and Kashm\xC4\xABr");
  EXPECT_EQ(place_of("Pakistani-administered Kashmir"),
            "Azad Jammu and Kashmir");
  EXPECT_EQ(place_of("Russian-occupied Ukraine"), "Ukraine (held by Russia)");
}

TEST(NumericClaimsTest, WiderPlaceBeforeAKindDescribesThePlaceNamedAfterOf) {
  Claims("At least 40 people died in the West Bank city of Nablus.")
      .ExpectClaim({"At least 40 people died", "deaths", "Nablus",
                    Qualifier::kAtLeast, 40, kInfinity});
  Claims("At least 40 people died in the West Bank.")
      .ExpectClaim({"At least 40 people died", "deaths", "West Bank",
                    Qualifier::kAtLeast, 40, kInfinity});
}

TEST(NumericClaimsTest, CountrysAdjectiveBeforeATollSaysWhoseTollItIs) {
  // In a story of Turkey, Syria's toll is still Syria's.
  const Claims claims(
      "The quake struck southern Turkey. Turkey's death toll rose to 20,213. "
      "In Turkey, rescuers searched. The Syrian death toll rose to 3,500.");
  claims.ExpectClaim({"death toll rose to 3,500", "deaths", "Syria",
                      Qualifier::kExact, 3500, 3500});
  // Refugees are counted where they went: their origin is no place.
  const Claims refugees("The Syrian refugee count rose to 3 million.");
  ASSERT_THAT(refugees.all(), SizeIs(1)) << refugees.Describe();
  EXPECT_EQ(refugees.all()[0].location, "");
}

TEST(NumericClaimsTest, CurlyApostropheMakesAPossessiveAsAStraightOneDoes) {
  for (const char* possessive : {"Libya's", "Libya\u2019s"}) {
    const Claims claims(absl::StrCat("The death toll in ", possessive,
                                     " coastal city of Derna rose to 11,300."));
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, "Darnah") << possessive;
  }
}

TEST(NumericClaimsTest, CountryAdjectiveDescribesTheCityNamedAfterOf) {
  Claims("More than 5,300 bodies were counted in the Libyan city of Derna.")
      .ExpectClaim({"More than 5,300 bodies", "deaths", "Darnah",
                    Qualifier::kMoreThan, 5300, kInfinity});
  // Without a name after it, the adjective describes a place named
  // elsewhere.
  Claims("More than 5,300 bodies were counted in the Libyan city.")
      .ExpectClaim({"More than 5,300 bodies", "deaths", "",
                    Qualifier::kMoreThan, 5300, kInfinity});
}

TEST(NumericClaimsTest, RegionDescribingTheStorysCountryIsNoPlace) {
  // "the impoverished Caribbean nation" is the country the story is about,
  // not the Caribbean; "the Caribbean nation of Haiti" names it.
  Claims("Officials said 108 died in the impoverished Caribbean nation.")
      .ExpectClaim({"108 died", "deaths", "", Qualifier::kExact, 108, 108});
  Claims("Officials said 108 died in the Caribbean nation of Haiti.")
      .ExpectClaim(
          {"108 died", "deaths", "Haiti", Qualifier::kExact, 108, 108});
  Claims("Officials said 108 died in the Caribbean.")
      .ExpectClaim(
          {"108 died", "deaths", "Caribbean", Qualifier::kExact, 108, 108});
}

TEST(NumericClaimsTest, KnownPlaceRightAfterItsKindIsThePlace) {
  Claims("One person was killed in the federal capital Islamabad.")
      .ExpectClaim({"One", "deaths", "Islamabad", Qualifier::kExact, 1, 1});
  Claims("One person was killed in the federal capital.")
      .ExpectClaim({"One", "deaths", "", Qualifier::kExact, 1, 1});
}

TEST(NumericClaimsTest, AndInsideAKnownNameJoinsItAfterFrom) {
  Claims("One death was reported from Azad Jammu and Kashmir.")
      .ExpectClaim({"One death", "deaths", "Azad Jammu and Kashmir",
                    Qualifier::kExact, 1, 1});
  // Two places the gazetteer knows apart are a combined scope.
  Claims("One death was reported from Sindh and Balochistan.")
      .ExpectClaim({"One death", "deaths", "Balochistan and Sindh",
                    Qualifier::kExact, 1, 1});
}

TEST(NumericClaimsTest, KnownPlaceAfterAnIndefiniteArticleIsThePlace) {
  const Claims school(
      "A gunman killed nine pupils in an Ohio high school on Friday.");
  ASSERT_THAT(school.all(), SizeIs(1)) << school.Describe();
  EXPECT_EQ(school.all()[0].location, "Ohio");
  const Claims plant("A fire killed nine workers in a Toyota plant on Friday.");
  ASSERT_THAT(plant.all(), SizeIs(1)) << plant.Describe();
  EXPECT_EQ(plant.all()[0].location, "");
}

TEST(NumericClaimsTest, AbbreviatedMonthBetweenPlaceAndCountClosesNothing) {
  // "the crush in Itaewon in Yongsan District, central Seoul on Oct. 29
  // that killed 156": the period of "Oct." ends no clause.
  for (const char* month : {"Oct.", "October"}) {
    const Claims crush(absl::StrCat("The crush in Seoul on ", month,
                                    " 29 that killed 156 people shocked the "
                                    "country."));
    ASSERT_THAT(crush.all(), SizeIs(1)) << crush.Describe();
    EXPECT_EQ(crush.all()[0].location, "Seoul") << month;
  }
}

TEST(NumericClaimsTest, PlaceAndTheAreasAroundItAreAScopeOfTheirOwn) {
  // A count of a place and its surroundings is no count of the place alone:
  // compared with a count of the city, it would read as contradicting it.
  const Claims around(
      "The death toll in the earthquake that struck Mexico City and "
      "surrounding areas rose to at least 273.");
  ASSERT_THAT(around.all(), SizeIs(1)) << around.Describe();
  EXPECT_EQ(around.all()[0].location, "Mexico City and its surroundings");
  const Claims nearby(
      "Floods in Lagos and nearby towns have killed 40 people.");
  ASSERT_THAT(nearby.all(), SizeIs(1)) << nearby.Describe();
  EXPECT_EQ(nearby.all()[0].location, "Lagos and its surroundings");
  // The place alone, and a place another follows, keep their own names.
  const Claims alone(
      "The death toll in the earthquake that struck Mexico City rose to at "
      "least 273.");
  ASSERT_THAT(alone.all(), SizeIs(1)) << alone.Describe();
  EXPECT_EQ(alone.all()[0].location, "Mexico City");
  const Claims then("Floods in Lagos and then Ibadan have killed 40 people.");
  ASSERT_THAT(then.all(), SizeIs(1)) << then.Describe();
  EXPECT_EQ(then.all()[0].location, "Lagos");
  // A text that stops after "and" widens nothing.
  for (const char* cut : {"Floods killed 40 people in Lagos and",
                          "Floods killed 40 people in Lagos and nearby"}) {
    const Claims stopped(cut);
    ASSERT_THAT(stopped.all(), SizeIs(1)) << cut;
    EXPECT_EQ(stopped.all()[0].location, "Lagos") << cut;
  }
}

}  // namespace
}  // namespace factcheck::extract
