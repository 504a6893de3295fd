#include "server/core/retry_hint.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/strings/cord.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace factcheck::core {
namespace {

// The payload's type URL; its value is the delay in milliseconds, in decimal.
constexpr char kRetryAfterUrl[] = "type.factcheck.dev/factcheck.RetryAfterMs";

}  // namespace

absl::Status WithRetryAfter(absl::Status status, absl::Duration delay) {
  const int64_t ms = std::max<int64_t>(0, absl::ToInt64Milliseconds(delay));
  status.SetPayload(kRetryAfterUrl, absl::Cord(absl::StrCat(ms)));
  return status;
}

std::optional<absl::Duration> RetryAfterOf(const absl::Status& status) {
  // Debian's Abseil answers its own optional, not std::optional.
  const auto payload = status.GetPayload(kRetryAfterUrl);
  int64_t ms = 0;
  if (!payload || !absl::SimpleAtoi(std::string(*payload), &ms) || ms < 0) {
    return std::nullopt;
  }
  return absl::Milliseconds(ms);
}

}  // namespace factcheck::core
