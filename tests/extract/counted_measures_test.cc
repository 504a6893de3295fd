// Patterns of real copy, each a minimal pair: the words that make a number
// a toll, and the same number counting something else.
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/measures.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(NumericClaimsTest, NumberNextToAMeasureWordCountsOnlyWhatItIsBoundTo) {
  const Claims toll("Officials said 37 people were killed in the epicentre.");
  ASSERT_THAT(toll.all(), SizeIs(1)) << toll.Describe();
  EXPECT_EQ(toll.all()[0].measure, "deaths");
  // The same number beside a death toll, but counting districts or sitting
  // in another clause, is no toll.
  const Claims districts("Floods across 7 districts killed dozens of people.");
  const NumericClaim* seven = districts.Find("7 districts");
  ASSERT_NE(seven, nullptr) << districts.Describe();
  EXPECT_EQ(seven->measure, "districts");
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

TEST(NumericClaimsTest, LostLivesAndAdmittedToHospitalsNameTheirMeasures) {
  const Claims lost("Officials said 1,300 persons have lost lives so far.");
  ASSERT_THAT(lost.all(), SizeIs(1)) << lost.Describe();
  EXPECT_EQ(lost.all()[0].measure, "deaths");
  for (const char* admitted : {"He said 485 people were admitted to hospitals.",
                               "He said 485 people were admitted to the "
                               "hospital."}) {
    const Claims claims(admitted);
    ASSERT_THAT(claims.all(), SizeIs(1)) << admitted << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "hospitalized") << admitted;
  }
}

TEST(NumericClaimsTest, CountReferredBackToIsNoNewClaim) {
  const Claims claims(
      "Twelve people died in Sindh. Of the 12 dead in Sindh, eight were "
      "children.");
  EXPECT_EQ(claims.Find("12 dead"), nullptr) << claims.Describe();
  // A text that never gave the count states it in naming it.
  const Claims presupposed("Of the 12 dead in Sindh, eight were children.");
  EXPECT_NE(presupposed.Find("12 dead"), nullptr) << presupposed.Describe();
}

TEST(NumericClaimsTest, DurationsCountTimeNotTolls) {
  const Claims claims(
      "At least 69 people lost their lives over the course of one month. The "
      "51-day conflict killed 2,200 people.");
  EXPECT_EQ(claims.Find("one"), nullptr) << claims.Describe();
  EXPECT_EQ(claims.Find("51"), nullptr) << claims.Describe();
  EXPECT_NE(claims.Find("2,200"), nullptr) << claims.Describe();
}

TEST(NumericClaimsTest, AgesDescribeAPersonAndCountNothing) {
  for (const char* age : {"A nine-year-old boy died in Gaza.",
                          "The 4-year-old was killed in Gaza.",
                          "The victim, 35 years old, died in Gaza.",
                          "The activist died at 92 in Gaza.",
                          "The activist dies aged 81, in Gaza.",
                          "The poet, who died at 43, was born in Gaza.",
                          "He died of a heart attack when he was 12."}) {
    EXPECT_THAT(Claims(age).all(), IsEmpty()) << age;
  }
  Claims("Nine boys died in Gaza.")
      .ExpectClaim(
          {"Nine boys died", "deaths", "Gaza", Qualifier::kExact, 9, 9});
  Claims("The number of attacks was 12.")
      .ExpectClaim({"12", "attacks", "", Qualifier::kExact, 12, 12});
  // Nor does a multiple.
  EXPECT_THAT(Claims("The revised death toll is nearly 50 times the previous "
                     "estimate.")
                  .all(),
              IsEmpty());
  // Nor does a difference between two figures.
  const Claims difference(
      "The death toll in Sri Lanka is around 100 fewer than the 359 first "
      "reported.");
  EXPECT_THAT(difference.all(), IsEmpty()) << difference.Describe();
  const Claims toll("The death toll in Sri Lanka is around 100.");
  ASSERT_THAT(toll.all(), SizeIs(1)) << toll.Describe();
  EXPECT_EQ(toll.all()[0].quantity.value, 100);
  // Nor a year naming the event.
  const Claims event("Two people were killed in the 2012 attacks in Libya.");
  ASSERT_THAT(event.all(), SizeIs(1)) << event.Describe();
  EXPECT_EQ(event.all()[0].quantity.value, 2);
  EXPECT_THAT(Claims("The militants carried out 2,012 attacks in Libya.").all(),
              SizeIs(1));
  // Nor who is cited.
  const Claims cited(
      "About 50,000 homes were destroyed, according to one Kerala "
      "legislator.");
  ASSERT_THAT(cited.all(), SizeIs(1)) << cited.Describe();
  EXPECT_EQ(cited.all()[0].quantity.value, 50000);
  // Nor the threshold that says what a kind counts.
  const Claims kinds(
      "There have been a dozen shootings this year in which four or more "
      "people were killed.");
  for (const NumericClaim& claim : kinds.all()) {
    EXPECT_NE(claim.measure, "deaths") << kinds.Describe();
  }
  const Claims floor("Thirty or more people were killed in Texas.");
  ASSERT_THAT(floor.all(), SizeIs(1)) << floor.Describe();
  EXPECT_EQ(floor.all()[0].measure, "deaths");
  // A rank counts nothing either.
  EXPECT_THAT(
      Claims("The only cause of death ranked in America's top 10 is this.")
          .all(),
      IsEmpty());
  // Where they died, counted.
  const Claims hospitals("Three people died at 2 hospitals in Gaza.");
  ASSERT_NE(hospitals.Find("2 hospitals"), nullptr) << hospitals.Describe();
  EXPECT_EQ(hospitals.Find("2 hospitals")->measure, "hospitals");
}

