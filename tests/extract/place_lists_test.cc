// Counts listed by place, as a careful reader reads them: coordinated
// counts ("65 in Gaza and seven in Israel"), lists and breakdowns of a
// total by place, "respectively", elliptical and bracketed items, each
// keeping its own place and sharing the list's measure. Where single
// counts are is numeric_places_test's.
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::AnyOf;
using ::testing::Not;
using ::testing::SizeIs;

TEST(NumericClaimsTest, CoordinatedCountsShareTheMeasureAndKeepTheirPlaces) {
  Claims("At least 65 in Gaza and seven in Israel were killed.")
      .ExpectClaim({"At least 65 in Gaza", "deaths", "Gaza",
                    Qualifier::kAtLeast, 65, kInfinity});
  Claims("At least 65 in Gaza and seven in Israel were killed.")
      .ExpectClaim(
          {"seven in Israel", "deaths", "Israel", Qualifier::kExact, 7, 7});
}

// A table of counts by place under a heading that names the measure:
// "By county, the death toll is:" then "Graves County: 21" on its line.
TEST(NumericClaimsTest, TableRowsCountTheMeasureTheirHeadingNames) {
  Claims table(
      "By county, the death toll is:\n\nGraves County: 21\n\nHopkins "
      "County: 17\n");
  table.ExpectClaim(
      {"21", "deaths", "Graves County", Qualifier::kExact, 21, 21});
  table.ExpectClaim(
      {"17", "deaths", "Hopkins County", Qualifier::kExact, 17, 17});
  // No heading, or a row that names no place, counts nothing.
  EXPECT_THAT(Claims("The governor spoke.\n\nGraves County: 21\n").all(),
              SizeIs(0));
  EXPECT_THAT(Claims("By day, the death toll is:\n\nMonday: 21\n").all(),
              SizeIs(0));
}

// "include: Hopkins County, 13; Warren County, 15": each item's place
// before its comma, the list's measure; not a list of whence the dead came.
TEST(NumericClaimsTest, ItemsOfPlaceCommaFigureCountTheListsMeasure) {
  Claims items(
      "Other counties with storm-related deaths include: Hopkins County, 13; "
      "Warren County, 15; and Lyon County, 1.");
  items.ExpectClaim(
      {"13", "deaths", "Hopkins County", Qualifier::kExact, 13, 13});
  items.ExpectClaim(
      {"15", "deaths", "Warren County", Qualifier::kExact, 15, 15});
  items.ExpectClaim({"1", "deaths", "Lyon County", Qualifier::kExact, 1, 1});
  EXPECT_THAT(Claims("The other deaths were from Cameroon, 20; Niger, 19; "
                     "Egypt, 14.")
                  .all(),
              SizeIs(0));
}

TEST(NumericClaimsTest, CountAfterAVerbOfHappeningSharesItsMeasure) {
  for (const char* verb : {"occurred", "happened", "were reported"}) {
    const Claims claims(
        absl::StrCat("Two deaths ", verb, " in Peru and one in Ecuador."));
    ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
    EXPECT_EQ(claims.all()[1].measure, "deaths") << verb;
    EXPECT_EQ(claims.all()[1].location, "Ecuador") << verb;
  }
}

