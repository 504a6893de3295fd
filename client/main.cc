// factcheck: the command-line client of factcheckd.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "client/batch.h"
#include "client/claim_review.h"
#include "client/command_line.h"
#include "client/factcheck_client.h"
#include "client/ingest.h"
#include "client/inputs.h"
#include "client/output.h"
#include "client/progress.h"
#include "client/shards.h"
#include "client/timestamps.h"
#include "google/protobuf/stubs/logging.h"
#include "grpc/support/log.h"

namespace factcheck::client {
namespace {

constexpr char kHelp[] = R"(factcheck: the command-line client of factcheckd.

Usage: factcheck [flags] COMMAND [arguments] [flags]

Commands:
  ingest PATH...   store reports (with their extracted claims) in the server
  extract PATH     print the claims, quantities and entities of a text
  verify PATH      verify each claim of a document against stored reports
  batch PATH...    verify many documents over one stream, one JSON result
                   per line (to --out, resumable), with progress on stderr
  history MEASURE [PLACE]
                   the figures stored on a measure and place, oldest first
                   (e.g. history deaths Derna; --plot draws them)
  quotes           stored quotations: --speaker=NAME or --words=TEXT
  get ID           print a stored report and its claims
  list             list stored reports, oldest first
  delete ID        remove a stored report and its index entries
  health           ask whether the server is serving

Input: a PATH ending in .jsonl holds one document per line as JSON with the
fields id, source, url, title, published_at (RFC 3339) and text. A directory
holds one plain-text document per .txt file. Any other PATH, or - for
standard input, is one plain-text document described by the document flags;
a plain-text file's id defaults to its file name without extension. With
--input_format=jsonl, standard input is JSONL:
  zcat day.jsonl.gz | factcheck ingest --input_format=jsonl -
ingest and batch report a malformed line as PATH:LINE: reason, skip it, go on,
and exit 1 at the end.

Flags (before or after the command):
  --server=HOST:PORT    factcheckd to talk to (default $FACTCHECK_SERVER, else
                        127.0.0.1:50051); replicas to balance over (round
                        robin, only to those serving): IP:PORT,IP:PORT,... or
                        dns:///NAME:PORT
  --timeout=DURATION    deadline per call, e.g. 30s or 2m (default 30s)
  --format=text|json|claimreview
                        readable tables, or protobuf JSON with proto field
                        names, one object per line (default text; batch
                        writes JSON); claimreview (verify, batch): schema.org
                        ClaimReview JSON-LD, one per claim
  --org_name=NAME       claimreview: the reviewing organisation
  --wide                tables print every cell whole (on a terminal they
                        fit its width: a long claim is cut, the reason for
                        its verdict wrapped, never cut)
  --input_format=text|jsonl
                        what standard input (-) holds (default text)
  --help                print this help
  --token=TOKEN         access token, sent as 'authorization: Bearer TOKEN'
                        (default: $FACTCHECK_TOKEN, which other users of the
                        machine cannot read from the process list)
  --tls                 speak TLS, trusting the system's CA certificates
  --tls_ca=PEM          speak TLS, trusting the CA certificates in PEM
  --tls_cert=PEM --tls_key=PEM
                        speak TLS presenting this client certificate and key
                        (mutual TLS)
Document flags (plain text; they also fill fields a JSONL line leaves out):
  --id=ID  --source=NAME  --url=URL  --title=TITLE
  --published_at=TIME   RFC 3339 (2021-05-13T09:30:00Z) or a date (2021-05-13)
  --as_of=TIME          verify: only reports published before TIME count
batch flags:
  --out=PATH            append results here (default: standard output); run
                        again with the same input and PATH to resume
  --in_flight=N         documents sent and not yet answered (default 16)
  --shard=I/N           only the documents whose id hashes to shard I of N
                        (FNV-1a 64 of the id, modulo N), so that N jobs cover
                        the input once
  --evidence_limit=N    verify, batch: at most N pieces of evidence per verdict
  --summary_only        verify, batch: only each document's verdict counts
  --reports_once        verify, batch, JSON output: each report the evidence
                        comes from described once, in the answer's reports
  --progress_every=DURATION
                        when stderr is no terminal, a progress line this
                        often (default 5s); on a terminal, a bar
history and quotes flags:
  --plot                history: a bar per figure, scaled to the largest
  --speaker=NAME --words=TEXT
                        quotes: a speaker's quotations, or those sharing
                        words with TEXT
  --before=TIME         only reports published before TIME
  --limit=N             at most the N most recent (default: all, up to
                        10,000)
list flags:
  --source=NAME  --after=TIME (inclusive)  --before=TIME (exclusive)
  --newest_first  --limit=N (default: all)  --page_size=N (default 100)

Exit status: 0 ok; 1 the server answered with an error (its status code and
message go to stderr); 2 usage or input error; 3 server unreachable.
)";

enum ExitCode {
  kOk = 0,
  kServerError = 1,
  kUsageError = 2,
  kUnreachable = 3,
};

const std::vector<FlagSpec>& KnownFlags() {
  static const auto* const kFlags = new std::vector<FlagSpec>{
      {"server"},
      {"timeout"},
      {"format"},
      {"help", true},
      {"id"},
      {"source"},
      {"url"},
      {"title"},
      {"published_at"},
      {"as_of"},
      {"after"},
      {"before"},
      {"newest_first", true},
      {"limit"},
      {"page_size"},
      {"token"},
      {"tls", true},
      {"tls_ca"},
      {"tls_cert"},
      {"tls_key"},
      {"input_format"},
      {"out"},
      {"in_flight"},
      {"shard"},
      {"progress_every"},
      {"org_name"},
      {"plot", true},
      {"speaker"},
      {"words"},
      {"wide", true},
      {"evidence_limit"},
      {"summary_only", true},
      {"reports_once", true},
  };
  return *kFlags;
}

int Usage(absl::string_view message) {
  std::cerr << "factcheck: " << message << "\n(see factcheck --help)\n";
  return kUsageError;
}

// Reports a failed call: unreachable servers exit 3, answered errors 1.
int ServerFailure(const absl::Status& status) {
  std::cerr << "factcheck: " << absl::StatusCodeToString(status.code()) << ": "
            << status.message() << "\n";
  return status.code() == absl::StatusCode::kUnavailable ||
                 status.code() == absl::StatusCode::kDeadlineExceeded
             ? kUnreachable
             : kServerError;
}

class Cli {
 public:
  Cli(const CommandLine& command_line, FactCheckClient* client,
      std::string format, size_t width)
      : command_line_(command_line),
        client_(client),
        format_(std::move(format)),
        json_(format_ == "json"),
        width_(width) {}

