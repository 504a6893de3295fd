#include "unicode/characters.h"

namespace factcheck::unicode {

size_t SequenceLength(absl::string_view text, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(text[i]);
  size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  return length;
}

WideKind ClassifyWide(absl::string_view text, size_t i, size_t length) {
  const unsigned char b0 = static_cast<unsigned char>(text[i]);
  const unsigned char b1 =
      length > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
  const unsigned char b2 =
      length > 2 ? static_cast<unsigned char>(text[i + 2]) : 0;
  if (length == 2 && b0 == 0xC2) {
    if (b1 == 0xA0) return WideKind::kSpace;  // no-break space
    // ¢ £ ¤ ¥ § « ° ± ² ³ ´ · ¹ » ¼ ½ ¾ ¿ and the rest of Latin-1's symbols.
    return WideKind::kSymbol;
  }
  if (length == 2 && b0 == 0xC3 && (b1 == 0x97 || b1 == 0xB7)) {
    return WideKind::kSymbol;  // × ÷
  }
  if (length == 3 && b0 == 0xE2) {
    if (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) return WideKind::kSpace;
    if (b1 == 0x81 && b2 == 0x9F) return WideKind::kSpace;
    // – — ‘ ’ “ ” … ′
    if (b1 >= 0x80 && b1 <= 0x81) return WideKind::kSymbol;
    if (b1 == 0x82) return WideKind::kSymbol;  // ₀-₉, € ₹ ₽ ₿ …
    // ⅓ ⅔ ⅛ …, arrows
    if (b1 == 0x85 || b1 == 0x86) return WideKind::kSymbol;
    if (b1 >= 0x88 && b1 <= 0x89) return WideKind::kSymbol;  // − ≤ ≥ ≈ …
  }
  if (length == 3 && b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) {
    return WideKind::kSpace;  // ideographic space
  }
  return WideKind::kLetter;
}

}  // namespace factcheck::unicode
