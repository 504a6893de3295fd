// Verdicts on attributed claims when the same words are written another way,
// each a small corpus of prior reports and one document run through the
// real FactChecker: a time, a spelling, an editor's brackets, a filler,
// words said twice or an aside between dashes left out are no
// misquotation; a word changed still is.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;
using QuoteVerdictTest = testing::VerdictTest;

TEST_F(QuoteVerdictTest, TimeWithOrWithoutItsZeroMinutesIsTheSameQuotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"At 9:00 am the number of people who crossed the border exceeded "
        "two million,\" the border guard said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"At 9 am the number of people who crossed the border "
                  "exceeded two million,\" the border guard said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(QuoteVerdictTest, WordsWrittenAnotherWayAreTheSameQuotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We will not stop until every family has a roof, and we have spent "
        "$40 million on shelters,\" Housing Minister Ana Ruiz said.");
  const v1::ClaimVerdict written = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"We won't stop until every family has a roof, and we have spent "
             "40m dollars on shelters,\" Housing Minister Ana Ruiz said."),
      false);
  EXPECT_EQ(written.verdict(), v1::VERDICT_CONSISTENT);
  // A word that turns the meaning is a change: "will" is not "won't".
  const v1::ClaimVerdict changed = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"We will stop until every family has a roof, and we have spent "
             "$40 million on shelters,\" Housing Minister Ana Ruiz said."),
      false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED);
}

// Outlets' styles write a compound open, hyphenated or solid; a word
// split otherwise is still a change.
TEST_F(QuoteVerdictTest, ACompoundWrittenOpenOrHyphenatedIsTheSameQuotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"Our sensors can give early warning signs for most of the waves "
        "that reach this coast,\" agency head Rita Kuma said.");
  const v1::ClaimVerdict hyphenated =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Our sensors can give early-warning signs for most of the "
                  "waves that reach this coast,\" agency head Rita Kuma said."),
           false);
  EXPECT_EQ(hyphenated.verdict(), v1::VERDICT_CONSISTENT)
      << hyphenated.explanation();
  const v1::ClaimVerdict changed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Our sensors can give early alarm signs for most of the "
                  "waves that reach this coast,\" agency head Rita Kuma said."),
           false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED);
}

TEST_F(QuoteVerdictTest, WordsAnEditorPutInBracketsAreNoMisquotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We thought the tsunami was the worst we could ever get,\" Jan "
        "Ortiz said.");
  const v1::ClaimVerdict bracketed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We thought the tsunami [last December] was the worst we "
                  "could ever get,\" Jan Ortiz said."),
           false);
  EXPECT_EQ(bracketed.verdict(), v1::VERDICT_CONSISTENT)
      << bracketed.explanation();
  const v1::ClaimVerdict in_parentheses =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We thought the tsunami (last December) was the worst we "
                  "could ever get,\" Jan Ortiz said."),
           false);
  EXPECT_EQ(in_parentheses.verdict(), v1::VERDICT_CONSISTENT)
      << in_parentheses.explanation();
  const v1::ClaimVerdict added = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"We thought the tsunami last December was the worst we could "
             "ever get,\" Jan Ortiz said."),
      false);
  EXPECT_EQ(added.verdict(), v1::VERDICT_MISQUOTED) << added.explanation();
}

TEST_F(QuoteVerdictTest, BritishSpellingOfTheSameWordsIsNoMisquotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We will rebuild the health centers and 90 percent of the roads "
        "our neighbors lost,\" Jan Ortiz said.");
  const v1::ClaimVerdict british =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We will rebuild the health centres and 90 per cent of "
                  "the roads our neighbours lost,\" Jan Ortiz said."),
           false);
  EXPECT_EQ(british.verdict(), v1::VERDICT_CONSISTENT) << british.explanation();
  const v1::ClaimVerdict other_words =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We will rebuild the health clinics and 90 per cent of "
                  "the roads our neighbours lost,\" Jan Ortiz said."),
           false);
  EXPECT_EQ(other_words.verdict(), v1::VERDICT_MISQUOTED)
      << other_words.explanation();
}

