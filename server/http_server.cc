#include "server/http_server.h"

#include <civetweb.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"

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

// What Send writes after the headers.
struct Sent {
  int64_t pieces = 0;
  int64_t bytes = 0;
};

// Sends `answer`, calling `finishing` with what was sent just before its
// last write, so that whoever the caller tells after the answer ends sees
// the call recorded.
void Send(mg_connection* connection, const HttpAnswer& answer,
          const std::function<void(const Sent&)>& finishing) {
  const std::string extra = ExtraHeaders(answer);
  Sent sent;
  if (answer.next_piece) {
    mg_printf(connection,
              "HTTP/1.1 %d %s\r\nContent-Type: %s\r\n%sTransfer-Encoding: "
              "chunked\r\nCache-Control: no-store\r\nConnection: "
              "close\r\n\r\n",
              answer.status,
              mg_get_response_code_text(connection, answer.status),
              answer.content_type.c_str(), extra.c_str());
    // Whether the piece went out (an empty piece sends nothing).
    auto send_piece = [&](const std::string& piece) {
      if (piece.empty()) return true;
      if (mg_send_chunk(connection, piece.data(),
                        static_cast<unsigned>(piece.size())) <= 0) {
        return false;
      }
      ++sent.pieces;
      sent.bytes += static_cast<int64_t>(piece.size());
      return true;
    };
    bool open = send_piece(answer.body);
    for (std::string piece; open && answer.next_piece(&piece);) {
      open = send_piece(piece);
    }
    finishing(sent);
    mg_send_chunk(connection, "", 0);
    return;
  }
  mg_printf(connection,
            "HTTP/1.1 %d %s\r\nContent-Type: %s\r\n%sContent-Length: "
            "%zu\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            answer.status, mg_get_response_code_text(connection, answer.status),
            answer.content_type.c_str(), extra.c_str(), answer.body.size());
  finishing({1, static_cast<int64_t>(answer.body.size())});
  mg_write(connection, answer.body.data(), answer.body.size());
}

HttpAnswer TooLarge(std::string message) {
  HttpAnswer answer{413, "text/plain; charset=utf-8", std::move(message)};
  answer.code = absl::StatusCode::kResourceExhausted;
  return answer;
}

// Reads the request's body into `request`; the 413 answer instead when it
// is longer than `max_body_bytes`.
std::optional<HttpAnswer> ReadBody(mg_connection* connection,
                                   const mg_request_info& info,
                                   size_t max_body_bytes,
                                   HttpRequest* request) {
  if (info.content_length > 0 &&
      static_cast<size_t>(info.content_length) > max_body_bytes) {
    return TooLarge(absl::StrCat("the request body is ", info.content_length,
                                 " bytes; at most ", max_body_bytes,
                                 " are accepted\n"));
  }
  char buffer[16384];
  for (int read; (read = mg_read(connection, buffer, sizeof(buffer))) > 0;) {
    request->body.append(buffer, static_cast<size_t>(read));
    if (request->body.size() > max_body_bytes) {
      return TooLarge(absl::StrCat("the request body is over ", max_body_bytes,
                                   " bytes\n"));
    }
  }
  return std::nullopt;
}

// The caller's address as gRPC writes it: "ipv4:127.0.0.1:51234",
// "ipv6:[::1]:51234".
std::string PeerOf(const mg_request_info& info) {
  const absl::string_view address = info.remote_addr;
  if (absl::StrContains(address, ':')) {
    return absl::StrCat("ipv6:[", address, "]:", info.remote_port);
  }
  return absl::StrCat("ipv4:", address, ":", info.remote_port);
}

// The call's name in the records (see HttpAnswer::unknown_path).
std::string MethodOf(const HttpRequest& request, const HttpAnswer& answer,
                     absl::string_view pattern) {
  if (answer.unknown_path) {
    absl::ConsumeSuffix(&pattern, "$");
    return absl::StrCat(request.method, " ", pattern);
  }
  return absl::StrCat(request.method, " ", request.path);
}

}  // namespace

int HttpServer::Serve(mg_connection* connection, void* data) {
  const absl::Time start = absl::Now();
  const auto* bound = static_cast<const Bound*>(data);
  const mg_request_info* info = mg_get_request_info(connection);
  HttpRequest request;
  request.method = info->request_method;
  request.path = info->local_uri != nullptr ? info->local_uri : "";
  if (const char* authorization = mg_get_header(connection, "Authorization")) {
    request.authorization = std::string(authorization);
  }
  std::optional<HttpAnswer> too_large =
      ReadBody(connection, *info, bound->server->max_body_bytes_, &request);
  const HttpAnswer answer =
      too_large ? *std::move(too_large) : bound->route->handle(request);
  const std::vector<CallSink*>& sinks = bound->server->sinks_;
  Send(connection, answer, [&](const Sent& sent) {
    if (sinks.empty()) return;
    CallRecord call;
    call.method = MethodOf(request, answer, bound->route->pattern);
    call.status = absl::StatusCodeToString(answer.code);
    call.http_status = answer.status;
    call.peer = PeerOf(*info);
    call.start = start;
    call.latency = absl::Now() - start;
    call.request_messages = 1;
    call.response_messages = sent.pieces;
    call.request_bytes = static_cast<int64_t>(request.body.size());
    call.response_bytes = sent.bytes;
    for (CallSink* sink : sinks) sink->Record(call);
  });
  return answer.status;
}

absl::StatusOr<std::unique_ptr<HttpServer>> HttpServer::Start(
    const std::string& listen, const std::string& flag,
    std::vector<HttpRoute> routes, size_t max_body_bytes,
    std::vector<CallSink*> sinks) {
  std::unique_ptr<HttpServer> server(
      new HttpServer(std::move(routes), max_body_bytes, std::move(sinks)));
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
