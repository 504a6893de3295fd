// Whose voice a quotation is in, as real copy writes it, each a minimal
// pair: the cue after it that signs it (and the ones that cannot), and
// when a quotation with no cue of its own goes on in the last speaker's.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "server/extract/attributions.h"
#include "server/extract/extractor.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

TEST(QuotationVoiceTest, ModalBeforeTheCueAfterItIsNoPartOfTheSpeaker) {
  // Remarks released before they are made, or made later: the speaker is
  // the one before the modal.
  for (const char* modal : {"will", "would later"}) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("\"Nothing prepares you for this job,\" Mayor Ana "
                     "Ruiz ",
                     modal, " say.\n"));
    ASSERT_EQ(found.size(), 1u) << modal;
    EXPECT_EQ(found[0].speaker, "Ana Ruiz") << modal;
  }
  // Words a critic might say are imagined: no one said them.
  const std::vector<AttributedItem> imagined =
      Extracted("\"Nothing prepares you for this job,\" a critic might say.\n");
  EXPECT_TRUE(imagined.empty());
}

TEST(QuotationVoiceTest, QuotationAnotherNameSignsIsNotTheLastSpeakers) {
  // An interview: the answer is signed by its speaker with a verb of its
  // own, and is not the question's.
  for (const char* verb : {"answered", "shrugged"}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "\"Would the toll be negotiable?\" Ana Ruiz pressed.\n\n\"I would "
        "say this,\" Tom Berg ",
        verb, ". \"We need the bridge.\"\n"));
    for (const AttributedItem& item : found) {
      if (item.content.find("bridge") != std::string::npos) {
        EXPECT_NE(item.speaker, "Ana Ruiz") << verb;
      }
    }
  }
  // After a cue whose sentence ends in an abbreviation ("S.C."), the next
  // quotation goes on in the same voice.
  const std::vector<AttributedItem> abbreviated = Extracted(
      "\"The toll is negotiable,\" Ana Ruiz told reporters in Fort Mill, "
      "S.C. \"We need the bridge.\"\n");
  ASSERT_EQ(abbreviated.size(), 1u);
  EXPECT_NE(abbreviated[0].content.find("bridge"), std::string::npos);
  // Unsigned, the next paragraph's quotation goes on in her voice.
  const std::vector<AttributedItem> unsigned_next = Extracted(
      "\"The toll is negotiable,\" Ana Ruiz said.\n\n\"We need the "
      "bridge.\"\n");
  ASSERT_EQ(unsigned_next.size(), 1u);
  EXPECT_NE(unsigned_next[0].content.find("bridge"), std::string::npos);
  EXPECT_EQ(unsigned_next[0].speaker, "Ana Ruiz");
}

TEST(QuotationVoiceTest, QuotationOfALaterSentenceIsAClaimOfItsOwn) {
  // One attribution, as PolNeAR reads it, but two quotations to verify: a
  // report may quote the first word for word and change the second.
  const std::string text =
      "\"The toll is negotiable,\" Ana Ruiz said. \"We need the bridge.\"\n";
  const Extraction extraction = Extract(text);
  ASSERT_EQ(extraction.attributions.size(), 1u);
  const auto claims = QuotationClaims(extraction.attributions[0]);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(TextOf(text, claims[0].content_span), "The toll is negotiable");
  EXPECT_EQ(TextOf(text, claims[1].content_span), "We need the bridge");
  EXPECT_EQ(claims[1].speaker, claims[0].speaker);
  EXPECT_EQ(claims[1].kind, AttributionKind::kDirect);
  // Split around its cue within one sentence, a quotation is one claim.
  const std::string split =
      "\"The toll is negotiable,\" Ana Ruiz said, \"and we need the "
      "bridge.\"\n";
  const Extraction one = Extract(split);
  ASSERT_EQ(one.attributions.size(), 1u);
  const auto whole = QuotationClaims(one.attributions[0]);
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(whole[0].content_spans.size(), 2u);
}

TEST(QuotationVoiceTest,
     StatementThatIsAParagraphAfterAPersonsWordsGoesOnInTheirs) {
  // '…, Commander Stuart Cundy said.' and then a paragraph of nothing but
  // a statement in quotation marks: his, a claim of its own in the one
  // attribution PolNeAR reads there.
  const std::string reported =
      "Seventeen people have died, Commander Tom Reed of the police said.";
  const std::string statement =
      "\"Sadly I can confirm that the number of people who have died is now "
      "17.\"";
  const Extraction extraction = Extract(reported + "\n\n" + statement +
                                        "\n\nSearch dogs were brought in.\n");
  ASSERT_EQ(extraction.attributions.size(), 1u);
  const auto claims = QuotationClaims(extraction.attributions[0]);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].kind, AttributionKind::kDirect);
  EXPECT_EQ(claims[1].speaker, claims[0].speaker);
  EXPECT_EQ(SpeakerName(claims[1], extraction.entities), "Tom Reed");
  // Not a few words ("Related:", a crowd's "No!"), nor a group's words, nor
  // a paragraph that goes on after the quotation.
  for (const std::string& other :
       {reported + "\n\n\"Related:\"\n\nSearch dogs were brought in.\n",
        "Seventeen people have died, the police said.\n\n" + statement +
            "\n\nSearch dogs were brought in.\n",
        reported + "\n\n" + statement + " Search dogs were brought in.\n"}) {
    const Extraction none = Extract(other);
    for (const Attribution& claim : none.attributions) {
      EXPECT_TRUE(claim.later_quotations.empty()) << other;
      EXPECT_EQ(claim.kind, AttributionKind::kIndirect) << other;
    }
  }
}

