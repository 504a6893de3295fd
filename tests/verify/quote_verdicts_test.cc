// Verdicts on attributed claims as a fact-checker expects them: the same
// words by the same speaker, changed words, the same words given to another,
// and what is no ground for either. Each scenario is a small corpus of prior
// reports and one document, run through the real FactChecker.
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;

using QuoteVerdictTest = testing::VerdictTest;

TEST_F(QuoteVerdictTest, WordsOfOneWhoSpeaksForABodyAreTheBodysToo) {
  Prior("wire-a", "Wire A", "2031-05-10T08:00:00Z",
        "\"We are deeply concerned about the violence and call on all sides "
        "to exercise restraint,\" State Department spokesman Ned Price told "
        "reporters.");
  const v1::ClaimVerdict body = Only(
      Verify("2031-05-11T08:00:00Z",
             "\"We are deeply concerned about the violence and call on all "
             "sides to exercise restraint,\" the State Department said."),
      false);
  EXPECT_EQ(body.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_THAT(body.explanation(),
              HasSubstr("State Department spokesman Ned Price said the same "
                        "words"));
  const v1::ClaimVerdict other = Only(
      Verify("2031-05-11T08:00:00Z",
             "\"We are deeply concerned about the violence and call on all "
             "sides to exercise restraint,\" the Pentagon said."),
      false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_MISATTRIBUTED);
  // A ministry speaks through its minister.
  Prior("wire-b", "Wire B", "2031-05-10T09:00:00Z",
        "\"We condemn in the strongest terms the attack on the hospital in "
        "the north,\" the Health Ministry said in a statement.");
  const v1::ClaimVerdict minister =
      Only(Verify("2031-05-11T08:00:00Z",
                  "\"We condemn in the strongest terms the attack on the "
                  "hospital in the north,\" Health Minister Ali Hassan said."),
           false);
  EXPECT_EQ(minister.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(QuoteVerdictTest, SpeakerNamingNoOneIsNoGroundForMisattribution) {
  Prior("wire-a", "Wire A", "2031-04-01T08:00:00Z",
        "\"We condemn in the strongest terms the attack on the hospital,\" "
        "said Stephane Dujarric, the UN spokesman.");
  // An unnamed member, a document, a description never given a name.
  for (const char* speaker :
       {"an official said", "the statement said",
        "the Israeli health minister said", "the UN's Middle East envoy said",
        "health officials said"}) {
    const v1::ClaimVerdict unnamed = Only(
        Verify("2031-04-02T08:00:00Z",
               absl::StrCat("\"We condemn in the strongest terms the attack "
                            "on the hospital,\" ",
                            speaker, ".")),
        false);
    EXPECT_EQ(unnamed.verdict(), v1::VERDICT_UNVERIFIED) << speaker;
    EXPECT_THAT(unnamed.explanation(), HasSubstr("names no one")) << speaker;
  }
  const v1::ClaimVerdict named =
      Only(Verify("2031-04-02T08:00:00Z",
                  "\"We condemn in the strongest terms the attack on the "
                  "hospital,\" Health Minister Ali Hassan said."),
           false);
  EXPECT_EQ(named.verdict(), v1::VERDICT_MISATTRIBUTED);
  // "a UN spokesman" is named within "Stephane Dujarric, the UN
  // spokesman": the same words, his.
  const v1::ClaimVerdict role =
      Only(Verify("2031-04-02T08:00:00Z",
                  "\"We condemn in the strongest terms the attack on the "
                  "hospital,\" a UN spokesman said."),
           false);
  EXPECT_EQ(role.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(QuoteVerdictTest, DescriptionNamingNoOneIsNoGroundForMisquotation) {
  Prior("wire-a", "Wire A", "2031-04-01T08:00:00Z",
        "\"We will not allow the hospital to close its doors this winter,\" "
        "the spokesman said.");
  // Two reports' "the spokesman" may be two people: changed words are no
  // misquotation of either.
  const v1::ClaimVerdict described =
      Only(Verify("2031-04-02T08:00:00Z",
                  "\"We will not allow the clinic to close its doors this "
                  "winter,\" the spokesman said."),
           false);
  EXPECT_EQ(described.verdict(), v1::VERDICT_UNVERIFIED)
      << described.explanation();
  EXPECT_THAT(described.explanation(), HasSubstr("names no one"));
  Prior("wire-b", "Wire B", "2031-04-01T09:00:00Z",
        "\"We will not allow the school to close its doors this winter,\" "
        "Mayor Laura Chen said.");
  const v1::ClaimVerdict named =
      Only(Verify("2031-04-02T08:00:00Z",
                  "\"We will not allow the library to close its doors this "
                  "winter,\" Mayor Laura Chen said."),
           false);
  EXPECT_EQ(named.verdict(), v1::VERDICT_MISQUOTED) << named.explanation();
}

TEST_F(QuoteVerdictTest, SameQuoteBySameSpeakerIsConsistent) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Secretary of State Antony Blinken spoke in Washington. Blinken said: "
        "\"We are very focused on this.\"");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We are very focused on this,\" Secretary of State Antony "
                  "Blinken told reporters."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_THAT(verdict.explanation(), HasSubstr("Antony Blinken said the same"));
}

TEST_F(QuoteVerdictTest, QuotationAnEarlierReportCarriesOnlyInPartSaysSo) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Mayor Laura Chen said: \"It was the wrong decision for the city.\"");
  const v1::ClaimVerdict longer = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"Looking back now, it was not the right call. It was the wrong "
             "decision for the city,\" Mayor Laura Chen said."),
      false);
  EXPECT_EQ(longer.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_THAT(longer.explanation(), HasSubstr("said part of these words"));
  EXPECT_THAT(longer.explanation(), HasSubstr("more than 8 of its"));
  const v1::ClaimVerdict same = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"It was the wrong decision for the city,\" Mayor Laura Chen "
             "said."),
      false);
  EXPECT_THAT(same.explanation(), HasSubstr("said the same words"));
}

