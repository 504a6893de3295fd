// When a figure stands, as real copy says it, each a minimal pair: the
// year of another event it belongs to ("the 2004 tsunami", "last year's
// floods"), and a rate counted per stretch of time ("500 die each year").
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::SizeIs;

TEST(NumericClaimsTest, FigureOfAnEarlierYearCarriesItsYear) {
  const Claims history("The 2004 tsunami killed 230,000 people.");
  ASSERT_THAT(history.all(), SizeIs(1)) << history.Describe();
  EXPECT_EQ(history.all()[0].year, 2004);
  const Claims now("The tsunami killed 230,000 people.");
  ASSERT_THAT(now.all(), SizeIs(1)) << now.Describe();
  EXPECT_EQ(now.all()[0].year, 0);
  // The year closing the figure's clause, or an aside right after it.
  const auto year = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
    return claims.all().empty() ? -1 : claims.all()[0].year;
  };
  EXPECT_EQ(year("Hurricane Katrina claimed 1,800 lives after slamming into "
                 "the Gulf Coast in 2005."),
            2005);
  EXPECT_EQ(year("He plotted at least two other attacks, in 2011 and 2012."),
            2011);
  EXPECT_EQ(year("The storm claimed 1,800 lives, more than any since 2005."),
            0);
  EXPECT_EQ(year("The storm claimed 1,800 lives, and officials in 2005 said "
                 "so."),
            0);
}

TEST(NumericClaimsTest, FigureCoordinatedWithAnotherSharesItsClausesYear) {
  const Claims both(
      "Before that 80,000 and 200,000 people died in two quakes in Chile in "
      "1939.");
  ASSERT_THAT(both.all(), SizeIs(2)) << both.Describe();
  EXPECT_EQ(both.all()[0].year, 1939);
  EXPECT_EQ(both.all()[1].year, 1939);
  // A clause of its own, after a comma, dates only its own figure.
  const Claims apart(
      "Before that 80,000 people died in two quakes, and 200,000 died in "
      "Chile in 1939.");
  ASSERT_THAT(apart.all(), SizeIs(2)) << apart.Describe();
  EXPECT_EQ(apart.all()[0].year, 0);
  EXPECT_EQ(apart.all()[1].year, 1939);
}

TEST(NumericClaimsTest, FigureOfLastYearIsOfAnEarlierYear) {
  const auto earlier = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
    return !claims.all().empty() && claims.all()[0].of_an_earlier_year;
  };
  EXPECT_TRUE(earlier("Last year's floods killed 150 people in Sylhet."));
  EXPECT_TRUE(earlier("Floods killed 150 people in Sylhet last year."));
  EXPECT_TRUE(earlier("Floods killed 150 people in Sylhet two years ago."));
  EXPECT_FALSE(earlier("This year's floods killed 150 people in Sylhet."));
  EXPECT_FALSE(earlier("Since last year, 150 people have died in Sylhet."));
  EXPECT_FALSE(
      earlier("Since emerging late last year, the virus has infected more "
              "than 17,200 people in China."));
}

TEST(NumericClaimsTest, FigureCountedPerStretchOfTimeIsARate) {
  // The claim of the text's figure ("up from 42" gives an earlier one too).
  const auto rate = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_FALSE(claims.all().empty()) << claims.Describe();
    return !claims.all().empty() && !claims.all()[0].earlier_figure &&
           claims.all()[0].per_period;
  };
  EXPECT_TRUE(rate("Snakebites kill about 500 people each year in Yemen."));
  EXPECT_TRUE(rate("Cholera killed 30 people a day in Yemen."));
  EXPECT_TRUE(rate("About 500 people died annually in Yemen."));
  EXPECT_TRUE(rate("Malaria kills 500 people per year in Yemen."));
  EXPECT_TRUE(rate("Every year, 500 people die of snakebites in Yemen."));
  EXPECT_TRUE(rate("Around 30,000 people fly out of Wuhan per day."));
  // A time, one stretch, or a newspaper.
  EXPECT_FALSE(
      rate("Floods killed 500 people in Yemen a day after the storm."));
  EXPECT_FALSE(rate("The toll rose to 54, up from 42 reported a day earlier."));
  EXPECT_FALSE(rate("Floods killed 500 people in Yemen in a single day."));
  EXPECT_FALSE(rate("Floods killed 500 people in Yemen over a week."));
  EXPECT_FALSE(
      rate("Nearly 20 police officers waited for nearly an hour outside."));
  EXPECT_FALSE(rate("Floods killed 500 people in Yemen, the Daily Star said."));
  EXPECT_FALSE(rate("Floods killed 500 people in Yemen this year."));
}

TEST(NumericClaimsTest, FigureBeforeTheStorysEventIsAnotherTimes) {
  const auto before = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
    return !claims.all().empty() && claims.all()[0].before_the_event;
  };
  EXPECT_TRUE(before(
      "There were 3.8 million displaced people in Sudan before the conflict."));
  EXPECT_TRUE(before(
      "Before the war, 1.1 million refugees had been displaced in Sudan."));
  EXPECT_TRUE(
      before("Some 3.8 million people were displaced in Sudan prior to the "
             "fighting."));
  // Since the event, or before what is no event of the story.
  EXPECT_FALSE(before(
      "There are 3.8 million displaced people in Sudan since the conflict."));
  EXPECT_FALSE(
      before("Some 20,000 people were evacuated in Florida before the storm."));
  EXPECT_FALSE(before(
      "Some 3.8 million people were displaced in Sudan before the talks."));
  EXPECT_FALSE(
      before("Some 3.8 million people were displaced in Sudan, the "
             "agency said before the fighting reached Khartoum."));
}

