#include "unicode/utf16_offsets.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck::unicode {
namespace {

// UTF-16 code units of text[0, offset), counted the slow way.
uint32_t Reference(const std::string& text, size_t offset) {
  uint32_t units = 0;
  for (size_t i = 0; i < offset; ++i) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) units += (byte & 0xF8) == 0xF0 ? 2 : 1;
  }
  return units;
}

TEST(Utf16OffsetsTest, AsciiOffsetsAreTheirOwn) {
  const std::string text = "At least 65 people were killed.";
  const Utf16Offsets offsets(text);
  EXPECT_EQ(offsets.At(0), 0u);
  EXPECT_EQ(offsets.At(9), 9u);
  EXPECT_EQ(offsets.At(static_cast<uint32_t>(text.size())), text.size());
}

TEST(Utf16OffsetsTest, AccentsCountOneUnitAndEmojiTwo) {
  // "Zürich 😀 said": ü is 2 bytes, 1 unit; 😀 is 4 bytes, 2 units.
  const std::string text = "Z\xC3\xBCrich \xF0\x9F\x98\x80 said";
  const Utf16Offsets offsets(text);
  EXPECT_EQ(offsets.At(3), 2u);    // after "Zü"
  EXPECT_EQ(offsets.At(8), 7u);    // before the emoji
  EXPECT_EQ(offsets.At(12), 9u);   // after it
  EXPECT_EQ(offsets.At(17), 14u);  // the end: "Zürich 😀 said" is 14 units
  EXPECT_EQ(offsets.At(1000), 14u) << "past the end clamps to the end";
}

TEST(Utf16OffsetsTest, EveryOffsetOfALongMixedTextMatchesACount) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += i % 3 == 0   ? "caf\xC3\xA9 "
            : i % 3 == 1 ? "\xE2\x80\x94 "
                         : "\xF0\x9F\x8C\x8D x ";
  }
  const Utf16Offsets offsets(text);
  for (size_t offset = 0; offset <= text.size(); ++offset) {
    ASSERT_EQ(offsets.At(static_cast<uint32_t>(offset)),
              Reference(text, offset))
        << "at byte " << offset;
  }
}

}  // namespace
}  // namespace factcheck::unicode
