// What a report says, as a careful reader bounds it: the clause a cue
// reports, where it begins and ends, and when a cue reports nothing.
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

// Each text's first claim has the content paired with it.
void ExpectFirstContents(
    const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [text, content] : cases) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(found[0].content, content) << text;
  }
}

TEST(ContentTest, QuestionOrExclamationKeepsItsMarkAStatementDropsIt) {
  const std::vector<AttributedItem> found = Extracted(
      "Senator Mark Ellis spoke in Ohio. \"Who pays for this?\" Ellis asked. "
      "\"We will not pay!\" he shouted. "
      "\"We pay our share,\" he said.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].content, "Who pays for this?");
  EXPECT_EQ(found[1].content, "We will not pay!");
  EXPECT_EQ(found[2].content, "We pay our share");
}

TEST(ContentTest, AbbreviationEndsTheClauseBeforeAPronounOrAnArticle) {
  // "… attacks in the U.S. He says …": the dot of "U.S." ends the
  // sentence when a word no name goes on with follows; after an initial
  // the name goes on ("Tom J. Berg").
  ExpectFirstContents({
      {"Ruiz says Berg is trying to delay the toll in the U.S. He says "
       "drivers want no more promises.",
       "Berg is trying to delay the toll in the U.S"},
      {"Ruiz says the plan came from Tom J. Berg and his aides.",
       "the plan came from Tom J. Berg and his aides"},
  });
}

TEST(ContentTest, DatelineBeforeADashIsNoPartOfWhatWasSaid) {
  const std::vector<AttributedItem> found = Extracted(
      "WASHINGTON \xE2\x80\x95 The bridge will reopen in May, state officials "
      "said Friday.\n\nNATO \xE2\x80\x95 the alliance of 32 nations "
      "\xE2\x80\x95 stays united, diplomats said.\n\nDAYTON, Oct. 8 (AP) "
      "\xE2\x80\x94 The toll will rise, state officials said.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
  // With the day the story was filed too.
  EXPECT_EQ(found[2].content, "The toll will rise");
  // A name in capitals whose dash opens no capitalised sentence is the
  // subject.
  EXPECT_EQ(found[1].content,
            "NATO \xE2\x80\x95 the alliance of 32 nations \xE2\x80\x95 stays "
            "united");
}

TEST(ContentTest, ClauseOpenedByItsSubjectKeepsTheWordsBeforeALaterThat) {
  // "says that …": the clause starts at "that"; "says she is sure that …",
  // "said the mayor hopes that …": it began before the "that".
  const std::vector<AttributedItem> plain =
      Extracted("Governor Ana Ruiz says that the bridge will reopen.");
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(plain[0].content, "that the bridge will reopen");
  const std::vector<AttributedItem> pronoun = Extracted(
      "Governor Ana Ruiz says she is sure that the bridge will "
      "reopen.");
  ASSERT_FALSE(pronoun.empty());
  EXPECT_EQ(pronoun[0].content, "she is sure that the bridge will reopen");
  const std::vector<AttributedItem> report = Extracted(
      "Governor Ana Ruiz said the mayor hopes that the bridge will reopen.");
  ASSERT_FALSE(report.empty());
  EXPECT_EQ(report[0].speaker, "Ana Ruiz");
  EXPECT_EQ(report[0].content, "the mayor hopes that the bridge will reopen");
}

TEST(ContentTest, WhomItWasToldIsNoPartOfTheClause) {
  const std::vector<AttributedItem> found = Extracted(
      "Governor Tom Berg told the forum he was \"totally against "
      "the toll\" on the bridge.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content,
            "he was \"totally against the toll\" on the bridge");
}

TEST(ContentTest, RelativeClauseAfterACommaIsTheWritersComment) {
  const std::vector<AttributedItem> found = Extracted(
      "Governor Ana Ruiz said the bridge would reopen in May, which "
      "surprised the council.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "the bridge would reopen in May");
}

TEST(ContentTest, PrepositionEndingInIngAfterACommaStaysInTheClause) {
  // ", during the flood," is inside what was said; ", blaming the flood"
  // is the writer's participle.
  const std::vector<AttributedItem> preposition = Extracted(
      "Governor Ana Ruiz said that, during the flood, the bridge was closed.");
  ASSERT_EQ(preposition.size(), 1u);
  EXPECT_EQ(preposition[0].content,
            "that, during the flood, the bridge was closed");
  // So is an aside of any kind right after "that" ("as", which after the
  // clause would be the writer's).
  ExpectFirstContents(
      {{"Governor Ana Ruiz said that, as the water rose, the bridge was "
        "closed.",
        "that, as the water rose, the bridge was closed"},
       {"Governor Ana Ruiz said that, as the water rose, \"the bridge was "
        "closed\".",
        "that, as the water rose, \"the bridge was closed\""}});
  const std::vector<AttributedItem> participle = Extracted(
      "Governor Ana Ruiz said the bridge was closed, blaming the flood.");
  ASSERT_EQ(participle.size(), 1u);
  EXPECT_EQ(participle[0].content, "the bridge was closed");
}

TEST(ContentTest, ConditionOpeningTheReportedClauseBelongsToIt) {
  const std::vector<AttributedItem> with_comma = Extracted(
      "Governor Ana Ruiz said if the council agrees, the bridge will reopen "
      "in May.");
  ASSERT_EQ(with_comma.size(), 1u);
  EXPECT_EQ(with_comma[0].content,
            "if the council agrees, the bridge will reopen in May");
  const std::vector<AttributedItem> without_comma = Extracted(
      "Governor Ana Ruiz said if elected she would reopen the bridge.");
  ASSERT_EQ(without_comma.size(), 1u);
  EXPECT_EQ(without_comma[0].content, "if elected she would reopen the bridge");
  // Set off by commas after the cue, it is still the clause's; how the
  // words were said is not ("said, in a statement, that …").
  ExpectFirstContents(
      {{"Governor Ana Ruiz said, if elected, she would reopen the bridge.",
        "if elected, she would reopen the bridge"},
       {"Governor Ana Ruiz said, in a statement, that she would reopen the "
        "bridge.",
        "that she would reopen the bridge"}});
}

TEST(ContentTest, AsideOnTheSubjectOfTheClauseStaysInIt) {
  // The subject's aside goes on to its verb; after a clause, ", which" is
  // the writer's comment (RelativeClauseAfterACommaIsTheWritersComment).
  const std::vector<AttributedItem> relative = Extracted(
      "Governor Ana Ruiz said the ruling, which struck down the toll, shows "
      "the court is wary.");
  ASSERT_EQ(relative.size(), 1u);
  EXPECT_EQ(relative[0].content,
            "the ruling, which struck down the toll, shows the court is wary");
  const std::vector<AttributedItem> participle = Extracted(
      "The census office says commuters, numbering 1.2 million, outnumbered "
      "residents in 2015.");
  ASSERT_EQ(participle.size(), 1u);
  EXPECT_EQ(participle[0].content,
            "commuters, numbering 1.2 million, outnumbered residents in 2015");
}

TEST(ContentTest, AsideOpenedByAsReportsTheClauseAroundIt) {
  const std::vector<AttributedItem> opening = Extracted(
      "As the Dayton Herald reported on Friday, the bridge will reopen in "
      "May.");
  ASSERT_EQ(opening.size(), 1u);
  EXPECT_EQ(opening[0].speaker_words, "the Dayton Herald");
  EXPECT_EQ(opening[0].content, "the bridge will reopen in May");
  const std::vector<AttributedItem> inside = Extracted(
      "The bridge closed in May, as the Dayton Herald noted, because the "
      "river rose.");
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].content,
            "The bridge closed in May because the river rose");
  // A passive aside names its speaker after "by"; a clause that reports
  // already is no one else's.
  const std::vector<AttributedItem> passive = Extracted(
      "As reported by the Dayton Herald, the bridge will reopen in May.");
  ASSERT_EQ(passive.size(), 1u);
  EXPECT_EQ(passive[0].speaker_words, "the Dayton Herald");
  EXPECT_EQ(passive[0].content, "the bridge will reopen in May");
  const std::vector<AttributedItem> recalled = Extracted(
      "\"We will rebuild the bridge,\" she said, as recalled by Tom Berg.");
  ASSERT_EQ(recalled.size(), 1u);
  EXPECT_EQ(recalled[0].speaker_words, "she");
  // What is proposed is the thing named before, not a clause; a verb that
  // reports only with "that" reports nothing here.
  EXPECT_TRUE(Extracted("The council debated a toll for the bridge, as Ana "
                        "Ruiz proposes.")
                  .empty());
  EXPECT_TRUE(Extracted("The toll rose to 40 on Friday, as rescue teams "
                        "continued.")
                  .empty());
}

TEST(ContentTest, SecondReportAfterAnAuxiliaryEndsTheFirst) {
  const std::vector<AttributedItem> second_report = Extracted(
      "Governor Ana Ruiz said the bridge would reopen but later told "
      "reporters that May was too soon.");
  ASSERT_FALSE(second_report.empty());
  EXPECT_EQ(second_report[0].content, "the bridge would reopen");
  const std::vector<AttributedItem> inside = Extracted(
      "Governor Ana Ruiz said the bridge would reopen but not before May.");
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].content, "the bridge would reopen but not before May");
}

