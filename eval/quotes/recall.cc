// How often a stored quotation is found again by its words
// (ReportStore::QuotesSharingWords), measured on real text: stores the
// articles of PolNeAR cases (one JSON object per line with "doc_id",
// "publisher", "date" and "text", as eval/attribution/build_cases.py writes
// them) read on standard input, then looks up every stored attributed claim
// of at least kLeastWords words four ways, as other reports carry a
// quotation: word for word, as a fragment (its middle three fifths), with
// one word changed (its middle one), and inside a longer sentence. A lookup
// finds the quote when one of its answers has the same words. Prints the
// share found each way; it is no test.
//
// With --pad=FILE.jsonl it first stores the reports of FILE (the CLI's
// JSONL, read as the CLI reads it; eval/quotes/quoted_sentences.py makes
// them): newer reports whose
// quotations share common runs of words with the cases', so that the most
// recent matches of such a run are seldom the quote looked for, as in a
// large store. eval/quotes/run.sh runs it so:
//
//   bazel run -c opt //eval/quotes:recall -- --dir=/tmp/quote_recall \
//       --pad=var/dev/quoted_sentences_train.jsonl \
//       < var/dev/cases/polnear_dev.jsonl
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "client/inputs.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/fact_checker.h"
#include "server/verify/verifier.h"
#include "store/quote_shingles.h"
#include "store/report_store.h"
#include "store/rocksdb_store.h"

namespace {

// Shorter quotations have too few shingles for the ways of looking them up
// to differ.
constexpr size_t kLeastWords = 8;

struct Way {
  const char* name;
  int looked_up = 0;
  int found = 0;
};

std::string Field(const google::protobuf::Struct& line, const char* name) {
  const auto found = line.fields().find(name);
  return found == line.fields().end() ? "" : found->second.string_value();
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "/tmp/factcheck_quote_recall";
  std::string pad;
  for (int a = 1; a < argc; ++a) {
    const std::string arg = argv[a];
    if (absl::StartsWith(arg, "--dir=")) {
      dir = arg.substr(6);
    } else if (absl::StartsWith(arg, "--pad=")) {
      pad = arg.substr(6);
    } else {
      std::cerr << "usage: recall [--dir=DIR] [--pad=FILE] < cases.jsonl\n";
      return 2;
    }
  }
  std::filesystem::remove_all(dir);
  factcheck::store::StoreOptions options;
  options.sync_writes = false;
  absl::StatusOr<std::unique_ptr<factcheck::store::ReportStore>> store =
      factcheck::store::OpenRocksDbStore(dir, options);
  if (!store.ok()) {
    std::cerr << store.status() << "\n";
    return 1;
  }
  factcheck::core::FactChecker checker(store->get());
  int padding = 0;
  if (!pad.empty()) {
    absl::StatusOr<std::vector<factcheck::v1::Report>> reports =
        factcheck::client::ReadDocuments({pad}, {}, std::cin);
    if (!reports.ok()) {
      std::cerr << reports.status() << "\n";
      return 1;
    }
    // In batches of 500, as the CLI sends them.
    for (size_t first = 0; first < reports->size(); first += 500) {
      factcheck::v1::IngestReportsRequest padded;
      for (size_t r = first; r < std::min(first + 500, reports->size()); ++r) {
        *padded.add_reports() = std::move((*reports)[r]);
      }
      if (absl::Status stored = checker.IngestReports(padded).status();
          !stored.ok()) {
        std::cerr << stored << "\n";
        return 1;
      }
      padding += padded.reports_size();
    }
  }
  std::string line;
  factcheck::v1::IngestReportsRequest batch;
  while (std::getline(std::cin, line)) {
    google::protobuf::Struct fields;
    if (!google::protobuf::util::JsonStringToMessage(line, &fields).ok()) {
      std::cerr << "not a JSON object: " << line.substr(0, 80) << "\n";
      return 1;
    }
    factcheck::v1::Report* report = batch.add_reports();
    report->set_id(Field(fields, "doc_id"));
    report->set_source(Field(fields, "publisher"));
    report->set_text(Field(fields, "text"));
    absl::Time published;
    std::string error;
    if (absl::ParseTime("%Y-%m-%d", Field(fields, "date"), &published,
                        &error)) {
      report->mutable_published_at()->set_seconds(
          absl::ToUnixSeconds(published) + batch.reports_size());
    }
  }
  if (absl::StatusOr<factcheck::v1::IngestReportsResponse> stored =
          checker.IngestReports(batch);
      !stored.ok()) {
    std::cerr << stored.status() << "\n";
    return 1;
  }
  Way ways[] = {{"word for word"},
                {"a fragment"},
                {"one word changed"},
                {"inside a longer sentence"}};
  factcheck::store::ClaimWindow window;
  window.limit = factcheck::verify::kSharedWordPriors;
  for (const factcheck::v1::Report& report : batch.reports()) {
    factcheck::v1::ExtractClaimsRequest request;
    request.set_text(report.text());
    absl::StatusOr<factcheck::v1::ExtractClaimsResponse> extracted =
        checker.ExtractClaims(request);
    if (!extracted.ok()) continue;
    for (const factcheck::v1::Claim& claim : extracted->claims()) {
      if (!claim.has_attributed() || claim.attributed().speaker().empty()) {
        continue;
      }
      const std::vector<std::string> words =
          factcheck::store::NormalizedQuoteWords(
              factcheck::store::ComparedWords(claim.attributed()));
      if (words.size() < kLeastWords) continue;
      const size_t fifth = words.size() / 5;
      std::vector<std::string> changed = words;
      changed[words.size() / 2] = "xylophones";
      const std::string variants[] = {
          absl::StrJoin(words, " "),
          absl::StrJoin(words.begin() + fifth, words.end() - fifth, " "),
          absl::StrJoin(changed, " "),
          absl::StrCat("officials told reporters on tuesday that ",
                       absl::StrJoin(words, " "),
                       " and that more would follow"),
      };
      for (size_t w = 0; w < 4; ++w) {
        absl::StatusOr<std::vector<factcheck::store::IndexedClaim>> answers =
            (*store)->QuotesSharingWords(variants[w], window);
        if (!answers.ok()) {
          std::cerr << answers.status() << "\n";
          return 1;
        }
        ++ways[w].looked_up;
        for (const factcheck::store::IndexedClaim& answer : *answers) {
          if (factcheck::store::NormalizedQuoteWords(
                  factcheck::store::ComparedWords(
                      answer.claim().attributed())) == words) {
            ++ways[w].found;
            break;
          }
        }
      }
    }
  }
  std::printf(
      "%d reports stored (and %d newer ones); quotations of %zu words or more "
      "found by %zu shingles at most, %zu answers:\n",
      batch.reports_size(), padding, kLeastWords,
      factcheck::store::kMaxShinglesPerLookup,
      factcheck::verify::kSharedWordPriors);
  for (const Way& way : ways) {
    std::printf("  %-26s %5d of %5d (%.1f%%)\n", way.name, way.found,
                way.looked_up, 100.0 * way.found / std::max(way.looked_up, 1));
  }
  std::filesystem::remove_all(dir);
  return 0;
}