TEST(NumericClaimsTest, StockOfWeaponsIsNoCountOfWeaponsLaunched) {
  for (const char* stock :
       {"The militia holds some 5,000 missiles in Lebanon.",
        "The group has an arsenal of 150,000 rockets in Lebanon."}) {
    EXPECT_THAT(Claims(stock).all(), IsEmpty()) << stock;
  }
  Claims("The militia fired some 5,000 missiles from Lebanon.")
      .ExpectClaim({"some 5,000 missiles", "missiles", "Lebanon",
                    Qualifier::kApproximately, 4500, 5500});
}

TEST(NumericClaimsTest, QuakeBeforeATollNamesNoTollOfItsOwn) {
  for (const char* toll : {"The earthquake death toll rose to 5,000.",
                           "Earthquake death toll hits 5,000 as aid arrives"}) {
    const Claims claims(toll);
    ASSERT_THAT(claims.all(), SizeIs(1)) << toll << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "deaths") << toll;
    EXPECT_EQ(claims.all()[0].quantity.value, 5000) << toll;
  }
  const Claims injured("The injured individuals' toll has risen to 7,204.");
  ASSERT_THAT(injured.all(), SizeIs(1)) << injured.Describe();
  EXPECT_EQ(injured.all()[0].measure, "injured");
}

TEST(NumericClaimsTest, QuakesMagnitudeBetweenATollAndItsFigureIsPassedOver) {
  for (const char* toll :
       {"The death toll from the 7.8-magnitude earthquake rose to 3,432.",
        "The death toll from the 7.8 magnitude earthquake was 3,432.",
        "The death toll from the magnitude 7.8 quake rose to 3,432."}) {
    const Claims claims(toll);
    const auto figure = std::find_if(
        claims.all().begin(), claims.all().end(),
        [](const NumericClaim& claim) { return claim.quantity.value == 3432; });
    ASSERT_NE(figure, claims.all().end()) << toll << claims.Describe();
    EXPECT_EQ(figure->measure, "deaths") << toll;
  }
  // Without the magnitude the figure was always the toll's.
  const Claims plain("The death toll from the earthquake rose to 3,432.");
  ASSERT_THAT(plain.all(), SizeIs(1)) << plain.Describe();
  EXPECT_EQ(plain.all()[0].measure, "deaths");
}

TEST(NumericClaimsTest, QuakeRightBeforeARiseIsNoMagnitudeOfTheFigure) {
  // "the earthquake rose past 20,000": the bound's verb stands between the
  // quake and the figure, which is the toll's; only the word "magnitude"
  // names a quake's measure before its number.
  for (const char* toll :
       {"The death toll from the earthquake rose past 20,000.",
        "The death toll from the earthquake climbed past 20,000."}) {
    const Claims claims(toll);
    ASSERT_THAT(claims.all(), SizeIs(1)) << toll << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "deaths") << toll;
    EXPECT_EQ(claims.all()[0].quantity.lower, 20000) << toll;
  }
  Claims("The toll rose after a magnitude 6.8 earthquake.")
      .ExpectClaim({"6.8", "magnitude", "", Qualifier::kExact, 6.8, 6.8});
}

