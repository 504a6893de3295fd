// `factcheck ingest`: stores the documents of a long input in batches of
// IngestReports calls, reading one document at a time. A malformed line is
// reported and skipped; a batch the server refuses (it refuses a whole batch
// for one bad report) is sent again report by report, so that each bad report
// is reported with its line and the rest are stored.
#ifndef FACTCHECK_CLIENT_INGEST_H_
#define FACTCHECK_CLIENT_INGEST_H_

#include <cstddef>
#include <map>
#include <ostream>
#include <string>

#include "absl/status/statusor.h"
#include "client/factcheck_client.h"
#include "client/inputs.h"
#include "client/progress.h"
#include "protos/factcheck_service.pb.h"

namespace factcheck::client {

// The most reports in one ingest call, and the most text bytes; both keep a
// batch well under the server's default 16 MiB message limit.
inline constexpr size_t kIngestBatchReports = 500;
inline constexpr size_t kIngestBatchBytes = 8 << 20;

// What an ingest did, over all its batches.
struct IngestTally {
  std::map<factcheck::v1::IngestOutcome, size_t> outcomes;
  // Reports the server refused, and input lines that were no report.
  size_t rejected = 0;
  size_t skipped = 0;

  // Every input document and line dealt with so far.
  size_t Seen() const;
  // "N reports: C created, U unchanged, R replaced, X rejected; S input
  // lines skipped".
  std::string Text() const;
};

// Where an ingest's results go: each batch's answer (a table, or one JSON
// line per report when `json`) to `out`; skipped lines and refused reports,
// with their origin, to `errors`.
struct IngestOutput {
  std::ostream& out;
  std::ostream& errors;
  bool json = false;
  // Characters per table line; 0 for whole cells.
  size_t width = 0;
  // Shown after every batch when not null.
  Progress* progress = nullptr;
};

// Ingests everything `reader` yields. The status is the first failure that
// is not a refused report (an unreachable server, a denied call); the tally
// counts refused reports and skipped lines.
absl::StatusOr<IngestTally> RunIngest(DocumentReader& reader,
                                      FactCheckClient& client,
                                      const IngestOutput& output);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_INGEST_H_
