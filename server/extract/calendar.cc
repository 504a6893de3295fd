#include "server/extract/calendar.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace factcheck::extract {
namespace {

struct Month {
  absl::string_view full;
  absl::string_view abbreviations[2];
};

// In calendar order. May has no abbreviation.
constexpr Month kMonths[] = {{"january", {"jan", ""}},
                             {"february", {"feb", ""}},
                             {"march", {"mar", ""}},
                             {"april", {"apr", ""}},
                             {"may", {"", ""}},
                             {"june", {"jun", ""}},
                             {"july", {"jul", ""}},
                             {"august", {"aug", ""}},
                             {"september", {"sep", "sept"}},
                             {"october", {"oct", ""}},
                             {"november", {"nov", ""}},
                             {"december", {"dec", ""}}};

// ASCII case-insensitive equality, the lengths (which settle most pairs)
// compared first without a call.
bool SameWord(absl::string_view word, absl::string_view name) {
  return word.size() == name.size() && absl::EqualsIgnoreCase(word, name);
}

// The month `word` names and how; kNone (and -1) when it names none. Runs
// for most capitalised words of a text: the length settles most of them.
std::pair<MonthName, int> Lookup(absl::string_view word) {
  if (word.size() < 3 || word.size() > 9) return {MonthName::kNone, -1};
  // A month's abbreviations begin with its first letter: that letter rules
  // out eleven months of twelve.
  const char first = absl::ascii_tolower(static_cast<unsigned char>(word[0]));
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m].full[0] != first) continue;
    if (SameWord(word, kMonths[m].full)) {
      return {MonthName::kFull, m + 1};
    }
    for (absl::string_view abbreviation : kMonths[m].abbreviations) {
      if (!abbreviation.empty() && SameWord(word, abbreviation)) {
        return {MonthName::kAbbreviated, m + 1};
      }
    }
  }
  return {MonthName::kNone, -1};
}

}  // namespace

MonthName MonthNameOf(absl::string_view word) { return Lookup(word).first; }

std::optional<int> MonthNumberOf(absl::string_view word) {
  const auto [name, number] = Lookup(word);
  if (name == MonthName::kNone) return std::nullopt;
  return number;
}

std::optional<absl::Weekday> WeekdayOf(absl::string_view word) {
  static constexpr std::pair<absl::string_view, absl::Weekday> kDays[] = {
      {"monday", absl::Weekday::monday},
      {"tuesday", absl::Weekday::tuesday},
      {"wednesday", absl::Weekday::wednesday},
      {"thursday", absl::Weekday::thursday},
      {"friday", absl::Weekday::friday},
      {"saturday", absl::Weekday::saturday},
      {"sunday", absl::Weekday::sunday}};
  for (const auto& [name, day] : kDays) {
    if (SameWord(word, name)) return day;
  }
  return std::nullopt;
}

}  // namespace factcheck::extract
