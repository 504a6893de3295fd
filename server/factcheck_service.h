// The factcheck.v1.FactCheck gRPC service: each method asks core::AccessControl
// whether its caller may call it, then converts and delegates to
// core::FactChecker, where every rule lives.
#ifndef FACTCHECK_SERVER_FACTCHECK_SERVICE_H_
#define FACTCHECK_SERVER_FACTCHECK_SERVICE_H_

#include <optional>

#include "protos/factcheck_service.grpc.pb.h"
#include "server/core/access.h"
#include "server/core/fact_checker.h"
#include "server/core/work_slots.h"

namespace factcheck::server {

class FactCheckService final : public factcheck::v1::FactCheck::Service {
 public:
  // None is owned; all must outlive the service. `access` null: every
  // caller may call every method (no tokens file). Every call, and every
  // document of a stream, takes a turn from `slots`.
  FactCheckService(core::FactChecker* checker,
                   const core::AccessControl* access, core::WorkSlots* slots)
      : checker_(checker), access_(access), slots_(slots) {}

  grpc::Status ExtractClaims(
      grpc::ServerContext* context,
      const factcheck::v1::ExtractClaimsRequest* request,
      factcheck::v1::ExtractClaimsResponse* response) override;
  grpc::Status VerifyDocument(
      grpc::ServerContext* context,
      const factcheck::v1::VerifyDocumentRequest* request,
      factcheck::v1::VerifyDocumentResponse* response) override;
  grpc::Status VerifyDocuments(
      grpc::ServerContext* context,
      grpc::ServerReaderWriter<factcheck::v1::VerifyDocumentsResponse,
                               factcheck::v1::VerifyDocumentsRequest>* stream)
      override;
  grpc::Status IngestReports(
      grpc::ServerContext* context,
      const factcheck::v1::IngestReportsRequest* request,
      factcheck::v1::IngestReportsResponse* response) override;
  grpc::Status GetReport(grpc::ServerContext* context,
                         const factcheck::v1::GetReportRequest* request,
                         factcheck::v1::GetReportResponse* response) override;
  grpc::Status SearchClaims(
      grpc::ServerContext* context,
      const factcheck::v1::SearchClaimsRequest* request,
      factcheck::v1::SearchClaimsResponse* response) override;
  grpc::Status ListReports(
      grpc::ServerContext* context,
      const factcheck::v1::ListReportsRequest* request,
      factcheck::v1::ListReportsResponse* response) override;
  grpc::Status DeleteReport(
      grpc::ServerContext* context,
      const factcheck::v1::DeleteReportRequest* request,
      factcheck::v1::DeleteReportResponse* response) override;

 private:
  // OK, or the status refusing the caller (see AccessControl::Authorize).
  grpc::Status Authorize(const grpc::ServerContext& context,
                         core::Access needed, absl::string_view method) const;

  // Authorize, then a turn at work into `slot`; the refusal otherwise (a
  // busy server's carries a retry pushback).
  grpc::Status Admit(grpc::ServerContext* context, core::Access needed,
                     absl::string_view method,
                     std::optional<core::WorkSlots::Slot>* slot) const;

  core::FactChecker* const checker_;
  const core::AccessControl* const access_;
  core::WorkSlots* const slots_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_FACTCHECK_SERVICE_H_
