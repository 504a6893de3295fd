#include "server/dashboard.h"

#include <string>

namespace factcheck::server {
namespace web {
extern const char kIndexHtml[];
extern const char kAppJs[];
extern const char kStyleCss[];
}  // namespace web

namespace {

HttpRoute File(const char* pattern, const char* content_type,
               const char* content) {
  return {pattern, [content_type, content](const HttpRequest&) {
            return HttpAnswer{200, content_type, content};
          }};
}

}  // namespace

std::vector<HttpRoute> DashboardRoutes() {
  return {File("/$", "text/html; charset=utf-8", web::kIndexHtml),
          File("/app.js$", "text/javascript; charset=utf-8", web::kAppJs),
          File("/style.css$", "text/css; charset=utf-8", web::kStyleCss)};
}

}  // namespace factcheck::server
