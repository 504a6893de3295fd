#include "server/extract/extractor.h"

#include "server/extract/numbers.h"
#include "server/extract/text.h"

namespace factcheck::extract {

Extraction Extract(absl::string_view text) {
  Extraction extraction;
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<NumberMention> numbers = FindNumbers(text, tokens);
  extraction.quantities = FindQuantities(text, tokens, numbers);
  extraction.sentences = SplitSentences(text, tokens);
  extraction.numeric_claims = FindNumericClaims(
      text, tokens, extraction.sentences, extraction.quantities);
  return extraction;
}

}  // namespace factcheck::extract
