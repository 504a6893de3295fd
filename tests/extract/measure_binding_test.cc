// What a number counts, and of which year, when the words around it are
// those of real copy: elliptical clauses, headline verbs, intents,
// increments named before the number, earlier events named after it.
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(MeasureBindingTest, EllipticalCoordinatedClauseNamesItsOwnMeasure) {
  const Claims claims(
      "The number of deaths rose to 402 and injuries to 1,055.");
  EXPECT_EQ(claims.MeasureOf("number of deaths rose to 402"), "deaths");
  EXPECT_EQ(claims.MeasureOf("1,055"), "injured");
}

TEST(MeasureBindingTest, WhatTheCountedDiedInIsNoCountOfItsOwn) {
  const Claims killed_in(
      "The number of persons killed in Friday night's attacks in Paris has "
      "risen to 129, the prosecutor says.");
  EXPECT_EQ(killed_in.MeasureOf("129"), "deaths") << killed_in.Describe();
  const Claims attacks("The number of attacks in Paris has risen to 6.");
  EXPECT_EQ(attacks.MeasureOf("6"), "attacks") << attacks.Describe();
  // A clause's own verb is not the counted's: the count after it names its
  // own measure.
  const Claims own_verb(
      "Around 13,000 people have been injured in the quakes\n\nThe number "
      "forced from their homes in the disaster has soared to 387,000.");
  EXPECT_EQ(own_verb.MeasureOf("387,000"), "displaced") << own_verb.Describe();
}

// "the toll ... at two city mosques": the number counts the mosques its
// kind noun names, no toll; the figure the toll rose to is the toll.
TEST(MeasureBindingTest, NumberOfThingsItsKindNamesIsNoTollBeforeIt) {
  const Claims city(
      "The death toll from the attacks at two city mosques rose to 50.");
  ASSERT_THAT(city.all(), SizeIs(1)) << city.Describe();
  EXPECT_EQ(city.MeasureOf(
                "death toll from the attacks at two city mosques rose to 50"),
            "deaths");
  const Claims plain(
      "The death toll from the attacks at two mosques rose to 50.");
  ASSERT_THAT(plain.all(), SizeIs(1)) << plain.Describe();
}

// "from at least four tornadoes": a floor after a preposition counts what
// follows it, not the toll; "the toll, at least 64," is the toll.
TEST(MeasureBindingTest, FloorAfterAPrepositionIsNoToll) {
  const Claims cause("The death toll from at least four tornadoes rose to 64.");
  ASSERT_THAT(cause.all(), SizeIs(1)) << cause.Describe();
  EXPECT_EQ(
      cause.MeasureOf("death toll from at least four tornadoes rose to 64"),
      "deaths");
  const Claims aside("The death toll, at least 64, is expected to rise.");
  EXPECT_EQ(aside.MeasureOf("death toll, at least 64"), "deaths")
      << aside.Describe();
}

// "the attack death toll": a toll of the attack, not a count of attacks.
TEST(MeasureBindingTest, AttackDeathTollCountsDeaths) {
  const Claims toll("The attack death toll rose to 50.");
  EXPECT_EQ(toll.MeasureOf("attack death toll rose to 50"), "deaths")
      << toll.Describe();
  const Claims attacks("The number of attacks rose to 6.");
  EXPECT_EQ(attacks.MeasureOf("6"), "attacks") << attacks.Describe();
}

TEST(MeasureBindingTest, CountOfSpeakersIsNoCountOfWhatTheySaid) {
  const Claims spoke("Two doctors said 20 people died.");
  ASSERT_THAT(spoke.all(), SizeIs(1)) << spoke.Describe();
  ASSERT_NE(spoke.Find("20 people died"), nullptr) << spoke.Describe();
  // Said of them, not by them, the verb of saying bridges to the measure.
  const Claims said_of("300,000 people are said to have been left homeless.");
  ASSERT_THAT(said_of.all(), SizeIs(1)) << said_of.Describe();
  EXPECT_EQ(said_of.all()[0].measure, "homeless");
}

TEST(MeasureBindingTest, AgesListedAreNoCount) {
  const Claims ages("Both victims, ages 34 and 36, died at the scene.");
  EXPECT_THAT(ages.all(), SizeIs(0)) << ages.Describe();
  const Claims aged("Seventeen people aged between 48 and 89 have died.");
  ASSERT_THAT(aged.all(), SizeIs(1)) << aged.Describe();
  EXPECT_EQ(aged.all()[0].quantity.value, 17);
  const Claims counts("The storm killed 34 and injured 36.");
  EXPECT_THAT(counts.all(), SizeIs(2)) << counts.Describe();
}

TEST(MeasureBindingTest, WholeAPartIsTakenFromIsNoCountOfThePartsVerb) {
  const Claims part("Police said one of the two suspects was killed.");
  for (const NumericClaim& claim : part.all()) {
    EXPECT_NE(claim.measure, "deaths") << part.Describe();
  }
  const Claims whole("Police said the two suspects were killed.");
  ASSERT_THAT(whole.all(), SizeIs(1)) << whole.Describe();
  EXPECT_EQ(whole.all()[0].measure, "deaths");
  // A participle right after the whole is still the whole's.
  const Claims participle(
      "Two of the three people injured were in critical condition.");
  ASSERT_NE(participle.Find("three people injured"), nullptr)
      << participle.Describe();
}

