// Throughput of claim extraction on one core over a few MB of news-like
// text, for two paths: numeric extraction alone (tokens, numbers,
// quantities, sentences, numeric claims) and the whole ExtractClaims path
// (that plus quotations, speakers and attributed claims). Prints figures;
// it is no test.
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
#include "server/extract/numbers.h"
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

  // Warm the lexicons, then run several passes of each path and keep the
  // best.
  using factcheck::extract::Extract;
  size_t claims = 0;
  size_t quantities = 0;
  size_t attributed = 0;
  auto numeric_path = [&] {
    namespace extract = factcheck::extract;
    const std::vector<extract::Token> tokens = extract::Tokenize(text);
    const std::vector<extract::NumberMention> numbers =
        extract::FindNumbers(text, tokens);
    const std::vector<extract::Quantity> found =
        extract::FindQuantities(text, tokens, numbers);
    const std::vector<extract::Sentence> sentences =
        extract::SplitSentences(text, tokens);
    claims = extract::FindNumericClaims(text, tokens, sentences, found).size();
    quantities = found.size();
  };
  auto full_path = [&] { attributed = Extract(text).attributions.size(); };
  auto best_seconds = [](auto&& run) {
    run();
    double best = 1e9;
    for (int pass = 0; pass < 5; ++pass) {
      const auto start = std::chrono::steady_clock::now();
      run();
      best = std::min(best, std::chrono::duration<double>(
                                std::chrono::steady_clock::now() - start)
                                .count());
    }
    return best;
  };
  const double numeric_seconds = best_seconds(numeric_path);
  const double full_seconds = best_seconds(full_path);
  const double megabytes = text.size() / double(1 << 20);
  std::printf("text               %.2f MB (%zu bytes)\n", megabytes,
              text.size());
  std::printf("quantities         %zu\n", quantities);
  std::printf("numeric claims     %zu\n", claims);
  std::printf("attributed claims  %zu\n", attributed);
  std::printf(
      "throughput         %.1f MB/s numeric extraction (one core, "
      "best of 5)\n",
      megabytes / numeric_seconds);
  std::printf("full ExtractClaims %.1f MB/s (one core, best of 5)\n",
              megabytes / full_seconds);
  std::printf("peak memory growth %.1f MB over the text's own size\n",
              (PeakRssKb() - rss_before) / 1024.0);
  return 0;
}
