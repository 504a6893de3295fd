// Fuzzes the number recogniser and the quantities built on it with any bytes:
// mentions in order, inside the text and not overlapping; no quantity
// without a finite value reaches a claim (extractor.h drops them).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/numbers.h"
#include "server/extract/quantities.h"
#include "server/extract/text.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck::extract;
  using factcheck::fuzz::Check;
  using factcheck::fuzz::CheckSpan;
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<NumberMention> numbers = FindNumbers(text, tokens);
  uint32_t previous_end = 0;
  for (const NumberMention& number : numbers) {
    CheckSpan(text, number.span, "number span outside the text");
    Check(number.span.begin >= previous_end, "number mentions overlap");
    Check(number.first_token <= number.end_token &&
              number.end_token <= tokens.size(),
          "number tokens outside the text");
    previous_end = number.span.end;
  }
  for (const Quantity& quantity : FindQuantities(text, tokens, numbers)) {
    CheckSpan(text, quantity.span, "quantity span outside the text");
    CheckSpan(text, quantity.number_span, "number span outside the text");
    CheckSpan(text, quantity.qualifier_span, "qualifier outside the text");
    CheckSpan(text, quantity.unit_span, "unit outside the text");
    Check(!(quantity.lower > quantity.upper), "quantity bounds reversed");
  }
  return 0;
}
