#include "server/http_server.h"

#include <civetweb.h>

#include <string>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace factcheck::server {
namespace {

// The answer's own headers, each line ending in CRLF.
std::string ExtraHeaders(const HttpAnswer& answer) {
  std::string lines;
  for (const auto& [name, value] : answer.headers) {
    absl::StrAppend(&lines, name, ": ", value, "\r\n");
  }
  return lines;
}

void Send(mg_connection* connection, const HttpAnswer& answer) {
  const std::string extra = ExtraHeaders(answer);
  if (answer.next_piece) {
    mg_printf(connection,
              "HTTP/1.1 %d %s\r\nContent-Type: %s\r\n%sTransfer-Encoding: "
              "chunked\r\nCache-Control: no-store\r\nConnection: "
              "close\r\n\r\n",
              answer.status,
              mg_get_response_code_text(connection, answer.status),
              answer.content_type.c_str(), extra.c_str());
    bool open = answer.body.empty() ||
                mg_send_chunk(connection, answer.body.data(),
                              static_cast<unsigned>(answer.body.size())) > 0;
    for (std::string piece; open && answer.next_piece(&piece);) {
      open = piece.empty() ||
             mg_send_chunk(connection, piece.data(),
                           static_cast<unsigned>(piece.size())) > 0;
    }
    mg_send_chunk(connection, "", 0);
    return;
  }
  mg_printf(connection,
            "HTTP/1.1 %d %s\r\nContent-Type: %s\r\n%sContent-Length: "
            "%zu\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            answer.status, mg_get_response_code_text(connection, answer.status),
            answer.content_type.c_str(), extra.c_str(), answer.body.size());
  mg_write(connection, answer.body.data(), answer.body.size());
}

}  // namespace

int HttpServer::Serve(mg_connection* connection, void* data) {
  const auto* bound = static_cast<const Bound*>(data);
  const size_t max_body_bytes = bound->server->max_body_bytes_;
  const mg_request_info* info = mg_get_request_info(connection);
  HttpRequest request;
  request.method = info->request_method;
  request.path = info->local_uri != nullptr ? info->local_uri : "";
  if (const char* authorization = mg_get_header(connection, "Authorization")) {
    request.authorization = std::string(authorization);
  }
  if (info->content_length > 0 &&
      static_cast<size_t>(info->content_length) > max_body_bytes) {
    Send(connection,
         {413, "text/plain; charset=utf-8",
          absl::StrCat("the request body is ", info->content_length,
                       " bytes; at most ", max_body_bytes, " are accepted\n")});
    return 413;
  }
  char buffer[16384];
  for (int read; (read = mg_read(connection, buffer, sizeof(buffer))) > 0;) {
    request.body.append(buffer, static_cast<size_t>(read));
    if (request.body.size() > max_body_bytes) {
      Send(connection, {413, "text/plain; charset=utf-8",
                        absl::StrCat("the request body is over ",
                                     max_body_bytes, " bytes\n")});
      return 413;
    }
  }
  const HttpAnswer answer = bound->route->handle(request);
  Send(connection, answer);
  return answer.status;
}

absl::StatusOr<std::unique_ptr<HttpServer>> HttpServer::Start(
    const std::string& listen, const std::string& flag,
    std::vector<HttpRoute> routes, size_t max_body_bytes) {
  std::unique_ptr<HttpServer> server(
      new HttpServer(std::move(routes), max_body_bytes));
  const char* options[] = {"listening_ports", listen.c_str(), "num_threads",
                           "4", nullptr};
  mg_callbacks callbacks{};
  // civetweb would print why a bind failed; the status says it instead.
  callbacks.log_message = [](const mg_connection*, const char*) { return 1; };
  server->context_ = mg_start(&callbacks, nullptr, options);
  if (server->context_ == nullptr) {
    return absl::UnavailableError(
        absl::StrCat("--", flag, ": cannot listen on ", listen,
                     " (address in use, or not an address of this machine?)"));
  }
  server->bounds_.reserve(server->routes_.size());
  for (const HttpRoute& route : server->routes_) {
    server->bounds_.push_back({&route, server.get()});
    mg_set_request_handler(server->context_, route.pattern.c_str(), &Serve,
                           &server->bounds_.back());
  }
  mg_server_port ports[1];
  server->port_ =
      mg_get_server_ports(server->context_, 1, ports) == 1 ? ports[0].port : 0;
  return server;
}

HttpServer::~HttpServer() {
  if (context_ != nullptr) mg_stop(context_);
}

}  // namespace factcheck::server