TEST(MeasureBindingTest,
     TheSeriouslyHurtAndTheUnidentifiedAreCountsOfTheirOwn) {
  // Not the injured, nor the dead: a part of them no total is compared
  // with.
  for (const std::string& text :
       {std::string("Of these, 60 were seriously injured."),
        std::string("Doctors said there are 60 critical cases."),
        std::string("Sixty people were critically wounded.")}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << text << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "in serious condition") << text;
    EXPECT_EQ(claims.all()[0].quantity.value, 60) << text;
  }
  const Claims bodies("There are 25 unidentified bodies at the morgue.");
  ASSERT_THAT(bodies.all(), SizeIs(1)) << bodies.Describe();
  EXPECT_EQ(bodies.all()[0].measure, "unidentified");
  const Claims injured("Of these, 60 were injured.");
  ASSERT_THAT(injured.all(), SizeIs(1)) << injured.Describe();
  EXPECT_EQ(injured.all()[0].measure, "injured");
}

TEST(MeasureBindingTest, OfficialsAreAGroupOfTheCounted) {
  const Claims claims("20 officials were killed in Lebanon.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "deaths");
  EXPECT_EQ(claims.all()[0].subgroup, "officials");
}

TEST(MeasureBindingTest, AsideNamingWhoInWordsLeavesTheVerbItsCount) {
  const Claims child(
      "In Israel, 10 people, including a child, have been killed by rockets.");
  ASSERT_THAT(child.all(), SizeIs(1)) << child.Describe();
  EXPECT_EQ(child.all()[0].measure, "deaths");
  const Claims boy(
      "Ten people in Israel, including a five-year-old boy, have been "
      "killed.");
  ASSERT_THAT(boy.all(), SizeIs(1)) << boy.Describe();
  EXPECT_EQ(boy.all()[0].measure, "deaths");
  const Claims mixed(
      "Twelve people in Israel, including a soldier and two children, have "
      "been killed.");
  const NumericClaim* twelve = mixed.Find("Twelve");
  ASSERT_NE(twelve, nullptr) << mixed.Describe();
  EXPECT_EQ(twelve->measure, "deaths");
  // Without the verb the people are only people.
  const Claims people("In Israel, 10 people, including a child, sheltered.");
  ASSERT_THAT(people.all(), SizeIs(1)) << people.Describe();
  EXPECT_EQ(people.all()[0].measure, "people");
}

TEST(MeasureBindingTest, AsideSayingWhoTheCountedWereLeavesTheVerbItsCount) {
  for (const char* aside :
       {"942 people, both civilians and soldiers, were wounded.",
        "942 people, mostly women, were wounded.",
        "942 people, many of them children, were wounded.",
        "942 people, 11 of them children, were wounded."}) {
    const Claims claims(aside);
    const NumericClaim* people = claims.Find("942");
    ASSERT_NE(people, nullptr) << aside << claims.Describe();
    EXPECT_EQ(people->measure, "injured") << aside;
  }
  const Claims sheltered("942 people, both civilians and soldiers, sheltered.");
  ASSERT_THAT(sheltered.all(), SizeIs(1)) << sheltered.Describe();
  EXPECT_EQ(sheltered.all()[0].measure, "people");
}

TEST(MeasureBindingTest, WordDescribingTheCountedThingsLeavesTheVerbItsCount) {
  for (const char* houses :
       {"Officials said 488,788 private houses have been completely "
        "destroyed.",
        "Officials said 488,788 houses have been completely destroyed."}) {
    const Claims claims(houses);
    ASSERT_THAT(claims.all(), SizeIs(1)) << houses << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "homes destroyed") << houses;
  }
}

TEST(MeasureBindingTest, ConsideredToBeLeavesTheConditionItsCount) {
  const Claims claims(
      "Officials said 5,000 people were wounded, and 120 of them were "
      "considered to be in critical condition.");
  const NumericClaim* critical = claims.Find("120");
  ASSERT_NE(critical, nullptr) << claims.Describe();
  EXPECT_EQ(critical->measure, "in serious condition");
}

TEST(MeasureBindingTest, WordsDescribingTheCountedLeaveTheVerbItsCount) {
  for (const char* text :
       {"Police said 13 suspects linked to the explosions have been arrested.",
        "Police said 13 people accused of looting were arrested."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << text << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "arrested") << text;
  }
  // Without the verb, who is counted.
  const Claims suspects("Police named 13 suspects linked to the explosions.");
  ASSERT_THAT(suspects.all(), SizeIs(1)) << suspects.Describe();
  EXPECT_EQ(suspects.all()[0].measure, "suspects");
}

TEST(MeasureBindingTest, HowManyPlacesTheCountedAreFromLeavesTheVerbItsCount) {
  for (const char* text :
       {"At least 26 foreign nationals from 14 countries were killed.",
        "At least 26 people in 14 districts were killed.",
        "At least 26 people across 14 states were killed."}) {
    const Claims claims(text);
    const NumericClaim* killed = claims.Find("At least 26");
    ASSERT_NE(killed, nullptr) << text << claims.Describe();
    EXPECT_EQ(killed->measure, "deaths") << text;
    EXPECT_EQ(killed->location, "") << text;
  }
  // The places are counted, not killed.
  const Claims claims("At least 26 people in 14 districts were killed.");
  for (const NumericClaim& claim : claims.all()) {
    if (claim.quantity.value == 14) {
      EXPECT_NE(claim.measure, "deaths") << claims.Describe();
    }
  }
}

