#include "server/verify/intervals.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "server/extract/numbers.h"

namespace factcheck::verify {
namespace {

// A figure ending in at least this unit of zeros, with at least this many
// of its units (three significant digits), is taken as rounded: "337,000",
// "1.79 million"; not "1,000" or "5,000", whose rounding would swallow a
// real rise.
constexpr double kRoundedUnit = 1000;
constexpr double kRoundedDigits = 100;
// A figure of at least this many, to its last unit ("1,684"), is counted,
// not estimated.
constexpr double kCountedDigits = 100;
// The finest unit news rounds a count to: "1,300" may be 1,304 rounded,
// "290" is no 292.
constexpr double kLeastRoundingUnit = 100;

std::string Number(double value) {
  if (std::isinf(value)) return value > 0 ? "infinity" : "-infinity";
  const double magnitude = std::fabs(value);
  for (const auto& [scale, word] :
       {std::pair<double, const char*>{1e12, "trillion"},
        {1e9, "billion"},
        {1e6, "million"}}) {
    if (magnitude >= scale) {
      return absl::StrCat(absl::StrFormat("%g", value / scale), " ", word);
    }
  }
  if (value == std::floor(value) && magnitude < 1e15) {
    return absl::StrFormat("%.0f", value);
  }
  return absl::StrFormat("%g", value);
}

// The number with its unit: "12%", "$40 million", "17 km", "65".
std::string WithUnit(double value, const factcheck::v1::Quantity& quantity) {
  const std::string number = Number(value);
  switch (quantity.unit_kind()) {
    case factcheck::v1::UNIT_KIND_PERCENT:
      return absl::StrCat(number, "%");
    case factcheck::v1::UNIT_KIND_CURRENCY:
      return quantity.unit() == "USD"
                 ? absl::StrCat("$", number)
                 : absl::StrCat(number, " ", quantity.unit());
    case factcheck::v1::UNIT_KIND_PHYSICAL:
      return absl::StrCat(number, " ", quantity.unit());
    default:
      return number;
  }
}

// One figure given as it is: "337,000", not "at least 65" nor "40-50".
bool IsExactFigure(const factcheck::v1::Quantity& quantity) {
  return quantity.qualifier() == factcheck::v1::QUALIFIER_EXACT &&
         quantity.lower() == quantity.upper();
}

}  // namespace

bool IsLevel(const factcheck::v1::Quantity& quantity) {
  return quantity.change() == factcheck::v1::CHANGE_NONE ||
         quantity.change() == factcheck::v1::CHANGE_UNSPECIFIED;
}

bool GivesOnlyAMagnitude(const factcheck::v1::Quantity& quantity) {
  return quantity.qualifier() == factcheck::v1::QUALIFIER_VAGUE;
}

Interval IntervalOf(const factcheck::v1::Quantity& quantity) {
  // "nearly 6.5 million" and "6.5 million" agree: a figure another report
  // rounds is no conflict, so an approximation holds its own value.
  const bool approximate =
      quantity.qualifier() == factcheck::v1::QUALIFIER_APPROXIMATELY;
  // "Moldova has registered 337,000" is 337,315 rounded to its thousands:
  // a figure of three or more significant digits ending in zeros covers
  // what rounds to it.
  if (IsExactFigure(quantity)) {
    const double value = quantity.lower();
    const double unit = extract::SignificantUnit(value);
    if (unit >= kRoundedUnit && value >= unit * kRoundedDigits) {
      return {value - unit / 2, value + unit / 2, true, false};
    }
  }
  // "as many as 66,000", "up to 10,000": news gives a ceiling it expects
  // to be near, not any figure below it; "as many as 66,000" is no
  // agreement with an earlier 42,638. A figure given to its last unit
  // ("As many as 1,684 … were located in Al Haouz") is a count, stressed:
  // no estimate is that precise.
  if (quantity.qualifier() == factcheck::v1::QUALIFIER_AT_MOST &&
      std::isinf(quantity.lower()) && quantity.upper() > 0) {
    const double value = quantity.upper();
    if (value >= kCountedDigits && extract::SignificantUnit(value) == 1) {
      return {value, value, true, true};
    }
    return {value * (1 - kRiseTolerance), value, true,
            quantity.upper_inclusive()};
  }
  return {quantity.lower(), quantity.upper(),
          quantity.lower_inclusive() || approximate,
          quantity.upper_inclusive() || approximate};
}

bool RoundsTo(const factcheck::v1::Quantity& precise,
              const factcheck::v1::Quantity& rounded) {
  if (!IsExactFigure(precise) || !IsExactFigure(rounded) ||
      precise.lower() <= 0 || rounded.lower() <= 0) {
    return false;
  }
  double unit = extract::SignificantUnit(rounded.lower());
  // "10,000" is ten thousands, rounded to two figures: 5,209 is not it
  // rounded (9,600 is).
  if (rounded.lower() == unit) unit /= 10;
  // "290" of the dead is a count to its tens, not 292 rounded: news rounds
  // to hundreds or coarser.
  if (unit < kLeastRoundingUnit) return false;
  return extract::SignificantUnit(precise.lower()) < unit &&
         std::round(precise.lower() / unit) * unit == rounded.lower();
}

bool NamesTheFloor(const factcheck::v1::Quantity& exact,
                   const factcheck::v1::Quantity& floor) {
  return IsExactFigure(exact) &&
         floor.qualifier() == factcheck::v1::QUALIFIER_MORE_THAN &&
         floor.lower() == exact.lower();
}

bool RestatesAsAFloor(const factcheck::v1::Quantity& round,
                      const factcheck::v1::Quantity& floor) {
  return NamesTheFloor(round, floor) &&
         extract::SignificantUnit(round.lower()) >= kLeastRoundingUnit;
}

bool EstimatesOfDifferentFigures(const factcheck::v1::Quantity& a,
                                 const factcheck::v1::Quantity& b) {
  if (a.qualifier() != factcheck::v1::QUALIFIER_APPROXIMATELY ||
      b.qualifier() != factcheck::v1::QUALIFIER_APPROXIMATELY ||
      !a.has_value() || !b.has_value() || a.value() <= 0 || b.value() <= 0) {
    return false;
  }
  const double unit = std::max(extract::SignificantUnit(a.value()),
                               extract::SignificantUnit(b.value()));
  return std::round(a.value() / unit) != std::round(b.value() / unit);
}

Interval FigureOf(const factcheck::v1::Quantity& estimate) {
  return {estimate.value(), estimate.value(), true, true};
}

bool Overlap(const Interval& a, const Interval& b) {
  const double low = std::max(a.lower, b.lower);
  const double high = std::min(a.upper, b.upper);
  if (low < high) return true;
  if (low > high) return false;
  // One shared end point: it must be in both.
  const bool in_a = (low > a.lower || a.lower_inclusive) &&
                    (low < a.upper || a.upper_inclusive);
  const bool in_b = (low > b.lower || b.lower_inclusive) &&
                    (low < b.upper || b.upper_inclusive);
  return in_a && in_b;
}

bool Above(const Interval& a, const Interval& b) {
  return a.lower > b.upper ||
         (a.lower == b.upper && !(a.lower_inclusive && b.upper_inclusive));
}

double FloorReach(double floor) {
  return floor + extract::SignificantUnit(floor);
}

bool RoseAbove(const Interval& a, const Interval& b) {
  return Above(a, b) ||
         (std::isinf(b.upper) && (a.lower >= FloorReach(b.lower) ||
                                  a.lower > b.lower * (1 + kRiseTolerance)));
}

bool FellBelow(const Interval& a, const Interval& b) {
  return Above(b, a) || (std::isinf(a.upper) && FloorReach(a.lower) <= b.lower);
}

bool SameUnit(const factcheck::v1::Quantity& a,
              const factcheck::v1::Quantity& b) {
  return a.unit_kind() == b.unit_kind() && a.unit() == b.unit();
}

std::string Describe(const factcheck::v1::Quantity& quantity) {
  const double value = quantity.has_value() ? quantity.value() : 0;
  switch (quantity.qualifier()) {
    case factcheck::v1::QUALIFIER_AT_LEAST:
      return absl::StrCat("at least ", WithUnit(value, quantity));
    case factcheck::v1::QUALIFIER_MORE_THAN:
      return absl::StrCat("more than ", WithUnit(value, quantity));
    case factcheck::v1::QUALIFIER_AT_MOST:
      return absl::StrCat("up to ", WithUnit(value, quantity));
    case factcheck::v1::QUALIFIER_LESS_THAN:
      return absl::StrCat("fewer than ", WithUnit(value, quantity));
    case factcheck::v1::QUALIFIER_APPROXIMATELY:
      return absl::StrCat(quantity.upper_inclusive() ? "about " : "nearly ",
                          WithUnit(value, quantity));
    case factcheck::v1::QUALIFIER_RANGE:
      return absl::StrCat("between ", WithUnit(quantity.lower(), quantity),
                          " and ", WithUnit(quantity.upper(), quantity));
    case factcheck::v1::QUALIFIER_VAGUE: {
      absl::string_view words = quantity.text();
      absl::ConsumeSuffix(&words, " of");
      return absl::StrCat(words, " (", Number(quantity.lower()), "-",
                          Number(quantity.upper()), ")");
    }
    default:
      return WithUnit(value, quantity);
  }
}

}  // namespace factcheck::verify