TEST(QuotationVoiceTest, CueThatReportsItsObjectOrAClauseAfterItSignsNone) {
  // '"…," the crowd applauded': what the crowd applauded is its object;
  // '"…," and Berg talks about …' opens a clause of its own. The
  // quotation is the speaker's before it.
  for (const char* after :
       {"the crowd applauded loudly.", "and Berg talks about the bridge."}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "Ana Ruiz said the toll would \"pay for the bridge,\" ", after, "\n"));
    for (const AttributedItem& item : found) {
      if (item.content.find("pay for the bridge") != std::string::npos) {
        EXPECT_EQ(item.speaker, "Ana Ruiz") << after;
      }
    }
  }
  // Nor does the next sentence's cue sign the words a sign read.
  for (const AttributedItem& item :
       Extracted("Ana Ruiz hoisted a sign that read \"Toll free!\" Her "
                 "father, Tom, 39, worried that the toll would rise.\n")) {
    EXPECT_EQ(item.content.find("Toll free"), std::string::npos)
        << item.speaker;
  }
  const std::vector<AttributedItem> signed_by =
      Extracted("\"It will pay for the bridge,\" Berg said.\n");
  ASSERT_EQ(signed_by.size(), 1u);
  EXPECT_EQ(signed_by[0].speaker, "Berg");
}

TEST(QuotationVoiceTest, SignatureEndingTheSentenceTakesTheQuotationOpeningIt) {
  // '"…" before the vote, Berg said': the sentence has a cue of its own, so
  // the quotation opening it is no continuation of the last speaker's; the
  // quotation opening the next sentence goes on in Berg's voice.
  const std::vector<AttributedItem> found = Extracted(
      "\"The toll is negotiable,\" Ana Ruiz said.\n\n\"Drivers were angry\" "
      "before the vote, Tom Berg said. \"And the bridge was empty.\"\n");
  bool signed_found = false;
  for (const AttributedItem& item : found) {
    if (item.content.find("Drivers") != std::string::npos) {
      EXPECT_EQ(item.speaker, "Tom Berg") << item.content;
      signed_found = item.content.find("before the vote") != std::string::npos;
    }
    if (item.content.find("bridge was empty") != std::string::npos) {
      EXPECT_EQ(item.speaker, "Tom Berg") << item.content;
    }
  }
  EXPECT_TRUE(signed_found);
  // The quotation resumes after the signature's comma: one claim, without
  // when it was said.
  const std::vector<AttributedItem> resumed = Extracted(
      "\"Drivers were angry\" before the vote, Tom Berg said on Friday, "
      "\"and the bridge was empty.\"\n");
  ASSERT_EQ(resumed.size(), 1u);
  EXPECT_NE(resumed[0].content.find("bridge was empty"), std::string::npos);
  EXPECT_EQ(resumed[0].content.find("Friday"), std::string::npos);
  EXPECT_EQ(resumed[0].speaker, "Tom Berg");
}

TEST(QuotationVoiceTest, SignatureEndingTheSentenceQuotesTheWordsInsideIt) {
  // 'The city has lost "most of its bridges" in the flood, Ruiz said
  // Thursday': the signature reports the sentence, whose quoted words are
  // the speaker's; a time after the cue opens no clause.
  for (const char* signature : {"Tom Berg said.", "Tom Berg said Thursday.",
                                "Tom Berg said on Thursday."}) {
    const std::vector<AttributedItem> found =
        Extracted(std::string("The city has lost \"most of its bridges\" in "
                              "the flood, Mayor ") +
                  signature + "\n");
    ASSERT_EQ(found.size(), 1u) << signature;
    EXPECT_EQ(found[0].kind, "MIXED") << signature;
    EXPECT_EQ(found[0].speaker, "Tom Berg") << signature;
    EXPECT_EQ(found[0].quotation, "most of its bridges") << signature;
  }
  // An adjunct of the writer's before the quoted words opens no reported
  // clause: 'On "Meet the Press" Sunday, he said, "…"'.
  const std::vector<AttributedItem> adjunct = Extracted(
      "On \"Morning Report\" Sunday, Mayor Tom Berg said, \"The bridge "
      "will reopen.\"\n");
  ASSERT_EQ(adjunct.size(), 1u);
  EXPECT_EQ(adjunct[0].kind, "DIRECT");
  EXPECT_EQ(adjunct[0].content, "The bridge will reopen");
}

