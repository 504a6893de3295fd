// The factcheck.v1.FactCheck gRPC service: each method converts and delegates
// to core::FactChecker, where every rule lives.
#ifndef FACTCHECK_SERVER_FACTCHECK_SERVICE_H_
#define FACTCHECK_SERVER_FACTCHECK_SERVICE_H_

#include "protos/factcheck_service.grpc.pb.h"
#include "server/core/fact_checker.h"

namespace factcheck::server {

class FactCheckService final : public factcheck::v1::FactCheck::Service {
 public:
  // `checker` is not owned and must outlive the service.
  explicit FactCheckService(core::FactChecker* checker) : checker_(checker) {}

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
  grpc::Status ListReports(
      grpc::ServerContext* context,
      const factcheck::v1::ListReportsRequest* request,
      factcheck::v1::ListReportsResponse* response) override;
  grpc::Status DeleteReport(
      grpc::ServerContext* context,
      const factcheck::v1::DeleteReportRequest* request,
      factcheck::v1::DeleteReportResponse* response) override;

 private:
  core::FactChecker* const checker_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_FACTCHECK_SERVICE_H_
