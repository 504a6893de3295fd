#include "store/parsed_claim_cache.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

std::string ValueOf(absl::string_view report_id, absl::string_view speaker) {
  IndexedClaim claim;
  claim.set_report_id(std::string(report_id));
  claim.mutable_claim()->mutable_attributed()->set_speaker(
      std::string(speaker));
  return claim.SerializeAsString();
}

TEST(ParsedClaimCacheTest, SameValueIsParsedOnce) {
  ParsedClaimCache cache(1 << 20);
  const std::shared_ptr<const IndexedClaim> first =
      cache.Parse(ValueOf("r1", "Joe Biden"));
  const std::shared_ptr<const IndexedClaim> again =
      cache.Parse(ValueOf("r1", "Joe Biden"));
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first, again);
  EXPECT_EQ(again->claim().attributed().speaker(), "Joe Biden");
  EXPECT_EQ(cache.hits(), 1);
  EXPECT_EQ(cache.misses(), 1);
}

// A report stored again with other content writes another value under the
// same index key: the memo must answer with what the new bytes say.
TEST(ParsedClaimCacheTest, ChangedValueIsParsedAfresh) {
  ParsedClaimCache cache(1 << 20);
  ASSERT_NE(cache.Parse(ValueOf("r1", "Joe Biden")), nullptr);
  const std::shared_ptr<const IndexedClaim> replaced =
      cache.Parse(ValueOf("r1", "Antony Blinken"));
  ASSERT_NE(replaced, nullptr);
  EXPECT_EQ(replaced->claim().attributed().speaker(), "Antony Blinken");
  EXPECT_EQ(cache.hits(), 0);
}

TEST(ParsedClaimCacheTest, DamagedValueIsNullAndNotKept) {
  ParsedClaimCache cache(1 << 20);
  // Field 1 (bytes) said to be 255 bytes long, with none following.
  const std::string damaged("\x0a\xff\x01", 3);
  EXPECT_EQ(cache.Parse(damaged), nullptr);
  EXPECT_EQ(cache.Parse(damaged), nullptr);
  EXPECT_EQ(cache.hits(), 0);
}

TEST(ParsedClaimCacheTest, ZeroCapacityParsesEveryTime) {
  ParsedClaimCache cache(0);
  const std::shared_ptr<const IndexedClaim> first =
      cache.Parse(ValueOf("r1", "Joe Biden"));
  const std::shared_ptr<const IndexedClaim> again =
      cache.Parse(ValueOf("r1", "Joe Biden"));
  ASSERT_NE(first, nullptr);
  ASSERT_NE(again, nullptr);
  EXPECT_NE(first, again);
  EXPECT_EQ(cache.hits(), 0);
  EXPECT_EQ(cache.misses(), 2);
}

TEST(ParsedClaimCacheTest, LeastRecentlyUsedLeavesFirstAndHeldClaimsStay) {
  // Room for a few dozen small entries in each of the eight shards.
  ParsedClaimCache cache(8 * 40 * 1024);
  const std::shared_ptr<const IndexedClaim> held =
      cache.Parse(ValueOf("r0", "Joe Biden"));
  for (int i = 1; i < 4000; ++i) {
    ASSERT_NE(cache.Parse(ValueOf(absl::StrCat("r", i), "Joe Biden")), nullptr);
  }
  const int64_t hits = cache.hits();
  const std::shared_ptr<const IndexedClaim> latest =
      cache.Parse(ValueOf("r3999", "Joe Biden"));
  EXPECT_EQ(cache.hits(), hits + 1) << "the latest entry was evicted";
  const std::shared_ptr<const IndexedClaim> oldest =
      cache.Parse(ValueOf("r0", "Joe Biden"));
  EXPECT_EQ(cache.hits(), hits + 1) << "the oldest entry was kept";
  EXPECT_NE(oldest, held);
  EXPECT_EQ(held->report_id(), "r0");
}

TEST(ParsedClaimCacheTest, ThreadsParsingTheSameValuesAgree) {
  ParsedClaimCache cache(1 << 20);
  std::vector<std::thread> threads;
  std::vector<std::vector<std::shared_ptr<const IndexedClaim>>> seen(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, &seen, t] {
      for (int round = 0; round < 200; ++round) {
        seen[t].push_back(
            cache.Parse(ValueOf(absl::StrCat("r", round % 20), "Joe Biden")));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& claims : seen) {
    for (int round = 0; round < 200; ++round) {
      ASSERT_NE(claims[round], nullptr);
      EXPECT_EQ(claims[round]->report_id(), absl::StrCat("r", round % 20));
    }
  }
  EXPECT_EQ(cache.hits() + cache.misses(), 800);
  EXPECT_GE(cache.hits(), 800 - 4 * 20);
}

}  // namespace
}  // namespace factcheck::store
