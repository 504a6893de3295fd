#include "server/verify/quote_rules.h"

#include "gtest/gtest.h"

namespace factcheck::verify {
namespace {

TEST(SameSpeakerTest, SurnameIsTheFullName) {
  EXPECT_TRUE(SameSpeaker("Blinken", "Antony Blinken"));
  EXPECT_TRUE(SameSpeaker("Antony Blinken", "blinken"));
}

TEST(SameSpeakerTest, CaseAndALeadingArticleDoNotMatter) {
  EXPECT_TRUE(SameSpeaker("the White House", "White House"));
  EXPECT_TRUE(SameSpeaker("THE WHITE HOUSE", "the white house"));
}

TEST(SameSpeakerTest, CurlyAndStraightApostrophesAreOneMark) {
  EXPECT_TRUE(
      SameSpeaker("NDMA\xE2\x80\x99s latest sit rep", "NDMA's latest sit rep"));
}

TEST(SameSpeakerTest, OtherNamesAreOtherSpeakers) {
  EXPECT_FALSE(SameSpeaker("Ken", "Antony Blinken"));
  EXPECT_FALSE(SameSpeaker("Donald Blinken", "Antony Blinken"));
  EXPECT_FALSE(SameSpeaker("Joe Biden", "Kamala Harris"));
  EXPECT_FALSE(SameSpeaker("", "Antony Blinken"));
}

}  // namespace
}  // namespace factcheck::verify
