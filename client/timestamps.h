// Timestamps as the CLI reads and prints them.
#ifndef FACTCHECK_CLIENT_TIMESTAMPS_H_
#define FACTCHECK_CLIENT_TIMESTAMPS_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/timestamp.pb.h"

namespace factcheck::client {

// RFC 3339 ("2021-05-13T09:30:00Z", "2021-05-13T11:30:00+02:00") or a bare
// date ("2021-05-13", midnight UTC). InvalidArgument naming `what` otherwise.
[[nodiscard]] absl::StatusOr<google::protobuf::Timestamp> ParseTimestamp(
    absl::string_view text, absl::string_view what);

// RFC 3339 in UTC, seconds precision ("2021-05-13T09:30:00Z").
std::string FormatTimestamp(const google::protobuf::Timestamp& time);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_TIMESTAMPS_H_