TEST(MeasureBindingTest, PlacesCountedOnTheWayLeaveTheTollItsFigure) {
  const Claims claims("The death toll in the two countries stood at 1,150.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  claims.ExpectClaim({"death toll in the two countries stood at 1,150",
                      "deaths", "", Qualifier::kExact, 1150, 1150});
}

TEST(MeasureBindingTest, TollLinkedToItsFigureEndsBeforeTheNextFiguresVerb) {
  const Claims toll(
      "The death toll has risen to 158 and about 6,000 people were injured.");
  ASSERT_THAT(toll.all(), SizeIs(2)) << toll.Describe();
  EXPECT_EQ(toll.all()[0].measure, "deaths");
  EXPECT_EQ(toll.all()[1].measure, "injured");
  // Figures of no count named before them share the verb after them.
  const Claims shared("In all, 158 and about 6,000 people were injured.");
  ASSERT_THAT(shared.all(), SizeIs(2)) << shared.Describe();
  EXPECT_EQ(shared.all()[0].measure, "injured");
  EXPECT_EQ(shared.all()[1].measure, "injured");
}

TEST(MeasureBindingTest, ConfirmedAsAmongTheDeadCountsTheDead) {
  const Claims confirmed(
      "At least 39 foreigners have been confirmed as among the dead.");
  ASSERT_THAT(confirmed.all(), SizeIs(1)) << confirmed.Describe();
  EXPECT_EQ(confirmed.all()[0].measure, "deaths");
  EXPECT_EQ(confirmed.all()[0].subgroup, "foreigners");
  // Not after any verb: "as" there says when or why.
  EXPECT_THAT(Claims("At least 39 foreigners have left as among the dead "
                     "were friends.")
                  .all(),
              SizeIs(0));
}

TEST(MeasureBindingTest, TollThatRosePastAMarkIsLinkedToIt) {
  Claims("The death toll in Nepal has soared past 4,700.")
      .ExpectClaim({"death toll in Nepal has soared past 4,700", "deaths",
                    "Nepal", Qualifier::kAtLeast, 4700, kInfinity});
  Claims("The death toll in Nepal climbed past 4,700 on Tuesday.")
      .ExpectClaim({"death toll in Nepal climbed past 4,700", "deaths", "Nepal",
                    Qualifier::kAtLeast, 4700, kInfinity});
}

// "neared 80", "was approaching 5,000": the toll is linked to a figure it
// has not reached, no count of exactly that many.
TEST(MeasureBindingTest, TollNearingAMarkIsLinkedToItAndFallsShortOfIt) {
  for (const char* text : {"The death toll neared 80 on Tuesday.",
                           "The death toll was approaching 80.",
                           "Death toll nears 80 in Dayton"}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    const NumericClaim& toll = claims.all()[0];
    EXPECT_EQ(toll.measure, "deaths") << text;
    EXPECT_EQ(toll.quantity.qualifier, Qualifier::kApproximately) << text;
    EXPECT_LT(toll.quantity.lower, 80) << text;
    EXPECT_EQ(toll.quantity.upper, 80) << text;
  }
}

// "rose by 97 early on Monday to 908": the rise and when it came stand
// between the toll and its figure, and are no other count; the next figure
// of a coordination still counts its own measure.
TEST(MeasureBindingTest, RiseAndItsTimeBeforeTheFigureLeaveTheTollLinked) {
  for (const char* toll : {"death toll rose by 97 early on Monday to 908",
                           "death toll rose by 97 overnight to 908",
                           "death toll rose by 97 to 908"}) {
    const Claims claims(absl::StrCat("The ", toll, "."));
    const NumericClaim* claim = claims.Find(toll);
    ASSERT_NE(claim, nullptr) << claims.Describe();
    EXPECT_EQ(claim->measure, "deaths") << toll;
    EXPECT_EQ(claim->quantity.value, 908) << toll;
  }
  const Claims coordinated(
      "The number of deaths rose to 402 and injuries to 1,055.");
  const NumericClaim* injured = coordinated.Find("1,055");
  ASSERT_NE(injured, nullptr) << coordinated.Describe();
  EXPECT_EQ(injured->measure, "injured");
}

TEST(MeasureBindingTest, FigureInQuotationMarksIsLinkedAsABareOne) {
  const Claims quoted("The death toll in Sri Lanka was revised to \"253\".");
  ASSERT_THAT(quoted.all(), SizeIs(1)) << quoted.Describe();
  EXPECT_EQ(quoted.all()[0].measure, "deaths");
  EXPECT_EQ(quoted.all()[0].quantity.value, 253);
  const Claims bare("The death toll in Sri Lanka was revised to 253.");
  ASSERT_THAT(bare.all(), SizeIs(1)) << bare.Describe();
  EXPECT_EQ(bare.all()[0].measure, "deaths");
}

TEST(MeasureBindingTest, VerbOfDestroyingBuildingsCountsOnlyBuildings) {
  const Claims vehicles("The army said it had destroyed 40 armoured vehicles.");
  for (const NumericClaim& claim : vehicles.all()) {
    EXPECT_NE(claim.measure, "homes destroyed") << vehicles.Describe();
  }
  Claims("The floods destroyed 40 houses in Sindh.")
      .ExpectClaim(
          {"40", "homes destroyed", "Sindh", Qualifier::kExact, 40, 40});
  Claims("The floods destroyed 40 in Sindh.")
      .ExpectClaim({"40 in Sindh", "homes destroyed", "Sindh",
                    Qualifier::kExact, 40, 40});
}