TEST(ContentTest, WritersAsideAfterACommaEndsTheClause) {
  // ", for whom …", ", even though …" and a noun put to the whole clause
  // (", a decision that …") are the writer's; after a name, ", a clerk
  // who …" describes the name.
  ExpectFirstContents(
      {{"Governor Ana Ruiz said she favours Tom Berg, for whom she raised "
        "funds in May.",
        "she favours Tom Berg"},
       {"Governor Ana Ruiz said the bridge would reopen, even though the "
        "river rose.",
        "the bridge would reopen"},
       {"Governor Ana Ruiz said the toll would rise, a decision that the "
        "council opposed.",
        "the toll would rise"},
       {"Governor Ana Ruiz said the council would hire Tom Berg, a clerk "
        "who worked in Dayton.",
        "the council would hire Tom Berg, a clerk who worked in Dayton"}});
}

TEST(ContentTest, AdjunctAfterWhenItWasSaidStandsBeforeThat) {
  ExpectFirstContents(
      {{"Governor Ana Ruiz said earlier on Friday during a news conference "
        "that the toll would rise.",
        "that the toll would rise"},
       {"Governor Ana Ruiz said on Friday during a news conference that the "
        "toll would rise.",
        "that the toll would rise"}});
}

TEST(ContentTest, InnerClauseShowsItsVerbPastAContractionPossessiveOrTitle) {
  // After "and" or "when" a reported clause must show its verb: "it's"
  // is a pronoun with its verb, and neither a plural's possessive mark
  // ("Sanders' attack was …") nor a title's full stop ends the clause.
  ExpectFirstContents(
      {{"The photo was taken in 1996, and Nicklaus said it's one of his "
        "favorite pictures.",
        "it's one of his favorite pictures"},
       {"Ruiz was booed when she said the Bergs' plan was unfair.",
        "the Bergs' plan was unfair"},
       {"While some friends say Mr. Berg would win, others disagree.",
        "Mr. Berg would win"}});
}