TEST(QuotationVoiceTest, OpeningMarkGluedToTheWordBeforeItCloses) {
  // Some systems print the opening curly mark for both ends: glued to the
  // word or the stop before it, inside a quotation, it closes.
  for (const char* close : {",\xE2\x80\x9C said Dan Ortiz.\n",
                            "\xE2\x80\x9C"
                            "Dan Ortiz said.\n"}) {
    const std::vector<AttributedItem> found =
        Extracted(std::string("The agency said aid was slow.\n\n\xE2\x80\x9CWe "
                              "thought the flood was the worst we could get") +
                  close + "\nThe agency said more aid was coming.\n");
    ASSERT_EQ(found.size(), 3u) << close;
    EXPECT_EQ(found[1].speaker, "Dan Ortiz") << close;
    EXPECT_EQ(found[1].content.find("more aid"), std::string::npos);
  }
  // A phrase of a few words, unpunctuated, names no one's statement.
  const std::vector<AttributedItem> phrase =
      Extracted("\"Toll free now\" Dan Ortiz wrote on a sign.\n");
  for (const AttributedItem& item : phrase) {
    EXPECT_EQ(item.content.find("Toll free"), std::string::npos);
  }
}

TEST(QuotationVoiceTest, QuotationOpeningASentenceItsCueSignsGoesOnInNoVoice) {
  // '"Meet the Press" host Chuck Todd said …': the sentence has a speaker
  // of its own; the quotation is no more of the last speaker's words.
  const std::vector<AttributedItem> found = Extracted(
      "\"The bridge will reopen,\" Ana Ruiz said.\n\n\"Meet the Press\" host "
      "Tom Berg said the vote was close.\n");
  for (const AttributedItem& item : found) {
    if (item.speaker == "Ana Ruiz") {
      EXPECT_EQ(item.content.find("Meet the Press"), std::string::npos);
    }
  }
}

TEST(QuotationVoiceTest, ReplyAfterAQuestionSignsTheAnswerNotTheQuestion) {
  // An interview: the question is not the words of the one who answers.
  const std::vector<AttributedItem> found = Extracted(
      "The host pressed the mayor.\n\n\"Would you have told her the toll was "
      "a bad idea?\" Tom Berg answered, \"I have no idea. We are old "
      "friends.\"\n");
  for (const AttributedItem& item : found) {
    if (item.speaker == "Tom Berg") {
      EXPECT_EQ(item.content.find("bad idea"), std::string::npos);
    }
  }
  // A reply that is itself a question is the one who replies.
  const std::vector<AttributedItem> question =
      Extracted("\"Why would I pay the toll?\" Tom Berg replied.\n");
  ASSERT_EQ(question.size(), 1u);
  EXPECT_EQ(question[0].speaker, "Tom Berg");
}

TEST(QuotationVoiceTest, ShortCapitalisedQuotationOpeningItsSentenceIsSaid) {
  // '"Like Oakland," Trump said': a few capitalised words opening the
  // sentence are words said, not a show's title.
  for (const char* words : {"Like Dayton", "Absolutely", "Safety"}) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("The mayor spoke on Friday.\n\n\"", words,
                     ",\" Ana Ruiz said. \"The toll is too high.\"\n"));
    ASSERT_EQ(found.size(), 1u) << words;
    EXPECT_EQ(found[0].speaker, "Ana Ruiz") << words;
    EXPECT_NE(found[0].content.find(words), std::string::npos) << words;
  }
}

TEST(QuotationVoiceTest, PageFieldOrTopicBeforeAColonIsNoSpeaker) {
  // A page's own fields and a story's topic label no one's words; a
  // transcript's speakers do.
  const std::vector<AttributedItem> found = Extracted(
      "BYLINE: Amber Ruiz.\n\nSECTION: Metro.\n\nPaid Notice: Deaths "
      "BERG, TOM.\n\n"
      "Writer: Tom Berg\nPublished: March 18, 2022 11:11 PM\n\nHurricane "
      "Ana: deaths reach 118\n\nHurricane Ana: deaths up to 122\n\nEVENT: "
      "Harbor Summit\n\nRUIZ: We will rebuild.\n\nBERG: We will not.\n\n"
      "RUIZ: We must.\n\nThe hearing ended.\n");
  ASSERT_GE(found.size(), 2u);
  for (const AttributedItem& item : found) {
    EXPECT_TRUE(item.speaker == "RUIZ" || item.speaker == "BERG")
        << item.speaker;
  }
}

}  // namespace
}  // namespace factcheck::extract
