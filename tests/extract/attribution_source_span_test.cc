// How the text names a speaker: the words of a claim's speaker span, as
// news annotation (PolNeAR) marks a source.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

// The one claim found in `text`; one whose speaker words say how many were
// found when that is not one.
AttributedItem OnlyClaim(const std::string& text) {
  const std::vector<AttributedItem> found = Extracted(text);
  if (found.size() == 1) return found[0];
  AttributedItem none;
  none.speaker_words = "<" + std::to_string(found.size()) + " claims>";
  return none;
}

// The speaker words of the one claim found in `text`.
std::string SpeakerWords(const std::string& text) {
  return OnlyClaim(text).speaker_words;
}

TEST(SourceSpanTest, CommaClosingAnAppositionBeforeTheCueBelongsToTheSource) {
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor of Dayton, said the bridge "
                         "would reopen in May."),
            "Ana Ruiz, the mayor of Dayton,");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" Ana Ruiz, the "
                         "mayor of Dayton, said."),
            "Ana Ruiz, the mayor of Dayton,");
  // Without an apposition the name is all.
  EXPECT_EQ(SpeakerWords("Ana Ruiz said the bridge would reopen in May."),
            "Ana Ruiz");
}

TEST(SourceSpanTest, AdverbialBetweenTheNameAndTheCueIsNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("Ana Ruiz, meanwhile, said the bridge would reopen "
                         "in May."),
            "Ana Ruiz");
  EXPECT_EQ(SpeakerWords("Ana Ruiz, in a statement, said the bridge would "
                         "reopen in May."),
            "Ana Ruiz");
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor, said the bridge would reopen "
                         "in May."),
            "Ana Ruiz, the mayor,");
}

TEST(SourceSpanTest, NameOpeningSeveralAppositionsSpeaksWithThem) {
  EXPECT_EQ(SpeakerWords("Ana Ruiz, 58, who grew up in Dayton, Ohio, said "
                         "the bridge would reopen in May."),
            "Ana Ruiz, 58, who grew up in Dayton, Ohio,");
  // The body a title names is not the speaker, nor is a clause about it
  // how the text names her.
  EXPECT_EQ(SpeakerWords("Tom Berg, a spokesman for Harbor Bank, which owns "
                         "the bridge, said it would reopen in May."),
            "Tom Berg, a spokesman for Harbor Bank,");
}

TEST(SourceSpanTest, HeadBeforeItsPrepositionalPhraseSpeaksWithIt) {
  EXPECT_EQ(SpeakerWords("A spokesman for Harbor Bank said the bridge would "
                         "reopen in May."),
            "A spokesman for Harbor Bank");
  EXPECT_EQ(SpeakerWords("A member of the family said: \"The bridge will "
                         "reopen in May.\""),
            "A member of the family");
}

TEST(SourceSpanTest, RelativePronounAfterACommaSpeaksForThePersonBefore) {
  const AttributedItem claim = OnlyClaim(
      "The council heard from Ana Ruiz, who said the bridge would reopen in "
      "May.");
  EXPECT_EQ(claim.speaker, "Ana Ruiz");
  EXPECT_EQ(claim.speaker_words, "who");
  EXPECT_EQ(claim.content, "the bridge would reopen in May");
}

TEST(SourceSpanTest, PlaceOrBodyANameAfterTheCueIsOfBelongsToTheSource) {
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Sen. Ana "
                         "Ruiz of Ohio."),
            "Sen. Ana Ruiz of Ohio");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Tom Berg "
                         "of the Harbor Council, a group of builders."),
            "Tom Berg of the Harbor Council, a group of builders");
  // Not what the name spoke of.
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Tom Berg "
                         "of the plan."),
            "Tom Berg");
}

TEST(SourceSpanTest, WordsAHyphenOrSlashJoinsStayInTheSource) {
  EXPECT_EQ(SpeakerWords("In Dayton, Republican front-runner Ana Ruiz said "
                         "the bridge would reopen in May."),
            "Republican front-runner Ana Ruiz");
  EXPECT_EQ(SpeakerWords("In Dayton, a Harbor/Bay poll found that the bridge "
                         "should reopen."),
            "a Harbor/Bay poll");
  EXPECT_EQ(SpeakerWords("In Dayton, 17-year-old Ana Ruiz said the bridge "
                         "would reopen in May."),
            "17-year-old Ana Ruiz");
}