TEST_F(QuoteVerdictTest, AShortPhraseCarriedConfirmsNoLongerQuotation) {
  // "It was the wrong decision" is a phrase many statements share: five
  // words of fourteen confirm nothing of the rest; of six, most of it.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Mayor Laura Chen said: \"It was the wrong decision.\"");
  const v1::ClaimVerdict longer = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"Looking back now, it was not the right call. It was the wrong "
             "decision,\" Mayor Laura Chen said."),
      false);
  EXPECT_EQ(longer.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(longer.explanation(),
              HasSubstr("only 5 of these 14 words (AP, 12 May 2021): too few"));
  const v1::ClaimVerdict about_as_long =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Sadly, it was the wrong decision,\" Mayor Laura Chen "
                  "said."),
           false);
  EXPECT_EQ(about_as_long.verdict(), v1::VERDICT_CONSISTENT)
      << about_as_long.explanation();
}

TEST_F(QuoteVerdictTest, FewQuotedWordsInsideAParaphraseAreNoMatch) {
  // Three quoted words may stand in a writer's paraphrase by chance; in
  // the speaker's own quotation they are hers.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Mayor Laura Chen said the delay would leave the bridge closed until "
        "May.");
  Prior("ap-2", "AP", "2021-05-12T11:00:00Z",
        "\"The strike would leave the tunnel closed until June,\" Mayor Laura "
        "Chen said.");
  const v1::ClaimVerdict in_paraphrase =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Mayor Laura Chen said the vote would \"leave the bridge\" "
                  "to the state."),
           false);
  EXPECT_EQ(in_paraphrase.verdict(), v1::VERDICT_UNVERIFIED)
      << in_paraphrase.explanation();
  const v1::ClaimVerdict in_quotation =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Mayor Laura Chen said the vote would \"leave the tunnel\" "
                  "to the state."),
           false);
  EXPECT_EQ(in_quotation.verdict(), v1::VERDICT_CONSISTENT)
      << in_quotation.explanation();
}

TEST_F(QuoteVerdictTest, OneWordChangedIsMisquotedNamingTheWords) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We will not allow terrorists to dictate the terms of this "
        "conflict,\" Prime Minister Benjamin Netanyahu said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We will not allow terrorists to decide the terms of this "
                  "conflict,\" Prime Minister Benjamin Netanyahu said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(verdict.explanation(),
              HasSubstr("\"dictate\" became \"decide\""));
}

