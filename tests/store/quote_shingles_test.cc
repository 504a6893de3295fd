#include "store/quote_shingles.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(QuoteShinglesTest, CaseQuotesAndPunctuationDoNotChangeTheWords) {
  EXPECT_EQ(NormalizedQuoteWords("\xE2\x80\x9CIsrael\xE2\x80\x99s right, "
                                 "to DEFEND itself\xE2\x80\x9D"),
            NormalizedQuoteWords("\"israel's right to defend itself.\""));
  EXPECT_THAT(NormalizedQuoteWords("Israel's right"),
              ElementsAre("israel's", "right"));
}

TEST(QuoteShinglesTest, HyphensJoinWhileDashesAndEllipsesSeparate) {
  EXPECT_THAT(NormalizedQuoteWords("de-escalation"),
              ElementsAre("deescalation"));
  EXPECT_THAT(NormalizedQuoteWords("violence\xE2\x80\x94we are\xE2\x80\xA6"
                                   "focused...here"),
              ElementsAre("violence", "we", "are", "focused", "here"));
}

TEST(QuoteShinglesTest, NonLetterCharactersSeparateWordsAsSpacesDo) {
  // Web copy: a no-break space after a sentence, guillemets, a currency
  // sign; "´" written for an apostrophe, a soft hyphen inside a word.
  EXPECT_THAT(NormalizedQuoteWords("the Second Amendment.\xC2\xA0"
                                   "By the way"),
              ElementsAre("the", "second", "amendment", "by", "the", "way"));
  EXPECT_THAT(NormalizedQuoteWords("\xC2\xABNous\xC2\xBB \xE2\x82\xAC"
                                   "40m"),
              ElementsAre("nous", "40m"));
  EXPECT_THAT(NormalizedQuoteWords("Israel\xC2\xB4s de\xC2\xAD"
                                   "escalation"),
              ElementsAre("israel's", "deescalation"));
  // Letters of other scripts and accented ones stay in their words.
  EXPECT_THAT(
      NormalizedQuoteWords("Ant\xC3\xB3nio \xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2"),
      ElementsAre("ant\xC3\xB3nio", "\xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2"));
}

TEST(QuoteShinglesTest, TrailingApostropheIsAQuotationMark) {
  EXPECT_THAT(NormalizedQuoteWords("the US' encouragement"),
              ElementsAre("the", "us", "encouragement"));
}

TEST(QuoteShinglesTest, OneShinglePerRunOfThreeWords) {
  EXPECT_THAT(QuoteShingles("a b c d e"), SizeIs(3));
  EXPECT_THAT(QuoteShingles("two words"), SizeIs(1));
  EXPECT_THAT(QuoteShingles(" ... "), IsEmpty());
}

TEST(QuoteShinglesTest, OneChangedWordKeepsMostShingles) {
  const std::vector<uint64_t> said =
      QuoteShingles("we are very focused on this and on peace");
  const std::vector<uint64_t> misquoted =
      QuoteShingles("we are very concerned on this and on peace");
  std::vector<uint64_t> shared;
  std::set_intersection(said.begin(), said.end(), misquoted.begin(),
                        misquoted.end(), std::back_inserter(shared));
  EXPECT_EQ(shared.size(), said.size() - 3);
}

TEST(QuoteShinglesTest, HashesAreStableAcrossRuns) {
  // On disk: a change here orphans every stored quote_shingles entry. The
  // value is 64-bit FNV-1a of "a b c", computed independently.
  EXPECT_THAT(QuoteShingles("a b c"), ElementsAre(0x69cf480885ad45afull));
}

TEST(QuoteShinglesTest, PiecesOfAQuotationAreItsSpansInItsContent) {
  factcheck::v1::AttributedClaim claim;
  claim.set_content("We will rebuild. Every house.");
  const auto piece = [&claim](uint32_t begin, uint32_t end) {
    factcheck::v1::Span* span = claim.add_content_spans();
    span->set_begin(begin);
    span->set_end(end);
  };
  piece(10, 26);
  piece(40, 52);
  EXPECT_THAT(ComparedPieces(claim),
              ElementsAre("We will rebuild.", "Every house."));
  // Spans that do not fit the content (a claim written otherwise) give no
  // pieces; nor does a MIXED claim's quotation.
  piece(60, 70);
  EXPECT_THAT(ComparedPieces(claim), IsEmpty());
  claim.clear_content_spans();
  piece(10, 26);
  piece(40, 52);
  claim.set_quotation("rebuild");
  EXPECT_THAT(ComparedPieces(claim), IsEmpty());
}

}  // namespace
}  // namespace factcheck::store