  int Run(const std::string& command, const std::vector<std::string>& args) {
    if (format_ == "claimreview" && command != "verify" && command != "batch") {
      return Usage("--format=claimreview is for verify and batch");
    }
    if (command == "ingest") return Ingest(args);
    if (command == "extract") return Extract(args);
    if (command == "verify") return Verify(args);
    if (command == "batch") return Batch(args);
    if (command == "history") return History(args);
    if (command == "quotes") return Quotes(args);
    if (command == "get") return Get(args);
    if (command == "list") return List(args);
    if (command == "delete") return Delete(args);
    if (command == "health") return Health(args);
    return Usage(absl::StrCat("unknown command '", command, "'"));
  }

 private:
  absl::StatusOr<DocumentDefaults> Defaults() const {
    DocumentDefaults defaults;
    defaults.id = command_line_.Flag("id");
    defaults.source = command_line_.Flag("source");
    defaults.url = command_line_.Flag("url");
    defaults.title = command_line_.Flag("title");
    if (auto time = command_line_.Flag("published_at")) {
      absl::StatusOr<google::protobuf::Timestamp> parsed =
          ParseTimestamp(*time, "--published_at");
      if (!parsed.ok()) return parsed.status();
      defaults.published_at = *parsed;
    }
    return defaults;
  }

  bool StdinIsJsonl() const {
    return command_line_.Flag("input_format") == "jsonl";
  }

  // Whether the documents of `paths` go one per line or file, so that they
  // are read one at a time: JSONL files, directories, JSONL on stdin.
  bool ManyDocuments(const std::vector<std::string>& paths) const {
    return HoldsManyDocuments(paths, StdinIsJsonl());
  }

