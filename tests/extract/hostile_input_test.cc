// Hostile text costs linear time and yields a bounded output: runs of one
// character, one enormous sentence full of cues, overflowing numbers. Cost
// is compared between two sizes of the same input (ten times apart), so the
// test catches quadratic work without depending on the machine's speed, and
// with news text of the same size, so no input costs far more per byte than
// the copy the service is built for.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "tests/bench/news_text.h"

namespace factcheck::extract {
namespace {

// The fastest of three extractions of `text`, in seconds.
double SecondsToExtract(const std::string& text) {
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const Extraction extraction = Extract(text);
    const std::chrono::duration<double> took =
        std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit;
  return text;
}

class LinearCostTest : public ::testing::TestWithParam<std::string> {};

constexpr size_t kSmall = 20000;
constexpr size_t kLarge = 10 * kSmall;

// Expects `opening` followed by `unit` repeated to ten times the size to
// cost about ten times as much. Linear work is ~10x; quadratic work would
// be ~100x. The floor keeps timer noise on tiny inputs from failing the
// test, and two measures must both exceed the bound, so that one slow
// moment on a shared machine does not (a 20 KB text's 8 ms once read as
// 32x).
void ExpectLinearCost(const std::string& opening, const std::string& unit) {
  double least_ratio = 1e9;
  std::string measured;
  for (int pair = 0; pair < 2; ++pair) {
    const double small = SecondsToExtract(opening + Repeat(unit, kSmall));
    const double large = SecondsToExtract(opening + Repeat(unit, kLarge));
    least_ratio = std::min(least_ratio, large / std::max(small, 1e-3));
    measured += absl::StrCat("small ", small, " s, large ", large, " s; ");
  }
  EXPECT_LT(least_ratio, 30) << measured;
}

TEST_P(LinearCostTest, TenTimesTheTextCostsAboutTenTimesAsMuch) {
  ExpectLinearCost("", GetParam());
}

// A list's or a table's one measure stands before every item: each item
// must not read back to it over the items before.
TEST(HostileInputTest, ItemsOfOneMeasureCostLinearTime) {
  ExpectLinearCost("Deaths by county include: ", "Graves County, 5; ");
  ExpectLinearCost("By county, the death toll is:\n", "Graves County: 5\n");
}

TEST_P(LinearCostTest, CostsAtMostTenTimesNewsTextOfTheSameSize) {
  // Both sizes must exceed the bound before the test fails, so one slow
  // moment on a shared machine does not.
  double least_ratio = 1e9;
  for (const size_t bytes : {kSmall, kLarge}) {
    const double news = SecondsToExtract(bench::NewsText(bytes));
    const double hostile = SecondsToExtract(Repeat(GetParam(), bytes));
    least_ratio = std::min(least_ratio, hostile / std::max(news, 1e-4));
  }
  EXPECT_LE(least_ratio, 10.0);
  std::printf("cost per byte: %.1fx news text\n", least_ratio);
}

INSTANTIATE_TEST_SUITE_P(
    RunsOfOneCharacter, LinearCostTest,
    ::testing::Values(".", "?", "!", "-", "9", "a", "\"", "\xE2\x80\x9C", ",",
                      "1 ", "1,", "A ", "said ", "\"a\" ", "Mr. ",
                      "he said that ", "at least 5 killed in Gaza, ",
                      // Counts of places after the counted, one sentence.
                      "5 people in 2 districts ",
                      // Clauses before their speakers, one sentence long.
                      "the toll rose, officials said Friday, ",
                      "in May, the toll rose; experts say, ",
                      // NUL bytes, right-to-left marks and combining
                      // accents, nested quotation marks.
                      std::string("a\0 ", 3), "\xE2\x80\xAE\xD7\x90 5 ",
                      "e\xCC\x81\xCC\x81 ",
                      "\xE2\x80\x9C\xE2\x80\x98"
                      "a "
                      "\xE2\x80\x99\xE2\x80\x9D ",
                      "'a' ",
                      // Counts that refer back or read their place from
                      // the sentence, one sentence long.
                      "5 died there, ", "5 died in areas held by rebels, ",
                      "Chile raised its death toll to 5, ",
                      "rocket fire from Gaza killed 5, ",
                      "jets struck Tovuz for days, killing 5 ",
                      // Events of one place whose clause names none, one
                      // sentence long.
                      "5 killed after gunmen fired ",
                      "a fire broke out in the night killing 5 ",
                      // Counts whose place is read back to their clause's
                      // subject, in one sentence without punctuation.
                      "5 killed ", "$5m ", "8,150 killed ",
                      "officials said five died ",
                      "In Lima and Cusco, 14 and 6 died respectively, ",
                      // Counts of a side's soldiers whose claimant is read
                      // back and on, and tolls whose cause stands far back.
                      "5 Russian soldiers were killed ",
                      "Russian officials said 5 Russian troops died and ",
                      "the toll from the series of strikes rose to 5 ",
                      // Paragraphs each reopening a quotation none closes,
                      // and a quotation each paragraph leaves open.
                      "\xE2\x80\x9C"
                      "a\n\xE2\x80\x9C"
                      "b\n",
                      "\xE2\x80\x9C"
                      "a\nb\n"),
    [](const ::testing::TestParamInfo<std::string>& info) {
      return absl::StrCat("input", info.index);
    });

TEST(HostileInputTest, OneHugeSentenceOfCuesKeepsTheOutputLinear) {
  // "A said that B said that …": each reported clause could run to the end
  // of the sentence, which would make the output quadratic.
  const std::string text =
      Repeat("Officials said that the minister said that ", 1 << 20);
  const Extraction extraction = Extract(text);
  size_t content_bytes = 0;
  for (const Attribution& claim : extraction.attributions) {
    content_bytes += claim.content_span.end - claim.content_span.begin;
  }
  EXPECT_LE(content_bytes, 2 * text.size());
  EXPECT_LE(extraction.attributions.size(), kMaxClaimsPerKind);
}

// A text that ends right after a count's comma: the words that may open an
// aside are read past the last token (found by the extract_claims fuzzer).
TEST(HostileInputTest, TextEndingAfterACountsCommaIsRead) {
  for (const char* text :
       {"5 people, ", "Between 3 and 5 boasts, 10-25 people, $25 people, "}) {
    const Extraction extraction = Extract(text);
    EXPECT_LE(extraction.numeric_claims.size(), 3u) << text;
  }
}

TEST(HostileInputTest, CountsOfEveryKindAreBounded) {
  const Extraction extraction =
      Extract(Repeat("5 killed in Gaza. \"No,\" he said. ", 4 << 20));
  EXPECT_LE(extraction.numeric_claims.size(), kMaxClaimsPerKind);
  EXPECT_LE(extraction.attributions.size(), kMaxClaimsPerKind);
  EXPECT_LE(extraction.quantities.size(), kMaxQuantities);
}

TEST(HostileInputTest, OverflowingNumbersAreNoQuantities) {
  for (const char* text :
       {"1e400 people were killed in Gaza.", "0e400 people were killed.",
        "At least 1e400 were killed in Gaza."}) {
    const Extraction extraction = Extract(text);
    for (const Quantity& quantity : extraction.quantities) {
      ASSERT_TRUE(quantity.value.has_value() ? std::isfinite(*quantity.value)
                                             : true)
          << text;
      EXPECT_FALSE(std::isnan(quantity.lower)) << text;
      EXPECT_FALSE(std::isnan(quantity.upper)) << text;
    }
    EXPECT_TRUE(extraction.numeric_claims.empty()) << text;
  }
}

TEST(HostileInputTest, NumberOfThousandsOfDigitsIsNoQuantity) {
  const Extraction extraction =
      Extract("At least 1" + std::string(5000, '0') + " people died.");
  for (const Quantity& quantity : extraction.quantities) {
    ASSERT_TRUE(quantity.value.has_value());
    EXPECT_TRUE(std::isfinite(*quantity.value));
  }
  EXPECT_TRUE(extraction.numeric_claims.empty());
}

TEST(HostileInputTest, WordTooLongForANameNamesNoSpeakerOrPlace) {
  const std::string word = "Q" + std::string(70000, 'x');
  const Extraction extraction =
      Extract(word + " said the plan had failed. At least 5 people were " +
              "killed in " + word + ". Officials said the dam broke.");
  ASSERT_EQ(extraction.attributions.size(), 1u);
  EXPECT_EQ(SpeakerName(extraction.attributions[0], extraction.entities),
            "Officials");
  ASSERT_EQ(extraction.numeric_claims.size(), 1u);
  EXPECT_EQ(extraction.numeric_claims[0].location, "");
}

}  // namespace
}  // namespace factcheck::extract
