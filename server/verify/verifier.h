// Verifies the claims of a document against prior reports in the store.
//
// Prior means published before `as_of` when given, else before the
// document's published_at, else every stored report. A stored report with
// the document's id is never evidence. Each lookup reads only the most
// recent prior claims (the limits below), so the cost of a verification
// follows the document, not the size of the store.
//
// Thread-safe: any number of threads may verify at once.
#ifndef FACTCHECK_SERVER_VERIFY_VERIFIER_H_
#define FACTCHECK_SERVER_VERIFY_VERIFIER_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "protos/claims.pb.h"
#include "protos/factcheck_service.pb.h"
#include "protos/report.pb.h"
#include "server/core/call.h"
#include "store/report_store.h"

namespace factcheck::verify {

// Prior claims read per lookup: numeric claims on the same measure and
// place; quotes by the same speaker; quotes sharing words with the claim.
// The rules need the latest few, and a quote verdict's confidence stops
// rising at four independent sources; more would only cost time. Numeric
// lookups read more because any disjoint figure of the same day is a
// conflict. Words are the dearest lookup: a seek per sampled shingle, then
// a read per match.
inline constexpr size_t kNumericPriors = 16;
inline constexpr size_t kSpeakerPriors = 8;
inline constexpr size_t kSharedWordPriors = 8;

// Writes into the empty `evidence` a stored claim as the API shows it: the
// claim with its report's id, source, url, title and time, and the words
// around it. `prior` may be as a lookup read it, its `shown` fields still
// serialised (store/index_values.h); DataLoss when those are damaged.
// Built on `evidence`'s arena, if it has one: nothing is copied twice.
absl::Status EvidenceOf(const store::IndexedClaim& prior,
                        factcheck::v1::Evidence* evidence);

class Verifier {
 public:
  // `store` is not owned and must outlive the verifier.
  explicit Verifier(const store::ReportStore* store) : store_(store) {}

  // One verdict per claim, in order, with evidence and a summary; each
  // claim moves into its verdict. With `evidence_limit`, a verdict carries
  // at most that many pieces of evidence, the first it weighs (the rest are
  // never made whole: a batch job that counts verdicts pays for none).
  // Errors are the store's (Unavailable, DataLoss), or `call`'s when its
  // caller goes away between two claims. The answer is built in the empty
  // `response`, on its arena if it has one (a gRPC call's: freed at once
  // with the call, rather than message by message); after an error it
  // holds a part of the answer.
  [[nodiscard]] absl::Status Verify(
      const factcheck::v1::Report& document,
      std::vector<factcheck::v1::Claim> claims,
      const std::optional<google::protobuf::Timestamp>& as_of,
      const core::Call& call, std::optional<size_t> evidence_limit,
      factcheck::v1::VerifyDocumentResponse* response) const;

 private:
  const store::ReportStore* const store_;
};

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_VERIFIER_H_
