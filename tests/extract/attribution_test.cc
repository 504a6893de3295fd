// Attributed claims as a careful reader takes them: the example article's
// twelve against its gold reading, and one short article per news
// convention (testdata/attribution), each with its own gold reading.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
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

TEST(ContentTest, DatelineBeforeADashIsNoPartOfWhatWasSaid) {
  const std::vector<AttributedItem> found = Extracted(
      "WASHINGTON \xE2\x80\x95 The bridge will reopen in May, state officials "
      "said Friday.\n\nNATO \xE2\x80\x95 the alliance of 32 nations "
      "\xE2\x80\x95 stays united, diplomats said.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
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

TEST(QuotationTest, QuotedSectionHeadingGoesOnWithNoQuotation) {
  const std::string said =
      "\"Traffic will return,\" Mayor Tom Berg said. \"The town will be "
      "quieter.\"\n\n";
  const std::vector<AttributedItem> heading = Extracted(
      said + "'The Long Road to the Coast.'\n\nThe bridge closed in May.\n");
  ASSERT_EQ(heading.size(), 1u);
  EXPECT_EQ(heading[0].content, "Traffic will return The town will be quieter");
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

TEST(SpeakerTest, ParticipleSpeaksForTheSubjectAfterAnOpeningPhrase) {
  const std::vector<AttributedItem> found = Extracted(
      "During a speech in Dayton on Friday, Governor Tom Berg attacked the "
      "toll plan, saying, \"It is a waste of money.\"\n\n"
      "But Ana Ruiz attacked the plan, saying, \"It is too late.\"\n\n"
      // The place's state, and capitals a noun goes on from, are no
      // subject.
      "In Dayton, Ohio, Republican Party officials attacked the plan, "
      "saying, \"It is a waste of time.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Tom Berg");
  EXPECT_EQ(found[1].speaker, "Ana Ruiz");
}

TEST(SpeakerTest, TailOfANumberIsNoSpeaker) {
  // "more than 7,711 cases reported within the country": the count's last
  // digits and its noun are no group that reports; "12 witnesses" is.
  const std::vector<AttributedItem> number_tail = Extracted(
      "The outbreak has spread to more than 7,711 cases reported within the "
      "country.");
  EXPECT_TRUE(number_tail.empty()) << number_tail[0].speaker;
  const std::vector<AttributedItem> counted_group =
      Extracted("The outbreak has spread, 12 doctors reported on Friday.");
  ASSERT_EQ(counted_group.size(), 1u);
  EXPECT_EQ(counted_group[0].speaker_words, "12 doctors");
}

TEST(SpeakerTest, RubricBeforeAColonIsNoSpeakerButItsSentenceMayReport) {
  // "The Latest: …" labels a running story; the sentence after the colon
  // has its own speaker.
  const std::vector<AttributedItem> found = Extracted(
      "The Latest: Governor Tom Berg urges drivers to avoid the bridge.\n\n"
      "The bridge closed on Monday.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "INDIRECT");
  EXPECT_EQ(found[0].speaker, "Tom Berg");
  EXPECT_EQ(found[0].content, "drivers to avoid the bridge");
}

TEST(SpeakerTest, HeadlinesTopicBeforeAColonIsNoSpeaker) {
  // "Explosion in Beirut:" says what and where; "Beirut officials:" who.
  const std::vector<AttributedItem> topic = Extracted(
      "Explosion in Dayton: The conference commits aid of 250 million "
      "euros\n");
  EXPECT_TRUE(topic.empty()) << topic[0].speaker;
  const std::vector<AttributedItem> body = Extracted(
      "Dayton officials: The conference commits aid of 250 million euros\n");
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0].speaker, "Dayton officials");
}

TEST(SpeakerTest, AnotherGivenNameBeforeAKnownSurnameIsAnotherPerson) {
  // Two of a family in one story: "Marcel Lazar" is not "Gabriela Lazar",
  // whose surname he shares.
  const std::vector<AttributedItem> family = Extracted(
      "Gabriela Lazar said the flood was the worst in decades.\n\n"
      "\"We lost everything,\" Marcel Lazar said.");
  ASSERT_EQ(family.size(), 2u);
  EXPECT_EQ(family[0].speaker, "Gabriela Lazar");
  EXPECT_EQ(family[1].speaker, "Marcel Lazar");
  // Their surname alone names neither of them.
  const std::vector<AttributedItem> either = Extracted(
      "Gabriela Lazar said the flood was the worst in decades.\n\n"
      "\"We lost everything,\" Marcel Lazar said.\n\n\"The water came at "
      "night,\" Lazar said.");
  ASSERT_EQ(either.size(), 3u);
  EXPECT_EQ(either[2].speaker, "Lazar");
  // A month before the surname is no given name: "he" is still the one
  // named before.
  const std::vector<AttributedItem> month = Extracted(
      "Senator Marco Rubio spoke on Monday.\n\nIn March Rubio visited Iowa. "
      "\"We will win,\" he said.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].speaker, "Marco Rubio");
}

TEST(SpeakerTest, TitlesOfChairsClergyAndRanksAreNoPartOfTheName) {
  for (const std::string title :
       {"Oversight Chairman", "Rabbi", "Professor", "Maj Gen", "Capt."}) {
    const std::vector<AttributedItem> found =
        Extracted(title +
                  " Jason Hale said the hearing would go ahead.\n\nHale said "
                  "it would last two days.");
    ASSERT_EQ(found.size(), 2u) << title;
    EXPECT_EQ(found[0].speaker, "Jason Hale") << title;
    EXPECT_EQ(found[1].speaker, "Jason Hale") << title;
  }
}

TEST(SpeakerTest, SheIsTheWomanAnHonorificNamedNotTheManWhoSpokeLast) {
  const std::vector<AttributedItem> found = Extracted(
      "Mrs. Ruiz said the budget was sound.\n\nMr. Hale said it was not. "
      "\"We will pass it,\" she said.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].speaker, "Ruiz");
  // Without an honorific that says otherwise, the last speaker.
  const std::vector<AttributedItem> unknown = Extracted(
      "Mrs. Ruiz said the budget was sound.\n\nDr. Hale said it was not. "
      "\"We will pass it,\" she said.");
  ASSERT_EQ(unknown.size(), 3u);
  EXPECT_EQ(unknown[2].speaker, "Hale");
}

TEST(SpeakerTest, HeAfterASpeakerNamedByASurnameIsThatPerson) {
  const std::string quotation =
      " said the visit would help.\n\n\"I have never seen damage on this "
      "scale,\" he told reporters.\n";
  const std::vector<AttributedItem> surname = Extracted("Guterres" + quotation);
  ASSERT_EQ(surname.size(), 2u);
  EXPECT_EQ(surname[1].kind, "DIRECT");
  EXPECT_EQ(surname[1].speaker, "Guterres");
  // An agency in capitals or a country is "it", never "he": the quotation
  // is nobody's the text names.
  for (const char* body : {"NDMA", "Pakistan"}) {
    const std::vector<AttributedItem> found = Extracted(body + quotation);
    ASSERT_EQ(found.size(), 2u) << body;
    EXPECT_EQ(found[1].speaker, "") << body;
    EXPECT_EQ(found[1].speaker_words, "he") << body;
  }
  // A country that spoke after him is passed over.
  const std::vector<AttributedItem> after_a_country = Extracted(
      "Guterres said he hoped to help Pakistan, which has estimated the "
      "cost at $30 billion.\n\n\"I have never seen damage on this scale,\" "
      "he told reporters.\n");
  ASSERT_EQ(after_a_country.size(), 3u);
  EXPECT_EQ(after_a_country[1].speaker, "Pakistan");
  EXPECT_EQ(after_a_country[2].speaker, "Guterres");
}

TEST(SpeakerTest, TheClericsTitleNamesTheClericWithIt) {
  // "the cardinal" is the cardinal named before, and so is the "he" after
  // him (not the president named since); a bishop is no cardinal.
  const std::vector<AttributedItem> found = Extracted(
      "The Archbishop of Dayton, Cardinal Tom Reed, held a mass.\n\n\"We "
      "mourn,\" the cardinal said at his residence, where President Ana "
      "Ruiz prayed.\n\n\"We pray for peace,\" he said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Tom Reed");
  EXPECT_EQ(found[1].speaker, "Tom Reed");
  const std::vector<AttributedItem> bishop = Extracted(
      "Bishop Tom Reed held a mass.\n\n\"We mourn,\" the cardinal "
      "said.\n");
  ASSERT_EQ(bishop.size(), 1u);
  EXPECT_EQ(bishop[0].speaker, "cardinal");
}

TEST(SpeakerTest, TitleWordNamesOnlyAPersonWithThatTitle) {
  // Mayors and sheriffs share a role, but "the mayor" is never the sheriff.
  const std::vector<AttributedItem> mayor = Extracted(
      "Mayor Ana Ruiz spoke first.\n\nSheriff Tom Reed said the roads were "
      "closed.\n\n\"We are safe,\" the mayor said.\n");
  ASSERT_EQ(mayor.size(), 2u);
  EXPECT_EQ(mayor[1].speaker, "Ana Ruiz");
  const std::vector<AttributedItem> no_mayor = Extracted(
      "Sheriff Tom Reed said the roads were closed.\n\n\"We are safe,\" the "
      "mayor said.\n");
  ASSERT_EQ(no_mayor.size(), 2u);
  EXPECT_EQ(no_mayor[1].speaker, "mayor");
  // "The president" is no prime minister, pope or vice president; "the
  // prime minister" and "the vice president" are theirs.
  for (const char* leader : {"Prime Minister Tom Reed", "Pope Tom Reed",
                             "Vice President Tom Reed"}) {
    const std::vector<AttributedItem> found =
        Extracted(std::string(leader) +
                  " spoke.\n\n\"We will help,\" the president said.\n");
    ASSERT_EQ(found.size(), 1u) << leader;
    EXPECT_EQ(found[0].speaker, "president") << leader;
  }
  struct Titled {
    const char* title;
    const char* described;
  };
  for (const Titled& t : {Titled{"Prime Minister", "prime minister"},
                          Titled{"Vice President", "vice president"}}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "President Ana Ruiz spoke.\n\n", t.title,
        " Tom Reed spoke.\n\n\"We will help,\" the ", t.described, " said.\n"));
    ASSERT_EQ(found.size(), 1u) << t.described;
    EXPECT_EQ(found[0].speaker, "Tom Reed") << t.described;
  }
}

TEST(SpeakerTest, DayAfterATitledNameIsNoPartOfIt) {
  const std::vector<AttributedItem> found = Extracted(
      "Prime Minister Tom Reed Tuesday said India offered help.\n\n\"We will "
      "help,\" Reed said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Tom Reed");
  EXPECT_EQ(found[1].speaker, "Tom Reed");
}

TEST(SpeakerTest, NameAfterATitleOfABodySpeaksAndTheOfficialIsThatPerson) {
  const std::vector<AttributedItem> found = Extracted(
      "The president of the Harbor Council of Dayton, Ana Ruiz Moreno, "
      "reported on Tuesday that two people died in the storm.\n\n"
      "In a meeting with the governor, the official specified that \"so far "
      "we know of two deaths in the county.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz Moreno");
  EXPECT_EQ(found[1].speaker, "Ana Ruiz Moreno");
}

TEST(SpeakerTest, NameAfterTheHeadOfABodyAPossessiveNamesSpeaks) {
  const std::vector<AttributedItem> possessed = Extracted(
      "The head of Dayton's Harbor Council, Ana Ruiz, said two people "
      "died.\n");
  ASSERT_EQ(possessed.size(), 1u);
  EXPECT_EQ(possessed[0].speaker, "Ana Ruiz");
  // Two names, no title: the first speaks.
  const std::vector<AttributedItem> listed = Extracted(
      "Harbor Council Chair Ana Ruiz, Mark Cole, said two people died.\n");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_NE(listed[0].speaker, "Mark Cole");
}

TEST(SpeakerTest, NameAfterADescriptionAfterAQuotationSpeaks) {
  const std::vector<AttributedItem> described = Extracted(
      "\"We are working,\" the head of the agency, Ana Ruiz, said.\n");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].speaker, "Ana Ruiz");
  // A place after a description names no one.
  const std::vector<AttributedItem> placed =
      Extracted("\"We are working,\" the mayor of Dayton, New Mexico, said.\n");
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NE(placed[0].speaker, "New Mexico");
}

