#include "server/rpc_status.h"

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"
#include "absl/time/time.h"
#include "server/core/retry_hint.h"

namespace factcheck::server {
namespace {

// Whether `c` may stand in a field path: "reports[2].published_at".
bool InFieldPath(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == '.' || c == '[' || c == ']';
}

// The violation an INVALID_ARGUMENT message describes: core's messages
// begin with the field's path, then what is wrong with it ("document.text
// is empty; send the news text", "page_size: must be 1 to 500").
google::rpc::BadRequest::FieldViolation ViolationOf(absl::string_view message) {
  size_t end = 0;
  while (end < message.size() && InFieldPath(message[end])) ++end;
  google::rpc::BadRequest::FieldViolation violation;
  const bool names_field =
      end > 0 && absl::ascii_islower(static_cast<unsigned char>(message[0])) &&
      (end == message.size() || message[end] == ' ' || message[end] == ':');
  if (!names_field) {
    violation.set_description(std::string(message));
    return violation;
  }
  violation.set_field(std::string(message.substr(0, end)));
  absl::string_view rest = message.substr(end);
  absl::ConsumePrefix(&rest, ":");
  violation.set_description(
      std::string(absl::StripLeadingAsciiWhitespace(rest)));
  return violation;
}

}  // namespace

google::rpc::Status ToRpcStatus(const absl::Status& status) {
  google::rpc::Status details;
  details.set_code(static_cast<int>(status.code()));
  details.set_message(std::string(status.message()));
  if (status.code() == absl::StatusCode::kInvalidArgument) {
    google::rpc::BadRequest bad_request;
    *bad_request.add_field_violations() = ViolationOf(status.message());
    details.add_details()->PackFrom(bad_request);
  }
  if (const std::optional<absl::Duration> retry_after =
          core::RetryAfterOf(status)) {
    google::rpc::RetryInfo retry;
    const int64_t ms = absl::ToInt64Milliseconds(*retry_after);
    retry.mutable_retry_delay()->set_seconds(ms / 1000);
    retry.mutable_retry_delay()->set_nanos(static_cast<int32_t>(ms % 1000) *
                                           1000000);
    details.add_details()->PackFrom(retry);
  }
  return details;
}

}  // namespace factcheck::server
