// Verification at scale, in process, on one store that grows through the
// given sizes: ingest throughput (extraction and durable RocksDB writes, in
// batches of 500 as the CLI sends them) and the latency of VerifyDocument
// for a 4 KB article (median and p99 of 500 runs after 20 to warm up) at
// each size, twice: at once, while RocksDB still compacts what the bulk load
// wrote ("busy"), and once compaction is done ("at rest", as a server's
// store is between bursts of ingest). Prints figures; it is no test.
//
//   bazel run -c opt //tests/bench:verify_benchmark --
//       [--sizes=1000,10000,100000,1000000] [--dir=/tmp/fcbench]
//       [--store=postgresql://USER@HOST/DATABASE] [--verdicts=FILE]
//       [--parsed_claim_cache_mb=64]
//
// With --store the same runs go to a PostgreSQL store (an empty database:
// the benchmark does not remove what it wrote), with one connection as an
// in-process caller uses; PostgreSQL has no compaction to wait for, so
// "at rest" is the same store measured a second time.
//
// --parsed_claim_cache_mb sizes the RocksDB store's memo of parsed claims
// (store/parsed_claim_cache.h); 0 turns it off, so that every lookup parses
// what it reads, as it would for claims it never read before.
//
// With --verdicts=FILE it also writes, once the largest size is measured,
// the answers to the article and to kVerdictDocuments more documents drawn
// as the stored reports are, in text format: two builds that must judge
// alike are compared by diffing their files.
//
// On the largest store at rest it then verifies, each once and then once
// again, short documents drawn as the stored reports are: the first pass
// reads what no earlier call read (parsed-claim memo, block cache), as a
// day of fresh copy does; the article's figures are of a document verified
// again and again.
//
// Last, it measures ExtractClaims of the article's text (no store read).
// The throughput of both on kThreads threads at once, verification busy and
// at rest on the largest store, is what a server on this machine could reach
// with no network in between (tests/bench/load.sh compares them).
//
// With --write=PREFIX it measures nothing: it writes the largest size's
// reports as the CLI's JSONL (PREFIX.jsonl), and the article's
// VerifyDocumentRequest (whole, and asking for the summary only, as batch
// jobs do) and its text's ExtractClaimsRequest each as one gRPC message
// frame (PREFIX.verify.grpc, PREFIX.summary.grpc, PREFIX.extract.grpc), the
// same data the
// in-process figures are measured on, for the load harness
// (tests/bench/load.sh) to send over the network.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/mutex.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/fact_checker.h"
#include "store/postgres_store.h"
#include "store/rocksdb_store.h"
#include "tests/bench/synthetic_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;
using factcheck::bench::ArticleRequest;
using factcheck::bench::StoredReport;

// `message` as one gRPC message frame in the file at `path`: no
// compression, the length big-endian, the bytes.
void WriteFrame(const google::protobuf::Message& message,
                const std::string& path) {
  const std::string bytes = message.SerializeAsString();
  std::string frame(5, '\0');
  for (int byte = 0; byte < 4; ++byte) {
    frame[1 + byte] =
        static_cast<char>((bytes.size() >> (24 - 8 * byte)) & 0xFF);
  }
  std::ofstream(path, std::ios::binary) << frame << bytes;
}

// The article's text as an ExtractClaimsRequest.
factcheck::v1::ExtractClaimsRequest ArticleExtraction() {
  factcheck::v1::ExtractClaimsRequest request;
  request.set_text(ArticleRequest().document().text());
  return request;
}

// PREFIX.jsonl, PREFIX.verify.grpc, PREFIX.summary.grpc and
// PREFIX.extract.grpc (see the file's comment).
int WriteLoadData(const std::string& prefix, long reports) {
  std::mt19937 random(20210513);
  std::ofstream jsonl(prefix + ".jsonl");
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  int claims = 0;
  for (long index = 0; index < reports; ++index) {
    std::string line;
    if (!google::protobuf::util::MessageToJsonString(
             StoredReport(random, index, &claims), &line, options)
             .ok()) {
      return 1;
    }
    jsonl << line << "\n";
  }
  WriteFrame(ArticleRequest(), prefix + ".verify.grpc");
  factcheck::v1::VerifyDocumentRequest summary = ArticleRequest();
  summary.mutable_shape()->set_summary_only(true);
  WriteFrame(summary, prefix + ".summary.grpc");
  WriteFrame(ArticleExtraction(), prefix + ".extract.grpc");
  jsonl.close();
  return jsonl ? 0 : 1;
}

