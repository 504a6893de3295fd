// The day a claim's own time expression names, so that a figure the
// document dates in the past ("On Saturday, officials had reported 820
// deaths") is compared with what was reported by then, not since.
#ifndef FACTCHECK_SERVER_VERIFY_CLAIM_TIME_H_
#define FACTCHECK_SERVER_VERIFY_CLAIM_TIME_H_

#include <optional>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace factcheck::verify {

// The day `time_text` (a claim's time expression) names, read against the
// day the document was published: "on Saturday" is the latest Saturday up
// to that day, "yesterday" the day before, "on Sept. 9" or "on September 9"
// that date of the latest year not after it, "in June" that month's last
// day (the published day itself in the month it was published), "last
// week" its Sunday (weeks begin on Monday), "last month" its last day,
// "last Thursday" the latest Thursday before the published day. A line
// break inside the expression ("on\nApril 25") is a space.
// nullopt for anything else ("since Monday", "in recent days", "last
// year", whose figures are another year's): not one day.
std::optional<absl::CivilDay> DayNamed(absl::string_view time_text,
                                       absl::CivilDay published);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_CLAIM_TIME_H_
