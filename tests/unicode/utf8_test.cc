#include "unicode/utf8.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::unicode {
namespace {

using ::testing::Optional;

TEST(Utf8Test, WellFormedTextOfEveryLengthPasses) {
  EXPECT_EQ(FirstInvalidUtf8Byte("plain ASCII"), std::nullopt);
  EXPECT_EQ(FirstInvalidUtf8Byte("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D "
                                 "\xF0\x9F\x93\xB0"),
            std::nullopt);
  EXPECT_EQ(FirstInvalidUtf8Byte(""), std::nullopt);
}

TEST(Utf8Test, IllFormedSequencesAreFoundAtTheirFirstByte) {
  EXPECT_THAT(FirstInvalidUtf8Byte("ab\xFF"), Optional(2));
  EXPECT_THAT(FirstInvalidUtf8Byte("caf\xC3"), Optional(3));   // truncated
  EXPECT_THAT(FirstInvalidUtf8Byte("\xC0\xAF"), Optional(0));  // overlong /
  EXPECT_THAT(FirstInvalidUtf8Byte("x\xE0\x80\xAF"), Optional(1));  // overlong
  EXPECT_THAT(FirstInvalidUtf8Byte("\xED\xA0\x80"), Optional(0));   // surrogate
  EXPECT_THAT(FirstInvalidUtf8Byte("\xF4\x90\x80\x80"),
              Optional(0));                                // above U+10FFFF
  EXPECT_THAT(FirstInvalidUtf8Byte("\x80"), Optional(0));  // lone continuation
}

}  // namespace
}  // namespace factcheck::unicode
