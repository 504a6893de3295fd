// When a word of the cue lexicon is no cue, each a minimal pair from real
// copy: a noun after an article or an adjective of party or nationality,
// before a verb, or half of an adjective a hyphen joins.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

TEST(CueWordTest, PluralCueWordBeforeAVerbIsANoun) {
  const std::vector<AttributedItem> found = Extracted(
      "Tolls rose by half, a review of the board's spending reports shows.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker_words, "a review of the board's spending reports");
  EXPECT_EQ(found[0].content, "Tolls rose by half");
  // Nor after an adjective of party or nationality.
  EXPECT_TRUE(
      Extracted("The board rated 32% of Republican claims as \"false\".\n")
          .empty());
  // Nor does a figure speak: "about 42,638 confirmed cases".
  EXPECT_TRUE(Extracted("About 4,638 confirmed cases of flu, including 3,626 "
                        "people in care, were counted.\n")
                  .empty());
  // Nor before a verb in -ed: "then states doled it out".
  EXPECT_TRUE(Extracted("If the county gave money to states and then states "
                        "doled it out to the towns that run the buses, the "
                        "states would become middle men.\n")
                  .empty());
}

TEST(CueWordTest, VerbOfSpeakingInAMannerReportsOnlyAQuotationOrThat) {
  const std::vector<AttributedItem> found = Extracted(
      "\"Go back to your seat,\" the mayor barked at the reporter.\n\n"
      "\"Not a cent more,\" Ruiz fumed on Tuesday.\n\n"
      "The mayor snapped photos of the bridge.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "Go back to your seat");
  EXPECT_EQ(found[1].speaker, "Ruiz");
  EXPECT_EQ(found[1].content, "Not a cent more");
}

TEST(CueWordTest, CommentedReportsOnlyAQuotationOrThat) {
  const std::vector<AttributedItem> found = Extracted(
      "Ruiz commented that the toll was too high.\n\n"
      "The mayor commented on the bridge.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ruiz");
  EXPECT_EQ(found[0].content, "that the toll was too high");
}

TEST(CueWordTest, CueWordAfterAnArticleIsANoun) {
  const std::vector<AttributedItem> found = Extracted(
      "The mayor sounded a call for the bridge to reopen.\n\nHe works for "
      "the Dayton Institute, a liberal think tank.\n\n"
      "Lest you think the toll is high, the bridge is free.\n\n"
      "The mayor called for the bridge to reopen.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "the bridge to reopen");
}

TEST(CueWordTest, CueWordJoinedByAHyphenIsPartOfAnAdjective) {
  // "a self-described socialist", "his oft-stated goal": the hyphen makes
  // the cue word half of an adjective; set apart, it reports.
  const std::vector<AttributedItem> found = Extracted(
      "A self-described socialist, Ruiz won the toll vote in Dayton.\n\n"
      "His oft-stated goal is simple: reopen the bridge.\n\n"
      "Ruiz has described the toll as a tax on the poor.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ruiz");
}

TEST(CueWordTest, ParticipleAfterOfOrAFigureBeforeItsNounIsAnAdjective) {
  // "the number of confirmed cases", "118 reported deaths": no one
  // confirmed or reported; the sentence's own cue speaks.
  for (const char* counted :
       {"The number of confirmed cases rose to 4,515, the agency said.\n",
        "The number of total confirmed cases rose to 4,515, the agency "
        "said.\n",
        "There were 118 reported deaths, the agency said.\n"}) {
    const std::vector<AttributedItem> found = Extracted(counted);
    ASSERT_EQ(found.size(), 1u) << counted;
    EXPECT_EQ(found[0].speaker, "agency") << counted;
  }
  // After "of", before any word in lower case: "ahead of predicted bitter
  // cold", "the number of confirmed dead".
  for (const char* described :
       {"Rescuers searched the rubble ahead of predicted bitter cold and "
        "heavy rain.\n",
        "The number of confirmed dead was 110 on Saturday.\n"}) {
    EXPECT_TRUE(Extracted(described).empty()) << described;
  }
  // After a year, the verb reports: "An ad in 2008 questioned whether …".
  const std::vector<AttributedItem> year =
      Extracted("A Ruiz ad in 2008 questioned whether the bridge was safe.\n");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_NE(year[0].content.find("bridge was safe"), std::string::npos);
}

TEST(CueWordTest, PluralNounBeforeARelativeClauseIsNoCue) {
  // "the serial blasts that struck": "blasts" is the noun "that struck"
  // describes, not a verb of criticism.
  const std::vector<AttributedItem> noun = Extracted(
      "The toll rose.\n\nOfficials said 359 people died in the serial blasts "
      "that struck the city on Sunday.\n");
  ASSERT_EQ(noun.size(), 1u);
  EXPECT_EQ(noun[0].speaker, "Officials");
  // Before "that" and a clause with its subject, it reports.
  const std::vector<AttributedItem> verb =
      Extracted("Ruiz blasts that the bridge was never safe.\n");
  ASSERT_EQ(verb.size(), 1u);
  EXPECT_EQ(verb[0].speaker, "Ruiz");
}

}  // namespace
}  // namespace factcheck::extract
