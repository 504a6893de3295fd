#include "store/claim_sink.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

std::string ValueOf(absl::string_view report_id) {
  IndexedClaim claim;
  claim.set_report_id(std::string(report_id));
  claim.mutable_claim()->mutable_attributed()->set_speaker("Joe Biden");
  return claim.SerializeAsString();
}

TEST(ClaimSinkTest, AQuoteParsedByOneLookupIsTheSameClaimInAnother) {
  LookupAnswers answers{NewLookupArena(), {}};
  QuotesRead quotes_read;
  std::vector<const IndexedClaim*> by_speaker, by_words;
  ClaimSink first(&answers, &by_speaker, &quotes_read, nullptr);
  ASSERT_TRUE(first.Add(ValueOf("r1"), "speaker key 1"));
  ASSERT_TRUE(first.Add(ValueOf("r2")));

  ClaimSink second(&answers, &by_words, &quotes_read, nullptr);
  EXPECT_TRUE(second.HasRead("speaker key 1"));
  EXPECT_FALSE(second.HasRead("speaker key 2"));
  EXPECT_TRUE(second.AddRead("speaker key 1"));
  EXPECT_FALSE(second.AddRead("speaker key 2"));
  ASSERT_EQ(by_words.size(), 1u);
  EXPECT_EQ(by_words[0], by_speaker[0]);
  EXPECT_EQ(by_words[0]->report_id(), "r1");
}

TEST(ClaimSinkTest, ValuesAreParsedEachTime) {
  std::vector<IndexedClaim> values;
  ClaimSink sink(&values);
  ASSERT_TRUE(sink.Add(ValueOf("r1"), "speaker key 1"));
  EXPECT_FALSE(sink.HasRead("speaker key 1"));
  EXPECT_FALSE(sink.AddRead("speaker key 1"));
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].report_id(), "r1");
}

TEST(ClaimSinkTest, DamagedValueIsRefused) {
  ParsedClaimCache cache(1 << 20);
  for (ParsedClaimCache* memo :
       {static_cast<ParsedClaimCache*>(nullptr), &cache}) {
    LookupAnswers answers{NewLookupArena(), {}};
    QuotesRead quotes_read;
    std::vector<const IndexedClaim*> claims;
    ClaimSink sink(&answers, &claims, &quotes_read, memo);
    // Field 1 (bytes) said to be 255 bytes long, with none following.
    EXPECT_FALSE(sink.Add(absl::string_view("\x0a\xff\x01", 3), "key"));
    EXPECT_FALSE(sink.HasRead("key"));
  }
}

TEST(ClaimSinkTest, ClaimsTakenFromTheMemoLiveAsLongAsTheAnswers) {
  LookupAnswers answers{NewLookupArena(), {}};
  std::vector<const IndexedClaim*> claims;
  {
    ParsedClaimCache cache(1 << 20);
    ClaimSink sink(&answers, &claims, nullptr, &cache);
    ASSERT_TRUE(sink.Add(ValueOf("r1")));
    ASSERT_TRUE(sink.Add(ValueOf("r1")));
    EXPECT_EQ(cache.hits(), 1);
  }
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0], claims[1]);
  EXPECT_EQ(claims[1]->report_id(), "r1");
}

TEST(ClaimSinkTest, ReverseTurnsNewestFirstIntoOldestFirst) {
  LookupAnswers answers{NewLookupArena(), {}};
  std::vector<const IndexedClaim*> claims;
  ClaimSink sink(&answers, &claims, nullptr, nullptr);
  sink.Reserve(2);
  ASSERT_TRUE(sink.Add(ValueOf("newer")));
  ASSERT_TRUE(sink.Add(ValueOf("older")));
  sink.Reverse();
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0]->report_id(), "older");
  EXPECT_EQ(claims[1]->report_id(), "newer");
}

}  // namespace
}  // namespace factcheck::store
