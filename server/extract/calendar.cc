#include "server/extract/calendar.h"

#include "server/extract/text.h"

namespace factcheck::extract {
namespace {

// The longest month or weekday name: "september", "wednesday".
constexpr size_t kLongestName = 9;

}  // namespace

MonthName MonthNameOf(absl::string_view word) {
  static constexpr const char* kFull[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr const char* kAbbreviated[] = {"jan",  "feb", "mar", "apr",
                                                 "jun",  "jul", "aug", "sep",
                                                 "sept", "oct", "nov", "dec"};
  if (word.size() > kLongestName) return MonthName::kNone;
  char buffer[kLongestName];
  const absl::string_view lower = LowerInto(word, buffer);
  for (const char* month : kFull) {
    if (lower == month) return MonthName::kFull;
  }
  for (const char* month : kAbbreviated) {
    if (lower == month) return MonthName::kAbbreviated;
  }
  return MonthName::kNone;
}

bool IsWeekday(absl::string_view word) {
  static constexpr const char* kDays[] = {"monday",   "tuesday", "wednesday",
                                          "thursday", "friday",  "saturday",
                                          "sunday"};
  if (word.size() > kLongestName) return false;
  char buffer[kLongestName];
  const absl::string_view lower = LowerInto(word, buffer);
  for (const char* day : kDays) {
    if (lower == day) return true;
  }
  return false;
}

}  // namespace factcheck::extract
