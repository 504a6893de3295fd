#include "tests/extract/conformance_adapters.h"

#include <cmath>
#include <map>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "server/extract/numbers.h"
#include "server/extract/quantities.h"
#include "server/extract/text.h"

namespace factcheck::extract {
namespace {

std::string Number(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return absl::StrFormat("%.0f", value);
  }
  return absl::StrFormat("%.15g", value);
}

std::string Lower(absl::string_view input, Span span) {
  return absl::AsciiStrToLower(TextOf(input, span));
}

struct Parsed {
  std::vector<Token> tokens;
  std::vector<NumberMention> numbers;
  std::vector<Quantity> quantities;
};

Parsed Parse(absl::string_view input) {
  Parsed parsed;
  parsed.tokens = Tokenize(input);
  parsed.numbers = FindNumbers(input, parsed.tokens);
  parsed.quantities = FindQuantities(input, parsed.tokens, parsed.numbers);
  return parsed;
}

std::vector<Found> QuantitiesOf(absl::string_view input, UnitKind kind) {
  std::vector<Found> found;
  for (const Quantity& q : Parse(input).quantities) {
    if (q.unit_kind != kind) continue;
    // The specs write a unit named without a number as value "null" (only
    // percentages are kept so; see AddUnquantifiedShares).
    if (!q.value && q.qualifier == Qualifier::kVague) {
      found.push_back(
          {Lower(input, q.span), "", "null", std::string(q.unit), ""});
      continue;
    }
    if (!q.value) continue;
    Span core = q.number_span;
    if (q.unit_span.end != 0) {
      core.begin = std::min(core.begin, q.unit_span.begin);
      core.end = std::max(core.end, q.unit_span.end);
    }
    Found f;
    f.text = Lower(input, core);
    f.value =
        kind == UnitKind::kPercent ? Number(*q.value) + "%" : Number(*q.value);
    f.unit = std::string(q.unit);
    found.push_back(f);
  }
  return found;
}

}  // namespace

std::vector<Found> RecogniseNumbers(absl::string_view input) {
  std::vector<Found> found;
  for (const NumberMention& n : Parse(input).numbers) {
    if (n.form != NumberForm::kCardinal && n.form != NumberForm::kFraction) {
      continue;
    }
    // A number fused with a unit ("180ml") is a measurement, not a number.
    if (n.glued_suffix.end != 0) continue;
    found.push_back({Lower(input, n.span), "number", Number(n.value), "", ""});
  }
  return found;
}

std::vector<Found> RecogniseOrdinals(absl::string_view input) {
  std::vector<Found> found;
  for (const NumberMention& n : Parse(input).numbers) {
    if (n.form == NumberForm::kOrdinal) {
      found.push_back(
          {Lower(input, n.span), "ordinal", Number(n.value), "", ""});
    } else if (n.form == NumberForm::kRelativeOrdinal) {
      const std::string base =
          n.relative_base == RelativeBase::kEnd ? "end" : "current";
      found.push_back({Lower(input, n.span), "ordinal.relative",
                       absl::StrCat(base, n.relative_offset >= 0 ? "+" : "",
                                    n.relative_offset),
                       "", ""});
    }
  }
  return found;
}

std::vector<Found> RecognisePercentages(absl::string_view input) {
  return QuantitiesOf(input, UnitKind::kPercent);
}

