// Who speaks for a participle of saying (", saying …", ", adding …"), as
// real copy writes it, each a minimal pair: the clause's subject past what
// opens the sentence, a dash, a quotation or a possessive.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

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

TEST(SpeakerTest, ParticipleAfterAListOfNamesSpeaksForTheSubject) {
  // "and Buddy Jantoc, 79," ends the list of victims the county named; a
  // name after ", and" with a verb of its own opens a clause whose subject
  // the participle speaks for.
  const std::vector<AttributedItem> list = Extracted(
      "The county named two victims, Robert Dyckman, 74, and Buddy Jantoc, "
      "79, adding that three more have been identified.");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].speaker_words, "The county");
  const std::vector<AttributedItem> clause = Extracted(
      "The crowd cheered, and Mary Ruiz smiled, saying that she had won.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].speaker_words, "Mary Ruiz");
}

TEST(SpeakerTest, ParticipleSpeaksForTheSubjectAfterAnAdverbOrADateline) {
  // What opens the sentence before the subject, an adverb of time or
  // manner, a phrase or a dateline, never speaks for the participle.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Hours later, Governor Tom Berg returned the compliment, telling "
       "reporters that Ruiz is a friend.",
       "Tom Berg"},
      {"Instead, Governor Tom Berg kept to his message, saying the toll "
       "will fall.",
       "Tom Berg"},
      {"WASHINGTON \xE2\x80\x94 Governor Tom Berg defended the toll, saying it "
       "would pay for the bridge.",
       "Tom Berg"},
      {"Dayton (AFP) \xE2\x80\x93 Governor Tom Berg defended the toll, saying "
       "it "
       "would pay for the bridge.",
       "Tom Berg"},
      {"Later in the day, Ana Ruiz attacked the plan, saying it was too "
       "late.",
       "Ana Ruiz"},
      {"Absent a defense of the plan, Ana Ruiz may listen and conclude "
       "that the toll is too high.",
       "Ana Ruiz"},
      {"Last month, Governor Tom Berg wrote to the council, calling the "
       "toll unfair.",
       "Tom Berg"},
      {"Ultimately, Governor Tom Berg rejected the plan, saying the toll "
       "was unfair.",
       "Tom Berg"},
      {"Facing mounting criticism, Governor Tom Berg released a statement, "
       "saying the toll was unfair.",
       "Tom Berg"},
      {"Here in Dayton, Governor Tom Berg stepped up his attacks, saying "
       "the toll was unfair.",
       "Tom Berg"},
      {"Like Ruiz, Governor Tom Berg rejected the plan, arguing that the "
       "toll was unfair.",
       "Tom Berg"},
      // "However" opens the sentence with or without its comma.
      {"However Governor Tom Berg rejected any inquiry, saying it would "
       "dilute the truth.",
       "Tom Berg"},
      // The participle is the last clause's, after its "and".
      {"At this point, the council is silent, and Tom Berg grows upset, "
       "shouting that the toll is unfair.",
       "Tom Berg"},
      // A description in lower case speaks when its nouns reach the verb.
      {"On his blog, the governor spelled out his position, saying the toll "
       "was unfair.",
       "governor"},
      // A time after a cue's noun ("claims Thursday, saying") is no name.
      {"Governor Tom Berg pushed back on those claims Thursday, saying that "
       "the toll was fair.",
       "Tom Berg"}};
  for (const auto& [text, speaker] : cases) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].speaker, speaker) << text;
  }
  // Not "a few days later": an adverb is no verb.
  for (const AttributedItem& item :
       Extracted("But a few days later, Berg reversed himself, telling "
                 "reporters that the toll was fair.")) {
    EXPECT_EQ(item.speaker_words.find("days"), std::string::npos);
  }
  // A weekday opening the words before the cue's commas is when, not who;
  // a month before a name is a first name.
  const std::vector<AttributedItem> april = Extracted(
      "April Ruiz, a spokeswoman for the council, said that the toll will "
      "fall.");
  ASSERT_EQ(april.size(), 1u);
  EXPECT_EQ(april[0].speaker, "April Ruiz");
  for (const AttributedItem& item : Extracted(
           "Tuesday in Dayton, after winning the vote, Gov. Tom Berg (R-OH), "
           "said, \"The toll will fall.\"")) {
    EXPECT_EQ(item.speaker_words.find("Tuesday"), std::string::npos);
  }
  // "Speaking Sunday on television, Ana Ruiz admitted …": the participle
  // opens the sentence, and the second verb is Ruiz's too.
  const std::vector<AttributedItem> speaking = Extracted(
      "Speaking Sunday on television, Ana Ruiz admitted the toll was high "
      "but said it would fall.");
  ASSERT_EQ(speaking.size(), 2u);
  EXPECT_EQ(speaking[1].speaker, "Ana Ruiz");
}

TEST(SpeakerTest, ParticipleAfterADashAQuotationOrByReportsForTheSubject) {
  // Set off from its clause by a dash, by a quotation closed after a comma,
  // or joined to its verb by "by" or "while", a participle reports what the
  // sentence's subject said.
  for (absl::string_view text :
       {"Governor Tom Berg changed his mind on the spot \xE2\x80\x93 saying "
        "the toll would fall.",
        "Governor Tom Berg defended the \xE2\x80\x9C"
        "bridge fund,"
        "\xE2\x80\x9D saying the toll pays for repairs.",
        "Governor Tom Berg answered his critics by saying the toll would "
        "fall.",
        "Governor Tom Berg answered his critics -- saying the toll would "
        "fall."}) {
    bool reported = false;
    for (const AttributedItem& item : Extracted(text)) {
      if (absl::StartsWith(item.content, "the toll")) {
        reported = true;
        EXPECT_EQ(item.speaker, "Tom Berg") << text;
      }
    }
    EXPECT_TRUE(reported) << text;
  }
  // Nothing sets it off: the participle describes the noun before it.
  EXPECT_TRUE(Extracted("Drivers reporting the toll got no refund.").empty());
}

