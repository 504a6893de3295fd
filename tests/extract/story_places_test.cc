// The article's own place (its headline, its dateline, its mentions), as a
// careful reader gives it to counts whose sentence names none, and the
// sentences that leave a count the story's place or take it away.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::SizeIs;

TEST(NumericClaimsTest, CountWithoutPlaceTakesTheCountryTheArticleIsAbout) {
  const Claims claims(
      "The quake struck Morocco's Al Haouz province on Friday.\nRescuers "
      "reached villages in Morocco on Sunday.\nAt least 2,012 people were "
      "killed, the ministry said.");
  const NumericClaim* toll = claims.Find("At least 2,012 people were killed");
  ASSERT_NE(toll, nullptr) << claims.Describe();
  EXPECT_EQ(toll->location, "Morocco");
  EXPECT_TRUE(toll->location_from_document);
  // A count said to be a part of the event keeps no place.
  const Claims part(
      "Floods hit Libya's Derna.\nRescuers reached Libya on Sunday.\nThe "
      "floods killed about 170 people elsewhere.");
  ASSERT_THAT(part.all(), SizeIs(1)) << part.Describe();
  EXPECT_EQ(part.all()[0].location, "");
}

TEST(NumericClaimsTest, PartOfTheGroupASentenceOpensWithIsNoStoryCount) {
  const std::string story =
      "Quake in Italy\n\nThe quake struck central Italy on Wednesday. "
      "Rescuers dug through Italy's mountain towns. ";
  const Claims part(story +
                    "Of the 20 women who lived there, she said, seven were "
                    "still unaccounted for.");
  const NumericClaim* seven = part.Find("seven");
  ASSERT_NE(seven, nullptr) << part.Describe();
  EXPECT_EQ(seven->location, "");
  const Claims whole(story + "She said seven were still unaccounted for.");
  const NumericClaim* missing = whole.Find("seven");
  ASSERT_NE(missing, nullptr) << whole.Describe();
  EXPECT_EQ(missing->location, "Italy");
  // A figure alone is a count the story gave, whose part may be whole.
  const Claims of_a_count(story + "Of the 58, he said 30 were confirmed dead.");
  const NumericClaim* dead = of_a_count.Find("30");
  ASSERT_NE(dead, nullptr) << of_a_count.Describe();
  EXPECT_EQ(dead->location, "Italy");
}

TEST(NumericClaimsTest, TollOfTheStorysOneAttackIsWhereItStruck) {
  // The blast's other toll names Beirut: "the explosion" is that blast,
  // whose toll reports give by the city or by the country.
  const std::string story =
      "Blast toll rises in Lebanon\nThe death toll from the blast in the port "
      "of Beirut has risen to 154, Lebanon's health minister said on "
      "Friday.\nThe most recent figure for the fatalities from the explosion "
      "was 137, according to the authorities.";
  const Claims one_site(story);
  const NumericClaim* earlier = one_site.Find("137");
  ASSERT_NE(earlier, nullptr) << one_site.Describe();
  EXPECT_EQ(earlier->location, "Beirut");
  EXPECT_TRUE(earlier->location_from_document);
  // Tolls of blasts in two cities: which blast is not said; the country's.
  const Claims two_sites(story +
                         "\nA second blast in Tripoli killed 12 people.");
  const NumericClaim* unplaced = two_sites.Find("137");
  ASSERT_NE(unplaced, nullptr) << two_sites.Describe();
  EXPECT_EQ(unplaced->location, "Lebanon");
}

TEST(NumericClaimsTest, SentenceRunIntoTheNextStillEndsAtItsPeriod) {
  // A page lost the space after "209.": the next sentence's Romania is not
  // the count's sentence's place, which is the story's.
  const std::string story =
      "Floods hit Spain.\nRescuers reached Spain on Sunday.\nThe number "
      "killed has now passed 209";
  const Claims run_on(story +
                      ".That was the number killed in Romania in 1970.");
  ASSERT_THAT(run_on.all(), SizeIs(1)) << run_on.Describe();
  EXPECT_EQ(run_on.all()[0].location, "Spain");
  EXPECT_TRUE(run_on.all()[0].location_from_document);
  const Claims same_sentence(story + " in Romania.");
  ASSERT_THAT(same_sentence.all(), SizeIs(1)) << same_sentence.Describe();
  EXPECT_EQ(same_sentence.all()[0].location, "Romania");
}

TEST(NumericClaimsTest, EventThatStruckSeveralCountriesLeavesNoStoryCountry) {
  const std::string story =
      "Rescuers reached villages in Malawi on Sunday, and Malawi asked for "
      "help.\nAt least 746 people were killed, officials said.";
  // The toll may be all three countries'.
  EXPECT_EQ(
      PlaceOfOnlyClaim("Storm toll rises\nCyclone Kira battered Mozambique, "
                       "Zimbabwe and Malawi on Friday.\n" +
                       story),
      "");
  EXPECT_EQ(
      PlaceOfOnlyClaim("Storm toll rises\nCyclone Kira battered Mozambique on "
                       "Friday.\n" +
                       story),
      "Malawi");
  // A headline naming one of them says whose story it is.
  EXPECT_EQ(PlaceOfOnlyClaim("Malawi counts its dead\nCyclone Kira battered "
                             "Mozambique, Zimbabwe and Malawi on Friday.\n" +
                             story),
            "Malawi");
}

