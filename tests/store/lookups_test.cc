#include "store/lookups.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

using ::testing::ElementsAre;

// The tails of RankSharedQuotes' answer, in its order; each answer's
// speaker must be its tail's ("said by " + tail).
std::vector<std::string> RankedTails(const std::vector<std::string>& tails,
                                     size_t limit) {
  std::vector<std::string> speakers;
  speakers.reserve(tails.size());
  for (const std::string& tail : tails) speakers.push_back("said by " + tail);
  std::vector<ShingleMatch> matches;
  for (size_t m = 0; m < tails.size(); ++m) {
    matches.push_back({tails[m], speakers[m]});
  }
  std::vector<std::string> ranked;
  for (const ShingleMatch& quote : RankSharedQuotes(matches, limit)) {
    EXPECT_EQ(quote.speaker, "said by " + std::string(quote.tail));
    ranked.emplace_back(quote.tail);
  }
  return ranked;
}

TEST(RankSharedQuotesTest, QuotesSharingTheMostShinglesAreKeptNewestFirst) {
  // Tails sort newest first: "t2" is newer than "t3".
  EXPECT_THAT(RankedTails({"t3", "t1", "t3", "t2", "t3", "t2"}, 2),
              ElementsAre("t2", "t3"));
}

TEST(RankSharedQuotesTest, AmongQuotesSharingAsManyTheNewestAreKept) {
  EXPECT_THAT(RankedTails({"t5", "t4", "t6"}, 2), ElementsAre("t4", "t5"));
}

TEST(RankSharedQuotesTest, NoLimitKeepsEveryQuoteOnce) {
  EXPECT_THAT(RankedTails({"t2", "t1", "t2"}, 0), ElementsAre("t1", "t2"));
}

TEST(RankSharedQuotesTest, TailsAlikeAtBothEndsAreDifferentQuotes) {
  // The same first and last eight bytes: one hash, two claims.
  const std::string older = "AAAAAAAA2BBBBBBBB";
  const std::string newer = "AAAAAAAA1BBBBBBBB";
  EXPECT_THAT(RankedTails({older, newer, older}, 1), ElementsAre(older));
  EXPECT_THAT(RankedTails({older, newer, older}, 0), ElementsAre(newer, older));
}

}  // namespace
}  // namespace factcheck::store