  // A usage error naming the first path that does not exist: input
  // streamed one document at a time would find it only half way.
  std::optional<int> MissingPath(const std::vector<std::string>& paths) const {
    for (const std::string& path : paths) {
      std::error_code error;
      if (path != "-" && !std::filesystem::exists(path, error)) {
        return Usage(absl::StrCat(path, ": cannot be read"));
      }
    }
    return std::nullopt;
  }

  absl::StatusOr<std::vector<factcheck::v1::Report>> Documents(
      const std::vector<std::string>& paths) {
    absl::StatusOr<DocumentDefaults> defaults = Defaults();
    if (!defaults.ok()) return defaults.status();
    return ReadDocuments(paths, *defaults, std::cin, StdinIsJsonl());
  }

  // --evidence_limit, --summary_only and --reports_once: how much of a
  // verification comes back. `writes_json`: the answers are printed as
  // protobuf JSON, the only output that shows a response's reports.
  absl::StatusOr<factcheck::v1::AnswerShape> Shape(bool writes_json) const {
    factcheck::v1::AnswerShape shape;
    if (auto flag = command_line_.Flag("evidence_limit")) {
      int limit = 0;
      if (!absl::SimpleAtoi(*flag, &limit) || limit < 0) {
        return absl::InvalidArgumentError(
            "--evidence_limit must be a number of pieces of evidence");
      }
      shape.set_evidence_limit(limit);
    }
    if (command_line_.Flag("summary_only")) shape.set_summary_only(true);
    if (command_line_.Flag("reports_once")) {
      if (!writes_json) {
        return absl::InvalidArgumentError(
            "--reports_once is for JSON output (--format=json, or batch)");
      }
      shape.set_reports_once(true);
    }
    return shape;
  }

  // Progress on stderr, as --progress_every asks.
  absl::StatusOr<Progress> ProgressOf(std::string what,
                                      std::optional<size_t> total) const {
    absl::Duration every = Progress::kLogInterval;
    if (auto flag = command_line_.Flag("progress_every");
        flag && (!absl::ParseDuration(*flag, &every) ||
                 every <= absl::ZeroDuration())) {
      return absl::InvalidArgumentError(
          "--progress_every must be a duration such as 5s");
    }
    return Progress(std::cerr, isatty(STDERR_FILENO), std::move(what), total,
                    every);
  }

  absl::StatusOr<std::optional<google::protobuf::Timestamp>> AsOf() const {
    auto flag = command_line_.Flag("as_of");
    if (!flag) return std::nullopt;
    absl::StatusOr<google::protobuf::Timestamp> parsed =
        ParseTimestamp(*flag, "--as_of");
    if (!parsed.ok()) return parsed.status();
    return *parsed;
  }

  int Ingest(const std::vector<std::string>& paths) {
    if (paths.empty()) return Usage("ingest needs at least one PATH");
    if (std::optional<int> missing = MissingPath(paths)) return *missing;
    absl::StatusOr<DocumentDefaults> defaults = Defaults();
    if (!defaults.ok()) return Usage(defaults.status().message());
    if (defaults->id && (paths.size() > 1 || ManyDocuments(paths))) {
      return Usage(
          "--id names one document, but the input holds several; put ids in "
          "a .jsonl file instead");
    }
    DocumentReader reader(paths, *defaults, std::cin, StdinIsJsonl());
    absl::StatusOr<Progress> progress = ProgressOf(
        "reports", ManyDocuments(paths) ? CountDocuments(paths) : std::nullopt);
    if (!progress.ok()) return Usage(progress.status().message());
    absl::StatusOr<IngestTally> tally = RunIngest(
        reader, *client_, {std::cout, std::cerr, json_, width_, &*progress});
    if (!tally.ok()) return ServerFailure(tally.status());
    if (!json_) std::cout << tally->Text();
    return tally->rejected + tally->skipped > 0 ? kServerError : kOk;
  }