TEST(NumericClaimsTest, PlaceAndBeyondLeavesTheCountTheStorysCountry) {
  // "to Lima and beyond": a scope past the city, so the count is the
  // story's; "to Lima" alone is the city's scope and takes no story place.
  const std::string article =
      "Bombs hit Peru.\nRescuers reached Peru on Sunday.\nPeru asked for "
      "help.\n";
  const Claims beyond(article +
                      "More than 500 people were injured in the attacks, "
                      "which brought carnage to Lima and beyond.");
  ASSERT_THAT(beyond.all(), SizeIs(1)) << beyond.Describe();
  EXPECT_EQ(beyond.all()[0].location, "Peru");
  const Claims city(article +
                    "More than 500 people were injured in the attacks, which "
                    "brought carnage to Lima.");
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_NE(city.all()[0].location, "Peru");
  // "in and outside (of) Lima" takes in the city and beyond it; "outside
  // Lima" alone is a part.
  for (const char* around : {"in and outside of Lima", "in and outside Lima"}) {
    const Claims both(article + "The bombings " + around +
                      " killed more than 300 people.");
    ASSERT_THAT(both.all(), SizeIs(1)) << both.Describe();
    EXPECT_EQ(both.all()[0].location, "Peru") << around;
  }
  const Claims outside(article +
                       "The bombings outside Lima killed more than 300 "
                       "people.");
  ASSERT_THAT(outside.all(), SizeIs(1)) << outside.Describe();
  EXPECT_EQ(outside.all()[0].location, "");
}

TEST(NumericClaimsTest, CountOfSeveralPlacesTogetherTakesNoStoryPlace) {
  const std::string article =
      "Floods hit Peru as Ecuador sent aid.\nRescuers reached Peru on "
      "Sunday.\nPeru asked for help.\n";
  for (const char* combined :
       {"In both countries, 300 people were injured.",
        "Across the two countries 300 people were injured.",
        "In all 3 provinces, 300 people were injured."}) {
    const Claims claims(article + combined);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, "") << combined;
  }
  const Claims headline(
      "Quake hits Peru and Ecuador, 120 dead\nA quake "
      "struck Peru. Peru asked for help.");
  ASSERT_THAT(headline.all(), SizeIs(1)) << headline.Describe();
  EXPECT_EQ(headline.all()[0].location, "");
  const Claims border(
      "Quake on Peru-Ecuador border kills over 200\nA quake "
      "struck Peru. Peru asked for help.");
  ASSERT_THAT(border.all(), SizeIs(1)) << border.Describe();
  EXPECT_EQ(border.all()[0].location, "");
  // In a story of one region, several countries' count is none of them
  // (CountPlacesTest has several regions'); the provinces of a country's
  // story are its own.
  const Claims countries(
      "Floods hit Sindh.\nRescuers reached Sindh on Sunday.\nSindh asked "
      "for help.\n300 people were injured in several countries.");
  ASSERT_THAT(countries.all(), SizeIs(1)) << countries.Describe();
  EXPECT_EQ(countries.all()[0].location, "");
  const Claims own_provinces(article +
                             "The floods injured 300 people in six provinces.");
  ASSERT_THAT(own_provinces.all(), SizeIs(1)) << own_provinces.Describe();
  EXPECT_EQ(own_provinces.all()[0].location, "Peru");
  const Claims one(article + "In the country, 300 people were injured.");
  ASSERT_THAT(one.all(), SizeIs(1)) << one.Describe();
  EXPECT_EQ(one.all()[0].location, "Peru");
}

TEST(NumericClaimsTest, AreasOneSideHoldsAreAScopeOfTheirOwn) {
  const std::string story =
      "Cholera spread in Yemen.\nYemen asked for vaccines.\n";
  const Claims held(story +
                    "In Yemeni government-held areas, 300 people died. In "
                    "Houthi-held territory, 500 people died.");
  ASSERT_THAT(held.all(), SizeIs(2)) << held.Describe();
  EXPECT_EQ(held.all()[0].location, "Yemen (government-held areas)");
  EXPECT_FALSE(held.all()[0].location_from_document);
  // Whose areas the story says; a story of no one country leaves them no
  // place another country's areas could share.
  EXPECT_EQ(held.all()[1].location, "Yemen (Houthi-held areas)");
  EXPECT_TRUE(held.all()[1].location_from_document);
  const Claims placeless("In rebel-held territory, 500 people died.");
  ASSERT_THAT(placeless.all(), SizeIs(1)) << placeless.Describe();
  EXPECT_EQ(placeless.all()[0].location, "");
  const Claims whole(story + "In Yemen, 300 people died.");
  ASSERT_THAT(whole.all(), SizeIs(1)) << whole.Describe();
  EXPECT_EQ(whole.all()[0].location, "Yemen");
}