TEST_F(QuoteVerdictTest, LikeWordsReportedWeeksBeforeMayBeAnotherOccasion) {
  // Speakers repeat their lines, changed: "I will not let you down" in
  // December, "I will never, ever let you down" in June.
  Prior("ap-1", "AP", "2031-03-01T10:00:00Z",
        "\"We will not allow anyone to dictate the terms of this peace,\" "
        "Governor Ana Ruiz said.");
  const v1::ClaimVerdict weeks_later =
      Only(Verify("2031-03-20T10:00:00Z",
                  "\"We will not allow anyone to decide the terms of this "
                  "peace,\" Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(weeks_later.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(weeks_later.explanation(),
              HasSubstr("perhaps on another occasion"));
  const v1::ClaimVerdict days_later =
      Only(Verify("2031-03-03T10:00:00Z",
                  "\"We will not allow anyone to decide the terms of this "
                  "peace,\" Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(days_later.verdict(), v1::VERDICT_MISQUOTED);
}

TEST_F(QuoteVerdictTest, LongerReportOfTheSameSentencesIsNoMisquotation) {
  // Excerpts released before a speech, then the speech as given.
  Prior("wire-a", "Wire A", "2031-07-27T08:00:00Z",
        "\"Until you have sat at that desk, you do not know what it is like "
        "to send young people to war,\" Governor Ana Ruiz said. \"But the "
        "mayor has been in the room when it was decided.\" \"Nobody is more "
        "ready for the job.\"");
  const std::string rest =
      " you do not know what it is like to send young people to war. But the "
      "mayor has been in the room when it was decided,\" Governor Ana Ruiz "
      "said.";
  const v1::ClaimVerdict longer =
      Only(Verify("2031-07-28T08:00:00Z",
                  "\"You can read about it, but until you have sat at that "
                  "desk," +
                      rest),
           false);
  EXPECT_EQ(longer.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_THAT(longer.explanation(), HasSubstr("said part of these words"));
  // The same sentences with a word changed are a misquotation.
  const v1::ClaimVerdict changed =
      Only(Verify("2031-07-28T08:00:00Z",
                  "\"You can read about it, but until you have sat at that "
                  "chair," +
                      rest),
           false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED);
}

TEST_F(QuoteVerdictTest, AParaphraseIsNoVersionOfTheQuotationToMisquote) {
  Prior("ap-1", "AP", "2031-03-01T10:00:00Z",
        "Governor Ana Ruiz said the state would not allow anyone to dictate "
        "the terms of this peace.");
  const std::string quoted =
      "\"We will not allow anyone to decide the terms of this peace,\" "
      "Governor Ana Ruiz said.";
  const v1::ClaimVerdict against_paraphrase =
      Only(Verify("2031-03-02T10:00:00Z", quoted), false);
  EXPECT_NE(against_paraphrase.verdict(), v1::VERDICT_MISQUOTED)
      << against_paraphrase.explanation();
  EXPECT_EQ(against_paraphrase.verdict(), v1::VERDICT_UNVERIFIED);
  // Against the reporter's quotation of the same words it is one.
  Prior("ap-2", "AP", "2031-03-01T11:00:00Z",
        "\"We will not allow anyone to dictate the terms of this peace,\" "
        "Governor Ana Ruiz said.");
  EXPECT_EQ(Only(Verify("2031-03-02T10:00:00Z", quoted), false).verdict(),
            v1::VERDICT_MISQUOTED);
}

TEST_F(QuoteVerdictTest, SameQuoteByAnotherSpeakerIsMisattributedNamingWho) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"Israel has a right to defend itself when you have thousands of "
        "rockets flying into your territory,\" President Joe Biden said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Israel has a right to defend itself when you have "
                  "thousands of rockets flying into your territory,\" Vice "
                  "President Kamala Harris said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISATTRIBUTED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("attributed to Joe Biden"));
}

TEST_F(QuoteVerdictTest,
       QuotedWordsOfReportedSpeechAreComparedNotTheParaphrase) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"The vote was rigged from the start,\" Senator Mark Ellis said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Senator Mark Ellis said on Tuesday that the count was "
                  "\"rigged from the start\" by his opponents."),
           false);
  EXPECT_EQ(verdict.claim().attributed().kind(), v1::ATTRIBUTION_KIND_MIXED);
  EXPECT_EQ(verdict.claim().attributed().quotation(), "rigged from the start");
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(QuoteVerdictTest, SplitQuotationIsComparedAsOneQuotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We will not back down and we will rebuild every home,\" Mayor "
        "Laura Chen said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We will not back down,\" Mayor Laura Chen said, \"and we "
                  "will rebuild every house.\""),
           false);
  EXPECT_EQ(verdict.claim().attributed().content_spans_size(), 2);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("\"home\" became \"house\""));
}

