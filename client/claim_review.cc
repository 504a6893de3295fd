#include "client/claim_review.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "client/output.h"
#include "client/timestamps.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck::client {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

Value Text(std::string text) {
  Value value;
  value.set_string_value(std::move(text));
  return value;
}

Value Number(double number) {
  Value value;
  value.set_number_value(number);
  return value;
}

// A schema.org node of `type` with the given properties; empty strings are
// left out.
Value Node(const std::string& type,
           std::initializer_list<std::pair<const char*, Value>> properties) {
  Value value;
  Struct* node = value.mutable_struct_value();
  (*node->mutable_fields())["@type"] = Text(type);
  for (const auto& [name, property] : properties) {
    if (property.kind_case() == Value::kStringValue &&
        property.string_value().empty()) {
      continue;
    }
    (*node->mutable_fields())[name] = property;
  }
  return value;
}

// "Conflicting" for VERDICT_CONFLICTING.
std::string VerdictName(factcheck::v1::Verdict verdict) {
  std::string name =
      factcheck::v1::Verdict_Name(verdict).substr(sizeof("VERDICT_") - 1);
  absl::AsciiStrToLower(&name);
  if (!name.empty()) name[0] = absl::ascii_toupper(name[0]);
  return name;
}

std::string Date(const google::protobuf::Timestamp& time) {
  return FormatTimestamp(time).substr(0, 10);
}

}  // namespace

int RatingValue(factcheck::v1::Verdict verdict) {
  switch (verdict) {
    case factcheck::v1::VERDICT_CONSISTENT:
      return 5;
    case factcheck::v1::VERDICT_UPDATED:
      return 4;
    case factcheck::v1::VERDICT_OUTDATED:
      return 2;
    case factcheck::v1::VERDICT_CONFLICTING:
    case factcheck::v1::VERDICT_MISQUOTED:
    case factcheck::v1::VERDICT_MISATTRIBUTED:
      return 1;
    default:
      return 3;
  }
}

Value ClaimReview(const factcheck::v1::ClaimVerdict& verdict,
                  const factcheck::v1::Report& document,
                  const ClaimReviewOptions& options) {
  const factcheck::v1::Claim& claim = verdict.claim();
  Value claim_author;
  if (claim.has_attributed()) {
    claim_author =
        Node("Person", {{"name", Text(claim.attributed().speaker())}});
  } else {
    const std::string& source = claim.numeric().source().empty()
                                    ? document.source()
                                    : claim.numeric().source();
    claim_author = Node("Organization", {{"name", Text(source)}});
  }
  Value citations;
  for (const factcheck::v1::Evidence& evidence : verdict.evidence()) {
    *citations.mutable_list_value()->add_values() = Node(
        "CreativeWork",
        {{"url", Text(evidence.url())},
         {"name", Text(evidence.title())},
         {"identifier", Text(evidence.report_id())},
         {"publisher",
          Node("Organization", {{"name", Text(evidence.source())}})},
         {"datePublished", Text(FormatTimestamp(evidence.published_at()))}});
  }
  Value review = Node(
      "ClaimReview",
      {{"claimReviewed", Text(ClaimWords(claim))},
       {"itemReviewed",
        Node("Claim",
             {{"author", claim_author},
              {"datePublished",
               Text(document.has_published_at() ? Date(document.published_at())
                                                : "")},
              {"appearance",
               Node("CreativeWork", {{"url", Text(document.url())},
                                     {"headline", Text(document.title())},
                                     {"identifier", Text(document.id())}})}})},
       {"author", Node("Organization", {{"name", Text(options.org_name)}})},
       {"datePublished", Text(Date(options.reviewed_at))},
       {"reviewRating",
        Node("Rating", {{"ratingValue", Number(RatingValue(verdict.verdict()))},
                        {"bestRating", Number(5)},
                        {"worstRating", Number(1)},
                        {"alternateName", Text(VerdictName(verdict.verdict()))},
                        {"ratingExplanation", Text(verdict.explanation())}})}});
  if (verdict.evidence_size() > 0) {
    (*review.mutable_struct_value()->mutable_fields())["citation"] = citations;
  }
  // Words the text gives nobody it names have no known author.
  if (claim.has_attributed() && claim.attributed().speaker().empty()) {
    (*review.mutable_struct_value()->mutable_fields())["itemReviewed"]
        .mutable_struct_value()
        ->mutable_fields()
        ->erase("author");
  }
  (*review.mutable_struct_value()->mutable_fields())["@context"] =
      Text("https://schema.org");
  return review;
}

namespace {

Value ClaimReviews(const factcheck::v1::VerifyDocumentResponse& response,
                   const factcheck::v1::Report& document,
                   const ClaimReviewOptions& options) {
  Value reviews;
  reviews.mutable_list_value();
  for (const factcheck::v1::ClaimVerdict& verdict : response.verdicts()) {
    *reviews.mutable_list_value()->add_values() =
        ClaimReview(verdict, document, options);
  }
  return reviews;
}

std::string Json(const google::protobuf::Message& message) {
  std::string json;
  google::protobuf::util::MessageToJsonString(message, &json);
  return json;
}

}  // namespace

std::string ClaimReviewsJson(
    const factcheck::v1::VerifyDocumentResponse& response,
    const factcheck::v1::Report& document, const ClaimReviewOptions& options) {
  return Json(ClaimReviews(response, document, options));
}

std::string ClaimReviewsRecord(
    const std::string& request_id,
    const factcheck::v1::VerifyDocumentResponse& response,
    const factcheck::v1::Report& document, const ClaimReviewOptions& options) {
  Struct record;
  (*record.mutable_fields())["request_id"] = Text(request_id);
  (*record.mutable_fields())["claim_reviews"] =
      ClaimReviews(response, document, options);
  return Json(record);
}

}  // namespace factcheck::client
