// A blocking client of a factcheck server, with absl statuses: the CLI's only
// contact with gRPC. Each call carries the configured deadline.
#ifndef FACTCHECK_CLIENT_FACTCHECK_CLIENT_H_
#define FACTCHECK_CLIENT_FACTCHECK_CLIENT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_health.grpc.pb.h"

namespace factcheck::client {

struct ClientOptions {
  // host:port of the server.
  std::string target = "127.0.0.1:50051";
  // Deadline of each call.
  absl::Duration timeout = absl::Seconds(30);
  // Speak TLS, trusting `tls_root_certs` (PEM; empty: the system's roots)
  // and, for mutual TLS, presenting `tls_cert_chain` with `tls_private_key`.
  bool tls = false;
  std::string tls_root_certs;
  std::string tls_cert_chain;
  std::string tls_private_key;
  // Sent as "authorization: Bearer <token>" with every call when not empty.
  std::string token;
};

class FactCheckClient {
 public:
  explicit FactCheckClient(const ClientOptions& options);

  // Each returns the server's answer, or its status (code and message as the
  // server sent them). The first call waits up to the timeout for a
  // connection; Unavailable naming the target when none can be made.
  absl::StatusOr<factcheck::v1::IngestReportsResponse> IngestReports(
      const factcheck::v1::IngestReportsRequest& request);
  absl::StatusOr<factcheck::v1::ExtractClaimsResponse> ExtractClaims(
      const factcheck::v1::ExtractClaimsRequest& request);
  absl::StatusOr<factcheck::v1::VerifyDocumentResponse> VerifyDocument(
      const factcheck::v1::VerifyDocumentRequest& request);
  absl::StatusOr<factcheck::v1::GetReportResponse> GetReport(
      const factcheck::v1::GetReportRequest& request);
  absl::StatusOr<factcheck::v1::ListReportsResponse> ListReports(
      const factcheck::v1::ListReportsRequest& request);
  absl::StatusOr<factcheck::v1::DeleteReportResponse> DeleteReport(
      const factcheck::v1::DeleteReportRequest& request);
  absl::StatusOr<grpc::health::v1::HealthCheckResponse> Health(
      const grpc::health::v1::HealthCheckRequest& request);

 private:
  template <typename Stub, typename Request, typename Response>
  absl::StatusOr<Response> Call(
      Stub* stub,
      grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                   Response*),
      const Request& request);

  // Unavailable naming the target when no connection can be made within the
  // timeout; OK once connected.
  absl::Status Connect();

  std::string target_;
  absl::Duration timeout_;
  std::string authorization_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<factcheck::v1::FactCheck::Stub> stub_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
  bool connected_ = false;
};

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_FACTCHECK_CLIENT_H_