TEST(NumericClaimsTest, ListOfCountsByPlaceSharesTheFirstMeasure) {
  const Claims claims(
      "The quake caused 1,293 deaths in Al Haouz, 452 in Taroudant and 15 in "
      "Marrakech.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[1].location, "Taroudant");
  EXPECT_EQ(claims.all()[2].location, "Marrakech");
}

// Haiti's toll by department: an item placed in no named part of the
// country counts nowhere, and the list goes on past it.
TEST(NumericClaimsTest, ListGoesOnPastAnItemInAnUnnamedPart) {
  const Claims claims(
      "The death toll in Haiti rose to 724, including 500 in the southern "
      "part of the country, 122 in Nippes and 100 in Grand'Anse.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_DOUBLE_EQ(claims.all()[1].quantity.lower, 122);
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[1].location, "Nippes");
  EXPECT_EQ(claims.all()[2].location, "Grand'Anse");
  const Claims north(
      "The death toll in Haiti rose to 724, including 500 in the north, 122 "
      "in Nippes and 100 in Grand'Anse.");
  ASSERT_THAT(north.all(), SizeIs(3)) << north.Describe();
  EXPECT_EQ(north.all()[1].location, "Nippes");
  // An unnamed part after a count of no list ends nothing it could go on.
  const Claims alone(
      "The storm killed 500 people in the south of the country, officials "
      "said on Sunday.");
  ASSERT_THAT(alone.all(), SizeIs(1)) << alone.Describe();
  EXPECT_EQ(alone.all()[0].location, "");
}

TEST(NumericClaimsTest, CombinedTotalIsItsOwnScope) {
  const Claims both(
      "At least 103 people were killed in Florida and North Carolina.");
  ASSERT_THAT(both.all(), SizeIs(1)) << both.Describe();
  EXPECT_EQ(both.all()[0].location, "Florida and North Carolina");
  // In whatever order the text lists them.
  const Claims reversed(
      "At least 103 people were killed in North Carolina and Florida.");
  ASSERT_THAT(reversed.all(), SizeIs(1)) << reversed.Describe();
  EXPECT_EQ(reversed.all()[0].location, "Florida and North Carolina");
  // Not a name of one place that holds "and".
  const Claims one_name("At least 12 people died in Bosnia and Herzegovina.");
  ASSERT_THAT(one_name.all(), SizeIs(1)) << one_name.Describe();
  EXPECT_EQ(one_name.all()[0].location, "Bosnia and Herzegovina");
  const Claims one("At least 99 people were killed in Florida on Monday.");
  ASSERT_THAT(one.all(), SizeIs(1)) << one.Describe();
  EXPECT_EQ(one.all()[0].location, "Florida");
  const Claims three(
      "The death toll rose to 4,500 in Nepal, India and Tibet as rescuers "
      "dug.");
  ASSERT_THAT(three.all(), SizeIs(1)) << three.Describe();
  EXPECT_EQ(three.all()[0].location, "India, Nepal and Tibet");
  // A list the text stops inside is none of its places' alone.
  const Claims cut(
      "The storm killed people elsewhere, leaving 10 dead in Georgia, North "
      "Carolina and");
  ASSERT_THAT(cut.all(), SizeIs(1)) << cut.Describe();
  EXPECT_EQ(cut.all()[0].location, "Georgia, North Carolina and");
  // A place and who said it, or a city and its country, are no list.
  for (const char* single :
       {"Floods killed 300 people in Gorkha, Ram Thapa and Hari Rai said.",
        "Floods killed 300 people in Gorkha, Nepal, on Sunday."}) {
    const Claims claims(single);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].location, "Gorkha") << single;
  }
}

TEST(NumericClaimsTest, PlaceClosingTwoCoordinatedCountsIsBoths) {
  const Claims both(
      "At least 23 people were killed and more than 100 wounded in Armenia.");
  ASSERT_THAT(both.all(), SizeIs(2)) << both.Describe();
  EXPECT_EQ(both.all()[0].location, "Armenia");
  EXPECT_EQ(both.all()[1].location, "Armenia");
  // A count of its own clause keeps its place to itself.
  const Claims own(
      "At least 23 people were killed, and 100 were wounded in Armenia.");
  ASSERT_THAT(own.all(), SizeIs(2)) << own.Describe();
  EXPECT_EQ(own.all()[0].location, "");
}

TEST(NumericClaimsTest, RespectivelyPairsPlacesWithNumbersInOrder) {
  const Claims claims(
      "Oregon and Idaho reported 308 and 223 deaths, "
      "respectively.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Oregon");
  EXPECT_EQ(claims.all()[1].location, "Idaho");
  const Claims opening(
      "In Oregon and Idaho, 308 and 223 people died respectively.");
  ASSERT_THAT(opening.all(), SizeIs(2)) << opening.Describe();
  EXPECT_EQ(opening.all()[0].location, "Oregon");
  EXPECT_EQ(opening.all()[1].location, "Idaho");
  const Claims joint("Oregon and Idaho reported 308 and 223 deaths.");
  ASSERT_THAT(joint.all(), SizeIs(2)) << joint.Describe();
  EXPECT_EQ(joint.all()[0].location, "");
}

TEST(NumericClaimsTest, RespectivelyReadsAPlaceNameJoinedByAHyphen) {
  const Claims claims(
      "Sindh and Gilgit-Baltistan reported 308 and 223 deaths, "
      "respectively.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Sindh");
  EXPECT_EQ(claims.all()[1].location, "Gilgit-Baltistan");
}

TEST(NumericClaimsTest, RespectivelyReadsPlacesWithCompassWordsAndTheirKind) {
  const Claims claims(
      "Losses were heaviest in the north, followed by southern Sindh and "
      "western Balochistan provinces which reported 120 and 95 deaths, "
      "respectively.");
  const NumericClaim* sindh = claims.Find("120");
  const NumericClaim* balochistan = claims.Find("95 deaths");
  ASSERT_NE(sindh, nullptr) << claims.Describe();
  ASSERT_NE(balochistan, nullptr) << claims.Describe();
  EXPECT_EQ(sindh->location, "Sindh");
  EXPECT_EQ(balochistan->location, "Balochistan");
  const Claims joint(
      "Losses were heaviest in the north, followed by southern Sindh and "
      "western Balochistan provinces which reported 120 and 95 deaths.");
  for (const NumericClaim& claim : joint.all()) {
    EXPECT_THAT(claim.location, Not(AnyOf("Sindh", "Balochistan")))
        << joint.Describe();
  }
}