// Documents besides the article whose answers --verdicts writes: enough to
// meet every verdict the synthetic corpus gives rise to.
constexpr int kVerdictDocuments = 300;

// kVerdictDocuments short reports drawn as the stored ones are, each on its
// own: the documents --verdicts answers after the article, and those the
// benchmark verifies for the first time.
std::vector<factcheck::v1::VerifyDocumentRequest> VerdictDocuments() {
  std::mt19937 random(7);
  std::vector<factcheck::v1::VerifyDocumentRequest> requests;
  int claims = 0;
  for (int d = 0; d < kVerdictDocuments; ++d) {
    factcheck::v1::VerifyDocumentRequest& request = requests.emplace_back();
    *request.mutable_document() = StoredReport(random, d, &claims);
    request.mutable_document()->set_id(absl::StrCat("d", d));
  }
  return requests;
}

// The answers --verdicts writes (see the file's comment) into `path`: the
// article's, then those of `documents` (VerdictDocuments).
absl::Status WriteVerdicts(
    const factcheck::core::FactChecker& checker,
    const std::vector<factcheck::v1::VerifyDocumentRequest>& documents,
    const std::string& path) {
  std::ofstream out(path);
  auto write = [&](const factcheck::v1::VerifyDocumentRequest& request) {
    absl::StatusOr<factcheck::v1::VerifyDocumentResponse> response =
        checker.VerifyDocument(request);
    if (!response.ok()) return response.status();
    std::string text;
    google::protobuf::TextFormat::PrintToString(*response, &text);
    out << text << "\n";
    return absl::OkStatus();
  };
  if (absl::Status written = write(ArticleRequest()); !written.ok()) {
    return written;
  }
  for (const factcheck::v1::VerifyDocumentRequest& document : documents) {
    if (absl::Status written = write(document); !written.ok()) return written;
  }
  out.close();
  if (!out) return absl::UnavailableError(absl::StrCat("cannot write ", path));
  return absl::OkStatus();
}

double Percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[static_cast<size_t>(p * (values.size() - 1))];
}

struct Latency {
  double p50_ms = 0;
  double p99_ms = 0;
  int verdicts = 0;
};

// The median and 99th percentile of `latencies`, in milliseconds.
Latency PercentilesOf(const std::vector<double>& latencies) {
  Latency latency;
  latency.p50_ms = Percentile(latencies, 0.5);
  latency.p99_ms = Percentile(latencies, 0.99);
  return latency;
}

// The answer of `call`, whose time in milliseconds is added to `latencies`.
template <typename Call>
auto Timed(Call call, std::vector<double>& latencies) {
  const auto start = Clock::now();
  auto response = call();
  latencies.push_back(
      std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  return response;
}

// The latency of `call`, which answers a StatusOr of a response, over 500
// runs after 20 to warm up: the first runs after a compaction open its new
// tables and fill the block cache; a server pays that once, not per
// request. `verdicts` counts a response's verdicts.
template <typename Call, typename Verdicts>
absl::StatusOr<Latency> Measure(Call call, Verdicts verdicts) {
  for (int run = 0; run < 20; ++run) {
    if (absl::Status status = call().status(); !status.ok()) return status;
  }
  std::vector<double> latencies;
  int counted = 0;
  for (int run = 0; run < 500; ++run) {
    const auto response = Timed(call, latencies);
    if (!response.ok()) return response.status();
    counted = verdicts(*response);
  }
  Latency latency = PercentilesOf(latencies);
  latency.verdicts = counted;
  return latency;
}

// The latency of verifying each of `documents` once, in turn: documents
// never verified before read what no earlier call left in the memo of parsed
// claims or in RocksDB's block cache, as fresh copy does.
absl::StatusOr<Latency> MeasureEach(
    const factcheck::core::FactChecker& checker,
    const std::vector<factcheck::v1::VerifyDocumentRequest>& documents) {
  std::vector<double> latencies;
  for (const factcheck::v1::VerifyDocumentRequest& document : documents) {
    const auto response =
        Timed([&] { return checker.VerifyDocument(document); }, latencies);
    if (!response.ok()) return response.status();
  }
  return PercentilesOf(latencies);
}

// Threads calling at once in the throughput runs: one per core of the
// machine the figures are for.
constexpr int kThreads = 2;

// Calls of `call` answered a second with kThreads threads calling it over
// and over for three seconds; the first error, if any.
template <typename Call>
absl::StatusOr<double> Throughput(Call call) {
  const auto end = Clock::now() + std::chrono::seconds(3);
  absl::Mutex mutex;
  absl::Status failure;
  long calls = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      long mine = 0;
      absl::Status status;
      while (status.ok() && Clock::now() < end) {
        status = call().status();
        ++mine;
      }
      absl::MutexLock lock(&mutex);
      calls += mine;
      failure.Update(status);
    });
  }
  const auto start = Clock::now();
  for (std::thread& thread : threads) thread.join();
  if (!failure.ok()) return failure;
  return calls / std::chrono::duration<double>(Clock::now() - start).count();
}

