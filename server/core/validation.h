// Checks of untrusted request fields, shared by every entry point. Each check
// returns InvalidArgument with a message naming the field (as the caller spells
// it, e.g. "reports[2].published_at") and what is wrong, so that a user can
// fix the request.
#ifndef FACTCHECK_SERVER_CORE_VALIDATION_H_
#define FACTCHECK_SERVER_CORE_VALIDATION_H_

#include <cstddef>
#include <optional>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/timestamp.pb.h"
#include "protos/report.pb.h"

namespace factcheck::core {

// The API's limits on a report's fields, checked at the door so that every
// accepted request can be answered within the server's default message
// limit (16 MiB: a text's claims take a bounded multiple of its size) and
// every stored report reads back, alone or on a full page of ListReports
// (1,000 summaries of at most ~6 KiB).
inline constexpr size_t kMaxTextBytes = size_t{1} << 20;
inline constexpr size_t kMaxTitleBytes = 1024;
inline constexpr size_t kMaxUrlBytes = 4096;
inline constexpr size_t kMaxSourceBytes = 256;

// A string field that may be empty: well-formed UTF-8.
[[nodiscard]] absl::Status ValidateUtf8(absl::string_view value,
                                        absl::string_view field);

// A string field of at most `max_bytes` bytes of well-formed UTF-8.
[[nodiscard]] absl::Status ValidateString(absl::string_view value,
                                          absl::string_view field,
                                          size_t max_bytes);

// News text: non-empty, well-formed UTF-8, at most kMaxTextBytes.
[[nodiscard]] absl::Status ValidateText(absl::string_view text,
                                        absl::string_view field);

// A report id: 1 to 256 bytes of UTF-8 without control characters.
[[nodiscard]] absl::Status ValidateReportId(absl::string_view id,
                                            absl::string_view field);

// A timestamp within 0001-01-01 to 9999-12-31 with nanos in [0, 1e9).
[[nodiscard]] absl::Status ValidateTimestamp(
    const google::protobuf::Timestamp& time, absl::string_view field);

// A report to store: id, text and published_at required; every field valid.
[[nodiscard]] absl::Status ValidateReportForIngest(
    const factcheck::v1::Report& report, absl::string_view field);

// A document to verify: text required; id and published_at optional but
// valid when present; every field valid.
[[nodiscard]] absl::Status ValidateDocument(
    const factcheck::v1::Report& document, absl::string_view field);

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_VALIDATION_H_
