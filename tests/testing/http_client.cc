#include "tests/testing/http_client.h"

#include <civetweb.h>

#include <cctype>

namespace factcheck::testing {

HttpReply HttpCall(int port, const std::string& method, const std::string& path,
                   const std::string& body,
                   const std::optional<std::string>& authorization) {
  HttpReply reply;
  char error[256] = "";
  mg_connection* connection =
      mg_connect_client("127.0.0.1", port, 0, error, sizeof(error));
  if (connection == nullptr) {
    reply.body = error;
    return reply;
  }
  mg_printf(connection,
            "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            "Content-Length: %zu\r\n",
            method.c_str(), path.c_str(), body.size());
  if (authorization) {
    mg_printf(connection, "Authorization: %s\r\n", authorization->c_str());
  }
  mg_printf(connection, "\r\n");
  mg_write(connection, body.data(), body.size());
  if (mg_get_response(connection, error, sizeof(error), 10000) < 0) {
    reply.body = error;
    mg_close_connection(connection);
    return reply;
  }
  const mg_response_info* info = mg_get_response_info(connection);
  reply.status = info->status_code;
  for (int h = 0; h < info->num_headers; ++h) {
    std::string name = info->http_headers[h].name;
    for (char& c : name) c = static_cast<char>(std::tolower(c));
    reply.headers[name] = info->http_headers[h].value;
  }
  if (const auto type = reply.headers.find("content-type");
      type != reply.headers.end()) {
    reply.content_type = type->second;
  }
  char buffer[16384];
  for (int read; (read = mg_read(connection, buffer, sizeof(buffer))) > 0;) {
    reply.body.append(buffer, static_cast<size_t>(read));
  }
  mg_close_connection(connection);
  return reply;
}

}  // namespace factcheck::testing
