// Where a person's name begins and ends in real copy, each a minimal pair:
// "and" between two people's names, a sentence's stop after a short
// surname, a name in an apposition with the body it belongs to.
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

TEST(NameRunTest, AndAfterAWholeNameOpensAnotherPersonsName) {
  // "Governor Ron Dale and Ana Ruiz": the title is Ron Dale's, not Ana
  // Ruiz's.
  const std::vector<AttributedItem> governor = Extracted(
      "Governor Ron Dale and Ana Ruiz toured the town.\n\n\"We will "
      "rebuild,\" the governor said.");
  ASSERT_EQ(governor.size(), 1u);
  EXPECT_EQ(governor[0].speaker, "Ron Dale");
  // Husband and wife, each titled: the president is he, and their surname
  // alone names neither.
  const std::vector<AttributedItem> couple = Extracted(
      "President Joe Biden and First Lady Jill Biden visited the town.\n\n"
      "\"They are going through hell,\" Biden said. \"We will rebuild,\" the "
      "president said.");
  ASSERT_EQ(couple.size(), 2u);
  EXPECT_EQ(couple[0].speaker, "Biden");
  EXPECT_EQ(couple[1].speaker, "Joe Biden");
}

TEST(NameRunTest, StopAfterAShortSurnameEndsTheName) {
  // "Paul Ryan. He said": the next sentence's first word is no part of the
  // name, unlike the stop of a title's abbreviation ("Sen. Ana Ruiz").
  const std::vector<AttributedItem> found = Extracted(
      "Just look at House Speaker Paul Ryan. He said the bill would pass.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Paul Ryan");
  const std::vector<AttributedItem> titled =
      Extracted("Just look at Sen. Ana Ruiz. She said the bill would pass.\n");
  ASSERT_EQ(titled.size(), 1u);
  EXPECT_EQ(titled[0].speaker, "Ana Ruiz");
}

TEST(NameRunTest, NameInAnAppositionBeforeItsBodySpeaks) {
  // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist
  // Church, said": the pastor named after the comma, not the man the
  // description names.
  for (const char* apposition :
       {"Darran Whiting", "Darran Whiting of Liberty Baptist Church"}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "Mr. Cruz spoke on Monday.\n\nOne pastor supporting Mr. Cruz, ",
        apposition, ", said he had made 150 calls.\n"));
    ASSERT_EQ(found.size(), 1u) << apposition;
    EXPECT_EQ(found[0].speaker, "Darran Whiting") << apposition;
  }
}

TEST(NameRunTest, FirstWordAloneNamesThePersonItOpens) {
  // "Yoon Hee-keun", then "Yoon": a surname written first.
  const std::vector<AttributedItem> found = Extracted(
      "National police chief Yoon Hee-keun apologized on Tuesday.\n\n\"We "
      "will investigate,\" Yoon said.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Yoon Hee-keun");
  // Two people's first word names neither.
  const std::vector<AttributedItem> two = Extracted(
      "President Yoon Suk-yeol met police chief Yoon Hee-keun.\n\n\"We "
      "will investigate,\" Yoon said.\n");
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(two[0].speaker, "Yoon");
  // The last word of a longer name, or a surname after a known given
  // name, is another person's.
  const std::vector<AttributedItem> longer = Extracted(
      "Win Htein spoke on Monday.\n\n\"We won,\" said Khin Zaw Win, an "
      "activist.\n");
  ASSERT_EQ(longer.size(), 1u);
  EXPECT_EQ(longer[0].speaker, "Khin Zaw Win");
  const std::vector<AttributedItem> surname = Extracted(
      "Governor Jack Dalrymple spoke on Monday.\n\n\"We won,\" said Brian "
      "Jack, a strategist.\n");
  ASSERT_EQ(surname.size(), 1u);
  EXPECT_EQ(surname[0].speaker, "Brian Jack");
}

