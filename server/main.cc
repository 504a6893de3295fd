// factcheckd: the factcheck gRPC server with its embedded RocksDB store, or
// one replica of many over a shared PostgreSQL store.
// The only place that defines flags.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/internal/program_name.h"
#include "absl/flags/internal/usage.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "server/log_limit.h"
#include "server/server.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "host:port to serve on; port 0 picks a free port (see --port_file)");
ABSL_FLAG(std::string, data_dir, "var/data",
          "RocksDB data directory, created when missing; one factcheckd per "
          "directory");
ABSL_FLAG(std::string, store, "",
          "a PostgreSQL URI, postgresql://USER@HOST:PORT/DATABASE: a store "
          "shared by any number of factcheckd replicas, instead of RocksDB in "
          "--data_dir (the tables are made on first use); the password is "
          "best kept in ~/.pgpass or PGPASSWORD");
ABSL_FLAG(int, store_connections, 0,
          "connections to the --store PostgreSQL; 0 for --threads, one per "
          "call at work");
ABSL_FLAG(int, max_message_bytes, 16 << 20,
          "largest request or response in bytes; larger requests get "
          "RESOURCE_EXHAUSTED");
ABSL_FLAG(int, threads, 0,
          "most calls at work at once (at least 2); 0: the cores and one "
          "more with RocksDB, 8 with --store");
ABSL_FLAG(int, max_queued_calls, 256,
          "most calls waiting for a turn beyond --threads; more are refused "
          "with RESOURCE_EXHAUSTED and a retry hint");
ABSL_FLAG(bool, sync_writes, true,
          "fsync each acknowledged write so it survives a machine crash, not "
          "only a process crash");
ABSL_FLAG(int, min_free_disk_mb, 256,
          "free disk space the store keeps: writes that would leave less get "
          "RESOURCE_EXHAUSTED while reads go on, and a store opened with less "
          "serves reads only");
ABSL_FLAG(int, parsed_claim_cache_mb, 64,
          "memory (estimated) for the claims lookups parse, kept for later "
          "calls, which read the recent claims of an event again, about 6% "
          "more for the index keys they were read under and an eighth more "
          "for what recent index scans found (RocksDB store); 0 turns the "
          "memos off");
ABSL_FLAG(absl::Duration, shutdown_grace, absl::Seconds(10),
          "on SIGINT/SIGTERM, how long in-flight calls may take to finish");
ABSL_FLAG(absl::Duration, shutdown_notice, absl::ZeroDuration(),
          "on SIGINT/SIGTERM, how long to go on accepting calls after health "
          "says NOT_SERVING, so that balancing clients and load balancers "
          "turn to other replicas first (e.g. 5s behind a Kubernetes "
          "Service); --shutdown_grace follows");
ABSL_FLAG(absl::Duration, store_probe_interval, absl::Seconds(1),
          "how often the store is probed: health says factcheck.v1.FactCheck "
          "is SERVING only while it answers");
ABSL_FLAG(absl::Duration, max_connection_age, absl::ZeroDuration(),
          "when positive, clients are asked to reconnect after this long "
          "(GOAWAY), so that clients balancing over DNS find new replicas; "
          "0 for no limit");
ABSL_FLAG(absl::Duration, max_connection_age_grace, absl::Minutes(5),
          "how long calls in flight on a connection past --max_connection_age "
          "may take to finish (a long batch stream needs this long)");
ABSL_FLAG(std::string, auth_tokens_file, "",
          "file of access tokens, a token and a role (reader or writer) per "
          "line; calls then need 'authorization: Bearer <token>'. Re-read on "
          "SIGHUP");
ABSL_FLAG(bool, insecure_allow_unauthenticated, false,
          "serve a non-loopback --listen address without tokens or client "
          "certificates (anyone who can connect may write and delete)");
ABSL_FLAG(std::string, tls_cert, "",
          "PEM certificate chain: serve TLS only (with --tls_key)");