absl::StatusOr<Latency> MeasureVerify(
    const factcheck::core::FactChecker& checker,
    const factcheck::v1::VerifyDocumentRequest& request) {
  return Measure([&] { return checker.VerifyDocument(request); },
                 [](const factcheck::v1::VerifyDocumentResponse& response) {
                   return response.verdicts_size();
                 });
}

// ExtractClaims of the article, which reads no store.
absl::StatusOr<Latency> MeasureExtract(
    const factcheck::core::FactChecker& checker,
    const factcheck::v1::ExtractClaimsRequest& request) {
  return Measure([&] { return checker.ExtractClaims(request); },
                 [](const factcheck::v1::ExtractClaimsResponse&) { return 0; });
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<long> sizes = {1000, 10000, 100000};
  std::string dir = "/tmp/factcheck_verify_benchmark";
  std::string write_prefix;
  std::string store_url;
  std::string verdicts_path;
  factcheck::store::StoreOptions store_options;
  // As factcheckd does (server/main.cc).
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  for (int a = 1; a < argc; ++a) {
    const std::string arg = argv[a];
    if (absl::StartsWith(arg, "--sizes=")) {
      sizes.clear();
      for (absl::string_view size : absl::StrSplit(arg.substr(8), ',')) {
        long n = 0;
        if (!absl::SimpleAtoi(size, &n) || n <= 0) {
          std::cerr << "--sizes takes positive numbers\n";
          return 2;
        }
        sizes.push_back(n);
      }
      std::sort(sizes.begin(), sizes.end());
    } else if (absl::StartsWith(arg, "--dir=")) {
      dir = arg.substr(6);
    } else if (absl::StartsWith(arg, "--store=")) {
      store_url = arg.substr(8);
    } else if (absl::StartsWith(arg, "--write=")) {
      write_prefix = arg.substr(8);
    } else if (absl::StartsWith(arg, "--verdicts=")) {
      verdicts_path = arg.substr(11);
    } else if (absl::StartsWith(arg, "--parsed_claim_cache_mb=")) {
      size_t megabytes = 0;
      if (!absl::SimpleAtoi(arg.substr(24), &megabytes)) {
        std::cerr << "--parsed_claim_cache_mb takes a number of MiB\n";
        return 2;
      }
      store_options.parsed_claim_cache_bytes = megabytes << 20;
    } else {
      std::cerr << "usage: verify_benchmark [--sizes=1000,10000] [--dir=DIR] "
                   "[--write=PREFIX] [--store=postgresql://...] "
                   "[--verdicts=FILE] [--parsed_claim_cache_mb=64]\n";
      return 2;
    }
  }
  if (!write_prefix.empty()) return WriteLoadData(write_prefix, sizes.back());
  absl::StatusOr<std::unique_ptr<factcheck::store::ReportStore>> store;
  if (store_url.empty()) {
    std::filesystem::remove_all(dir);
    store = factcheck::store::OpenRocksDbStore(dir, store_options);
  } else {
    factcheck::store::PostgresStoreOptions options;
    options.conninfo = store_url;
    options.pool_size = 1;
    store = factcheck::store::OpenPostgresStore(options);
  }
  if (!store.ok()) {
    std::cerr << store.status() << "\n";
    return 1;
  }
  factcheck::core::FactChecker checker(store->get());
  std::mt19937 random(20210513);
  const factcheck::v1::VerifyDocumentRequest verify = ArticleRequest();

  std::printf("%10s %10s %22s %22s %9s\n", "", "", "verify p50/p99, busy",
              "verify p50/p99, at rest", "");
  std::printf("%10s %10s %22s %22s %9s\n", "reports", "ingest/s", "", "",
              "verdicts");
  long stored = 0;
  // On the largest store: verifications a second on kThreads threads.
  absl::StatusOr<double> busy_rate = 0.0;
  absl::StatusOr<double> rest_rate = 0.0;
  for (long size : sizes) {
    int claims = 0;
    double ingest_seconds = 0;
    const long adding = size - stored;
    while (stored < size) {
      factcheck::v1::IngestReportsRequest batch;
      for (int k = 0; k < 500 && stored < size; ++k, ++stored) {
        *batch.add_reports() = StoredReport(random, stored, &claims);
      }
      const auto start = Clock::now();
      if (absl::StatusOr<factcheck::v1::IngestReportsResponse> done =
              checker.IngestReports(batch);
          !done.ok()) {
        std::cerr << done.status() << "\n";
        return 1;
      }
      ingest_seconds +=
          std::chrono::duration<double>(Clock::now() - start).count();
    }
    const bool largest = size == sizes.back();
    const auto verifying = [&] { return checker.VerifyDocument(verify); };
    const absl::StatusOr<Latency> busy = MeasureVerify(checker, verify);
    if (largest) busy_rate = Throughput(verifying);
    absl::Status settled =
        store_url.empty()
            ? factcheck::store::WaitUntilCompacted(**store, absl::Minutes(30))
            : absl::OkStatus();
    const absl::StatusOr<Latency> at_rest = MeasureVerify(checker, verify);
    if (largest) rest_rate = Throughput(verifying);
    for (const absl::Status& status :
         {busy.status(), settled, at_rest.status(), busy_rate.status(),
          rest_rate.status()}) {
      if (!status.ok()) {
        std::cerr << status << "\n";
        return 1;
      }
    }
    std::printf("%10ld %10.0f %12.2f / %5.2fms %12.2f / %5.2fms %9d\n", size,
                adding / ingest_seconds, busy->p50_ms, busy->p99_ms,
                at_rest->p50_ms, at_rest->p99_ms, at_rest->verdicts);
    std::fflush(stdout);
  }
  // The article's figures are of a document verified again and again; a
  // day of fresh copy reads what no call read before.
  const std::vector<factcheck::v1::VerifyDocumentRequest> documents =
      VerdictDocuments();
  const absl::StatusOr<Latency> fresh = MeasureEach(checker, documents);
  const absl::StatusOr<Latency> again = MeasureEach(checker, documents);
  for (const absl::Status& status : {fresh.status(), again.status()}) {
    if (!status.ok()) {
      std::cerr << status << "\n";
      return 1;
    }
  }
  std::printf(
      "Documents never verified before (%d short reports drawn as the "
      "stored ones, at rest, %ld reports): p50 %.2f ms, p99 %.2f ms; the "
      "same again: p50 %.2f ms, p99 %.2f ms\n",
      kVerdictDocuments, sizes.back(), fresh->p50_ms, fresh->p99_ms,
      again->p50_ms, again->p99_ms);
  const factcheck::v1::ExtractClaimsRequest extraction = ArticleExtraction();
  const absl::StatusOr<Latency> extract = MeasureExtract(checker, extraction);
  const absl::StatusOr<double> extract_rate =
      Throughput([&] { return checker.ExtractClaims(extraction); });
  for (const absl::Status& status : {extract.status(), extract_rate.status()}) {
    if (!status.ok()) {
      std::cerr << status << "\n";
      return 1;
    }
  }
  std::printf("ExtractClaims of the article: p50 %.3f ms, p99 %.3f ms\n",
              extract->p50_ms, extract->p99_ms);
  std::printf(
      "On %d threads at once, %ld reports: VerifyDocument %.0f/s busy, "
      "%.0f/s at rest; ExtractClaims %.0f/s\n",
      kThreads, sizes.back(), *busy_rate, *rest_rate, *extract_rate);
  if (!verdicts_path.empty()) {
    if (absl::Status written = WriteVerdicts(checker, documents, verdicts_path);
        !written.ok()) {
      std::cerr << written << "\n";
      return 1;
    }
  }
  if (store_url.empty()) std::filesystem::remove_all(dir);
  return 0;
}
