// Maps factcheck's number and quantity mentions to the shape of
// Recognizers-Text's spec results, one function per spec model.
//
// Conventions translated (not judged) here:
// - Recognizers-Text writes a span range ("between 20 and 30", "20-30",
//   "from 20 to 30") as [20,30); factcheck keeps the upper end the text
//   names, [20,30]. Span ranges are printed half-open for comparison.
// - Units are compared through a table from the specs' unit names to
//   factcheck's codes (ISO 4217 for money, symbols for physical units).
#ifndef FACTCHECK_TESTS_EXTRACT_CONFORMANCE_ADAPTERS_H_
#define FACTCHECK_TESTS_EXTRACT_CONFORMANCE_ADAPTERS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

// One mention as the specs write it.
struct Found {
  std::string text;  // lower-cased
  std::string type;
  std::string value;  // "65", "12%", "(20,35]", "end-1"
  std::string unit;   // spec unit name, or factcheck's unit code
  std::string iso_currency;
};

std::vector<Found> RecogniseNumbers(absl::string_view input);
std::vector<Found> RecogniseOrdinals(absl::string_view input);
std::vector<Found> RecognisePercentages(absl::string_view input);
std::vector<Found> RecogniseRanges(absl::string_view input);
std::vector<Found> RecogniseCurrencies(absl::string_view input);
std::vector<Found> RecogniseDimensions(absl::string_view input);

// Whether factcheck's unit code (found.unit) is the spec's unit
// (expected.unit, expected.iso_currency).
bool UnitMatches(const Found& expected, const Found& found);

}  // namespace factcheck::extract

#endif  // FACTCHECK_TESTS_EXTRACT_CONFORMANCE_ADAPTERS_H_
