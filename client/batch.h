// `factcheck batch`: verifies a long input (JSONL files, directories of .txt
// files) over one VerifyDocuments stream, writing one JSON result per
// document in input order, with a bounded number of documents in flight so
// that memory stays flat on both sides however long the input is.
//
// Resumable: results are appended to the output file and flushed line by
// line, so a job killed half way leaves complete lines and at most one torn
// last line. Run again with the same input and output, it drops the torn line,
// checks that the lines written are the first documents of the input (by
// their ids) and sends only the rest.
#ifndef FACTCHECK_CLIENT_BATCH_H_
#define FACTCHECK_CLIENT_BATCH_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "client/factcheck_client.h"
#include "client/inputs.h"
#include "client/progress.h"
#include "client/shards.h"
#include "google/protobuf/timestamp.pb.h"
#include "protos/factcheck_service.pb.h"
#include "protos/verdict.pb.h"

namespace factcheck::client {

struct BatchOptions {
  // The results file, appended to and resumed from; empty: standard output,
  // without resuming.
  std::string out_path;
  // Only the documents of this shard (--shard=I/N, see shards.h), by id, or
  // by origin (PATH:LINE, the path) for a document without one; unset for
  // every document. Resuming counts only this shard's documents.
  std::optional<Shard> shard;
  // How many documents may be sent and not yet answered.
  size_t in_flight = 16;
  // Only reports published before this time count as prior.
  std::optional<google::protobuf::Timestamp> as_of;
  // How much of each verification comes back (--evidence_limit,
  // --summary_only).
  factcheck::v1::AnswerShape shape;
  // What is written for one answer, given the document it answers (without
  // its text), newline included; by default the answer's JSON line.
  // Resuming reads back the "request_id" of each line written.
  std::function<std::string(const factcheck::v1::VerifyDocumentsResponse&,
                            const factcheck::v1::Report&)>
      format;
};

struct BatchSummary {
  // Documents verified in this run, and those found already written.
  size_t verified = 0;
  size_t resumed = 0;
  // Documents the server refused (their error is written as their result).
  size_t refused = 0;
  // Input lines or files that are not documents: reported and skipped.
  size_t bad_inputs = 0;
  // Verdict counts over the documents verified in this run.
  factcheck::v1::DocumentSummary verdicts;
  absl::Duration wall;
};

// Runs the batch, showing its progress on `progress` when not null. Bad input
// lines go to `errors` as "PATH:LINE: reason" and are skipped. The status is
// the stream's when it breaks (Unavailable when the server cannot be reached),
// FailedPrecondition when the output file holds results of another input, and
// OK otherwise, even when some documents or lines failed (the summary counts
// them).
absl::StatusOr<BatchSummary> RunBatch(DocumentReader& reader,
                                      FactCheckClient& client,
                                      const BatchOptions& options,
                                      Progress* progress, std::ostream& errors);

// The closing lines a person reads: documents, claims, verdicts, failures and
// wall time.
std::string BatchSummaryText(const BatchSummary& summary);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_BATCH_H_
