// Attributed claims as a careful reader takes them: the example article's
// twelve against its gold reading, and one short article per news
// convention (testdata/attribution), each with its own gold reading.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"
#include "tests/testing/files.h"

namespace factcheck::extract {
namespace {

using ::factcheck::testing::ReadFile;

// Every gold claim found with its kind, speaker and content, and nothing
// else.
void ExpectExactly(const std::string& name, const std::string& text_path,
                   const std::string& gold_path) {
  AttributionScore score;
  ScoreDocument(name, LoadGold(gold_path), Extracted(ReadFile(text_path)),
                &score);
  EXPECT_TRUE(score.mismatches.empty())
      << absl::StrJoin(score.mismatches, "\n");
  EXPECT_EQ(score.speaker_correct, score.matched);
}

TEST(SeedArticleTest, AllTwelveGoldAttributionsComeOutRight) {
  const std::vector<AttributedItem> gold =
      LoadGold("testdata/corpus/seed_article.gold.json");
  ASSERT_EQ(gold.size(), 12u);
  ExpectExactly("seed_article", "testdata/corpus/seed_article.txt",
                "testdata/corpus/seed_article.gold.json");
}

class ConventionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ConventionTest, ArticleReadsAsItsGold) {
  const std::string base = "testdata/attribution/" + GetParam();
  ExpectExactly(GetParam(), base + ".txt", base + ".gold.json");
}

// Every article of the folder, so that none is added and left untested.
std::vector<std::string> ArticlesInFolder() {
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator("testdata/attribution")) {
    if (entry.path().extension() == ".txt") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Attribution, ConventionTest,
                         ::testing::ValuesIn(ArticlesInFolder()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(QuotationTest, QuotedSectionHeadingGoesOnWithNoQuotation) {
  const std::string said =
      "\"Traffic will return,\" Mayor Tom Berg said. \"The town will be "
      "quieter.\"\n\n";
  const std::vector<AttributedItem> heading = Extracted(
      said + "'The Long Road to the Coast.'\n\nThe bridge closed in May.\n");
  ASSERT_EQ(heading.size(), 1u);
  EXPECT_EQ(heading[0].content, "Traffic will return The town will be quieter");
  // A subheading in sentence case, a few words with no stop of their own.
  const std::vector<AttributedItem> subheading = Extracted(
      said + "'Swallowed by the river'\n\nThe bridge closed in May.\n");
  ASSERT_EQ(subheading.size(), 1u);
  EXPECT_EQ(subheading[0].content,
            "Traffic will return The town will be quieter");
  // A quotation of a sentence opening the next paragraph goes on.
  const std::vector<AttributedItem> more =
      Extracted(said + "\"It will take a year to rebuild the whole road.\"\n");
  ASSERT_EQ(more.size(), 1u);
  EXPECT_EQ(more[0].content,
            "Traffic will return The town will be quieter It will take a year "
            "to rebuild the whole road");
}

TEST(QuotationTest, QuotationClosedInTheNextParagraphGoesOnAcrossTheBreak) {
  // Copy that drops the reopening mark of a quotation's second paragraph.
  const std::vector<AttributedItem> found = Extracted(
      "The storm hit Dayton on Monday.\nMayor Ana Ruiz said: \xE2\x80\x9CWe "
      "will rebuild every home.\nEvery school will open by May.\xE2\x80\x9D\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "DIRECT");
  EXPECT_TRUE(
      absl::StrContains(found[0].content, "Every school will open by May"))
      << found[0].content;
  // A mark no paragraph closes is stray.
  const std::vector<AttributedItem> stray = Extracted(
      "The storm hit Dayton on Monday.\nMayor Ana Ruiz said: \xE2\x80\x9CWe "
      "will rebuild every home.\nEvery school will open by May.\n");
  for (const AttributedItem& item : stray) {
    EXPECT_FALSE(absl::StrContains(item.content, "Every school")) << item.kind;
  }
}

TEST(QuotationTest, QuotationLeftOpenBeforeItsCueAndNameClosesAtTheComma) {
  // The copy dropped the closing mark before ", said Jerry Chandler": the
  // quotation is his, not the next paragraph's speaker's.
  const std::vector<AttributedItem> found = Extracted(
      "The storm hit Dayton on Monday. \"We are sending help to the places "
      "hardest hit, said Anna Berg, head of the agency.\nMayor Ana Ruiz "
      "declared a day of mourning. \"The city is grieving,\" Ruiz said.\n");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].kind, "DIRECT");
  EXPECT_EQ(found[0].content, "We are sending help to the places hardest hit");
  EXPECT_EQ(found[0].speaker, "Anna Berg");
  // A pronoun after the comma is the speaker's own words going on: no
  // quotation is closed there.
  const std::vector<AttributedItem> own = Extracted(
      "The storm hit Dayton on Monday. \"I told them to leave, they said no."
      "\nMayor Ana Ruiz declared a day of mourning.\n");
  for (const AttributedItem& item : own) {
    EXPECT_NE(item.kind, "DIRECT") << item.content;
  }
}

TEST(QuotationTest, ParagraphOpenedWithASingleMarkAndClosedWithADoubleQuotes) {
  // "‘It’s a complicated diplomatic situation. …,” Pompeo said": the marks
  // mismatched, the paragraph still one quotation; a single mark the
  // paragraph never closes with a curly one opens nothing.
  const std::vector<AttributedItem> found = Extracted(
      "The council met on Monday.\n\xE2\x80\x98It\xE2\x80\x99s a hard "
      "case. We will rebuild the bridge,\xE2\x80\x9D Mayor Ana Ruiz "
      "said.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "DIRECT");
  EXPECT_EQ(found[0].content,
            "It\xE2\x80\x99s a hard case. We will rebuild the bridge");
  const std::vector<AttributedItem> unclosed = Extracted(
      "The council met on Monday.\n\xE2\x80\x98Hard case. We will rebuild "
      "the bridge, Mayor Ana Ruiz said.\n");
  for (const AttributedItem& item : unclosed) {
    EXPECT_NE(item.kind, "DIRECT") << item.content;
  }
}

TEST(QuotationTest, SingleMarkAfterACueClosedWithADoubleQuotes) {
  // "The governor said, ‘This storm spared no one.”": opened after the cue's
  // comma with a single mark and closed with a curly double one, the marks
  // mismatched; a single mark closed by a single one before a stray double
  // ("said, ‘Storms spare no one.’ Rain fell.”") quotes only its own words.
  const std::string opening =
      "Mayor Ana Ruiz toured the town.\nThe mayor said, \xE2\x80\x98Storms "
      "spare no one.";
  const std::vector<AttributedItem> mismatched =
      Extracted(opening + "\xE2\x80\x9D\n");
  ASSERT_EQ(mismatched.size(), 1u);
  EXPECT_EQ(mismatched[0].kind, "DIRECT");
  EXPECT_EQ(mismatched[0].content, "Storms spare no one");
  EXPECT_EQ(mismatched[0].speaker, "Ana Ruiz");
  const std::vector<AttributedItem> matched =
      Extracted(opening + "\xE2\x80\x99 Rain fell all night.\xE2\x80\x9D\n");
  ASSERT_EQ(matched.size(), 1u);
  EXPECT_EQ(matched[0].content, "Storms spare no one");
}

TEST(QuotationTest, ColonAfterTheCuesClauseOpensItsSpeakersWords) {
  // "Peneha says he went into the mosque to try and help: "…"": the words
  // after the colon are the speaker's, a clause of a dozen words after the
  // cue; a colon farther on opens no one's.
  const auto direct_speaker = [](const std::vector<AttributedItem>& found) {
    for (const AttributedItem& item : found) {
      if (item.kind == "DIRECT") return item.speaker;
    }
    return std::string("(none)");
  };
  EXPECT_EQ(direct_speaker(Extracted(
                "Tom Berg says he went into the mosque to try and help: "
                "\"I saw dead people everywhere.\"\n")),
            "Tom Berg");
  EXPECT_EQ(direct_speaker(Extracted(
                "Tom Berg says he went into the old mosque on the hill above "
                "the town late on Friday night after the attack to try and "
                "help: \"I saw dead people everywhere.\"\n")),
            "(none)");
}

TEST(QuotationTest, SubordinateClauseAfterAQuotationNamesNoSpeaker) {
  // '"…," when Ana Ruiz criticized him': whose words the quotation gives is
  // not hers; '"…," Ana Ruiz said' is.
  const std::string quotation = "\"That makes me smart,\" ";
  for (const AttributedItem& item :
       Extracted("Governor Tom Berg was asked about the toll. " + quotation +
                 "when Ana Ruiz criticized him for not paying it.")) {
    EXPECT_NE(item.content, "That makes me smart") << item.speaker;
  }
  const std::vector<AttributedItem> said =
      Extracted("Governor Tom Berg was asked about the toll. " + quotation +
                "Ana Ruiz said.");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].speaker, "Ana Ruiz");
}

TEST(QuotationTest, ClosingMarkGluedToTheWordAfterItOpens) {
  // Some sites print a closing mark for both ends of a quotation.
  const std::vector<AttributedItem> closing_twice = Extracted(
      "The agency said aid was slow.\n\n\xE2\x80\x9DWe thought the flood "
      "was the worst we could get,\xE2\x80\x9D said Dan Ortiz.\n");
  ASSERT_EQ(closing_twice.size(), 2u);
  EXPECT_EQ(closing_twice[1].speaker, "Dan Ortiz");
  // A closing mark glued to the word before it still closes.
  const std::vector<AttributedItem> curly = Extracted(
      "The agency said aid was slow.\n\n\xE2\x80\x9CWe thought the flood "
      "was the worst we could get,\xE2\x80\x9D said Dan Ortiz.\n");
  ASSERT_EQ(curly.size(), 2u);
  EXPECT_EQ(curly[1].speaker, "Dan Ortiz");
}

TEST(QuotationTest, QuotationAfterABeliefInsideAReportIsTheReporters) {
  const std::vector<AttributedItem> found = Extracted(
      "Sheriff Dan Ortiz spoke on Friday. He says the commander at the scene "
      "believed the gunman was alone and that \"it was the wrong "
      "decision.\"\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "MIXED");
  EXPECT_EQ(found[0].speaker, "Dan Ortiz");
}

TEST(QuotationTest, QuestionInDoubledApostrophesIsTheCueAftersQuotation) {
  for (const char* text :
       {"''Can the bridge reopen by May?'' Mr. Ruiz asked.",
        "\"Can the bridge reopen by May?\" Mr. Ruiz asked."}) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].kind, "DIRECT") << text;
    EXPECT_EQ(found[0].speaker, "Ruiz") << text;
    EXPECT_EQ(found[0].content, "Can the bridge reopen by May?") << text;
  }
}

