#include "client/batch.h"

#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "client/output.h"
#include "google/protobuf/util/json_util.h"
#include "protos/factcheck_service.pb.h"

namespace factcheck::client {
namespace {

// Cuts a torn last line (one without its newline) off `path`, so that the
// results appended next start on a line of their own.
absl::Status DropTornLine(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return absl::OkStatus();
  const uintmax_t size = std::filesystem::file_size(path, error);
  std::ifstream file(path, std::ios::binary);
  if (error || !file) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": cannot be read"));
  }
  uintmax_t keep = 0;
  char chunk[4096];
  for (uintmax_t end = size; end > 0;) {
    const uintmax_t length = std::min<uintmax_t>(end, sizeof(chunk));
    file.seekg(static_cast<std::streamoff>(end - length));
    file.read(chunk, static_cast<std::streamsize>(length));
    if (!file) {
      return absl::InvalidArgumentError(absl::StrCat(path, ": cannot be read"));
    }
    size_t i = length;
    while (i > 0 && chunk[i - 1] != '\n') --i;
    if (i > 0) {
      keep = end - length + i;
      break;
    }
    end -= length;
  }
  if (keep != size) std::filesystem::resize_file(path, keep, error);
  if (error) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": cannot be written: ", error.message()));
  }
  return absl::OkStatus();
}

// What names a document in its result: its id, else where it was read.
std::string TagOf(const InputDocument& document) {
  return document.report->id().empty() ? document.origin
                                       : document.report->id();
}

void AddVerdicts(const factcheck::v1::DocumentSummary& document,
                 factcheck::v1::DocumentSummary* total) {
  total->set_claims(total->claims() + document.claims());
  total->set_consistent(total->consistent() + document.consistent());
  total->set_updated(total->updated() + document.updated());
  total->set_conflicting(total->conflicting() + document.conflicting());
  total->set_misquoted(total->misquoted() + document.misquoted());
  total->set_misattributed(total->misattributed() + document.misattributed());
  total->set_unverified(total->unverified() + document.unverified());
  total->set_outdated(total->outdated() + document.outdated());
}

// One run: a sender thread reads the input and writes requests while fewer
// than `in_flight` are unanswered; the calling thread reads the answers,
// which come in request order, and writes them out.
class BatchRun {
 public:
  BatchRun(DocumentReader& reader, const BatchOptions& options,
           Progress* progress, std::ostream& errors, std::ostream& out,
           std::istream* written)
      : reader_(reader),
        options_(options),
        progress_(progress),
        errors_(errors),
        out_(out),
        written_(written) {}

  absl::StatusOr<BatchSummary> Run(VerifyStream& stream) {
    const absl::Time start = absl::Now();
    std::thread sender([this, &stream] { Send(stream); });
    absl::Status received = Receive(stream);
    sender.join();
    if (!input_status_.ok()) return input_status_;
    if (!received.ok()) return received;
    summary_.wall = absl::Now() - start;
    return summary_;
  }

 private:
  void Send(VerifyStream& stream) {
    size_t written_line = 0;
    while (std::optional<InputDocument> document = reader_.Next()) {
      if (!document->report.ok()) {
        absl::MutexLock lock(&mutex_);
        errors_ << document->report.status().message() << "\n";
        ++summary_.bad_inputs;
        continue;
      }
      const std::string tag = TagOf(*document);
      if (options_.shard.has_value() && !InShard(tag, *options_.shard)) {
        continue;
      }
      if (written_ != nullptr && std::getline(*written_, line_)) {
        ++written_line;
        factcheck::v1::VerifyDocumentsResponse result;
        google::protobuf::util::JsonParseOptions lenient;
        lenient.ignore_unknown_fields = true;
        const bool parsed =
            google::protobuf::util::JsonStringToMessage(line_, &result, lenient)
                .ok();
        if (!parsed || result.request_id() != tag) {
          absl::MutexLock lock(&mutex_);
          input_status_ = absl::FailedPreconditionError(absl::StrCat(
              options_.out_path, ":", written_line, " is not the result of ",
              document->origin, " (", tag,
              "): the output file holds another input's results; choose "
              "another --out"));
          break;
        }
        absl::MutexLock lock(&mutex_);
        ++summary_.resumed;
        continue;
      }
      written_ = nullptr;
      factcheck::v1::VerifyDocumentsRequest request;
      request.set_request_id(tag);
      if (options_.as_of) *request.mutable_as_of() = *options_.as_of;
      if (options_.shape.ByteSizeLong() > 0) {
        *request.mutable_shape() = options_.shape;
      }
      *request.mutable_document() = *std::move(document->report);
      {
        absl::MutexLock lock(&mutex_);
        const auto room = [this] {
          return broken_ || pending_.size() < options_.in_flight;
        };
        mutex_.Await(absl::Condition(&room));
        if (broken_) break;
        factcheck::v1::Report described = request.document();
        described.clear_text();
        pending_.push_back({tag, std::move(described)});
      }
      if (!stream.Write(request)) break;
    }
    stream.WritesDone();
  }

