// factcheckd's server: the report store, the FactChecker over it, and a gRPC
// server serving factcheck.v1.FactCheck, grpc.health.v1.Health and server
// reflection. Start-up follows the gRPC recipe: health, reflection, port,
// register, start.
#ifndef FACTCHECK_SERVER_SERVER_H_
#define FACTCHECK_SERVER_SERVER_H_

#include <atomic>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpcpp/server.h"
#include "server/access_log.h"
#include "server/calls_in_flight.h"
#include "server/core/access.h"
#include "server/core/fact_checker.h"
#include "server/core/store_health.h"
#include "server/factcheck_service.h"
#include "server/http_server.h"
#include "server/json_api.h"
#include "server/metrics.h"
#include "server/reflection_v1.h"
#include "store/report_store.h"
#include "store/store_options.h"

namespace factcheck::server {

struct ServerOptions {
  // host:port to listen on; port 0 picks a free port (see Server::port()).
  // Default 127.0.0.1:50051.
  std::string listen = "127.0.0.1:50051";
  // The RocksDB data directory; created when missing. Required unless
  // store_url is given.
  std::string data_dir;
  // A PostgreSQL connection URI (postgresql://user@host:port/database, see
  // store/postgres_store.h): the store that many factcheckd replicas share,
  // instead of RocksDB in data_dir. Empty (the default): RocksDB.
  std::string store_url;
  // Connections to PostgreSQL; 0 (the default) for one per call at work
  // (threads).
  int store_connections = 0;
  // Largest request or response message in bytes; larger requests get
  // RESOURCE_EXHAUSTED. Default 16 MiB.
  int max_message_bytes = 16 << 20;
  // Most calls at work at once: at least 2, or 0 (the default) for
  // ThreadsAtWork's choice.
  int threads = 0;
  // Most calls waiting for a turn beyond those; more are refused with
  // RESOURCE_EXHAUSTED and a retry hint. Default 256.
  int max_queued_calls = 256;
  store::StoreOptions store;
  // The tokens file (see server/core/access.h); empty: no tokens, every
  // caller may read and write.
  std::string auth_tokens_file;
  // Serve an address other than loopback without tokens or client
  // certificates. Off: Start refuses, so that a store is never opened to a
  // network by accident.
  bool insecure_allow_unauthenticated = false;
  // PEM files. With a certificate and key the server speaks only TLS; with a
  // client CA as well it requires and verifies client certificates (mutual
  // TLS), which also counts as authentication for a non-loopback address.
  std::string tls_cert_file;
  std::string tls_key_file;
  std::string tls_client_ca_file;
  // Where one line per call goes (server/access_log.h): a file appended to,
  // "-" for stderr, empty for no access log.
  std::string access_log;
  // host:port of the operators' HTTP endpoint (GET /metrics in Prometheus'
  // text format, GET /healthz); port 0 picks a free port; empty for none.
  std::string metrics_listen;
  // How often the store is probed (core/store_health.h): the health
  // service says factcheck.v1.FactCheck is SERVING only while the most
  // recent probe answered. Default 1 s.
  absl::Duration store_probe_interval = absl::Seconds(1);
  // On Shutdown, how long the server goes on accepting calls after it says
  // NOT_SERVING, so that health-checking clients and load balancers turn
  // to other replicas before its listener closes. Default 0: none.
  absl::Duration shutdown_notice = absl::ZeroDuration();
  // When positive, a connection older than this is told to go away
  // (GOAWAY): its client reconnects, re-resolving the server's name, so
  // that clients balancing over DNS find replicas started since. Calls in
  // flight on it get max_connection_age_grace to finish. Default 0: no
  // limit.
  absl::Duration max_connection_age = absl::ZeroDuration();
  absl::Duration max_connection_age_grace = absl::Minutes(5);
  // host:port of factcheck.v1 over HTTP with JSON (server/json_api.h):
  // POST /v1/<Method>, GET /healthz; port 0 picks a free port; empty for
  // none.
  std::string http_listen;
};

// The calls `options` let work at once: its threads when given; else, for
// RocksDB, the machine's cores and one more (work that never waits on a
// network gains nothing from more: they would share the cores, and a
// call's wait grows with the calls sharing them), and for PostgreSQL 8,
// as calls wait on the database.
int ThreadsAtWork(const ServerOptions& options);

class Server {
 public:
  // Opens the store and starts serving. Errors: InvalidArgument for bad
  // options (a TLS file or tokens file that cannot be read or parsed, a key
  // without a certificate, a non-loopback address without authentication, a
  // store_url that is not postgresql://); the store's errors (Unavailable
  // when the data directory is in use or PostgreSQL cannot be reached,
  // FailedPrecondition when it is not a factcheck store); Unavailable when
  // the address cannot be bound.
  [[nodiscard]] static absl::StatusOr<std::unique_ptr<Server>> Start(
      const ServerOptions& options);

  // Stops serving (see Shutdown) and closes the store.
  ~Server();

  // The port actually bound.
  int port() const { return port_; }

  // The metrics endpoint's port; 0 without --metrics_listen.
  int metrics_port() const { return metrics_http_ ? metrics_http_->port() : 0; }
  // The HTTP/JSON API's port; 0 without --http_listen.
  int http_port() const { return json_http_ ? json_http_->port() : 0; }

  // Marks the server (and factcheck.v1.FactCheck) NOT_SERVING and stops
  // probing the store; goes on accepting calls for the shutdown_notice;
  // then stops accepting calls, lets in-flight calls finish for up to
  // `grace` and cancels the rest. Returns as soon as the last call in
  // flight has ended: health Watch streams and idle connections are closed
  // then, not waited for. Idempotent (only the first call waits the
  // notice). Thread-safe.
  void Shutdown(absl::Duration grace);

  // Whether the store answered its most recent probe (what the health
  // service says of factcheck.v1.FactCheck while serving).
  bool store_healthy() const { return store_health_->healthy(); }

  // Blocks until the server has shut down.
  void Wait();

  // Re-reads the tokens file (on SIGHUP). OK without one; on error the
  // tokens in force stay in force.
  absl::Status ReloadTokens();

 private:
  Server() = default;

  std::unique_ptr<core::AccessControl> access_;
  // Outlive the gRPC server, whose calls write to them.
  std::unique_ptr<AccessLog> access_log_;
  std::unique_ptr<Metrics> metrics_;
  std::unique_ptr<store::ReportStore> store_;
  std::unique_ptr<core::FactChecker> checker_;
  std::unique_ptr<core::WorkSlots> slots_;
  std::unique_ptr<FactCheckService> service_;
  std::unique_ptr<ReflectionV1Service> reflection_v1_;
  // Counts the gRPC server's calls, which hold pointers to it.
  std::unique_ptr<CallsInFlight> calls_in_flight_;
  std::unique_ptr<grpc::Server> grpc_server_;
  // Sets factcheck.v1.FactCheck's health; stops before the gRPC server.
  std::unique_ptr<core::StoreHealth> store_health_;
  absl::Duration shutdown_notice_;
  std::atomic<bool> shut_down_{false};
  // The HTTP faces stop before the rest, which they read.
  std::unique_ptr<JsonApi> json_api_;
  std::unique_ptr<HttpServer> json_http_;
  std::unique_ptr<HttpServer> metrics_http_;
  int port_ = 0;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_SERVER_H_
