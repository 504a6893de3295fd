// Prints attribution precision, recall and F1 per kind, and speaker
// accuracy, over the example article and testdata/attribution (or the
// article/gold pairs given as arguments: NAME.txt with NAME.gold.json).
//
//   bazel run //tests/extract:attribution_scorer [-- DIR]
#include <filesystem>
#include <iostream>

#include "tests/extract/attribution_scoring.h"
#include "tests/testing/files.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> articles = {"testdata/corpus/seed_article.txt"};
  const fs::path dir =
      argc > 1 ? fs::path(argv[1]) : fs::path("testdata/attribution");
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") articles.push_back(entry.path());
  }
  factcheck::extract::AttributionScore score;
  for (const fs::path& article : articles) {
    fs::path gold = article;
    gold.replace_extension(".gold.json");
    factcheck::extract::ScoreDocument(
        article.stem().string(), factcheck::extract::LoadGold(gold.string()),
        factcheck::extract::Extracted(
            factcheck::testing::ReadFile(article.string())),
        &score);
  }
  std::cout << articles.size() << " articles\n" << score.Report();
  for (const std::string& line : score.mismatches) std::cout << line << "\n";
  return 0;
}