TEST(NumericClaimsTest, HeldAreasCapitalisedAsInAHeadlineAreTheSameAreas) {
  const std::string story = "Cholera spread in Yemen.\n";
  const Claims headline(story + "300 people died in Houthi-Held Areas.");
  const Claims body(story + "300 people died in Houthi-held areas.");
  ASSERT_THAT(headline.all(), SizeIs(1)) << headline.Describe();
  ASSERT_THAT(body.all(), SizeIs(1)) << body.Describe();
  EXPECT_EQ(headline.all()[0].location, "Yemen (Houthi-held areas)");
  EXPECT_EQ(body.all()[0].location, "Yemen (Houthi-held areas)");
}

TEST(NumericClaimsTest, HeldAreasAreTheCountrysTheSentenceNames) {
  // A story of Turkey's quake: Syria's areas are still Syria's.
  const std::string story =
      "The quake struck Turkey.\nTurkey asked for help. Turkey's toll rose "
      "to 3,000.\n";
  const auto place_of = [&story](const std::string& sentence) {
    const Claims claims(story + sentence);
    return claims.all().size() < 2 ? std::string("no claim")
                                   : claims.all().back().location;
  };
  EXPECT_EQ(place_of("Syria's health ministry said 812 people had died in "
                     "government-held areas."),
            "Syria (government-held areas)");
  EXPECT_EQ(place_of("In rebel-held northwest Syria, rescuers said more than "
                     "1,020 had died."),
            "Syria (rebel-held areas)");
  EXPECT_EQ(place_of("At least 1,932 people died in Syria's "
                     "government-controlled areas."),
            "Syria (government-held areas)");
  EXPECT_EQ(place_of("More than 900 people died in Syria's rebel-held "
                     "northwest."),
            "Syria (rebel-held areas)");
  // The story's country only when the sentence names none, and none when
  // it names two.
  EXPECT_EQ(place_of("Officials said 500 people had died in rebel-held "
                     "areas."),
            "Turkey (rebel-held areas)");
  EXPECT_EQ(place_of("Syrian and Turkish officials said 500 people had died "
                     "in rebel-held areas."),
            "");
}

TEST(NumericClaimsTest, HeldAreasSaidInWordsAreTheSameAreas) {
  const std::string story =
      "The quake struck Syria.\nSyria asked for help. Syria's toll rose to "
      "3,000.\n";
  const auto place_of = [&story](const std::string& sentence) {
    const Claims claims(story + sentence);
    return claims.all().size() < 2 ? std::string("no claim")
                                   : claims.all().back().location;
  };
  EXPECT_EQ(place_of("The health ministry said 812 people had died in areas "
                     "controlled by the government."),
            "Syria (government-held areas)");
  EXPECT_EQ(place_of("Rescuers said 1,280 people had died in areas held by "
                     "rebels."),
            "Syria (rebel-held areas)");
  EXPECT_EQ(place_of("The ministry said 812 people had died in areas under "
                     "government control."),
            "Syria (government-held areas)");
  EXPECT_EQ(place_of("Rescuers said 1,280 people had died in the rebel-held "
                     "northwest."),
            "Syria (rebel-held areas)");
  // Said of the country, the count is the country's whole.
  EXPECT_EQ(place_of("The health ministry said 812 people had died in Syria."),
            "Syria");
  // Whose areas a pronoun holds, the words do not say: no place, not the
  // country's whole.
  EXPECT_EQ(place_of("Syria's government said 1,347 people had died in areas "
                     "it controls."),
            "");
  EXPECT_EQ(place_of("The government said 1,347 people had died in areas "
                     "under its control."),
            "");
}

TEST(NumericClaimsTest, CombinedTollIsNoCountOfTheStorysPlaceAlone) {
  const std::string story =
      "The quake struck Turkey.\nTurkey asked for help.\n";
  const Claims combined(story + "The combined death toll rose above 7,800.");
  ASSERT_THAT(combined.all(), SizeIs(1)) << combined.Describe();
  EXPECT_EQ(combined.all()[0].location, "");
  const Claims alone(story + "The death toll rose above 7,800.");
  ASSERT_THAT(alone.all(), SizeIs(1)) << alone.Describe();
  EXPECT_EQ(alone.all()[0].location, "Turkey");
}