TEST(SourceSpanTest, ParticipleAfterTheAppositionsAfterTheCueEndsTheSource) {
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Ana Ruiz, "
                         "a professor at Dayton College, referring to the "
                         "plan."),
            "Ana Ruiz, a professor at Dayton College,");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Ana Ruiz, "
                         "a professor at Dayton College."),
            "Ana Ruiz, a professor at Dayton College");
}

TEST(SourceSpanTest, RelativeClauseThatReportsIsNoPartOfTheSource) {
  const std::vector<AttributedItem> found = Extracted(
      "\"The bridge will reopen in May,\" said Ana Ruiz, who "
      "stressed that the toll would stay.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].speaker_words, "Ana Ruiz");
  // One that describes her is how the text names her.
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Ana Ruiz, "
                         "who grew up in Dayton."),
            "Ana Ruiz, who grew up in Dayton");
}

TEST(SourceSpanTest, SubjectOfTwoConjunctsSpeaksWhole) {
  EXPECT_EQ(SpeakerWords("Experts on bridges and road safety said the toll "
                         "would rise."),
            "Experts on bridges and road safety");
  EXPECT_EQ(SpeakerWords("The former mayor and state senator said the toll "
                         "would rise."),
            "The former mayor and state senator");
}

TEST(SourceSpanTest, MembersNamedAfterAGroupBelongToTheSource) {
  EXPECT_EQ(SpeakerWords("Ferry unions, including the Harbor Workers Union, "
                         "have urged the board to act."),
            "Ferry unions, including the Harbor Workers Union,");
}

TEST(SourceSpanTest, StudyWithItsAuthorsOrItsRelativeClauseSpeaksWhole) {
  EXPECT_EQ(SpeakerWords("A 2014 study by Dayton College and the University "
                         "of Ohio found that the toll was too high."),
            "A 2014 study by Dayton College and the University of Ohio");
  EXPECT_EQ(SpeakerWords("A 2014 study that appeared in the Dayton Review "
                         "found that the toll was too high."),
            "A 2014 study that appeared in the Dayton Review");
}

TEST(SourceSpanTest, NameAfterAnOpeningAdjunctWithoutItsCommaSpeaks) {
  EXPECT_EQ(SpeakerWords("In a speech Mrs. Ruiz said the toll would fall."),
            "Mrs. Ruiz");
  EXPECT_EQ(SpeakerWords("During a long interview Ruiz said the toll would "
                         "fall."),
            "Ruiz");
}

TEST(SourceSpanTest, FocusWordOrAdverbAroundTheSubjectIsNoPartOfIt) {
  EXPECT_EQ(SpeakerWords("Even Dayton, the state's largest city, opened the "
                         "bridge and urged drivers to slow down."),
            "Dayton, the state's largest city,");
  EXPECT_EQ(SpeakerWords("Engineers almost universally expressed doubt about "
                         "the bridge."),
            "Engineers");
}

TEST(SourceSpanTest, AppositionAboutThePlaceOfATitleIsNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("\"The toll is fair,\" Ana Ruiz, the attorney "
                         "general of Ohio, one of the states suing the board, "
                         "said."),
            "Ana Ruiz, the attorney general of Ohio,");
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor of Dayton, a city of 140,000 "
                         "people, said the toll was fair."),
            "Ana Ruiz, the mayor of Dayton,");
  // One that describes the person stays.
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor of Dayton, who grew up there, "
                         "said the toll was fair."),
            "Ana Ruiz, the mayor of Dayton, who grew up there,");
}

TEST(SourceSpanTest, DatelineBeforeSpacedHyphensIsNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("DAYTON -- Mayor Ana Ruiz, opening the bridge on "
                         "Saturday, said it would carry 9,000 cars a day."),
            "Mayor Ana Ruiz");
}

TEST(SourceSpanTest, EvidenceWithItsOriginSpeaksInASubordinateClause) {
  EXPECT_EQ(SpeakerWords("The debate grew after leaked records from the "
                         "city's 2019 budget showed the toll had doubled."),
            "leaked records from the city's 2019 budget");
}

TEST(SourceSpanTest, MonthEndingANameBelongsToTheSource) {
  EXPECT_EQ(SpeakerWords("Prime Minister Theresa May said the bridge would "
                         "reopen."),
            "Prime Minister Theresa May");
  // A month after the name dates what was said.
  EXPECT_EQ(SpeakerWords("The mayor in May said the bridge would reopen."),
            "The mayor");
}

