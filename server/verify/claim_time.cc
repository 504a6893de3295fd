#include "server/verify/claim_time.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "server/extract/calendar.h"

namespace factcheck::verify {
namespace {

// The last day of the latest month numbered `month` (1 to 12) before the
// published day's own month.
absl::CivilDay LastDayOfTheLatest(int month, absl::CivilDay published) {
  const int year =
      month < published.month() ? published.year() : published.year() - 1;
  return absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
}

}  // namespace

std::optional<absl::CivilDay> DayNamed(absl::string_view time_text,
                                       absl::CivilDay published) {
  // Words without the periods and commas of "Sept. 9," or "on Monday,", nor
  // the line break of a text wrapped by hand ("on\nApril 25").
  std::vector<absl::string_view> words;
  for (absl::string_view word : absl::StrSplit(
           time_text, absl::ByAnyChar(" \t\r\n.,"), absl::SkipEmpty())) {
    words.push_back(word);
  }
  if (words.size() == 1 && absl::EqualsIgnoreCase(words[0], "yesterday")) {
    return published - 1;
  }
  // "in late February", "in mid-February": a part of the month, by the
  // month's end as the month is.
  if (words.size() == 3 && absl::EqualsIgnoreCase(words[0], "in") &&
      (absl::EqualsIgnoreCase(words[1], "early") ||
       absl::EqualsIgnoreCase(words[1], "late"))) {
    words.erase(words.begin() + 1);
  }
  if (words.size() == 2 && absl::StartsWithIgnoreCase(words[1], "mid-")) {
    words[1].remove_prefix(4);
  }
  // "in June": by the month's last day, the published day in its own month.
  if (words.size() == 2 && absl::EqualsIgnoreCase(words[0], "in")) {
    const std::optional<int> month = extract::MonthNumberOf(words[1]);
    if (!month.has_value()) return std::nullopt;
    if (*month == published.month()) return published;
    return LastDayOfTheLatest(*month, published);
  }
  // "last week": by its Sunday, the day before the published day's week
  // began on a Monday; "last month" or "last September": by its last day;
  // "last Thursday": the Thursday before the published day.
  if (words.size() == 2 && absl::EqualsIgnoreCase(words[0], "last")) {
    if (const std::optional<absl::Weekday> weekday =
            extract::WeekdayOf(words[1])) {
      absl::CivilDay day = published - 1;
      while (absl::GetWeekday(day) != *weekday) --day;
      return day;
    }
    if (absl::EqualsIgnoreCase(words[1], "week")) {
      absl::CivilDay day = published;
      while (absl::GetWeekday(day) != absl::Weekday::monday) --day;
      return day - 1;
    }
    if (absl::EqualsIgnoreCase(words[1], "month")) {
      return absl::CivilDay(absl::CivilMonth(published)) - 1;
    }
    if (const std::optional<int> month = extract::MonthNumberOf(words[1])) {
      return LastDayOfTheLatest(*month, published);
    }
    return std::nullopt;
  }
  if (words.empty() || !absl::EqualsIgnoreCase(words[0], "on")) {
    return std::nullopt;
  }
  if (words.size() == 2) {
    const std::optional<absl::Weekday> weekday = extract::WeekdayOf(words[1]);
    if (!weekday.has_value()) return std::nullopt;
    absl::CivilDay day = published;
    while (absl::GetWeekday(day) != *weekday) --day;
    return day;
  }
  int day_of_month = 0;
  const std::optional<int> month = extract::MonthNumberOf(words[1]);
  if (words.size() != 3 || !month.has_value() ||
      !absl::SimpleAtoi(words[2], &day_of_month) || day_of_month < 1 ||
      day_of_month > 31) {
    return std::nullopt;
  }
  absl::CivilDay day(published.year(), *month, day_of_month);
  // CivilDay normalises "February 30" into March: not a date.
  if (day.day() != day_of_month) return std::nullopt;
  if (day > published) {
    day = absl::CivilDay(published.year() - 1, *month, day_of_month);
  }
  return day;
}

}  // namespace factcheck::verify
