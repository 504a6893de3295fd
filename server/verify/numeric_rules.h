// Verdicts on numeric claims, from prior claims on the same measure and
// place (the store found them; the caller keeps only reports published
// before the document and never the document itself).
//
// - CONSISTENT: the most recent comparable prior claim's interval overlaps.
// - UPDATED: a running total (deaths, injured, displaced …) rose since the
//   most recent comparable prior claim, published at least kSameTime earlier.
// - CONFLICTING: any prior claim disjoint at about the same time (within
//   kSameTime), or a running total below an earlier report's floor.
// - UNVERIFIED: no prior claim in the same unit (percent never matches a
//   count).
// A measure that is no running total and differs at another time is not
// comparable: the figures may be for other periods. A claim of a
// related-article line ("Read: …") is an earlier article's, of unknown date:
// CONSISTENT when a prior agrees, else UNVERIFIED.
#ifndef FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_
#define FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_

#include <optional>
#include <vector>

#include "absl/time/time.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

// Reports this close in time describe the same moment.
inline constexpr absl::Duration kSameTime = absl::Hours(12);

// `document_time`: when the claim was published, if known (as_of or the
// document's published_at); without it every prior counts as earlier.
// `priors` in any order; the judgement points into them.
Judgement JudgeNumeric(const factcheck::v1::NumericClaim& claim,
                       std::optional<absl::Time> document_time,
                       const PriorClaims& priors);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_
