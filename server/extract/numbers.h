// Number mentions in English news text: digits ("1,204", "3.5", "2.5bn",
// "1.3e6"), words ("sixty-five", "one hundred and twelve", "a dozen",
// "two thirds", "five and a half million"), mixtures ("3 hundred and 21"),
// fractions ("3/4", "½", "one in five"), ordinals ("21st", "twenty-first") and
// relative ordinals ("next", "penultimate").
//
// Every mention gets a role: whether it is a quantity or a date, year, time,
// phone number or code that must never be read as one.
#ifndef FACTCHECK_SERVER_EXTRACT_NUMBERS_H_
#define FACTCHECK_SERVER_EXTRACT_NUMBERS_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// One unit of a figure's last significant digit: 100 for 300, 1,000 for
// 422,000, 1 for 1,693, 100,000 for 3.2 million; 1 for a figure below 1 or
// with a fraction. How precisely a figure is given: "more than 422,000"
// says less than 423,000, "about 1,693" little beside 1,693.
double SignificantUnit(double value);

// Whether `word` (any case) is a cardinal number word that can start a
// count: "five", "Twenty", "hundred", "dozen".
bool IsCardinalWord(absl::string_view word);

enum class NumberForm : uint8_t {
  // 65, "sixty-five", 2.5bn.
  kCardinal,
  // 3/4, "two thirds", "a half": value is the fraction.
  kFraction,
  // "21st", "twenty-first": value is the rank.
  kOrdinal,
  // "next", "last", "penultimate": see relative_base and relative_offset.
  kRelativeOrdinal,
};

enum class NumberRole : uint8_t {
  // Could be a quantity; whether it is a claim is decided later.
  kQuantity,
  // "the 2014 war", "in 2021".
  kYear,
  // "May 12", "12/05", "2021-05-12", "the 1990s".
  kDate,
  // "10:30", "9pm".
  kTime,
  // "+1-222-2222", "555-0143".
  kPhone,
  // Labels and identifiers: "SCP-173", "COVID-19", "page 12", "192.168.1.2",
  // "version 2".
  kCode,
  // A rank or position ("first", "21st", "next"): not a quantity.
  kRank,
};

enum class RelativeBase : uint8_t { kNone, kCurrent, kEnd };

struct NumberMention {
  // The number's own words, sign and multiplier included ("-4/5", "2.5bn",
  // "half a million"); not its unit.
  Span span;
  double value = 0;
  NumberForm form = NumberForm::kCardinal;
  NumberRole role = NumberRole::kQuantity;
  // Written at least partly in words.
  bool in_words = false;
  // Letters glued to the digits that are not part of the number: the "ml" of
  // "180ml", the "km" of "29km". Empty (begin == end) when none.
  Span glued_suffix;
  // A word glued before the digits ("USD" in "USD115", "MH" in "MH17"):
  // why the number reads as a code, unless the word is a currency.
  Span glued_prefix;
  // The multiplier written with the number: 1e6 for "2.5 million" and "$40m",
  // 1 when none. Lets "$5-10 million" scale its 5.
  double scale = 1;
  // Relative ordinals only: "next" is kCurrent +1, "penultimate" kEnd -1.
  RelativeBase relative_base = RelativeBase::kNone;
  int8_t relative_offset = 0;
  // The tokens [first_token, end_token) the mention covers.
  uint32_t first_token = 0;
  uint32_t end_token = 0;
};

// Every number mention of `text` (tokenised as `tokens`), in order and
// non-overlapping.
std::vector<NumberMention> FindNumbers(absl::string_view text,
                                       const std::vector<Token>& tokens);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_NUMBERS_H_