TEST(QuotationTest, ParticipleAfterAQuotationNamesWhatItIsAboutNotWhoSpoke) {
  // '"…," referring to the party's convention': the speaker is the one
  // before; '"…," said Berg' names him after.
  const std::vector<AttributedItem> found = Extracted(
      "Ruiz said the vote \"should be over by Dayton,\" referring to the "
      "party's convention, where delegates will pick a nominee.\n\n"
      "\"The toll is too high,\" said Tom Berg.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ruiz");
  EXPECT_EQ(found[1].speaker, "Tom Berg");
}

TEST(QuotationTest, ClauseBetweenAQuotationAndALaterCueNamesNoSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "\"The bridge will hold,\" Ruiz sings to the crowd before asking them, "
      "\"Will it?\"\n\n"
      // A conjunction inside a name does not end it.
      "\"The toll will fall,\" the mayor of Dayton and his deputy said.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker_words, "the mayor of Dayton and his deputy");
}

TEST(QuotationTest, WrittenWordsAStatementOrASignReadsAreItsOwn) {
  // "…," the statement read: the words are the statement's; "read" with
  // no quotation or clause is only reading.
  const std::vector<AttributedItem> found = Extracted(
      "The mayor read the report aloud.\n\n"
      "\"The bridge will reopen in May,\" the statement read.\n\n"
      "The sign reads \"Bridge closed.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "statement");
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
  EXPECT_EQ(found[1].speaker, "sign");
  EXPECT_EQ(found[1].content, "Bridge closed");
}

TEST(QuotationTest, QuotationFramedByOneSpeakersWordsIsTheirs) {
  // A quotation with no cue of its own, between two sentences reporting
  // the same person, is that person's.
  const std::vector<AttributedItem> framed = Extracted(
      "Prime Minister Tom Reed spoke on the radio.\n\nHe said the priority "
      "was to rescue the living.\n\n\"Our focus will be to rescue as many "
      "people as possible.\" He said the relief work would go on.\n");
  ASSERT_EQ(framed.size(), 3u);
  EXPECT_EQ(framed[1].kind, "DIRECT");
  EXPECT_EQ(framed[1].content,
            "Our focus will be to rescue as many people as possible.");
  EXPECT_EQ(framed[1].speaker, "Tom Reed");
  // Not between two speakers, nor after one alone: a survivor may speak.
  const std::vector<AttributedItem> two = Extracted(
      "Tom Reed said the toll had risen.\n\n\"It was horrible.\" Ana Ruiz "
      "said the roads were closed.\n");
  EXPECT_EQ(two.size(), 2u);
  const std::vector<AttributedItem> after_one = Extracted(
      "Tom Reed said the toll had risen.\n\n\"It was horrible.\" The "
      "roads were closed.\n");
  EXPECT_EQ(after_one.size(), 1u);
  // In the paragraph of the one who spoke, closing it, the quotation goes
  // on with their words.
  const std::vector<AttributedItem> closing = Extracted(
      "Tom Reed said the roads were badly damaged. \"In this hour of grief, "
      "rescue comes first.\"\n\nThe roads were closed.\n");
  ASSERT_EQ(closing.size(), 2u);
  EXPECT_EQ(closing[1].kind, "DIRECT");
  EXPECT_EQ(closing[1].speaker, "Tom Reed");
}

TEST(QuotationTest, PersonNamedBeforeAColonInsideASentenceSpeaks) {
  // Named in full after what describes them, or two people together.
  const std::vector<AttributedItem> one = Extracted(
      "The toll does not surprise county engineer David Berg: \"The bridge "
      "was built for half the traffic.\"\n");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].kind, "DIRECT");
  EXPECT_EQ(one[0].speaker, "David Berg");
  const std::vector<AttributedItem> two = Extracted(
      "The tolls were too high, in the words of Mark Ruiz and Anna Berg: "
      "\"Drivers "
      "paid twice for one bridge.\"\n");
  ASSERT_FALSE(two.empty());
  EXPECT_EQ(two.back().speaker_words, "Mark Ruiz and Anna Berg");
  // A place before the colon names no speaker.
  EXPECT_TRUE(Extracted("The motto is printed on the coins of the United "
                        "States: \"In God We Trust.\"\n")
                  .empty());
}

