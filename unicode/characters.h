// What a non-ASCII character is to a reader of words: a letter, a space or
// a symbol. The extractor's tokens and the quotation words the store
// indexes split text at the same characters.
#ifndef FACTCHECK_UNICODE_CHARACTERS_H_
#define FACTCHECK_UNICODE_CHARACTERS_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace factcheck::unicode {

// The length of the well-formed UTF-8 sequence at text[i] (lead byte and
// continuation bytes all present), or 0 when it is not one.
size_t SequenceLength(absl::string_view text, size_t i);

// Non-ASCII characters that separate words rather than belong to them:
// spaces (no-break, typographic, ideographic), typographic punctuation
// (dashes, curly quotes, ellipsis, guillemets), currency signs, vulgar
// fractions, superscripts, arrows and mathematical signs. Everything else
// non-ASCII counts as a letter.
enum class WideKind { kLetter, kSpace, kSymbol };

// The kind of the `length`-byte sequence at text[i] (SequenceLength's).
WideKind ClassifyWide(absl::string_view text, size_t i, size_t length);

}  // namespace factcheck::unicode

#endif  // FACTCHECK_UNICODE_CHARACTERS_H_
