// The unit lexicon (data/units.tsv): currencies, percent and physical units,
// with the words and symbols that write them.
#ifndef FACTCHECK_SERVER_EXTRACT_UNITS_H_
#define FACTCHECK_SERVER_EXTRACT_UNITS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/phrases.h"
#include "server/extract/quantities.h"
#include "server/extract/text.h"

namespace factcheck::extract {

struct UnitEntry {
  // "USD", "%", "km".
  std::string unit;
  UnitKind kind = UnitKind::kCount;
  // May stand before the number ("$5", "USD 200").
  bool prefix = false;
  // The amount is in units of this many ("30 MUSD" is 30 million USD).
  double multiplier = 1;
};

struct UnitMatch {
  const UnitEntry* entry = nullptr;
  // Tokens [begin, end) of the unit's words.
  size_t begin = 0;
  size_t end = 0;
};

class UnitLexicon {
 public:
  // The lexicon built from data/units.tsv, once; thread-safe.
  static const UnitLexicon& Get();

  // The longest unit whose words start at tokens[i].
  std::optional<UnitMatch> At(absl::string_view text,
                              const std::vector<Token>& tokens, size_t i) const;

  // The longest prefix unit whose words end at tokens[last].
  std::optional<UnitMatch> PrefixEndingAt(absl::string_view text,
                                          const std::vector<Token>& tokens,
                                          size_t last) const;

 private:
  UnitLexicon();

  std::vector<UnitEntry> entries_;
  PhraseTable phrases_;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_UNITS_H_
