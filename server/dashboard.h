// The dashboard's routes on the --http_listen server: its page, script and
// style (web/, embedded at build time), answered as they are.
#ifndef FACTCHECK_SERVER_DASHBOARD_H_
#define FACTCHECK_SERVER_DASHBOARD_H_

#include <vector>

#include "server/http_server.h"

namespace factcheck::server {

// "/" (the page), "/app.js", "/style.css".
std::vector<HttpRoute> DashboardRoutes();

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_DASHBOARD_H_
