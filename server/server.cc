#include "server/server.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "grpc/grpc.h"
#include "grpcpp/ext/channelz_service_plugin.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/resource_quota.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_builder.h"
#include "server/call_access.h"
#include "server/call_records.h"
#include "server/calls_in_flight.h"
#include "server/dashboard.h"
#include "server/request_decoding.h"
#include "store/postgres_store.h"
#include "store/rocksdb_store.h"

namespace factcheck::server {
namespace {

constexpr char kServiceName[] = "factcheck.v1.FactCheck";

// Whether `listen` (host:port) names a loopback address only.
bool IsLoopback(absl::string_view listen) {
  const size_t colon = listen.rfind(':');
  absl::string_view host =
      colon == absl::string_view::npos ? listen : listen.substr(0, colon);
  if (absl::ConsumePrefix(&host, "[")) absl::ConsumeSuffix(&host, "]");
  return host == "localhost" || host == "::1" || absl::StartsWith(host, "127.");
}

absl::StatusOr<std::string> ReadPem(const std::string& path,
                                    absl::string_view flag) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  if (file) contents << file.rdbuf();
  if (!file || contents.str().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", flag, ": cannot read ", path));
  }
  return contents.str();
}

// Plain TCP, or TLS (mutual when a client CA is given).
absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> CredentialsFor(
    const ServerOptions& options) {
  if (options.tls_cert_file.empty() != options.tls_key_file.empty()) {
    return absl::InvalidArgumentError(
        "--tls_cert and --tls_key go together: give both or neither");
  }
  if (options.tls_cert_file.empty()) {
    if (!options.tls_client_ca_file.empty()) {
      return absl::InvalidArgumentError(
          "--tls_client_ca needs --tls_cert and --tls_key");
    }
    return grpc::InsecureServerCredentials();
  }
  absl::StatusOr<std::string> cert = ReadPem(options.tls_cert_file, "tls_cert");
  if (!cert.ok()) return cert.status();
  absl::StatusOr<std::string> key = ReadPem(options.tls_key_file, "tls_key");
  if (!key.ok()) return key.status();
  grpc::SslServerCredentialsOptions ssl;
  ssl.pem_key_cert_pairs.push_back({*key, *cert});
  if (!options.tls_client_ca_file.empty()) {
    absl::StatusOr<std::string> ca =
        ReadPem(options.tls_client_ca_file, "tls_client_ca");
    if (!ca.ok()) return ca.status();
    ssl.pem_root_certs = *ca;
    ssl.client_certificate_request =
        GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  return grpc::SslServerCredentials(ssl);
}

// RocksDB in the data directory, or the PostgreSQL store the replicas share.
absl::StatusOr<std::unique_ptr<store::ReportStore>> OpenStore(
    const ServerOptions& options) {
  if (options.store_url.empty()) {
    return store::OpenRocksDbStore(options.data_dir, options.store);
  }
  if (!absl::StartsWith(options.store_url, "postgresql://") &&
      !absl::StartsWith(options.store_url, "postgres://")) {
    return absl::InvalidArgumentError(
        "--store takes a PostgreSQL URI, postgresql://USER@HOST:PORT/DATABASE "
        "(for RocksDB give --data_dir alone)");
  }
  store::PostgresStoreOptions postgres;
  postgres.conninfo = options.store_url;
  postgres.pool_size = options.store_connections > 0 ? options.store_connections
                                                     : options.threads;
  return store::OpenPostgresStore(postgres);
}

}  // namespace

int ThreadsAtWork(const ServerOptions& options) {
  if (options.threads > 0) return options.threads;
  if (!options.store_url.empty()) return 8;
  return std::max(2, static_cast<int>(std::thread::hardware_concurrency()) + 1);
}

absl::StatusOr<std::unique_ptr<Server>> Server::Start(
    const ServerOptions& given) {
  if (given.threads < 0 || given.threads == 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("threads must be at least 2 (or 0 for the default), not ",
                     given.threads));
  }
  ServerOptions options = given;
  options.threads = ThreadsAtWork(given);
  if (options.data_dir.empty() && options.store_url.empty()) {
    return absl::InvalidArgumentError("a data directory is required");
  }
  if (options.store_probe_interval <= absl::ZeroDuration()) {
    return absl::InvalidArgumentError(
        "the store probe interval must be positive");
  }
  if (options.max_queued_calls < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "max_queued_calls must be at least 0, not ", options.max_queued_calls));
  }
  if (options.max_message_bytes < 1024) {
    return absl::InvalidArgumentError(
        absl::StrCat("max_message_bytes must be at least 1024, not ",
                     options.max_message_bytes));
  }

  if (!IsLoopback(options.listen) && options.auth_tokens_file.empty() &&
      options.tls_client_ca_file.empty() &&
      !options.insecure_allow_unauthenticated) {
    return absl::InvalidArgumentError(absl::StrCat(
        "refusing to serve ", options.listen,
        " without authentication: anyone who can connect could write and "
        "delete reports. Give --auth_tokens_file (or --tls_client_ca), or "
        "--insecure_allow_unauthenticated to accept that"));
  }
  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials =
      CredentialsFor(options);
  if (!credentials.ok()) return credentials.status();

  std::unique_ptr<Server> server(new Server());
  if (!options.auth_tokens_file.empty()) {
    absl::StatusOr<std::unique_ptr<core::AccessControl>> access =
        core::AccessControl::Open(options.auth_tokens_file);
    if (!access.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--auth_tokens_file: ", access.status().message()));
    }
    server->access_ = *std::move(access);
  }
  if (!options.access_log.empty()) {
    absl::StatusOr<std::unique_ptr<AccessLog>> log =
        AccessLog::Open(options.access_log);
    if (!log.ok()) return log.status();
    server->access_log_ = *std::move(log);
  }
  absl::StatusOr<std::unique_ptr<store::ReportStore>> store =
      OpenStore(options);
  if (!store.ok()) return store.status();
  server->store_ = *std::move(store);
  server->checker_ = std::make_unique<core::FactChecker>(
      server->store_.get(), static_cast<size_t>(options.max_message_bytes));
  server->slots_ = std::make_unique<core::WorkSlots>(
      static_cast<size_t>(options.threads),
      static_cast<size_t>(options.max_queued_calls));
  if (!options.metrics_listen.empty()) {
    core::WorkSlots* const slots = server->slots_.get();
    const store::ReportStore* const store = server->store_.get();
    const core::FactChecker* const checker = server->checker_.get();
    server->metrics_ = std::make_unique<Metrics>(
        [slots] { return slots->counts(); }, [store] { return store->Stats(); },
        [checker] { return checker->ingest_totals(); });
  }
  server->service_ = std::make_unique<FactCheckService>(
      server->checker_.get(), server->access_.get(), server->slots_.get());

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  // Operators' tools read live channel and socket statistics from it.
  grpc::channelz::experimental::InitChannelzService();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.listen, *credentials, &server->port_);
  builder.RegisterService(server->service_.get());
  // The stable reflection protocol beside gRPC's plugin's v1alpha.
  server->reflection_v1_ = std::make_unique<ReflectionV1Service>(
      std::vector<std::string>{kServiceName, "grpc.health.v1.Health",
                               "grpc.reflection.v1.ServerReflection",
                               "grpc.reflection.v1alpha.ServerReflection"});
  builder.RegisterService(server->reflection_v1_.get());
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  // The unary methods run on the work gate's threads (factcheck_service.h);
  // the synchronous ones (VerifyDocuments streams, reflection) on gRPC's
  // synchronous server, which serves a call on a thread that was polling
  // and starts a new poller if the quota allows; when it does not, the call
  // is refused ("Server Threadpool Exhausted"), however idle the machine.
  // So the quota has a thread for every stream the work gate may hold
  // (--threads at work, --max_queued_calls waiting), for the pollers and
  // for reflection, which the gate does not hold: the gate, not gRPC,
  // decides who waits and who is refused (core/work_slots.h).
  constexpr int kPollers = 2;
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::NUM_CQS,
                              1);
  builder.SetSyncServerOption(
      grpc::ServerBuilder::SyncServerOption::MIN_POLLERS, 1);
  grpc::ResourceQuota quota("factcheckd");
  constexpr int kUngatedCalls = 8;
  quota.SetMaxThreads(options.threads + options.max_queued_calls + kPollers +
                      kUngatedCalls);
  builder.SetResourceQuota(quota);
  // gRPC sets SO_REUSEPORT by default: a second factcheckd on a busy port
  // would start and split the traffic between two stores.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  if (options.max_connection_age > absl::ZeroDuration()) {
    builder.AddChannelArgument(
        GRPC_ARG_MAX_CONNECTION_AGE_MS,
        static_cast<int>(std::min<int64_t>(
            absl::ToInt64Milliseconds(options.max_connection_age), INT_MAX)));
    builder.AddChannelArgument(
        GRPC_ARG_MAX_CONNECTION_AGE_GRACE_MS,
        static_cast<int>(std::min<int64_t>(
            absl::ToInt64Milliseconds(options.max_connection_age_grace),
            INT_MAX)));
  }
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptors;
  interceptors.push_back(std::make_unique<UndecodableRequestFactory>());
  if (server->access_ != nullptr) {
    interceptors.push_back(
        std::make_unique<ReflectionAccessFactory>(server->access_.get()));
  }
  // The call records last: a server's interceptors see a call's status in
  // order, so the access log and the metrics get the status the others
  // settle on.
  std::vector<CallSink*> sinks;
  if (server->access_log_ != nullptr)
    sinks.push_back(server->access_log_.get());
  if (server->metrics_ != nullptr) sinks.push_back(server->metrics_.get());
  if (!sinks.empty()) {
    interceptors.push_back(std::make_unique<CallRecordsFactory>(sinks));
  }
  server->calls_in_flight_ = std::make_unique<CallsInFlight>();
  interceptors.push_back(server->calls_in_flight_->InterceptorFactory());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  server->grpc_server_ = builder.BuildAndStart();
  if (server->grpc_server_ == nullptr || server->port_ == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.listen,
                     " (address in use, or not an address of this machine?)"));
  }
  auto healthz = [](const HttpRequest&) {
    return HttpAnswer{200, "text/plain; charset=utf-8", "ok\n"};
  };
  if (server->metrics_ != nullptr) {
    const Metrics* metrics = server->metrics_.get();
    absl::StatusOr<std::unique_ptr<HttpServer>> http = HttpServer::Start(
        options.metrics_listen, "metrics_listen",
        {{"/metrics$",
          [metrics](const HttpRequest&) {
            return HttpAnswer{200, "text/plain; version=0.0.4; charset=utf-8",
                              metrics->PrometheusText()};
          }},
         {"/healthz$", healthz}},
        /*max_body_bytes=*/0);
    if (!http.ok()) return http.status();
    server->metrics_http_ = *std::move(http);
  }
  if (!options.http_listen.empty()) {
    server->json_api_ = std::make_unique<JsonApi>(
        server->checker_.get(), server->access_.get(), server->slots_.get());
    const JsonApi* api = server->json_api_.get();
    std::vector<HttpRoute> routes = DashboardRoutes();
    routes.push_back({"/v1/", [api](const HttpRequest& request) {
                        return api->Handle(request);
                      }});
    routes.push_back({"/healthz$", healthz});
    // The API's and the dashboard's calls are recorded as gRPC's are; the
    // operators' scrapes of /metrics are not.
    absl::StatusOr<std::unique_ptr<HttpServer>> http = HttpServer::Start(
        options.http_listen, "http_listen", std::move(routes),
        static_cast<size_t>(options.max_message_bytes), sinks);
    if (!http.ok()) return http.status();
    server->json_http_ = *std::move(http);
  }
  grpc::HealthCheckServiceInterface* const health =
      server->grpc_server_->GetHealthCheckService();
  server->store_health_ = std::make_unique<core::StoreHealth>(
      server->store_.get(), options.store_probe_interval,
      [health](const absl::Status& probe) {
        health->SetServingStatus(kServiceName, probe.ok());
        std::cerr << "factcheckd: "
                  << (probe.ok() ? std::string("the store answers")
                                 : absl::StrCat("the store does not answer (",
                                                probe.message(), ")"))
                  << ": " << kServiceName
                  << (probe.ok() ? " SERVING" : " NOT_SERVING") << std::endl;
      });
  server->shutdown_notice_ = options.shutdown_notice;
  return server;
}

