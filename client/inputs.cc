#include "client/inputs.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/util/json_util.h"
#include "unicode/utf8.h"

namespace factcheck::client {
namespace {

void FillMissing(const DocumentDefaults& defaults,
                 factcheck::v1::Report* report) {
  if (!report->has_id() && defaults.id) report->set_id(*defaults.id);
  if (!report->has_source() && defaults.source) {
    report->set_source(*defaults.source);
  }
  if (!report->has_url() && defaults.url) report->set_url(*defaults.url);
  if (!report->has_title() && defaults.title) {
    report->set_title(*defaults.title);
  }
  if (!report->has_published_at() && defaults.published_at) {
    *report->mutable_published_at() = *defaults.published_at;
  }
}

bool IsJsonl(const std::string& path) { return absl::EndsWith(path, ".jsonl"); }

bool IsDirectory(const std::string& path) {
  std::error_code error;
  return path != "-" && std::filesystem::is_directory(path, error);
}

// The plain-text documents of a directory, in name order.
std::vector<std::string> TextFilesIn(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry :
       std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".txt" && entry.is_regular_file(error)) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

InputDocument Unreadable(const std::string& path) {
  return {path,
          absl::InvalidArgumentError(absl::StrCat(path, ": cannot be read"))};
}

}  // namespace

DocumentReader::DocumentReader(std::vector<std::string> paths,
                               DocumentDefaults defaults,
                               std::istream& standard_input, bool stdin_jsonl)
    : paths_(std::move(paths)),
      defaults_(std::move(defaults)),
      standard_input_(standard_input),
      stdin_jsonl_(stdin_jsonl) {}

std::optional<InputDocument> DocumentReader::Next() {
  while (true) {
    if (jsonl_ != nullptr) {
      if (std::optional<InputDocument> line = NextLine()) return line;
      continue;
    }
    if (next_file_ < directory_files_.size()) {
      return WholeText(directory_files_[next_file_++]);
    }
    if (next_path_ == paths_.size()) return std::nullopt;
    if (std::optional<InputDocument> document = OpenNextPath()) {
      return document;
    }
  }
}

std::optional<InputDocument> DocumentReader::NextLine() {
  std::string line;
  while (std::getline(*jsonl_, line)) {
    ++line_number_;
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    InputDocument document{absl::StrCat(jsonl_path_, ":", line_number_),
                           factcheck::v1::Report()};
    const auto parsed =
        google::protobuf::util::JsonStringToMessage(line, &*document.report);
    std::optional<size_t> bad;
    if (!parsed.ok()) {
      document.report = absl::InvalidArgumentError(absl::StrCat(
          document.origin, ": not a report: ", parsed.message().as_string()));
    } else if ((bad = unicode::FirstInvalidUtf8Byte(document.report->text()))) {
      document.report = absl::InvalidArgumentError(absl::StrCat(
          document.origin,
          ": text is not valid UTF-8 (first bad byte at offset ", *bad, ")"));
    } else {
      FillMissing(defaults_, &*document.report);
    }
    return document;
  }
  jsonl_ = nullptr;
  file_.close();
  return std::nullopt;
}

std::optional<InputDocument> DocumentReader::OpenNextPath() {
  const std::string& path = paths_[next_path_++];
  if (IsDirectory(path)) {
    directory_files_ = TextFilesIn(path);
    next_file_ = 0;
    return std::nullopt;
  }
  const bool jsonl = path == "-" ? stdin_jsonl_ : IsJsonl(path);
  if (!jsonl) return WholeText(path);
  line_number_ = 0;
  jsonl_path_ = path == "-" ? "stdin" : path;
  if (path == "-") {
    jsonl_ = &standard_input_;
    return std::nullopt;
  }
  file_.clear();
  file_.open(path, std::ios::binary);
  if (!file_) return Unreadable(path);
  jsonl_ = &file_;
  return std::nullopt;
}

InputDocument DocumentReader::WholeText(const std::string& path) {
  std::stringstream text;
  if (path == "-") {
    text << standard_input_.rdbuf();
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) return Unreadable(path);
    text << file.rdbuf();
  }
  factcheck::v1::Report report;
  report.set_text(text.str());
  // Caught before sending: a usage error, not the server's.
  if (report.text().empty()) {
    return {path, absl::InvalidArgumentError(absl::StrCat(
                      path, ": is empty; there is no text to send"))};
  }
  if (std::optional<size_t> bad =
          unicode::FirstInvalidUtf8Byte(report.text())) {
    return {path, absl::InvalidArgumentError(absl::StrCat(
                      path, ": is not valid UTF-8 (first bad byte at offset ",
                      *bad, ")"))};
  }
  if (!defaults_.id && path != "-") {
    report.set_id(std::filesystem::path(path).stem().string());
  }
  FillMissing(defaults_, &report);
  return {path, std::move(report)};
}

bool HoldsManyDocuments(const std::vector<std::string>& paths,
                        bool stdin_jsonl) {
  for (const std::string& path : paths) {
    if ((path == "-" && stdin_jsonl) || IsJsonl(path) || IsDirectory(path)) {
      return true;
    }
  }
  return false;
}

std::optional<size_t> CountDocuments(const std::vector<std::string>& paths) {
  size_t documents = 0;
  for (const std::string& path : paths) {
    if (path == "-") return std::nullopt;
    if (IsDirectory(path)) {
      documents += TextFilesIn(path).size();
    } else if (!IsJsonl(path)) {
      ++documents;
    } else {
      std::ifstream file(path, std::ios::binary);
      std::string line;
      while (std::getline(file, line)) {
        documents += !absl::StripAsciiWhitespace(line).empty();
      }
    }
  }
  return documents;
}

absl::StatusOr<std::vector<factcheck::v1::Report>> ReadDocuments(
    const std::vector<std::string>& paths, const DocumentDefaults& defaults,
    std::istream& standard_input, bool stdin_jsonl) {
  std::vector<factcheck::v1::Report> reports;
  DocumentReader reader(paths, defaults, standard_input, stdin_jsonl);
  while (std::optional<InputDocument> document = reader.Next()) {
    if (!document->report.ok()) return document->report.status();
    reports.push_back(*std::move(document->report));
  }
  if (defaults.id && reports.size() > 1) {
    return absl::InvalidArgumentError(
        "--id names one document, but the input holds several; put ids in a "
        ".jsonl file instead");
  }
  return reports;
}

absl::StatusOr<std::string> ReadFlagFile(const std::string& path,
                                         absl::string_view flag) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream contents;
  if (file) contents << file.rdbuf();
  if (!file || contents.str().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", flag, ": ", path, " cannot be read"));
  }
  return contents.str();
}

}  // namespace factcheck::client
