// Reads the documents the CLI sends: a path ending in .jsonl holds one report
// per line (JSON with id, source, url, title, published_at as RFC 3339 and
// text); any other path, or "-" for standard input, is one plain-text
// document described by flags.
#ifndef FACTCHECK_CLIENT_INPUTS_H_
#define FACTCHECK_CLIENT_INPUTS_H_

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "protos/report.pb.h"

namespace factcheck::client {

// What --id, --source, --url, --title and --published_at say. They describe a
// plain-text document, and fill the fields a JSONL line leaves out.
struct DocumentDefaults {
  std::optional<std::string> id;
  std::optional<std::string> source;
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<google::protobuf::Timestamp> published_at;
};

// The documents of every path, in order. A plain-text file without --id gets
// its file name without extension as id (stdin gets none). --id with several
// documents is InvalidArgument, as are unreadable files and malformed JSONL
// lines (the message names path and line).
[[nodiscard]] absl::StatusOr<std::vector<factcheck::v1::Report>> ReadDocuments(
    const std::vector<std::string>& paths, const DocumentDefaults& defaults,
    std::istream& standard_input);

// The whole of the file a flag names (a PEM certificate or key), for
// --tls_ca, --tls_cert and --tls_key. InvalidArgument naming the flag and the
// path when it cannot be read or is empty.
absl::StatusOr<std::string> ReadFlagFile(const std::string& path,
                                         absl::string_view flag);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_INPUTS_H_