  int Extract(const std::vector<std::string>& paths) {
    if (paths.size() != 1) return Usage("extract needs one PATH");
    absl::StatusOr<std::vector<factcheck::v1::Report>> documents =
        Documents(paths);
    if (!documents.ok()) return Usage(documents.status().message());
    for (const factcheck::v1::Report& document : *documents) {
      factcheck::v1::ExtractClaimsRequest request;
      request.set_text(document.text());
      absl::StatusOr<factcheck::v1::ExtractClaimsResponse> response =
          client_->ExtractClaims(request);
      if (!response.ok()) return ServerFailure(response.status());
      std::cout << (json_ ? ToJsonLine(*response) + "\n"
                          : ClaimsText(*response, width_));
    }
    return kOk;
  }

  int Verify(const std::vector<std::string>& paths) {
    if (paths.size() != 1) return Usage("verify needs one PATH");
    absl::StatusOr<std::optional<google::protobuf::Timestamp>> as_of = AsOf();
    if (!as_of.ok()) return Usage(as_of.status().message());
    absl::StatusOr<factcheck::v1::AnswerShape> shape = Shape(json_);
    if (!shape.ok()) return Usage(shape.status().message());
    if (ManyDocuments(paths)) {
      // Many documents go over one stream, answered as they are read.
      BatchOptions options;
      options.as_of = *as_of;
      options.shape = *shape;
      if (!json_) {
        options.format =
            [this](const factcheck::v1::VerifyDocumentsResponse& response,
                   const factcheck::v1::Report& document) {
              if (!response.has_result()) return std::string();
              return absl::StrCat(
                  format_ == "text" ? response.request_id() + "\n" : "",
                  Formatted(response.result(), document));
            };
      }
      return RunBatchCommand(paths, options, /*progress=*/nullptr);
    }
    absl::StatusOr<std::vector<factcheck::v1::Report>> documents =
        Documents(paths);
    if (!documents.ok()) return Usage(documents.status().message());
    for (factcheck::v1::Report& document : *documents) {
      factcheck::v1::VerifyDocumentRequest request;
      *request.mutable_document() = document;
      if (*as_of) *request.mutable_as_of() = **as_of;
      if (shape->ByteSizeLong() > 0) *request.mutable_shape() = *shape;
      absl::StatusOr<factcheck::v1::VerifyDocumentResponse> response =
          client_->VerifyDocument(request);
      if (!response.ok()) return ServerFailure(response.status());
      document.clear_text();
      std::cout << Formatted(*response, document);
    }
    return kOk;
  }

  // One document's verdicts as --format asks, newline included.
  std::string Formatted(const factcheck::v1::VerifyDocumentResponse& response,
                        const factcheck::v1::Report& document) const {
    if (format_ == "claimreview") {
      return ClaimReviewsJson(response, document, ReviewOptions()) + "\n";
    }
    return json_ ? ToJsonLine(response) + "\n" : VerdictsText(response, width_);
  }

  ClaimReviewOptions ReviewOptions() const {
    ClaimReviewOptions options;
    options.org_name = command_line_.Flag("org_name").value_or("factcheck");
    const absl::Time now = absl::Now();
    options.reviewed_at.set_seconds(absl::ToUnixSeconds(now));
    return options;
  }

  int Batch(const std::vector<std::string>& paths) {
    if (paths.empty()) return Usage("batch needs at least one PATH");
    if (std::optional<int> missing = MissingPath(paths)) return *missing;
    absl::StatusOr<std::optional<google::protobuf::Timestamp>> as_of = AsOf();
    if (!as_of.ok()) return Usage(as_of.status().message());
    absl::StatusOr<factcheck::v1::AnswerShape> shape =
        Shape(format_ != "claimreview");
    if (!shape.ok()) return Usage(shape.status().message());
    BatchOptions options;
    options.as_of = *as_of;
    options.shape = *shape;
    if (format_ == "claimreview") {
      options.format =
          [reviews = ReviewOptions()](
              const factcheck::v1::VerifyDocumentsResponse& response,
              const factcheck::v1::Report& document) {
            return (response.has_result()
                        ? ClaimReviewsRecord(response.request_id(),
                                             response.result(), document,
                                             reviews)
                        : ToJsonLine(response)) +
                   "\n";
          };
    }
    options.out_path = command_line_.Flag("out").value_or("");
    if (options.out_path == "-") options.out_path.clear();
    if (auto flag = command_line_.Flag("in_flight");
        flag && (!absl::SimpleAtoi(*flag, &options.in_flight) ||
                 options.in_flight == 0)) {
      return Usage("--in_flight must be a positive number of documents");
    }
    if (auto flag = command_line_.Flag("shard")) {
      absl::StatusOr<Shard> shard = ParseShard(*flag);
      if (!shard.ok()) return Usage(shard.status().message());
      options.shard = *shard;
    }
    // A shard's share of the input is known only as it is read.
    absl::StatusOr<Progress> progress = ProgressOf(
        "documents",
        options.shard.has_value() ? std::nullopt : CountDocuments(paths));
    if (!progress.ok()) return Usage(progress.status().message());
    return RunBatchCommand(paths, options, &*progress);
  }

