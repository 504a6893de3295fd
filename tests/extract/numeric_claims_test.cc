// Numeric claims as a careful reader takes them: the example article against
// its gold reading, and short texts for each news convention, negatives
// included.
#include "server/extract/numeric_claims.h"

#include <cmath>
#include <limits>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/measures.h"
#include "tests/testing/files.h"

namespace factcheck::extract {
namespace {

using ::factcheck::testing::ReadFile;

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// What a test expects of one claim, found by its own words.
struct Expected {
  std::string text;
  std::string measure;
  std::string location;
  Qualifier qualifier;
  double lower;
  double upper;
};

class Claims {
 public:
  explicit Claims(std::string text)
      : text_(std::move(text)), extraction_(Extract(text_)) {}

  const std::vector<NumericClaim>& all() const {
    return extraction_.numeric_claims;
  }

  const NumericClaim* Find(absl::string_view words) const {
    for (const NumericClaim& claim : all()) {
      if (TextOf(text_, claim.span) == words) return &claim;
    }
    return nullptr;
  }

  std::string Text(Span span) const { return std::string(TextOf(text_, span)); }

  void ExpectClaim(const Expected& e) const {
    const NumericClaim* claim = Find(e.text);
    ASSERT_NE(claim, nullptr) << "no claim '" << e.text << "' in: " << text_
                              << "\nclaims: " << Describe();
    EXPECT_EQ(claim->measure, e.measure) << e.text;
    EXPECT_EQ(claim->location, e.location) << e.text;
    EXPECT_EQ(claim->quantity.qualifier, e.qualifier) << e.text;
    EXPECT_DOUBLE_EQ(claim->quantity.lower, e.lower) << e.text;
    EXPECT_DOUBLE_EQ(claim->quantity.upper, e.upper) << e.text;
  }

  std::string Describe() const {
    std::string out;
    for (const NumericClaim& claim : all()) {
      absl::StrAppend(&out, "'", Text(claim.span), "' (", claim.measure, ") ");
    }
    return out;
  }

