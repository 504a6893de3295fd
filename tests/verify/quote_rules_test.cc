#include "server/verify/quote_rules.h"

#include <string>

#include "gtest/gtest.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {
namespace {

TEST(SameSpeakerTest, SurnameIsTheFullName) {
  EXPECT_TRUE(SameSpeaker("Blinken", "Antony Blinken"));
  EXPECT_TRUE(SameSpeaker("Antony Blinken", "blinken"));
}

TEST(SameSpeakerTest, CaseAndALeadingArticleDoNotMatter) {
  EXPECT_TRUE(SameSpeaker("the White House", "White House"));
  EXPECT_TRUE(SameSpeaker("THE WHITE HOUSE", "the white house"));
}

TEST(SameSpeakerTest, AnHonorificAndTheSurnameAreTheFullName) {
  EXPECT_TRUE(SameSpeaker("Mr. Trump", "Donald Trump"));
  EXPECT_TRUE(SameSpeaker("Mrs. Clinton", "Hillary Clinton"));
  EXPECT_FALSE(SameSpeaker("Mrs. Clinton", "Hillary Rodham"));
}

TEST(SameSpeakerTest, ANameWithAndWithoutItsAccentsIsOneName) {
  EXPECT_TRUE(SameSpeaker("Ant\xC3\xB3nio Guterres", "Antonio Guterres"));
  EXPECT_TRUE(SameSpeaker("Guterres", "Ant\xC3\xB3nio Guterres"));
  EXPECT_FALSE(SameSpeaker("Ant\xC3\xB3nio Guterres", "Antonio Costa"));
  // Latin Extended-A too: "Erdo\xC4\x9F" "an", as copy without the breve
  // writes it.
  EXPECT_TRUE(
      SameSpeaker("Recep Tayyip Erdo\xC4\x9F"
                  "an",
                  "Erdogan"));
  EXPECT_FALSE(
      SameSpeaker("Recep Tayyip Erdo\xC4\x9F"
                  "an",
                  "Erdem"));
}

TEST(SameSpeakerTest, CurlyAndStraightApostrophesAreOneMark) {
  EXPECT_TRUE(
      SameSpeaker("NDMA\xE2\x80\x99s latest sit rep", "NDMA's latest sit rep"));
}

TEST(SameSpeakerTest, OtherNamesAreOtherSpeakers) {
  EXPECT_FALSE(SameSpeaker("Ken", "Antony Blinken"));
  EXPECT_FALSE(SameSpeaker("Donald Blinken", "Antony Blinken"));
  EXPECT_FALSE(SameSpeaker("Joe Biden", "Kamala Harris"));
  EXPECT_FALSE(SameSpeaker("", "Antony Blinken"));
}

TEST(SpelledAlikeTest, SurnamesOneLetterApartMayBeOnePerson) {
  EXPECT_TRUE(SpelledAlike("Anil Jasinghe", "Jaisinghe"));
  EXPECT_TRUE(SpelledAlike("Zelensky", "Volodymyr Zelenskyy"));
  EXPECT_TRUE(SpelledAlike("Muammar Gaddafi", "Muammar Qaddafi"));
}

TEST(SpelledAlikeTest, GivenNamesOneLetterApartWithOneSurnameMayBeOnePerson) {
  EXPECT_TRUE(SpelledAlike("Saeed Abid", "Saaed Abid"));
  EXPECT_TRUE(SpelledAlike("Nima Saeed Abid", "Saaed Abid"));
  EXPECT_FALSE(SpelledAlike("Omar Abid", "Amir Abid"));
  EXPECT_FALSE(SpelledAlike("Abid", "Saaed Abid"));
}

TEST(SpelledAlikeTest, ShortOrFartherOrSameSurnamesAreNot) {
  EXPECT_FALSE(SpelledAlike("Ann Lee", "Ann Lew"));
  EXPECT_FALSE(SpelledAlike("Boris Johnson", "Boris Jackson"));
  EXPECT_FALSE(SpelledAlike("Anil Jasinghe", "Ravi Jasinghe"));
  EXPECT_FALSE(SpelledAlike("", "Jasinghe"));
}

// A quotation of `speaker` as a claim of the document being verified.
factcheck::v1::AttributedClaim Quotation(const std::string& speaker,
                                         const std::string& words) {
  factcheck::v1::AttributedClaim claim;
  claim.set_speaker(speaker);
  claim.set_speaker_text(speaker.empty() ? "she" : speaker);
  claim.set_kind(factcheck::v1::ATTRIBUTION_KIND_DIRECT);
  claim.set_content(words);
  return claim;
}

TEST(JudgeQuoteTest, QuotationOfNobodyNamedIsUnverifiedSayingWhy) {
  const std::string words =
      "We will rebuild every bridge in the county before the winter comes";
  store::IndexedClaim earlier;
  earlier.set_report_id("r1");
  earlier.set_source("AP");
  *earlier.mutable_claim()->mutable_attributed() =
      Quotation("Joe Biden", words);
  QuoteWords cache;
  const Judgement unnamed = JudgeQuote(Quotation("", words), {&earlier}, cache);
  EXPECT_EQ(unnamed.verdict, factcheck::v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(unnamed.explanation,
            "the text does not say who \"she\" is: words are compared only "
            "as a named speaker's");
  EXPECT_TRUE(unnamed.evidence.empty());
  // Named, the same words earlier given to another are a misattribution.
  EXPECT_EQ(
      JudgeQuote(Quotation("Kamala Harris", words), {&earlier}, cache).verdict,
      factcheck::v1::VERDICT_MISATTRIBUTED);
}

}  // namespace
}  // namespace factcheck::verify
