// A real HTTP/1.1 client for tests of factcheckd's HTTP faces: civetweb's,
// talking to 127.0.0.1.
#ifndef FACTCHECK_TESTS_TESTING_HTTP_CLIENT_H_
#define FACTCHECK_TESTS_TESTING_HTTP_CLIENT_H_

#include <map>
#include <optional>
#include <string>

namespace factcheck::testing {

struct HttpReply {
  // 0 when no answer came; `body` then says why.
  int status = 0;
  std::string content_type;
  // Every header of the answer, by its name in lower case ("retry-after").
  std::map<std::string, std::string> headers;
  std::string body;
};

// Sends `method` `path` with `body` to 127.0.0.1:`port`, with an
// "Authorization" header when `authorization` is set, and reads the whole
// answer.
HttpReply HttpCall(
    int port, const std::string& method, const std::string& path,
    const std::string& body = "",
    const std::optional<std::string>& authorization = std::nullopt);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_HTTP_CLIENT_H_