TEST(SourceSpanTest, MarksBeforeTheNameAreNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("The council met on Monday (Ana Ruiz said it was "
                         "short)."),
            "Ana Ruiz");
  EXPECT_EQ(SpeakerWords("-Ana Ruiz says the bridge will reopen in May."),
            "Ana Ruiz");
  for (const AttributedItem& item :
       Extracted("''We will win,'' Ana Ruiz said, adding that the bridge "
                 "would reopen in May.")) {
    EXPECT_EQ(item.speaker_words, "Ana Ruiz") << item.content;
  }
}

TEST(SourceSpanTest, AccordingToNamesItsSourceWithTheMarksOfItsName) {
  EXPECT_EQ(SpeakerWords("The bridge will reopen in May, according to Ruiz's "
                         "memo."),
            "Ruiz's memo");
  EXPECT_EQ(SpeakerWords("The bridge will reopen in May according to a "
                         "Harbor-Bay survey."),
            "a Harbor-Bay survey");
  EXPECT_EQ(SpeakerWords("But according to the council, the bridge will "
                         "reopen in May."),
            "the council");
  const AttributedItem inside = OnlyClaim(
      "The plan, according to the council, will cost the town five million "
      "dollars.");
  EXPECT_EQ(inside.speaker_words, "the council");
  EXPECT_EQ(inside.content, "The plan will cost the town five million dollars");
  // A verb ends the source; a relative clause may hold one.
  for (const AttributedItem& item :
       Extracted("The death toll according to the ministry is at least 52, "
                 "while 40 were injured.")) {
    EXPECT_EQ(item.speaker_words.find(" is "), std::string::npos)
        << item.speaker_words;
  }
  EXPECT_EQ(SpeakerWords("The bridge will reopen in May, according to "
                         "officials who were not authorized to speak."),
            "officials who were not authorized to speak");
  // A title quoted inside the source is part of its name.
  EXPECT_EQ(SpeakerWords("The plan would cost two million dollars, according "
                         "to the \"Bridges First\" plan she released."),
            "the \"Bridges First\" plan she released");
}

TEST(SourceSpanTest, FocusAdverbBeforeTheSubjectIsNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("Even the mayor of Dayton says the bridge will "
                         "reopen in May."),
            "the mayor of Dayton");
  EXPECT_EQ(SpeakerWords("Now Ana Ruiz says the bridge will reopen in May."),
            "Ana Ruiz");
}

TEST(SourceSpanTest, BeliefOrReportInsideTheClauseAfterItsSubjectSpeaks) {
  const AttributedItem one_word =
      OnlyClaim("Tolls, Ana Ruiz said, will pay for the bridge.");
  EXPECT_EQ(one_word.speaker_words, "Ana Ruiz");
  EXPECT_EQ(one_word.content, "Tolls will pay for the bridge");
  const AttributedItem belief =
      OnlyClaim("The new bridge, Ana Ruiz believes, will open in May.");
  EXPECT_EQ(belief.speaker_words, "Ana Ruiz");
  EXPECT_EQ(belief.content, "The new bridge will open in May");
}

TEST(SourceSpanTest, SubjectWithoutANameSpeaksAcrossTheWordsSetOffAfterIt) {
  EXPECT_EQ(SpeakerWords("A city official, who asked not to be named, said "
                         "the bridge would reopen in May."),
            "A city official, who asked not to be named,");
  EXPECT_EQ(SpeakerWords("Supporters of the toll, on the other hand, argued "
                         "that it was fair."),
            "Supporters of the toll");
}

TEST(SourceSpanTest, SubjectAfterAnOpeningAdverbialSpeaksAcrossItsAsides) {
  // "Earlier this week," opens the sentence and says when: the subject
  // after it speaks, with its aside, and the adverbial is nobody's words.
  const AttributedItem wrote = OnlyClaim(
      "Earlier this week, city officials on the council, along with two "
      "mayors, wrote that the bridge would reopen in May.");
  EXPECT_EQ(wrote.speaker_words,
            "city officials on the council, along with two mayors,");
  EXPECT_EQ(wrote.content, "that the bridge would reopen in May");
  EXPECT_EQ(SpeakerWords("City officials on the council, along with two "
                         "mayors, wrote that the bridge would reopen in May."),
            "City officials on the council, along with two mayors,");
  // Nor is it what a participle after the verb reports.
  const AttributedItem urging = OnlyClaim(
      "Earlier this week, city officials on the council, along with two "
      "mayors, also wrote to the governor, urging the state to reopen the "
      "bridge.");
  EXPECT_EQ(urging.speaker_words,
            "city officials on the council, along with two mayors,");
  EXPECT_EQ(urging.content, "the state to reopen the bridge");
}

