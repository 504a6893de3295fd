#include "server/extract/calendar.h"

#include <utility>

#include "absl/strings/match.h"

namespace factcheck::extract {
namespace {

struct Month {
  const char* full;
  const char* abbreviations[2];
};

// In calendar order. May has no abbreviation.
constexpr Month kMonths[] = {
    {"january", {"jan", nullptr}},  {"february", {"feb", nullptr}},
    {"march", {"mar", nullptr}},    {"april", {"apr", nullptr}},
    {"may", {nullptr, nullptr}},    {"june", {"jun", nullptr}},
    {"july", {"jul", nullptr}},     {"august", {"aug", nullptr}},
    {"september", {"sep", "sept"}}, {"october", {"oct", nullptr}},
    {"november", {"nov", nullptr}}, {"december", {"dec", nullptr}}};

// The month `word` names and how; kNone (and -1) when it names none.
std::pair<MonthName, int> Lookup(absl::string_view word) {
  for (int m = 0; m < 12; ++m) {
    if (absl::EqualsIgnoreCase(word, kMonths[m].full)) {
      return {MonthName::kFull, m + 1};
    }
    for (const char* abbreviation : kMonths[m].abbreviations) {
      if (abbreviation != nullptr &&
          absl::EqualsIgnoreCase(word, abbreviation)) {
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
  static constexpr std::pair<const char*, absl::Weekday> kDays[] = {
      {"monday", absl::Weekday::monday},
      {"tuesday", absl::Weekday::tuesday},
      {"wednesday", absl::Weekday::wednesday},
      {"thursday", absl::Weekday::thursday},
      {"friday", absl::Weekday::friday},
      {"saturday", absl::Weekday::saturday},
      {"sunday", absl::Weekday::sunday}};
  for (const auto& [name, day] : kDays) {
    if (absl::EqualsIgnoreCase(word, name)) return day;
  }
  return std::nullopt;
}

}  // namespace factcheck::extract
