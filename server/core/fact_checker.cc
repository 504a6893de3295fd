#include "server/core/fact_checker.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "server/core/claim_protos.h"
#include "server/core/claim_search.h"
#include "server/core/retry_hint.h"
#include "server/core/validation.h"
#include "server/extract/extractor.h"
#include "store/report_store.h"

namespace factcheck::core {
namespace {

constexpr int kDefaultPageSize = 50;
// Bounds of an answer's size, for refusing before the work what would not
// fit: an extraction takes at most this many bytes per byte of text (the
// densest texts take about 2.1, tests/core/response_bounds_test); a report
// summary and a stored claim at most these (their text fields are bounded
// at the door; a stored claim adds its excerpt and content).
constexpr size_t kExtractBytesPerTextByte = 4;
constexpr size_t kMaxSummaryBytes = kMaxTitleBytes + kMaxUrlBytes +
                                    kMaxSourceBytes + store::kMaxReportIdBytes +
                                    64;
constexpr size_t kMaxStoredClaimBytes = 16 << 10;
// The time a store write is given to finish before the caller's deadline.
constexpr absl::Duration kWriteTime = absl::Milliseconds(250);

absl::Status ValidateAsOf(const factcheck::v1::Report& document, bool has_as_of,
                          const google::protobuf::Timestamp& as_of,
                          absl::string_view prefix) {
  if (absl::Status valid =
          ValidateDocument(document, absl::StrCat(prefix, "document"));
      !valid.ok()) {
    return valid;
  }
  if (has_as_of) {
    return ValidateTimestamp(as_of, absl::StrCat(prefix, "as_of"));
  }
  return absl::OkStatus();
}

factcheck::v1::IngestOutcome ToProto(store::PutOutcome outcome) {
  switch (outcome) {
    case store::PutOutcome::kCreated:
      return factcheck::v1::INGEST_OUTCOME_CREATED;
    case store::PutOutcome::kUnchanged:
      return factcheck::v1::INGEST_OUTCOME_UNCHANGED;
    case store::PutOutcome::kReplaced:
      return factcheck::v1::INGEST_OUTCOME_REPLACED;
  }
  return factcheck::v1::INGEST_OUTCOME_UNSPECIFIED;
}

// Moves the description of each report `response`'s evidence comes from
// (source, time, url, title) out of the evidence into `response.reports`,
// once per report.
void DescribeReportsOnce(factcheck::v1::VerifyDocumentResponse* response) {
  absl::flat_hash_set<std::string> described;
  for (factcheck::v1::ClaimVerdict& verdict : *response->mutable_verdicts()) {
    for (factcheck::v1::Evidence& evidence : *verdict.mutable_evidence()) {
      if (described.insert(evidence.report_id()).second) {
        factcheck::v1::Report* report = response->add_reports();
        report->set_id(evidence.report_id());
        report->set_source(std::move(*evidence.mutable_source()));
        report->set_url(std::move(*evidence.mutable_url()));
        report->set_title(std::move(*evidence.mutable_title()));
        if (evidence.has_published_at()) {
          report->mutable_published_at()->Swap(evidence.mutable_published_at());
        }
      }
      evidence.clear_source();
      evidence.clear_url();
      evidence.clear_title();
      evidence.clear_published_at();
    }
  }
}

}  // namespace

FactChecker::FactChecker(store::ReportStore* store, size_t max_response_bytes)
    : store_(store),
      verifier_(store),
      max_response_bytes_(max_response_bytes) {}

absl::Status FactChecker::Fits(size_t bound, absl::string_view what) const {
  if (max_response_bytes_ == 0 || bound <= max_response_bytes_) {
    return absl::OkStatus();
  }
  return absl::ResourceExhaustedError(
      absl::StrCat(what, ": the answer may take ", bound,
                   " bytes, over this server's message limit of ",
                   max_response_bytes_, " bytes (--max_message_bytes)"));
}

absl::StatusOr<factcheck::v1::ExtractClaimsResponse> FactChecker::ExtractClaims(
    const factcheck::v1::ExtractClaimsRequest& request) const {
  factcheck::v1::ExtractClaimsResponse response;
  if (absl::Status extracted = ExtractClaims(request, &response);
      !extracted.ok()) {
    return extracted;
  }
  return response;
}

absl::Status FactChecker::ExtractClaims(
    const factcheck::v1::ExtractClaimsRequest& request,
    factcheck::v1::ExtractClaimsResponse* response) const {
  if (absl::Status valid = ValidateText(request.text(), "text"); !valid.ok()) {
    return valid;
  }
  if (absl::Status fits = Fits(
          request.text().size() * kExtractBytesPerTextByte,
          absl::StrCat("text (", request.text().size(), " bytes; send at most ",
                       max_response_bytes_ / kExtractBytesPerTextByte,
                       " per call)"));
      !fits.ok()) {
    return fits;
  }
  ToExtractResponse(request.text(), extract::Extract(request.text()), response);
  return absl::OkStatus();
}

absl::StatusOr<factcheck::v1::VerifyDocumentResponse>
FactChecker::VerifyDocument(const factcheck::v1::VerifyDocumentRequest& request,
                            const Call& call) const {
  factcheck::v1::VerifyDocumentResponse response;
  if (absl::Status verified = VerifyDocument(request, call, &response);
      !verified.ok()) {
    return verified;
  }
  return response;
}

absl::Status FactChecker::VerifyDocument(
    const factcheck::v1::VerifyDocumentRequest& request, const Call& call,
    factcheck::v1::VerifyDocumentResponse* response) const {
  if (absl::Status valid = ValidateAsOf(request.document(), request.has_as_of(),
                                        request.as_of(), "");
      !valid.ok()) {
    return valid;
  }
  const factcheck::v1::AnswerShape& shape = request.shape();
  if (shape.has_evidence_limit() && shape.evidence_limit() < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("shape.evidence_limit: must be 0 or more, not ",
                     shape.evidence_limit()));
  }
  const factcheck::v1::Report& document = request.document();
  std::optional<google::protobuf::Timestamp> as_of;
  if (request.has_as_of()) as_of = request.as_of();
  std::vector<factcheck::v1::Claim> claims =
      ToClaimProtos(document.text(), extract::Extract(document.text()),
                    Quotations::kEachQuotation);
  const size_t claim_count = claims.size();
  std::optional<size_t> evidence_limit;
  if (shape.summary_only()) {
    evidence_limit = 0;
  } else if (shape.has_evidence_limit()) {
    evidence_limit = static_cast<size_t>(shape.evidence_limit());
  }
  if (absl::Status verified = verifier_.Verify(
          document, std::move(claims), as_of, call, evidence_limit, response);
      !verified.ok()) {
    return verified;
  }
  if (shape.summary_only()) response->clear_verdicts();
  if (shape.reports_once()) DescribeReportsOnce(response);
  // The evidence of a verdict has no useful bound before it is read.
  return Fits(response->ByteSizeLong(),
              absl::StrCat("document (", claim_count,
                           " claims with their evidence; verify it in parts, "
                           "or ask for less with shape.evidence_limit)"));
}

