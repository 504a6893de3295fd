#include "server/factcheck_service.h"

#include <utility>

#include "absl/time/time.h"
#include "server/call_access.h"
#include "server/core/call.h"
#include "server/grpc_status.h"

namespace factcheck::server {
namespace {

// Moves a successful result into the response; converts the status either way.
template <typename Response>
grpc::Status Reply(absl::StatusOr<Response> result, Response* response) {
  if (result.ok()) *response = *std::move(result);
  return ToGrpcStatus(result.status());
}

// The caller of a gRPC call as the core sees it: gone once cancelled, past
// its deadline, or cut off by a server shutting down.
core::Call CallOf(grpc::ServerContext* context) {
  return core::Call([context] { return context->IsCancelled(); },
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

grpc::Status FactCheckService::ExtractClaims(
    grpc::ServerContext* context,
    const factcheck::v1::ExtractClaimsRequest* request,
    factcheck::v1::ExtractClaimsResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kRead, "ExtractClaims");
      !denied.ok()) {
    return denied;
  }
  return Reply(checker_->ExtractClaims(*request), response);
}

grpc::Status FactCheckService::VerifyDocument(
    grpc::ServerContext* context,
    const factcheck::v1::VerifyDocumentRequest* request,
    factcheck::v1::VerifyDocumentResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kRead, "VerifyDocument");
      !denied.ok()) {
    return denied;
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
    if (!stream->Write(checker_->VerifyStreamed(request, CallOf(context)))) {
      break;
    }
  }
  return grpc::Status::OK;
}

grpc::Status FactCheckService::IngestReports(
    grpc::ServerContext* context,
    const factcheck::v1::IngestReportsRequest* request,
    factcheck::v1::IngestReportsResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kWrite, "IngestReports");
      !denied.ok()) {
    return denied;
  }
  return Reply(checker_->IngestReports(*request, CallOf(context)), response);
}

grpc::Status FactCheckService::GetReport(
    grpc::ServerContext* context,
    const factcheck::v1::GetReportRequest* request,
    factcheck::v1::GetReportResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kRead, "GetReport");
      !denied.ok()) {
    return denied;
  }
  return Reply(checker_->GetReport(*request), response);
}

grpc::Status FactCheckService::SearchClaims(
    grpc::ServerContext* context,
    const factcheck::v1::SearchClaimsRequest* request,
    factcheck::v1::SearchClaimsResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kRead, "SearchClaims");
      !denied.ok()) {
    return denied;
  }
  return Reply(checker_->SearchClaims(*request), response);
}

grpc::Status FactCheckService::ListReports(
    grpc::ServerContext* context,
    const factcheck::v1::ListReportsRequest* request,
    factcheck::v1::ListReportsResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kRead, "ListReports");
      !denied.ok()) {
    return denied;
  }
  return Reply(checker_->ListReports(*request), response);
}

grpc::Status FactCheckService::DeleteReport(
    grpc::ServerContext* context,
    const factcheck::v1::DeleteReportRequest* request,
    factcheck::v1::DeleteReportResponse* response) {
  if (grpc::Status denied =
          Authorize(*context, core::Access::kWrite, "DeleteReport");
      !denied.ok()) {
    return denied;
  }
  return Reply(checker_->DeleteReport(*request), response);
}

}  // namespace factcheck::server