  // Runs a batch and prints its summary (to stderr when the results go to
  // standard output): exit 1 when a document or an input line failed.
  int RunBatchCommand(const std::vector<std::string>& paths,
                      const BatchOptions& options, Progress* progress) {
    absl::StatusOr<DocumentDefaults> defaults = Defaults();
    if (!defaults.ok()) return Usage(defaults.status().message());
    if (defaults->id) {
      return Usage("--id names one document; batch inputs carry their ids");
    }
    DocumentReader reader(paths, *defaults, std::cin, StdinIsJsonl());
    absl::StatusOr<BatchSummary> summary =
        RunBatch(reader, *client_, options, progress, std::cerr);
    if (!summary.ok()) {
      if (summary.status().code() == absl::StatusCode::kFailedPrecondition ||
          summary.status().code() == absl::StatusCode::kInvalidArgument) {
        return Usage(summary.status().message());
      }
      return ServerFailure(summary.status());
    }
    if (progress != nullptr) std::cerr << BatchSummaryText(*summary);
    return summary->refused + summary->bad_inputs > 0 ? kServerError : kOk;
  }

  int History(const std::vector<std::string>& args) {
    if (args.empty() || args.size() > 2) {
      return Usage("history needs a MEASURE and maybe a PLACE");
    }
    factcheck::v1::SearchClaimsRequest request;
    request.mutable_figures()->set_measure(args[0]);
    if (args.size() == 2) request.mutable_figures()->set_place(args[1]);
    const bool plot = command_line_.Flag("plot").has_value();
    return PrintSearch(std::move(request), [this, plot](const auto& figures) {
      return HistoryText(figures, plot, width_);
    });
  }

  int Quotes(const std::vector<std::string>& args) {
    if (!args.empty()) return Usage("quotes takes --speaker or --words");
    const auto speaker = command_line_.Flag("speaker");
    const auto words = command_line_.Flag("words");
    if (speaker.has_value() == words.has_value()) {
      return Usage("quotes needs one of --speaker=NAME or --words=TEXT");
    }
    factcheck::v1::SearchClaimsRequest request;
    if (speaker) request.set_speaker(*speaker);
    if (words) request.set_words(*words);
    return PrintSearch(std::move(request), [this](const auto& quotes) {
      return QuotesText(quotes, width_);
    });
  }

  // Reads every page of a search and prints the most recent --limit claims,
  // oldest first: as a table, or one JSON Evidence per line.
  int PrintSearch(factcheck::v1::SearchClaimsRequest request,
                  const std::function<std::string(
                      const std::vector<factcheck::v1::Evidence>&)>& table) {
    if (auto flag = command_line_.Flag("before")) {
      absl::StatusOr<google::protobuf::Timestamp> parsed =
          ParseTimestamp(*flag, "--before");
      if (!parsed.ok()) return Usage(parsed.status().message());
      *request.mutable_published_before() = *parsed;
    }
    int64_t limit = -1;
    if (auto flag = command_line_.Flag("limit");
        flag && (!absl::SimpleAtoi(*flag, &limit) || limit < 0)) {
      return Usage("--limit must be a number of claims");
    }
    request.set_page_size(kSearchPageSize);
    std::vector<factcheck::v1::Evidence> claims;
    while (true) {
      absl::StatusOr<factcheck::v1::SearchClaimsResponse> page =
          client_->SearchClaims(request);
      if (!page.ok()) return ServerFailure(page.status());
      for (factcheck::v1::Evidence& claim : *page->mutable_claims()) {
        claims.push_back(std::move(claim));
      }
      if (page->next_page_token().empty()) break;
      request.set_page_token(page->next_page_token());
    }
    if (limit >= 0 && claims.size() > static_cast<size_t>(limit)) {
      claims.erase(claims.begin(), claims.end() - limit);
    }
    if (!json_) {
      std::cout << table(claims);
      return kOk;
    }
    for (const factcheck::v1::Evidence& claim : claims) {
      std::cout << ToJsonLine(claim) << "\n";
    }
    return kOk;
  }

