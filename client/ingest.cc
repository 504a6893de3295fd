#include "client/ingest.h"

#include <optional>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "client/output.h"

namespace factcheck::client {
namespace {

void Record(const factcheck::v1::IngestReportsResponse& response,
            const IngestOutput& output, IngestTally* tally) {
  for (const factcheck::v1::IngestResult& result : response.results()) {
    ++tally->outcomes[result.outcome()];
    if (output.json) output.out << ToJsonLine(result) << "\n";
  }
  if (!output.json) output.out << IngestText(response, output.width);
}

// Stores one batch; a refused batch goes again report by report.
absl::Status IngestBatch(const factcheck::v1::IngestReportsRequest& request,
                         const std::vector<std::string>& origins,
                         FactCheckClient& client, const IngestOutput& output,
                         IngestTally* tally) {
  absl::StatusOr<factcheck::v1::IngestReportsResponse> response =
      client.IngestReports(request);
  if (response.ok()) {
    Record(*response, output, tally);
    return absl::OkStatus();
  }
  if (response.status().code() != absl::StatusCode::kInvalidArgument) {
    return response.status();
  }
  for (int i = 0; i < request.reports_size(); ++i) {
    factcheck::v1::IngestReportsRequest one;
    *one.add_reports() = request.reports(i);
    absl::StatusOr<factcheck::v1::IngestReportsResponse> alone =
        client.IngestReports(one);
    if (alone.ok()) {
      Record(*alone, output, tally);
    } else if (alone.status().code() == absl::StatusCode::kInvalidArgument) {
      output.errors << origins[static_cast<size_t>(i)] << ": "
                    << absl::StatusCodeToString(alone.status().code()) << ": "
                    << alone.status().message() << "\n";
      ++tally->rejected;
    } else {
      return alone.status();
    }
  }
  return absl::OkStatus();
}

}  // namespace

size_t IngestTally::Seen() const {
  size_t seen = rejected + skipped;
  for (const auto& [outcome, count] : outcomes) seen += count;
  return seen;
}

std::string IngestTally::Text() const {
  const auto count = [this](factcheck::v1::IngestOutcome outcome) {
    auto it = outcomes.find(outcome);
    return it == outcomes.end() ? size_t{0} : it->second;
  };
  return absl::StrCat(
      Seen() - skipped,
      " reports: ", count(factcheck::v1::INGEST_OUTCOME_CREATED), " created, ",
      count(factcheck::v1::INGEST_OUTCOME_UNCHANGED), " unchanged, ",
      count(factcheck::v1::INGEST_OUTCOME_REPLACED), " replaced, ", rejected,
      " rejected; ", skipped, " input lines skipped\n");
}

absl::StatusOr<IngestTally> RunIngest(DocumentReader& reader,
                                      FactCheckClient& client,
                                      const IngestOutput& output) {
  IngestTally tally;
  std::vector<std::string> origins;
  factcheck::v1::IngestReportsRequest request;
  size_t bytes = 0;
  const auto send = [&]() -> absl::Status {
    absl::Status sent = IngestBatch(request, origins, client, output, &tally);
    request.clear_reports();
    origins.clear();
    bytes = 0;
    if (output.progress != nullptr) output.progress->Update(tally.Seen());
    return sent;
  };
  absl::Status status;
  while (std::optional<InputDocument> document = reader.Next()) {
    if (!document->report.ok()) {
      output.errors << document->report.status().message() << "\n";
      ++tally.skipped;
      continue;
    }
    const size_t size = document->report->text().size();
    if (request.reports_size() > 0 &&
        (request.reports_size() == static_cast<int>(kIngestBatchReports) ||
         bytes + size > kIngestBatchBytes)) {
      if (status = send(); !status.ok()) break;
    }
    bytes += size;
    origins.push_back(document->origin);
    *request.add_reports() = *std::move(document->report);
  }
  if (status.ok() && request.reports_size() > 0) status = send();
  if (output.progress != nullptr) output.progress->Finish();
  if (!status.ok()) return status;
  return tally;
}

}  // namespace factcheck::client
