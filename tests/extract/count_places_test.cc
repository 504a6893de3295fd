// Where a count is, when the clause that gives it leaves its place to a
// neighbour: the body that claims it, the increase a headline names before
// its total, or the country of the several regions it counts across.
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

TEST(CountPlacesTest, BodyNamedAfterItsPlaceThatClaimsACountGivesItsPlace) {
  Claims(
      "The Sindh government has claimed that the number of deaths rose to "
      "402.")
      .ExpectClaim({"number of deaths rose to 402", "deaths", "Sindh",
                    Qualifier::kExact, 402, 402});
  Claims(
      "Officials in Geneva have claimed that the number of deaths rose to "
      "402.")
      .ExpectClaim({"number of deaths rose to 402", "deaths", "",
                    Qualifier::kExact, 402, 402});
}

TEST(CountPlacesTest, HeadlineTollRightAfterAnIncreaseIsCountedWhereItIs) {
  Claims("Storm kills 3 more in Lee County, toll 57\nRivers rose.")
      .ExpectClaim(
          {"toll 57", "deaths", "Lee County", Qualifier::kExact, 57, 57});
  // Another measure after the comma is no total of the increase.
  Claims("Storm kills 3 more in Lee County, 57 injured\nRivers rose.")
      .ExpectClaim({"57 injured", "injured", "", Qualifier::kExact, 57, 57});
}

TEST(CountPlacesTest, MainlandBeforeACountryIsThatCountry) {
  Claims("Cases in mainland China have reached 6,061.")
      .ExpectClaim({"6,061", "cases", "China", Qualifier::kExact, 6061, 6061});
  Claims("Cases in the mainland have reached 6,061.")
      .ExpectClaim({"6,061", "cases", "", Qualifier::kExact, 6061, 6061});
}

TEST(CountPlacesTest, ACountrysMainlandAfterOnIsThatCountry) {
  // In a Florida story, not Florida's count; an island no country owns is
  // no place known.
  Claims(
      "Florida residents are without power.\n\nAt least 16 deaths have "
      "been reported on the US mainland, officials said.")
      .ExpectClaim({"At least 16 deaths", "deaths", "United States",
                    Qualifier::kAtLeast, 16, kInfinity});
  Claims(
      "Florida residents are without power.\n\nAt least 16 deaths have "
      "been reported on the island, officials said.")
      .ExpectClaim({"At least 16 deaths", "deaths", "", Qualifier::kAtLeast, 16,
                    kInfinity});
}

TEST(CountPlacesTest, CountryWrittenInInitialsBeforeATollIsWhoseItIs) {
  Claims("The U.S. death toll stood at 10 on Tuesday.")
      .ExpectClaim({"death toll stood at 10", "deaths", "United States",
                    Qualifier::kExact, 10, 10});
  Claims("The U.N. death toll stood at 10 on Tuesday.")
      .ExpectClaim(
          {"death toll stood at 10", "deaths", "", Qualifier::kExact, 10, 10});
}

TEST(CountPlacesTest, PeopleWithinAPlaceAreCountedThere) {
  Claims(
      "More than two million people still within Ukraine's borders had fled "
      "their homes.")
      .ExpectClaim({"More than two million", "displaced", "Ukraine",
                    Qualifier::kMoreThan, 2e6, kInfinity});
  Claims("More than two million people had fled their homes.")
      .ExpectClaim({"More than two million", "displaced", "",
                    Qualifier::kMoreThan, 2e6, kInfinity});
}

TEST(CountPlacesTest, WhatThePlaceThatIsTheSubjectHasIsCountedThere) {
  Claims("Florida has been the hardest hit in the country, with 54 deaths.")
      .ExpectClaim(
          {"54 deaths", "deaths", "Florida", Qualifier::kExact, 54, 54});
  Claims("Rescuers reached the hardest-hit areas, with 54 deaths.")
      .ExpectClaim({"54 deaths", "deaths", "", Qualifier::kExact, 54, 54});
  Claims(
      "Sindh remains the province with the highest number of lives lost "
      "at 470.")
      .ExpectClaim({"470", "deaths", "Sindh", Qualifier::kExact, 470, 470});
  Claims("Sindh is flooded, while rescuers with 470 deaths are tired.")
      .ExpectClaim({"470 deaths", "deaths", "", Qualifier::kExact, 470, 470});
}

// "Punjab has the highest number of injured at 900" is Punjab's 900 (in a
// report of the country's tallies, not the country's); a place that has
// the most of something else leaves the count unplaced.
TEST(CountPlacesTest, WhatThePlaceHasMostOfIsCountedThere) {
  Claims("Punjab has the highest number of injured at 900.")
      .ExpectClaim({"number of injured at 900", "injured", "Punjab",
                    Qualifier::kExact, 900, 900});
  Claims("Punjab has the highest number of deaths at 578, and 20 in Sindh.")
      .ExpectClaim({"number of deaths at 578", "deaths", "Punjab",
                    Qualifier::kExact, 578, 578});
  Claims("Punjab has the highest rainfall, and the number of deaths is 578.")
      .ExpectClaim({"number of deaths is 578", "deaths", "", Qualifier::kExact,
                    578, 578});
}