TEST_F(QuoteVerdictTest, QuotationOfALaterSentenceHasAVerdictOfItsOwn) {
  Prior("ap-1", "AP", "2031-05-12T10:00:00Z",
        "\"We hear you. We need food and we need water,\" Mayor Laura Chen "
        "said. \"What I promise you is that help is very close.\"");
  const v1::VerifyDocumentResponse response =
      Verify("2031-05-13T10:00:00Z",
             "\"We hear you. We need food, and we need water,\" Mayor Laura "
             "Chen said. \"My promise to you is that help is very close.\"");
  ASSERT_EQ(response.verdicts_size(), 2);
  const v1::ClaimVerdict& first = response.verdicts(0);
  const v1::ClaimVerdict& later = response.verdicts(1);
  EXPECT_EQ(first.claim().attributed().content(),
            "We hear you. We need food, and we need water");
  EXPECT_EQ(first.verdict(), v1::VERDICT_CONSISTENT);
  EXPECT_EQ(later.claim().attributed().content(),
            "My promise to you is that help is very close");
  EXPECT_EQ(later.claim().attributed().speaker(), "Laura Chen");
  EXPECT_EQ(later.claim().attributed().cue(), "said");
  EXPECT_EQ(later.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(later.explanation(), HasSubstr("\"what i\" became \"my to\""));
}

TEST_F(QuoteVerdictTest, ChangedFragmentOfALongerQuotationIsMisquoted) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"I have seen many disasters around the world, but I have never "
        "seen flood damage on this scale,\" Mayor Laura Chen said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"I have never seen flood destruction on this scale,\" "
                  "Mayor Laura Chen said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(verdict.explanation(),
              HasSubstr("\"damage\" became \"destruction\""));
  // Five words, four like a stretch of the longer quotation, are too few
  // to tell a changed quotation from another statement.
  const v1::ClaimVerdict short_fragment =
      Only(Verify("2021-05-13T11:00:00Z",
                  "\"I have never seen destruction,\" Mayor Laura Chen "
                  "said."),
           false);
  EXPECT_EQ(short_fragment.verdict(), v1::VERDICT_UNVERIFIED);
}

TEST_F(QuoteVerdictTest, ChangedSentenceOfAQuotationThatGoesOnIsMisquoted) {
  // The prior's second sentence goes on in the mayor's voice, and is
  // stored as one claim with the first: the document quotes the first
  // alone, worded otherwise.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"Let me be clear: the city is not leaving the harbour,\" Mayor Laura "
        "Chen said. \"Our commitment is to the people of the harbour, and to "
        "their wish for a safe and prosperous future.\"");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"I will be clear: the city is not about to leave the "
                  "harbour,\" Mayor Laura Chen said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("became"));
  // Another statement of hers is no misquote of either sentence.
  const v1::ClaimVerdict other =
      Only(Verify("2021-05-13T11:00:00Z",
                  "\"The harbour will reopen to ferries on the first of "
                  "June,\" Mayor Laura Chen said."),
           false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_UNVERIFIED);
}

TEST_F(QuoteVerdictTest, ParaphraseGivenToAnotherBodyIsNoMisattribution) {
  // Each writer words reported speech and names the body it came from.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Officials said that the bridge would stay closed until Friday "
        "because of the flood damage.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "The ministry said that the bridge would stay closed until "
                  "Friday because of the flood damage."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
}

