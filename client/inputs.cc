#include "client/inputs.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/util/json_util.h"

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

absl::Status ReadJsonLines(const std::string& path, std::istream& in,
                           const DocumentDefaults& defaults,
                           std::vector<factcheck::v1::Report>* reports) {
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    factcheck::v1::Report report;
    const auto parsed =
        google::protobuf::util::JsonStringToMessage(line, &report);
    if (!parsed.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", number, ": not a report: ", parsed.message().as_string()));
    }
    FillMissing(defaults, &report);
    reports->push_back(std::move(report));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<factcheck::v1::Report>> ReadDocuments(
    const std::vector<std::string>& paths, const DocumentDefaults& defaults,
    std::istream& standard_input) {
  std::vector<factcheck::v1::Report> reports;
  for (const std::string& path : paths) {
    std::ifstream file;
    std::istream* in = &standard_input;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ": cannot be read"));
      }
      in = &file;
    }
    if (absl::EndsWith(path, ".jsonl")) {
      if (absl::Status read = ReadJsonLines(path, *in, defaults, &reports);
          !read.ok()) {
        return read;
      }
      continue;
    }
    std::stringstream text;
    text << in->rdbuf();
    factcheck::v1::Report report;
    report.set_text(text.str());
    if (!defaults.id && path != "-") {
      report.set_id(std::filesystem::path(path).stem().string());
    }
    FillMissing(defaults, &report);
    reports.push_back(std::move(report));
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
