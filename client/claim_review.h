// ClaimReview (schema.org JSON-LD) for verdicts, so that a newsroom can
// publish what factcheck found in the markup search engines and fact-check
// aggregators read. One ClaimReview per claim:
//   claimReviewed  the claim's words (a figure's sentence part, a quotation)
//   itemReviewed   a Claim: its author (the speaker, a Person, or the figure's
//                  source or the document's, an Organization), when it was
//                  made and where it appeared (the document's url and title)
//   author         the reviewing organisation (--org_name)
//   datePublished  the day of the review
//   reviewRating   the verdict: alternateName and ratingValue on the scale of
//                  kRatingScale (1 contradicted … 5 agrees)
//   citation       the evidence: each earlier report's url, title, source
//                  and date
#ifndef FACTCHECK_CLIENT_CLAIM_REVIEW_H_
#define FACTCHECK_CLIENT_CLAIM_REVIEW_H_

#include <string>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/timestamp.pb.h"
#include "protos/factcheck_service.pb.h"
#include "protos/report.pb.h"
#include "protos/verdict.pb.h"

namespace factcheck::client {

struct ClaimReviewOptions {
  // The organisation publishing the reviews.
  std::string org_name = "factcheck";
  // When the reviews are published.
  google::protobuf::Timestamp reviewed_at;
};

// How a verdict rates a claim, from 1 (worst) to 5 (best): 5 consistent,
// 4 updated (a newer figure in the direction the count moves), 3 unverified
// (nothing to check it against), 2 outdated (older than figures already
// published), 1 conflicting, misquoted or misattributed.
int RatingValue(factcheck::v1::Verdict verdict);

// The ClaimReview of one verdict on a claim of `document` (its text is not
// needed: id, source, url, title and published_at are).
google::protobuf::Value ClaimReview(const factcheck::v1::ClaimVerdict& verdict,
                                    const factcheck::v1::Report& document,
                                    const ClaimReviewOptions& options);

// A JSON array of the ClaimReviews of every verdict in `response`, on one
// line.
std::string ClaimReviewsJson(
    const factcheck::v1::VerifyDocumentResponse& response,
    const factcheck::v1::Report& document, const ClaimReviewOptions& options);

// A batch job's line for one document: {"request_id": ID, "claim_reviews":
// [...]}, so that a resumed job can tell which document a line answers.
std::string ClaimReviewsRecord(
    const std::string& request_id,
    const factcheck::v1::VerifyDocumentResponse& response,
    const factcheck::v1::Report& document, const ClaimReviewOptions& options);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_CLAIM_REVIEW_H_