factcheck::v1::VerifyDocumentsResponse FactChecker::VerifyStreamed(
    const factcheck::v1::VerifyDocumentsRequest& request,
    const Call& call) const {
  factcheck::v1::VerifyDocumentsResponse response;
  response.set_request_id(request.has_request_id() ? request.request_id()
                                                   : request.document().id());
  factcheck::v1::VerifyDocumentRequest single;
  *single.mutable_document() = request.document();
  if (request.has_as_of()) *single.mutable_as_of() = request.as_of();
  if (request.has_shape()) *single.mutable_shape() = request.shape();
  if (absl::Status verified =
          VerifyDocument(single, call, response.mutable_result());
      !verified.ok()) {
    response.mutable_error()->set_code(static_cast<int>(verified.code()));
    response.mutable_error()->set_message(std::string(verified.message()));
  }
  return response;
}

absl::StatusOr<factcheck::v1::IngestReportsResponse> FactChecker::IngestReports(
    const factcheck::v1::IngestReportsRequest& request, const Call& call) {
  if (request.reports().empty()) {
    return absl::InvalidArgumentError(
        "reports is empty; send at least one report");
  }
  std::vector<store::StoredReport> records;
  records.reserve(request.reports_size());
  for (int i = 0; i < request.reports_size(); ++i) {
    const factcheck::v1::Report& report = request.reports(i);
    if (absl::Status valid =
            ValidateReportForIngest(report, absl::StrCat("reports[", i, "]"));
        !valid.ok()) {
      return valid;
    }
    if (absl::Status waiting = call.Check("extracting every report's claims");
        !waiting.ok()) {
      return waiting;
    }
    store::StoredReport& record = records.emplace_back();
    *record.mutable_report() = report;
    for (factcheck::v1::Claim& claim :
         ToClaimProtos(report.text(), extract::Extract(report.text()),
                       Quotations::kWholeStatements)) {
      *record.add_claims() = std::move(claim);
    }
  }
  // A write the caller is told failed must not happen: it starts only
  // with time left to finish (an fsync takes milliseconds, a slow disk
  // more).
  if (absl::Status waiting = call.CheckTimeLeft(kWriteTime, "storing reports");
      !waiting.ok()) {
    return waiting;
  }
  absl::StatusOr<std::vector<store::PutOutcome>> outcomes =
      store_->Put(records);
  if (!outcomes.ok()) return outcomes.status();
  factcheck::v1::IngestReportsResponse response;
  IngestTotals stored;
  for (size_t i = 0; i < records.size(); ++i) {
    factcheck::v1::IngestResult* result = response.add_results();
    result->set_report_id(records[i].report().id());
    result->set_outcome(ToProto((*outcomes)[i]));
    result->set_claims(records[i].claims_size());
    switch ((*outcomes)[i]) {
      case store::PutOutcome::kCreated:
        ++stored.created;
        stored.claims += records[i].claims_size();
        break;
      case store::PutOutcome::kReplaced:
        ++stored.replaced;
        stored.claims += records[i].claims_size();
        break;
      case store::PutOutcome::kUnchanged:
        ++stored.unchanged;
        break;
    }
  }
  absl::MutexLock lock(&totals_mutex_);
  totals_.created += stored.created;
  totals_.replaced += stored.replaced;
  totals_.unchanged += stored.unchanged;
  totals_.claims += stored.claims;
  return response;
}