TEST(ContentTest, RelativeClauseOnTheSentencesSubjectEndsAtItsComma) {
  // "Berg, who said …, voted …": the main verb is still to come, so the
  // relative clause, and what it reports, end at the comma; closing the
  // sentence, the clause keeps its list.
  ExpectFirstContents(
      {{"Tom Berg, who said the toll was too high, voted against the plan.",
        "the toll was too high"},
       {"The vote went to Tom Berg, who said the toll was too high, unfair "
        "and late.",
        "the toll was too high, unfair and late"},
       // When it was said may stand between the pronoun and the cue.
       {"Tom Berg, who on Friday said the toll was too high, voted against "
        "the plan.",
        "the toll was too high"}});
}

TEST(ContentTest, AdjunctAfterACueInsideTheClauseIsHowItWasSaid) {
  const std::vector<AttributedItem> adjunct = Extracted(
      "The bridge will reopen in May, he said, on condition of anonymity.");
  ASSERT_EQ(adjunct.size(), 1u);
  EXPECT_EQ(adjunct[0].content, "The bridge will reopen in May");
  // With a verb after it, the clause goes on.
  const std::vector<AttributedItem> clause =
      Extracted("Most of the bridges, he said, in the county have closed.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].content, "Most of the bridges in the county have closed");
}

TEST(ContentTest, AccordingToReportsTheMainClauseAroundIt) {
  // After a subordinate clause or a link, the main clause after the source
  // is what it says; after a main clause, that clause.
  ExpectFirstContents(
      {{"While most bridges were closed, according to a council official, "
        "two were reopened in May.",
        "two were reopened in May"},
       {"The town rebuilt the bridge after, according to the mayor, the "
        "state refused to pay.",
        "the state refused to pay"},
       {"Most of the bridges in the county were closed, according to a "
        "council official, until May.",
        "Most of the bridges in the county were closed"},
       {"(According to the council, the bridge will reopen in May.)",
        "the bridge will reopen in May"},
       {"The bridge will reopen in May according to the council, but the "
        "mayor disagrees.",
        "The bridge will reopen in May"}});
}

TEST(ContentTest, AccordingToInsideAClauseReportsBothItsParts) {
  // A phrase with no verb before the source is the start of the clause the
  // aside interrupts; the source's apposition is no part of it.
  ExpectFirstContents(
      {{"At the heart of the delay, according to Ana Ruiz, a former council "
        "member, was a decision by the mayor to wait.",
        "At the heart of the delay was a decision by the mayor to wait"},
       {"The new bridge, according to the report, would cost more than the "
        "old one.",
        "The new bridge would cost more than the old one"}});
}

TEST(ContentTest, AsideBetweenCommasAfterTheCueIsNoPartOfTheClause) {
  const std::vector<AttributedItem> with_that = Extracted(
      "The mayor said, in a statement, that the bridge would reopen.");
  ASSERT_EQ(with_that.size(), 1u);
  EXPECT_EQ(with_that[0].content, "that the bridge would reopen");
  const std::vector<AttributedItem> without_that = Extracted(
      "The mayor said, in a statement, the bridge would reopen in May.");
  ASSERT_EQ(without_that.size(), 1u);
  EXPECT_EQ(without_that[0].content, "the bridge would reopen in May");
  // After the time the words were said, too, and around a quotation.
  const std::vector<AttributedItem> after_time = Extracted(
      "The mayor said Sunday, as the water rose, that the bridge would "
      "reopen.");
  ASSERT_EQ(after_time.size(), 1u);
  EXPECT_EQ(after_time[0].content, "that the bridge would reopen");
  const std::vector<AttributedItem> quoted = Extracted(
      "The mayor said Sunday, in a statement, that \"sadly, the losses are "
      "very high\".");
  ASSERT_EQ(quoted.size(), 1u);
  EXPECT_EQ(quoted[0].kind, "MIXED");
  EXPECT_EQ(quoted[0].content, "that \"sadly, the losses are very high\"");
  // A cue that needs "that", before words opened by "and", reports
  // nothing.
  EXPECT_TRUE(
      Extracted("The drinking continued, and four years later, the bar closed.")
          .empty());
}

TEST(ContentTest, WhomItWasToldAfterTheSpeakerIsNoClauseOfItsOwn) {
  // "told the court in his filing": the person told and how, then the end.
  const std::vector<AttributedItem> found = Extracted(
      "The bridge will reopen in May, he told the court in his filing.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
}

TEST(ContentTest, SecondReportAfterACommaOrADashedParticipleEndsTheFirst) {
  // ", tweeted that …" reports again; ", announced in May," describes the
  // plan; " - noting that …" is the writer's participle.
  ExpectFirstContents(
      {{"Governor Ana Ruiz said the bridge would reopen in May, tweeted "
        "that the toll would stay.",
        "the bridge would reopen in May"},
       {"Governor Ana Ruiz said the plan, announced in May, would cost "
        "five million dollars.",
        "the plan, announced in May, would cost five million dollars"},
       {"Governor Ana Ruiz said the bridge would reopen in May - noting "
        "that the river had fallen.",
        "the bridge would reopen in May"}});
}

TEST(ContentTest, TitleNameOrTimeOfWhomItWasToldIsNoPartOfTheClause) {
  ExpectFirstContents(
      {{"Governor Ana Ruiz told host Tom Berg she would reopen the bridge.",
        "she would reopen the bridge"},
       {"Governor Ana Ruiz told The Herald of Dayton last week she would "
        "reopen the bridge.",
        "she would reopen the bridge"}});
}

TEST(ContentTest, WhatAPollOrAStudyShowsIsItsObject) {
  const std::vector<AttributedItem> found = Extracted(
      "Polls show a close contest in the state.\n\nOne study found the toll "
      "would raise rents for most tenants.\n\n"
      // Not a poll: a noun, and a find that reports nothing.
      "The two taped an hourlong show that aired on Thursday.\n\nPolice "
      "found the car on Monday.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Polls");
  EXPECT_EQ(found[0].content, "a close contest in the state");
  EXPECT_EQ(found[1].content, "the toll would raise rents for most tenants");
}

TEST(ContentTest, PromiseOrRefusalReportsItsInfinitive) {
  const std::vector<AttributedItem> found = Extracted(
      "The mayor vowed to reopen the bridge in May.\n\nThe council declined "
      "to comment.\n\n"
      // A level that fell, not a refusal.
      "Exports declined to a four-year low in May.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "to reopen the bridge in May");
  EXPECT_EQ(found[1].speaker, "council");
  EXPECT_EQ(found[1].content, "to comment");
}

TEST(ContentTest, StanceTakenOnSomethingReportsItsObject) {
  const std::vector<AttributedItem> found = Extracted(
      "The union endorsed the new contract.\n\nThe mayor rejected the "
      "council's plan.\n\n"
      // No object: nothing taken a stance on.
      "The crowd applauded.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "union");
  EXPECT_EQ(found[0].content, "the new contract");
  EXPECT_EQ(found[1].content, "the council's plan");
}

TEST(ContentTest, SpeechActReportsWhatItIsAbout) {
  const std::vector<AttributedItem> found = Extracted(
      "The mayor spoke about the repairs to the bridge.\n\nThe council "
      "proposed a toll on the bridge.\n\n"
      // A participle that proposes nothing.
      "The tolls proposed during the mayor's first term were dropped.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "the repairs to the bridge");
  EXPECT_EQ(found[1].speaker, "council");
  EXPECT_EQ(found[1].content, "a toll on the bridge");
}

TEST(ContentTest, CondemningOrMockingReportsItsObject) {
  const std::vector<AttributedItem> found = Extracted(
      "The mayor condemned the closure of the bridge.\n\nLind mocked the "
      "board for its late report.\n\n"
      // In a relative clause the object is the clause's own.
      "Ruiz spoke about the closure, which Lind condemned.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "the closure of the bridge");
  EXPECT_EQ(found[1].content, "the board for its late report");
}

TEST(ContentTest, PlaceWithItsStateBeforeThatIsNoPartOfTheClause) {
  const std::vector<AttributedItem> found = Extracted(
      "Ruiz says at a campaign stop in Dayton, Ohio, that the toll will "
      "fall.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ruiz");
  EXPECT_EQ(found[0].content, "that the toll will fall");
}

TEST(ContentTest, ParticipleAfterTheCuesCommaLeavesTheClauseBefore) {
  const std::vector<AttributedItem> found = Extracted(
      "The new toll is vague about who would pay, road-safety experts say, "
      "including a rule that could exclude trucks.\n\n"
      // A gerund with its verb goes on with the clause the cue interrupts.
      "Though the first closure was short, he said, closing the bridge again "
      "would be costly.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker_words, "road-safety experts");
  EXPECT_EQ(found[0].content, "The new toll is vague about who would pay");
  EXPECT_EQ(found[1].content,
            "Though the first closure was short closing the bridge again "
            "would be costly");
}

TEST(ContentTest, ParticipleHoldingAQuotationGoesOnWithTheClause) {
  // The words in quotation marks after the participle are the speaker's:
  // they are what was reported.
  const std::vector<AttributedItem> quoted = Extracted(
      "Prime Minister Ana Ruiz said 2,750 tonnes of fertiliser had blown up, "
      "sparking \"a disaster in every sense of the word.\"\n");
  ASSERT_EQ(quoted.size(), 1u);
  EXPECT_EQ(quoted[0].kind, "MIXED");
  EXPECT_EQ(quoted[0].quotation, "a disaster in every sense of the word.");
  // Without one, the participle is the writer's.
  const std::vector<AttributedItem> plain = Extracted(
      "Prime Minister Ana Ruiz said 2,750 tonnes of fertiliser had blown up, "
      "killing dozens of people.\n");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].content, "2,750 tonnes of fertiliser had blown up");
}

TEST(ContentTest, AdjunctAfterTheCueBeforeASubjectPronounIsNoPartOfIt) {
  const std::vector<AttributedItem> found =
      Extracted("Ruiz said after the vote she would not raise the toll.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "she would not raise the toll");
}

TEST(ContentTest, ClauseAfterACommaAndButHasItsOwnSubject) {
  const std::vector<AttributedItem> found = Extracted(
      "The board lowered the toll, but engineers agreed it was still too "
      "high.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "engineers");
  EXPECT_EQ(found[0].content, "it was still too high");
}

TEST(ContentTest, CueRarelyReportingReportsOnlyAClauseWithThat) {
  const std::vector<AttributedItem> found = Extracted(
      "The center maintains a program for young leaders.\n\n"
      "The center maintains that the program works.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "that the program works");
}

TEST(ContentTest, DeniedReportAttributesNothing) {
  const std::vector<AttributedItem> found = Extracted(
      "The mayor did not say that the bridge would reopen.\n\nHer aides "
      "haven't yet said whether the toll will rise.\n\nRuiz never said the "
      "toll was fair.\n\n"
      "The mayor has said that the bridge will reopen.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "that the bridge will reopen");
  // The denial goes on over "and" to a base form, not to a past one.
  EXPECT_TRUE(Extracted("Ruiz didn't come out and say the toll should rise.\n")
                  .empty());
  const std::vector<AttributedItem> past =
      Extracted("Ruiz did not hesitate and said the toll should rise.\n");
  ASSERT_EQ(past.size(), 1u);
  EXPECT_EQ(past[0].speaker, "Ruiz");
}

TEST(ContentTest, PassiveCueReportsNothingOfItsSubject) {
  // "accused by the press of lying" is said of him, not by him; "As
  // reported by the Herald, …" names its speaker after "by".
  const std::vector<AttributedItem> found = Extracted(
      "Berg was suspected of fraud, and accused by the press of lying about "
      "the toll.\n\nAs reported by the Dayton Herald, the toll will rise in "
      "May.\n\n"
      // Nor does its "that" open what the speaker before said.
      "Berg said he would win when asked by a reporter if that was his "
      "view.\n\nRuiz said Berg left his car when asked to do so.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker_words, "the Dayton Herald");
  EXPECT_EQ(found[1].content, "he would win");
  EXPECT_EQ(found[2].content, "Berg left his car when asked to do so");
}

TEST(ContentTest, ReportingVerbInThePassiveHasNoSpeakerInItsSubject) {
  // "were confirmed dead", "was reported missing": what the subject is
  // said to be, by no one named; the active verb reports.
  const std::vector<AttributedItem> found = Extracted(
      "More than 700 people were confirmed dead on Sunday.\n\nThree soldiers "
      "were reported killed in the attack.\n\nTwelve people have been "
      "listed as missing.\n\nThe minister confirmed that 40 people died.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker_words, "The minister");
  EXPECT_EQ(found[0].content, "that 40 people died");
  // "it was stated that …" after a body's statement is that body's.
  const std::vector<AttributedItem> stated = Extracted(
      "The toll rose to 528, the Ministry of Health said on Saturday.\n\nIn "
      "the statement, it was stated that 4,599 people were injured.\n");
  ASSERT_EQ(stated.size(), 2u);
  EXPECT_EQ(stated[1].content, "that 4,599 people were injured");
}

TEST(ContentTest, ReportInAPlaceClauseOrByAWholeGroupIsReported) {
  const std::vector<AttributedItem> found = Extracted(
      "The case went to Dayton, where experts say judges are quick.\n\n"
      "To varying degrees, all agreed that the toll would rise.\n\n"
      "The survey indicates a tightening race.\n\n"
      // Only a piece of evidence indicates what it shows.
      "The mayor indicated a route.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "experts");
  EXPECT_EQ(found[0].content, "judges are quick");
  EXPECT_EQ(found[1].speaker_words, "all");
  EXPECT_EQ(found[2].content, "a tightening race");
}

TEST(ContentTest, BeliefReportsAClauseOpenedByADemonstrativeOrANoun) {
  const std::vector<AttributedItem> found = Extracted(
      "Engineers believe this raises the cost of the bridge.\n\nEngineers "
      "think structural damage is unlikely.\n\n"
      // A belief in something reports no clause.
      "Engineers believe in the bridge.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, "this raises the cost of the bridge");
  EXPECT_EQ(found[1].content, "structural damage is unlikely");
}

TEST(ContentTest, SaidReportsAClauseOpenedByADemonstrativeBeforeItsVerb) {
  const std::vector<AttributedItem> found = Extracted(
      "The engineer said those cracks were new.\n\nThe engineer said there "
      "certainly was more damage.\n\n"
      // What the cue ends on is no clause: "this" is what was said.
      "The engineer said this in a letter to the council.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, "those cracks were new");
  EXPECT_EQ(found[1].content, "there certainly was more damage");
}

TEST(ContentTest, ClauseBeforeASpeakerWhoToldOrBelievesIsWhatTheySaid) {
  const std::vector<AttributedItem> found = Extracted(
      "The bridge will reopen in May, the mayor told her.\n\nThe toll will "
      "fall, council members believe.\n\nThe repairs were late, said several "
      "engineers.\n\n"
      // A clause that goes on after the cue is no report of the one before.
      "The bridge reopened, the mayor told her and traffic returned to the "
      "city within the week.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
  EXPECT_EQ(found[1].content, "The toll will fall");
  EXPECT_EQ(found[2].speaker, "several engineers");
  EXPECT_EQ(found[2].content, "The repairs were late");
}

TEST(ContentTest, WhenWhereAndWhomAfterTheCueKeepTheClauseBeforeIt) {
  const std::vector<AttributedItem> found = Extracted(
      "The bridge will reopen in May, state officials said Friday afternoon, "
      "as crews cleared the last lane.\n\nCars paid 8 percent of the tolls, "
      "the agency said in a June report, and trucks paid the rest.\n\nThe "
      "toll will fall, the mayor told The Dayton Daily News on Thursday.\n\n"
      // Words after the cue that hold a verb are a clause of their own.
      "The toll will fall, the mayor told reporters who asked about the "
      "budget on Thursday.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "state officials");
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
  EXPECT_EQ(found[1].speaker, "agency");
  EXPECT_EQ(found[1].content, "Cars paid 8 percent of the tolls");
  EXPECT_EQ(found[2].speaker, "mayor");
  EXPECT_EQ(found[2].content, "The toll will fall");
}

TEST(ContentTest, WhatWasToldAnAudienceFollowsIt) {
  const std::vector<AttributedItem> found = Extracted(
      "Ana Ruiz told a press conference the toll had risen to 100.\n\n"
      "Ana Ruiz told the BBC the bridge would reopen.\n\n"
      "Ana Ruiz told parliament the talks had failed.\n\n"
      "Ana Ruiz told the 15-member council that aid was on its way.\n");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].content, "the toll had risen to 100");
  // One article opens the audience; the next opens what it was told.
  EXPECT_EQ(found[1].content, "the bridge would reopen");
  EXPECT_EQ(found[2].content, "the talks had failed");
  // A hyphen joins the words of an audience before "that".
  EXPECT_EQ(found[3].content, "that aid was on its way");
}

TEST(ContentTest, PhraseOpeningTheSentenceIsNoClauseBeforeItsSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "Like the mayor, engineers believe in the bridge.\n\nIn Dayton, on the "
      "old bridge, the mayor said so.\n\n"
      // The clause after the opening phrase is what was said.
      "In May, the bridge reopened, the mayor said.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "In May, the bridge reopened");
}

TEST(ContentTest, SaidReportsAClauseOpenedByANumbersQualifier) {
  const std::vector<AttributedItem> found = Extracted(
      "Officials said at least 300 people were killed.\n\nThe agency said "
      "about half of the tolls went unpaid.\n\nPolice said as many as 40 "
      "cars were damaged.\n\nThe mayor said over 20 roads were closed.\n\n"
      // The same words before no number open no clause.
      "The engineer said at the meeting the bridge was safe.\n\nThe "
      "engineer said about the bridge that it was safe.\n");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[0].content, "at least 300 people were killed");
  EXPECT_EQ(found[1].content, "about half of the tolls went unpaid");
  EXPECT_EQ(found[2].content, "as many as 40 cars were damaged");
  EXPECT_EQ(found[3].content, "over 20 roads were closed");
  EXPECT_EQ(found[4].content, "that it was safe");
}

TEST(ContentTest, TimeAloneBeforeASpeakerIsNoClauseOfTheirs) {
  const std::vector<AttributedItem> found = Extracted(
      "A year later, the mayor called the engineer.\n\nThen, last week, "
      "the mayor called.\n\n"
      // A clause after the time is what was said.
      "Last week the bridge reopened, the mayor said.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "Last week the bridge reopened");
}

TEST(ContentTest, PluralNounThatIsACueOpensNoReportBeforeARelativeClause) {
  const std::vector<AttributedItem> found = Extracted(
      "Voters in the four states that held primaries stayed home.\n\nThe "
      "coastal states that have tolls want more bridges.\n\n"
      // The verb before a clause with its own subject reports it.
      "The report states that the bridge was safe.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "report");
  EXPECT_EQ(found[0].content, "that the bridge was safe");
}

TEST(ContentTest, CalledAfterAThingsNounGivesItsNameAndReportsNothing) {
  const std::vector<AttributedItem> found = Extracted(
      "A new group called Safe Bridges Now raised $2 million.\n\nThe mayor "
      "bought a book called \"The Long Span\" last year.\n\nShe joined a "
      "campaign called the Dayton Bridge Fund.\n\n"
      // Said of people, or after "the", it still reports.
      "A spokesman called the plan a disaster.\n\nThe group called the "
      "toll a scandal.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, "the plan a disaster");
  EXPECT_EQ(found[1].content, "the toll a scandal");
}

}  // namespace
}  // namespace factcheck::extract