TEST_F(QuoteVerdictTest, AFillerOrWordsSaidTwiceAreNoMisquotation) {
  // Transcripts of one speech keep or clean what a speaker says while
  // thinking.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"How many times must we see this in our city? This is just "
        "unbearable, and if the council gets to pick the judges, there is "
        "nothing you can do,\" Governor Ana Ruiz said.");
  const v1::ClaimVerdict filler =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"How many times must we see this in our city? I mean, this "
                  "is just unbearable, and if the council gets to pick the "
                  "judges, there is nothing you can do,\" Governor Ana Ruiz "
                  "said."),
           false);
  EXPECT_EQ(filler.verdict(), v1::VERDICT_CONSISTENT) << filler.explanation();
  const v1::ClaimVerdict repeated =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"How many times must we see this in our city? This is just "
                  "unbearable, and if the council gets to pick, if the council "
                  "gets to pick the judges, there is nothing you can do,\" "
                  "Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(repeated.verdict(), v1::VERDICT_CONSISTENT)
      << repeated.explanation();
  // So too where the earlier report quotes more of the speech after it
  // (the stretch of the longer compared).
  Prior("ap-2", "AP", "2021-05-12T11:00:00Z",
        "\"Frankly, if the mayor gets to pick her judges, nothing you can do, "
        "folks,\" "
        "Senator Mark Ellis told a rally. \"Although the people of the state, "
        "maybe there is a way. I do not know. That will be a horrible day.\"");
  const v1::ClaimVerdict stretch = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"Frankly, if the mayor gets to pick, if the mayor gets to pick "
             "her judges, nothing you can do, folks,\" Senator Mark Ellis "
             "said."),
      false);
  EXPECT_EQ(stretch.verdict(), v1::VERDICT_CONSISTENT) << stretch.explanation();
  // And where the document quotes more of the remarks before the words
  // the earlier report's statement opens with, compared with that first
  // quotation of it.
  const v1::ClaimVerdict before = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"The mayor wants to abolish, essentially abolish the courts. "
             "Frankly, if the mayor gets to pick, if the mayor gets to pick "
             "her judges, nothing you can do, folks,\" Senator Mark Ellis "
             "said."),
      false);
  EXPECT_EQ(before.verdict(), v1::VERDICT_CONSISTENT) << before.explanation();
  EXPECT_THAT(before.explanation(), HasSubstr("said part of these words"));
  // Words of meaning added in the same place are a change.
  const v1::ClaimVerdict added =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"How many times must we see this in our city? I fear this "
                  "is just unbearable, and if the council gets to pick the "
                  "judges, there is nothing you can do,\" Governor Ana Ruiz "
                  "said."),
           false);
  EXPECT_EQ(added.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(added.explanation(), HasSubstr("\"i fear\" added"));
}

TEST_F(QuoteVerdictTest, AnAsideBetweenDashesLeftOutIsNoMisquotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"Do not be afraid to show your grief \u2014 I have buried many "
        "friends myself \u2014 but please do not give up hope,\" Bishop Ana "
        "Ruiz told the mourners.");
  const v1::ClaimVerdict left_out =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Do not be afraid to show your grief, but please do not "
                  "give up hope,\" Bishop Ana Ruiz said."),
           false);
  EXPECT_EQ(left_out.verdict(), v1::VERDICT_CONSISTENT)
      << left_out.explanation();
  EXPECT_THAT(left_out.explanation(),
              HasSubstr("an aside one report leaves out: \"i have buried many "
                        "friends myself\""));
  // Words left out that no dashes set off are a change.
  const v1::ClaimVerdict cut =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Do not be afraid to show your grief \u2014 I have buried "
                  "many friends \u2014 but please do not give up,\" Bishop Ana "
                  "Ruiz said."),
           false);
  EXPECT_EQ(cut.verdict(), v1::VERDICT_MISQUOTED) << cut.explanation();
}

TEST_F(QuoteVerdictTest, AnAsideSettingAConditionOrANegationLeftOutIsAChange) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We will rebuild every school in the valley -- if the money comes "
        "-- before the winter,\" Governor Ana Ruiz said. \"The roads will "
        "reopen \u2013 not all of them \u2013 by the end of the month.\"");
  const v1::ClaimVerdict condition =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We will rebuild every school in the valley before the "
                  "winter,\" Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(condition.verdict(), v1::VERDICT_MISQUOTED)
      << condition.explanation();
  const v1::ClaimVerdict negation =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"The roads will reopen by the end of the month,\" "
                  "Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(negation.verdict(), v1::VERDICT_MISQUOTED)
      << negation.explanation();
}

}  // namespace
}  // namespace factcheck
