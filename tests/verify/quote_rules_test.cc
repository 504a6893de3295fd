#include "server/verify/quote_rules.h"

#include <string>

#include "gtest/gtest.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {
namespace {

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
  const Judgement unnamed =
      JudgeQuote(Quotation("", words), {&earlier}, cache, std::nullopt);
  EXPECT_EQ(unnamed.verdict, factcheck::v1::VERDICT_UNVERIFIED);
  EXPECT_EQ(unnamed.explanation,
            "the text does not say who \"she\" is: words are compared only "
            "as a named speaker's");
  EXPECT_TRUE(unnamed.evidence.empty());
  // Named, the same words earlier given to another are a misattribution.
  EXPECT_EQ(JudgeQuote(Quotation("Kamala Harris", words), {&earlier}, cache,
                       std::nullopt)
                .verdict,
            factcheck::v1::VERDICT_MISATTRIBUTED);
}

}  // namespace
}  // namespace factcheck::verify