TEST(NumericClaimsTest, CountryWhoseForcesStrikeAnotherPlaceIsNoStoryPlace) {
  // Its forces strike a place of another country, named as often: the
  // story's unplaced counts may be that place's, not the country's.
  const Claims war(
      "Israel pounds Gaza as rockets hit Tel Aviv\n"
      "Israeli warplanes struck targets across Gaza as militants fired "
      "rockets into Israel. Israel said the strikes would go on. The "
      "Israeli military said its jets hit 150 targets. Officials said 65 "
      "people had been killed.");
  const NumericClaim* killed = war.Find("65 people had been killed");
  ASSERT_NE(killed, nullptr) << war.Describe();
  EXPECT_EQ(killed->location, "Gaza");
  // A country whose forces act at home keeps its story.
  const Claims home(
      "Floods hit Pakistan\nPakistani soldiers rescued families across "
      "Sindh. Pakistani troops reached Sindh and Punjab. Pakistan asked for "
      "help. Officials said 65 people had been killed.");
  const NumericClaim* drowned = home.Find("65 people had been killed");
  ASSERT_NE(drowned, nullptr) << home.Describe();
  EXPECT_EQ(drowned->location, "Pakistan");
}

TEST(NumericClaimsTest, StoryOfAPeopleAbroadPlacesNoCount) {
  // Its country named by its people's adjective, another named as where
  // things are: an unplaced count may be the whole event's or that people's.
  const Claims abroad(
      "Indonesia records more nationals killed in stampede\n"
      "Indonesian officials said more Indonesian pilgrims were identified "
      "among the dead in Saudi Arabia. An Indonesian police team arrived in "
      "Saudi Arabia on Friday. At least 717 people were killed.");
  const NumericClaim* killed = abroad.Find("At least 717 people were killed");
  ASSERT_NE(killed, nullptr) << abroad.Describe();
  EXPECT_EQ(killed->location, "");
  // A people's own country named as where things are keeps the story.
  const Claims home(
      "Indonesia records more deaths in floods\n"
      "Indonesian officials said more bodies were found in Indonesia. An "
      "Indonesian police team arrived in Saudi Arabia on Friday, and another "
      "in Saudi Arabia's capital. At least 717 people were killed.");
  const NumericClaim* drowned = home.Find("At least 717 people were killed");
  ASSERT_NE(drowned, nullptr) << home.Describe();
  EXPECT_EQ(drowned->location, "Indonesia");
}

TEST(NumericClaimsTest, PartNamedByItsCompassPointIsNoCountOfTheStorysPlace) {
  const std::string story =
      "The quake struck Turkey.\nTurkey asked for help.\n";
  const Claims part(story +
                    "In the northwest, rescuers said 1,280 people had died.");
  ASSERT_THAT(part.all(), SizeIs(1)) << part.Describe();
  EXPECT_EQ(part.all()[0].location, "");
  const Claims whole(story +
                     "In the quake, rescuers said 1,280 people had died.");
  ASSERT_THAT(whole.all(), SizeIs(1)) << whole.Describe();
  EXPECT_EQ(whole.all()[0].location, "Turkey");
}

TEST(NumericClaimsTest, StoryOfTwoCountriesTollsLeavesItsOtherTollsNoCountry) {
  const std::string story =
      "Quake toll tops 5,000\nThe quake struck Turkey. Turkey asked for "
      "help. In Turkey, 3,419 people have died. ";
  const Claims two(story + "In Syria, 1,602 people have died.");
  const NumericClaim* headline = two.Find("toll tops 5,000");
  ASSERT_NE(headline, nullptr) << two.Describe();
  EXPECT_EQ(headline->location, "");
  // One country's tolls leave the story its place.
  const Claims one(story + "In Turkey, 200 were rescued.");
  const NumericClaim* alone = one.Find("toll tops 5,000");
  ASSERT_NE(alone, nullptr) << one.Describe();
  EXPECT_EQ(alone->location, "Turkey");
}

TEST(NumericClaimsTest, TollOfAnotherYearIsNoSecondCountryOfTheStory) {
  const std::string story =
      "Quake toll tops 5,000\nThe quake struck Peru. Peru asked for help. In "
      "Peru, 3,400 people have died. ";
  const Claims history(story +
                       "A quake killed 1,655 people in Chile in 1960. A "
                       "tsunami killed 200 in Chile last year.");
  const NumericClaim* headline = history.Find("toll tops 5,000");
  ASSERT_NE(headline, nullptr) << history.Describe();
  EXPECT_EQ(headline->location, "Peru");
  const Claims now(story + "A quake killed 1,655 people in Chile.");
  const NumericClaim* shared = now.Find("toll tops 5,000");
  ASSERT_NE(shared, nullptr) << now.Describe();
  EXPECT_EQ(shared->location, "");
}

TEST(NumericClaimsTest, OtherPeopleAreNoOtherPlace) {
  const std::string article =
      "A gunman opened fire at a school in Austin, Texas.\nPolice in Texas "
      "sealed the area.\n";
  const Claims people(article + "Eleven other people were injured.");
  ASSERT_THAT(people.all(), SizeIs(1)) << people.Describe();
  // The story's place: Texas, which it names twice and never its country.
  EXPECT_EQ(people.all()[0].location, "Texas");
  const Claims provinces(article +
                         "Eleven people were injured in other counties.");
  ASSERT_THAT(provinces.all(), SizeIs(1)) << provinces.Describe();
  EXPECT_EQ(provinces.all()[0].location, "");
}

