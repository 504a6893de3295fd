// factcheckd's HTTP faces (--metrics_listen, --http_listen): an embedded
// civetweb server (Debian's libcivetweb) answering each route with a
// handler. It converts and delegates: what an answer says is the handler's
// (server/metrics.h, server/json_api.h).
#ifndef FACTCHECK_SERVER_HTTP_SERVER_H_
#define FACTCHECK_SERVER_HTTP_SERVER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "server/call_record.h"

struct mg_context;
struct mg_connection;

namespace factcheck::server {

struct HttpRequest {
  std::string method;  // "GET", "POST"
  std::string path;    // "/v1/VerifyDocument"
  std::optional<std::string> authorization;
  std::string body;
};

struct HttpAnswer {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  // Further headers (name, value), sent as given after Content-Type:
  // {"Retry-After", "1"}.
  std::vector<std::pair<std::string, std::string>> headers;
  // A streamed answer: after `body`, each piece this gives (true while it
  // gives one) is sent as it comes, with chunked transfer encoding. Called
  // on the serving thread; a write that fails (the client left) stops it.
  std::function<bool(std::string* piece)> next_piece;
  // The gRPC code the answer stands for, as the access log and the metrics
  // record it (server/call_record.h): INVALID_ARGUMENT for a 400 ….
  absl::StatusCode code = absl::StatusCode::kOk;
  // Whether the path named nothing the route serves ("/v1/NoSuchMethod"):
  // the records then name the call by its route ("POST /v1/"), so that
  // callers cannot add a metrics series for every name they make up.
  bool unknown_path = false;
};

struct HttpRoute {
  // civetweb's URI pattern: "/metrics$" one path, "/v1/" every path under
  // it.
  std::string pattern;
  std::function<HttpAnswer(const HttpRequest&)> handle;
};

class HttpServer {
 public:
  // Listens on `listen` ("127.0.0.1:9090"; port 0 picks a free port) and
  // answers `routes` (others: 404). Request bodies longer than
  // `max_body_bytes` are answered 413 unread. Each call a route answers
  // (and each 413) is recorded in every one of `sinks` once its answer is
  // sent (server/call_record.h says how); the sinks must outlive the
  // server. Unavailable naming `flag` when the address cannot be bound.
  static absl::StatusOr<std::unique_ptr<HttpServer>> Start(
      const std::string& listen, const std::string& flag,
      std::vector<HttpRoute> routes, size_t max_body_bytes,
      std::vector<CallSink*> sinks = {});

  // Stops serving; answers in progress finish first.
  ~HttpServer();

  // The port actually bound.
  int port() const { return port_; }

 private:
  HttpServer(std::vector<HttpRoute> routes, size_t max_body_bytes,
             std::vector<CallSink*> sinks)
      : routes_(std::move(routes)),
        max_body_bytes_(max_body_bytes),
        sinks_(std::move(sinks)) {}

  // What civetweb hands a route's handler: the route and its server.
  struct Bound {
    const HttpRoute* route;
    const HttpServer* server;
  };
  static int Serve(mg_connection* connection, void* bound);

  const std::vector<HttpRoute> routes_;
  const size_t max_body_bytes_;
  const std::vector<CallSink*> sinks_;
  std::vector<Bound> bounds_;  // one per route, never reallocated
  mg_context* context_ = nullptr;
  int port_ = 0;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_HTTP_SERVER_H_