TEST_F(QuoteVerdictTest, ReportedWordsWithAnotherFigureOrANotSayAnotherThing) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "The ministry said that 430 people had died in the northern "
        "districts of the province.");
  const auto verdict_on = [this](const std::string& words) {
    return Only(Verify("2021-05-13T10:00:00Z",
                       absl::StrCat("The ministry said that ", words, ".")),
                false)
        .verdict();
  };
  EXPECT_EQ(verdict_on("430 people had died in the northern districts of the "
                       "province"),
            v1::VERDICT_CONSISTENT);
  EXPECT_EQ(verdict_on("812 people had died in the northern districts of the "
                       "province"),
            v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(verdict_on("430 people had not died in the northern districts of "
                       "the province"),
            v1::VERDICT_UNVERIFIED);
}

TEST_F(QuoteVerdictTest,
       QuotationWithAnotherFigureByAnotherIsNoMisattribution) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"Our rescue teams pulled 112 people alive from the rubble of the "
        "collapsed buildings in the city today,\" Governor Ana Ruiz said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Our rescue teams pulled 140 people alive from the rubble "
                  "of the collapsed buildings in the city today,\" Mayor Tom "
                  "Berg said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
}

TEST_F(QuoteVerdictTest, ShortQuotedPhraseOfAnotherIsNoMisattribution) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Residents of the island described the damage as \"total "
        "destruction.\"");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "Governor Tom Berg described the storm as \"total "
                  "destruction.\""),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("too few to tell who said"));
}

TEST_F(QuoteVerdictTest, WordsAlsoGivenToTheSpeakerBeforeAreNoMisattribution) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"It was the wrong decision to send the crew out,\" the captain "
        "said.");
  Prior("ap-2", "AP", "2021-05-12T11:00:00Z",
        "Ana Reyes said the crew had no choice and that it was the wrong "
        "decision to send the crew out.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"It was the wrong decision to send the crew out, and from "
                  "where I sit now it was never the right one,\" Ana Reyes "
                  "said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("not settled"));
}

TEST_F(QuoteVerdictTest, ATitleWithoutItsPeriodIsNoOtherSpeaker) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "However, Dr Ana Serrano, Director General of the Health Services, "
        "said the count was wrong.\n\"The count is far lower than the figure "
        "given out on Tuesday,\" she said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"The count is far lower than the figure given out on "
                  "Tuesday,\" Ana Serrano said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT);
}

TEST_F(QuoteVerdictTest, HeadlinesAbbreviatedTitleIsNoOtherSpeaker) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "Toll Could Reach 900, Says PM Varga\nThe toll could reach 900, "
        "Prime Minister Lena Varga said. \"This is a very dark hour for our "
        "country,\" Varga said in an interview.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"This is a very dark hour for our country,\" Lena Varga "
                  "said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT) << verdict.explanation();
}

TEST_F(QuoteVerdictTest, WordsChangedBeyondThePartAnotherReportCarries) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"It is a disrespect to the talks under the mediation of our "
        "neighbours,\" Ilham Vargas said.");
  Prior("tass-1", "TASS", "2021-05-12T11:00:00Z",
        "\"These heinous actions can never break the will of our brave "
        "people,\" Ilham Vargas said.");
  const std::string disrespect =
      " It is a disrespect to the talks under the mediation of our "
      "neighbours,\" Ilham Vargas said.";
  const v1::ClaimVerdict changed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"These cowardly actions will never break the spirit of our "
                  "brave people." +
                      disrespect),
           false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED) << changed.explanation();
  const v1::ClaimVerdict kept = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"These heinous actions can never break the will of our brave "
             "people." +
                 disrespect),
      false);
  EXPECT_EQ(kept.verdict(), v1::VERDICT_CONSISTENT) << kept.explanation();
}

TEST_F(QuoteVerdictTest, NameAfterALongTitleIsTheSpeaker) {
  Prior("ocha-1", "OCHA", "2021-05-12T10:00:00Z",
        "\"The timing of the aid remains of the essence,\" said the United "
        "Nations Resident and Humanitarian Coordinator for Peru Ana Ortiz.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"The timing of the aid remains of the essence,\" said the UN "
             "Resident and Humanitarian Coordinator for Peru Ana Ortiz."),
      false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_CONSISTENT) << verdict.explanation();
}

