// Sentences of news text: where the claims' windows end. A sentence ends at
// ".", "!" or "?" (after any closing quote or bracket) before white space and
// a capital, digit or quote, and at every line break; not after common
// abbreviations ("Mr.", "U.S.", "Jan.") or initials.
#ifndef FACTCHECK_SERVER_EXTRACT_SENTENCES_H_
#define FACTCHECK_SERVER_EXTRACT_SENTENCES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::extract {

struct Sentence {
  Span span;
  // Tokens [first_token, end_token).
  size_t first_token = 0;
  size_t end_token = 0;
};

// Whether `word`, written before a period, is a common abbreviation the
// period does not end a sentence after: a title ("Lt", "Gen", "Dr"), a
// month ("Jan"), "Inc", "No" (any case).
bool IsAbbreviation(absl::string_view word);

// The sentences covering every token, in order.
std::vector<Sentence> SplitSentences(absl::string_view text,
                                     const std::vector<Token>& tokens);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_SENTENCES_H_