TEST(QuotationTest, OneWordOpeningALineOrSentenceBeforeAColonLabelsAQuotation) {
  const std::vector<AttributedItem> both = Extracted(
      "Ruiz and Berg reject the toll.\n\nRuiz: \"The bridge is paid "
      "for.\" Berg: \"Drivers paid twice.\"\n");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].speaker, "Ruiz");
  EXPECT_EQ(both[0].content, "The bridge is paid for");
  EXPECT_EQ(both[1].speaker, "Berg");
  // Inside a sentence, one word before a colon is no label.
  EXPECT_TRUE(Extracted("The toll has a motto printed on each ticket in "
                        "Dayton: \"Drive on.\"\n")
                  .empty());
}

TEST(QuotationTest, NameAfterASpacedDashBeforeAColonLabelsAQuotation) {
  const std::vector<AttributedItem> found = Extracted(
      "The bridge reopened on Monday.\n\nEngineers agree - Anna Berg: "
      "\"Drivers paid twice for one bridge.\"\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Anna Berg");
  // A hyphen joining words opens nothing.
  EXPECT_TRUE(Extracted("The bridge reopened on Monday.\n\nEngineers "
                        "agree-Anna Berg: \"Drivers paid twice for one "
                        "bridge.\"\n")
                  .empty());
}