TEST(NumericClaimsTest, TollBeforeACountOfAttacksStillCountsTheFigureAfter) {
  const Claims toll("The death toll from 3 attacks rose to 50.");
  const auto value_of = [&toll](double value) {
    return std::find_if(toll.all().begin(), toll.all().end(),
                        [value](const NumericClaim& claim) {
                          return claim.quantity.value == value;
                        });
  };
  ASSERT_NE(value_of(50), toll.all().end()) << toll.Describe();
  EXPECT_EQ(value_of(50)->measure, "deaths") << "not a count of 50 attacks";
  ASSERT_NE(value_of(3), toll.all().end()) << toll.Describe();
  EXPECT_EQ(value_of(3)->measure, "attacks");
  // No toll named before: the figure shares the measure the count before
  // it named, as an elliptical comparison does.
  const Claims shares(
      "A poll found 20 percent support for Smith compared to 68 percent for "
      "Jones.");
  ASSERT_THAT(shares.all(), SizeIs(2)) << shares.Describe();
  EXPECT_EQ(shares.all()[1].measure, shares.all()[0].measure);
}

TEST(NumericClaimsTest, FoundDeadOrInjuredCountsTheDeadOrInjured) {
  const Claims injured("Around 8,300 people have been found injured in Nepal.");
  ASSERT_THAT(injured.all(), SizeIs(1)) << injured.Describe();
  EXPECT_EQ(injured.all()[0].measure, "injured");
  const Claims dead("Two more people were found dead in Nepal.");
  ASSERT_THAT(dead.all(), SizeIs(1)) << dead.Describe();
  EXPECT_EQ(dead.all()[0].measure, "deaths");
  const Claims alive("300 people were found alive in Nepal.");
  ASSERT_THAT(alive.all(), SizeIs(1)) << alive.Describe();
  EXPECT_NE(alive.all()[0].measure, "deaths");
}

TEST(NumericClaimsTest, ReliefCampsAreCampsNotAid) {
  const Claims camps("There were 3,200 relief camps across the state.");
  ASSERT_THAT(camps.all(), SizeIs(1)) << camps.Describe();
  EXPECT_EQ(camps.all()[0].measure, "relief camps");
  const Claims aid("The UAE promised $100 million in relief.");
  ASSERT_THAT(aid.all(), SizeIs(1)) << aid.Describe();
  EXPECT_EQ(aid.all()[0].measure, "aid");
}

TEST(NumericClaimsTest, LivesTakenAreDeathsLivesSavedAreNot) {
  for (const char* text : {"The floods have claimed 77 lives in Peru.",
                           "The storm took an additional 170 lives in Peru.",
                           "The floods claimed a confirmed 227 lives.",
                           "In Peru, 26 lives were lost."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "deaths") << text;
  }
  for (const Claims& claims :
       {Claims("The new clinic treated 77 lives."),
        Claims("Vaccines changed 77 lives in Peru."),
        Claims("The rescue saved a confirmed 227 lives.")}) {
    for (const NumericClaim& claim : claims.all()) {
      EXPECT_NE(claim.measure, "deaths") << claims.Describe();
    }
  }
}

TEST(NumericClaimsTest, HeadlinesPresentTenseDeathsAreDeaths) {
  for (const char* headline :
       {"300 die in Yemen floods", "300 People Die In Yemen Floods",
        "27 more die as floods hit Pakistan", "300 drowned in Yemen floods"}) {
    const Claims claims(headline);
    ASSERT_THAT(claims.all(), SizeIs(1)) << headline << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "deaths") << headline;
  }
  const Claims living("300 people live in the village.");
  for (const NumericClaim& claim : living.all()) {
    EXPECT_NE(claim.measure, "deaths") << living.Describe();
  }
}

