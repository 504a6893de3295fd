#include "client/claim_review.h"

#include <string>

#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace factcheck::client {
namespace {

using google::protobuf::Value;

// The value at a path of object keys ("itemReviewed", "author", "name").
const Value& At(const Value& root, std::initializer_list<const char*> path) {
  static const Value* const kMissing = new Value();
  const Value* value = &root;
  for (const char* key : path) {
    const auto& fields = value->struct_value().fields();
    auto it = fields.find(key);
    if (it == fields.end()) return *kMissing;
    value = &it->second;
  }
  return *value;
}

std::string Text(const Value& root, std::initializer_list<const char*> path) {
  return At(root, path).string_value();
}

v1::Report Document() {
  v1::Report document;
  document.set_id("desk-0513");
  document.set_source("Desk");
  document.set_url("https://example.org/desk-0513");
  document.set_title("Talks resume");
  document.mutable_published_at()->set_seconds(1620900000);  // 13 May 2021
  return document;
}

ClaimReviewOptions Options() {
  ClaimReviewOptions options;
  options.org_name = "Example Fact Desk";
  options.reviewed_at.set_seconds(1621000000);  // 14 May 2021
  return options;
}

TEST(ClaimReviewTest, MisattributedQuoteHasEveryFieldOfTheReview) {
  v1::ClaimVerdict verdict;
  v1::AttributedClaim* quote = verdict.mutable_claim()->mutable_attributed();
  quote->set_speaker("Mark Ellis");
  quote->set_content("We will rebuild every school");
  verdict.set_verdict(v1::VERDICT_MISATTRIBUTED);
  verdict.set_explanation(
      "these words were attributed to Lena Ortiz (AP, 12 May 2021)");
  v1::Evidence* evidence = verdict.add_evidence();
  evidence->set_report_id("ap-0512");
  evidence->set_source("AP");
  evidence->set_url("https://example.org/ap-0512");
  evidence->set_title("Ortiz vows to rebuild");
  evidence->mutable_published_at()->set_seconds(1620810000);

  const Value review = ClaimReview(verdict, Document(), Options());

  EXPECT_EQ(Text(review, {"@context"}), "https://schema.org");
  EXPECT_EQ(Text(review, {"@type"}), "ClaimReview");
  EXPECT_EQ(Text(review, {"claimReviewed"}), "We will rebuild every school");
  EXPECT_EQ(Text(review, {"datePublished"}), "2021-05-14");
  EXPECT_EQ(Text(review, {"author", "@type"}), "Organization");
  EXPECT_EQ(Text(review, {"author", "name"}), "Example Fact Desk");

  EXPECT_EQ(Text(review, {"itemReviewed", "@type"}), "Claim");
  EXPECT_EQ(Text(review, {"itemReviewed", "author", "@type"}), "Person");
  EXPECT_EQ(Text(review, {"itemReviewed", "author", "name"}), "Mark Ellis");
  EXPECT_EQ(Text(review, {"itemReviewed", "datePublished"}), "2021-05-13");
  EXPECT_EQ(Text(review, {"itemReviewed", "appearance", "url"}),
            "https://example.org/desk-0513");
  EXPECT_EQ(Text(review, {"itemReviewed", "appearance", "headline"}),
            "Talks resume");

  EXPECT_EQ(Text(review, {"reviewRating", "@type"}), "Rating");
  EXPECT_EQ(Text(review, {"reviewRating", "alternateName"}), "Misattributed");
  EXPECT_EQ(At(review, {"reviewRating", "ratingValue"}).number_value(), 1);
  EXPECT_EQ(At(review, {"reviewRating", "bestRating"}).number_value(), 5);
  EXPECT_EQ(At(review, {"reviewRating", "worstRating"}).number_value(), 1);
  EXPECT_EQ(Text(review, {"reviewRating", "ratingExplanation"}),
            verdict.explanation());

  const auto& citations = At(review, {"citation"}).list_value().values();
  ASSERT_EQ(citations.size(), 1);
  EXPECT_EQ(Text(citations[0], {"url"}), "https://example.org/ap-0512");
  EXPECT_EQ(Text(citations[0], {"name"}), "Ortiz vows to rebuild");
  EXPECT_EQ(Text(citations[0], {"publisher", "name"}), "AP");
  EXPECT_EQ(Text(citations[0], {"datePublished"}), "2021-05-12T09:00:00Z");
}

TEST(ClaimReviewTest, FigureIsAuthoredByItsSourceElseByThePublisher) {
  v1::ClaimVerdict verdict;
  v1::NumericClaim* figure = verdict.mutable_claim()->mutable_numeric();
  figure->set_text("At least 65 people were killed");
  verdict.set_verdict(v1::VERDICT_UNVERIFIED);
  Value review = ClaimReview(verdict, Document(), Options());
  EXPECT_EQ(Text(review, {"claimReviewed"}), "At least 65 people were killed");
  EXPECT_EQ(Text(review, {"itemReviewed", "author", "@type"}), "Organization");
  EXPECT_EQ(Text(review, {"itemReviewed", "author", "name"}), "Desk");
  EXPECT_FALSE(At(review, {"citation"}).has_list_value())
      << "no evidence, no citation";

  figure->set_source("health ministry");
  review = ClaimReview(verdict, Document(), Options());
  EXPECT_EQ(Text(review, {"itemReviewed", "author", "name"}),
            "health ministry");
}

TEST(ClaimReviewTest, QuoteOfNobodyNamedHasNoAuthor) {
  v1::ClaimVerdict verdict;
  v1::AttributedClaim* quote = verdict.mutable_claim()->mutable_attributed();
  quote->set_speaker_text("she");
  quote->set_content("Don't shoot him");
  verdict.set_verdict(v1::VERDICT_UNVERIFIED);
  EXPECT_FALSE(At(ClaimReview(verdict, Document(), Options()),
                  {"itemReviewed", "author"})
                   .has_struct_value());
  quote->set_speaker("Lena Ortiz");
  EXPECT_EQ(Text(ClaimReview(verdict, Document(), Options()),
                 {"itemReviewed", "author", "name"}),
            "Lena Ortiz");
}

TEST(ClaimReviewTest, RatingScaleRunsFromContradictedToAgrees) {
  EXPECT_EQ(RatingValue(v1::VERDICT_CONSISTENT), 5);
  EXPECT_EQ(RatingValue(v1::VERDICT_UPDATED), 4);
  EXPECT_EQ(RatingValue(v1::VERDICT_UNVERIFIED), 3);
  EXPECT_EQ(RatingValue(v1::VERDICT_OUTDATED), 2);
  EXPECT_EQ(RatingValue(v1::VERDICT_CONFLICTING), 1);
  EXPECT_EQ(RatingValue(v1::VERDICT_MISQUOTED), 1);
  EXPECT_EQ(RatingValue(v1::VERDICT_MISATTRIBUTED), 1);
}

TEST(ClaimReviewTest, BatchRecordNamesItsDocumentAndParsesAsJson) {
  v1::VerifyDocumentResponse response;
  v1::ClaimVerdict* verdict = response.add_verdicts();
  verdict->mutable_claim()->mutable_numeric()->set_text("43 dead");
  verdict->set_verdict(v1::VERDICT_CONSISTENT);
  const std::string line =
      ClaimReviewsRecord("desk-0513", response, Document(), Options());
  EXPECT_EQ(line.find('\n'), std::string::npos);
  google::protobuf::Value parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(line, &parsed).ok())
      << line;
  EXPECT_EQ(Text(parsed, {"request_id"}), "desk-0513");
  const auto& reviews = At(parsed, {"claim_reviews"}).list_value().values();
  ASSERT_EQ(reviews.size(), 1);
  EXPECT_EQ(Text(reviews[0], {"reviewRating", "alternateName"}), "Consistent");
}

}  // namespace
}  // namespace factcheck::client
