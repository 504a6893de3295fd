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

#include "absl/status/statusor.h"

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
  // `max_body_bytes` are answered 413 unread. Unavailable naming `flag`
  // when the address cannot be bound.
  static absl::StatusOr<std::unique_ptr<HttpServer>> Start(
      const std::string& listen, const std::string& flag,
      std::vector<HttpRoute> routes, size_t max_body_bytes);

  // Stops serving; answers in progress finish first.
  ~HttpServer();

  // The port actually bound.
  int port() const { return port_; }

 private:
  HttpServer(std::vector<HttpRoute> routes, size_t max_body_bytes)
      : routes_(std::move(routes)), max_body_bytes_(max_body_bytes) {}

  // What civetweb hands a route's handler: the route and its server.
  struct Bound {
    const HttpRoute* route;
    const HttpServer* server;
  };
  static int Serve(mg_connection* connection, void* bound);

  const std::vector<HttpRoute> routes_;
  const size_t max_body_bytes_;
  std::vector<Bound> bounds_;  // one per route, never reallocated
  mg_context* context_ = nullptr;
  int port_ = 0;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_HTTP_SERVER_H_