TEST(MeasureBindingTest, AftershocksMagnitudeIsNoMagnitudeOfTheQuake) {
  Claims("A 5.1 aftershock hit the region.")
      .ExpectClaim({"5.1 aftershock", "aftershock magnitude", "",
                    Qualifier::kExact, 5.1, 5.1});
  Claims("A magnitude 5.1 aftershock hit the region.")
      .ExpectClaim(
          {"5.1", "aftershock magnitude", "", Qualifier::kExact, 5.1, 5.1});
  Claims("A magnitude 7.6 earthquake hit the region.")
      .ExpectClaim({"7.6", "magnitude", "", Qualifier::kExact, 7.6, 7.6});
  Claims("Some 120 aftershocks followed.")
      .ExpectClaim({"Some 120 aftershocks", "aftershocks", "",
                    Qualifier::kApproximately, 110, 130});
  // A second quake's is no more the first's.
  Claims("A second powerful earthquake, of magnitude 7.5, hit the region.")
      .ExpectClaim(
          {"7.5", "aftershock magnitude", "", Qualifier::kExact, 7.5, 7.5});
  Claims("A powerful earthquake of magnitude 7.8 hit the region.")
      .ExpectClaim({"7.8", "magnitude", "", Qualifier::kExact, 7.8, 7.8});
  // Nor is the quake's that followed it.
  const Claims followed(
      "The 7.8 magnitude quake was followed by a 7.5 magnitude quake nine "
      "hours later.");
  followed.ExpectClaim(
      {"7.8 magnitude", "magnitude", "", Qualifier::kExact, 7.8, 7.8});
  followed.ExpectClaim({"7.5 magnitude", "aftershock magnitude", "",
                        Qualifier::kExact, 7.5, 7.5});
  Claims("It was followed by a magnitude 7.5 quake.")
      .ExpectClaim(
          {"7.5", "aftershock magnitude", "", Qualifier::kExact, 7.5, 7.5});
  // Nor the strongest of the aftershocks named before it; a quake named
  // after aftershocks is still the quake.
  Claims("More than 120 aftershocks followed, the strongest of magnitude 6.0.")
      .ExpectClaim(
          {"6.0", "aftershock magnitude", "", Qualifier::kExact, 6, 6});
  Claims("Two tremors of magnitude 4.5 shook the town.")
      .ExpectClaim(
          {"4.5", "aftershock magnitude", "", Qualifier::kExact, 4.5, 4.5});
  Claims("Aftershocks rattled the town after the magnitude 6.8 quake.")
      .ExpectClaim({"6.8", "magnitude", "", Qualifier::kExact, 6.8, 6.8});
}

TEST(MeasureBindingTest, HeadlineVerbInThePresentCountsDeaths) {
  Claims("Floods kill 34 in the north.")
      .ExpectClaim({"34", "deaths", "", Qualifier::kExact, 34, 34});
  Claims("Floods kill 34 in the north, 937 injured.")
      .ExpectClaim({"34", "deaths", "", Qualifier::kExact, 34, 34});
}

TEST(MeasureBindingTest, HeadlineVerbPastAMarkGivesAFloor) {
  Claims("Quake toll passes 2,100")
      .ExpectClaim({"toll passes 2,100", "deaths", "", Qualifier::kAtLeast,
                    2100, kInfinity});
  Claims("Quake toll surpasses 2,000")
      .ExpectClaim({"toll surpasses 2,000", "deaths", "", Qualifier::kMoreThan,
                    2000, kInfinity});
  Claims("Quake toll soars past 2,000")
      .ExpectClaim({"toll soars past 2,000", "deaths", "", Qualifier::kAtLeast,
                    2000, kInfinity});
  Claims("The death toll has now passed 2,000.")
      .ExpectClaim({"death toll has now passed 2,000", "deaths", "",
                    Qualifier::kAtLeast, 2000, kInfinity});
  Claims("Quake toll reaches 2,100")
      .ExpectClaim(
          {"toll reaches 2,100", "deaths", "", Qualifier::kExact, 2100, 2100});
}

TEST(MeasureBindingTest, LivesTakenNamedBeforeTheirCountAreDeaths) {
  const Claims taken("The shooting claimed the lives of 19 children.");
  ASSERT_EQ(taken.all().size(), 1u) << taken.Describe();
  EXPECT_EQ(taken.all()[0].measure, "deaths");
  EXPECT_EQ(taken.all()[0].subgroup, "children");
  const Claims saved("Doctors saved the lives of 19 children.");
  for (const NumericClaim& claim : saved.all()) {
    EXPECT_NE(claim.measure, "deaths") << saved.Describe();
  }
}

TEST(MeasureBindingTest, PartOfTheCountASentenceOpensByNamingCountsIt) {
  const Claims part("Of the new deaths, 37 were in Hubei province.");
  ASSERT_EQ(part.all().size(), 1u) << part.Describe();
  EXPECT_EQ(part.all()[0].measure, "deaths");
  EXPECT_EQ(part.all()[0].quantity.change, Change::kUp)
      << "a part of the new deaths is an increase";
  const Claims rest("Of the rest, 37 were in Hubei province.");
  EXPECT_TRUE(rest.all().empty()) << rest.Describe();
}