TEST(NumericClaimsTest, TotalsBreakdownByPlaceCountsTheTotalsMeasure) {
  for (const char* text :
       {"The death toll has risen to 7,108, with 5,400 in Peru and 1,700 in "
        "Ecuador.",
        "The death toll has risen to 7,108: 5,400 in Peru and 1,700 in "
        "Ecuador.",
        "The quake killed 7,108 people, 5,400 in Peru and 1,700 in Ecuador.",
        "The death toll has risen to 7,108 \u2014 5,400 in Peru and 1,700 in "
        "Ecuador.",
        "So far 7,108 bodies have been recovered -- 5,400 in Peru and 1,700 "
        "in Ecuador."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
    EXPECT_EQ(claims.all()[1].measure, "deaths") << text;
    EXPECT_EQ(claims.all()[1].location, "Peru") << text;
    EXPECT_EQ(claims.all()[2].location, "Ecuador") << text;
  }
  // A dash's aside on something else opens no list of the count before.
  const Claims aside(
      "The toll rose to 50. The heavy snow \u2014 more than 10 centimetres "
      "in places \u2014 could bring more buildings down.");
  for (const NumericClaim& claim : aside.all()) {
    EXPECT_NE(claim.quantity.value, 10) << aside.Describe();
  }
  // "with" before a count of no place is no item of it.
  const Claims with_state(
      "The toll rose to 50, with 20 in critical condition.");
  ASSERT_THAT(with_state.all(), SizeIs(2)) << with_state.Describe();
  EXPECT_NE(with_state.all()[1].measure, "deaths");
}

TEST(NumericClaimsTest, ListOpenedAfterItsMeasureCountsThatMeasureByPlace) {
  const Claims including(
      "Most deaths were reported in villages, including 1,452 in Cusco, 764 "
      "in Puno and 18 in Lima.");
  ASSERT_THAT(including.all(), SizeIs(3)) << including.Describe();
  for (const NumericClaim& claim : including.all()) {
    EXPECT_EQ(claim.measure, "deaths") << including.Describe();
  }
  EXPECT_EQ(including.all()[0].location, "Cusco");
  EXPECT_EQ(including.all()[2].location, "Lima");

  const Claims followed(
      "Oregon reported the most deaths since June, followed by Idaho with "
      "286, Utah with 259, and Nevada with 188.");
  ASSERT_THAT(followed.all(), SizeIs(3)) << followed.Describe();
  EXPECT_EQ(followed.all()[0].location, "Idaho");
  EXPECT_EQ(followed.all()[2].location, "Nevada");
  EXPECT_EQ(followed.all()[2].measure, "deaths");

  // A number that goes on is no item of the list: "China with 2,097 Fresh
  // Cases" counts no deaths.
  const Claims headline(
      "Death Toll Crosses 1,000 in Mainland China with 2,097 Fresh Cases");
  for (const NumericClaim& claim : headline.all()) {
    EXPECT_NE(claim.quantity.value, 2097) << headline.Describe();
  }
}

TEST(NumericClaimsTest, EllipticalListItemsTakeThePlaceBeforeTheirNumber) {
  const Claims claims(
      "The number of deaths in Sindh is 432, in Balochistan 256 and in Punjab "
      "to 188.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].location, "Balochistan");
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[2].location, "Punjab");
  const Claims not_a_place(
      "The number of deaths in Sindh is 432, in the city 256.");
  EXPECT_THAT(not_a_place.all(), SizeIs(1)) << not_a_place.Describe();
}

TEST(NumericClaimsTest, ListByPlaceGoesOnInASentenceOpeningWithItsPlace) {
  const Claims claims(
      "Charlotte County had eight confirmed deaths, while Monroe County had "
      "seven. \n\nVolusia County had five.\n");
  claims.ExpectClaim({"Volusia County had five", "deaths", "Volusia County",
                      Qualifier::kExact, 5, 5});
  // A sentence of its own measure is no item of the list.
  const Claims other(
      "Charlotte County had eight confirmed deaths. Volusia County had five "
      "shelters.\n");
  for (const NumericClaim& claim : other.all()) {
    EXPECT_NE(claim.location, "Volusia County") << other.Describe();
  }
}

TEST(NumericClaimsTest, ProvinceAbbreviationsInAListArePlaces) {
  const Claims claims(
      "The number of lives lost in Sindh is 432, in KP it is 268, in "
      "Balochistan 256 and AJK 42.");
  ASSERT_THAT(claims.all(), SizeIs(4)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].location, "Khyber Pakhtunkhwa");
  EXPECT_EQ(claims.all()[3].location, "Azad Jammu and Kashmir");
}

