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
#include "grpcpp/client_context.h"
#include "grpcpp/support/sync_stream.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_health.grpc.pb.h"

namespace factcheck::client {

struct ClientOptions {
  // What --server names: HOST:PORT of one server, or replicas to balance
  // over (a list of IP:PORT, dns:///NAME:PORT; see server_targets.h).
  std::string target = "127.0.0.1:50051";
  // Deadline of each call.
  absl::Duration timeout = absl::Seconds(30);
  // How long to wait for a connection before calling the server unreachable
  // (at most the timeout): a stopped server is reported at once, not after
  // the whole deadline.
  absl::Duration connect_timeout = absl::Seconds(1.5);
  // Speak TLS, trusting `tls_root_certs` (PEM; empty: the system's roots)
  // and, for mutual TLS, presenting `tls_cert_chain` with `tls_private_key`.
  bool tls = false;
  std::string tls_root_certs;
  std::string tls_cert_chain;
  std::string tls_private_key;
  // Sent as "authorization: Bearer <token>" with every call when not empty.
  std::string token;
};

// One VerifyDocuments stream: requests written in order, their answers read
// in the same order. Write and Read may run on two threads (one each).
class VerifyStream {
 public:
  VerifyStream(
      std::unique_ptr<grpc::ClientContext> context,
      std::unique_ptr<
          grpc::ClientReaderWriter<factcheck::v1::VerifyDocumentsRequest,
                                   factcheck::v1::VerifyDocumentsResponse>>
          stream);
  ~VerifyStream();

  // False once the stream is broken; Finish says why.
  bool Write(const factcheck::v1::VerifyDocumentsRequest& request);
  // No more requests will follow.
  void WritesDone();
  // False at the end of the answers (after WritesDone) or when broken.
  bool Read(factcheck::v1::VerifyDocumentsResponse* response);
  // Ends the stream at once: pending Writes and Reads return false.
  void Cancel();
  // The stream's final status, once Read has returned false.
  absl::Status Finish();

 private:
  std::unique_ptr<grpc::ClientContext> context_;
  std::unique_ptr<
      grpc::ClientReaderWriter<factcheck::v1::VerifyDocumentsRequest,
                               factcheck::v1::VerifyDocumentsResponse>>
      stream_;
  bool finished_ = false;
};

class FactCheckClient {
 public:
  explicit FactCheckClient(const ClientOptions& options);

  // Each returns the server's answer, or its status (code and message as the
  // server sent them). The first call waits up to the connect timeout for a
  // connection; Unavailable naming the target when none can be made (with
  // several replicas: to one that says it is serving), InvalidArgument when
  // the target is malformed (see ChannelTargetOf). Calls over replicas go
  // round-robin to those serving.
  absl::StatusOr<factcheck::v1::IngestReportsResponse> IngestReports(
      const factcheck::v1::IngestReportsRequest& request);
  absl::StatusOr<factcheck::v1::ExtractClaimsResponse> ExtractClaims(
      const factcheck::v1::ExtractClaimsRequest& request);
  absl::StatusOr<factcheck::v1::VerifyDocumentResponse> VerifyDocument(
      const factcheck::v1::VerifyDocumentRequest& request);
  absl::StatusOr<factcheck::v1::GetReportResponse> GetReport(
      const factcheck::v1::GetReportRequest& request);
  absl::StatusOr<factcheck::v1::SearchClaimsResponse> SearchClaims(
      const factcheck::v1::SearchClaimsRequest& request);
  absl::StatusOr<factcheck::v1::ListReportsResponse> ListReports(
      const factcheck::v1::ListReportsRequest& request);
  absl::StatusOr<factcheck::v1::DeleteReportResponse> DeleteReport(
      const factcheck::v1::DeleteReportRequest& request);
  // A VerifyDocuments stream without a deadline (a batch runs as long as its
  // input); Unavailable when no connection can be made.
  absl::StatusOr<std::unique_ptr<VerifyStream>> OpenVerifyStream();
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
  // connect timeout; OK once connected.
  absl::Status Connect();

  std::string target_;
  // Whether calls are balanced over replicas; OK, or why the target is
  // malformed.
  bool balanced_ = false;
  absl::Status target_status_;
  absl::Duration timeout_;
  absl::Duration connect_timeout_;
  std::string authorization_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<factcheck::v1::FactCheck::Stub> stub_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
  bool connected_ = false;
};

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_FACTCHECK_CLIENT_H_
