#include "unicode/utf8.h"

namespace factcheck::unicode {
namespace {

// The length of the well-formed UTF-8 sequence at text[i], or 0.
size_t Utf8SequenceLength(absl::string_view text, size_t i) {
  const auto byte = [&](size_t k) {
    return static_cast<unsigned char>(text[i + k]);
  };
  const auto continuation = [&](size_t k) {
    return i + k < text.size() && (byte(k) & 0xC0) == 0x80;
  };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!continuation(1) || !continuation(2)) return 0;
    if (lead == 0xE0 && byte(1) < 0xA0) return 0;  // overlong
    if (lead == 0xED && byte(1) > 0x9F) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
    if (lead == 0xF0 && byte(1) < 0x90) return 0;  // overlong
    if (lead == 0xF4 && byte(1) > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<size_t> FirstInvalidUtf8Byte(absl::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

std::string WithoutLatinAccents(absl::string_view text) {
  // The ASCII letter of each code point from U+00C0 to U+00FF, or 0.
  static constexpr char kLatin1Base[] =
      "AAAAAAACEEEEIIII\0NOOOOO\0OUUUUY\0\0aaaaaaaceeeeiiii\0nooooo\0ouuuuy\0y";
  // The ASCII letter of each code point from U+0100 to U+017F (Latin
  // Extended-A: "ş", "ğ", "ı", "ł", "ř"), or 0 for those of no one base
  // ("ĳ", "ŋ", "œ").
  static constexpr char kExtendedABase[] =
      "AaAaAaCcCcCcCcDd"
      "DdEeEeEeEeEeGgGg"
      "GgGgHhHhIiIiIiIi"
      "Ii\0\0JjKk\0LlLlLlL"
      "lLlNnNnNn\0\0\0OoOo"
      "Oo\0\0RrRrRrSsSsSs"
      "SsTtTtTtUuUuUuUu"
      "UuUuWwYyYZzZzZzs";
  static_assert(sizeof(kExtendedABase) == 0x80 + 1, "one letter a code point");
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char lead = text[i];
    if (lead >= 0xC3 && lead <= 0xC5 && i + 1 < text.size()) {
      const unsigned char trail = text[i + 1];
      char base = 0;
      if (trail >= 0x80 && trail <= 0xBF) {
        base = lead == 0xC3
                   ? kLatin1Base[trail - 0x80]
                   : kExtendedABase[(lead - 0xC4) * 0x40 + trail - 0x80];
      }
      if (base != 0) {
        out.push_back(base);
        ++i;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

absl::string_view WithoutLatinAccents(absl::string_view text,
                                      std::string* storage) {
  if (text.find_first_of("\xC3\xC4\xC5") == absl::string_view::npos) {
    return text;
  }
  *storage = WithoutLatinAccents(text);
  return *storage;
}

}  // namespace factcheck::unicode