TEST(SpeakerTest, ParticipleAfterAPossessiveModifiesTheNounAfterIt) {
  // "Trump's proposed tax cuts", "the congressman's alleged paramours": the
  // owner of the noun proposed nothing in this sentence.
  for (absl::string_view text :
       {"The plan is only a small part of Berg's proposed toll on the "
        "bridge.",
        "Ruiz then interjected, calling Berg\xE2\x80\x99s proposed toll a "
        "tax on the poor.",
        "The council discussed the mayor's highly criticized speech on "
        "Monday."}) {
    for (const AttributedItem& item : Extracted(text)) {
      EXPECT_FALSE(absl::StrContains(item.speaker_words, "Berg") ||
                   absl::StrContains(item.speaker_words, "mayor"))
          << text << " -> " << item.speaker_words;
    }
  }
  // A possessive whose noun leads to the verb is part of its subject.
  const std::vector<AttributedItem> aides =
      Extracted("Berg's aides proposed that the toll be halved.");
  ASSERT_EQ(aides.size(), 1u);
  EXPECT_EQ(aides[0].speaker_words, "Berg's aides");
}

TEST(SpeakerTest, SubjectAfterWithSpeaksForItsParticiple) {
  // "…, with 30 percent of voters saying …": the words after "with" are the
  // participle's own subject, not the sentence's.
  const std::vector<AttributedItem> share = Extracted(
      "The toll plan lost support, with 30 percent of voters saying they "
      "would vote against it.");
  ASSERT_EQ(share.size(), 1u);
  EXPECT_EQ(share[0].speaker_words, "30 percent of voters");
  EXPECT_EQ(share[0].content, "they would vote against it");
  const std::vector<AttributedItem> joined = Extracted(
      "He left the party, with his allies and rivals saying he had no "
      "choice.");
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].speaker_words, "his allies and rivals");
  // Words holding a cue of their own are no such subject.
  const std::vector<AttributedItem> cue = Extracted(
      "He left the party, with officials underlining the risks and saying "
      "he had no choice.");
  for (const AttributedItem& item : cue) {
    EXPECT_EQ(item.speaker_words.find("risks"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, GerundDescribesSpeakersWhereTheirClauseOpens) {
  // "But grieving relatives said": after a conjunction the -ing word
  // describes the group; a light verb's gerund takes an object instead.
  const std::vector<AttributedItem> described =
      Extracted("But grieving relatives said the victims were children.");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].speaker_words, "grieving relatives");
  const std::vector<AttributedItem> object = Extracted(
      "They joked at times, doing imitations of each candidate and the way "
      "they say \"huge turnout.\"");
  for (const AttributedItem& item : object) {
    EXPECT_EQ(item.speaker_words.find("imitations"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, ParticipleAfterADescribedSpeakerAfterTheCueIsTheirs) {
  // "…," said the UN coordinator Ana Ruiz, adding "…": both quotations
  // are hers (a hyphen may join the name's last words: "Kim Ji-won").
  for (const char* name : {"Ana Ruiz", "Kim Ji-won"}) {
    const std::vector<AttributedItem> both =
        Extracted(absl::StrCat("\"We are working,\" said the UN coordinator ",
                               name, ", adding \"the roads are open.\"\n"));
    ASSERT_EQ(both.size(), 2u) << name;
    EXPECT_EQ(both[1].speaker, both[0].speaker) << name;
    EXPECT_EQ(both[1].content, "the roads are open") << name;
  }
  const std::vector<AttributedItem> hers = Extracted(
      "\"We are working,\" said the UN coordinator Ana Ruiz, adding "
      "\"the roads are open.\"\n");
  ASSERT_EQ(hers.size(), 2u);
  EXPECT_EQ(hers[1].speaker, "Ana Ruiz");
  // After a cue with no quotation before it, the words after it are its
  // object: "endorsed Mrs. Ruiz, saying" is the endorser's saying.
  const std::vector<AttributedItem> endorsed = Extracted(
      "Senator Tom Reed endorsed Mrs. Ruiz, saying that she would win.\n");
  ASSERT_FALSE(endorsed.empty());
  EXPECT_NE(endorsed.back().speaker, "Ruiz");
}

TEST(SpeakerTest, ParticipleAfterAReportedClauseIsItsSpeakers) {
  // "X, Y, said …, adding": the speaker of the verb of saying before the
  // clause; "…, said the agency, adding": the inverted speaker.
  const std::vector<AttributedItem> apposed = Extracted(
      "The head of the council, Ana Ruiz, said the roads were closed, adding "
      "that the bridge would reopen.\n");
  ASSERT_EQ(apposed.size(), 2u);
  EXPECT_EQ(apposed[1].speaker, "Ana Ruiz");
  EXPECT_EQ(apposed[1].content, "that the bridge would reopen");
  const std::vector<AttributedItem> inverted = Extracted(
      "The dead include 54 children, said the agency, adding that the roads "
      "were closed.\n");
  ASSERT_FALSE(inverted.empty());
  EXPECT_EQ(inverted.back().speaker, "agency");
  EXPECT_EQ(inverted.back().content, "that the roads were closed");
  // After another verb the words are its object, who speaks nothing.
  const std::vector<AttributedItem> urged = Extracted(
      "Tom Reed, the mayor, urged a strong stand, saying that the bridge "
      "would reopen.\n");
  ASSERT_FALSE(urged.empty());
  EXPECT_EQ(urged.back().speaker, "Tom Reed");
}

}  // namespace
}  // namespace factcheck::extract
