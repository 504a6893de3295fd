// Reads the documents the CLI sends: a path ending in .jsonl holds one report
// per line (JSON with id, source, url, title, published_at as RFC 3339 and
// text); a directory holds one plain-text document per .txt file; any other
// path, or "-" for standard input, is one plain-text document described by
// flags (or JSONL, when standard input is declared so).
#ifndef FACTCHECK_CLIENT_INPUTS_H_
#define FACTCHECK_CLIENT_INPUTS_H_

#include <cstddef>
#include <fstream>
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

// One document of the input, or the reason a line or file is not one.
struct InputDocument {
  // Where it comes from: "PATH:LINE" for a JSONL line, else the path.
  std::string origin;
  absl::StatusOr<factcheck::v1::Report> report;
};

// Reads documents one at a time, so that memory stays flat however long the
// input: one JSONL line or one file at a time. A plain-text file without --id
// gets its file name without extension as id (stdin gets none). An empty
// plain-text document, or text that is not UTF-8, is an input error found
// before anything is sent.
class DocumentReader {
 public:
  // `stdin_jsonl`: "-" holds JSONL rather than one plain-text document.
  DocumentReader(std::vector<std::string> paths, DocumentDefaults defaults,
                 std::istream& standard_input, bool stdin_jsonl = false);

  // The next document, or an item whose report is InvalidArgument naming
  // its origin (a malformed line, an unreadable file); the reader goes on
  // after it. nullopt at the end of the input.
  std::optional<InputDocument> Next();

 private:
  // The next non-blank line of the JSONL input being read, if any.
  std::optional<InputDocument> NextLine();
  // Opens the next path: a JSONL file becomes the input read line by line, a
  // directory lists its files; a plain document (or a failure) is returned.
  std::optional<InputDocument> OpenNextPath();
  // The whole of a plain-text file (or "-") as one document.
  InputDocument WholeText(const std::string& path);

  std::vector<std::string> paths_;
  DocumentDefaults defaults_;
  std::istream& standard_input_;
  bool stdin_jsonl_;
  size_t next_path_ = 0;
  // The .txt files of the directory being read, and the next of them.
  std::vector<std::string> directory_files_;
  size_t next_file_ = 0;
  // The JSONL input being read, line by line.
  std::ifstream file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_path_;
  int line_number_ = 0;
};

// Whether `paths` hold documents one per line or file (a JSONL file, a
// directory, JSONL on standard input when `stdin_jsonl`), to be read one at
// a time, rather than one plain-text document each.
bool HoldsManyDocuments(const std::vector<std::string>& paths,
                        bool stdin_jsonl);

// How many documents `paths` hold (non-blank JSONL lines, a directory's .txt
// files, one per other file), reading only line ends; nullopt when standard
// input is among them.
std::optional<size_t> CountDocuments(const std::vector<std::string>& paths);

// Every document of `paths`, in order, for the commands that send them at
// once. The first malformed line or unreadable file is InvalidArgument
// naming it (with its line), as is --id with several documents.
[[nodiscard]] absl::StatusOr<std::vector<factcheck::v1::Report>> ReadDocuments(
    const std::vector<std::string>& paths, const DocumentDefaults& defaults,
    std::istream& standard_input, bool stdin_jsonl = false);

// The whole of the file a flag names (a PEM certificate or key), for
// --tls_ca, --tls_cert and --tls_key. InvalidArgument naming the flag and the
// path when it cannot be read or is empty.
absl::StatusOr<std::string> ReadFlagFile(const std::string& path,
                                         absl::string_view flag);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_INPUTS_H_