FactChecker::IngestTotals FactChecker::ingest_totals() const {
  absl::MutexLock lock(&totals_mutex_);
  return totals_;
}

absl::StatusOr<factcheck::v1::GetReportResponse> FactChecker::GetReport(
    const factcheck::v1::GetReportRequest& request) const {
  if (absl::Status valid = ValidateReportId(request.id(), "id"); !valid.ok()) {
    return valid;
  }
  absl::StatusOr<store::StoredReport> record = store_->Get(request.id());
  if (!record.ok()) return record.status();
  factcheck::v1::GetReportResponse response;
  *response.mutable_report() = std::move(*record->mutable_report());
  *response.mutable_claims() = std::move(*record->mutable_claims());
  return response;
}

absl::StatusOr<factcheck::v1::ListReportsResponse> FactChecker::ListReports(
    const factcheck::v1::ListReportsRequest& request) const {
  if (absl::Status valid =
          ValidateString(request.source(), "source", kMaxSourceBytes);
      !valid.ok()) {
    return valid;
  }
  store::ListQuery query;
  query.source = request.source();
  if (request.has_published_after()) {
    if (absl::Status valid =
            ValidateTimestamp(request.published_after(), "published_after");
        !valid.ok()) {
      return valid;
    }
    query.published_after = request.published_after();
  }
  if (request.has_published_before()) {
    if (absl::Status valid =
            ValidateTimestamp(request.published_before(), "published_before");
        !valid.ok()) {
      return valid;
    }
    query.published_before = request.published_before();
  }
  query.page_size =
      request.has_page_size() ? request.page_size() : kDefaultPageSize;
  if (absl::Status fits = Fits(
          static_cast<size_t>(std::max(query.page_size, 0)) * kMaxSummaryBytes,
          absl::StrCat("page_size (", query.page_size, "; at most ",
                       max_response_bytes_ / kMaxSummaryBytes, " fit)"));
      !fits.ok()) {
    return fits;
  }
  query.page_token = request.page_token();
  query.newest_first = request.newest_first();

  absl::StatusOr<store::ListPage> page = store_->List(query);
  if (!page.ok()) return page.status();
  factcheck::v1::ListReportsResponse response;
  for (const store::StoredReport& record : page->reports) {
    const factcheck::v1::Report& report = record.report();
    factcheck::v1::ReportSummary* summary = response.add_reports();
    summary->set_id(report.id());
    summary->set_source(report.source());
    summary->set_url(report.url());
    summary->set_title(report.title());
    *summary->mutable_published_at() = report.published_at();
    summary->set_text_bytes(static_cast<uint32_t>(report.text().size()));
    summary->set_claims(record.claims_size());
  }
  response.set_next_page_token(page->next_page_token);
  return response;
}