TEST(NumericClaimsTest, PlaceAnotherCountTookLeavesTheTollTheCountrys) {
  const std::string article =
      "Floods swept the Maule region of Chile.\nChile declared an emergency.\n";
  const Claims taken(article +
                     "The death toll climbed to 36, with 12 new deaths in "
                     "Maule.");
  ASSERT_NE(taken.Find("death toll climbed to 36"), nullptr)
      << taken.Describe();
  EXPECT_EQ(taken.Find("death toll climbed to 36")->location, "Chile");
  const Claims untaken(article +
                       "The death toll climbed to 36, officials in Maule "
                       "said.");
  ASSERT_NE(untaken.Find("death toll climbed to 36"), nullptr)
      << untaken.Describe();
  EXPECT_EQ(untaken.Find("death toll climbed to 36")->location, "");
}

TEST(NumericClaimsTest, InjuredJoinedToTheDeadCountWhereTheDeadDo) {
  // A story of Tibet: Nepal is another country's toll, and the injured
  // "and left" beside its dead are Nepal's too.
  const std::string article =
      "Quake toll in Tibet rises to 20.\nRescuers reached Tibet on "
      "Sunday.\nTibet asked for help.\n";
  const Claims joined(article +
                      "The earthquake in Nepal has claimed over 2,400 lives "
                      "and left more than 6,000 others injured.");
  const NumericClaim* injured = joined.Find("more than 6,000 others injured");
  ASSERT_NE(injured, nullptr) << joined.Describe();
  EXPECT_EQ(injured->location, "Nepal");
  EXPECT_FALSE(injured->location_from_document);
  // "but" opens a clause of its own, "across the border" sends the
  // wounded elsewhere, and a place no gazetteer knows may be only where
  // the blast was: none gives the wounded the dead's place.
  for (const char* apart :
       {"Shelling has killed 37 civilians in Nagorno-Karabakh, but 116 have "
        "been wounded.",
        "Shelling has killed 37 civilians in Nagorno-Karabakh and 116 have "
        "been wounded across the border.",
        "The blast at Kettle Point killed 37 people, and wounded 116 "
        "others."}) {
    const Claims claims(article + apart);
    const NumericClaim* dead = claims.Find("37");
    const NumericClaim* wounded = claims.Find("116");
    ASSERT_NE(dead, nullptr) << claims.Describe();
    ASSERT_NE(wounded, nullptr) << claims.Describe();
    EXPECT_NE(wounded->location, dead->location) << apart;
  }
}

TEST(NumericClaimsTest, CommonWordIsNoPlaceButAPlaceAfterItIs) {
  // ISO 3166 names subdivisions "Central" and "North"; copy means the
  // words.
  const Claims central(
      "Central government officials said the toll was 39,422 dead.");
  ASSERT_THAT(central.all(), SizeIs(1)) << central.Describe();
  EXPECT_EQ(central.all()[0].location, "");
  const Claims florida(
      "Hurricane Ian hit Central Florida on Thursday.\nCrews worked across "
      "Central Florida.\nAuthorities confirmed 12 deaths.");
  ASSERT_THAT(florida.all(), SizeIs(1)) << florida.Describe();
  EXPECT_EQ(florida.all()[0].location, "Florida");
}

TEST(NumericClaimsTest, UnknownPlaceABreakdownTookLeavesTheTollTheCountrys) {
  const std::string article =
      "Bombs struck churches in Sri Lanka.\nSri Lanka declared an "
      "emergency.\n";
  const Claims breakdown(article +
                         "The death toll sits at 321, with about 110 killed "
                         "at St Sebastian Church in Negombo.");
  ASSERT_NE(breakdown.Find("death toll sits at 321"), nullptr)
      << breakdown.Describe();
  EXPECT_EQ(breakdown.Find("death toll sits at 321")->location, "Sri Lanka");
  // Counts side by side may share the place the sentence names.
  const Claims side_by_side(article +
                            "Eleven people were killed and 30 were injured "
                            "at St Sebastian Church.");
  ASSERT_NE(side_by_side.Find("Eleven people were killed"), nullptr)
      << side_by_side.Describe();
  EXPECT_EQ(side_by_side.Find("Eleven people were killed")->location, "");
}

TEST(NumericClaimsTest,
     WhereTheSpeakerSpokeInTheCountryLeavesTheTollTheCountrys) {
  const std::string article =
      "Floods swept Pakistan's Sindh province.\nPakistan declared an "
      "emergency.\n";
  const Claims at_home(article +
                       "\"There are 36 dead,\" the relief chief told "
                       "reporters in Islamabad.");
  ASSERT_NE(at_home.Find("36 dead"), nullptr) << at_home.Describe();
  EXPECT_EQ(at_home.Find("36 dead")->location, "Pakistan");
  // Spoken abroad, the count may be of anywhere the speaker reports on.
  const Claims abroad(article +
                      "\"There are 36 dead,\" the relief chief told "
                      "reporters in Geneva.");
  ASSERT_NE(abroad.Find("36 dead"), nullptr) << abroad.Describe();
  EXPECT_EQ(abroad.Find("36 dead")->location, "");
}