TEST(NameRunTest, FirstNameInsideAQuotationIsNoMention) {
  // '"Donald is very thin-skinned," she said': the speaker's familiar word
  // for Donald Trump leaves "she" the woman who spoke.
  const std::vector<AttributedItem> found = Extracted(
      "\"Anybody who attacks him pays,\" said Louise Sunshine, who has known "
      "Donald Trump since 1970.\n\n\"Donald is very thin-skinned,\" she "
      "said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker, "Louise Sunshine");
}

TEST(NameRunTest, NicknameInQuotationMarksIsInsideTheName) {
  // "President Joko \"Jokowi\" Widodo": "he" is Widodo, not a "Joko" cut
  // off at the nickname.
  const std::vector<AttributedItem> found = Extracted(
      "President Joko \"Jokowi\" Widodo visited the stadium on Wednesday.\n\n"
      "\"I want to know the root of the problem,\" he said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Widodo");
  const std::vector<AttributedItem> given = Extracted(
      "President Joko visited the stadium on Wednesday.\n\n"
      "\"I want to know the root of the problem,\" he said.");
  ASSERT_EQ(given.size(), 1u);
  EXPECT_EQ(given[0].speaker, "Joko");
}

TEST(NameRunTest, GenerationalSuffixIsNoSurname) {
  const std::vector<AttributedItem> found = Extracted(
      "Judge Carlton Reeves blocked the law.\n\nJoseph R. Murray II, a "
      "lawyer for the group, came out as gay. He wrote a commentary, saying "
      "the leaders were obsessed.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Joseph R. Murray");
}

TEST(NameRunTest, SentencesFirstWordBeforeASurnameIsNoGivenName) {
  // '"Build the wall." And Trump decried …': no person "And Trump".
  const std::vector<AttributedItem> found = Extracted(
      "Donald Trump spoke in Cleveland.\n\nThe crowd chanted, \"Build the "
      "wall.\" And Trump decried crime. \"We will win,\" he said.\n");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().speaker, "Donald Trump");
}

TEST(NameRunTest, HyphenatedNameAfterATitleSetOffByCommasSpeaks) {
  const std::vector<AttributedItem> found = Extracted(
      "The Haitian prime minister, Jean-Max Bellerive, acknowledged that "
      "shelter remained the biggest obstacle.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Jean-Max Bellerive");
  // So after a capitalised title ending in a bracket: "The Head" is no
  // name.
  const std::vector<AttributedItem> bracket = Extracted(
      "The Head of the National Disaster Management Agency (BNPB), Willem "
      "Rampangilei, said the toll had reached 420.\n");
  ASSERT_EQ(bracket.size(), 1u);
  EXPECT_EQ(bracket[0].speaker, "Willem Rampangilei");
}

TEST(NameRunTest, NameOpeningItsClauseWithAnAppositionIsWhomHeMeans) {
  // "Mario Anderson, Haitian national chief of police, grew concerned. He
  // said …": the man the text turned to, not the mayor who spoke before;
  // so after a subordinate clause ("As darkness fell, …").
  for (const char* turn :
       {"Mario Anderson, Haitian national chief of police, grew concerned.",
        "As darkness fell, Mario Anderson, the national chief of police, grew "
        "concerned."}) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("\"We will rebuild,\" Mayor Tom Ruiz said.\n\n", turn,
                     " He said many officers had been injured.\n"));
    ASSERT_EQ(found.size(), 2u) << turn;
    EXPECT_EQ(found[1].speaker, "Mario Anderson") << turn;
  }
  // Their home is no part of the name.
  const std::vector<AttributedItem> home = Extracted(
      "Another delegate, Michael Brown of Washington, explained his vote.\n\n"
      "\"It is time,\" he declared.\n");
  ASSERT_FALSE(home.empty());
  EXPECT_EQ(home.back().speaker, "Michael Brown");
}

TEST(NameRunTest, CapitalisedAdverbAfterAGivenNameIsASurname) {
  // "Brock Long, administrator of FEMA": "Long" is no "long" before a verb;
  // in a headline's title case "Also" still is.
  const std::vector<AttributedItem> found = Extracted(
      "\"We will be here for years,\" Brock Long, administrator of the "
      "agency, said.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Brock Long");
  const std::vector<AttributedItem> headline =
      Extracted("Trump Also Says Wall Will Be Built\n");
  ASSERT_EQ(headline.size(), 1u);
  EXPECT_EQ(headline[0].speaker, "Trump");
}

TEST(NameRunTest, OneWordNameAfterTheDescriptionOpeningItsClauseSpeaks) {
  // "Indonesia's leading security minister, Wiranto, said": the minister's
  // one name; not a word set off inside an aside.
  const std::vector<AttributedItem> found = Extracted(
      "Indonesia's leading security minister, Wiranto, said the government "
      "would rebuild.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Wiranto");
  const std::vector<AttributedItem> aside = Extracted(
      "Michael Seaman, who lives outside the state capital, Sacramento, said "
      "the vote was close.\n");
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(aside[0].speaker, "Michael Seaman");
}

}  // namespace
}  // namespace factcheck::extract
