#include "server/factcheck_service.h"

#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "server/call_access.h"
#include "server/core/call.h"
#include "server/core/retry_hint.h"
#include "server/grpc_status.h"

namespace factcheck::server {
namespace {

// Moves a successful result into the response; converts the status either way.
template <typename Response>
grpc::Status Reply(absl::StatusOr<Response> result, Response* response) {
  if (result.ok()) *response = *std::move(result);
  return ToGrpcStatus(result.status());
}

// How often a call's work asks gRPC whether its caller has gone. The
// synchronous API's IsCancelled polls the call's completion queue (a
// pollset_work with futex wake-ups, tens of microseconds), and the verifier
// checks before each claim: asked every time, a 39-claim article spent more
// time asking than verifying. The deadline is still read at every check.
constexpr absl::Duration kCancelProbeInterval = absl::Milliseconds(2);

// The caller of a gRPC call as the core sees it: gone once cancelled, past
// its deadline, or cut off by a server shutting down. A cancellation is seen
// within kCancelProbeInterval of the work's next check.
core::Call CallOf(grpc::ServerContext* context) {
  return core::Call(
      [context, next_probe = absl::Now() + kCancelProbeInterval]() mutable {
        const absl::Time now = absl::Now();
        if (now < next_probe) return false;
        next_probe = now + kCancelProbeInterval;
        return context->IsCancelled();
      },
      absl::FromChrono(context->deadline()));
}

}  // namespace

grpc::Status FactCheckService::Authorize(const grpc::ServerContext& context,
                                         core::Access needed,
                                         absl::string_view method) const {
  if (access_ == nullptr) return grpc::Status::OK;
  return ToGrpcStatus(access_->Authorize(
      AuthorizationHeader(context.client_metadata()), needed, method));
}

grpc::Status FactCheckService::Admit(
    grpc::ServerContext* context, core::Access needed, absl::string_view method,
    std::optional<core::WorkSlots::Slot>* slot) const {
  if (grpc::Status denied = Authorize(*context, needed, method); !denied.ok()) {
    return denied;
  }
  absl::StatusOr<core::WorkSlots::Slot> turn =
      slots_->Acquire(CallOf(context), method);
  if (!turn.ok()) {
    if (const std::optional<absl::Duration> retry_after =
            core::RetryAfterOf(turn.status())) {
      // gRPC's retry policy honours the server's pushback.
      context->AddTrailingMetadata(
          "grpc-retry-pushback-ms",
          absl::StrCat(absl::ToInt64Milliseconds(*retry_after)));
    }
    return ToGrpcStatus(turn.status());
  }
  slot->emplace(*std::move(turn));
  return grpc::Status::OK;
}

grpc::Status FactCheckService::ExtractClaims(
    grpc::ServerContext* context,
    const factcheck::v1::ExtractClaimsRequest* request,
    factcheck::v1::ExtractClaimsResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kRead, "ExtractClaims", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->ExtractClaims(*request), response);
}

grpc::Status FactCheckService::VerifyDocument(
    grpc::ServerContext* context,
    const factcheck::v1::VerifyDocumentRequest* request,
    factcheck::v1::VerifyDocumentResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kRead, "VerifyDocument", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->VerifyDocument(*request, CallOf(context)), response);
}

grpc::Status FactCheckService::VerifyDocuments(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<factcheck::v1::VerifyDocumentsResponse,
                             factcheck::v1::VerifyDocumentsRequest>* stream) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kRead, "VerifyDocuments");
      !denied.ok()) {
    return denied;
  }
  factcheck::v1::VerifyDocumentsRequest request;
  while (stream->Read(&request)) {
    if (context->IsCancelled()) return grpc::Status::CANCELLED;
    if (!stream->Write(checker_->VerifyStreamedInTurn(
            request, slots_, "VerifyDocuments", CallOf(context)))) {
      break;
    }
  }
  return grpc::Status::OK;
}

grpc::Status FactCheckService::IngestReports(
    grpc::ServerContext* context,
    const factcheck::v1::IngestReportsRequest* request,
    factcheck::v1::IngestReportsResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kWrite, "IngestReports", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->IngestReports(*request, CallOf(context)), response);
}

grpc::Status FactCheckService::GetReport(
    grpc::ServerContext* context,
    const factcheck::v1::GetReportRequest* request,
    factcheck::v1::GetReportResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kRead, "GetReport", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->GetReport(*request), response);
}

grpc::Status FactCheckService::SearchClaims(
    grpc::ServerContext* context,
    const factcheck::v1::SearchClaimsRequest* request,
    factcheck::v1::SearchClaimsResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kRead, "SearchClaims", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->SearchClaims(*request), response);
}

grpc::Status FactCheckService::ListReports(
    grpc::ServerContext* context,
    const factcheck::v1::ListReportsRequest* request,
    factcheck::v1::ListReportsResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kRead, "ListReports", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->ListReports(*request), response);
}

grpc::Status FactCheckService::DeleteReport(
    grpc::ServerContext* context,
    const factcheck::v1::DeleteReportRequest* request,
    factcheck::v1::DeleteReportResponse* response) {
  std::optional<core::WorkSlots::Slot> slot;
  if (grpc::Status refused =
          Admit(context, core::Access::kWrite, "DeleteReport", &slot);
      !refused.ok()) {
    return refused;
  }
  return Reply(checker_->DeleteReport(*request), response);
}

}  // namespace factcheck::server
