#include "server/extract/calendar.h"

#include "server/extract/text.h"

namespace factcheck::extract {

MonthName MonthNameOf(absl::string_view word) {
  static constexpr const char* kFull[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr const char* kAbbreviated[] = {"jan",  "feb", "mar", "apr",
                                                 "jun",  "jul", "aug", "sep",
                                                 "sept", "oct", "nov", "dec"};
  if (IsOneOf(word, kFull)) return MonthName::kFull;
  if (IsOneOf(word, kAbbreviated)) return MonthName::kAbbreviated;
  return MonthName::kNone;
}

bool IsWeekday(absl::string_view word) {
  static constexpr const char* kDays[] = {"monday",   "tuesday", "wednesday",
                                          "thursday", "friday",  "saturday",
                                          "sunday"};
  return IsOneOf(word, kDays);
}

}  // namespace factcheck::extract