TEST_F(QuoteVerdictTest, ANameSpelledAnotherWayIsNoMisattribution) {
  const std::string quoted =
      "\"The count is far lower than the figure given out on Tuesday,\" ";
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        absl::StrCat(quoted, "Ana Serrano said."));
  const v1::ClaimVerdict respelled = Only(
      Verify("2021-05-13T10:00:00Z", absl::StrCat(quoted, "Ana Serano said.")),
      false);
  EXPECT_EQ(respelled.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(respelled.explanation(), HasSubstr("spelled like"));
  const v1::ClaimVerdict other = Only(
      Verify("2021-05-13T10:00:00Z", absl::StrCat(quoted, "Ana Moreno said.")),
      false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_MISATTRIBUTED);
}

TEST_F(QuoteVerdictTest, AGivenNameAloneIsNoMisattribution) {
  // Each report's "she" is the person it named: the first by her given name
  // alone.
  const std::string quoted =
      " toured the stadium.\n\n\"The count is far lower than the figure "
      "given out on Tuesday,\" she said.";
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        absl::StrCat("Mayor Ana", quoted));
  const v1::ClaimVerdict fuller = Only(
      Verify("2021-05-13T10:00:00Z", absl::StrCat("Mayor Ana Serrano", quoted)),
      false);
  EXPECT_EQ(fuller.verdict(), v1::VERDICT_UNVERIFIED) << fuller.explanation();
  EXPECT_THAT(fuller.explanation(), HasSubstr("may be Ana Serrano's"));
  const v1::ClaimVerdict other =
      Only(Verify("2021-05-13T10:00:00Z",
                  absl::StrCat("Mayor Rosa Serrano", quoted)),
           false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_MISATTRIBUTED) << other.explanation();
}

TEST_F(QuoteVerdictTest, AShortenedGivenNameIsNoMisattribution) {
  const std::string quoted =
      "\"The count is far lower than the figure given out on Tuesday,\" ";
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        absl::StrCat(quoted, "Sheriff Joseph Lombardo said."));
  const v1::ClaimVerdict shortened =
      Only(Verify("2021-05-13T10:00:00Z",
                  absl::StrCat(quoted, "Sheriff Joe Lombardo said.")),
           false);
  EXPECT_EQ(shortened.verdict(), v1::VERDICT_UNVERIFIED)
      << shortened.explanation();
  EXPECT_THAT(shortened.explanation(), HasSubstr("may be Joe Lombardo's"));
  const v1::ClaimVerdict other =
      Only(Verify("2021-05-13T10:00:00Z",
                  absl::StrCat(quoted, "Sheriff Jill Lombardo said.")),
           false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_MISATTRIBUTED) << other.explanation();
}

TEST_F(QuoteVerdictTest, AHyphenOrASpaceInANameIsOneSpeaker) {
  const std::string quoted =
      "\"The count is far lower than the figure given out on Tuesday,\" ";
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        absl::StrCat(quoted, "Health Minister Khaled al-Falih said."));
  const v1::ClaimVerdict spaced = Only(
      Verify("2021-05-13T10:00:00Z",
             absl::StrCat(quoted, "Health Minister Khaled Al Falih said.")),
      false);
  EXPECT_EQ(spaced.verdict(), v1::VERDICT_CONSISTENT) << spaced.explanation();
}

TEST_F(QuoteVerdictTest, MoreOfTheSameRemarksAtEitherEndIsNoChange) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"He is becoming the rebels' best recruiter. They show his speeches "
        "to young men in order to recruit more fighters,\" Senator Ana Ruiz "
        "said.");
  // A sentence before, the possessive written "rebels's", the last words
  // not quoted: the same remarks, quoted further one way and less far the
  // other.
  const v1::ClaimVerdict further =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We must stop him. He is becoming the rebels's best "
                  "recruiter. They show his speeches to young men,\" Senator "
                  "Ana Ruiz said."),
           false);
  EXPECT_EQ(further.verdict(), v1::VERDICT_CONSISTENT) << further.explanation();
  EXPECT_THAT(further.explanation(), HasSubstr("said part of these words"));
  // A word changed inside is named, not the sentence before it.
  const v1::ClaimVerdict changed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We must stop him. He is becoming the rebels' finest "
                  "recruiter. They show his speeches to young men,\" Senator "
                  "Ana Ruiz said."),
           false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(changed.explanation(), HasSubstr("\"best\" became \"finest\""));
}

