// Throughput of numeric-claim extraction (tokens, numbers, quantities,
// sentences, claims: the whole ExtractClaims path below the API) on one
// core, over a few MB of news-like text. Prints figures; it is no test.
//
//   bazel run -c opt //tests/bench:extract_benchmark -- [--mb=4]
//       [--text=FILE] [--write_text=FILE]
//
// --write_text saves the generated text for a side-by-side run of another
// recogniser (see compare_recognizers.sh); --text measures a given file.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "server/extract/extractor.h"
#include "tests/bench/news_text.h"

namespace {

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 4;
  std::string text_path;
  std::string write_path;
  for (int a = 1; a < argc; ++a) {
    const std::string arg = argv[a];
    if (absl::StartsWith(arg, "--mb=")) {
      if (!absl::SimpleAtod(arg.substr(5), &mb) || mb <= 0) {
        std::cerr << "--mb takes a positive number\n";
        return 2;
      }
    } else if (absl::StartsWith(arg, "--text=")) {
      text_path = arg.substr(7);
    } else if (absl::StartsWith(arg, "--write_text=")) {
      write_path = arg.substr(13);
    } else {
      std::cerr << "usage: extract_benchmark [--mb=4] [--text=FILE] "
                   "[--write_text=FILE]\n";
      return 2;
    }
  }
  std::string text;
  if (!text_path.empty()) {
    std::ifstream in(text_path, std::ios::binary);
    std::stringstream contents;
    contents << in.rdbuf();
    text = contents.str();
  } else {
    text = factcheck::bench::NewsText(static_cast<size_t>(mb * (1 << 20)));
  }
  if (!write_path.empty()) {
    std::ofstream(write_path, std::ios::binary) << text;
  }
  const long rss_before = PeakRssKb();

  // Warm the lexicons, then run several passes and keep the best.
  size_t claims = factcheck::extract::Extract(text).numeric_claims.size();
  size_t quantities = 0;
  double best_seconds = 1e9;
  for (int pass = 0; pass < 5; ++pass) {
    const auto start = std::chrono::steady_clock::now();
    const factcheck::extract::Extraction extraction =
        factcheck::extract::Extract(text);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    best_seconds = std::min(best_seconds, seconds);
    claims = extraction.numeric_claims.size();
    quantities = extraction.quantities.size();
  }
  const double megabytes = text.size() / double(1 << 20);
  std::printf("text               %.2f MB (%zu bytes)\n", megabytes,
              text.size());
  std::printf("quantities         %zu\n", quantities);
  std::printf("numeric claims     %zu\n", claims);
  std::printf("best of 5 passes   %.3f s\n", best_seconds);
  std::printf("throughput         %.1f MB/s (one core)\n",
              megabytes / best_seconds);
  std::printf("peak memory growth %.1f MB over the text's own size\n",
              (PeakRssKb() - rss_before) / 1024.0);
  return 0;
}