absl::StatusOr<factcheck::v1::SearchClaimsResponse> FactChecker::SearchClaims(
    const factcheck::v1::SearchClaimsRequest& request) const {
  const int page_size =
      request.has_page_size() ? request.page_size() : kDefaultSearchPageSize;
  if (absl::Status fits = Fits(
          static_cast<size_t>(std::max(page_size, 0)) * kMaxStoredClaimBytes,
          absl::StrCat("page_size (", page_size, "; at most ",
                       max_response_bytes_ / kMaxStoredClaimBytes, " fit)"));
      !fits.ok()) {
    return fits;
  }
  return core::SearchClaims(*store_, request, absl::Now());
}

absl::StatusOr<factcheck::v1::DeleteReportResponse> FactChecker::DeleteReport(
    const factcheck::v1::DeleteReportRequest& request) {
  if (absl::Status valid = ValidateReportId(request.id(), "id"); !valid.ok()) {
    return valid;
  }
  if (absl::Status deleted = store_->Delete(request.id()); !deleted.ok()) {
    return deleted;
  }
  return factcheck::v1::DeleteReportResponse();
}

factcheck::v1::VerifyDocumentsResponse FactChecker::VerifyStreamedInTurn(
    const factcheck::v1::VerifyDocumentsRequest& request, WorkSlots* slots,
    absl::string_view method, const Call& call) const {
  absl::StatusOr<WorkSlots::Slot> slot = slots->Acquire(call, method);
  if (slot.ok()) return VerifyStreamed(request, call);
  factcheck::v1::VerifyDocumentsResponse refused;
  refused.set_request_id(request.has_request_id() ? request.request_id()
                                                  : request.document().id());
  factcheck::v1::RequestError* const error = refused.mutable_error();
  error->set_code(static_cast<int>(slot.status().code()));
  error->set_message(std::string(slot.status().message()));
  // The message says when to retry to a person; this says it to a program,
  // as the trailer and RetryInfo do for a whole call.
  if (std::optional<absl::Duration> delay = RetryAfterOf(slot.status())) {
    const int64_t ms = absl::ToInt64Milliseconds(*delay);
    error->mutable_retry_after()->set_seconds(ms / 1000);
    error->mutable_retry_after()->set_nanos(static_cast<int32_t>(ms % 1000) *
                                            1'000'000);
  }
  return refused;
}

}  // namespace factcheck::core