TEST(SourceSpanTest, SentenceSubjectOfAParticipleSpeaksWithItsAppositions) {
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor of Dayton, spoke on Monday, "
                         "saying that the bridge would reopen in May."),
            "Ana Ruiz, the mayor of Dayton,");
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor of Dayton, visited the site and "
                         "said that the bridge would reopen in May."),
            "Ana Ruiz, the mayor of Dayton,");
}

TEST(SourceSpanTest, SentenceSubjectRunsOverItsNounsToTheVerb) {
  EXPECT_EQ(SpeakerWords("The Ruiz campaign pushed back on Monday, saying "
                         "that the bridge would reopen in May."),
            "The Ruiz campaign");
  EXPECT_EQ(SpeakerWords("Harbor council member Ana Ruiz quickly took to "
                         "the radio, saying that the bridge would reopen."),
            "Harbor council member Ana Ruiz");
}

TEST(SourceSpanTest, AgeOrAnAppositionOpeningWithAnAdverbDescribesTheSpeaker) {
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Ana Ruiz, "
                         "24."),
            "Ana Ruiz, 24");
  EXPECT_EQ(SpeakerWords("Ana Ruiz, also a member of the council, said the "
                         "bridge would reopen in May."),
            "Ana Ruiz, also a member of the council,");
}

TEST(SourceSpanTest, LowerCaseTitleBeforeTheNameBelongsToTheSource) {
  EXPECT_EQ(SpeakerWords("On Sunday, former Mayor Ana Ruiz said: \"The "
                         "bridge will reopen in May.\""),
            "former Mayor Ana Ruiz");
  EXPECT_EQ(SpeakerWords("On Sunday, columnist Ana Ruiz wrote: \"The bridge "
                         "will reopen in May.\""),
            "columnist Ana Ruiz");
}

TEST(SourceSpanTest, DotsOfInitialsLeaveALongTitleItsNameBeforeTheCue) {
  // Nine words of title and name, before the cue or after a quotation:
  // "U.N." counts as one word, as "UN" does.
  for (const char* body : {"UN", "U.N."}) {
    const std::string title =
        std::string(body) + " Special Envoy for Syria Ana Ruiz";
    EXPECT_EQ(SpeakerWords(title + " said the talks would resume."), title)
        << body;
    const AttributedItem quoted =
        OnlyClaim("\"The talks will resume,\" " + title + " said.");
    EXPECT_EQ(quoted.speaker_words, title) << body;
    EXPECT_EQ(quoted.speaker, "Ana Ruiz") << body;
  }
}

TEST(SourceSpanTest, PeriodEndingTheSentenceAfterAnAbbreviationIsItsToo) {
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Tom Berg "
                         "Jr."),
            "Tom Berg Jr.");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Ana Ruiz, "
                         "head of the D.B.A."),
            "Ana Ruiz, head of the D.B.A.");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Ana "
                         "Ruiz."),
            "Ana Ruiz");
}

TEST(SourceSpanTest, RelativePronounReportsAClauseOpenedByThat) {
  EXPECT_EQ(OnlyClaim("The council heard from Ana Ruiz, who noted that the "
                      "bridge would reopen in May.")
                .content,
            "that the bridge would reopen in May");
}

TEST(SourceSpanTest, OneOfAGroupSpeaks) {
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" one council "
                         "member said."),
            "one council member");
}

TEST(SourceSpanTest, NestedQuotationsClosingMarkIsNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("''We are told all the time, 'the bridge is "
                         "safe,''' Ana Ruiz said."),
            "Ana Ruiz");
}

TEST(SourceSpanTest, AdverbBeforeTheCueIsNoPartOfTheSource) {
  EXPECT_EQ(SpeakerWords("Tax experts generally praised the plan, saying it "
                         "would help small firms."),
            "Tax experts");
  EXPECT_EQ(SpeakerWords("Ana Ruiz has long said that the bridge would "
                         "reopen in May."),
            "Ana Ruiz");
  // A noun that ends in -ly is the speaker's own word.
  EXPECT_EQ(SpeakerWords("The family said the bridge would reopen in May."),
            "The family");
}