TEST(NumericClaimsTest,
     SentenceSayingTheCountryTakesTheArticlesCountryAsItsOwn) {
  const std::string story =
      "Floods swept Pakistan on Friday.\nRescuers reached villages in "
      "Pakistan on Sunday.\n";
  const Claims said(story +
                    "The death toll across the country has crossed 1,000.");
  const NumericClaim* toll =
      said.Find("death toll across the country has crossed 1,000");
  ASSERT_NE(toll, nullptr) << said.Describe();
  EXPECT_EQ(toll->location, "Pakistan");
  EXPECT_FALSE(toll->location_from_document) << "the sentence names it";
  const Claims unsaid(story + "The death toll has crossed 1,000.");
  const NumericClaim* inferred = unsaid.Find("death toll has crossed 1,000");
  ASSERT_NE(inferred, nullptr) << unsaid.Describe();
  EXPECT_EQ(inferred->location, "Pakistan");
  EXPECT_TRUE(inferred->location_from_document);
}

TEST(NumericClaimsTest, TotalAnIncreaseBringsAndItsBreakdownCountWhereItIs) {
  const std::string story =
      "Floods swept Pakistan on Friday.\nRescuers reached villages in "
      "Pakistan on Sunday.\n";
  const Claims claims(story +
                      "Rescuers recovered 15 more bodies in Balochistan, "
                      "taking the death toll to 162.\nThe killed include 54 "
                      "children and 43 women.\n");
  const NumericClaim* toll = claims.Find("death toll to 162");
  ASSERT_NE(toll, nullptr) << claims.Describe();
  EXPECT_EQ(toll->location, "Balochistan");
  const NumericClaim* women = claims.Find("43 women");
  ASSERT_NE(women, nullptr) << claims.Describe();
  EXPECT_EQ(women->location, "Balochistan");
  // Without a verb that brings it, a total keeps the story's place.
  const Claims apart(story +
                     "Rescuers recovered 15 more bodies in Balochistan. The "
                     "death toll is 1,162.\n");
  const NumericClaim* national = apart.Find("death toll is 1,162");
  ASSERT_NE(national, nullptr) << apart.Describe();
  EXPECT_EQ(national->location, "Pakistan");
}

TEST(NumericClaimsTest, TotalBroughtByCountsOfTwoPlacesIsTheirCombinedScope) {
  Claims(
      "Nepal's death toll rose to 4,800, while 100 died in India, bringing "
      "the total to 4,900.")
      .ExpectClaim({"4,900", "deaths", "India and Nepal", Qualifier::kExact,
                    4900, 4900});
  Claims("Some 100 died in India, bringing the total to 4,900.")
      .ExpectClaim({"4,900", "deaths", "India", Qualifier::kExact, 4900, 4900});
}

TEST(NumericClaimsTest, AnotherCountInWordsAddsACountNotAPlace) {
  // "another five" adds to the story's count, as "another 5" does; "in
  // another province" names a part.
  const std::string story =
      "Floods swept Pakistan on Friday.\nRescuers reached villages in "
      "Pakistan on Sunday.\n";
  const Claims added(story +
                     "Another five people died on Monday, bringing the death "
                     "toll to 1,486.");
  const NumericClaim* toll = added.Find("death toll to 1,486");
  ASSERT_NE(toll, nullptr) << added.Describe();
  EXPECT_EQ(toll->location, "Pakistan");
  const Claims part(story + "The death toll in another province rose to 486.");
  for (const NumericClaim& claim : part.all()) {
    EXPECT_EQ(claim.location, "") << part.Describe();
  }
}

TEST(NumericClaimsTest,
     CountrysPossessiveOwningAProvinceDoesNotNameTheCountry) {
  const std::string story =
      "Floods swept Pakistan on Friday.\nRescuers reached villages in "
      "Pakistan on Sunday.\n";
  const Claims part(story +
                    "The country's southern Sindh province was the worst "
                    "hit as 759 people were killed.");
  const NumericClaim* sindh = part.Find("759 people were killed");
  ASSERT_NE(sindh, nullptr) << part.Describe();
  EXPECT_TRUE(sindh->location_from_document)
      << "a toll of Sindh is no firm toll of Pakistan";
  const Claims whole(story +
                     "The country's death toll was 759 people on Sunday.");
  const NumericClaim* toll = whole.Find("death toll was 759");
  ASSERT_NE(toll, nullptr) << whole.Describe();
  EXPECT_EQ(toll->location, "Pakistan");
  EXPECT_FALSE(toll->location_from_document) << "the sentence names it";
}