// Noto, 2024: "Of the deaths, 32 were counted in Wajima city". The verb
// of counting between "were" and the place changes nothing; a part it
// counts as something the lexicon does not know stays no count.
TEST(MeasureBindingTest, PartCountedInAPlaceIsThatPlacesCount) {
  for (const char* counted : {"Of the deaths, 32 were counted in Wajima.",
                              "Of the deaths, 32 were recorded in Wajima.",
                              "Of the deaths, 32 were in Wajima."}) {
    const Claims claims(counted);
    ASSERT_EQ(claims.all().size(), 1u) << counted << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "deaths") << counted;
    EXPECT_EQ(claims.all()[0].location, "Wajima") << counted;
  }
  // The whole may give its number ("Of the 72 deaths, 39 were in Wajima,
  // 22 in Suzu"): each part is still its place's.
  const Claims numbered("Of the 72 deaths, 39 were in Wajima, 22 in Suzu.");
  ASSERT_EQ(numbered.all().size(), 3u) << numbered.Describe();
  EXPECT_EQ(numbered.all()[1].measure, "deaths");
  EXPECT_EQ(numbered.all()[1].location, "Wajima");
  EXPECT_EQ(numbered.all()[2].location, "Suzu");
  const Claims unknown_kind("Of the deaths, 32 were counted as volunteers.");
  EXPECT_TRUE(unknown_kind.all().empty()) << unknown_kind.Describe();
}

TEST(MeasureBindingTest, ConfirmedInstancesAreCases) {
  Claims("There are over 36,690 confirmed instances across China.")
      .ExpectClaim({"over 36,690 confirmed instances", "cases", "China",
                    Qualifier::kMoreThan, 36690, kInfinity});
  const Claims other("There are over 36,690 instances of fraud in China.");
  for (const NumericClaim& claim : other.all()) {
    EXPECT_NE(claim.measure, "cases") << other.Describe();
  }
}

TEST(MeasureBindingTest, BodiesYetToBeIdentifiedAreACountOfTheUnidentified) {
  const Claims unnamed(
      "3,200 bodies had been recovered and 1,100 of them had yet to be "
      "identified.");
  const NumericClaim* unidentified = unnamed.Find("1,100");
  ASSERT_NE(unidentified, nullptr) << unnamed.Describe();
  EXPECT_EQ(unidentified->measure, "unidentified");
  const Claims named(
      "3,200 bodies had been recovered and 1,100 of them had been "
      "identified.");
  for (const NumericClaim& claim : named.all()) {
    EXPECT_NE(claim.measure, "unidentified") << named.Describe();
  }
}

TEST(MeasureBindingTest, KillingNamedAsAnIntentIsAProjection) {
  const Claims threat("The gunman threatened to kill 12 hostages.");
  ASSERT_EQ(threat.all().size(), 1u) << threat.Describe();
  EXPECT_TRUE(threat.all()[0].projection);
  const Claims done("The gunman killed 12 hostages.");
  ASSERT_EQ(done.all().size(), 1u) << done.Describe();
  EXPECT_FALSE(done.all()[0].projection);
}

TEST(MeasureBindingTest, VerbBeforeAnotherFigureCountsItsIncrease) {
  const Claims claims("Floods killed another 34 people on Friday.");
  const NumericClaim* more = claims.Find("34");
  ASSERT_NE(more, nullptr) << claims.Describe();
  EXPECT_EQ(more->measure, "deaths");
  EXPECT_EQ(more->quantity.change, Change::kUp);
}

TEST(MeasureBindingTest, OfficersBesideNoOtherMeasureAreACountOfOfficers) {
  const Claims hallway("There were at least 19 officers in a hallway.");
  ASSERT_EQ(hallway.all().size(), 1u) << hallway.Describe();
  EXPECT_EQ(hallway.all()[0].measure, "officers");
  const Claims killed("At least 19 officers were killed in the attack.");
  ASSERT_EQ(killed.all().size(), 1u) << killed.Describe();
  EXPECT_EQ(killed.all()[0].measure, "deaths");
  EXPECT_EQ(killed.all()[0].subgroup, "police");
  const Claims included("The gunman killed 19 people, including two officers.");
  const NumericClaim* officers = included.Find("two officers");
  ASSERT_NE(officers, nullptr) << included.Describe();
  EXPECT_EQ(officers->measure, "deaths");
}

TEST(MeasureBindingTest, HomesDamagedDestroyedAndPartlyDamagedAreThreeCounts) {
  const Claims claims(
      "Over 1.76 million houses have been damaged, including 571,966 "
      "completely destroyed, and 733,536 houses were partially damaged.");
  const NumericClaim* damaged = claims.Find("Over 1.76 million");
  ASSERT_NE(damaged, nullptr) << claims.Describe();
  EXPECT_EQ(damaged->measure, "homes damaged");
  const NumericClaim* destroyed = claims.Find("571,966 completely destroyed");
  ASSERT_NE(destroyed, nullptr) << claims.Describe();
  EXPECT_EQ(destroyed->measure, "homes destroyed");
  const NumericClaim* partly = claims.Find("733,536");
  ASSERT_NE(partly, nullptr) << claims.Describe();
  EXPECT_EQ(partly->measure, "homes partially damaged");
  const Claims either(
      "A total of 949,858 homes were partially or fully destroyed.");
  ASSERT_EQ(either.all().size(), 1u) << either.Describe();
  EXPECT_EQ(either.all()[0].measure, "homes damaged");
  // Destroyed or badly damaged: both tallies together, neither's count.
  const Claims badly(
      "More than 12,000 buildings were destroyed or seriously damaged.");
  EXPECT_TRUE(badly.all().empty()) << badly.Describe();
  const Claims destroyed_only("More than 12,000 buildings were destroyed.");
  ASSERT_EQ(destroyed_only.all().size(), 1u) << destroyed_only.Describe();
  EXPECT_EQ(destroyed_only.all()[0].measure, "homes destroyed");
}

