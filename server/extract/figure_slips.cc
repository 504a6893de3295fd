#include "server/extract/figure_slips.h"

#include "absl/strings/ascii.h"

namespace factcheck::extract {

bool GroupsThousandsWithCommas(absl::string_view text) {
  for (size_t comma = text.find(','); comma != absl::string_view::npos;
       comma = text.find(',', comma + 1)) {
    const auto digit = [&text](size_t i) {
      return i < text.size() && absl::ascii_isdigit(text[i]);
    };
    if (comma > 0 && digit(comma - 1) && digit(comma + 1) && digit(comma + 2) &&
        digit(comma + 3) && !digit(comma + 4)) {
      return true;
    }
  }
  return false;
}

bool WrittenAsASlip(absl::string_view text, const Quantity& quantity) {
  const auto digit = [&text](size_t i) {
    return i < text.size() && absl::ascii_isdigit(text[i]);
  };
  const auto comma = [&text](size_t i) {
    return i < text.size() && text[i] == ',';
  };
  for (size_t i = quantity.span.begin; i < quantity.span.end; ++i) {
    // Not a group of three digits, nor India's two before another group
    // ("1,00,000").
    if (comma(i) && i > 0 && digit(i - 1) && digit(i + 1) &&
        !(digit(i + 2) && digit(i + 3) && !digit(i + 4)) &&
        !(digit(i + 2) && comma(i + 3))) {
      return true;
    }
  }
  const size_t begin = quantity.span.begin;
  const size_t end = quantity.span.end;
  return (comma(end) && end > 0 && digit(end - 1) && digit(end + 1)) ||
         (begin >= 2 && comma(begin - 1) && digit(begin - 2) && digit(begin));
}

}  // namespace factcheck::extract