ABSL_FLAG(std::string, tls_key, "", "PEM private key of --tls_cert");
ABSL_FLAG(std::string, tls_client_ca, "",
          "PEM CA certificates: require client certificates signed by them "
          "(mutual TLS)");
ABSL_FLAG(std::string, port_file, "",
          "when set, write the bound port to this file once serving");
ABSL_FLAG(std::string, metrics_listen, "",
          "host:port of an HTTP endpoint for operators: GET /metrics in "
          "Prometheus' text format, GET /healthz; off when empty");
ABSL_FLAG(std::string, http_listen, "",
          "host:port to serve factcheck.v1 over HTTP with JSON as well: "
          "POST /v1/<Method>, GET /healthz; off when empty");
ABSL_FLAG(std::string, access_log, "",
          "one JSON line per call (method, status, peer, latency, sizes; "
          "never the text): a file to append to, or - for stderr; at most "
          "200 lines a second, the next line counting those skipped");

namespace {

constexpr char kUsage[] =
    "serves factcheck.v1 (claim extraction and verification of "
    "news text), grpc.health.v1 and server reflection over gRPC, with an "
    "embedded RocksDB store, or over a PostgreSQL store shared by many "
    "replicas (--store).\n\n"
    "Usage: factcheckd [--listen=HOST:PORT] [--data_dir=DIR | "
    "--store=postgresql://USER@HOST:PORT/DATABASE [--store_connections=N]] "
    "[--max_message_bytes=N] [--threads=N] [--max_queued_calls=N] "
    "[--sync_writes=true|false] "
    "[--min_free_disk_mb=256] [--parsed_claim_cache_mb=64] "
    "[--shutdown_grace=10s] [--shutdown_notice=0s] "
    "[--store_probe_interval=1s] [--max_connection_age=0s "
    "[--max_connection_age_grace=5m]] [--port_file=PATH] "
    "[--auth_tokens_file=PATH] [--insecure_allow_unauthenticated] "
    "[--tls_cert=PEM --tls_key=PEM [--tls_client_ca=PEM]] "
    "[--access_log=PATH|-] [--metrics_listen=HOST:PORT] "
    "[--http_listen=HOST:PORT]\n\n"
    "SIGINT or SIGTERM makes health say NOT_SERVING, goes on accepting "
    "calls for --shutdown_notice, then stops accepting calls, lets in-flight "
    "calls finish within --shutdown_grace, closes the store and exits 0. "
    "SIGHUP re-reads "
    "--auth_tokens_file (a broken file leaves the tokens in force). Exit "
    "status 1: "
    "the server could not start (the message says why).";

// A size flag in MiB as bytes; a negative one as 0.
uint64_t BytesOfMebibytes(int mebibytes) {
  return static_cast<uint64_t>(std::max(0, mebibytes)) << 20;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(kUsage);
  absl::FlagsUsageConfig usage;
  usage.contains_help_flags = [](absl::string_view file) {
    return absl::EndsWith(file, "server/main.cc");
  };
  usage.contains_helpshort_flags = usage.contains_help_flags;
  absl::SetFlagsUsageConfig(usage);
  // Asking for help is no error: print it and exit 0 (Abseil's own --help
  // exits 1).
  for (int i = 1; i < argc; ++i) {
    const absl::string_view arg = argv[i];
    if (arg == "--help" || arg == "-help" || arg == "-h" ||
        arg == "--helpfull") {
      absl::flags_internal::SetProgramInvocationName("factcheckd");
      absl::flags_internal::FlagsHelp(
          std::cout, "server/main.cc",
          absl::flags_internal::HelpFormat::kHumanReadable, kUsage);
      return 0;
    }
  }
  absl::ParseCommandLine(argc, argv);
  // Debian's Abseil is built without NDEBUG, so each Mutex lock would also
  // record lock order for deadlock reports: a debugging aid that cost a
  // verification some 2% of its instructions. The tests keep it.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  factcheck::server::LimitLibraryLogs();

  // Block the handled signals before any thread starts so that every thread
  // inherits the mask and only the sigwait below receives them.
  sigset_t handled_signals;
  sigemptyset(&handled_signals);
  sigaddset(&handled_signals, SIGINT);
  sigaddset(&handled_signals, SIGTERM);
  sigaddset(&handled_signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &handled_signals, nullptr);

  factcheck::server::ServerOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.data_dir = absl::GetFlag(FLAGS_data_dir);
  options.store_url = absl::GetFlag(FLAGS_store);
  options.store_connections = absl::GetFlag(FLAGS_store_connections);
  options.max_message_bytes = absl::GetFlag(FLAGS_max_message_bytes);
  options.threads = absl::GetFlag(FLAGS_threads);
  options.max_queued_calls = absl::GetFlag(FLAGS_max_queued_calls);
  options.store.sync_writes = absl::GetFlag(FLAGS_sync_writes);
  options.store.min_free_disk_bytes =
      BytesOfMebibytes(absl::GetFlag(FLAGS_min_free_disk_mb));
  options.store.parsed_claim_cache_bytes =
      BytesOfMebibytes(absl::GetFlag(FLAGS_parsed_claim_cache_mb));
  options.shutdown_notice = absl::GetFlag(FLAGS_shutdown_notice);
  options.store_probe_interval = absl::GetFlag(FLAGS_store_probe_interval);
  options.max_connection_age = absl::GetFlag(FLAGS_max_connection_age);
  options.max_connection_age_grace =
      absl::GetFlag(FLAGS_max_connection_age_grace);
  options.auth_tokens_file = absl::GetFlag(FLAGS_auth_tokens_file);
  options.insecure_allow_unauthenticated =
      absl::GetFlag(FLAGS_insecure_allow_unauthenticated);
  options.tls_cert_file = absl::GetFlag(FLAGS_tls_cert);
  options.tls_key_file = absl::GetFlag(FLAGS_tls_key);
  options.tls_client_ca_file = absl::GetFlag(FLAGS_tls_client_ca);
  options.access_log = absl::GetFlag(FLAGS_access_log);
  options.metrics_listen = absl::GetFlag(FLAGS_metrics_listen);
  options.http_listen = absl::GetFlag(FLAGS_http_listen);

  absl::StatusOr<std::unique_ptr<factcheck::server::Server>> server =
      factcheck::server::Server::Start(options);
  if (!server.ok()) {
    std::cerr << "factcheckd: " << server.status().message() << std::endl;
    return 1;
  }
  const std::string port_file = absl::GetFlag(FLAGS_port_file);
  if (!port_file.empty()) {
    const std::string temp = port_file + ".tmp";
    std::ofstream(temp) << (*server)->port() << "\n";
    std::rename(temp.c_str(), port_file.c_str());
  }
  std::cerr << "factcheckd: serving on port " << (*server)->port()
            << " (--listen=" << options.listen << "), "
            << (options.store_url.empty()
                    ? "data in " + options.data_dir
                    : std::string("store on PostgreSQL (--store)"))
            << (options.tls_cert_file.empty() ? "" : ", TLS")
            << (options.tls_client_ca_file.empty() ? ""
                                                   : ", client certificates")
            << (options.auth_tokens_file.empty() ? "" : ", tokens required")
            << std::endl;

  std::thread stopper([&] {
    int signal = 0;
    while (sigwait(&handled_signals, &signal) == 0 && signal == SIGHUP) {
      const absl::Status reloaded = (*server)->ReloadTokens();
      std::cerr << "factcheckd: SIGHUP, "
                << (reloaded.ok() ? std::string("tokens re-read")
                                  : std::string(reloaded.message()))
                << std::endl;
    }
    std::cerr << "factcheckd: " << (signal == SIGINT ? "SIGINT" : "SIGTERM")
              << ", shutting down" << std::endl;
    (*server)->Shutdown(absl::GetFlag(FLAGS_shutdown_grace));
  });
  (*server)->Wait();
  stopper.join();
  server->reset();
  std::cerr << "factcheckd: stopped, store closed" << std::endl;
  return 0;
}
