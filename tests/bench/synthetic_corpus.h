// The synthetic corpus the verification benchmarks store and query:
// reports of a few sentences each (tolls, quotations, prose) on a small
// set of places and speakers, spread over the year before a 4 KB article on
// the same places and speakers; the same for the same draws.
#ifndef FACTCHECK_TESTS_BENCH_SYNTHETIC_CORPUS_H_
#define FACTCHECK_TESTS_BENCH_SYNTHETIC_CORPUS_H_

#include <cstdint>
#include <random>
#include <string>

#include "protos/factcheck_service.pb.h"
#include "protos/report.pb.h"

namespace factcheck::bench {

// When the article is published (2021-05-13); the reports precede it.
inline constexpr int64_t kArticleSeconds = 1620864000;

// A report's text of a few sentences; adds the claims it holds to
// `*claims`.
std::string ReportText(std::mt19937& random, int* claims);

// The 4 KB article on the same places and speakers.
std::string Article();

// The `index`th stored report of the corpus `random` draws (seed the
// generator with 20210513 for the benchmarks' corpus).
factcheck::v1::Report StoredReport(std::mt19937& random, long index,
                                   int* claims);

// The VerifyDocumentRequest of the article.
factcheck::v1::VerifyDocumentRequest ArticleRequest();

}  // namespace factcheck::bench

#endif  // FACTCHECK_TESTS_BENCH_SYNTHETIC_CORPUS_H_
