// Well-formed UTF-8, as the API requires of every string and the CLI checks
// before sending a document.
#ifndef FACTCHECK_UNICODE_UTF8_H_
#define FACTCHECK_UNICODE_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace factcheck::unicode {

// The byte offset of the first byte of `text` that is not part of a
// well-formed UTF-8 sequence (overlong forms, surrogates and code points above
// U+10FFFF are ill-formed), or nullopt when all of it is well-formed.
std::optional<size_t> FirstInvalidUtf8Byte(absl::string_view text);

// `text` with the accents of its Latin-1 and Latin Extended-A letters
// dropped ("Río" is "Rio", "Kahramanmaraş" "Kahramanmaras", "Erdoğan"
// "Erdogan", "Łódź" "Lodz"): two spellings of one name compare equal.
// Letters of no single base ("œ", "ĳ") and other bytes are kept as they
// are.
std::string WithoutLatinAccents(absl::string_view text);

// The same, copied into `storage` only when `text` holds an accented
// letter's lead byte (most names hold none: one scan tells): a view of
// `text` or of `storage`.
absl::string_view WithoutLatinAccents(absl::string_view text,
                                      std::string* storage);

}  // namespace factcheck::unicode

#endif  // FACTCHECK_UNICODE_UTF8_H_