TEST_F(QuoteVerdictTest, WordsALongerQuotationGoesOnWithAreNoChange) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We will rebuild the bridge and the school before winter. Then we "
        "will turn to the roads, the clinics and the water mains that the "
        "flood tore out of the valley,\" Mayor Laura Chen said.");
  // A word put into the first sentence: that word is the change, not the
  // next sentence's first word.
  const v1::ClaimVerdict verdict =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We will rebuild the old bridge and the school before "
                  "winter,\" Mayor Laura Chen said."),
           false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(verdict.explanation(), HasSubstr(": \"old\" added"));
}

TEST_F(QuoteVerdictTest, SentenceTwoReportsQuoteAlikeConfirmsThatPart) {
  // Two reports quote different sentences of one press conference and
  // share the last: that sentence is confirmed, the rest carried by none.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"So far 1,200 people have lost their lives and 4,000 are injured. "
        "The toll is rising with every hour that passes,\" Interior "
        "Minister Omar Baig said.");
  const v1::ClaimVerdict shared = Only(
      Verify("2021-05-12T14:00:00Z",
             "\"It is a situation so terrible that no one can picture it. The "
             "toll is rising with every hour that passes,\" Interior "
             "Minister Omar Baig said."),
      false);
  EXPECT_EQ(shared.verdict(), v1::VERDICT_CONSISTENT) << shared.explanation();
  EXPECT_THAT(shared.explanation(), HasSubstr("said part of these words"));
  // A sentence the earlier report does not hold word for word confirms
  // nothing.
  const v1::ClaimVerdict changed = Only(
      Verify("2021-05-12T14:00:00Z",
             "\"It is a situation so terrible that no one can picture it. The "
             "toll is climbing with every hour that passes,\" Interior "
             "Minister Omar Baig said."),
      false);
  EXPECT_NE(changed.verdict(), v1::VERDICT_CONSISTENT) << changed.explanation();
}

TEST_F(QuoteVerdictTest, OtherSentencesAfterASharedOneAreNoMisquotation) {
  // Two reports quote one statement across its cue: the same long first
  // sentence, then each another of its sentences.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We always expected that the number of deaths would rise as we "
        "received more facts, and this review will make sure that we count "
        "everybody,\" Governor Ana Ruiz wrote in a statement. \"This is "
        "about more than numbers.\"");
  const v1::ClaimVerdict other =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We always expected that the number of deaths would rise "
                  "as we received more facts, and this review will make sure "
                  "that we count everybody. Every death must have a name,\" "
                  "Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_CONSISTENT) << other.explanation();
  EXPECT_THAT(other.explanation(), HasSubstr("said part of these words"));
  // The same second sentence, changed, is.
  const v1::ClaimVerdict changed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"We always expected that the number of deaths would rise "
                  "as we received more facts, and this review will make sure "
                  "that we count everybody. This is about much more than the "
                  "numbers,\" Governor Ana Ruiz said."),
           false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED) << changed.explanation();
}

TEST_F(QuoteVerdictTest, ChangedLineWithWordsAddedAfterItIsNoOtherSentence) {
  // The second sentence holds the prior's last line changed, with words
  // added after it: that line misquoted, not another of the statement.
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"We need water,\" Mayor Ana Ruiz said. \"My staff has made every "
        "request possible to the state for support. What I promise you is "
        "that help is very close.\"");
  const v1::ClaimVerdict verdict = Only(
      Verify("2021-05-13T10:00:00Z",
             "\"My staff has made every request possible to the state for "
             "support. My promise to you is that help is very close, and you "
             "will hear more before the end of the day,\" Mayor Ana Ruiz "
             "said."),
      false);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_MISQUOTED) << verdict.explanation();
  EXPECT_THAT(verdict.explanation(), HasSubstr("\"what i\" became \"my to\""));
}

