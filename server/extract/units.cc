#include "server/extract/units.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "server/extract/data_rows.h"

namespace factcheck::extract {

extern const char kUnitsTsv[];

UnitLexicon::UnitLexicon() {
  for (const std::vector<absl::string_view>& fields : DataRows(kUnitsTsv, 3)) {
    UnitEntry entry;
    absl::string_view unit = fields[1];
    const size_t star = unit.find('*');
    if (star != absl::string_view::npos) {
      absl::SimpleAtod(unit.substr(star + 1), &entry.multiplier);
      unit = unit.substr(0, star);
    }
    entry.unit = std::string(unit);
    entry.kind = fields[2] == "currency"  ? UnitKind::kCurrency
                 : fields[2] == "percent" ? UnitKind::kPercent
                                          : UnitKind::kPhysical;
    bool case_sensitive = false;
    if (fields.size() > 3) {
      for (absl::string_view flag : absl::StrSplit(fields[3], ',')) {
        if (flag == "prefix") entry.prefix = true;
        if (flag == "cs") case_sensitive = true;
      }
    }
    entries_.push_back(entry);
    phrases_.Add(fields[0], static_cast<uint32_t>(entries_.size() - 1),
                 case_sensitive);
  }
}

const UnitLexicon& UnitLexicon::Get() {
  static const UnitLexicon* const kLexicon = new UnitLexicon();
  return *kLexicon;
}

std::optional<UnitMatch> UnitLexicon::At(absl::string_view text,
                                         const std::vector<Token>& tokens,
                                         size_t i) const {
  std::optional<PhraseTable::Match> match = phrases_.LongestAt(text, tokens, i);
  if (!match) return std::nullopt;
  return UnitMatch{&entries_[match->id], match->begin, match->end};
}

std::optional<UnitMatch> UnitLexicon::PrefixEndingAt(
    absl::string_view text, const std::vector<Token>& tokens,
    size_t last) const {
  std::optional<PhraseTable::Match> match =
      phrases_.LongestEndingAt(text, tokens, last);
  if (!match || !entries_[match->id].prefix) return std::nullopt;
  return UnitMatch{&entries_[match->id], match->begin, match->end};
}

}  // namespace factcheck::extract