  absl::Status Receive(VerifyStream& stream) {
    factcheck::v1::VerifyDocumentsResponse response;
    while (stream.Read(&response)) {
      absl::MutexLock lock(&mutex_);
      if (pending_.empty() || pending_.front().tag != response.request_id()) {
        broken_ = true;
        stream.Cancel();
        return absl::InternalError(absl::StrCat(
            "the server answered '", response.request_id(), "' out of turn"));
      }
      const Pending answered = std::move(pending_.front());
      pending_.pop_front();
      out_ << (options_.format ? options_.format(response, answered.document)
                               : ToJsonLine(response) + "\n");
      out_.flush();
      if (response.has_error()) {
        ++summary_.refused;
        errors_ << response.request_id() << ": "
                << absl::StatusCodeToString(
                       static_cast<absl::StatusCode>(response.error().code()))
                << ": " << response.error().message() << "\n";
      } else {
        ++summary_.verified;
        AddVerdicts(response.result().summary(), &summary_.verdicts);
      }
      if (progress_ != nullptr) {
        progress_->Update(summary_.verified + summary_.refused +
                          summary_.resumed + summary_.bad_inputs);
      }
    }
    absl::Status finished = stream.Finish();
    absl::MutexLock lock(&mutex_);
    broken_ = true;
    return finished;
  }

  DocumentReader& reader_;
  const BatchOptions& options_;
  Progress* const progress_;
  std::ostream& errors_;
  std::ostream& out_;
  // The results already written, read in step with the input; null once
  // they are exhausted (or when not resuming).
  std::istream* written_;
  std::string line_;

  absl::Mutex mutex_;
  // A document sent and not yet answered.
  struct Pending {
    std::string tag;
    factcheck::v1::Report document;  // without its text
  };
  std::deque<Pending> pending_ ABSL_GUARDED_BY(mutex_);
  bool broken_ ABSL_GUARDED_BY(mutex_) = false;
  absl::Status input_status_;
  BatchSummary summary_;
};

}  // namespace

absl::StatusOr<BatchSummary> RunBatch(DocumentReader& reader,
                                      FactCheckClient& client,
                                      const BatchOptions& options,
                                      Progress* progress,
                                      std::ostream& errors) {
  std::ifstream written;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!options.out_path.empty()) {
    if (absl::Status dropped = DropTornLine(options.out_path); !dropped.ok()) {
      return dropped;
    }
    written.open(options.out_path, std::ios::binary);
    file.open(options.out_path, std::ios::binary | std::ios::app);
    if (!file) {
      return absl::InvalidArgumentError(
          absl::StrCat(options.out_path, ": cannot be written"));
    }
    out = &file;
  }
  absl::StatusOr<std::unique_ptr<VerifyStream>> stream =
      client.OpenVerifyStream();
  if (!stream.ok()) return stream.status();
  BatchRun run(reader, options, progress, errors, *out,
               written.is_open() ? &written : nullptr);
  absl::StatusOr<BatchSummary> summary = run.Run(**stream);
  if (progress != nullptr) progress->Finish();
  return summary;
}

std::string BatchSummaryText(const BatchSummary& summary) {
  const factcheck::v1::DocumentSummary& v = summary.verdicts;
  std::string text = absl::StrCat(summary.verified, " documents verified");
  if (summary.resumed > 0) {
    absl::StrAppend(&text, " (", summary.resumed,
                    " more were already in the output)");
  }
  absl::StrAppend(&text, ", ", v.claims(), " claims: ", v.consistent(),
                  " consistent, ", v.updated(), " updated, ", v.outdated(),
                  " outdated, ", v.conflicting(), " conflicting, ",
                  v.misquoted(), " misquoted, ", v.misattributed(),
                  " misattributed, ", v.unverified(), " unverified\n");
  absl::StrAppend(&text, summary.refused, " documents refused by the server, ",
                  summary.bad_inputs, " input lines skipped; ",
                  absl::StrFormat("%.1f", absl::ToDoubleSeconds(summary.wall)),
                  " s\n");
  return text;
}

}  // namespace factcheck::client