std::vector<Found> RecogniseRanges(absl::string_view input) {
  std::vector<Found> found;
  for (const Quantity& q : Parse(input).quantities) {
    if (q.qualifier_span.end == 0 || q.qualifier == Qualifier::kApproximately ||
        q.qualifier == Qualifier::kVague) {
      continue;
    }
    Span span = q.span;
    if (q.unit_span.end != 0 && q.unit_span.end == span.end) {
      span.end = std::max(q.number_span.end, q.qualifier_span.end);
    }
    const bool upper_open = q.written_as_span || !q.upper_inclusive;
    auto bound = [](double v) {
      return std::isinf(v) ? std::string() : Number(v);
    };
    const std::string value = absl::StrCat(
        q.lower_inclusive && !std::isinf(q.lower) ? "[" : "(", bound(q.lower),
        ",", bound(q.upper), upper_open ? ")" : "]");
    found.push_back({Lower(input, span), "numberrange", value, "", ""});
  }
  for (const Quantity& q : Parse(input).quantities) {
    // Spans written without a qualifier word ("1000-5000", "20~100").
    if (q.qualifier == Qualifier::kRange && q.qualifier_span.end == 0) {
      found.push_back(
          {Lower(input, q.span), "numberrange",
           absl::StrCat("[", Number(q.lower), ",", Number(q.upper), ")"), "",
           ""});
    }
  }
  return found;
}

std::vector<Found> RecogniseCurrencies(absl::string_view input) {
  return QuantitiesOf(input, UnitKind::kCurrency);
}

std::vector<Found> RecogniseDimensions(absl::string_view input) {
  return QuantitiesOf(input, UnitKind::kPhysical);
}

bool UnitMatches(const Found& expected, const Found& found) {
  static const auto* const kCodes =
      new std::map<std::string, std::set<std::string>>{
          {"Dollar", {"USD", "CAD", "AUD", "NZD", "HKD", "SGD"}},
          {"Cent", {"cent"}},
          {"Pence", {"GBX"}},
          {"Penny", {"GBX"}},
          {"Pound", {"GBP", "lb"}},
          {"Franc", {"FRF", "CHF"}},
          {"Rupee", {"INR"}},
          {"Sen", {"sen"}},
          {"Satoshi", {"satoshi"}},
          {"Finnish markka", {"FIM"}},
          {"Netherlands guilder", {"NLG"}},
          {"Peseta", {"ESP"}},
          {"Bitcoin", {"BTC"}},
          {"Kilometer", {"km"}},
          {"Meter", {"m"}},
          {"Centimeter", {"cm"}},
          {"Millimeter", {"mm"}},
          {"Decimeter", {"dm"}},
          {"Picometer", {"pm"}},
          {"Mile", {"mi"}},
          {"Foot", {"ft"}},
          {"Inch", {"in"}},
          {"Yard", {"yd"}},
          {"Square kilometer", {"km2"}},
          {"Square meter", {"m2"}},
          {"Acre", {"acre"}},
          {"Hectare", {"ha"}},
          {"Liter", {"l"}},
          {"Milliliter", {"ml"}},
          {"Gallon", {"gal"}},
          {"Barrel", {"bbl"}},
          {"Cubic foot", {"ft3"}},
          {"Cubic meter", {"m3"}},
          {"Tablespoon", {"tbsp"}},
          {"Teaspoon", {"tsp"}},
          {"Cup", {"cup"}},
          {"Kilogram", {"kg"}},
          {"Gram", {"g"}},
          {"Milligram", {"mg"}},
          {"Metric ton", {"t"}},
          {"Ton", {"ton", "t"}},
          {"Ounce", {"oz"}},
          {"Dram", {"dram"}},
          {"Kilometer per hour", {"km/h"}},
          {"Mile per hour", {"mph"}},
          {"Knot", {"kn"}},
          {"Meter per second", {"m/s"}},
          {"Megabit", {"Mbit"}},
          {"Megabyte", {"MB"}},
          {"Gigabit", {"Gbit"}},
          {"Gigabyte", {"GB"}},
          {"Kilobit", {"kbit"}},
          {"Kilobyte", {"KB"}},
          {"Terabyte", {"TB"}},
          {"Bit", {"bit"}},
          {"Byte", {"byte"}},
      };
  if (!expected.iso_currency.empty()) {
    return found.unit == expected.iso_currency;
  }
  auto it = kCodes->find(expected.unit);
  if (it == kCodes->end()) return true;  // no opinion on units not mapped
  return it->second.count(found.unit) > 0;
}

}  // namespace factcheck::extract