TEST(CountPlacesTest, ACountrysPeopleVoteForTheStorysCountry) {
  const std::string rest =
      " have left their homes.\nHundreds of Ukrainians crossed into Moldova "
      "and Romania, "
      "while an estimated 100,000 are uprooted in the country.";
  Claims("Some 100,000 Ukrainians" + rest)
      .ExpectClaim({"an estimated 100,000 are uprooted", "displaced", "Ukraine",
                    Qualifier::kApproximately, 90000, 110000});
  Claims("Some 100,000 people" + rest)
      .ExpectClaim({"an estimated 100,000 are uprooted", "displaced", "",
                    Qualifier::kApproximately, 90000, 110000});
}

TEST(CountPlacesTest, HeadlineBelowPageFurnitureStillGivesItsFigurePlace) {
  const std::string story =
      "At least 69 people have died this month as rains lashed the region, "
      "officials said.";
  Claims("ADVERTISEMENT\n\nFlood toll rises to 69 in Sindh\n" + story)
      .ExpectClaim({"At least 69", "deaths", "Sindh", Qualifier::kAtLeast, 69,
                    kInfinity});
  Claims("ADVERTISEMENT\n\nRains lashed the region\n" + story)
      .ExpectClaim(
          {"At least 69", "deaths", "", Qualifier::kAtLeast, 69, kInfinity});
  // A line a stop or a bar opens is furniture of three words or more too:
  // ". Earth Science News ." above the headline.
  Claims(". Flood Science News .\nFlood toll rises to 69 in Sindh\n" + story)
      .ExpectClaim({"At least 69", "deaths", "Sindh", Qualifier::kAtLeast, 69,
                    kInfinity});
}

TEST(CountPlacesTest, ThatAreaIsThePlaceNamedBeforeIt) {
  Claims(
      "The governor of Pinar del Rio said two people died in that area after "
      "the storm crossed western Cuba.")
      .ExpectClaim({"two people died", "deaths", "Pinar del Río",
                    Qualifier::kExact, 2, 2});
  Claims(
      "The governor said two people died in that area after the storm "
      "crossed western Cuba.")
      .ExpectClaim({"two people died", "deaths", "", Qualifier::kExact, 2, 2});
  Claims("Two people died in the province of Pinar del Rio.")
      .ExpectClaim({"Two people died", "deaths", "Pinar del Río",
                    Qualifier::kExact, 2, 2});
}

TEST(CountPlacesTest, PartOfAWholeNamedElsewhereTakesNoStoryPlace) {
  const std::string story =
      "Refugees leave Ukraine\nThe war in Ukraine goes on. Officials said ";
  Claims(story + "at least 300,000 of the refugees had arrived.")
      .ExpectClaim({"at least 300,000", "refugees", "", Qualifier::kAtLeast,
                    300000, kInfinity});
  Claims(story + "at least 300,000 refugees had arrived.")
      .ExpectClaim({"at least 300,000 refugees", "refugees", "Ukraine",
                    Qualifier::kAtLeast, 300000, kInfinity});
}

TEST(CountPlacesTest, ANumbersSeparatorDoesNotEndTheClauseBeforeACount) {
  // The first count's digits, grouped or not, leave the second the
  // subject's place.
  for (const char* first_count : {"8,150", "8150"}) {
    Claims(absl::StrCat("The quake in Peru killed ", first_count,
                        " people and injured 17,860."))
        .ExpectClaim(
            {"17,860", "injured", "Peru", Qualifier::kExact, 17860, 17860});
  }
  Claims("Britain's 0.5 percent tax has raised $4 billion a year.")
      .ExpectClaim({"$4 billion", "amount", "United Kingdom", Qualifier::kExact,
                    4e9, 4e9});
}

TEST(CountPlacesTest, TollAcrossSeveralStatesIsTheCountrysOrAPartOfIt) {
  // A Helene story from Florida: the storm's toll of every state it struck
  // is no count of Florida, but of the United States (Florida is also a
  // department of Uruguay: the story's other states say which).
  const std::string story =
      "Storm slams Florida\nRescuers reached Florida and Alabama on "
      "Sunday.\nFlorida asked for help.\n";
  for (const char* across :
       {"At least 56 people were killed across five states.",
        "At least 56 people were killed by the storm across several "
        "southeast states, including 11 in Florida.",
        "The death toll has risen to 56 in four states."}) {
    const Claims claims(story + across);
    // The toll is the text's first figure.
    ASSERT_FALSE(claims.all().empty()) << across;
    const NumericClaim& toll = claims.all()[0];
    EXPECT_EQ(toll.location, "United States") << claims.Describe();
    EXPECT_TRUE(toll.location_from_document) << across;
    EXPECT_TRUE(toll.location_may_be_a_part) << across;
  }
  // The states are another clause's: a county's count, then the toll.
  const Claims county(story +
                      "One county reported 30 people killed, pushing the "
                      "toll to at least 84 people across several states.");
  const NumericClaim* county_count = county.Find("30 people killed");
  ASSERT_NE(county_count, nullptr) << county.Describe();
  EXPECT_NE(county_count->location, "United States");
  const NumericClaim* toll = county.Find("toll to at least 84");
  ASSERT_NE(toll, nullptr) << county.Describe();
  EXPECT_EQ(toll->location, "United States");
  // Without a word of several states, the story's own place.
  const Claims own(story + "At least 56 people were killed.");
  ASSERT_EQ(own.all().size(), 1u) << own.Describe();
  EXPECT_EQ(own.all()[0].location, "Florida");
}

}  // namespace
}  // namespace factcheck::extract