Server::~Server() {
  Shutdown(absl::ZeroDuration());
  Wait();
}

void Server::Shutdown(absl::Duration grace) {
  if (grpc_server_ == nullptr) return;
  const bool first = !shut_down_.exchange(true);
  // The probe must not set SERVING again once NOT_SERVING is said.
  if (store_health_ != nullptr) store_health_->Stop();
  grpc_server_->GetHealthCheckService()->SetServingStatus(false);
  if (first) absl::SleepFor(shutdown_notice_);
  const absl::Time deadline = absl::Now() + grace;
  if (!first) {
    grpc_server_->Shutdown(absl::ToChronoTime(deadline));
    return;
  }
  // gRPC's Shutdown alone would wait for health Watch streams and for idle
  // clients to close their connections as well as for the calls that work,
  // so an idle server would wait out much or all of the grace
  // (calls_in_flight.h). Instead: close the listener and send the GOAWAYs
  // (gRPC's first step, which its Shutdown then finds done), wait for the
  // calls that work, and then close whatever connections are left at once.
  // The queue is the C API's: a C++ queue takes only tags of its own kinds.
  grpc_completion_queue* const stopped =
      grpc_completion_queue_create_for_next(nullptr);
  int stopped_tag = 0;
  grpc_server_shutdown_and_notify(grpc_server_->c_server(), stopped,
                                  &stopped_tag);
  if (calls_in_flight_->AwaitNone(deadline)) {
    grpc_server_cancel_all_calls(grpc_server_->c_server());
  }
  grpc_server_->Shutdown(absl::ToChronoTime(deadline));
  grpc_completion_queue_shutdown(stopped);
  while (grpc_completion_queue_next(stopped, gpr_inf_future(GPR_CLOCK_REALTIME),
                                    nullptr)
             .type != GRPC_QUEUE_SHUTDOWN) {
  }
  grpc_completion_queue_destroy(stopped);
}

absl::Status Server::ReloadTokens() {
  if (access_ == nullptr) return absl::OkStatus();
  return access_->Reload();
}

void Server::Wait() {
  if (grpc_server_ != nullptr) grpc_server_->Wait();
}

}  // namespace factcheck::server
