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
  Attributions attributions = FindAttributions(
      text, tokens, extraction.sentences, FindQuotes(text, tokens));
  extraction.attributions = std::move(attributions.claims);
  extraction.entities = std::move(attributions.entities);
  // "…thousands of rockets…," Biden told reporters: the figure is Biden's.
  for (NumericClaim& claim : extraction.numeric_claims) {
    if (!claim.source.empty()) continue;
    for (const Attribution& attribution : extraction.attributions) {
      const bool quoted = attribution.kind == AttributionKind::kDirect ||
                          attribution.kind == AttributionKind::kMixed;
      if (quoted && attribution.content_span.begin <= claim.span.begin &&
          claim.span.end <= attribution.content_span.end) {
        claim.source = extraction.entities[attribution.speaker].name;
        break;
      }
    }
  }
  return extraction;
}

}  // namespace factcheck::extract