TEST(MeasureBindingTest, EarlierEventNamedAfterTheFigureGivesItsYear) {
  const Claims history(
      "The toll passed the 349 fatalities from the 2003 SARS outbreak.");
  const NumericClaim* sars = history.Find("349 fatalities");
  ASSERT_NE(sars, nullptr) << history.Describe();
  EXPECT_EQ(sars->year, 2003);
  const Claims now("The toll passed 349 fatalities from the outbreak.");
  const NumericClaim* toll = now.Find("349 fatalities");
  ASSERT_NE(toll, nullptr) << now.Describe();
  EXPECT_EQ(toll->year, 0);
}

TEST(MeasureBindingTest, YearJoinedToANameIsNoYear) {
  const Claims named("2019-nCoV: the death toll touches 170.");
  ASSERT_EQ(named.all().size(), 1u) << named.Describe();
  EXPECT_EQ(named.all()[0].year, 0);
  const Claims dated("In 2019, the death toll touched 170.");
  ASSERT_EQ(dated.all().size(), 1u) << dated.Describe();
  EXPECT_EQ(dated.all()[0].year, 2019);
}

TEST(MeasureBindingTest, GroupThosePartOfTheDeadWereIsTheCountsGroup) {
  const Claims militants(
      "Israel said at least 130 of those killed in Gaza were militants.");
  ASSERT_THAT(militants.all(), SizeIs(1)) << militants.Describe();
  EXPECT_EQ(militants.all()[0].subgroup, "fighters");
  EXPECT_EQ(militants.all()[0].location, "Gaza");
  const Claims children("At least 9 of those who died were children.");
  ASSERT_THAT(children.all(), SizeIs(1)) << children.Describe();
  EXPECT_EQ(children.all()[0].subgroup, "children");
  // A predicate of no group leaves the count of the injured as it was.
  const Claims discharged("Ten of those injured were discharged.");
  ASSERT_THAT(discharged.all(), SizeIs(1)) << discharged.Describe();
  EXPECT_EQ(discharged.all()[0].measure, "injured");
  EXPECT_EQ(discharged.all()[0].subgroup, "");
}

TEST(MeasureBindingTest, PeopleListedAmongTheCountedAreTheirGroup) {
  const Claims listed(
      "The quake has claimed over 2,400 lives, including five Indians, and "
      "left more than 6,000 injured.");
  const NumericClaim* indians = listed.Find("five Indians");
  ASSERT_NE(indians, nullptr) << listed.Describe();
  EXPECT_EQ(indians->measure, "deaths");
  EXPECT_EQ(indians->subgroup, "people from India");
  // The same after the count a sentence opens with, whatever the next
  // clause counts.
  const Claims among(
      "The quake killed 300 people in Nepal. Among the dead were five "
      "Indians and 6,000 were injured.");
  const NumericClaim* five = among.Find("five");
  ASSERT_NE(five, nullptr) << among.Describe();
  EXPECT_EQ(five->measure, "deaths");
  EXPECT_EQ(five->subgroup, "people from India");
  // A people counted alone is who the toll counts, no group of it.
  const Claims alone("At least 65 Palestinians were killed.");
  ASSERT_THAT(alone.all(), SizeIs(1)) << alone.Describe();
  EXPECT_EQ(alone.all()[0].measure, "deaths");
  EXPECT_EQ(alone.all()[0].subgroup, "");
}

