// Scores attributed claims against a gold reading: content precision, recall
// and F1 per kind, and speaker accuracy over the matched claims.
//
// A found claim matches an unmatched gold claim of the same kind when their
// contents agree after normalisation (quotation marks and punctuation
// dropped, case and white space folded), or overlap with a word F1 of at
// least 0.8 (so one stray word does not count as a miss). Where the gold
// gives a claim's quotation, a matched claim whose quoted words differ is a
// mismatch too.
#ifndef FACTCHECK_TESTS_EXTRACT_ATTRIBUTION_SCORING_H_
#define FACTCHECK_TESTS_EXTRACT_ATTRIBUTION_SCORING_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

struct AttributedItem {
  std::string kind;  // "DIRECT", "MIXED", …
  std::string speaker;
  std::string content;
  // The words inside quotation marks (gold: only where the reading gives
  // them, and then compared after normalisation).
  std::string quotation;
  // How the text names the speaker there, its speaker span (extracted
  // items only).
  std::string speaker_words;
};

struct KindScore {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct AttributionScore {
  std::map<std::string, KindScore> by_kind;
  int matched = 0;
  int speaker_correct = 0;
  // Problems found, one line each, for a reader.
  std::vector<std::string> mismatches;

  // The kinds together, or those listed.
  KindScore Total(const std::vector<std::string>& kinds = {}) const;
  double SpeakerAccuracy() const;
  // A table of the scores.
  std::string Report() const;
};

// The "attributed" list of a gold file (seed_article.gold.json format).
std::vector<AttributedItem> LoadGold(const std::string& path);

// What factcheck extracts from `text`.
std::vector<AttributedItem> Extracted(absl::string_view text);

// Adds one document's comparison to `score`.
void ScoreDocument(const std::string& name,
                   const std::vector<AttributedItem>& gold,
                   const std::vector<AttributedItem>& found,
                   AttributionScore* score);

// Lower-case words without quotation marks or punctuation.
std::string NormalizeContent(absl::string_view content);

}  // namespace factcheck::extract

#endif  // FACTCHECK_TESTS_EXTRACT_ATTRIBUTION_SCORING_H_
