#include "server/server.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/resource_quota.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_builder.h"
#include "store/rocksdb_store.h"

namespace factcheck::server {
namespace {

constexpr char kServiceName[] = "factcheck.v1.FactCheck";

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Start(
    const ServerOptions& options) {
  if (options.data_dir.empty()) {
    return absl::InvalidArgumentError("a data directory is required");
  }
  if (options.threads < 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("threads must be at least 2, not ", options.threads));
  }
  if (options.max_message_bytes < 1024) {
    return absl::InvalidArgumentError(
        absl::StrCat("max_message_bytes must be at least 1024, not ",
                     options.max_message_bytes));
  }

  std::unique_ptr<Server> server(new Server());
  absl::StatusOr<std::unique_ptr<store::ReportStore>> store =
      store::OpenRocksDbStore(options.data_dir, options.store);
  if (!store.ok()) return store.status();
  server->store_ = *std::move(store);
  server->checker_ = std::make_unique<core::FactChecker>(server->store_.get());
  server->service_ = std::make_unique<FactCheckService>(server->checker_.get());

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.listen, grpc::InsecureServerCredentials(),
                           &server->port_);
  builder.RegisterService(server->service_.get());
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  // The sync server serves a call on a thread that was polling and starts a
  // new poller if the quota allows; when it does not, the call is refused
  // ("Server Threadpool Exhausted"). One completion queue with at most two
  // pollers, and a quota with room for them beside --threads calls, so that
  // --threads calls run at once before any is refused.
  constexpr int kPollers = 2;
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::NUM_CQS,
                              1);
  builder.SetSyncServerOption(
      grpc::ServerBuilder::SyncServerOption::MIN_POLLERS, 1);
  builder.SetSyncServerOption(
      grpc::ServerBuilder::SyncServerOption::MAX_POLLERS, kPollers);
  grpc::ResourceQuota quota("factcheckd");
  quota.SetMaxThreads(options.threads + kPollers + 1);
  builder.SetResourceQuota(quota);
  // gRPC sets SO_REUSEPORT by default: a second factcheckd on a busy port
  // would start and split the traffic between two stores.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  server->grpc_server_ = builder.BuildAndStart();
  if (server->grpc_server_ == nullptr || server->port_ == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.listen,
                     " (address in use, or not an address of this machine?)"));
  }
  server->grpc_server_->GetHealthCheckService()->SetServingStatus(kServiceName,
                                                                  true);
  return server;
}

Server::~Server() {
  Shutdown(absl::ZeroDuration());
  Wait();
}

void Server::Shutdown(absl::Duration grace) {
  if (grpc_server_ == nullptr) return;
  grpc_server_->GetHealthCheckService()->SetServingStatus(false);
  grpc_server_->Shutdown(absl::ToChronoTime(absl::Now() + grace));
}

void Server::Wait() {
  if (grpc_server_ != nullptr) grpc_server_->Wait();
}

}  // namespace factcheck::server