TEST(NumericClaimsTest, CountOfTwoMeasuresTogetherIsNeither) {
  // The dead and the missing together are a count of their own, compared
  // only with another such count.
  for (const char* together :
       {"At least 10,000 people are feared missing or dead.",
        "More than 10,000 people were confirmed dead or missing.",
        "The sinking left 300 people dead or missing."}) {
    const Claims combined(together);
    ASSERT_THAT(combined.all(), SizeIs(1)) << combined.Describe();
    EXPECT_EQ(combined.all()[0].measure, "dead or missing") << together;
  }
  const Claims one("At least 10,000 people are feared missing.");
  ASSERT_THAT(one.all(), SizeIs(1)) << one.Describe();
  EXPECT_EQ(one.all()[0].measure, "missing");
  // Two words for one tally are that tally.
  const Claims unaccounted(
      "About 1,000 people are missing or unaccounted for.");
  ASSERT_THAT(unaccounted.all(), SizeIs(1)) << unaccounted.Describe();
  EXPECT_EQ(unaccounted.all()[0].measure, "missing");
  EXPECT_THAT(Claims("The group has lost over 6,000 dead and wounded.").all(),
              IsEmpty());
  EXPECT_THAT(Claims("At least 40 people were killed and injured.").all(),
              IsEmpty());
  const Claims received("Officials said over 2,000 received injuries.");
  ASSERT_THAT(received.all(), SizeIs(1)) << received.Describe();
  EXPECT_EQ(received.all()[0].measure, "injured");
  // Each with its number, each its own count.
  const Claims each("20 were killed and 50 injured in Kabul.");
  ASSERT_THAT(each.all(), SizeIs(2)) << each.Describe();
  EXPECT_EQ(each.all()[0].measure, "deaths");
  EXPECT_EQ(each.all()[1].measure, "injured");
}

TEST(NumericClaimsTest, TollOfTwoMeasuresBeforeItsNumberIsNeither) {
  for (const char* together :
       {"Dead, missing toll tops 16,600\nRescuers dug on.",
        "The number of dead and missing tops 16,600.",
        "The combined toll of dead and missing rose to 16,600."}) {
    EXPECT_THAT(Claims(together).all(), IsEmpty()) << together;
  }
  // One tally named before the toll or after its "of" is that tally.
  const Claims missing("The missing toll fell to 2,600.");
  ASSERT_THAT(missing.all(), SizeIs(1)) << missing.Describe();
  EXPECT_EQ(missing.all()[0].measure, "missing");
  const Claims injured("The injury toll rose to 260.");
  ASSERT_THAT(injured.all(), SizeIs(1)) << injured.Describe();
  EXPECT_EQ(injured.all()[0].measure, "injured");
  const Claims dead("The toll of dead rose to 16,600.");
  ASSERT_THAT(dead.all(), SizeIs(1)) << dead.Describe();
  EXPECT_EQ(dead.all()[0].measure, "deaths");
  const Claims of_missing("The toll of missing rose to 2,600.");
  ASSERT_THAT(of_missing.all(), SizeIs(1)) << of_missing.Describe();
  EXPECT_EQ(of_missing.all()[0].measure, "missing");
  const Claims combined("The toll of dead or missing rose to 16,600.");
  ASSERT_THAT(combined.all(), SizeIs(1)) << combined.Describe();
  EXPECT_EQ(combined.all()[0].measure, "dead or missing");
}

