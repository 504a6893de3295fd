#include "client/factcheck_client.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "client/server_targets.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/channel_arguments.h"

namespace factcheck::client {
namespace {

// Large enough for a day of wire copy in one ingest batch.
constexpr int kMaxMessageBytes = 64 << 20;

// The one place where gRPC statuses become absl ones on the client side.
absl::Status FromGrpc(const grpc::Status& status) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      status.error_message());
}

}  // namespace

FactCheckClient::FactCheckClient(const ClientOptions& options)
    : target_(options.target),
      timeout_(options.timeout),
      connect_timeout_(std::min(options.connect_timeout, options.timeout)) {
  if (!options.token.empty()) authorization_ = "Bearer " + options.token;
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(kMaxMessageBytes);
  arguments.SetMaxSendMessageSize(kMaxMessageBytes);
  std::shared_ptr<grpc::ChannelCredentials> credentials =
      grpc::InsecureChannelCredentials();
  if (options.tls) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = options.tls_root_certs;
    ssl.pem_cert_chain = options.tls_cert_chain;
    ssl.pem_private_key = options.tls_private_key;
    credentials = grpc::SslCredentials(ssl);
  }
  std::string target = target_;
  absl::StatusOr<ChannelTarget> channel = ChannelTargetOf(target_);
  if (channel.ok()) {
    target = channel->target;
    balanced_ = channel->balanced;
    arguments.SetServiceConfigJSON(channel->service_config);
  } else {
    target_status_ = channel.status();
  }
  channel_ = grpc::CreateCustomChannel(target, credentials, arguments);
  stub_ = factcheck::v1::FactCheck::NewStub(channel_);
  health_ = grpc::health::v1::Health::NewStub(channel_);
}

absl::Status FactCheckClient::Connect() {
  if (!target_status_.ok()) return target_status_;
  if (connected_ || channel_->WaitForConnected(
                        absl::ToChronoTime(absl::Now() + connect_timeout_))) {
    connected_ = true;
    return absl::OkStatus();
  }
  if (balanced_) {
    return absl::UnavailableError(absl::StrCat(
        "no factcheck server at ", target_,
        " is reachable and serving (are the factcheckd replicas running, and "
        "their store? see --server)"));
  }
  return absl::UnavailableError(
      absl::StrCat("cannot reach a factcheck server at ", target_,
                   " (is factcheckd running? see --server)"));
}

template <typename Stub, typename Request, typename Response>
absl::StatusOr<Response> FactCheckClient::Call(
    Stub* stub,
    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                 Response*),
    const Request& request) {
  if (absl::Status connected = Connect(); !connected.ok()) return connected;
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + timeout_));
  if (!authorization_.empty()) {
    context.AddMetadata("authorization", authorization_);
  }
  Response response;
  const grpc::Status status = (stub->*method)(&context, request, &response);
  if (!status.ok()) return FromGrpc(status);
  return response;
}

absl::StatusOr<factcheck::v1::IngestReportsResponse>
FactCheckClient::IngestReports(
    const factcheck::v1::IngestReportsRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::IngestReports,
              request);
}

absl::StatusOr<factcheck::v1::ExtractClaimsResponse>
FactCheckClient::ExtractClaims(
    const factcheck::v1::ExtractClaimsRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::ExtractClaims,
              request);
}

absl::StatusOr<factcheck::v1::VerifyDocumentResponse>
FactCheckClient::VerifyDocument(
    const factcheck::v1::VerifyDocumentRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::VerifyDocument,
              request);
}

absl::StatusOr<factcheck::v1::GetReportResponse> FactCheckClient::GetReport(
    const factcheck::v1::GetReportRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::GetReport, request);
}

absl::StatusOr<factcheck::v1::SearchClaimsResponse>
FactCheckClient::SearchClaims(
    const factcheck::v1::SearchClaimsRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::SearchClaims,
              request);
}

absl::StatusOr<factcheck::v1::ListReportsResponse> FactCheckClient::ListReports(
    const factcheck::v1::ListReportsRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::ListReports,
              request);
}

absl::StatusOr<factcheck::v1::DeleteReportResponse>
FactCheckClient::DeleteReport(
    const factcheck::v1::DeleteReportRequest& request) {
  return Call(stub_.get(), &factcheck::v1::FactCheck::Stub::DeleteReport,
              request);
}

absl::StatusOr<std::unique_ptr<VerifyStream>>
FactCheckClient::OpenVerifyStream() {
  if (absl::Status connected = Connect(); !connected.ok()) return connected;
  auto context = std::make_unique<grpc::ClientContext>();
  if (!authorization_.empty()) {
    context->AddMetadata("authorization", authorization_);
  }
  auto stream = stub_->VerifyDocuments(context.get());
  return std::make_unique<VerifyStream>(std::move(context), std::move(stream));
}

VerifyStream::VerifyStream(
    std::unique_ptr<grpc::ClientContext> context,
    std::unique_ptr<
        grpc::ClientReaderWriter<factcheck::v1::VerifyDocumentsRequest,
                                 factcheck::v1::VerifyDocumentsResponse>>
        stream)
    : context_(std::move(context)), stream_(std::move(stream)) {}

VerifyStream::~VerifyStream() {
  if (!finished_) {
    context_->TryCancel();
    stream_->Finish();
  }
}

bool VerifyStream::Write(const factcheck::v1::VerifyDocumentsRequest& request) {
  return stream_->Write(request);
}

void VerifyStream::WritesDone() { stream_->WritesDone(); }

bool VerifyStream::Read(factcheck::v1::VerifyDocumentsResponse* response) {
  return stream_->Read(response);
}

void VerifyStream::Cancel() { context_->TryCancel(); }

absl::Status VerifyStream::Finish() {
  finished_ = true;
  return FromGrpc(stream_->Finish());
}

absl::StatusOr<grpc::health::v1::HealthCheckResponse> FactCheckClient::Health(
    const grpc::health::v1::HealthCheckRequest& request) {
  return Call(health_.get(), &grpc::health::v1::Health::Stub::Check, request);
}

}  // namespace factcheck::client
