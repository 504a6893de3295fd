// Who the subject of a cue is when a sentence offers more than one
// candidate, each a minimal pair from real copy: the subject of a
// subordinate clause, the addressee of a passive, a place or an adverb
// before a comma, a verb or a contraction before the subject.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

TEST(SubjectTest, SubjectOfAPassiveTellingIsWhomItWasToldNotWhoSpoke) {
  // "Berg was told by aides that …", "Berg was asked whether …": the words
  // were addressed to Berg; they are not his.
  for (const char* passive :
       {"Berg was told by aides that the race was over.\n",
        "Berg has been told the race is over.\n",
        "Berg was asked whether the race was over.\n",
        "Berg was repeatedly warned that the bridge would fail.\n",
        "Berg was asked by a reporter, \"Is the race over?\"\n"}) {
    for (const AttributedItem& item : Extracted(passive)) {
      EXPECT_NE(item.speaker, "Berg") << passive;
    }
  }
  // In the active voice he speaks.
  const std::vector<AttributedItem> active =
      Extracted("Berg told aides that the race was over.\n");
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].speaker, "Berg");
}

TEST(SubjectTest, SecondVerbOfAClauseSharesTheClausesSubject) {
  // "when Berg spotted a sign and said …": the subject of the clause the
  // first verb is in, not of the sentence.
  const std::vector<AttributedItem> clause = Extracted(
      "The crowd cheered when Berg spotted a sign and said it was great.\n");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].speaker, "Berg");
  const std::vector<AttributedItem> sentence = Extracted(
      "When Berg arrived, the crowd cheered and said it was great.\n");
  ASSERT_EQ(sentence.size(), 1u);
  EXPECT_EQ(sentence[0].speaker, "crowd");
}

TEST(SubjectTest, ParticipleAfterWhomTheSpeakerToldIsTheSpeakers) {
  // '"…," Berg tells Dayton News, responding to …': Dayton News is whom
  // he told; '"…," said Dayton News, responding' names the speaker.
  const std::vector<AttributedItem> told = Extracted(
      "\"She is not fit to serve,\" Berg tells Dayton News, responding to "
      "reports that the emails were secret.\n");
  for (const AttributedItem& item : told) {
    EXPECT_EQ(item.speaker, "Berg") << item.content;
  }
  const std::vector<AttributedItem> said = Extracted(
      "\"She is not fit to serve,\" said Dayton News, responding to reports "
      "that the emails were secret.\n");
  for (const AttributedItem& item : said) {
    EXPECT_EQ(item.speaker, "Dayton News") << item.content;
  }
  EXPECT_EQ(told.size(), said.size());
}

TEST(SubjectTest, PlaceOrAdverbBeforeACommaIsNoSpeaker) {
  // A place between commas is an aside's ("in Aurora, Colorado, in July
  // 2012,"), and an opening adverb or phrase leads to the subject after
  // its comma; neither speaks.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Ana Ruiz, who lost her daughter in a flood in Dayton, Ohio, in July "
       "2012, said that the levee had failed.",
       "Ana Ruiz"},
      {"There, the district chairman Tom Berg declined to name the "
       "delegates but said one was a supporter of the toll.",
       "Tom Berg"}};
  for (const auto& [text, speaker] : cases) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(found.back().speaker, speaker) << text;
  }
  for (const char* text :
       {"Inside the hall, Governor Tom Berg on Tuesday dismissed the plan, "
        "arguing that the toll was unfair.",
        "There are reports that the levee failed."}) {
    for (const AttributedItem& item : Extracted(text)) {
      EXPECT_NE(item.speaker, "Inside") << text;
      EXPECT_NE(item.speaker, "There") << text;
    }
  }
}

TEST(SubjectTest, TimeSetOffByACommaOpensTheSentenceNoSpeaker) {
  // "A month later, he paid …", "Eight years ago, he supported …": the
  // subject follows the time's comma.
  for (const char* time : {"A month later", "Eight years ago", "The next day",
                           "A few days later"}) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("Tom Berg spoke in June.\n\n", time,
                     ", Ana Ruiz toured the bridge and said that the toll "
                     "was unfair.\n"));
    ASSERT_FALSE(found.empty()) << time;
    EXPECT_EQ(found.back().speaker, "Ana Ruiz") << time;
  }
}

TEST(SubjectTest, HomeTownAndStateAfterOfAreTheSubjectsNotTheSpeaker) {
  // "Stacy Baker of Columbia, South Carolina says": the state ends the
  // subject but speaks for no one; set off by a comma too.
  for (const char* home : {"Tom Hale of Columbia, Missouri says",
                           "Tom Hale of Columbia, Missouri, says",
                           "Tom Hale from Sumter, South Carolina says"}) {
    const std::vector<AttributedItem> found =
        Extracted(std::string(home) + " the vote is close.\n");
    ASSERT_EQ(found.size(), 1u) << home;
    EXPECT_EQ(found[0].speaker, "Tom Hale") << home;
  }
  // An apposition's home is the apposition's: its name speaks.
  const std::vector<AttributedItem> apposition = Extracted(
      "Tom Hale, a salesman from Sumter, South Carolina, says the vote is "
      "close.\n");
  ASSERT_EQ(apposition.size(), 1u);
  EXPECT_EQ(apposition[0].speaker, "Tom Hale");
}