TEST(NumericClaimsTest,
     StoryOfOneSubdivisionThatNeverNamesItsCountryIsThatPlaces) {
  const std::string florida =
      "The storm hit Southwest Florida on Wednesday.\nCrews reached Central "
      "Florida on Thursday.\n";
  const Claims state(florida + "Authorities confirmed 12 deaths.");
  ASSERT_THAT(state.all(), SizeIs(1)) << state.Describe();
  EXPECT_EQ(state.all()[0].location, "Florida");
  EXPECT_TRUE(state.all()[0].location_from_document);
  const Claims country(
      "Floods hit Sindh on Monday.\nSindh declared an emergency as rains "
      "lashed Pakistan.\nAuthorities confirmed 12 deaths.");
  ASSERT_THAT(country.all(), SizeIs(1)) << country.Describe();
  EXPECT_EQ(country.all()[0].location, "Pakistan")
      << "a story that names its country counts the country";
}

TEST(NumericClaimsTest, SentenceNamingTheStorysCountryGivesItsTollThatCountry) {
  const std::string story =
      "Floods in Pakistan\nPakistan's floods go on. Another 24 people died "
      "in floods caused by heavy rain across ";
  Claims(story + "Pakistan, pushing the overall toll to 1,314.")
      .ExpectClaim({"toll to 1,314", "deaths", "Pakistan", Qualifier::kExact,
                    1314, 1314});
  // A province is the rise's place, and the toll it pushes is the
  // province's ("15 more bodies in Balochistan, taking the death toll to
  // 162", the provincial authority's count), not the story's country.
  Claims(story + "Sindh, pushing the overall toll to 1,314.")
      .ExpectClaim(
          {"toll to 1,314", "deaths", "Sindh", Qualifier::kExact, 1314, 1314});
}

TEST(NumericClaimsTest, ClauseSayingTheCountryTakesTheStorysCountry) {
  const std::string story =
      "War in Ukraine\nThe war in Ukraine goes on. Thousands crossed into "
      "Moldova and Romania, while 100,000 people are displaced ";
  Claims(story + "in the country.")
      .ExpectClaim({"100,000", "displaced", "Ukraine", Qualifier::kExact,
                    100000, 100000});
  Claims(story + "after the invasion.")
      .ExpectClaim(
          {"100,000", "displaced", "", Qualifier::kExact, 100000, 100000});
}

TEST(NumericClaimsTest, TheCountryIsTheOneTheEventStruck) {
  const std::string story =
      "Toll climbs to 17 in Tibet\nThe death toll in China's Tibet "
      "region climbed to 17.\nThe quake shook Nepal at 2:11 p.m. (Beijing "
      "time), killing at least 1,805 people ";
  Claims(story + "in the country.")
      .ExpectClaim({"at least 1,805", "deaths", "Nepal", Qualifier::kAtLeast,
                    1805, kInfinity});
  // Told only where people went, "the country" is the story's.
  Claims(
      "Toll climbs to 17 in Tibet\nThe death toll in China's Tibet region "
      "climbed to 17.\nThousands fled to Nepal, while 1,805 people are "
      "displaced in the country.")
      .ExpectClaim(
          {"1,805", "displaced", "China", Qualifier::kExact, 1805, 1805});
}

TEST(NumericClaimsTest, PartsOfTheCountryAreNoCountOfTheCountry) {
  const std::string story =
      "War in Ukraine\nThe war in Ukraine goes on. Thousands crossed into "
      "Moldova and Romania, while 100,000 people are displaced ";
  Claims(story + "in parts of the country.")
      .ExpectClaim(
          {"100,000", "displaced", "", Qualifier::kExact, 100000, 100000});
}

TEST(NumericClaimsTest,
     SentenceNamingTheStorysOwnStateLeavesTheCountTheStorys) {
  const std::string story =
      "Ohio school shooting leaves nine dead\nPolice in Ohio searched the "
      "school on Friday.\n";
  const Claims own(story +
                   "Schools across Ohio closed on Monday, days after nine "
                   "pupils were killed.");
  const NumericClaim* toll = own.Find("nine pupils were killed");
  ASSERT_NE(toll, nullptr) << own.Describe();
  EXPECT_EQ(toll->location, "Ohio");
  EXPECT_TRUE(toll->location_from_document);
  const Claims other(story +
                     "Schools across Indiana closed on Monday, days after nine "
                     "pupils were killed.");
  const NumericClaim* elsewhere = other.Find("nine pupils were killed");
  ASSERT_NE(elsewhere, nullptr) << other.Describe();
  EXPECT_EQ(elsewhere->location, "");
}

TEST(NumericClaimsTest, StoryRestatingItsHeadlineFigureTakesTheHeadlinesPlace) {
  const std::string headline = "Flood toll rises to 69 in Sindh\n";
  const Claims restated(headline +
                        "At least 69 people have died this month as rains "
                        "lashed the region, officials said.");
  const NumericClaim* same = restated.Find("At least 69");
  ASSERT_NE(same, nullptr) << restated.Describe();
  EXPECT_EQ(same->location, "Sindh");
  const Claims other(headline +
                     "At least 12 people have died this month as rains "
                     "lashed the region, officials said.");
  const NumericClaim* different = other.Find("At least 12");
  ASSERT_NE(different, nullptr) << other.Describe();
  EXPECT_NE(different->location, "Sindh");
}

