// Month and weekday names as news copy writes them: the words that tell a
// date from a count ("May 12", "Oct. 7 attacks") and a time from a place
// ("in Gaza on Tuesday"), and the days they name.
#ifndef FACTCHECK_SERVER_EXTRACT_CALENDAR_H_
#define FACTCHECK_SERVER_EXTRACT_CALENDAR_H_

#include <optional>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace factcheck::extract {

enum class MonthName {
  kNone,
  // "October", "May".
  kFull,
  // "Oct", "Sept": also a first name or a word ("Jan Egeland", "Mar del
  // Plata"), so a month only where a day or its period follows.
  kAbbreviated,
};

// What `word` is as a month name, ASCII case-insensitive.
MonthName MonthNameOf(absl::string_view word);

// The month (1 to 12) that `word` names in full or abbreviated, ASCII
// case-insensitive.
std::optional<int> MonthNumberOf(absl::string_view word);

// The weekday "Monday" … "Sunday" names, ASCII case-insensitive.
std::optional<absl::Weekday> WeekdayOf(absl::string_view word);

inline bool IsWeekday(absl::string_view word) {
  return WeekdayOf(word).has_value();
}

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CALENDAR_H_
