// The hot paths one at a time, with Google Benchmark, so that a regression
// shows without a server: extraction per KB of news-like text, each kind of
// store lookup a verification makes (a measure and place, a speaker, the
// word shingles of a quotation) on a store of 10,000 synthetic reports, the
// judging of one numeric claim against its priors, and a whole verification
// of the 4 KB article. Prints figures; it is no test.
//
//   bazel run -c opt //tests/bench:hot_paths_benchmark
//       [-- --benchmark_filter=Lookup]
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "server/core/fact_checker.h"
#include "server/extract/extractor.h"
#include "server/verify/numeric_rules.h"
#include "store/rocksdb_store.h"
#include "tests/bench/news_text.h"
#include "tests/bench/synthetic_corpus.h"

namespace factcheck::bench {
namespace {

constexpr long kStoredReports = 10000;

// The store of kStoredReports reports, built once for every benchmark.
struct Corpus {
  std::unique_ptr<store::ReportStore> store;
  std::unique_ptr<core::FactChecker> checker;
  v1::VerifyDocumentRequest article = ArticleRequest();
  store::ClaimWindow window;
};

Corpus& TheCorpus() {
  static Corpus* const corpus = [] {
    auto* built = new Corpus();
    const std::string dir = (std::filesystem::temp_directory_path() /
                             "factcheck_hot_paths_benchmark")
                                .string();
    std::filesystem::remove_all(dir);
    built->store = *store::OpenRocksDbStore(dir, store::StoreOptions());
    built->checker = std::make_unique<core::FactChecker>(built->store.get());
    std::mt19937 random(20210513);
    int claims = 0;
    for (long stored = 0; stored < kStoredReports;) {
      v1::IngestReportsRequest batch;
      for (int k = 0; k < 500; ++k, ++stored) {
        *batch.add_reports() = StoredReport(random, stored, &claims);
      }
      (void)built->checker->IngestReports(batch);
    }
    (void)store::WaitUntilCompacted(*built->store, absl::Minutes(10));
    built->window.published_before = built->article.document().published_at();
    built->window.limit = 50;
    return built;
  }();
  return *corpus;
}

void BM_ExtractClaims(benchmark::State& state) {
  const std::string text = NewsText(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(extract::Extract(text));
  }
  state.SetBytesProcessed(state.iterations() *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractClaims)->Arg(1 << 10)->Arg(4 << 10)->Arg(64 << 10);

// Each lookup reports how many claims it found: a lookup that finds
// nothing measures nothing.
void Found(benchmark::State& state,
           const absl::StatusOr<std::vector<store::IndexedClaim>>& found) {
  state.counters["found"] =
      found.ok() ? static_cast<double>(found->size()) : -1;
}

void BM_LookupMeasureAndPlace(benchmark::State& state) {
  Corpus& corpus = TheCorpus();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        corpus.store->NumericClaimsOn("deaths", "Gaza", corpus.window));
  }
  Found(state, corpus.store->NumericClaimsOn("deaths", "Gaza", corpus.window));
}
BENCHMARK(BM_LookupMeasureAndPlace);

void BM_LookupSpeaker(benchmark::State& state) {
  Corpus& corpus = TheCorpus();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        corpus.store->QuotesBy("Joe Biden", corpus.window));
  }
  Found(state, corpus.store->QuotesBy("Joe Biden", corpus.window));
}
BENCHMARK(BM_LookupSpeaker);

void BM_LookupQuotationWords(benchmark::State& state) {
  Corpus& corpus = TheCorpus();
  constexpr char kQuotation[] =
      "The humanitarian situation is catastrophic and getting worse by the "
      "hour";
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        corpus.store->QuotesSharingWords(kQuotation, corpus.window));
  }
  Found(state, corpus.store->QuotesSharingWords(kQuotation, corpus.window));
}
BENCHMARK(BM_LookupQuotationWords);

void BM_JudgeNumericClaim(benchmark::State& state) {
  Corpus& corpus = TheCorpus();
  v1::ExtractClaimsRequest request;
  request.set_text("The death toll in Gaza rose to 1,200 on Monday.");
  const v1::ExtractClaimsResponse extracted =
      *corpus.checker->ExtractClaims(request);
  const v1::NumericClaim& claim = extracted.claims(0).numeric();
  const std::vector<store::IndexedClaim> stored =
      *corpus.store->NumericClaimsOn(claim.measure(), claim.location(),
                                     corpus.window);
  verify::PriorClaims priors;
  for (const store::IndexedClaim& prior : stored) priors.push_back(&prior);
  const absl::Time now =
      absl::FromUnixSeconds(corpus.article.document().published_at().seconds());
  for (auto _ : state) {
    benchmark::DoNotOptimize(verify::JudgeNumeric(claim, now, priors));
  }
  state.counters["priors"] = static_cast<double>(priors.size());
}
BENCHMARK(BM_JudgeNumericClaim);

void BM_VerifyArticle(benchmark::State& state) {
  Corpus& corpus = TheCorpus();
  for (auto _ : state) {
    benchmark::DoNotOptimize(corpus.checker->VerifyDocument(corpus.article));
  }
}
BENCHMARK(BM_VerifyArticle);

}  // namespace
}  // namespace factcheck::bench

BENCHMARK_MAIN();