TEST(SubjectTest, NegatedVerbOrTheVerbBeforeIsNoPartOfTheSubject) {
  // "Dayton hasn't disclosed …, but says …": the contraction is a verb;
  // "protests that saw angry residents blame …": so is the clause's verb
  // before the subject.
  const std::vector<AttributedItem> negated = Extracted(
      "Dayton hasn\xE2\x80\x99t disclosed its losses, but says 60 people "
      "have died.\n");
  ASSERT_EQ(negated.size(), 1u);
  EXPECT_EQ(negated[0].speaker, "Dayton");
  const std::vector<AttributedItem> saw = Extracted(
      "Power returned after protests that saw angry residents blame the "
      "mayor for the flood.\n");
  ASSERT_EQ(saw.size(), 1u);
  EXPECT_EQ(saw[0].speaker, "angry residents");
  // A disaster opening a headline confirms nothing.
  EXPECT_TRUE(Extracted("Hurricane Ana confirmed deaths reach 118\n\nThe "
                        "storm hit Dayton.\n")
                  .empty());
  const std::vector<AttributedItem> relative =
      Extracted("Residents who saw the flood said the levee failed.\n");
  ASSERT_EQ(relative.size(), 1u);
  EXPECT_EQ(relative[0].speaker, "Residents");
}

TEST(SubjectTest, SubjectQuotedAsSayingSpeaks) {
  for (const char* text :
       {"\"We lack body bags,\" Mayor Ana Ruiz was quoted as saying.\n",
        "\"We lack body bags,\" Mayor Ana Ruiz was quoted as saying by a "
        "news website.\n"}) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].speaker, "Ana Ruiz") << text;
    EXPECT_EQ(found[0].content, "We lack body bags") << text;
  }
  // With the agent between: the agent passes the words on.
  const std::vector<AttributedItem> agent = Extracted(
      "\"We lack body bags,\" Mayor Ana Ruiz was quoted by the city's "
      "newspaper Kompas as saying.\n");
  ASSERT_EQ(agent.size(), 1u);
  EXPECT_EQ(agent[0].speaker, "Ana Ruiz");
  EXPECT_EQ(agent[0].content, "We lack body bags");
  const std::vector<AttributedItem> indirect = Extracted(
      "Mayor Ana Ruiz was quoted as saying that rescuers lack body bags.\n");
  ASSERT_EQ(indirect.size(), 1u);
  EXPECT_EQ(indirect[0].speaker, "Ana Ruiz");
}

TEST(SubjectTest, OneAPaperQuotedSpeaksNotThePaper) {
  // '"…," the Telegraph quoted Justine Greening', "Xinhua quoted the
  // minister as saying 30 people died": the cue's object said the words,
  // its subject passed them on (after "as saying", and its "that", comes
  // what was said, across an apposition). A paper that said them itself
  // speaks, and so does one quoted in the passive.
  struct Case {
    const char* text;
    const char* speaker;
    const char* content;
  };
  const Case cases[] = {
      {"\"We lack body bags,\" the Dayton Herald quoted Mayor Ana Ruiz.\n",
       "Ana Ruiz", "We lack body bags"},
      {"\"We lack body bags,\" the Dayton Herald quoted Mayor Ana Ruiz as "
       "saying.\n",
       "Ana Ruiz", "We lack body bags"},
      {"\"We lack body bags,\" the Dayton Herald said.\n", "Dayton Herald",
       "We lack body bags"},
      {"\"We lack body bags,\" Mayor Ana Ruiz is quoted as saying.\n",
       "Ana Ruiz", "We lack body bags"},
      {"The state news agency quoted Mayor Ana Ruiz as saying that eight "
       "people drowned.\n",
       "Ana Ruiz", "eight people drowned"},
      {"The Dayton Herald quoted Mayor Ana Ruiz, who toured the town, as "
       "saying eight people drowned.\n",
       "Ana Ruiz", "eight people drowned"}};
  for (const Case& quoted : cases) {
    const std::vector<AttributedItem> found = Extracted(quoted.text);
    ASSERT_EQ(found.size(), 1u) << quoted.text;
    EXPECT_EQ(found[0].speaker, quoted.speaker) << quoted.text;
    EXPECT_EQ(found[0].content, quoted.content) << quoted.text;
  }
  // A quoting with no "as saying" reports nothing.
  EXPECT_TRUE(
      Extracted("The Dayton Herald quoted Mayor Ana Ruiz in its report.\n")
          .empty());
}

}  // namespace
}  // namespace factcheck::extract
