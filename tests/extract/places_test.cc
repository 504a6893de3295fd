#include "server/extract/places.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::extract {
namespace {

TEST(CanonicalPlaceTest, AProvinceIsNamedWithoutTheWordProvince) {
  EXPECT_EQ(CanonicalPlace("Al Haouz Province"), CanonicalPlace("Al Haouz"));
  EXPECT_EQ(CanonicalPlace("Sindh province"), "Sindh");
  EXPECT_EQ(CanonicalPlace("Marrakesh Province"), "Marrakech");
  EXPECT_EQ(CanonicalPlace("Idlib Governorate"), "Idlib");
}

TEST(CanonicalPlaceTest, APartOfKashmirIsTheSubdivisionItsHolderGovernsIt) {
  // Copy names one part of Kashmir by who holds it, by how it is held or
  // by the subdivision its holder governs: one place.
  const std::string indian = CanonicalPlace("Jammu and Kashmir");
  EXPECT_EQ(CanonicalPlace("Indian-administered Kashmir"), indian);
  EXPECT_EQ(CanonicalPlace("India-controlled Kashmir"), indian);
  EXPECT_EQ(CanonicalPlace("Indian Kashmir"), indian);
  const std::string pakistani = CanonicalPlace("Azad Kashmir");
  EXPECT_EQ(CanonicalPlace("Pakistan-controlled Kashmir"), pakistani);
  EXPECT_EQ(CanonicalPlace("Pakistani Kashmir"), pakistani);
  EXPECT_NE(indian, pakistani);
  // An adjective of nationality before any other place is no holder.
  EXPECT_EQ(CanonicalPlace("Indian Ocean"), "Indian Ocean");
  EXPECT_EQ(CanonicalPlace("Syrian Golan"), "Syrian Golan");
  // A held part no subdivision governs keeps its holder.
  EXPECT_EQ(CanonicalPlace("Russian-occupied Ukraine"),
            "Ukraine (held by Russia)");
}

TEST(CanonicalPlaceTest, APartOfKashmirNamedInWordsIsThatPart) {
  const std::string indian = CanonicalPlace("Jammu and Kashmir");
  const std::string pakistani = CanonicalPlace("Azad Kashmir");
  EXPECT_EQ(CanonicalPlace("Indian part of Kashmir"), indian);
  EXPECT_EQ(CanonicalPlace("Indian side of divided Kashmir"), indian);
  EXPECT_EQ(CanonicalPlace("part of divided Kashmir that India controls"),
            indian);
  EXPECT_EQ(CanonicalPlace("Pakistan's part of Kashmir"), pakistani);
  // A part no country holds is neither.
  EXPECT_NE(CanonicalPlace("part of Kashmir that it controls"), indian);
  EXPECT_NE(CanonicalPlace("part of Kashmir that it controls"), pakistani);
}

TEST(CanonicalPlaceTest, ACountryAndItsOwnPartAreTheCountry) {
  EXPECT_EQ(CanonicalPlace("Pakistan and Pakistani-administered Kashmir"),
            "Pakistan");
  // Another country's part makes a list of two scopes.
  EXPECT_NE(CanonicalPlace("India and Pakistani-administered Kashmir"),
            "India");
}

TEST(CanonicalPlaceTest, ANameWrittenWithoutItsAccentsIsTheGazetteersName) {
  // Latin-1 ("Rio") and Latin Extended-A letters ("\xC5\x9F", "\xC4\xB1").
  EXPECT_EQ(CanonicalPlace("Kahramanmaras"), "Kahramanmara\xC5\x9F");
  EXPECT_EQ(CanonicalPlace("Sanliurfa"),
            "\xC5\x9E"
            "anl\xC4\xB1urfa");
  EXPECT_EQ(CountriesOf(CanonicalPlace("Diyarbakir")),
            std::vector<std::string>{"Turkey"});
}

// Japan's copy names "Wajima City" and "Wajima", "Anamizu Town" and
// "Anamizu" for one town; a city whose name holds "City" ("Mexico City",
// "Kansas City") or whose name alone is a region ("Gaza City", "New York
// City") is its own place.
TEST(CanonicalPlaceTest, ATownNamedWithTheWordCityOrTownIsTheTown) {
  EXPECT_EQ(CanonicalPlace("Wajima City"), CanonicalPlace("Wajima"));
  EXPECT_EQ(CanonicalPlace("Anamizu Town"), CanonicalPlace("Anamizu"));
  EXPECT_EQ(CanonicalPlace("Mexico City"), "Mexico City");
  EXPECT_EQ(CanonicalPlace("Kansas City"), "Kansas City");
  EXPECT_EQ(CanonicalPlace("Gaza City"), "Gaza City");
  EXPECT_EQ(CanonicalPlace("New York City"), "New York City");
}

TEST(CanonicalPlaceTest, AHawaiianNameWithItsOkinaIsTheGazetteersName) {
  EXPECT_EQ(CanonicalPlace("Hawai\xCA\xBBi"), CanonicalPlace("Hawaii"));
  EXPECT_EQ(CanonicalPlace("O\xCA\xBB"
                           "ahu"),
            "Oahu");
}

TEST(CanonicalPlaceTest, EnglishNamesOfSpainsRegionsAreISOs) {
  EXPECT_EQ(CanonicalPlace("Andalusia"),
            "Andaluc\xC3\xAD"
            "a");
  EXPECT_FALSE(CountriesOf(CanonicalPlace("Andalusia")).empty());
  EXPECT_EQ(CanonicalPlace("Castile-La Mancha"), "Castilla-La Mancha");
  EXPECT_EQ(CanonicalPlace("Castilla La Mancha"), "Castilla-La Mancha");
  EXPECT_EQ(CanonicalPlace("Catalonia"), "Catalunya");
}

TEST(CanonicalPlaceTest, AProvinceNamedByADirectionKeepsItsWholeName) {
  EXPECT_EQ(CanonicalPlace("Eastern Province"), "Eastern Province");
  EXPECT_EQ(CanonicalPlace("North West Province"), "North West Province");
}

TEST(CanonicalPlaceTest, ParticlesInsideANameAreLowerCase) {
  EXPECT_EQ(CanonicalPlace("Pinar Del Rio"), CanonicalPlace("Pinar del Rio"));
  EXPECT_EQ(CanonicalPlace("Dar Es Salaam"), "Dar es Salaam");
  EXPECT_EQ(CanonicalPlace("La Paz"), "La Paz") << "a first word stays";
}

TEST(CanonicalPlaceTest, ANameWrittenWithoutItsAccentsIsTheAccentedOne) {
  EXPECT_EQ(CanonicalPlace("Pinar del Rio"), "Pinar del Río");
  EXPECT_EQ(CanonicalPlace("Pinar Del Rio"), "Pinar del Río");
  EXPECT_EQ(CanonicalPlace("Pinar del Río"), "Pinar del Río");
  EXPECT_EQ(CanonicalPlace("Rio Grande Valley"), "Rio Grande Valley")
      << "a name ISO 3166 does not know is kept as written";
}

TEST(CanonicalPlaceTest, AbbreviationsOfPakistansProvincesAreThem) {
  EXPECT_EQ(CanonicalPlace("AJK"), "Azad Jammu and Kashmir");
  EXPECT_EQ(CanonicalPlace("KP"), "Khyber Pakhtunkhwa");
  EXPECT_EQ(CanonicalPlace("KPK"), "Khyber Pakhtunkhwa");
  EXPECT_TRUE(MayBeginPlaceName("AJK")) << "an abbreviation begins a name";
  EXPECT_THAT(CountriesOf(CanonicalPlace("KP")),
              ::testing::Contains("Pakistan"));
}

TEST(CanonicalPlaceTest, OtherNamesOfOnePlaceAreOne) {
  EXPECT_EQ(CanonicalPlace("Derna"), CanonicalPlace("Darnah"));
  EXPECT_EQ(CanonicalPlace("Libya's Derna"), CanonicalPlace("Darnah"));
  EXPECT_EQ(CanonicalPlace("the U.S."), "the U.S.")
      << "callers drop the article first";
  EXPECT_EQ(CanonicalPlace("U.S."), "United States");
}

TEST(CanonicalPlaceTest, AProvincesFormerNameIsIt) {
  EXPECT_EQ(CanonicalPlace("North West Frontier Province"),
            "Khyber Pakhtunkhwa");
  EXPECT_EQ(CanonicalPlace("NWFP"), "Khyber Pakhtunkhwa");
  EXPECT_EQ(CanonicalPlace("North-West Frontier Province"),
            "Khyber Pakhtunkhwa");
}

TEST(CanonicalPlaceTest, ACountryIsNamedAsNewsNamesIt) {
  // ISO 3166 says "Russian Federation" and "T\xC3\xBCrkiye"; its provinces
  // lie in the country copy calls Russia and Turkey.
  EXPECT_EQ(CanonicalPlace("Russian Federation"), "Russia");
  EXPECT_TRUE(IsCountry("Russia"));
  EXPECT_EQ(CanonicalPlace("T\xC3\xBCrkiye"), "Turkey");
  EXPECT_TRUE(IsCountry("Turkey"));
  EXPECT_THAT(CountriesOf(CanonicalPlace("Hatay")),
              ::testing::ElementsAre("Turkey"));
}

TEST(CanonicalPlaceTest, ANameWithoutItsAccentsLiesWhereTheAccentedOneDoes) {
  // ISO 3166 writes "Jammu and Kashm\xC4\xABr"; copy rarely does.
  EXPECT_THAT(CountriesOf("Jammu and Kashmir"),
              ::testing::ElementsAre("India"));
  EXPECT_EQ(CanonicalPlace("Jammu and Kashmir"),
            CanonicalPlace("Jammu and Kashm\xC4\xABr"));
  EXPECT_THAT(CountriesOf("Atlantis"), ::testing::IsEmpty());
}

TEST(CanonicalPlaceTest, AnAutonomousRegionIsNamedAsNewsNamesIt) {
  // ISO 3166 names China's autonomous regions in Chinese ("Xizang
  // Zizhiqu"); copy says "Tibet", "the Tibet Autonomous Region".
  EXPECT_EQ(CanonicalPlace("Tibet Autonomous Region"), "Tibet");
  EXPECT_THAT(CountriesOf("Tibet"), ::testing::ElementsAre("China"));
  EXPECT_THAT(CountriesOf(CanonicalPlace("Xinjiang Uygur Autonomous Region")),
              ::testing::ElementsAre("China"));
}

TEST(CountryOfAdjectiveTest, RegularAndCommonIrregularAdjectivesNameCountries) {
  EXPECT_EQ(CountryOfAdjective("Libyan"), "Libya");
  EXPECT_EQ(CountryOfAdjective("Egyptian"), "Egypt");
  EXPECT_EQ(CountryOfAdjective("Italian"), "Italy");
  EXPECT_EQ(CountryOfAdjective("Chinese"), "China");
  EXPECT_EQ(CountryOfAdjective("Lebanese"), "Lebanon");
  EXPECT_EQ(CountryOfAdjective("Turkish"), "Turkey");
  EXPECT_EQ(CountryOfAdjective("Russian"), "Russia");
  EXPECT_EQ(CountryOfAdjective("French"), "France");
  EXPECT_EQ(CountryOfAdjective("Dutch"), "Netherlands");
  EXPECT_EQ(CountryOfAdjective("Haitian"), "Haiti");
  EXPECT_EQ(CountryOfAdjective("Malian"), "Mali");
  EXPECT_EQ(CountryOfAdjective("Christian"), std::nullopt);
  EXPECT_EQ(CountryOfAdjective("Persian"), std::nullopt);
  EXPECT_EQ(CountryOfAdjective("English"), std::nullopt);
  EXPECT_EQ(CountryOfAdjective("German"), "Germany");
  EXPECT_EQ(CountryOfAdjective("Portuguese"), "Portugal");
}

TEST(CountryOfItsPeopleTest, PluralsOfAdjectivesAndCommonIrregularPeoples) {
  EXPECT_EQ(CountryOfItsPeople("Indians"), "India");
  EXPECT_EQ(CountryOfItsPeople("Germans"), "Germany");
  // The adjective in "-ese" is its own plural: "two Chinese".
  EXPECT_EQ(CountryOfItsPeople("Chinese"), "China");
  EXPECT_EQ(CountryOfItsPeople("Portuguese"), "Portugal");
  EXPECT_EQ(CountryOfItsPeople("Britons"), "United Kingdom");
  EXPECT_EQ(CountryOfItsPeople("Turks"), CountryOfAdjective("Turkish"));
  EXPECT_EQ(CountryOfItsPeople("Poles"), "Poland");
  EXPECT_EQ(CountryOfItsPeople("These"), std::nullopt);
  EXPECT_EQ(CountryOfItsPeople("Christians"), std::nullopt);
  EXPECT_EQ(CountryOfItsPeople("Indian"), std::nullopt);
}

}  // namespace
}  // namespace factcheck::extract