TEST(SpeakerTest, NameAfterADescriptionOfABodyAfterTheCueSpeaks) {
  const std::vector<AttributedItem> described =
      Extracted("\"We are working,\" said the head of the agency, Ana Ruiz.\n");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].speaker, "Ana Ruiz");
  // A place after the body names no one.
  const std::vector<AttributedItem> placed =
      Extracted("\"We are working,\" said the mayor of Dayton, New Mexico.\n");
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NE(placed[0].speaker, "New Mexico");
}

TEST(SpeakerTest, TheSheriffIsTheSheriffNamedBefore) {
  const std::vector<AttributedItem> found = Extracted(
      "Harbor County Sheriff Dan Ortiz said on Monday that the roads were "
      "closed.\n\nThe sheriff said that \"next of kin have to be "
      "notified.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Dan Ortiz");
  EXPECT_EQ(found[1].speaker, "Dan Ortiz");
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

TEST(SpeakerTest, HisStatementIsThePersonsOwnWords) {
  const std::vector<AttributedItem> own = Extracted(
      "Dan Ortiz said on Monday that the roads were closed.\n\n\"We will "
      "rebuild every bridge!\" his statement said.\n");
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[1].speaker, "Dan Ortiz");
  const std::vector<AttributedItem> document = Extracted(
      "Dan Ortiz said on Monday that the roads were closed.\n\n\"We will "
      "rebuild every bridge!\" the statement said.\n");
  ASSERT_EQ(document.size(), 2u);
  EXPECT_EQ(document[1].speaker, "statement");
}

