// A refusal's retry hint: how long a caller turned away because the server
// is busy should wait before calling again. The gate that refuses
// (work_slots.h) attaches it to its status as a payload; each face of the
// server reads it from there (gRPC: a 'grpc-retry-pushback-ms' trailer and a
// google.rpc.RetryInfo detail; HTTP: 429 with Retry-After). The code alone
// cannot say it: RESOURCE_EXHAUSTED also answers a full disk or an oversize
// message, which waiting does not cure.
#ifndef FACTCHECK_SERVER_CORE_RETRY_HINT_H_
#define FACTCHECK_SERVER_CORE_RETRY_HINT_H_

#include <optional>

#include "absl/status/status.h"
#include "absl/time/time.h"

namespace factcheck::core {

// `status` (not OK) with the hint to retry after `delay` (rounded down to
// whole milliseconds; at least 0).
[[nodiscard]] absl::Status WithRetryAfter(absl::Status status,
                                          absl::Duration delay);

// The hint `status` carries; none for a status without one (or with one that
// does not parse, which no status made by WithRetryAfter has).
std::optional<absl::Duration> RetryAfterOf(const absl::Status& status);

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_RETRY_HINT_H_