  int Get(const std::vector<std::string>& args) {
    if (args.size() != 1) return Usage("get needs one ID");
    factcheck::v1::GetReportRequest request;
    request.set_id(args[0]);
    absl::StatusOr<factcheck::v1::GetReportResponse> response =
        client_->GetReport(request);
    if (!response.ok()) return ServerFailure(response.status());
    std::cout << (json_ ? ToJsonLine(*response) + "\n"
                        : ReportText(*response, width_));
    return kOk;
  }

  int List(const std::vector<std::string>& args) {
    if (!args.empty()) return Usage("list takes no arguments, only flags");
    factcheck::v1::ListReportsRequest request;
    if (auto source = command_line_.Flag("source")) {
      request.set_source(*source);
    }
    for (const auto& [flag, field] :
         {std::pair<const char*, google::protobuf::Timestamp*>{
              "after", request.mutable_published_after()},
          {"before", request.mutable_published_before()}}) {
      if (auto value = command_line_.Flag(flag)) {
        absl::StatusOr<google::protobuf::Timestamp> parsed =
            ParseTimestamp(*value, absl::StrCat("--", flag));
        if (!parsed.ok()) return Usage(parsed.status().message());
        *field = *parsed;
      }
    }
    if (!command_line_.Flag("after")) request.clear_published_after();
    if (!command_line_.Flag("before")) request.clear_published_before();
    request.set_newest_first(command_line_.Flag("newest_first").has_value());
    int page_size = 100;
    int64_t limit = -1;
    if (auto flag = command_line_.Flag("page_size");
        flag && !absl::SimpleAtoi(*flag, &page_size)) {
      return Usage("--page_size must be a number");
    }
    if (auto flag = command_line_.Flag("limit");
        flag && (!absl::SimpleAtoi(*flag, &limit) || limit < 0)) {
      return Usage("--limit must be a number of reports");
    }
    request.set_page_size(page_size);

    std::vector<factcheck::v1::ReportSummary> reports;
    while (limit < 0 || static_cast<int64_t>(reports.size()) < limit) {
      absl::StatusOr<factcheck::v1::ListReportsResponse> page =
          client_->ListReports(request);
      if (!page.ok()) return ServerFailure(page.status());
      for (factcheck::v1::ReportSummary& summary : *page->mutable_reports()) {
        if (limit >= 0 && static_cast<int64_t>(reports.size()) >= limit) break;
        reports.push_back(std::move(summary));
      }
      if (page->next_page_token().empty()) break;
      request.set_page_token(page->next_page_token());
    }
    if (json_) {
      for (const auto& summary : reports) {
        std::cout << ToJsonLine(summary) << "\n";
      }
    } else {
      std::cout << ReportListText(reports, width_);
    }
    return kOk;
  }

  int Delete(const std::vector<std::string>& args) {
    if (args.size() != 1) return Usage("delete needs one ID");
    factcheck::v1::DeleteReportRequest request;
    request.set_id(args[0]);
    absl::StatusOr<factcheck::v1::DeleteReportResponse> response =
        client_->DeleteReport(request);
    if (!response.ok()) return ServerFailure(response.status());
    std::cout << (json_ ? ToJsonLine(*response) + "\n"
                        : absl::StrCat("deleted ", args[0], "\n"));
    return kOk;
  }

  int Health(const std::vector<std::string>& args) {
    if (args.size() > 1) return Usage("health takes at most a SERVICE name");
    grpc::health::v1::HealthCheckRequest request;
    if (!args.empty()) request.set_service(args[0]);
    absl::StatusOr<grpc::health::v1::HealthCheckResponse> response =
        client_->Health(request);
    if (!response.ok()) return ServerFailure(response.status());
    std::cout
        << (json_ ? ToJsonLine(*response)
                  : grpc::health::v1::HealthCheckResponse::ServingStatus_Name(
                        response->status()))
        << "\n";
    return response->status() == grpc::health::v1::HealthCheckResponse::SERVING
               ? kOk
               : kServerError;
  }

