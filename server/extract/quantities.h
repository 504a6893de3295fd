// Quantity mentions: a number (or a vague order such as "hundreds of") with
// what the text says bounds it ("at least", "nearly", "between … and …") and
// its unit (a count, a percentage, money, or a physical unit), reduced to an
// interval. Dates, years, times, phone numbers, codes and ranks are never
// quantities.
#ifndef FACTCHECK_SERVER_EXTRACT_QUANTITIES_H_
#define FACTCHECK_SERVER_EXTRACT_QUANTITIES_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/numbers.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// How far an approximation reaches either side of its value at most:
// "about 300" is [270, 330]; "nearly 70" is [63, 70). A figure given more
// precisely reaches one unit of its last significant digit (or 1% of it, if
// more): "about 1,693" is [1,676, 1,710], "nearly 1,400" [1,300, 1,400).
// The one place this tolerance is set.
inline constexpr double kApproximationTolerance = 0.10;

enum class Qualifier : uint8_t {
  kExact,
  kAtLeast,
  kMoreThan,
  kAtMost,
  kLessThan,
  kApproximately,
  kRange,
  kVague,
};

enum class UnitKind : uint8_t { kCount, kPercent, kCurrency, kPhysical };

// A level ("43 killed"), or a change by this much ("another 212": up;
// "slipped 0.7 per cent": down). Set by MarkChanges (changes.h).
enum class Change : uint8_t { kNone, kUp, kDown };

struct Quantity {
  // Qualifier, number(s) and unit: "at least 65", "$40m", "12 per cent",
  // "between 40 and 50 km", "hundreds of".
  Span span;
  // The number or numbers without qualifier or unit.
  Span number_span;
  // The qualifier's words ("at least", "or more"); empty when none.
  Span qualifier_span;
  // The unit's words ("per cent", "$", "km"); empty for a count.
  Span unit_span;
  // The point value when the text gives one.
  std::optional<double> value;
  // The interval the text allows; an unbounded side is +/-infinity.
  double lower = 0;
  double upper = 0;
  bool lower_inclusive = true;
  bool upper_inclusive = true;
  Qualifier qualifier = Qualifier::kExact;
  UnitKind unit_kind = UnitKind::kCount;
  // "" for a count, "%", an ISO 4217 code ("USD") or a unit symbol ("km").
  // Points into static storage.
  absl::string_view unit;
  // A range written as a span ("between 40 and 50", "40-50", "from 40 to
  // 50") rather than as two bounds ("more than 40 and less than 50").
  bool written_as_span = false;
  Change change = Change::kNone;
};

// Whether `quantity` is someone's age ("35 years old", "a 9-year-old"):
// the units "yr" and "mo" are written only by ages (data/units.tsv).
inline bool IsAge(const Quantity& quantity) {
  return quantity.unit == "yr" || quantity.unit == "mo";
}

// Whether `quantity` is an area: acres, hectares, square kilometres or
// miles (data/units.tsv's canonical units).
inline bool IsArea(const Quantity& quantity) {
  return IsOneOf(quantity.unit, {"acre", "ha", "km2", "mi2"});
}

// Whether a verb of change stands a few words before the "from" at token
// `from` ("rose from", "revised upwards from", "rose on Sunday from"):
// "rose from 35 to 43" reports a change (two figures), not a range, and
// "risen from 225" names the figure a count changed from.
bool ChangeVerbBefore(absl::string_view text, const std::vector<Token>& tokens,
                      size_t from);

// Every quantity of `text`, in order. `numbers` are FindNumbers' mentions of
// the same tokens.
std::vector<Quantity> FindQuantities(absl::string_view text,
                                     const std::vector<Token>& tokens,
                                     const std::vector<NumberMention>& numbers);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_QUANTITIES_H_
