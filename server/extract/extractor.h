// Text in, claims out: the one entry point of server/extract. A single pass
// tokenises the text; numbers, quantities, sentences, quotations, numeric
// and attributed claims are built on those tokens.
//
// Thread-safe and allocation-light: the lexicons are built once per process
// and shared; each call allocates in proportion to its text.
#ifndef FACTCHECK_SERVER_EXTRACT_EXTRACTOR_H_
#define FACTCHECK_SERVER_EXTRACT_EXTRACTOR_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/attributions.h"
#include "server/extract/numeric_claims.h"
#include "server/extract/quantities.h"
#include "server/extract/sentences.h"

namespace factcheck::extract {

struct Extraction {
  // Every quantity mention, claim or not, in order.
  std::vector<Quantity> quantities;
  // The numeric claims, in order. A number inside a quotation has the
  // quotation's speaker as source.
  std::vector<NumericClaim> numeric_claims;
  // The attributed claims, in order, and the entities they and the text name.
  std::vector<Attribution> attributions;
  std::vector<Entity> entities;
  std::vector<Sentence> sentences;
};

// Everything server/extract reads from `text`, which must be valid UTF-8
// (callers validate untrusted input first; malformed bytes are skipped).
Extraction Extract(absl::string_view text);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_EXTRACTOR_H_
