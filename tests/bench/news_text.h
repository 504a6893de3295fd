// Deterministic news-like text for benchmarks: wire-copy sentences, about one
// in three carrying figures (tolls, money, percentages, ranges, dates), the
// rest plain prose, in paragraphs.
#ifndef FACTCHECK_TESTS_BENCH_NEWS_TEXT_H_
#define FACTCHECK_TESTS_BENCH_NEWS_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace factcheck::bench {

// About `bytes` bytes of news-like text, the same for the same seed.
std::string NewsText(size_t bytes, uint32_t seed = 20210513);

}  // namespace factcheck::bench

#endif  // FACTCHECK_TESTS_BENCH_NEWS_TEXT_H_