  const CommandLine& command_line_;
  FactCheckClient* const client_;
  // Claims per SearchClaims page: the server's most.
  static constexpr int kSearchPageSize = 500;
  // text, json or claimreview.
  const std::string format_;
  const bool json_;
  // Characters per table line; 0 for whole cells.
  const size_t width_;
};

// The width of the terminal standard output goes to, or 0 when it goes to
// a file or a pipe (whole cells: nothing is cut for a script or a pager).
size_t TerminalWidth() {
  if (!isatty(STDOUT_FILENO)) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  size_t columns = 0;
  const char* env = std::getenv("COLUMNS");
  return env != nullptr && absl::SimpleAtoi(env, &columns) ? columns : 80;
}

// Library log lines (protobuf's, gRPC's) never reach the terminal: the CLI
// reports every failure itself, once, with its exit status.
void SilenceLibraryLogs() {
  google::protobuf::SetLogHandler(nullptr);
  gpr_set_log_function([](gpr_log_func_args*) {});
}

int Main(int argc, char** argv) {
  SilenceLibraryLogs();
  absl::StatusOr<CommandLine> command_line = ParseCommandLine(
      std::vector<std::string>(argv + 1, argv + argc), KnownFlags());
  if (!command_line.ok()) return Usage(command_line.status().message());
  if (command_line->Flag("help")) {
    std::cout << kHelp;
    return kOk;
  }
  if (command_line->positional.empty()) return Usage("no command given");

  if (auto input_format = command_line->Flag("input_format");
      input_format && *input_format != "text" && *input_format != "jsonl") {
    return Usage("--input_format must be text or jsonl");
  }
  const std::string format = command_line->Flag("format").value_or("text");
  if (format != "text" && format != "json" && format != "claimreview") {
    return Usage("--format must be text, json or claimreview");
  }
  absl::Duration timeout = absl::Seconds(30);
  if (auto flag = command_line->Flag("timeout")) {
    double seconds = 0;
    if (absl::SimpleAtod(*flag, &seconds)) {
      timeout = absl::Seconds(seconds);
    } else if (!absl::ParseDuration(*flag, &timeout)) {
      return Usage("--timeout must be a duration such as 30s or 2m");
    }
    if (timeout <= absl::ZeroDuration()) {
      return Usage("--timeout must be positive");
    }
  }

  ClientOptions options;
  if (const char* server = std::getenv("FACTCHECK_SERVER");
      server != nullptr && *server != '\0') {
    options.target = server;
  }
  options.target = command_line->Flag("server").value_or(options.target);
  options.timeout = timeout;
  if (auto token = command_line->Flag("token")) {
    options.token = *token;
  } else if (const char* token = std::getenv("FACTCHECK_TOKEN")) {
    options.token = token;
  }
  if (command_line->Flag("tls_cert").has_value() !=
      command_line->Flag("tls_key").has_value()) {
    return Usage("--tls_cert and --tls_key go together");
  }
  for (const auto& [flag, pem] :
       {std::pair{"tls_ca", &options.tls_root_certs},
        std::pair{"tls_cert", &options.tls_cert_chain},
        std::pair{"tls_key", &options.tls_private_key}}) {
    if (auto path = command_line->Flag(flag)) {
      absl::StatusOr<std::string> contents = ReadFlagFile(*path, flag);
      if (!contents.ok()) return Usage(contents.status().message());
      *pem = *std::move(contents);
      options.tls = true;
    }
  }
  if (command_line->Flag("tls")) options.tls = true;
  FactCheckClient client(options);
  const std::string command = command_line->positional[0];
  const std::vector<std::string> args(command_line->positional.begin() + 1,
                                      command_line->positional.end());
  return Cli(*command_line, &client, format,
             command_line->Flag("wide") ? 0 : TerminalWidth())
      .Run(command, args);
}

}  // namespace
}  // namespace factcheck::client

int main(int argc, char** argv) { return factcheck::client::Main(argc, argv); }