TEST(NumericClaimsTest, WhereTheDisasterStruckLeavesTheTollTheStorys) {
  const std::string story =
      "Quake in Morocco\nMorocco mourns its dead.\nRescuers reached "
      "villages in Morocco on Sunday.\n";
  const Claims struck(story +
                      "The number of injured reached 2,476 on Sunday, two "
                      "days after Friday night's temblor in the Atlas "
                      "Mountains.");
  const NumericClaim* toll = struck.Find("number of injured reached 2,476");
  ASSERT_NE(toll, nullptr) << struck.Describe();
  EXPECT_EQ(toll->location, "Morocco");
  const Claims elsewhere(story +
                         "The number of injured reached 2,476 on Sunday, two "
                         "days after rescuers first arrived in the Atlas "
                         "Mountains.");
  const NumericClaim* other = elsewhere.Find("number of injured reached 2,476");
  ASSERT_NE(other, nullptr) << elsewhere.Describe();
  EXPECT_EQ(other->location, "");
}

TEST(NumericClaimsTest, OutsideABuildingIsNoPartOfThePlace) {
  // "waited in a hallway outside the classrooms": where they stood;
  // "outside mainland China" counts what lies beyond the place.
  const std::string story =
      "Shooting in Texas.\nPolice reached Texas schools on Sunday.\nTexas "
      "mourned.\n";
  const Claims hallway(story +
                       "Nearly 20 police officers waited in a hallway "
                       "outside the classrooms.");
  ASSERT_THAT(hallway.all(), SizeIs(1)) << hallway.Describe();
  EXPECT_EQ(hallway.all()[0].location, "Texas");
  const Claims beyond(story +
                      "More than 400 police officers waited outside mainland "
                      "Texas.");
  ASSERT_THAT(beyond.all(), SizeIs(1)) << beyond.Describe();
  EXPECT_EQ(beyond.all()[0].location, "");
}

TEST(NumericClaimsTest, WhereMostOfACountAreLeavesItTheStorysPlace) {
  // "mostly in Sindh" says where most of the dead are, not that the 937
  // are Sindh's; "in Sindh" says that.
  const std::string story =
      "Floods hit Pakistan.\nRescuers reached Pakistan on Sunday.\nPakistan "
      "asked for help.\n";
  const Claims most(story +
                    "The floods killed 937 people, mostly in Sindh and "
                    "Balochistan.");
  ASSERT_THAT(most.all(), SizeIs(1)) << most.Describe();
  EXPECT_EQ(most.all()[0].location, "Pakistan");
  const Claims all(story + "The floods killed 937 people in Sindh.");
  ASSERT_THAT(all.all(), SizeIs(1)) << all.Describe();
  EXPECT_EQ(all.all()[0].location, "Sindh");
  for (const char* part :
       {"At least 937 people have died, the vast majority in Sindh.",
        "At least 937 people have died, most of them in Sindh."}) {
    const Claims majority(story + part);
    ASSERT_THAT(majority.all(), SizeIs(1)) << majority.Describe();
    EXPECT_EQ(majority.all()[0].location, "Pakistan") << part;
  }
}

TEST(NumericClaimsTest, WhereTheQuakeWasCentredLeavesItsTollTheCountrys) {
  // "centered in the north": the quake's centre; "In the north", a part
  // the toll counts.
  const std::string story =
      "Quake hits Peru.\nRescuers reached Peru on Sunday.\nPeru asked for "
      "help.\n";
  const Claims centred(story +
                       "The quake, centered in the north of the country, "
                       "killed 300 people.");
  ASSERT_THAT(centred.all(), SizeIs(1)) << centred.Describe();
  EXPECT_EQ(centred.all()[0].location, "Peru");
  const Claims part(story +
                    "In the north of the country, the quake killed 300 "
                    "people.");
  ASSERT_THAT(part.all(), SizeIs(1)) << part.Describe();
  EXPECT_EQ(part.all()[0].location, "");
}

TEST(NumericClaimsTest, TheCountryOfAStoryOfOneRegionIsTheRegionsCountry) {
  const std::string story =
      "Rains lash Balochistan\nRescuers reached Balochistan on Sunday.\n";
  const Claims country(story +
                       "The rains have claimed 77 lives across the country.");
  const NumericClaim* national = country.Find("77 lives");
  ASSERT_NE(national, nullptr) << country.Describe();
  EXPECT_EQ(national->location, "Pakistan");
  EXPECT_FALSE(national->location_from_document);
  const Claims region(story + "The rains have claimed 77 lives so far.");
  const NumericClaim* regional = region.Find("77 lives");
  ASSERT_NE(regional, nullptr) << region.Describe();
  EXPECT_EQ(regional->location, "Balochistan");
  EXPECT_TRUE(regional->location_from_document);
}

}  // namespace
}  // namespace factcheck::extract