// Whether the one claim of `text` counts what one attack did.
bool OneAttack(const std::string& text) {
  const Claims claims(text);
  EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
  return !claims.all().empty() && claims.all()[0].one_attack;
}

TEST(NumericClaimsTest, FigureOfOneAttackSaysSo) {
  EXPECT_TRUE(OneAttack(
      "Nine people were killed in an early-hours missile attack on Tovuz."));
  EXPECT_TRUE(OneAttack("Nine people were wounded during the strike."));
  EXPECT_TRUE(OneAttack("A missile strike killed 12 people in Tovuz."));
  EXPECT_TRUE(
      OneAttack("The death toll from the attack on Tovuz now stands at 13."));
  // A campaign, or a toll beside an attack named in another clause.
  EXPECT_FALSE(OneAttack("Missile strikes have killed 200 people in Tovuz."));
  EXPECT_FALSE(OneAttack("The death toll in Tovuz rose to 200."));
  EXPECT_FALSE(
      OneAttack("Since the attack began, 200 people have died in Tovuz."));
}

TEST(NumericClaimsTest, FigureOfWhatOneProjectileDidSaysSo) {
  // One rocket, missile, shell or drone is one attack, when it struck too.
  EXPECT_TRUE(OneAttack("Nine people were killed when a rocket hit a market."));
  EXPECT_TRUE(OneAttack("A missile killed 12 people in Tovuz."));
  EXPECT_TRUE(OneAttack("Six people were injured when a shell hit their car."));
  // Many are a campaign; "when" with no attack after it is a time.
  EXPECT_FALSE(OneAttack("Rockets have killed 12 people in Tovuz."));
  EXPECT_FALSE(OneAttack(
      "The death toll rose to 200 when the hospital reported new deaths."));
}

TEST(NumericClaimsTest, SecondFigureOfATollCountsWhatTheFirstsAttackDid) {
  const auto attacks = [](const std::string& text) {
    const Claims claims(text);
    std::vector<bool> one_attack;
    for (const NumericClaim& claim : claims.all()) {
      one_attack.push_back(claim.one_attack);
    }
    return one_attack;
  };
  // Past an aside's comma, "and" joins the injured to the attack's dead.
  EXPECT_THAT(attacks("As a result of the attack on Ganja, nine people, "
                      "including four women, were killed and 35 others "
                      "injured."),
              ElementsAre(true, true, true));
  EXPECT_THAT(attacks("As a result of the attack on Ganja, nine people, "
                      "including four women, were killed; 35 others were "
                      "injured."),
              ElementsAre(true, true, false));
}

TEST(NumericClaimsTest, ParticipleAfterAStrikeCountsWhatTheStrikeDid) {
  // ", killing 18": what the clause before the comma did.
  EXPECT_TRUE(OneAttack("An airstrike hit a house in Tovuz, killing 10."));
  EXPECT_TRUE(
      OneAttack("Enemy jets struck Tovuz on Tuesday, killing 18 people."));
  EXPECT_TRUE(OneAttack(
      "Enemy missiles hit a block of flats in Tovuz, killing at least 12."));
  EXPECT_TRUE(OneAttack("Enemy troops shelled Tovuz, leaving 12 people dead."));
  // A stretch of time makes it a campaign's toll so far; a disaster, or
  // forces that only kill, strike no one.
  EXPECT_FALSE(OneAttack(
      "Enemy jets have struck Tovuz since Monday, killing 200 people."));
  EXPECT_FALSE(
      OneAttack("Enemy troops shelled Tovuz for a week, killing 40 people."));
  EXPECT_FALSE(
      OneAttack("The earthquake struck Tovuz on Saturday, killing 1,800."));
  EXPECT_FALSE(OneAttack("Floods hit Tovuz, killing 30 people."));
  EXPECT_FALSE(OneAttack("Enemy jets struck Tovuz. At least 18 people died."));
}

TEST(NumericClaimsTest, PartOfAMonthDatesTheFigure) {
  for (const char* part : {"late February", "mid-February", "early February"}) {
    const Claims claims(
        absl::StrCat("The storm killed over 100 people in ", part, "."));
    ASSERT_THAT(claims.all(), SizeIs(1)) << claims.Describe();
    EXPECT_EQ(claims.Text(claims.all()[0].time_span),
              absl::StrCat("in ", part));
  }
  const Claims late_storm("The late storm killed over 100 people.");
  ASSERT_THAT(late_storm.all(), SizeIs(1)) << late_storm.Describe();
  EXPECT_EQ(late_storm.Text(late_storm.all()[0].time_span), "");
}

TEST(NumericClaimsTest, FigureTheTextGivesAsEarlierSaysSo) {
  const auto earlier = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
    return !claims.all().empty() && claims.all()[0].earlier_figure;
  };
  EXPECT_TRUE(earlier("Authorities had previously recorded 724 deaths."));
  EXPECT_TRUE(earlier("The previous toll of 304 deaths was revised."));
  EXPECT_TRUE(earlier("Officials had earlier reported 304 deaths."));
  EXPECT_TRUE(earlier("Television initially reported that 239 pilgrims died."));
  EXPECT_TRUE(earlier("The toll for Thursday, initially put at 30, rose."));
  EXPECT_TRUE(earlier("Officials previously declared 240 pilgrims dead."));
  EXPECT_FALSE(earlier("Television reported that 239 pilgrims died."));
  EXPECT_FALSE(earlier("Authorities had recorded 724 deaths."));
  EXPECT_FALSE(earlier("A previously unknown group killed 30 people."));
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

}  // namespace
}  // namespace factcheck::extract
