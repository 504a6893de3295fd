// Numeric claims as a careful reader takes them: the example article against
// its gold reading, and short texts for each news convention, negatives
// included. What a number counts in real copy is counted_measures_test's.
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
#include "tests/extract/numeric_claims_fixture.h"
#include "tests/testing/files.h"

namespace factcheck::extract {
namespace {

using ::factcheck::testing::ReadFile;

using ::testing::IsEmpty;
using ::testing::SizeIs;

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

TEST(NumericClaimsTest, RisingTollKeepsTheEarlierFigureTheTextGives) {
  // "rose from 35 to 43": 43 is the count, 35 its earlier figure, and the
  // text claims the count stood at 35, which an earlier report may bear out.
  const Claims claims("The death toll rose from 35 to 43 on Tuesday.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  const NumericClaim& earlier = claims.all()[0];
  const NumericClaim& claim = claims.all()[1];
  EXPECT_EQ(claim.measure, "deaths");
  EXPECT_EQ(claim.quantity.value, 43);
  EXPECT_FALSE(claim.earlier_figure);
  ASSERT_TRUE(claim.earlier.has_value());
  EXPECT_EQ(claim.earlier->value, 35);
  EXPECT_EQ(claims.Text(claim.time_span), "on Tuesday");
  EXPECT_EQ(claims.Text(earlier.span), "death toll rose from 35");
  EXPECT_EQ(earlier.quantity.value, 35);
  EXPECT_EQ(earlier.measure, "deaths");
  EXPECT_TRUE(earlier.earlier_figure);
  // The day dates the rise, not the figure before it.
  EXPECT_EQ(claims.Text(earlier.time_span), "");
  // Words between the verb and "from" leave it a change.
  const Claims revised("The toll was revised upwards from 38 to 43.");
  ASSERT_THAT(revised.all(), SizeIs(2)) << revised.Describe();
  EXPECT_TRUE(revised.all()[0].earlier_figure);
  EXPECT_EQ(revised.all()[0].quantity.value, 38);
}

TEST(NumericClaimsTest, FigureAfterTheLevelReachedIsItsEarlierFigure) {
  // "rose to 507 from 499": the level, then the figure it rose from.
  const Claims claims("The death toll rose to 507 from 499 on Monday.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  const NumericClaim& claim = claims.all()[0];
  EXPECT_EQ(claim.quantity.value, 507);
  ASSERT_TRUE(claim.earlier.has_value());
  EXPECT_EQ(claim.earlier->value, 499);
  EXPECT_EQ(claims.Text(claim.time_span), "on Monday");
  const NumericClaim& earlier = claims.all()[1];
  EXPECT_EQ(claims.Text(earlier.span), "from 499");
  EXPECT_EQ(earlier.measure, "deaths");
  EXPECT_TRUE(earlier.earlier_figure);
  EXPECT_EQ(claims.Text(earlier.time_span), "");
  // A count of other things after "to" is no level the count reached.
  const Claims moved(
      "About 300 people were moved to 5 shelters from 3 villages.");
  for (const NumericClaim& other : moved.all()) {
    EXPECT_FALSE(other.earlier_figure) << moved.Describe();
  }
}

// "The death toll reached 206. This number includes 91 in Suzu, 83 in
// Wajima" gives each town's deaths; a part of no place it names ("includes
// 91 children") gives no count of the whole's.
TEST(NumericClaimsTest, FigureThatIncludesCountsByPlaceGivesEachPlacesCount) {
  const Claims parts(
      "The death toll in Japan reached 206 as of 2 p.m. Wednesday. This "
      "number includes 91 in Suzu, 83 in Wajima and five in Nanao.");
  parts.ExpectClaim(
      {"91 in Suzu", "deaths", "Suzu", Qualifier::kExact, 91, 91});
  parts.ExpectClaim(
      {"83 in Wajima", "deaths", "Wajima", Qualifier::kExact, 83, 83});
  parts.ExpectClaim(
      {"five in Nanao", "deaths", "Nanao", Qualifier::kExact, 5, 5});
  const Claims children(
      "The death toll in Japan reached 206. This number includes 91 "
      "children.");
  for (const NumericClaim& claim : children.all()) {
    EXPECT_NE(claim.quantity.value, 91) << children.Describe();
  }
}

TEST(NumericClaimsTest, SentenceAboutTheFigureGivesTheCountBeforeIt) {
  const Claims previous(
      "The death toll in Haiti rose to 2,207 on Saturday. The previous figure "
      "had been 2,189.");
  const NumericClaim* figure =
      previous.Find("The previous figure had been 2,189");
  ASSERT_NE(figure, nullptr) << previous.Describe();
  EXPECT_EQ(figure->measure, "deaths");
  EXPECT_EQ(figure->location, "Haiti");
  EXPECT_EQ(figure->quantity.value, 2189);
  EXPECT_TRUE(figure->earlier_figure);
  EXPECT_EQ(previous.Text(figure->time_span), "");
  // A sentence of another subject gives no figure of the count.
  const Claims other(
      "The death toll in Haiti rose to 2,207 on Saturday. The hospital had "
      "been treating 2,189.");
  for (const NumericClaim& claim : other.all()) {
    EXPECT_NE(claim.quantity.value, 2189) << other.Describe();
  }
}

TEST(NumericClaimsTest, MoreAfterATollOfAnotherKindCountsOtherPeople) {
  // "450 more wounded" after the dead: 450 others, a toll of its own.
  const Claims others(
      "The death toll rose to 207 on Sunday with some 450 more people "
      "wounded.");
  const NumericClaim* wounded = others.Find("some 450");
  ASSERT_NE(wounded, nullptr) << others.Describe();
  EXPECT_EQ(wounded->measure, "injured");
  EXPECT_EQ(wounded->quantity.change, Change::kNone);
  // After a toll of the same kind, "more" is a rise.
  const Claims rise("The death toll rose to 207 with 12 more deaths.");
  const NumericClaim* deaths = rise.Find("12 more deaths");
  ASSERT_NE(deaths, nullptr) << rise.Describe();
  EXPECT_EQ(deaths->quantity.change, Change::kUp);
}

TEST(NumericClaimsTest, AnotherAfterTheSameTollOfAnotherPlaceCountsItsPeople) {
  const Claims elsewhere(
      "The quake killed more than 50,000 people in Pakistan and another "
      "1,300 died in Indian Kashmir.");
  const NumericClaim* kashmir = elsewhere.Find("1,300 died");
  ASSERT_NE(kashmir, nullptr) << elsewhere.Describe();
  EXPECT_EQ(kashmir->location, "Jammu and Kashm\xC4\xABr");
  EXPECT_EQ(kashmir->quantity.change, Change::kNone);
  // In the same place it is a rise; so it is with a time of its own, the
  // place's dead of that day.
  const Claims there(
      "The quake killed more than 50,000 people in Pakistan and another "
      "1,300 died there.");
  const NumericClaim* rise = there.Find("1,300 died");
  ASSERT_NE(rise, nullptr) << there.Describe();
  EXPECT_EQ(rise->quantity.change, Change::kUp);
  const Claims that_day(
      "The quake killed more than 50,000 people in Pakistan and another "
      "1,300 died in Indian Kashmir on Monday.");
  const NumericClaim* of_a_day = that_day.Find("1,300 died");
  ASSERT_NE(of_a_day, nullptr) << that_day.Describe();
  EXPECT_EQ(of_a_day->quantity.change, Change::kUp);
}

TEST(NumericClaimsTest, UpFromGivesTheEarlierFigureAndAClaimOfIt) {
  // "up from 2,012 on Saturday": the count's earlier figure, and a claim
  // the text makes of it, which an earlier report may bear out.
  const Claims claims(
      "The death toll in Morocco rose to 2,862 on Monday, up from 2,012 on "
      "Saturday.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  const NumericClaim& claim = claims.all()[0];
  EXPECT_EQ(claim.quantity.value, 2862);
  EXPECT_EQ(claim.location, "Morocco");
  EXPECT_FALSE(claim.earlier_figure);
  ASSERT_TRUE(claim.earlier.has_value());
  EXPECT_EQ(claim.earlier->value, 2012);
  EXPECT_EQ(claims.Text(claim.time_span), "on Monday");
  const NumericClaim& earlier = claims.all()[1];
  EXPECT_EQ(earlier.quantity.value, 2012);
  EXPECT_EQ(earlier.measure, claim.measure);
  EXPECT_EQ(earlier.location, "Morocco");
  EXPECT_TRUE(earlier.earlier_figure);
  EXPECT_EQ(earlier.quantity.change, Change::kNone);

  const Claims undated("The toll rose to 2,862, up from 2,012 on Saturday.");
  ASSERT_THAT(undated.all(), SizeIs(2)) << undated.Describe();
  EXPECT_EQ(undated.Text(undated.all()[0].time_span), "");
  // Words naming the earlier figure may stand between.
  const Claims named(
      "The death toll rose to 1,234, up from the previous count of 844.");
  ASSERT_THAT(named.all(), SizeIs(2)) << named.Describe();
  EXPECT_EQ(named.all()[1].quantity.value, 844);
  EXPECT_TRUE(named.all()[1].earlier_figure);
  // So may when it was given, by a day's possessive.
  const Claims dated_name(
      "The governor revised the number of lives lost to 76, down from last "
      "Friday's estimate of 78.");
  ASSERT_THAT(dated_name.all(), SizeIs(2)) << dated_name.Describe();
  EXPECT_EQ(dated_name.all()[1].quantity.value, 78);
  EXPECT_TRUE(dated_name.all()[1].earlier_figure);
  // A number that merely follows "from" is no earlier figure.
  const Claims moved("The toll rose to 54, as 42 came from the hills.");
  for (const NumericClaim& other : moved.all()) {
    EXPECT_FALSE(other.earlier_figure) << moved.Describe();
  }
}

TEST(NumericClaimsTest, RelatedArticleLinesGiveAnEarlierArticlesFigures) {
  const Claims related("Read: Gaza officials: Death toll rises to 43");
  ASSERT_EQ(related.all().size(), 1u);
  EXPECT_TRUE(related.all()[0].related_article);
  for (const char* rubric :
       {"Also read: Gaza officials: Death toll rises to 43",
        "Also read:Death toll in Gaza rises to 43",
        "Read also: Death toll in Gaza rises to 43",
        "Related: Death toll in Gaza rises to 43"}) {
    const Claims also(rubric);
    ASSERT_EQ(also.all().size(), 1u) << rubric;
    EXPECT_TRUE(also.all()[0].related_article) << rubric;
  }
  const Claims headline("Gaza officials: Death toll rises to 43");
  ASSERT_EQ(headline.all().size(), 1u);
  EXPECT_FALSE(headline.all()[0].related_article);
  const Claims prose("The death toll in Gaza rose to 43 on Tuesday.");
  ASSERT_EQ(prose.all().size(), 1u);
  EXPECT_FALSE(prose.all()[0].related_article);
}

TEST(NumericClaimsTest, FigureMistypedAmongCommaGroupsIsNoClaim) {
  const Claims slip(
      "Authorities report more than 2,200 people dead and over 12,00 "
      "injured.");
  EXPECT_NE(slip.Find("more than 2,200 people dead"), nullptr)
      << slip.Describe();
  for (const NumericClaim& claim : slip.all()) {
    EXPECT_NE(claim.measure, "injured") << slip.Describe();
  }
  const Claims long_group(
      "Authorities report more than 2,200 people dead and 12,0000 injured.");
  for (const NumericClaim& claim : long_group.all()) {
    EXPECT_NE(claim.measure, "injured") << long_group.Describe();
  }
  Claims(
      "Authorities report more than 2,200 people dead and over 12,000 "
      "injured.")
      .ExpectClaim({"over 12,000 injured", "injured", "", Qualifier::kMoreThan,
                    12000, kInfinity});
  // India's groups of two are no slip.
  Claims("Authorities report 2,200 dead and 1,00,000 people displaced.")
      .ExpectClaim({"1,00,000 people displaced", "displaced", "",
                    Qualifier::kExact, 100000, 100000});
}

TEST(NumericClaimsTest, NearlyIsJustBelowTheValue) {
  // Within half its last significant unit: 64 is "more than 60".
  Claims("Nearly 70 people were wounded in Jerusalem.")
      .ExpectClaim({"Nearly 70 people were wounded", "injured", "Jerusalem",
                    Qualifier::kApproximately, 65, 70});
  Claims("Nearly 1,400 people have died.")
      .ExpectClaim({"Nearly 1,400", "deaths", "", Qualifier::kApproximately,
                    1350, 1400});
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

TEST(NumericClaimsTest, ApproximationReachesAsFarAsItsFigureIsRounded) {
  Claims("Some 300 families were displaced by the floods.")
      .ExpectClaim(
          {"Some 300", "displaced", "", Qualifier::kApproximately, 270, 330});
  Claims("Some 1,200 families were displaced by the floods.")
      .ExpectClaim({"Some 1,200", "displaced", "", Qualifier::kApproximately,
                    1100, 1300});
  // Given to its units, a figure is approximate by about 1%, not 10%.
  const Claims precise("The death toll has risen to around 1,693.");
  ASSERT_EQ(precise.all().size(), 1u) << precise.Describe();
  EXPECT_GT(precise.all()[0].quantity.lower, 1670);
  EXPECT_LT(precise.all()[0].quantity.upper, 1720);
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

// "moved to the hotel at 200 Nohea Kai Drive" gives an address, no count
// of aid; a title-case headline's "20 On Main Street" still counts.
TEST(NumericClaimsTest, StreetNumberIsNoCount) {
  EXPECT_THAT(Claims("Aid was sent to 200 Main Street in Lahaina.").all(),
              IsEmpty());
  EXPECT_THAT(
      Claims("The center moved to the hotel at 200 Nohea Kai Drive.").all(),
      IsEmpty());
  EXPECT_THAT(Claims("Aid was sent to 200 families in Lahaina.").all(),
              SizeIs(1));
  const Claims headline("Fire Kills 20 On Main Street");
  ASSERT_THAT(headline.all(), SizeIs(1)) << headline.Describe();
  EXPECT_EQ(headline.all()[0].measure, "deaths");
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

TEST(NumericClaimsTest, TimeOfTheEventInItsRelativeClauseDoesNotDateTheFigure) {
  const Claims event(
      "The death toll from the earthquake that struck on Friday evening rose "
      "to 2,946.");
  ASSERT_THAT(event.all(), SizeIs(1)) << event.Describe();
  EXPECT_EQ(event.Text(event.all()[0].time_span), "");
  const Claims figure(
      "The death toll from the earthquake rose to 2,946 on "
      "Friday evening.");
  ASSERT_THAT(figure.all(), SizeIs(1)) << figure.Describe();
  EXPECT_EQ(figure.Text(figure.all()[0].time_span), "on Friday");
}

TEST(NumericClaimsTest,
     DateOfTheBlastsInTheirRelativeClauseDoesNotDateTheFigure) {
  for (const char* attacks : {"blasts", "explosions", "bombings"}) {
    const Claims event(
        absl::StrCat("Officials revised the death toll in the ", attacks,
                     " that struck the city on April 21 to 253."));
    ASSERT_THAT(event.all(), SizeIs(1)) << event.Describe();
    EXPECT_EQ(event.Text(event.all()[0].time_span), "") << attacks;
  }
  const Claims figure(
      "Officials revised the death toll in the blasts to 253 on April 21.");
  ASSERT_THAT(figure.all(), SizeIs(1)) << figure.Describe();
  EXPECT_EQ(figure.Text(figure.all()[0].time_span), "on April 21");
}

TEST(NumericClaimsTest, DayOfAHappeningInARelativeClauseDoesNotDateTheFigure) {
  // The building, not the count, is what the relative clause dates.
  const Claims event(
      "A total of 1,127 bodies have been pulled out of the factory block that "
      "housed five garment makers and collapsed on April 24.");
  ASSERT_THAT(event.all(), SizeIs(1)) << event.Describe();
  EXPECT_EQ(event.Text(event.all()[0].time_span), "");
  const Claims fighting(
      "More than 185 people have died in the clashes between the two armies "
      "that broke out on Saturday.");
  ASSERT_THAT(fighting.all(), SizeIs(1)) << fighting.Describe();
  EXPECT_EQ(fighting.Text(fighting.all()[0].time_span), "");
  // What the relative clause says of the bodies dates their count.
  const Claims figure(
      "A total of 1,127 bodies have been pulled out of the factory block and "
      "handed over on April 24.");
  ASSERT_THAT(figure.all(), SizeIs(1)) << figure.Describe();
  EXPECT_EQ(figure.Text(figure.all()[0].time_span), "on April 24");
}

TEST(NumericClaimsTest, MonthTheFigureWasGivenInDatesIt) {
  const Claims month(
      "In June, police estimated that about 80 people had died in the fire.");
  ASSERT_THAT(month.all(), SizeIs(1)) << month.Describe();
  EXPECT_EQ(month.Text(month.all()[0].time_span), "In June");
  const Claims place(
      "In Kensington, police estimated that about 80 people had died in the "
      "fire.");
  ASSERT_THAT(place.all(), SizeIs(1)) << place.Describe();
  EXPECT_EQ(place.Text(place.all()[0].time_span), "");
}

TEST(NumericClaimsTest, TollStandingAtAQuotedQualifierIsStillTheToll) {
  const Claims quoted(
      "Officials say the death toll is lower than stated and now stands at "
      "\u201capproximately\u201d 253 people.");
  ASSERT_THAT(quoted.all(), SizeIs(1)) << quoted.Describe();
  EXPECT_EQ(quoted.all()[0].measure, "deaths");
  const Claims plain(
      "Officials say the death toll is lower than stated and now stands at "
      "approximately 253 people.");
  ASSERT_THAT(plain.all(), SizeIs(1)) << plain.Describe();
  EXPECT_EQ(plain.all()[0].measure, "deaths");
}

TEST(NumericClaimsTest, AnAttacksTollCountsItsDeadNotTheAttacks) {
  for (const char* attacks : {"bombings", "blasts", "attack", "airstrikes"}) {
    const Claims toll(
        absl::StrCat("Officials said the ", attacks, " toll has touched 359."));
    ASSERT_THAT(toll.all(), SizeIs(1)) << toll.Describe();
    EXPECT_EQ(toll.all()[0].measure, "deaths") << attacks;
  }
  const Claims count("Officials said 12 bombings have hit the city.");
  ASSERT_THAT(count.all(), SizeIs(1)) << count.Describe();
  EXPECT_EQ(count.all()[0].measure, "bombings");
}

TEST(NumericClaimsTest, DayOfAnEventOverInAMomentDoesNotDateItsToll) {
  // The quake's or the explosion's day, its victims counted since.
  for (const char* text :
       {"The explosion at the port on Aug. 4 killed at least 160 people.",
        "More than 12,260 people were injured when the quake hit the "
        "southwest on Saturday.",
        "On Tuesday, a huge explosion rocked the port, killing at least 160 "
        "people.",
        "More than 5,000 people were injured in the explosion on Tuesday.",
        "Aid arrived after the powerful quake on April 25 killed more than "
        "8,150 people.",
        "More than 280 people were missing after a ferry capsized off the "
        "coast yesterday.",
        "Italy mourned 43 people killed after a bridge collapsed in Genoa on "
        "Tuesday."}) {
    const Claims event(text);
    ASSERT_THAT(event.all(), SizeIs(1)) << event.Describe();
    EXPECT_EQ(event.Text(event.all()[0].time_span), "") << text;
  }
  // The day of the count, or of a day's toll of a war.
  for (const char* text :
       {"The explosion at the port killed at least 160 people, officials "
        "said on Tuesday.",
        "More than 12,260 people were injured in the southwest on Saturday.",
        "On Tuesday, heavy shelling hit the port, killing at least 160 "
        "people.",
        "Rescuers searched the rubble of the explosion on Tuesday as the "
        "toll rose to 160.",
        "Italy mourned 43 people killed after the rain in Genoa on "
        "Tuesday."}) {
    const Claims figure(text);
    ASSERT_THAT(figure.all(), SizeIs(1)) << figure.Describe();
    EXPECT_NE(figure.Text(figure.all()[0].time_span), "") << text;
  }
}

TEST(NumericClaimsTest, MonthGoneByDatesAnEarlierEventsToll) {
  const Claims earlier(
      "Last September, a powerful earthquake struck Sulawesi, killing over "
      "2,000 people.");
  ASSERT_THAT(earlier.all(), SizeIs(1)) << earlier.Describe();
  EXPECT_EQ(earlier.Text(earlier.all()[0].time_span), "Last September");
  for (const char* text :
       {"On Saturday, a powerful earthquake struck Sulawesi, killing over "
        "2,000 people.",
        "Sulawesi was hit by a powerful earthquake last Saturday, which "
        "killed over 2,000 people."}) {
    const Claims this_one(text);
    ASSERT_THAT(this_one.all(), SizeIs(1)) << this_one.Describe();
    EXPECT_EQ(this_one.Text(this_one.all()[0].time_span), "") << text;
  }
}

TEST(NumericClaimsTest, YearOfAnEarlierCenturyAfterItsPreposition) {
  const Claims eruption(
      "Krakatau is known for the eruption in 1883 that blew the island apart "
      "and killed 30,000 people.");
  ASSERT_THAT(eruption.all(), SizeIs(1)) << eruption.Describe();
  EXPECT_EQ(eruption.all()[0].year, 1883);
  for (const char* count : {"1500 troops were deployed and 30 people died.",
                            "The toll of 1500 rose to 1800 on Monday."}) {
    const Claims counts(count);
    for (const auto& claim : counts.all()) EXPECT_EQ(claim.year, 0) << count;
  }
}

TEST(NumericClaimsTest, DayTheCountingBeganDoesNotDateTheFigure) {
  for (const char* text :
       {"At least 420 people were killed since the fighting erupted on April "
        "15.",
        "The toll rose to 173 since the second spell of monsoon fury "
        "unleashed itself on August 8.",
        "Since fighting erupted on Monday, at least 420 people were killed."}) {
    const Claims began(text);
    ASSERT_THAT(began.all(), SizeIs(1)) << began.Describe();
    EXPECT_EQ(began.Text(began.all()[0].time_span), "") << text;
  }
  const Claims figure(
      "At least 420 people were killed in the fighting on April 15.");
  ASSERT_THAT(figure.all(), SizeIs(1)) << figure.Describe();
  EXPECT_EQ(figure.Text(figure.all()[0].time_span), "on April 15");
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

TEST(NumericClaimsTest, AmountOfMoneyCountsNoPeopleItIsFor) {
  EXPECT_EQ(
      Claims("Federal assistance for survivors has now surpassed $137 million.")
          .MeasureOf("surpassed $137 million"),
      "amount");
  EXPECT_EQ(Claims("Rescuers have now reached 137 survivors.")
                .MeasureOf("137 survivors"),
            "rescued");
  // A measure of money keeps its name.
  EXPECT_EQ(Claims("The government approved aid worth $137 million.")
                .MeasureOf("$137 million"),
            "market value");
}

TEST(NumericClaimsTest, BadlyOrSeverelyInjuredAreInSeriousCondition) {
  for (const char* injured : {"Some 540 people have been badly injured.",
                              "He said 540 people are severely injured.",
                              "At least 540 people were seriously injured."}) {
    const Claims claims(injured);
    ASSERT_EQ(claims.all().size(), 1u) << injured << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "in serious condition") << injured;
  }
  const Claims lightly("He said 540 people are lightly injured.");
  ASSERT_EQ(lightly.all().size(), 1u) << lightly.Describe();
  EXPECT_NE(lightly.all()[0].measure, "in serious condition");
}

TEST(NumericClaimsTest, VictimsIdentifiedAreCountedApartFromTheDead) {
  for (const char* identified :
       {"Among the deceased, 54 have been identified.",
        "A further three victims have been identified.",
        "Police said they have formally identified 32 people."}) {
    const Claims claims(identified);
    ASSERT_EQ(claims.all().size(), 1u) << identified << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "identified") << identified;
  }
  // The whole a part is taken from keeps its own measure.
  const Claims part(
      "Five of those 79 people have so far been formally "
      "identified.");
  EXPECT_EQ(part.MeasureOf("Five"), "identified");
  EXPECT_EQ(part.MeasureOf("79 people"), "people");
}

TEST(NumericClaimsTest, AreaBurnedAndContainmentAreMeasuredInTheirUnits) {
  // Homes a fire burned are no area; the acres it burned are.
  const Claims claims(
      "The fire burned some 14,000 homes. It has burned 150,000 acres.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.MeasureOf("150,000 acres"), "area burned");
  const Claims fire(
      "The fire had consumed 135,000 acres and was 35 percent contained.");
  EXPECT_EQ(fire.MeasureOf("135,000 acres"), "area burned");
  EXPECT_EQ(fire.MeasureOf("35 percent contained"), "containment");
  EXPECT_THAT(
      Claims("The warehouse contained 2,750 tonnes of ammonium nitrate.").all(),
      IsEmpty());
}

TEST(NumericClaimsTest, HedgeOrWhereTheyAreStandsBetweenACountAndItsVerb) {
  EXPECT_EQ(Claims("In Hawaii, 66 people were potentially still unaccounted "
                   "for.")
                .MeasureOf("66"),
            "missing");
  EXPECT_EQ(Claims("In Sri Lanka, 485 people were initially admitted to "
                   "hospitals.")
                .MeasureOf("485"),
            "hospitalized");
  EXPECT_EQ(Claims("More than 2,000 people across the Herat province were "
                   "killed.")
                .MeasureOf("More than 2,000"),
            "deaths");
  EXPECT_EQ(Claims("More than 2,000 people in the province were killed.")
                .MeasureOf("More than 2,000"),
            "deaths");
  EXPECT_EQ(Claims("There are about 5,000 people who have not been found.")
                .MeasureOf("about 5,000"),
            "missing");
}

TEST(NumericClaimsTest, BodiesHandedOverAreAnExactCount) {
  Claims("In Savar, officials have handed over 441 bodies so far.")
      .ExpectClaim(
          {"441 bodies", "deaths", "Savar", Qualifier::kExact, 441, 441});
  Claims("In Savar, the collapse took over 300 lives.")
      .ExpectClaim({"over 300 lives", "deaths", "Savar", Qualifier::kMoreThan,
                    300, std::numeric_limits<double>::infinity()});
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
  // A hyphen inside a name is no end of it; a dash set apart is.
  const Claims hyphen(
      "At least 12 people were injured, according to Miami-Dade Mayor Daniella "
      "Levine Cava.");
  ASSERT_THAT(hyphen.all(), SizeIs(1)) << hyphen.Describe();
  EXPECT_EQ(hyphen.all()[0].source, "Miami-Dade Mayor Daniella Levine Cava");
  const Claims dash(
      "At least 12 people were injured, according to officials - who gave no "
      "names.");
  ASSERT_THAT(dash.all(), SizeIs(1)) << dash.Describe();
  EXPECT_EQ(dash.all()[0].source, "officials");
}

TEST(NumericClaimsTest, PartsOfWhichAWholeOfOtherBuildingsAreNoHomes) {
  // "of which 432 are destroyed" counts what the whole before it counts:
  // facilities are no homes, houses are.
  const Claims facilities(
      "More than 1,460 health facilities are affected, of which 432 are "
      "completely destroyed and 1,028 are partially damaged.");
  for (const NumericClaim& claim : facilities.all()) {
    EXPECT_EQ(claim.measure.rfind("homes", 0), std::string::npos)
        << facilities.Describe();
  }
  const Claims houses(
      "More than 1,460 houses are affected, of which 432 are completely "
      "destroyed and 1,028 are partially damaged.");
  ASSERT_NE(houses.Find("432"), nullptr) << houses.Describe();
  EXPECT_EQ(houses.Find("432")->measure, "homes destroyed");
  ASSERT_NE(houses.Find("1,028 are partially damaged"), nullptr)
      << houses.Describe();
  EXPECT_EQ(houses.Find("1,028 are partially damaged")->measure,
            "homes partially damaged");
}

TEST(NumericClaimsTest, MeasureBeforeAStretchOfTimeIsTheCountsBeforeIt) {
  // "missing 24 hours after": the hours are when, not who is missing; a
  // measure before a count of its own is still that count's.
  const Claims hours(
      "At least 159 people remain missing 24 hours after the collapse.");
  ASSERT_THAT(hours.all(), SizeIs(1)) << hours.Describe();
  EXPECT_EQ(hours.all()[0].measure, "missing");
  EXPECT_EQ(hours.all()[0].quantity.value, 159);
  const Claims weeks(
      "Police said 388 residents are unaccounted for more than two weeks "
      "after the fire.");
  ASSERT_NE(weeks.Find("388"), nullptr) << weeks.Describe();
  EXPECT_EQ(weeks.Find("388")->measure, "missing");
  const Claims count("The gunman shot 20 people, killing 5.");
  ASSERT_NE(count.Find("5"), nullptr) << count.Describe();
  EXPECT_EQ(count.Find("5")->measure, "deaths");
}

}  // namespace
}  // namespace factcheck::extract