TEST(NumericClaimsTest, MeasureRightBeforeANumberIsThatNumbersNotAnEarlierOne) {
  const Claims shot("A gunman shot 20 people in Texas, killing 5.");
  const NumericClaim* people = shot.Find("20 people");
  ASSERT_NE(people, nullptr) << shot.Describe();
  EXPECT_NE(people->measure, "deaths");
  const NumericClaim* dead = shot.Find("5");
  ASSERT_NE(dead, nullptr) << shot.Describe();
  EXPECT_EQ(dead->measure, "deaths");
  // With no number of its own after it, the measure is the earlier one's.
  const Claims killed("A gunman shot 20 people in Texas, killing them.");
  ASSERT_THAT(killed.all(), SizeIs(1)) << killed.Describe();
  EXPECT_EQ(killed.all()[0].measure, "deaths");
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

TEST(NumericClaimsTest, MeasureAfterAsNamesWhatIsCounted) {
  Claims("Ten million fled: 6.5 million inside, 3.5 million as refugees.")
      .ExpectClaim({"3.5 million as refugees", "refugees", "",
                    Qualifier::kExact, 3.5e6, 3.5e6});
  const Claims time("The count stood at 3,500 as of Monday.");
  for (const NumericClaim& claim : time.all()) {
    EXPECT_NE(claim.measure, "refugees") << time.Describe();
  }
}

TEST(NumericClaimsTest, PeopleMovedToReliefCampsAreCountedThere) {
  Claims(
      "Some 51,275 have been rescued while 498,442 have been moved to "
      "relief camps.")
      .ExpectClaim({"498,442", "in relief camps", "", Qualifier::kExact, 498442,
                    498442});
  Claims("In all 633,091 affectees have been residing in relief camps.")
      .ExpectClaim({"633,091", "in relief camps", "", Qualifier::kExact, 633091,
                    633091});
}

TEST(MeasureLexiconTest, CoversAtLeastSixtyMeasures) {
  EXPECT_GE(MeasureLexicon::Get().MeasureCount(), 60u);
  EXPECT_TRUE(MeasureLexicon::Get().IsCumulative("deaths"));
  EXPECT_FALSE(MeasureLexicon::Get().IsCumulative("airstrikes"));
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
  // A figure past its own verb ("have been found") shares no verb with the
  // next one: the found are not counted among the missing.
  const Claims own_verb(
      "At least 361 people have been found and 305 are still missing.");
  ASSERT_THAT(own_verb.all(), SizeIs(2)) << own_verb.Describe();
  EXPECT_NE(own_verb.all()[0].measure, "missing") << own_verb.Describe();
  EXPECT_EQ(own_verb.all()[1].measure, "missing");
}

TEST(NumericClaimsTest, CauseBeforeTheMeasureNounSaysOfWhat) {
  Claims("Officials confirmed 1,970 coronavirus cases.")
      .ExpectClaim({"1,970 coronavirus cases", "cases", "", Qualifier::kExact,
                    1970, 1970});
  EXPECT_THAT(Claims("Officials confirmed 1,970 court cases.").all(),
              IsEmpty());
  // US copy names the cause as "storm-related", "Helene-related".
  Claims("Officials confirmed 101 Helene-related deaths in Georgia.")
      .ExpectClaim({"101 Helene-related deaths", "deaths", "Georgia",
                    Qualifier::kExact, 101, 101});
  EXPECT_THAT(Claims("Officials confirmed 101 Helene-related closures.").all(),
              IsEmpty());
}

// "the number of unaccounted is 147": a mayor's briefing drops the "for".
TEST(NumericClaimsTest, UnaccountedWithoutForCountsTheMissing) {
  for (const char* text : {"The mayor said the number of unaccounted is 147.",
                           "The mayor said 147 people are unaccounted.",
                           "The mayor said 147 people are unaccounted for."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "missing") << text;
  }
}

// "The death toll in the nine-storey building collapse has risen above
// 400": a number its hyphen makes an adjective is no count between the toll
// and its figure; a count of another thing still is.
TEST(NumericClaimsTest, HyphenedNumberBetweenATollAndItsFigureIsPassedOver) {
  Claims("The death toll in the nine-storey building collapse rose to 400.")
      .ExpectClaim({"death toll in the nine-storey building collapse rose to "
                    "400",
                    "deaths", "", Qualifier::kExact, 400, 400});
  const Claims counted(
      "The death toll in the nine buildings that collapsed rose to 400.");
  for (const NumericClaim& claim : counted.all()) {
    EXPECT_NE(claim.quantity.value, 400) << counted.Describe();
  }
}

TEST(NumericClaimsTest, ATotalOfAfterTheLinkingVerbLinksTheToll) {
  Claims("The death count has reached a total of 40 in Peru.")
      .ExpectClaim({"40 in Peru", "deaths", "Peru", Qualifier::kExact, 40, 40});
  // Without a count named before it, "a total of" links nothing.
  EXPECT_THAT(Claims("The crowd had reached a total of 40 in Peru.").all(),
              IsEmpty());
}

TEST(NumericClaimsTest, CasualtiesBesideTheInjuredOrBroughtByDeathsAreDeaths) {
  // South Asian copy often says "casualties" for the dead: when the
  // sentence counts its injured apart, or a day's deaths bring the total.
  Claims("The casualties rose to 937, with nearly 1,400 injured.")
      .ExpectClaim({"937", "deaths", "", Qualifier::kExact, 937, 937});
  const Claims brought(
      "Another five people lost their lives in flooded areas, bringing the "
      "total number of casualties to 1,486, including 530 children.");
  brought.ExpectClaim({"1,486", "deaths", "", Qualifier::kExact, 1486, 1486});
  EXPECT_EQ(brought.Find("530 children")->measure, "deaths");
  // Casualties that take in the injured counted in the sentence stay so.
  Claims(
      "Five people died and 20 were injured, bringing the casualties to "
      "25.")
      .ExpectClaim({"25", "casualties", "", Qualifier::kExact, 25, 25});
}

TEST(NumericClaimsTest, DeathsTheTextItselfGivesAsCasualtiesAreCasualties) {
  const std::string headline = "Monitors confirm over 1000 civilian deaths\n";
  const Claims slip(headline +
                    "Monitors confirmed over a thousand civilian casualties, "
                    "with 331 killed and 675 injured.");
  ASSERT_NE(slip.Find("over 1000 civilian deaths"), nullptr) << slip.Describe();
  EXPECT_EQ(slip.Find("over 1000 civilian deaths")->measure, "casualties");
  // The same figure of casualties, but no count of the dead below it: the
  // headline's dead stand ("casualties" is often said of the dead).
  const Claims deaths(headline +
                      "Monitors confirmed over a thousand civilian "
                      "casualties.");
  ASSERT_NE(deaths.Find("over 1000 civilian deaths"), nullptr)
      << deaths.Describe();
  EXPECT_EQ(deaths.Find("over 1000 civilian deaths")->measure, "deaths");
}

TEST(NumericClaimsTest, CountsThatBringATotalAreItsIncrease) {
  const Claims brought(
      "Floods killed 14 people in Peru and 6 in Chile on Monday, raising "
      "Peru's death toll to 62 and Chile's to 20.");
  ASSERT_THAT(brought.all(), SizeIs(4)) << brought.Describe();
  EXPECT_EQ(brought.all()[0].quantity.change, Change::kUp);
  EXPECT_EQ(brought.all()[1].quantity.change, Change::kUp);
  EXPECT_EQ(brought.all()[2].quantity.change, Change::kNone);
  EXPECT_EQ(brought.all()[3].quantity.change, Change::kNone);
  // A total named in a clause of its own brings nothing.
  const Claims apart(
      "Floods killed 14 people in Peru on Monday, and the death toll rose to "
      "62.");
  ASSERT_THAT(apart.all(), SizeIs(2)) << apart.Describe();
  EXPECT_EQ(apart.all()[0].quantity.change, Change::kNone);
  // Nor does a group's own total, which a total of everyone takes in.
  const Claims group(
      "The number of children killed has risen to 11, bringing the death "
      "toll to 95.");
  ASSERT_THAT(group.all(), SizeIs(2)) << group.Describe();
  EXPECT_EQ(group.all()[0].subgroup, "children");
  EXPECT_EQ(group.all()[0].quantity.change, Change::kNone);
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

TEST(NumericClaimsTest, CoordinatedParticipleCountsItsOwnObject) {
  const Claims claims(
      "The gunman opened fire, killing 14 children, one teacher and injuring "
      "others.");
  const NumericClaim* teacher = claims.Find("one teacher");
  ASSERT_NE(teacher, nullptr) << claims.Describe();
  EXPECT_EQ(teacher->measure, "deaths");
  EXPECT_EQ(teacher->subgroup, "teachers");
  const Claims injured("The gunman opened fire, injuring one teacher.");
  const NumericClaim* hurt = injured.Find("one");
  ASSERT_NE(hurt, nullptr) << injured.Describe();
  EXPECT_EQ(hurt->measure, "injured");
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

TEST(NumericClaimsTest, FigureInAPhysicalUnitHasOnlyAPhysicalMeasure) {
  // The height of a surge counts no homes; an area burned is measured.
  EXPECT_THAT(Claims("Storm surges as high as 10 feet razed homes.").all(),
              IsEmpty());
  Claims("The fire has burned 30,000 hectares.")
      .ExpectClaim({"30,000 hectares", "area burned", "", Qualifier::kExact,
                    30000, 30000});
  Claims("The storm surge razed 300 homes.")
      .ExpectClaim({"300", "homes destroyed", "", Qualifier::kExact, 300, 300});
}

TEST(NumericClaimsTest, PartsInsideADashedAsideShareTheVerbAfterIt) {
  // The aside details the count: its parts were killed too, where it was.
  const Claims claims(
      "Officials said at least 31 people \xE2\x80\x94 16 civilians and 15 "
      "police officers \xE2\x80\x94 had been killed in Sindh.");
  const NumericClaim* civilians = claims.Find("16");
  ASSERT_NE(civilians, nullptr) << claims.Describe();
  EXPECT_EQ(civilians->measure, "deaths");
  EXPECT_EQ(civilians->subgroup, "civilians");
  EXPECT_EQ(civilians->location, "Sindh");
  // A dash after a count with nothing dashed before it ends the search.
  const Claims comment(
      "The storm killed 40 people \xE2\x80\x94 the highest toll in a "
      "decade.");
  ASSERT_THAT(comment.all(), SizeIs(1)) << comment.Describe();
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

TEST(NumericClaimsTest, MeasureBeforeTheVerbOfATollIsNotTheTollsOwn) {
  const Claims region(
      "Officials in the affected region put the death toll at 5,000.");
  ASSERT_THAT(region.all(), SizeIs(1)) << region.Describe();
  EXPECT_EQ(region.all()[0].measure, "deaths");
  const Claims owner("The affected people's toll has risen to 5,000.");
  ASSERT_THAT(owner.all(), SizeIs(1)) << owner.Describe();
  EXPECT_EQ(owner.all()[0].measure, "affected");
}

TEST(NumericClaimsTest, VerbOfARelativeClauseOnAThingIsNoCount) {
  Claims(
      "The number of fatalities from the earthquake that affected numerous "
      "provinces has risen to 2,862.")
      .ExpectClaim({"2,862", "deaths", "", Qualifier::kExact, 2862, 2862});
  const Claims people("The number of people who fled has reached 3,000,381.");
  ASSERT_THAT(people.all(), SizeIs(1)) << people.Describe();
  EXPECT_EQ(people.all()[0].measure, "fled");
}

TEST(NumericClaimsTest, StillRemainedMadeAndGotBridgeToTheMeasure) {
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
  EXPECT_EQ(measure_of("At least 12,703 individuals got injured."), "injured");
  EXPECT_EQ(measure_of("At least 12,703 individuals got food."), "people");
  EXPECT_EQ(measure_of("Some 6,085 were known to have been displaced."),
            "displaced");
  EXPECT_EQ(measure_of("Up to 300,000 people are said to have been left "
                       "homeless."),
            "homeless");
  EXPECT_EQ(measure_of("Some 540,000 children are estimated to have been "
                       "affected."),
            "affected");
  EXPECT_EQ(measure_of("About 50 people said they had lost work."), "people");
}

TEST(NumericClaimsTest, OnTopOfTheCountStatesIt) {
  const Claims claims(
      "Some 6.5 million are displaced, on top of the 3.2 million refugees "
      "who have fled.");
  EXPECT_NE(claims.Find("3.2 million refugees"), nullptr) << claims.Describe();
  // "Of the 3.2 million refugees" names a count stated before.
  const Claims partitive(
      "In all, 3.2 million refugees have fled. Of the 3.2 million refugees "
      "who have fled, half are children.");
  EXPECT_EQ(partitive.all().size(), 1u) << partitive.Describe();
}

TEST(NumericClaimsTest, NoQuakeMeasuresTenOrMore) {
  const Claims headline("Morocco Earthquake Death Toll Reaches 2,012");
  for (const NumericClaim& claim : headline.all()) {
    EXPECT_NE(claim.measure, "magnitude") << headline.Describe();
  }
  Claims("A magnitude 6.8 earthquake struck Morocco.")
      .ExpectClaim({"6.8", "magnitude", "", Qualifier::kExact, 6.8, 6.8});
}

TEST(NumericClaimsTest, NounRightAfterAnotherNumberIsThatNumbers) {
  const Claims claims(
      "Around 33,046,329 people and 84 districts have been affected by the "
      "flood.");
  ASSERT_THAT(claims.all(), SizeIs(2)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "affected");
  EXPECT_EQ(claims.all()[1].measure, "districts");
}

TEST(NumericClaimsTest,
     SeriousInjuriesPoisoningsAndBurialsAreMeasuresOfTheirOwn) {
  const auto measure_of = [](const std::string& text) {
    const Claims claims(text);
    return claims.all().empty() ? std::string()
                                : std::string(claims.all().back().measure);
  };
  EXPECT_EQ(measure_of("The ministry counted 2,059 injured, including 51 "
                       "serious injuries."),
            "in serious condition");
  EXPECT_EQ(measure_of("The ministry counted 2,059 injured, including 51 "
                       "children."),
            "injured");
  EXPECT_EQ(measure_of("At least 55 children were poisoned."), "poisoned");
  // Bodies and victims that were buried count burials; found, the dead.
  EXPECT_EQ(measure_of("More than 3,000 bodies were buried by Thursday."),
            "burials");
  EXPECT_EQ(measure_of("More than 300 victims were buried on Monday."),
            "burials");
  EXPECT_EQ(measure_of("More than 3,000 bodies were found by Thursday."),
            "deaths");
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

TEST(NumericClaimsTest, ShareOfAMeasureInAnAsideSaysWhatTheNumberCounts) {
  const Claims aside(
      "About 1,200, or more than half of the deaths, were located in the "
      "Ohio county, and 800 others in Indiana.");
  const NumericClaim* ohio = aside.Find("About 1,200");
  ASSERT_NE(ohio, nullptr) << aside.Describe();
  EXPECT_EQ(ohio->measure, "deaths");
  EXPECT_EQ(ohio->location, "Ohio");
  const NumericClaim* indiana = aside.Find("800 others in Indiana");
  ASSERT_NE(indiana, nullptr) << aside.Describe();
  EXPECT_EQ(indiana->measure, "deaths");
  EXPECT_EQ(indiana->location, "Indiana");
  // Without the aside the number counts nothing named.
  const Claims bare("About 1,200 were recorded in the Ohio county.");
  EXPECT_EQ(bare.Find("About 1,200"), nullptr) << bare.Describe();
}

TEST(NumericClaimsTest, TollAndItsCauseAfterFromLinkAcrossALongClause) {
  Claims(
      "The death toll from bomb blasts that tore through two markets and a "
      "bus station in the port city rose sharply on Monday to 120.")
      .ExpectClaim({"death toll from bomb blasts that tore through two markets "
                    "and a bus station in the port city rose sharply on "
                    "Monday to 120",
                    "deaths", "", Qualifier::kExact, 120, 120});
  // "the series of coordinated bombings": a few words between "from" and
  // the cause.
  const Claims series(
      "The death toll from the series of coordinated bombings targeting "
      "churches and hotels in the capital on Sunday, April 21, has risen to "
      "at least 207.");
  ASSERT_THAT(series.all(), SizeIs(1)) << series.Describe();
  EXPECT_EQ(series.all()[0].measure, "deaths");
  // The cause more than a link's reach back from the figure.
  const Claims far(
      "The death toll from the wave of coordinated bombings targeting "
      "mosques and markets in the Kandy, Galle, and Jaffna, districts on "
      "Friday, May 3, has risen to at least 150.");
  ASSERT_THAT(far.all(), SizeIs(1)) << far.Describe();
  EXPECT_EQ(far.all()[0].measure, "deaths");
  // The cause is no count of its own, however near the figure.
  Claims("The number injured from airstrikes rose to 40.")
      .ExpectClaim({"40", "injured", "", Qualifier::kExact, 40, 40});
  Claims("The number of airstrikes rose to 40.")
      .ExpectClaim({"40", "airstrikes", "", Qualifier::kExact, 40, 40});
}

TEST(NumericClaimsTest, PassiveVerbIsNoCountForAFigureOfAnotherClause) {
  const Claims other_clause(
      "More than 500 people were injured as gunmen hit 3 hotels.");
  ASSERT_THAT(other_clause.all(), SizeIs(1)) << other_clause.Describe();
  EXPECT_EQ(other_clause.all()[0].quantity.lower, 500);
  Claims("The number of people injured hit 300.")
      .ExpectClaim({"300", "injured", "", Qualifier::kExact, 300, 300});
}

TEST(NumericClaimsTest, DamageSustainedAndPeopleRelocatedAreCounted) {
  Claims(
      "More than 52,000 homes were destroyed and around 77,000 sustained "
      "damage.")
      .ExpectClaim({"around 77,000 sustained damage", "homes damaged", "",
                    Qualifier::kApproximately, 76000, 78000});
  // Both tallies named after the homes: the combined measure.
  const Claims either("The quake left 130,000 homes damaged or destroyed.");
  ASSERT_THAT(either.all(), SizeIs(1)) << either.Describe();
  EXPECT_EQ(either.all()[0].measure, "homes damaged");
  const Claims relocated("Some 1,200 families were relocated to camps.");
  ASSERT_THAT(relocated.all(), SizeIs(1)) << relocated.Describe();
  EXPECT_EQ(relocated.all()[0].measure, "displaced");
  // A firm moving its staff displaces no one.
  const Claims moved("The company relocated 300 staff to Dubai.");
  for (const NumericClaim& claim : moved.all()) {
    EXPECT_NE(claim.measure, "displaced") << moved.Describe();
  }
  // "ethnic" before a people's adjective keeps the counted noun in reach.
  const Claims ethnic(
      "An estimated 90,000 ethnic Armenian civilians have been evacuated.");
  ASSERT_THAT(ethnic.all(), SizeIs(1)) << ethnic.Describe();
  EXPECT_EQ(ethnic.all()[0].measure, "evacuated");
}

}  // namespace
}  // namespace factcheck::extract