TEST(SpeakerTest, NameAfterADescriptionAfterTheCueSpeaks) {
  const std::vector<AttributedItem> found = Extracted(
      "\"The roof fell on him,\" said the boy's father, Brahim Ait Nasser, "
      "whose eyes were red.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Brahim Ait Nasser");
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

TEST(SpeakerTest, AdjunctWithoutItsCommaOrATimeIsNoPartOfTheSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "In a radio interview Ana Ruiz said that the bridge would reopen.\n\n"
      "Harbor Bank just this month announced it would close the branch.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[1].speaker, "Harbor Bank");
}

TEST(SpeakerTest, SubjectOpeningWithTwoCoordinatedWordsSpeaks) {
  const std::vector<AttributedItem> found =
      Extracted("Federal and state officials said the bridge would reopen.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Federal and state officials");
  // A conjunction after a clause of its own is no part of a subject.
  for (const AttributedItem& item : Extracted(
           "The mayor attacked the plan and officials said it was late.\n")) {
    EXPECT_EQ(item.speaker.find("mayor"), std::string::npos) << item.speaker;
  }
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

TEST(SpeakerTest, CapitalisedCueReportsInAHeadlineInTitleCase) {
  const std::vector<AttributedItem> found = Extracted(
      "Bridge Will Reopen in May, Ana Ruiz Says\n\n"
      // Outside a title a capitalised cue word is a name.
      "The bridge was built by the Tells, a family of engineers who said it "
      "was sound.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].content, "Bridge Will Reopen in May");
  EXPECT_EQ(found[1].content, "it was sound");
}

TEST(SpeakerTest, PronounNobodyNamedStandsForKeepsItsClaimWithoutASpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "\"Don't shoot him,\" she said.\n\nI think the bridge should "
      "reopen.\n\n"
      // A phrase that names nobody is no speaker at all.
      "Recalling that summer, the plan was dropped.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, "DIRECT");
  EXPECT_EQ(found[0].speaker, "");
  EXPECT_EQ(found[0].speaker_words, "she");
  EXPECT_EQ(found[1].speaker, "");
  EXPECT_EQ(found[1].speaker_words, "I");
  EXPECT_EQ(found[1].content, "the bridge should reopen");
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

TEST(SpeakerTest, NameAfterADescriptionIsThePerson) {
  const std::vector<AttributedItem> found = Extracted(
      "\"The toll is too high,\" said 9/11 widow Ana Ruiz.\n\n"
      "\"The toll is fair,\" said longtime ferryman Tom Berg.\n\n"
      "Those close to him say that the mayor will run.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].speaker_words, "9/11 widow Ana Ruiz");
  EXPECT_EQ(found[1].speaker, "Tom Berg");
  EXPECT_EQ(found[2].speaker_words, "Those close to him");
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

TEST(ContentTest, PluralCueWordBeforeAVerbIsANoun) {
  const std::vector<AttributedItem> found = Extracted(
      "Tolls rose by half, a review of the board's spending reports shows.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker_words, "a review of the board's spending reports");
  EXPECT_EQ(found[0].content, "Tolls rose by half");
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

TEST(ContentTest, CueRarelyReportingReportsOnlyAClauseWithThat) {
  const std::vector<AttributedItem> found = Extracted(
      "The center maintains a program for young leaders.\n\n"
      "The center maintains that the program works.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "that the program works");
}

TEST(SpeakerTest, SubjectAfterAnOpeningParticipleOrClauseSpeaks) {
  const std::vector<AttributedItem> found = Extracted(
      "Chastened by the vote, Mayor Ruiz revised the plan, promising to lower "
      "the toll.\n\nOnce in May, when the board mentioned the toll to her "
      "during a long meeting at the city hall, Ruiz laughed and said, \"The "
      "toll will fall.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker_words, "Mayor Ruiz");
  EXPECT_EQ(found[0].content, "to lower the toll");
  EXPECT_EQ(found[1].speaker_words, "Ruiz");
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
}

TEST(ContentTest, CueWordAfterAnArticleIsANoun) {
  const std::vector<AttributedItem> found = Extracted(
      "The mayor sounded a call for the bridge to reopen.\n\nHe works for "
      "the Dayton Institute, a liberal think tank.\n\n"
      "Lest you think the toll is high, the bridge is free.\n\n"
      "The mayor called for the bridge to reopen.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "mayor");
  EXPECT_EQ(found[0].content, "the bridge to reopen");
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

TEST(SpeakerTest, HeAfterAPersonWhoToldAnAudienceIsThatPerson) {
  // Found as a speaker, the minister who told a press conference is the
  // "he" of the quotation after, not the president who spoke before him.
  const std::vector<AttributedItem> found = Extracted(
      "President Tom Reed appealed for help.\n\nHelicopters are needed, he "
      "said.\n\nInterior minister Omar Ruiz told a press conference the toll "
      "had risen to 100.\n\n\"It is a terrible situation,\" he said.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].speaker, "Omar Ruiz");
  EXPECT_EQ(found[2].speaker, "Omar Ruiz");
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

TEST(SpeakerTest, CueOpeningALabelGoesBeforeItsSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "The toll will rise. Said Ruiz: \"Nobody wants to pay it.\"\n\n"
      "Engineers spoke on Monday. \"It will hold,\" my father said.\n\n"
      "\"It is a waste of time,\" said Del. Stacey Plaskett.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker_words, "Ruiz");
  EXPECT_EQ(found[0].content, "Nobody wants to pay it");
  EXPECT_EQ(found[1].speaker_words, "my father");
  EXPECT_EQ(found[2].speaker, "Del. Stacey Plaskett");
}

TEST(SpeakerTest, ContractedPronounSpeaksAsThePronoun) {
  const std::vector<AttributedItem> found = Extracted(
      "Senator Ana Ruiz spoke on Monday. She\xE2\x80\x99s argued that the "
      "bridge should reopen.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].speaker_words, "She");
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

TEST(ConventionTest, TheFolderHoldsTheArticles) {
  EXPECT_EQ(ArticlesInFolder().size(), 54u);
}

}  // namespace
}  // namespace factcheck::extract