TEST(TranscriptTest, OnlyASpeakerGivenTwoParagraphsMakesATranscript) {
  const std::string lines =
      "Governor Ana Ruiz spoke to reporters in Dayton on Sunday.\n\n"
      "RUIZ: We expect the bridge to reopen in November.\n\n";
  const std::vector<AttributedItem> transcript =
      Extracted(lines + "RUIZ: There will be no tolls on it.\n");
  ASSERT_EQ(transcript.size(), 2u);
  EXPECT_EQ(transcript[1].kind, "DIRECT");
  EXPECT_EQ(transcript[1].speaker, "Ana Ruiz");
  EXPECT_EQ(transcript[1].content, "There will be no tolls on it");
  // One label before a colon is a dateline or a rubric as often as a
  // speaker: no transcript, no quotation.
  for (const AttributedItem& item :
       Extracted(lines + "DAYTON: Traffic was light on Monday.\n")) {
    EXPECT_NE(item.kind, "DIRECT") << item.content;
  }
}

TEST(TranscriptTest, LabelsWrittenAsNamesAndKnownByTheirLastWordMakeOne) {
  const std::string opening =
      "Ruiz: Bridge Will Reopen In November\n\n"
      "Governor Ana Ruiz spoke to Tom Reed on Sunday.\n\n"
      "Tom Reed: When will the bridge reopen?\n\n"
      "Ruiz: We expect it to reopen in November.\n\n";
  const std::vector<AttributedItem> transcript =
      Extracted(opening + "Reed: Will there be tolls on it?\n");
  ASSERT_EQ(transcript.size(), 4u);
  // The headline over the transcript is read once, as a headline.
  EXPECT_EQ(transcript[0].kind, "HEADLINE");
  EXPECT_EQ(transcript[1].kind, "DIRECT");
  EXPECT_EQ(transcript[1].speaker, "Tom Reed");
  EXPECT_EQ(transcript[1].content, "When will the bridge reopen?");
  EXPECT_EQ(transcript[2].speaker, "Ana Ruiz");
  EXPECT_EQ(transcript[2].content, "We expect it to reopen in November");
  EXPECT_EQ(transcript[3].speaker, "Tom Reed");
  // A profile's fields are no speakers.
  for (const AttributedItem& item : Extracted(
           opening + "Name: Ana Ruiz of Dayton, the governor since May.\n")) {
    EXPECT_NE(item.speaker, "Name") << item.content;
  }
}

TEST(ConventionTest, TheFolderHoldsTheArticles) {
  EXPECT_EQ(ArticlesInFolder().size(), 54u);
}

}  // namespace
}  // namespace factcheck::extract