 private:
  std::string text_;
  Extraction extraction_;
};

TEST(SeedArticleTest, EveryGoldNumericClaimComesOutRight) {
  const Claims claims(ReadFile("testdata/corpus/seed_article.txt"));
  google::protobuf::Struct gold;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(
                  ReadFile("testdata/corpus/seed_article.gold.json"), &gold)
                  .ok());
  const auto& numeric = gold.fields().at("numeric").list_value().values();
  ASSERT_THAT(numeric, SizeIs(5));
  for (const google::protobuf::Value& entry : numeric) {
    const auto& fields = entry.struct_value().fields();
    const std::string words = fields.at("text").string_value();
    const NumericClaim* claim = claims.Find(words);
    ASSERT_NE(claim, nullptr) << words << "; found: " << claims.Describe();
    EXPECT_EQ(claim->measure, fields.at("measure").string_value()) << words;
    EXPECT_EQ(claim->location, fields.at("location").string_value()) << words;
    const std::string qualifier = fields.at("qualifier").string_value();
    const Qualifier q = claim->quantity.qualifier;
    if (qualifier == "EXACT") {
      EXPECT_EQ(q, Qualifier::kExact) << words;
    } else if (qualifier == "AT_LEAST") {
      EXPECT_EQ(q, Qualifier::kAtLeast) << words;
    } else if (qualifier == "VAGUE") {
      EXPECT_EQ(q, Qualifier::kVague) << words;
    } else {  // "AT_LEAST or EXACT (the 'at least' may distribute)"
      EXPECT_TRUE(q == Qualifier::kAtLeast || q == Qualifier::kExact) << words;
    }
    if (fields.count("value")) {
      EXPECT_EQ(claim->quantity.value, fields.at("value").number_value());
    }
    if (fields.count("lower")) {
      EXPECT_DOUBLE_EQ(claim->quantity.lower,
                       fields.at("lower").number_value());
    }
    if (fields.count("upper")) {
      EXPECT_DOUBLE_EQ(claim->quantity.upper,
                       fields.at("upper").number_value());
    }
    if (fields.count("source")) {
      EXPECT_EQ(claim->source, fields.at("source").string_value()) << words;
    }
  }
  EXPECT_THAT(claims.all(), SizeIs(5)) << claims.Describe();
}

TEST(NumericClaimsTest, CoordinatedCountsShareTheMeasureAndKeepTheirPlaces) {
  Claims("At least 65 in Gaza and seven in Israel were killed.")
      .ExpectClaim({"At least 65 in Gaza", "deaths", "Gaza",
                    Qualifier::kAtLeast, 65, kInfinity});
  Claims("At least 65 in Gaza and seven in Israel were killed.")
      .ExpectClaim(
          {"seven in Israel", "deaths", "Israel", Qualifier::kExact, 7, 7});
}

TEST(NumericClaimsTest, RisingTollKeepsTheEarlierFigureTheTextGives) {
  const Claims claims("The death toll rose from 35 to 43 on Tuesday.");
  ASSERT_THAT(claims.all(), SizeIs(1));
  const NumericClaim& claim = claims.all()[0];
  EXPECT_EQ(claim.measure, "deaths");
  EXPECT_EQ(claim.quantity.value, 43);
  ASSERT_TRUE(claim.earlier.has_value());
  EXPECT_EQ(claim.earlier->value, 35);
  EXPECT_EQ(claims.Text(claim.time_span), "on Tuesday");
}

TEST(NumericClaimsTest, UpFromGivesTheEarlierFigureNotAClaim) {
  const Claims claims(
      "The death toll in Morocco rose to 2,862 on Monday, up from 2,012 on "
      "Saturday.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  const NumericClaim& claim = claims.all()[0];
  EXPECT_EQ(claim.quantity.value, 2862);
  EXPECT_EQ(claim.location, "Morocco");
  ASSERT_TRUE(claim.earlier.has_value());
  EXPECT_EQ(claim.earlier->value, 2012);
  EXPECT_EQ(claims.Text(claim.time_span), "on Monday");

  const Claims undated("The toll rose to 2,862, up from 2,012 on Saturday.");
  ASSERT_THAT(undated.all(), SizeIs(1)) << undated.Describe();
  EXPECT_EQ(undated.Text(undated.all()[0].time_span), "");
}

TEST(NumericClaimsTest, HeadlineTollTakesItsSourceAndTheSourcesPlace) {
  const Claims claims(
      "Read: Gaza officials: Death toll from Israeli strikes rises to 43");
  claims.ExpectClaim({"Death toll from Israeli strikes rises to 43", "deaths",
                      "Gaza", Qualifier::kExact, 43, 43});
  EXPECT_EQ(claims.all()[0].source, "Gaza officials");
}

TEST(NumericClaimsTest, RelatedArticleLinesGiveAnEarlierArticlesFigures) {
  const Claims related("Read: Gaza officials: Death toll rises to 43");
  ASSERT_EQ(related.all().size(), 1u);
  EXPECT_TRUE(related.all()[0].related_article);
  const Claims headline("Gaza officials: Death toll rises to 43");
  ASSERT_EQ(headline.all().size(), 1u);
  EXPECT_FALSE(headline.all()[0].related_article);
  const Claims prose("The death toll in Gaza rose to 43 on Tuesday.");
  ASSERT_EQ(prose.all().size(), 1u);
  EXPECT_FALSE(prose.all()[0].related_article);
}

TEST(NumericClaimsTest, NearlyIsJustBelowTheValue) {
  Claims("Nearly 70 people were wounded in Jerusalem.")
      .ExpectClaim({"Nearly 70 people were wounded", "injured", "Jerusalem",
                    Qualifier::kApproximately, 63, 70});
  EXPECT_FALSE(Claims("Nearly 70 people were wounded.")
                   .all()[0]
                   .quantity.upper_inclusive);
}

TEST(NumericClaimsTest, RangeBetweenTwoNumbersIsOneClaim) {
  Claims("Between 40 and 50 rockets were fired at Tel Aviv.")
      .ExpectClaim({"Between 40 and 50 rockets", "rockets", "Tel Aviv",
                    Qualifier::kRange, 40, 50});
  Claims("Officials said 40-50 rockets were fired.")
      .ExpectClaim({"40-50 rockets", "rockets", "", Qualifier::kRange, 40, 50});
}

TEST(NumericClaimsTest, VerbBeforeTheNumberIsTheMeasureOverTheNounAfter) {
  Claims("Police arrested more than 200 protesters in Minsk.")
      .ExpectClaim({"more than 200", "arrested", "Minsk", Qualifier::kMoreThan,
                    200, kInfinity});
}

TEST(NumericClaimsTest, ApproximationReachesTenPercentEitherSide) {
  Claims("Some 1,200 families were displaced by the floods.")
      .ExpectClaim({"Some 1,200", "displaced", "", Qualifier::kApproximately,
                    1080, 1320});
}

TEST(NumericClaimsTest, VagueOrdersAreIntervals) {
  Claims("Hundreds of thousands of people fled.")
      .ExpectClaim({"Hundreds of thousands of people fled", "fled", "",
                    Qualifier::kVague, 100000, 999999});
  Claims("Dozens of rockets were intercepted.")
      .ExpectClaim(
          {"Dozens of rockets", "rockets", "", Qualifier::kVague, 24, 143});
}

TEST(NumericClaimsTest, UpToIsAnUpperBound) {
  Claims("Up to 300 airstrikes hit the city.")
      .ExpectClaim({"Up to 300 airstrikes", "airstrikes", "",
                    Qualifier::kAtMost, -kInfinity, 300});
}

TEST(NumericClaimsTest, MultipliersScaleTheAmount) {
  Claims("The company cut 1.2 million jobs.")
      .ExpectClaim(
          {"1.2 million jobs", "jobs", "", Qualifier::kExact, 1.2e6, 1.2e6});
  const Claims money("The government pledged $40m in aid.");
  money.ExpectClaim({"$40m in aid", "aid", "", Qualifier::kExact, 40e6, 40e6});
  EXPECT_EQ(money.all()[0].quantity.unit, "USD");
  EXPECT_EQ(money.all()[0].quantity.unit_kind, UnitKind::kCurrency);
}

TEST(NumericClaimsTest, PercentagesCarryTheirUnit) {
  const Claims claims("Inflation rose to 12 per cent in March.");
  claims.ExpectClaim(
      {"12 per cent", "inflation", "", Qualifier::kExact, 12, 12});
  EXPECT_EQ(claims.all()[0].quantity.unit, "%");
}

TEST(NumericClaimsTest, FractionsInWordsAreShares) {
  const Claims claims("Turnout was about two-thirds of registered voters.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "turnout");
  EXPECT_NEAR(*claims.all()[0].quantity.value, 2.0 / 3, 1e-12);
}

TEST(NumericClaimsTest, ShareNamesItsWhole) {
  const Claims claims("A third of the city was destroyed, officials said.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "the city");
  EXPECT_EQ(claims.all()[0].measure, "homes destroyed");
  EXPECT_NEAR(*claims.all()[0].quantity.value, 1.0 / 3, 1e-12);
}

TEST(NumericClaimsTest, CodesBeforeAFigureAreNotCounted) {
  const Claims claims("COVID-19 cases rose to 1,204 on Friday.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  claims.ExpectClaim({"1,204", "cases", "", Qualifier::kExact, 1204, 1204});
}

TEST(NumericClaimsTest, SubjectNounsGiveWayToTheMeasureWord) {
  const Claims claims("Three children and two women were among the dead.");
  ASSERT_THAT(claims.all(), SizeIs(2));
  EXPECT_EQ(claims.all()[0].measure, "deaths");
  EXPECT_EQ(claims.all()[1].measure, "deaths");
}

TEST(NumericClaimsTest, YearsAndDatesAreNoClaims) {
  EXPECT_THAT(Claims("The 2014 war ended on May 12, 2021.").all(), IsEmpty());
  EXPECT_THAT(Claims("Talks resumed on 12/05 and again in 1998.").all(),
              IsEmpty());
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
      .ExpectClaim({"At least 12 people were killed", "deaths", "",
                    Qualifier::kAtLeast, 12, kInfinity});
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

TEST(NumericClaimsTest, AbbreviatedDateIsNeitherACountNorPartOfThePlace) {
  const Claims claims(
      "At least 1,200 people were killed in Israel Oct. 7, officials said.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  claims.ExpectClaim({"At least 1,200 people were killed", "deaths", "Israel",
                      Qualifier::kAtLeast, 1200, kInfinity});
}

TEST(NumericClaimsTest, AbbreviatedMonthWithItsDayIsTheClaimsTime) {
  for (const char* date : {"Jan 12", "Oct. 7", "January 12"}) {
    const Claims claims(
        absl::StrCat("At least 30 people were killed in Gaza on ", date,
                     ", officials said."));
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.Text(claims.all()[0].time_span),
              absl::StrCat("on ", date));
  }
}

TEST(NumericClaimsTest, FirstNameSpelledLikeAMonthIsNoTime) {
  const Claims claims(
      "At least 30 people were killed, said a statement by Jan Egeland.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.Text(claims.all()[0].time_span), "");
}

TEST(NumericClaimsTest, AmountInAnyCurrencyIsNoYear) {
  for (const char* sign :
       {"$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5", "\xE2\x82\xB9"}) {
    const std::string amount = absl::StrCat(sign, "2000");
    const Claims claims(
        absl::StrCat("The ticket price rose to ", amount, ", officials said."));
    claims.ExpectClaim({amount, "price", "", Qualifier::kExact, 2000, 2000});
  }
}

TEST(NumericClaimsTest, PhoneNumbersAreNoClaims) {
  EXPECT_THAT(Claims("Call 555-0143 or +1-202-555-0143 for details.").all(),
              IsEmpty());
}

TEST(NumericClaimsTest, RanksAndPronounsAreNoClaims) {
  EXPECT_THAT(Claims("She finished second in the race in 2019.").all(),
              IsEmpty());
  EXPECT_THAT(Claims("Israel said one of the rockets hit a school.").all(),
              IsEmpty());
}

TEST(NumericClaimsTest, TimesOfDayAreNoClaims) {
  EXPECT_THAT(Claims("The sirens sounded at 10:30 and again at 9pm.").all(),
              IsEmpty());
}

TEST(NumericClaimsTest, AccordingToNamesTheSource) {
  const Claims claims(
      "At least 12 people were injured, according to the health ministry.");
  ASSERT_THAT(claims.all(), SizeIs(1));
  EXPECT_EQ(claims.all()[0].source, "the health ministry");
  EXPECT_EQ(claims.all()[0].measure, "injured");
}

// Patterns of real copy, each a minimal pair: the words that make a
// number a toll, and the same number counting something else.

TEST(NumericClaimsTest, NumberNextToAMeasureWordCountsOnlyWhatItIsBoundTo) {
  const Claims toll("Officials said 37 people were killed in the epicentre.");
  ASSERT_THAT(toll.all(), SizeIs(1)) << toll.Describe();
  EXPECT_EQ(toll.all()[0].measure, "deaths");
  // The same number beside a death toll, but counting districts or sitting
  // in another clause, is no toll.
  EXPECT_THAT(
      Claims("Floods across 7 districts killed dozens of people.").Find("7"),
      nullptr);
  const Claims elsewhere(
      "The virus has killed 56 people, and 37 were in the epicentre.");
  EXPECT_EQ(elsewhere.Find("37"), nullptr) << elsewhere.Describe();
}

TEST(NumericClaimsTest, CountNamedBeforeItsNumberIsTheOneLinkedToIt) {
  const Claims claims(
      "The death toll from Israeli strikes in Gaza has risen to 43.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "deaths");  // not "strikes"
  const Claims injured(
      "The injured individuals' toll has risen to 7,204 in Sindh.");
  ASSERT_THAT(injured.all(), SizeIs(1)) << injured.Describe();
  EXPECT_EQ(injured.all()[0].measure, "injured");
}

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

TEST(NumericClaimsTest, ListOfCountsByPlaceSharesTheFirstMeasure) {
  const Claims claims(
      "The quake caused 1,293 deaths in Al Haouz, 452 in Taroudant and 15 in "
      "Marrakech.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[1].location, "Taroudant");
  EXPECT_EQ(claims.all()[2].location, "Marrakech");
}

TEST(NumericClaimsTest, CountReferredBackToIsNoNewClaim) {
  const Claims claims("Of the 12 dead in Sindh, eight were children.");
  EXPECT_EQ(claims.Find("12 dead"), nullptr) << claims.Describe();
}

TEST(NumericClaimsTest, CombinedTotalIsItsOwnScope) {
  const Claims both(
      "At least 103 people were killed in Florida and North Carolina.");
  ASSERT_THAT(both.all(), SizeIs(1)) << both.Describe();
  EXPECT_EQ(both.all()[0].location, "Florida and North Carolina");
  const Claims one("At least 99 people were killed in Florida on Monday.");
  ASSERT_THAT(one.all(), SizeIs(1)) << one.Describe();
  EXPECT_EQ(one.all()[0].location, "Florida");
}

TEST(NumericClaimsTest, HeadlineCapitalsEndThePlace) {
  const Claims claims("Death Toll From Virus In China Rises To 1,016");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "China");
}

TEST(NumericClaimsTest, MostSpecificPlaceAfterAPossessive) {
  const Claims claims(
      "The death toll in Libya's eastern city of Derna has soared to 11,300.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Darnah") << "ISO 3166's name of Derna";
}

TEST(NumericClaimsTest, FigureOfAnEarlierYearCarriesItsYear) {
  const Claims history("The 2004 tsunami killed 230,000 people.");
  ASSERT_THAT(history.all(), SizeIs(1)) << history.Describe();
  EXPECT_EQ(history.all()[0].year, 2004);
  const Claims now("The tsunami killed 230,000 people.");
  ASSERT_THAT(now.all(), SizeIs(1)) << now.Describe();
  EXPECT_EQ(now.all()[0].year, 0);
}

TEST(NumericClaimsTest, DurationsCountTimeNotTolls) {
  const Claims claims(
      "At least 69 people lost their lives over the course of one month. The "
      "51-day conflict killed 2,200 people.");
  EXPECT_EQ(claims.Find("one"), nullptr) << claims.Describe();
  EXPECT_EQ(claims.Find("51"), nullptr) << claims.Describe();
  EXPECT_NE(claims.Find("2,200"), nullptr) << claims.Describe();
}

TEST(NumericClaimsTest, CountUnderAPlaceHeadingIsThatPlaces) {
  const Claims claims(
      "Update by province\n\nSindh\n\n542 deaths, 8,321 injuries\n\n"
      "Balochistan\n\n263 deaths, 166 injuries\n");
  ASSERT_THAT(claims.all(), SizeIs(4)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Sindh");
  EXPECT_EQ(claims.all()[2].location, "Balochistan");
}

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

TEST(NumericClaimsTest, PlaceThatIsTheSubjectIsTheCountsPlace) {
  const auto place_of = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    return claims.all().empty() ? "?" : claims.all()[0].location;
  };
  EXPECT_EQ(place_of("Marion County has had seven confirmed deaths."),
            "Marion County");
  EXPECT_EQ(place_of("Marion County, where the storm made landfall, has had "
                     "57 deaths."),
            "Marion County");
  EXPECT_EQ(place_of("Marion County held a vigil after 57 deaths."), "");
  // A body named after its place speaks for it, whatever its verb.
  EXPECT_EQ(place_of("Marion County Sheriff Ann Lee said on Monday that the "
                     "death toll had climbed to 54."),
            "Marion County");
  EXPECT_EQ(place_of("Oregon emergency officials confirmed 21 deaths."),
            "Oregon");
  // A body in a place counts there; a speaker in a place may speak of any.
  EXPECT_EQ(place_of("Officials in Marion County confirmed six deaths."),
            "Marion County");
  EXPECT_EQ(place_of("Officials in Geneva said 65 people were killed."), "");
  // A joint subject is neither place's.
  EXPECT_EQ(place_of("Oregon and Idaho had reported five deaths each."), "");
  EXPECT_EQ(place_of("In Marion County the sheriff said 58 have died."),
            "Marion County");
}

TEST(NumericClaimsTest, RespectivelyPairsPlacesWithNumbersInOrder) {
  const Claims claims(
      "Oregon and Idaho reported 308 and 223 deaths, "
      "respectively.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Oregon");
  EXPECT_EQ(claims.all()[1].location, "Idaho");
  const Claims joint("Oregon and Idaho reported 308 and 223 deaths.");
  ASSERT_THAT(joint.all(), SizeIs(2)) << joint.Describe();
  EXPECT_EQ(joint.all()[0].location, "");
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

TEST(NumericClaimsTest, CountyOfAnArticleIsNoForeignParish) {
  // "Charlotte" alone is a parish of Saint Vincent and the Grenadines.
  const Claims claims(
      "Charlotte County reported damage.\nCharlotte County officials met in "
      "Charlotte County.\nAt least 15 deaths have been confirmed.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_NE(claims.all()[0].location, "Saint Vincent and the Grenadines");
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

TEST(NumericClaimsTest, LivesTakenAreDeathsLivesSavedAreNot) {
  for (const char* text : {"The floods have claimed 77 lives in Peru.",
                           "The storm took an additional 170 lives in Peru.",
                           "In Peru, 26 lives were lost."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "deaths") << text;
  }
  for (const Claims& claims : {Claims("The new clinic treated 77 lives."),
                               Claims("Vaccines changed 77 lives in Peru.")}) {
    for (const NumericClaim& claim : claims.all()) {
      EXPECT_NE(claim.measure, "deaths") << claims.Describe();
    }
  }
}

TEST(NumericClaimsTest, PlaceAfterTheCauseOfATollIsItsPlace) {
  const Claims claims(
      "The death toll from the new respiratory virus outbreak in Peru rose "
      "to 212.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].location, "Peru");
}

TEST(NumericClaimsTest, SentenceReferringBackTakesTheEarlierSentencesYear) {
  const Claims history(
      "The last such quake hit Agadir in 1960. It killed at least 12,000 "
      "people.");
  ASSERT_THAT(history.all(), SizeIs(1)) << history.Describe();
  EXPECT_EQ(history.all()[0].year, 1960);
  const Claims now(
      "The quake hit Agadir on Friday. It killed at least 2,000 people.");
  ASSERT_THAT(now.all(), SizeIs(1)) << now.Describe();
  EXPECT_EQ(now.all()[0].year, 0);
}

TEST(NumericClaimsTest, CountOfTwoMeasuresTogetherIsNeither) {
  EXPECT_THAT(
      Claims("At least 10,000 people are feared missing or dead.").all(),
      IsEmpty());
  const Claims one("At least 10,000 people are feared missing.");
  ASSERT_THAT(one.all(), SizeIs(1)) << one.Describe();
  EXPECT_EQ(one.all()[0].measure, "missing");
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

TEST(NumericClaimsTest, FigurePastAMarkIsAFloor) {
  Claims("The death toll topped 6,200 in Turkey.")
      .ExpectClaim({"death toll topped 6,200 in Turkey", "deaths", "Turkey",
                    Qualifier::kAtLeast, 6200, kInfinity});
  Claims("The death toll has passed 10,000 in Syria.")
      .ExpectClaim({"death toll has passed 10,000 in Syria", "deaths", "Syria",
                    Qualifier::kAtLeast, 10000, kInfinity});
  Claims("The death toll reached 6,200 in Turkey.")
      .ExpectClaim({"death toll reached 6,200 in Turkey", "deaths", "Turkey",
                    Qualifier::kExact, 6200, 6200});
}

TEST(NumericClaimsTest, MillionsOfThingsAreNoMetres) {
  const Claims barrels("Exports fell to 3.4m barrels in Iraq.");
  ASSERT_THAT(barrels.all(), SizeIs(1)) << barrels.Describe();
  EXPECT_EQ(barrels.all()[0].quantity.value, 3.4e6);
  EXPECT_THAT(Claims("A 10m wall collapsed in Gaza.").all(), IsEmpty());
}

TEST(NumericClaimsTest, SpacedDashBetweenWordsIsNoMinusSign) {
  const Claims claims(
      "On Route 9 - 40 km from the city - 12 people were killed.");
  const NumericClaim* killed = claims.Find("12 people were killed");
  ASSERT_NE(killed, nullptr) << claims.Describe();
  EXPECT_EQ(killed->quantity.value, 12);
}

TEST(NumericClaimsTest, HyphenatedScalesAreOneNumber) {
  const Claims claims(
      "More than 12-thousand people died in Chile. The toll rose to "
      "four-thousand-205 in Peru.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].quantity.lower, 12000);
  EXPECT_EQ(claims.all()[1].quantity.value, 4205);
  // A hyphen between two numbers is still a range.
  const Claims range("Officials counted 40-50 deaths in Chile.");
  ASSERT_THAT(range.all(), SizeIs(1)) << range.Describe();
  EXPECT_EQ(range.all()[0].quantity.qualifier, Qualifier::kRange);
}

TEST(MeasureLexiconTest, CoversAtLeastSixtyMeasures) {
  EXPECT_GE(MeasureLexicon::Get().MeasureCount(), 60u);
  EXPECT_TRUE(MeasureLexicon::Get().IsCumulative("deaths"));
  EXPECT_FALSE(MeasureLexicon::Get().IsCumulative("airstrikes"));
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

TEST(NumericClaimsTest, GoneUpToIsRoseToNotAnUpperBound) {
  Claims("The death toll has gone up to 56.")
      .ExpectClaim({"death toll has gone up to 56", "deaths", "",
                    Qualifier::kExact, 56, 56});
  Claims("The storm killed up to 56 people.")
      .ExpectClaim(
          {"up to 56", "deaths", "", Qualifier::kAtMost, -kInfinity, 56});
}

TEST(NumericClaimsTest, CoordinatedClauseNamesItsOwnCount) {
  const Claims claims(
      "The number of cases now stands at 1,975 and the death toll has risen "
      "to 56.");
  const NumericClaim* cases =
      claims.Find("number of cases now stands at 1,975");
  ASSERT_NE(cases, nullptr) << claims.Describe();
  EXPECT_EQ(cases->measure, "cases");
  const Claims shared("Some 65 in Gaza and seven in Israel were killed.");
  ASSERT_THAT(shared.all(), SizeIs(2)) << shared.Describe();
  EXPECT_EQ(shared.all()[1].measure, "deaths");
}

TEST(NumericClaimsTest, CauseBeforeTheMeasureNounSaysOfWhat) {
  Claims("Officials confirmed 1,970 coronavirus cases.")
      .ExpectClaim({"1,970 coronavirus cases", "cases", "", Qualifier::kExact,
                    1970, 1970});
  EXPECT_THAT(Claims("Officials confirmed 1,970 police cases.").all(),
              IsEmpty());
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

TEST(NumericClaimsTest, AnotherCountOfAnotherMeasureIsATotalOfItsOwn) {
  const std::string killed =
      "Floods swept the Maule region of Chile.\nChile declared an "
      "emergency.\nAt least 36 people were killed. ";
  const Claims missing(killed + "Another 120 are missing.");
  ASSERT_NE(missing.Find("120 are missing"), nullptr) << missing.Describe();
  EXPECT_EQ(missing.Find("120 are missing")->quantity.change, Change::kNone);
  EXPECT_EQ(missing.Find("120 are missing")->location, "Chile");
  const Claims later(killed +
                     "Rescuers searched the river.\nThe ministry said an "
                     "additional 153 people were injured.");
  ASSERT_NE(later.Find("153 people were injured"), nullptr) << later.Describe();
  EXPECT_EQ(later.Find("153 people were injured")->quantity.change,
            Change::kNone)
      << "the text counted no injured before";
  const Claims more_dead(killed + "Another 12 died on Tuesday.");
  ASSERT_NE(more_dead.Find("12 died"), nullptr) << more_dead.Describe();
  EXPECT_EQ(more_dead.Find("12 died")->quantity.change, Change::kUp);
}

TEST(NumericClaimsTest, BoundThatIsAVerbOfPassingLinksTheTollToItsFigure) {
  Claims("The death toll has crossed 1,000.")
      .ExpectClaim({"death toll has crossed 1,000", "deaths", "",
                    Qualifier::kAtLeast, 1000, kInfinity});
  Claims("The death toll has climbed above 5,000.")
      .ExpectClaim({"death toll has climbed above 5,000", "deaths", "",
                    Qualifier::kMoreThan, 5000, kInfinity});
  EXPECT_THAT(Claims("The rescuers have crossed 1,000 miles.").all(),
              IsEmpty());
}

TEST(NumericClaimsTest, LeftInjuredCountsTheInjured) {
  Claims("Officials said 900 died, while 1,293 were left injured.")
      .ExpectClaim({"1,293", "injured", "", Qualifier::kExact, 1293, 1293});
}

TEST(NumericClaimsTest, SubgroupsOfTheDeadInTheirManyForms) {
  const auto subgroups_of = [](const std::string& text) {
    std::vector<std::string> found;
    for (const NumericClaim& claim : Claims(text).all()) {
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
  EXPECT_THAT(subgroups_of("The toll reached 145, 52 of them on Monday."),
              ElementsAre("145 deaths "));
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

TEST(NumericClaimsTest, AsideBetweenDashesLeavesTheCountItsMeasure) {
  const Claims claims(
      "At least 19 people \xE2\x80\x93 including two women and four children "
      "\xE2\x80\x93 have died in Sindh in the last 24 hours.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "deaths");
  EXPECT_EQ(claims.all()[0].quantity.change, Change::kUp);
  EXPECT_EQ(claims.all()[2].subgroup, "children");
  EXPECT_EQ(claims.all()[2].quantity.change, Change::kUp)
      << "a part of a day's increase is an increase";
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

TEST(NumericClaimsTest, HeadlinePlaceOutweighsCountriesMentionedOnTheWay) {
  const std::string body =
      "Rescuers searched the hills in Peru on Monday. Doctors from the United "
      "States and American volunteers arrived; the United States sent two "
      "planes.\nAt least 40 people were killed, officials said.";
  const Claims headed("Flood toll in Peru rises to 40\n" + body);
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
}

TEST(NumericClaimsTest, PlaceNamedAfterItsKindAndDescriptionIsThePlace) {
  const Claims described(
      "At least two people have been reported dead in the tobacco-rich "
      "province of Pinar del Rio in western Cuba.");
  ASSERT_THAT(described.all(), SizeIs(1)) << described.Describe();
  EXPECT_EQ(described.all()[0].location, "Pinar del Rio");
  const Claims undescribed(
      "At least two people have been reported dead in the tobacco-rich "
      "hills.");
  ASSERT_THAT(undescribed.all(), SizeIs(1)) << undescribed.Describe();
  EXPECT_EQ(undescribed.all()[0].location, "");
}

TEST(NumericClaimsTest, ProvinceAbbreviationsInAListArePlaces) {
  const Claims claims(
      "The number of lives lost in Sindh is 432, in KP it is 268, in "
      "Balochistan 256 and AJK 42.");
  ASSERT_THAT(claims.all(), SizeIs(4)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].location, "Khyber Pakhtunkhwa");
  EXPECT_EQ(claims.all()[3].location, "Azad Jammu and Kashmir");
}

TEST(NumericClaimsTest, NationalityPluralCountsPeopleLikePeople) {
  const Claims fled("At least 368,000 Ukrainians have fled the country.");
  const NumericClaim* count =
      fled.Find("At least 368,000 Ukrainians have fled");
  ASSERT_NE(count, nullptr) << fled.Describe();
  EXPECT_EQ(count->measure, "fled");
  const Claims displaced("There are 6.48 million internally displaced people.");
  const NumericClaim* inside =
      displaced.Find("6.48 million internally displaced");
  ASSERT_NE(inside, nullptr) << displaced.Describe();
  EXPECT_EQ(inside->measure, "displaced");
  const Claims other("At least 368,000 tractors have fled the country.");
  EXPECT_EQ(other.Find("At least 368,000 tractors have fled"), nullptr)
      << "only people are counted as people";
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
  // A paragraph that opens with a country and a comma is no dateline.
  const Claims sentence(credit +
                        "Morocco, which has asked for help, counted the "
                        "dead.\n" +
                        body);
  const NumericClaim* unfiled = sentence.Find("At least 40 people were killed");
  ASSERT_NE(unfiled, nullptr) << sentence.Describe();
  EXPECT_NE(unfiled->location, "Morocco");
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

TEST(NumericClaimsTest, EachClauseOfACoordinationKeepsItsOwnMeasure) {
  const Claims claims(
      "The death toll rose to 2,946 people, 2,944 of whom were buried, while "
      "the number of injured reached 5,674.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "deaths");
  EXPECT_EQ(claims.all()[1].measure, "burials");
  EXPECT_EQ(claims.all()[2].measure, "injured");
  const Claims possessive("The injured individuals' toll has risen to 7,204.");
  ASSERT_THAT(possessive.all(), SizeIs(1)) << possessive.Describe();
  EXPECT_EQ(possessive.all()[0].measure, "injured");
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
}

TEST(NumericClaimsTest, VerbOfARelativeClauseOnAThingIsNoCount) {
  Claims(
      "The number of fatalities from the earthquake that affected numerous "
      "provinces has risen to 2,862.")
      .ExpectClaim({"2,862", "deaths", "", Qualifier::kExact, 2862, 2862});
  const Claims people(
      "The number of people who fled the country has reached 3,000,381.");
  ASSERT_THAT(people.all(), SizeIs(1)) << people.Describe();
  EXPECT_EQ(people.all()[0].measure, "fled");
}

TEST(NumericClaimsTest, StillRemainedAndMadeBridgeToTheMeasure) {
  const auto measure_of = [](const std::string& text) {
    const Claims claims(text);
    return claims.all().empty() ? std::string()
                                : std::string(claims.all()[0].measure);
  };
  EXPECT_EQ(measure_of("More than 5,000 people remained missing."), "missing");
  EXPECT_EQ(measure_of("About 10,000 people who are still missing."),
            "missing");
  EXPECT_EQ(measure_of("At least 40,000 people have been made homeless."),
            "homeless");
}

TEST(NumericClaimsTest, SentenceWithoutAMeasureGoesOnWithTheListBefore) {
  const Claims claims(
      "The deaths span several counties, including 53 in Lee County. Also "
      "reported were seven in Monroe County; six in Sarasota County.");
  ASSERT_THAT(claims.all(), SizeIs(3)) << claims.Describe();
  EXPECT_EQ(claims.all()[1].measure, "deaths");
  EXPECT_EQ(claims.all()[1].location, "Monroe County");
  EXPECT_EQ(claims.all()[2].location, "Sarasota County");
  const Claims measured(
      "The deaths span several counties, including 53 in Lee County. Crews "
      "rescued 40 in Monroe County.");
  ASSERT_THAT(measured.all(), SizeIs(2)) << measured.Describe();
  EXPECT_NE(measured.all()[1].measure, "deaths")
      << "a sentence with a measure of its own counts that";
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
  EXPECT_EQ(chinese.all()[0].location, "")
      << "an irregular adjective is not guessed";
}

TEST(NumericClaimsTest, NumbersOfAnotherKindStandBetweenATollAndItsFigure) {
  const auto measure_of = [](const std::string& text,
                             const std::string& words) {
    const Claims claims(text);
    const NumericClaim* claim = claims.Find(words);
    return claim == nullptr
               ? std::string("none")
               : absl::StrCat(claim->measure, " ", claim->subgroup);
  };
  EXPECT_EQ(measure_of("The death toll in the earthquake that measured 6.8 "
                       "has gone up to 2,497.",
                       "death toll in the earthquake that measured 6.8 has "
                       "gone up to 2,497"),
            "deaths ");
  EXPECT_EQ(measure_of("The death toll from the deadliest quake in six "
                       "decades rose to 2,800 and rescuers raced.",
                       "death toll from the deadliest quake in six decades "
                       "rose to 2,800"),
            "deaths ");
  EXPECT_EQ(measure_of("The death toll crossed the 1000 mark standing at "
                       "1,016.",
                       "death toll crossed the 1000 mark standing at 1,016"),
            "deaths ");
  EXPECT_EQ(measure_of("The death toll crossed the 1000 mark standing at "
                       "1,016.",
                       "1000 mark"),
            "none")
      << "a milestone passed is no count";
  EXPECT_EQ(measure_of("The death toll, 20 on Monday, rose to 25.", "25"),
            "none")
      << "a count between the toll and the number still stops the link";
}

}  // namespace
}  // namespace factcheck::extract
