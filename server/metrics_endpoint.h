// The operators' HTTP endpoint (--metrics_listen): GET /metrics answers the
// Metrics in Prometheus' text format, GET /healthz "ok" while the process
// serves. Served by civetweb (Debian's libcivetweb), not a hand-written
// server; it converts and delegates, the counting lives in Metrics.
#ifndef FACTCHECK_SERVER_METRICS_ENDPOINT_H_
#define FACTCHECK_SERVER_METRICS_ENDPOINT_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "server/metrics.h"

struct mg_context;

namespace factcheck::server {

class MetricsEndpoint {
 public:
  // Listens on `listen` ("127.0.0.1:9090"; port 0 picks a free port).
  // `metrics` must outlive the endpoint. Unavailable when the address
  // cannot be bound, naming it.
  static absl::StatusOr<std::unique_ptr<MetricsEndpoint>> Start(
      const std::string& listen, const Metrics* metrics);

  // Stops serving; answers in progress finish first.
  ~MetricsEndpoint();

  // The port actually bound.
  int port() const { return port_; }

 private:
  MetricsEndpoint(mg_context* context, int port)
      : context_(context), port_(port) {}

  mg_context* const context_;
  const int port_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_METRICS_ENDPOINT_H_
