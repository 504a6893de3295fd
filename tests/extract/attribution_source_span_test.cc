// How the text names a speaker: the words of a claim's speaker span, as
// news annotation (PolNeAR) marks a source.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

// The speaker words of the one claim found in `text`.
std::string SpeakerWords(const std::string& text) {
  const std::vector<AttributedItem> found = Extracted(text);
  if (found.size() != 1) return "<" + std::to_string(found.size()) + " claims>";
  return found[0].speaker_words;
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
  const std::vector<AttributedItem> found = Extracted(
      "The council heard from Ana Ruiz, who said the bridge would reopen in "
      "May.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].speaker_words, "who");
  EXPECT_EQ(found[0].content, "the bridge would reopen in May");
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

}  // namespace
}  // namespace factcheck::extract