TEST(NumericClaimsTest, ListGoesOnPastThePlaceTheVerbLeaves) {
  const Claims claims(
      "More than 280,000 people fled Ukraine into Poland, 85,000 into Hungary "
      "and 36,000 into Moldova.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Poland");
  EXPECT_EQ(claims.all()[1].location, "Hungary");
  EXPECT_EQ(claims.all()[2].location, "Moldova");
  EXPECT_EQ(claims.all()[1].measure, claims.all()[0].measure);
}

TEST(NumericClaimsTest, WhileAnotherPlaceHadACountItIsTheSameMeasure) {
  const Claims claims(
      "Lee County had 53 deaths, while Monroe County had seven.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].location, "Monroe County");
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  const Claims own_noun(
      "Lee County had 53 deaths, while Monroe County had seven shelters.");
  EXPECT_THAT(own_noun.all(), SizeIs(1))
      << "a count with a noun of its own is no item of the list: "
      << own_noun.Describe();
}

TEST(NumericClaimsTest, ItemNamingItsPeopleOnlySharesTheListsMeasure) {
  const Claims claims(
      "The fighting has killed 126 people in Gaza, including 31 children, "
      "and eight people in Israel.");
  claims.ExpectClaim(
      {"eight people in Israel", "deaths", "Israel", Qualifier::kExact, 8, 8});
  // An item with a verb of its own counts what its verb says.
  const Claims own_verb(
      "The fighting has killed 126 people in Gaza, including 31 children, "
      "and eight people in Israel were evacuated.");
  const NumericClaim* evacuated = own_verb.Find("eight");
  ASSERT_NE(evacuated, nullptr) << own_verb.Describe();
  EXPECT_NE(evacuated->measure, "deaths");
}

TEST(NumericClaimsTest, ShortNameInBracketsAfterAPlaceGoesOnWithTheList) {
  const Claims claims(
      "One death was reported from Sindh (SD), four from Balochistan.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].location, "Balochistan");
  const Claims broken(
      "One death was reported from Sindh (SD says), four from Balochistan.");
  EXPECT_THAT(broken.all(), SizeIs(1)) << broken.Describe();
}

TEST(NumericClaimsTest, PlaceClosingCoordinatedSubgroupsIsEachOnesPlace) {
  const Claims shared(
      "A gunman killed 19 pupils and two teachers in Ohio on Friday.");
  ASSERT_THAT(shared.all(), SizeIs(2)) << shared.Describe();
  EXPECT_EQ(shared.all()[0].location, "Ohio");
  EXPECT_EQ(shared.all()[1].location, "Ohio");
  const Claims own(
      "A gunman killed 19 pupils in Indiana and two teachers in Ohio.");
  ASSERT_THAT(own.all(), SizeIs(2)) << own.Describe();
  EXPECT_EQ(own.all()[0].location, "Indiana");
  EXPECT_EQ(own.all()[1].location, "Ohio");
}

TEST(NumericClaimsTest, ListOfBracketedCountsGoesOnAfterABracket) {
  const Claims claims(
      "At least 300 people died in Oregon, followed by Idaho (238) and Utah "
      "(226).");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].location, "Idaho");
  EXPECT_EQ(claims.all()[2].location, "Utah");
  EXPECT_EQ(claims.all()[2].measure, "deaths");
}

TEST(NumericClaimsTest, EachGivesEveryListedCountyTheCount) {
  const std::string lead =
      "The storm killed 40 people in Florida, including 12 in Lee County. "
      "Also reported were seven in Monroe County; ";
  const Claims each(lead + "five each in Marion and Lake counties.");
  const NumericClaim* marion = each.Find("five each in Marion");
  const NumericClaim* lake = each.Find("five each in Marion and Lake");
  ASSERT_NE(marion, nullptr) << each.Describe();
  ASSERT_NE(lake, nullptr) << each.Describe();
  EXPECT_EQ(marion->location, "Marion County");
  EXPECT_EQ(lake->location, "Lake County");
  EXPECT_DOUBLE_EQ(lake->quantity.lower, 5);
  const Claims joint(lead + "five in Marion and Lake counties.");
  for (const NumericClaim& claim : joint.all()) {
    EXPECT_THAT(claim.location, Not(AnyOf("Marion County", "Lake County")))
        << joint.Describe();
  }
}

}  // namespace
}  // namespace factcheck::extract