TEST(SourceSpanTest, PartyAndStateInBracketsBelongToTheSource) {
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" Rep. Ana Maria "
                         "Ruiz (D-Ohio) said."),
            "Rep. Ana Maria Ruiz (D-Ohio)");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Rep. Ana "
                         "Ruiz (D-Ohio)."),
            "Rep. Ana Ruiz (D-Ohio)");
  // Words in brackets that are no party are not her name.
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" said Rep. Ana "
                         "Ruiz (who chairs the panel)."),
            "Rep. Ana Ruiz");
}

TEST(SourceSpanTest, LowerCaseWordsOpeningAClauseAreAllTheSubjects) {
  EXPECT_EQ(SpeakerWords("The bridge may reopen, although few engineers "
                         "believe that it is safe."),
            "few engineers");
  EXPECT_EQ(SpeakerWords("After city engineers insisted that the bridge was "
                         "safe, it reopened."),
            "city engineers");
}

TEST(SourceSpanTest, TitlesHeadBeforeItsPrepositionBelongsToTheNamedSource) {
  EXPECT_EQ(SpeakerWords("One of the family's lawyers, Ana Ruiz, said the "
                         "bridge would reopen in May."),
            "One of the family's lawyers, Ana Ruiz,");
  EXPECT_EQ(SpeakerWords("The family's lawyer, Ana Ruiz, said the bridge "
                         "would reopen in May."),
            "The family's lawyer, Ana Ruiz,");
}

TEST(SourceSpanTest, WhichOrWhoBeforeAnAuxiliarySpeaksForTheNameBefore) {
  const AttributedItem which = OnlyClaim(
      "The fine came from the Harbor Commission, which contended that the "
      "bridge was unsafe.");
  EXPECT_EQ(which.speaker, "Harbor Commission");
  EXPECT_EQ(which.speaker_words, "which");
  EXPECT_EQ(which.content, "that the bridge was unsafe");
  const AttributedItem who = OnlyClaim(
      "The council heard from Ana Ruiz, who has argued that the bridge is "
      "unsafe.");
  EXPECT_EQ(who.speaker, "Ana Ruiz");
  EXPECT_EQ(who.content, "that the bridge is unsafe");
  // A relative clause that reports nothing.
  EXPECT_EQ(SpeakerWords("The rule, which took effect in May, cut costs."),
            "<0 claims>");
}

TEST(SourceSpanTest, TimeAfterAParticipleIsTheSourcesOwn) {
  EXPECT_EQ(SpeakerWords("A report released last year found that the bridge "
                         "was unsafe."),
            "A report released last year");
  // After the name it is when the words were written.
  EXPECT_EQ(SpeakerWords("The Dayton Herald on Saturday wrote that the "
                         "bridge was unsafe."),
            "The Dayton Herald");
}

TEST(SourceSpanTest, PartyAfterTheSubjectOfAParticipleBelongsToIt) {
  const std::vector<AttributedItem> found = Extracted(
      "Sen. Ana Ruiz (R-Ohio) said the bridge was safe, arguing that the "
      "council had delayed it.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker_words, "Sen. Ana Ruiz (R-Ohio)");
  EXPECT_EQ(found[1].content, "that the council had delayed it");
}

TEST(SourceSpanTest, ComparisonSetOffAfterTheNameIsNoApposition) {
  EXPECT_EQ(SpeakerWords("Democratic candidate Ana Ruiz, like the mayor, said "
                         "the bridge was safe."),
            "Democratic candidate Ana Ruiz");
  EXPECT_EQ(SpeakerWords("Democratic candidate Ana Ruiz, a former mayor, said "
                         "the bridge was safe."),
            "Democratic candidate Ana Ruiz, a former mayor,");
}

TEST(SourceSpanTest, PlaceOfADescriptionEndingTheSentenceBelongsToTheSource) {
  EXPECT_EQ(SpeakerWords("The meeting went badly, said one engineer in the "
                         "room."),
            "one engineer in the room");
  // A time is when it was said.
  EXPECT_EQ(SpeakerWords("\"The meeting went badly,\" said one engineer on "
                         "Tuesday."),
            "one engineer");
}

}  // namespace
}  // namespace factcheck::extract
