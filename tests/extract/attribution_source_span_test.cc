// How the text names a speaker: the words of a claim's speaker span, as
// news annotation (PolNeAR) marks a source.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

// The speaker words of the one claim found in `text`.
std::string SpeakerWords(const std::string& text) {
  const std::vector<AttributedItem> found = Extracted(text);
  if (found.size() != 1) return "<" + std::to_string(found.size()) + " claims>";
  return found[0].speaker_words;
}

TEST(SourceSpanTest, CommaClosingAnAppositionBeforeTheCueBelongsToTheSource) {
  EXPECT_EQ(SpeakerWords("Ana Ruiz, the mayor of Dayton, said the bridge "
                         "would reopen in May."),
            "Ana Ruiz, the mayor of Dayton,");
  EXPECT_EQ(SpeakerWords("\"The bridge will reopen in May,\" Ana Ruiz, the "
                         "mayor of Dayton, said."),
            "Ana Ruiz, the mayor of Dayton,");
  // Without an apposition the name is all.
  EXPECT_EQ(SpeakerWords("Ana Ruiz said the bridge would reopen in May."),
            "Ana Ruiz");
}

}  // namespace
}  // namespace factcheck::extract
