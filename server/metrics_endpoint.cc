#include "server/metrics_endpoint.h"

#include <civetweb.h>

#include <string>

#include "absl/strings/str_cat.h"

namespace factcheck::server {
namespace {

void AnswerOk(mg_connection* connection, const char* content_type,
              const std::string& body) {
  mg_send_http_ok(connection, content_type,
                  static_cast<long long>(body.size()));
  mg_write(connection, body.data(), body.size());
}

int ServeMetrics(mg_connection* connection, void* data) {
  const auto* metrics = static_cast<const Metrics*>(data);
  AnswerOk(connection, "text/plain; version=0.0.4; charset=utf-8",
           metrics->PrometheusText());
  return 200;
}

int ServeHealth(mg_connection* connection, void*) {
  AnswerOk(connection, "text/plain; charset=utf-8", "ok\n");
  return 200;
}

}  // namespace

absl::StatusOr<std::unique_ptr<MetricsEndpoint>> MetricsEndpoint::Start(
    const std::string& listen, const Metrics* metrics) {
  // Scrapes are few: two threads answer them.
  const char* options[] = {"listening_ports", listen.c_str(), "num_threads",
                           "2", nullptr};
  mg_callbacks callbacks{};
  // civetweb would print why a bind failed; the status says it instead.
  callbacks.log_message = [](const mg_connection*, const char*) { return 1; };
  mg_context* context = mg_start(&callbacks, nullptr, options);
  if (context == nullptr) {
    return absl::UnavailableError(
        absl::StrCat("--metrics_listen: cannot listen on ", listen,
                     " (address in use, or not an address of this machine?)"));
  }
  mg_set_request_handler(context, "/metrics$", ServeMetrics,
                         const_cast<Metrics*>(metrics));
  mg_set_request_handler(context, "/healthz$", ServeHealth, nullptr);
  mg_server_port ports[1];
  const int port =
      mg_get_server_ports(context, 1, ports) == 1 ? ports[0].port : 0;
  return std::unique_ptr<MetricsEndpoint>(new MetricsEndpoint(context, port));
}

MetricsEndpoint::~MetricsEndpoint() { mg_stop(context_); }

}  // namespace factcheck::server
