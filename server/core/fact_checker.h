// FactChecker: every rule of the factcheck.v1 API, without gRPC. It validates
// a request, extracts claims, verifies them or stores them, and builds the
// response. The gRPC service only converts statuses and delegates here, so
// that tests can drive the whole API without a server. The long calls take
// the `Call` they serve and stop, with CANCELLED or DEADLINE_EXCEEDED, when
// its caller has gone.
//
// Thread-safe: one FactChecker serves concurrent calls.
#ifndef FACTCHECK_SERVER_CORE_FACT_CHECKER_H_
#define FACTCHECK_SERVER_CORE_FACT_CHECKER_H_

#include <cstdint>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "protos/factcheck_service.pb.h"
#include "server/core/call.h"
#include "server/core/work_slots.h"
#include "server/verify/verifier.h"
#include "store/report_store.h"

namespace factcheck::core {

class FactChecker {
 public:
  // What IngestReports stored since the FactChecker was made, for
  // operators' metrics: reports by outcome, and the claims of the reports
  // created or replaced (an unchanged report writes nothing).
  struct IngestTotals {
    int64_t created = 0;
    int64_t replaced = 0;
    int64_t unchanged = 0;
    int64_t claims = 0;
  };

  // `store` is not owned and must outlive the FactChecker.
  // `max_response_bytes` is the largest answer the caller can be sent (the
  // server's --max_message_bytes; 0 for no limit): a request whose answer
  // would exceed it is refused with RESOURCE_EXHAUSTED naming what to
  // change, before the work wherever the answer's size has a bound (a text's
  // extraction, a page), else before sending (a document's verdicts).
  explicit FactChecker(store::ReportStore* store,
                       size_t max_response_bytes = 0);

  FactChecker(const FactChecker&) = delete;
  FactChecker& operator=(const FactChecker&) = delete;

  // Extracts claims from text. InvalidArgument for empty or non-UTF-8 text.
  [[nodiscard]] absl::StatusOr<factcheck::v1::ExtractClaimsResponse>
  ExtractClaims(const factcheck::v1::ExtractClaimsRequest& request) const;
  // The same, answered in the empty `response`, built where it is and on
  // its arena if it has one (as VerifyDocument's below).
  [[nodiscard]] absl::Status ExtractClaims(
      const factcheck::v1::ExtractClaimsRequest& request,
      factcheck::v1::ExtractClaimsResponse* response) const;

  // Verifies one document against prior reports. InvalidArgument for a bad
  // document or as_of.
  [[nodiscard]] absl::StatusOr<factcheck::v1::VerifyDocumentResponse>
  VerifyDocument(const factcheck::v1::VerifyDocumentRequest& request,
                 const Call& call = Call()) const;
  // The same, answered in the empty `response`, which is built where it is
  // and on its arena if it has one (the gRPC service's per-call arena: a
  // verdict's evidence is hundreds of small messages, freed at once with
  // the arena). After an error `response` holds a part of the answer.
  [[nodiscard]] absl::Status VerifyDocument(
      const factcheck::v1::VerifyDocumentRequest& request, const Call& call,
      factcheck::v1::VerifyDocumentResponse* response) const;

  // One document of a VerifyDocuments stream: never fails the stream; a bad
  // request comes back as its response's error.
  factcheck::v1::VerifyDocumentsResponse VerifyStreamed(
      const factcheck::v1::VerifyDocumentsRequest& request,
      const Call& call = Call()) const;
  // VerifyStreamed after a turn at work from `slots` (`method` names the
  // caller's method in a refusal); a document refused a turn gets the
  // refusal as its response's error, with the refusal's retry hint
  // (retry_hint.h) as the error's retry_after, and the stream goes on.
  factcheck::v1::VerifyDocumentsResponse VerifyStreamedInTurn(
      const factcheck::v1::VerifyDocumentsRequest& request, WorkSlots* slots,
      absl::string_view method, const Call& call) const;

  // Stores the reports with their claims in one atomic write. Every report is
  // validated first; InvalidArgument names the first bad field
  // ("reports[2].published_at") and nothing is stored.
  [[nodiscard]] absl::StatusOr<factcheck::v1::IngestReportsResponse>
  IngestReports(const factcheck::v1::IngestReportsRequest& request,
                const Call& call = Call());

  // NotFound for an unknown id; InvalidArgument for a malformed one.
  [[nodiscard]] absl::StatusOr<factcheck::v1::GetReportResponse> GetReport(
      const factcheck::v1::GetReportRequest& request) const;

  // Reports in published-time order; InvalidArgument for a bad filter, page
  // size or page token.
  [[nodiscard]] absl::StatusOr<factcheck::v1::ListReportsResponse> ListReports(
      const factcheck::v1::ListReportsRequest& request) const;

  // Stored claims on a figure, by a speaker or sharing words, oldest first
  // (see claim_search.h).
  [[nodiscard]] absl::StatusOr<factcheck::v1::SearchClaimsResponse>
  SearchClaims(const factcheck::v1::SearchClaimsRequest& request) const;

  // NotFound for an unknown id; InvalidArgument for a malformed one.
  [[nodiscard]] absl::StatusOr<factcheck::v1::DeleteReportResponse>
  DeleteReport(const factcheck::v1::DeleteReportRequest& request);

  // What IngestReports stored so far, over every face of the server.
  IngestTotals ingest_totals() const;

 private:
  // RESOURCE_EXHAUSTED when an answer of up to `bound` bytes may not fit.
  absl::Status Fits(size_t bound, absl::string_view what) const;

  store::ReportStore* const store_;
  verify::Verifier verifier_;
  const size_t max_response_bytes_;
  mutable absl::Mutex totals_mutex_;
  IngestTotals totals_ ABSL_GUARDED_BY(totals_mutex_);
};

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_FACT_CHECKER_H_
