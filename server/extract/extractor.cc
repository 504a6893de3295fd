#include "server/extract/extractor.h"

#include <algorithm>
#include <cmath>

#include "server/extract/changes.h"
#include "server/extract/numbers.h"
#include "server/extract/text.h"

namespace factcheck::extract {

Extraction Extract(absl::string_view text) {
  Extraction extraction;
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<NumberMention> numbers = FindNumbers(text, tokens);
  extraction.quantities = FindQuantities(text, tokens, numbers);
  // A figure too large for a double is no quantity ("1e300 million").
  extraction.quantities.erase(
      std::remove_if(extraction.quantities.begin(), extraction.quantities.end(),
                     [](const Quantity& q) {
                       return (q.value && !std::isfinite(*q.value)) ||
                              std::isnan(q.lower) || std::isnan(q.upper) ||
                              q.lower == HUGE_VAL || q.upper == -HUGE_VAL;
                     }),
      extraction.quantities.end());
  MarkChanges(text, tokens, &extraction.quantities);
  extraction.sentences = SplitSentences(text, tokens);
  extraction.numeric_claims = FindNumericClaims(
      text, tokens, extraction.sentences, extraction.quantities);
  Attributions attributions = FindAttributions(
      text, tokens, extraction.sentences, FindQuotes(text, tokens));
  extraction.attributions = std::move(attributions.claims);
  extraction.entities = std::move(attributions.entities);
  // "…thousands of rockets…," Biden told reporters: the figure is Biden's.
  // Quotations do not overlap and both lists are in text order: one sweep.
  std::vector<const Attribution*> quoted;
  for (const Attribution& attribution : extraction.attributions) {
    if (attribution.kind == AttributionKind::kDirect ||
        attribution.kind == AttributionKind::kMixed) {
      quoted.push_back(&attribution);
    }
  }
  size_t q = 0;
  for (NumericClaim& claim : extraction.numeric_claims) {
    while (q < quoted.size() && quoted[q]->content_span.end < claim.span.end) {
      ++q;
    }
    if (q < quoted.size() && claim.source.empty() &&
        quoted[q]->content_span.begin <= claim.span.begin) {
      claim.source = std::string(SpeakerName(*quoted[q], extraction.entities));
    }
  }
  // Bounded output whatever the text (extractor.h).
  if (extraction.numeric_claims.size() > kMaxClaimsPerKind) {
    extraction.numeric_claims.resize(kMaxClaimsPerKind);
  }
  if (extraction.attributions.size() > kMaxClaimsPerKind) {
    extraction.attributions.resize(kMaxClaimsPerKind);
  }
  if (extraction.quantities.size() > kMaxQuantities) {
    extraction.quantities.resize(kMaxQuantities);
  }
  return extraction;
}

}  // namespace factcheck::extract
