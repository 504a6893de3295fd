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
// synchronous API's IsCancelled (the VerifyDocuments stream's) polls the
// call's completion queue (a pollset_work with futex wake-ups, tens of
// microseconds), and the verifier checks before each claim: asked every
// time, a 39-claim article spent more time asking than verifying. The
// deadline is still read at every check.
constexpr absl::Duration kCancelProbeInterval = absl::Milliseconds(2);

// The caller of a gRPC call as the core sees it: gone once cancelled, past
// its deadline, or cut off by a server shutting down. A cancellation is seen
// within kCancelProbeInterval of the work's next check.
core::Call CallOf(grpc::ServerContextBase* context) {
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

grpc::Status FactCheckService::Authorize(const grpc::ServerContextBase& context,
                                         core::Access needed,
                                         absl::string_view method) const {
  if (access_ == nullptr) return grpc::Status::OK;
  return ToGrpcStatus(access_->Authorize(
      AuthorizationHeader(context.client_metadata()), needed, method));
}

template <typename Work>
grpc::ServerUnaryReactor* FactCheckService::Serve(
    grpc::CallbackServerContext* context, core::Access needed,
    absl::string_view method, Work work) const {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  if (grpc::Status denied = Authorize(*context, needed, method); !denied.ok()) {
    reactor->Finish(denied);
    return reactor;
  }
  const core::Call call = CallOf(context);
  slots_->Submit(
      call, method,
      [context, reactor, call,
       work = std::move(work)](absl::Status turn) mutable {
        if (!turn.ok()) {
          if (const std::optional<absl::Duration> retry_after =
                  core::RetryAfterOf(turn)) {
            // gRPC's retry policy honours the server's pushback.
            context->AddTrailingMetadata(
                "grpc-retry-pushback-ms",
                absl::StrCat(absl::ToInt64Milliseconds(*retry_after)));
          }
          reactor->Finish(ToGrpcStatus(turn));
          return;
        }
        reactor->Finish(work(call));
      });
  return reactor;
}

grpc::ServerUnaryReactor* FactCheckService::ExtractClaims(
    grpc::CallbackServerContext* context,
    const factcheck::v1::ExtractClaimsRequest* request,
    factcheck::v1::ExtractClaimsResponse* response) {
  return Serve(
      context, core::Access::kRead, "ExtractClaims",
      [this, request, response](const core::Call&) {
        return ToGrpcStatus(checker_->ExtractClaims(*request, response));
      });
}

grpc::ServerUnaryReactor* FactCheckService::VerifyDocument(
    grpc::CallbackServerContext* context,
    const factcheck::v1::VerifyDocumentRequest* request,
    factcheck::v1::VerifyDocumentResponse* response) {
  return Serve(
      context, core::Access::kRead, "VerifyDocument",
      [this, request, response](const core::Call& call) {
        return ToGrpcStatus(checker_->VerifyDocument(*request, call, response));
      });
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

grpc::ServerUnaryReactor* FactCheckService::IngestReports(
    grpc::CallbackServerContext* context,
    const factcheck::v1::IngestReportsRequest* request,
    factcheck::v1::IngestReportsResponse* response) {
  return Serve(context, core::Access::kWrite, "IngestReports",
               [this, request, response](const core::Call& call) {
                 return Reply(checker_->IngestReports(*request, call),
                              response);
               });
}

grpc::ServerUnaryReactor* FactCheckService::GetReport(
    grpc::CallbackServerContext* context,
    const factcheck::v1::GetReportRequest* request,
    factcheck::v1::GetReportResponse* response) {
  return Serve(context, core::Access::kRead, "GetReport",
               [this, request, response](const core::Call&) {
                 return Reply(checker_->GetReport(*request), response);
               });
}

grpc::ServerUnaryReactor* FactCheckService::SearchClaims(
    grpc::CallbackServerContext* context,
    const factcheck::v1::SearchClaimsRequest* request,
    factcheck::v1::SearchClaimsResponse* response) {
  return Serve(context, core::Access::kRead, "SearchClaims",
               [this, request, response](const core::Call&) {
                 return Reply(checker_->SearchClaims(*request), response);
               });
}

grpc::ServerUnaryReactor* FactCheckService::ListReports(
    grpc::CallbackServerContext* context,
    const factcheck::v1::ListReportsRequest* request,
    factcheck::v1::ListReportsResponse* response) {
  return Serve(context, core::Access::kRead, "ListReports",
               [this, request, response](const core::Call&) {
                 return Reply(checker_->ListReports(*request), response);
               });
}

grpc::ServerUnaryReactor* FactCheckService::DeleteReport(
    grpc::CallbackServerContext* context,
    const factcheck::v1::DeleteReportRequest* request,
    factcheck::v1::DeleteReportResponse* response) {
  return Serve(context, core::Access::kWrite, "DeleteReport",
               [this, request, response](const core::Call&) {
                 return Reply(checker_->DeleteReport(*request), response);
               });
}

}  // namespace factcheck::server
