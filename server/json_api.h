// factcheck.v1 over HTTP with JSON (--http_listen): POST /v1/<Method> with
// the request in protobuf's JSON mapping answers the response in it (field
// names as `factcheck --format=json` prints them), after the same
// authorization (an "Authorization: Bearer <token>" header), the same turn
// at work and the same FactChecker as the gRPC service, so no rule lives
// twice. Errors answer the usual HTTP status for their gRPC code with a
// google.rpc.Status body (code, message, and for INVALID_ARGUMENT a
// BadRequest naming the field); a busy server's refusal is 429 with a
// Retry-After header and a RetryInfo detail. VerifyDocuments takes and answers
// JSON Lines: one VerifyDocumentsRequest per line, one response line each.
#ifndef FACTCHECK_SERVER_JSON_API_H_
#define FACTCHECK_SERVER_JSON_API_H_

#include "server/core/access.h"
#include "server/core/fact_checker.h"
#include "server/core/work_slots.h"
#include "server/http_server.h"

namespace factcheck::server {

// The HTTP status of a gRPC (absl) code, as gRPC's HTTP gateways map it:
// INVALID_ARGUMENT 400, UNAUTHENTICATED 401, PERMISSION_DENIED 403,
// NOT_FOUND 404, RESOURCE_EXHAUSTED 429, UNAVAILABLE 503 ….
int HttpStatusOf(absl::StatusCode code);

class JsonApi {
 public:
  // None is owned; all must outlive the API. `access` null: every caller
  // may call every method.
  JsonApi(core::FactChecker* checker, const core::AccessControl* access,
          core::WorkSlots* slots)
      : checker_(checker), access_(access), slots_(slots) {}

  // The answer to one request under /v1/.
  HttpAnswer Handle(const HttpRequest& request) const;

 private:
  core::FactChecker* const checker_;
  const core::AccessControl* const access_;
  core::WorkSlots* const slots_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_JSON_API_H_
