// Fuzzes quotations and attributed claims with any bytes: every span inside
// the text, every speaker a listed entity, reported contents no longer
// together than the text (the bound extractor.h promises).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/attributions.h"
#include "server/extract/quotes.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck::extract;
  using factcheck::fuzz::Check;
  using factcheck::fuzz::CheckSpan;
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  const std::vector<Quote> quotes = FindQuotes(text, tokens);
  for (const Quote& quote : quotes) {
    Check(quote.open_token <= quote.close_token &&
              quote.close_token <= tokens.size(),
          "quotation tokens outside the text");
  }
  const Attributions found = FindAttributions(text, tokens, sentences, quotes);
  for (const Entity& entity : found.entities) {
    Check(entity.name.size() <= kMaxNameBytes, "entity name over the bound");
  }
  for (const Attribution& claim : found.claims) {
    Check(claim.speaker < found.entities.size(), "speaker is no entity");
    CheckSpan(text, claim.speaker_span, "speaker span outside the text");
    CheckSpan(text, claim.cue_span, "cue span outside the text");
    CheckSpan(text, claim.content_span, "content outside the text");
    CheckSpan(text, claim.conduit_span, "conduit outside the text");
    for (Span span : claim.content_spans) {
      CheckSpan(text, span, "content piece outside the text");
    }
    for (Span span : claim.quoted_spans) {
      CheckSpan(text, span, "quoted piece outside the text");
    }
  }
  return 0;
}