TEST_F(QuoteVerdictTest, TwoStatementsLeadingIntoOneLineAreNoMisquotation) {
  Prior("ap-1", "AP", "2021-05-12T10:00:00Z",
        "\"Tonight's vote shows that this party will never abandon working "
        "families,\" Senator Ana Ruiz said.");
  // Other words of its own before the same line: another statement.
  const v1::ClaimVerdict other_lead =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Let me say this plainly: this party will never abandon "
                  "working families,\" Senator Ana Ruiz said."),
           false);
  EXPECT_EQ(other_lead.verdict(), v1::VERDICT_UNVERIFIED)
      << other_lead.explanation();
  EXPECT_THAT(other_lead.explanation(),
              HasSubstr("each quotation leads into them with other words "
                        "of its own"));
  // One word changed at the end is a misquotation still.
  const v1::ClaimVerdict changed =
      Only(Verify("2021-05-13T10:00:00Z",
                  "\"Tonight's vote shows that this party will never abandon "
                  "working people,\" Senator Ana Ruiz said."),
           false);
  EXPECT_EQ(changed.verdict(), v1::VERDICT_MISQUOTED);
  EXPECT_THAT(changed.explanation(),
              HasSubstr("\"families\" became \"people\""));
  // A pledge quoted in part, and a speech that leads into the same slogan
  // with words of its own.
  Prior("ap-2", "AP", "2021-05-12T11:00:00Z",
        "Senator Ana Ruiz pledged to \"make sure our economy works for "
        "everyone, not just the wealthy few.\"");
  const v1::ClaimVerdict slogan = Only(
      Verify("2021-05-13T11:00:00Z",
             "\"I am running because the odds are stacked against working "
             "people. To build an economy that works for everyone, not just "
             "the wealthy few, we have to think big,\" Senator Ana Ruiz "
             "said."),
      false);
  EXPECT_EQ(slogan.verdict(), v1::VERDICT_UNVERIFIED) << slogan.explanation();
  const v1::ClaimVerdict slogan_changed = Only(
      Verify("2021-05-13T11:00:00Z",
             "\"I am running because the odds are stacked against working "
             "people. We will make sure our economy works for all, not just "
             "the wealthy few, and we will think big,\" Senator Ana Ruiz "
             "said."),
      false);
  EXPECT_EQ(slogan_changed.verdict(), v1::VERDICT_MISQUOTED)
      << slogan_changed.explanation();
  // What follows the line, rewritten, is a change to read.
  Prior("ap-3", "AP", "2021-05-12T12:00:00Z",
        "\"Tonight's vote shows that this party will never abandon the "
        "working families of this state,\" Senator Ben Okafor said.");
  const v1::ClaimVerdict other_ending = Only(
      Verify("2021-05-13T12:00:00Z",
             "\"Tonight's vote shows that this party will never abandon the "
             "men and women who keep us going,\" Senator Ben Okafor said."),
      false);
  EXPECT_EQ(other_ending.verdict(), v1::VERDICT_MISQUOTED)
      << other_ending.explanation();
}

TEST_F(QuoteVerdictTest, WordsPartlyLikeTheSpeakersSayWhichReportHoldsThem) {
  // A statement translated twice: too unlike for a misquotation, but the
  // fact-checker learns where the speaker's like words are.
  Prior("ap-1", "AP", "2021-08-16T10:00:00Z",
        "\"The country is facing a catastrophe that has caused plenty of "
        "suffering, and from tomorrow we declare three days of national "
        "mourning,\" Prime Minister Ariel Ruiz said.");
  const v1::ClaimVerdict reworded = Only(
      Verify("2021-08-17T10:00:00Z",
             "\"The nation is going through a disaster that has brought on "
             "loads of struggling, and from tomorrow there will be three days "
             "of mourning,\" Prime Minister Ariel Ruiz said."),
      false);
  EXPECT_EQ(reworded.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(reworded.explanation(),
              HasSubstr("an earlier report quotes Ariel Ruiz in words partly "
                        "like these (AP, 16 Aug 2021)"));
  const v1::ClaimVerdict other =
      Only(Verify("2021-08-17T10:00:00Z",
                  "\"We will rebuild every school and every clinic before the "
                  "rains come back,\" Prime Minister Ariel Ruiz said."),
           false);
  EXPECT_EQ(other.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(other.explanation(),
              HasSubstr("no earlier report quotes Ariel Ruiz on this"));
}

}  // namespace
}  // namespace factcheck
