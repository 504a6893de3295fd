// Untrusted text never breaks the extractors: seeded random documents made
// of the fragments that exercise their grammar (numbers, number words,
// qualifiers, units, dashes, slashes, quotation marks, cues, names,
// multi-byte symbols, broken UTF-8) keep every span inside the text, in
// order, with well-formed intervals and valid speakers.
#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/numbers.h"
#include "server/extract/quantities.h"
#include "server/extract/text.h"

namespace factcheck::extract {
namespace {

const std::vector<std::string>& Fragments() {
  static const auto* const kFragments = new std::vector<std::string>{
      "1",
      "204",
      ",",
      ".",
      "-",
      "/",
      " ",
      "  ",
      "\n",
      "one",
      "hundred",
      "and",
      "a",
      "half",
      "quarter",
      "thirds",
      "fifth",
      "twenty",
      "-five",
      "million",
      "bn",
      "k",
      "m",
      "$",
      "US$",
      "\xE2\x82\xAC",
      "\xC2\xA3",
      "%",
      "per cent",
      "at least",
      "more than",
      "between",
      "to",
      "or more",
      "nearly",
      "about",
      "hundreds of",
      "dozens",
      "over",
      "in",
      "out of",
      "point",
      "minus",
      "e",
      "^",
      "x10^",
      "\xC2\xBD",
      "\xE2\x80\x93",
      "killed",
      "May",
      "2021",
      ":",
      "30",
      "pm",
      "+",
      "(",
      ")",
      "km",
      "feet",
      "inches",
      "\xFF",
      "\xC3",
      "\xE2\x80",
      "th",
      "st",
      "first",
      "last",
      "next",
      "the",
      "one of",
      "~",
      "<",
      ">",
      "=",
      "http://x.y/?a=30%25",
      "192.168.1.2",
      "0",
  };
  return *kFragments;
}

bool Inside(Span span, size_t size) {
  return span.begin <= span.end && span.end <= size;
}

TEST(RobustnessTest, RandomTextKeepsEverySpanInsideAndOrdered) {
  std::mt19937 random(20211113);
  const std::vector<std::string>& fragments = Fragments();
  std::uniform_int_distribution<size_t> pick(0, fragments.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int document = 0; document < 20000; ++document) {
    std::string text;
    const int pieces = length(random);
    for (int p = 0; p < pieces; ++p) {
      text += fragments[pick(random)];
      if (random() % 3 == 0) text += ' ';
    }
    const std::vector<Token> tokens = Tokenize(text);
    for (const Token& token : tokens) {
      ASSERT_TRUE(Inside(token.span, text.size())) << text;
      ASSERT_LT(token.span.begin, token.span.end) << text;
    }
    const std::vector<NumberMention> numbers = FindNumbers(text, tokens);
    uint32_t previous_end = 0;
    for (const NumberMention& number : numbers) {
      ASSERT_TRUE(Inside(number.span, text.size())) << text;
      ASSERT_GE(number.span.begin, previous_end) << text;
      ASSERT_LE(number.end_token, tokens.size()) << text;
      ASSERT_FALSE(std::isnan(number.value)) << text;
      previous_end = number.span.end;
    }
    const Extraction extraction = Extract(text);
    for (const Attribution& a : extraction.attributions) {
      ASSERT_LT(a.speaker, extraction.entities.size()) << text;
      ASSERT_TRUE(Inside(a.content_span, text.size())) << text;
      ASSERT_TRUE(Inside(a.speaker_span, text.size())) << text;
      ASSERT_TRUE(Inside(a.cue_span, text.size())) << text;
      ASSERT_TRUE(Inside(a.conduit_span, text.size())) << text;
    }
    for (const NumericClaim& claim : extraction.numeric_claims) {
      ASSERT_TRUE(Inside(claim.span, text.size())) << text;
      ASSERT_TRUE(Inside(claim.sentence_span, text.size())) << text;
    }
    for (const Quantity& q : FindQuantities(text, tokens, numbers)) {
      ASSERT_TRUE(Inside(q.span, text.size())) << text;
      ASSERT_TRUE(Inside(q.number_span, text.size())) << text;
      ASSERT_TRUE(Inside(q.qualifier_span, text.size())) << text;
      ASSERT_TRUE(Inside(q.unit_span, text.size())) << text;
      ASSERT_LE(q.lower, q.upper) << text;
      ASSERT_FALSE(std::isnan(q.lower) || std::isnan(q.upper)) << text;
    }
  }
}

TEST(RobustnessTest, TokenSearchFromAnyEarlierTokenFindsTheFirstAtAnOffset) {
  std::mt19937 random(20261130);
  const std::vector<std::string>& fragments = Fragments();
  std::uniform_int_distribution<size_t> pick(0, fragments.size() - 1);
  for (int document = 0; document < 2000; ++document) {
    std::string text;
    for (int p = 0; p < 60; ++p) text += fragments[pick(random)];
    const std::vector<Token> tokens = Tokenize(text);
    for (uint32_t offset = 0; offset <= text.size(); ++offset) {
      const size_t expected =
          std::lower_bound(tokens.begin(), tokens.end(), offset,
                           [](const Token& token, uint32_t value) {
                             return token.span.begin < value;
                           }) -
          tokens.begin();
      for (size_t from = 0; from <= expected; from += 1 + random() % 5) {
        ASSERT_EQ(FirstTokenFrom(tokens, from, tokens.size(), offset), expected)
            << text << " offset " << offset << " from " << from;
      }
      // A shorter range ends the search at its end.
      if (expected > 0) {
        ASSERT_EQ(FirstTokenFrom(tokens, 0, expected - 1, offset),
                  expected - 1);
      }
    }
  }
}

}  // namespace
}  // namespace factcheck::extract
