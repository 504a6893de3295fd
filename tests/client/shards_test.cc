#include "client/shards.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::client {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::StatusIs;

TEST(ShardsTest, HashIsFnv1a64AndNeverChanges) {
  // FNV-1a's published test values: "" is the offset basis.
  EXPECT_EQ(ShardHash(""), 14695981039346656037ULL);
  EXPECT_EQ(ShardHash("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(ShardHash("foobar"), 0x85944171f73967e8ULL);
}

TEST(ShardsTest, EveryIdIsInExactlyOneOfTheShards) {
  constexpr uint64_t kShards = 4;
  int per_shard[kShards] = {};
  for (int i = 0; i < 1000; ++i) {
    const std::string id = absl::StrCat("wire-", i);
    int holders = 0;
    for (uint64_t s = 0; s < kShards; ++s) {
      if (InShard(id, Shard{s, kShards})) {
        ++holders;
        ++per_shard[s];
      }
    }
    EXPECT_EQ(holders, 1) << id;
  }
  // Spread evenly enough that N jobs share the work.
  for (int count : per_shard) EXPECT_GT(count, 150);
}

TEST(ShardsTest, ShardFlagIsIndexOverCount) {
  absl::StatusOr<Shard> shard = ParseShard("2/3");
  ASSERT_THAT(shard, IsOk());
  EXPECT_EQ(shard->index, 2u);
  EXPECT_EQ(shard->count, 3u);
  for (const char* bad : {"3/3", "1/0", "-1/2", "1", "a/b", "1/2/3", ""}) {
    EXPECT_THAT(ParseShard(bad), StatusIs(absl::StatusCode::kInvalidArgument))
        << bad;
  }
}

}  // namespace
}  // namespace factcheck::client
