// Where sentences end: the windows every claim is read in.
#include "server/extract/sentences.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/text.h"

namespace factcheck::extract {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> SentencesOf(const std::string& text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> sentences;
  for (const Sentence& sentence : SplitSentences(text, tokens)) {
    sentences.emplace_back(TextOf(text, sentence.span));
  }
  return sentences;
}

TEST(SentencesTest, PeriodWhoseSpaceThePageLostStillEndsTheSentence) {
  EXPECT_THAT(SentencesOf("The toll has passed 209.That was the most."),
              ElementsAre("The toll has passed 209.", "That was the most."));
  EXPECT_THAT(
      SentencesOf("The toll continues to rise.And more are missing."),
      ElementsAre("The toll continues to rise.", "And more are missing."));
}

TEST(SentencesTest, DotsInsideAddressesAndAbbreviationsEndNothing) {
  for (const char* one :
       {"Give at www.MauiStrongFund.org today.", "Give at maui.Fund.org today.",
        "It struck at 5 a.m.Monday, officials said.",
        "Some towns, e.g.Derna, were hit.", "Mr.Smith said 3.5 percent."}) {
    EXPECT_THAT(SentencesOf(one), ElementsAre(one));
  }
}

TEST(SentencesTest, RankAbbreviationsBeforeANameEndNothing) {
  for (const char* rank : {"Brig. Gen.", "Lt. Col.", "Maj. Gen.", "Capt."}) {
    const std::string one =
        std::string("Aid is coming, ") + rank + " Paul Kennedy told reporters.";
    EXPECT_THAT(SentencesOf(one), ElementsAre(one)) << rank;
  }
}

}  // namespace
}  // namespace factcheck::extract