TEST(MeasureBindingTest, GroupNamedWithTheTollBeforeItsNumberIsTheCounts) {
  struct Case {
    const char* text;
    const char* number;
    const char* group;
  };
  for (const Case& c : {
           Case{"The civilian death toll in Gaza rose to 150.",
                "death toll in Gaza rose to 150", "civilians"},
           Case{"The number of children killed in Gaza reached 61.", "61",
                "children"},
           Case{"The number of Palestinian children killed has risen to 61.",
                "61", "children"},
           Case{"The death toll among civilians rose to 150.",
                "death toll among civilians rose to 150", "civilians"},
           Case{"The death toll among Indonesian Hajj pilgrims rose to 91.",
                "death toll among Indonesian Hajj pilgrims rose to 91",
                "pilgrims"},
           Case{"Civilian fatalities had reached 487.", "487", "civilians"},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find(c.number);
    ASSERT_NE(claim, nullptr) << claims.Describe();
    EXPECT_EQ(claim->measure, "deaths") << c.text;
    EXPECT_EQ(claim->subgroup, c.group) << c.text;
  }
  // A headline run into the next line: its group is its own number's.
  const Claims headline(
      "Death Toll Rises To 1208, Includes 416 Children\nDeath Toll Rises To "
      "1208");
  for (const NumericClaim& claim : headline.all()) {
    if (claim.quantity.lower == 1208) {
      EXPECT_EQ(claim.subgroup, "") << headline.Describe();
    }
  }
  // The whole toll, its part named apart with its own number.
  const Claims whole("The death toll rose to 212, including 61 children.");
  const NumericClaim* toll = whole.Find("death toll rose to 212");
  ASSERT_NE(toll, nullptr) << whole.Describe();
  EXPECT_EQ(toll->subgroup, "");
}

// Who a number counts is read past whose they are, before or after the
// verb: "killed 12 Ukrainian soldiers" is no toll of all the dead, nor is
// "killed 20 Hamas militants", whose owners' name no gazetteer knows
// ("Hamas", "Dayton", "Nagorno-Karabakh"); such a name before "residents"
// or "people" still leaves a count of the dead.
TEST(MeasureBindingTest, GroupAfterTheNameOfWhoseTheyAreIsTheCountedGroup) {
  struct Case {
    const char* text;
    const char* number;
    const char* group;
  };
  for (const Case& c : {
           Case{"Shelling killed 12 Ukrainian soldiers.", "12",
                "Ukraine's soldiers"},
           Case{"Shelling killed 12 Ukrainian civilians.", "12", "civilians"},
           Case{"Air strikes killed 20 Hamas militants.", "20", "fighters"},
           Case{"The army said 20 Taliban fighters were killed.", "20",
                "fighters"},
           Case{"The fire killed five Dayton teachers.", "five", "teachers"},
           Case{"Eighteen Nagorno-Karabakh civilians were killed.", "Eighteen",
                "civilians"},
           Case{"Twelve Kharkiv residents were killed.", "Twelve", ""},
           // No name: the group right after the number, as before.
           Case{"Shelling killed 12 soldiers.", "12", "soldiers"},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find(c.number);
    ASSERT_NE(claim, nullptr) << claims.Describe();
    EXPECT_EQ(claim->measure, "deaths") << c.text;
    EXPECT_EQ(claim->subgroup, c.group) << c.text;
  }
}

// "The death toll remained 111" links the toll to its figure as "stood at"
// does; "schools remain 50 percent empty" counts no schools.
TEST(MeasureBindingTest, TollThatRemainsAFigureIsThatFigure) {
  const Claims toll("The death toll remained 111 on Thursday.");
  toll.ExpectClaim(
      {"death toll remained 111", "deaths", "", Qualifier::kExact, 111, 111});
  EXPECT_THAT(Claims("Schools remain 50 percent empty.").all(), IsEmpty());
}

// "Eight evacuees had been recognized as disaster-related fatalities"
// counts deaths of a kind, not evacuees: beside "23,650 evacuees" it would
// read as a rise from eight. Evacuees who are still evacuees count.
TEST(MeasureBindingTest, CountedClassedAsSomethingElseAreNotCountedAsBefore) {
  for (const char* text :
       {"Eight evacuees had been recognized as disaster-related fatalities.",
        "Eight evacuees had been recognized as of Wednesday as "
        "disaster-related fatalities."}) {
    const Claims reclassed(text);
    for (const NumericClaim& claim : reclassed.all()) {
      EXPECT_NE(claim.measure, "evacuated") << reclassed.Describe();
    }
  }
  const Claims evacuees("Eight evacuees had been moved to hotels.");
  ASSERT_THAT(evacuees.all(), SizeIs(1)) << evacuees.Describe();
  EXPECT_EQ(evacuees.all()[0].measure, "evacuated");
}

// "they had listed 89 people as missing", "Some 257 people were listed as
// missing": what a verb of listing names the counted after "as" is what is
// counted, on either side of the count; "as of" names a time.
TEST(MeasureBindingTest, PeopleListedAsMissingAreTheMissing) {
  for (const char* text :
       {"Officials said they had listed 89 people as missing.",
        "Some 89 people were listed as missing, officials said.",
        "Officials counted 89 people as missing."}) {
    const Claims listed(text);
    ASSERT_THAT(listed.all(), SizeIs(1)) << listed.Describe();
    EXPECT_EQ(listed.all()[0].measure, "missing") << text;
  }
  const Claims as_of("Officials listed 89 people as of Monday.");
  ASSERT_THAT(as_of.all(), SizeIs(1)) << as_of.Describe();
  EXPECT_EQ(as_of.all()[0].measure, "people");
}

// After "at", a number before a noun the sentence does not measure counts
// that noun: "two mosques" are no toll of the deaths named before.
TEST(MeasureBindingTest, NumberAtANounItCountsIsNoTollNamedBefore) {
  const Claims mosques(
      "Forty-nine people have died after gunmen targeted worshippers at two "
      "mosques in Christchurch.");
  ASSERT_THAT(mosques.all(), SizeIs(1)) << mosques.Describe();
  EXPECT_EQ(*mosques.all()[0].quantity.value, 49);
  for (const char* text : {"The death toll stood at 50 people on Sunday.",
                           "The death tolls were recorded at 50 ones."}) {
    const Claims toll(text);
    ASSERT_THAT(toll.all(), SizeIs(1)) << toll.Describe();
    EXPECT_EQ(toll.all()[0].measure, "deaths") << text;
  }
}

// "confirmed the death toll to be 164": "to be" links a toll to its figure
// as "to" does.
TEST(MeasureBindingTest, TollToBeAFigureIsThatFiguresToll) {
  const Claims claims(
      "The minister confirmed the death toll to be 164 on Friday morning.");
  ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
  EXPECT_EQ(claims.all()[0].measure, "deaths");
  EXPECT_EQ(*claims.all()[0].quantity.value, 164);
}

// "a magnitude of 8.8" is a magnitude, as "magnitude 8.8" is; a magnitude
// named farther back ("the magnitude of the disaster") links no figure.
TEST(MeasureBindingTest, MagnitudeOfItsNumberIsAMagnitude) {
  const Claims of("The quake had a magnitude of 8.8, the agency said.");
  EXPECT_EQ(of.MeasureOf("8.8"), "magnitude") << of.Describe();
  const Claims far("The toll of the magnitude of the disaster rose to 40.");
  ASSERT_THAT(far.all(), SizeIs(1)) << far.Describe();
  EXPECT_EQ(far.all()[0].measure, "deaths");
}

// AP writes "a magnitude-7.6 temblor": the hyphen makes no code of it, as
// it does of "COVID-19".
TEST(MeasureBindingTest, MagnitudeHyphenatedToItsNumberIsAMagnitude) {
  for (const char* text :
       {"A magnitude-7.6 temblor slammed the area on Monday.",
        "A 7.6-magnitude temblor slammed the area on Monday."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "magnitude") << text;
    EXPECT_EQ(*claims.all()[0].quantity.value, 7.6) << text;
  }
}

// "estimates of 10,000 dead", "officials had feared 10,000 people died",
// "1,200 people were feared dead", "the toll is estimated at 200,000"
// guess at the toll; "an estimated 43,059"
// and "The UN estimates that more than 185 people have died" give tallies,
// and "fear the toll of 1,774 will rise" a count.
TEST(MeasureBindingTest, GuessAtTheCountIsMarkedAsOne) {
  for (const char* text :
       {"Aquino said estimates of 10,000 dead were overstated.",
        "Officials had feared 10,000 people died.",
        "More than 1,200 people were feared dead.",
        "The governor said, based on their estimate, 10,000 died.",
        "The death toll is estimated at 200,000.",
        "A study estimated the number of people killed in the quake at "
        "between 30,000 and 40,000."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << text << claims.Describe();
    EXPECT_TRUE(claims.all()[0].guess) << text;
    EXPECT_EQ(claims.all()[0].measure, "deaths") << text;
  }
  for (const char* text :
       {"An estimated 43,059 people have been displaced.",
        "The UN estimates that more than 185 people have died.",
        "Officials fear the toll of 1,774 will rise."}) {
    const Claims claims(text);
    ASSERT_THAT(claims.all(), SizeIs(1)) << text << claims.Describe();
    EXPECT_FALSE(claims.all()[0].guess) << text;
  }
}

// A participle before the counted noun names who as well as what befell
// them: "about 1,177 killed soldiers", "30 wounded civilians" and "the
// number of killed soldiers" are no tolls of everyone (whose totals they
// would fall short of), and "injured children and adults" are everyone.
TEST(MeasureBindingTest, ParticipleBeforeTheCountedNounKeepsTheGroup) {
  struct Case {
    const char* text;
    const char* number;
    const char* measure;
    const char* group;
  };
  for (const Case& c : {
           Case{"The ministry reported about 1,177 killed soldiers.",
                "about 1,177 killed", "deaths", "soldiers"},
           Case{"The number of killed soldiers rose to 1,221.", "1,221",
                "deaths", "soldiers"},
           Case{"The ministry reported 30 wounded Ukrainian civilians.",
                "30 wounded", "injured", "civilians"},
           Case{"Officials counted 12 killed women and children.", "12 killed",
                "deaths", "women and children"},
           Case{"15 injured children and adults were taken to hospital.",
                "15 injured", "injured", ""},
           // No group after the participle: everyone, as before.
           Case{"The ministry reported 30 wounded on Monday.", "30 wounded",
                "injured", ""},
       }) {
    const Claims claims(c.text);
    const NumericClaim* claim = claims.Find(c.number);
    ASSERT_NE(claim, nullptr) << claims.Describe();
    EXPECT_EQ(claim->measure, c.measure) << c.text;
    EXPECT_EQ(claim->subgroup, c.group) << c.text;
  }
}

TEST(MeasureBindingTest, TreatedInHospitalAndInCriticalCareNameTheirCounts) {
  for (const char* treated :
       {"Police said 24 people are still being treated in hospital.",
        "There are 24 victims still receiving treatment."}) {
    const Claims claims(treated);
    ASSERT_THAT(claims.all(), SizeIs(1)) << treated << claims.Describe();
    EXPECT_EQ(claims.all()[0].measure, "hospitalized") << treated;
  }
  const Claims critical("Doctors said 12 people are in critical care.");
  ASSERT_THAT(critical.all(), SizeIs(1)) << critical.Describe();
  EXPECT_EQ(critical.all()[0].measure, "in serious condition");
  // Treated and sent home: no patients in hospital.
  const Claims released(
      "Police said 24 people were treated at the scene and released.");
  for (const NumericClaim& claim : released.all()) {
    EXPECT_NE(claim.measure, "hospitalized") << released.Describe();
  }
}

}  // namespace
}  // namespace factcheck::extract
