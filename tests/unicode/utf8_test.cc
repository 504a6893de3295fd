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

TEST(Utf8Test, AccentedLatinLettersCompareAsTheirBaseLetters) {
  EXPECT_EQ(WithoutLatinAccents("R\xC3\xADo"), "Rio");
  EXPECT_EQ(WithoutLatinAccents("Kahramanmara\xC5\x9F"), "Kahramanmaras");
  EXPECT_EQ(WithoutLatinAccents("\xC5\x9E"
                                "anl\xC4\xB1urfa"),
            "Sanliurfa");
  EXPECT_EQ(WithoutLatinAccents("Erdo\xC4\x9F"
                                "an"),
            "Erdogan");
  EXPECT_EQ(WithoutLatinAccents("\xC4\xB0stanbul"), "Istanbul");
  EXPECT_EQ(WithoutLatinAccents("\xC5\x81\xC3\xB3"
                                "d\xC5\xBA"),
            "Lodz");
  // A ligature has no one base letter; other scripts are kept.
  EXPECT_EQ(WithoutLatinAccents("\xC5\x93uvre"), "\xC5\x93uvre");
  EXPECT_EQ(WithoutLatinAccents("\xD7\x90 Gaza"), "\xD7\x90 Gaza");
}

}  // namespace
}  // namespace factcheck::unicode
