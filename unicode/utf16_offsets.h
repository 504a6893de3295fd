// UTF-16 offsets for the UTF-8 byte offsets of one text: what JavaScript and
// Java index strings by, so that a dashboard can slice the text a span points
// into without re-encoding it. Every Span the API returns carries both.
#ifndef FACTCHECK_UNICODE_UTF16_OFFSETS_H_
#define FACTCHECK_UNICODE_UTF16_OFFSETS_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck::unicode {

class Utf16Offsets {
 public:
  // Reads `text` once (well-formed UTF-8, as every accepted text is); keeps a
  // view of it, which must outlive this object.
  explicit Utf16Offsets(absl::string_view text);

  // The UTF-16 code units before byte `offset` (clamped to the text's end):
  // one per character, two for a character beyond U+FFFF. Constant time: at
  // most kStride bytes are counted from the nearest checkpoint.
  uint32_t At(uint32_t offset) const;

 private:
  static constexpr uint32_t kStride = 64;

  absl::string_view text_;
  // Pure ASCII: every offset is its own UTF-16 offset.
  bool ascii_ = true;
  // The UTF-16 offset at every kStride-th byte.
  std::vector<uint32_t> checkpoints_;
};

}  // namespace factcheck::unicode

#endif  // FACTCHECK_UNICODE_UTF16_OFFSETS_H_
