#include "store/claim_key_memo.h"

#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

constexpr ClaimKeyMemo::Index kNumeric = ClaimKeyMemo::Index::kNumeric;
constexpr ClaimKeyMemo::Index kSpeaker = ClaimKeyMemo::Index::kSpeaker;

std::shared_ptr<const IndexedClaim> ClaimFrom(absl::string_view source) {
  auto claim = std::make_shared<IndexedClaim>();
  claim->set_source(std::string(source));
  return claim;
}

TEST(ClaimKeyMemoTest, RememberedClaimIsFoundUnderItsKey) {
  ClaimKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t generation = memo.Generation();
  memo.Remember(kSpeaker, "k1", generation, claim);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", generation), claim);
  EXPECT_EQ(memo.Find(kSpeaker, "k2", generation), nullptr);
  EXPECT_EQ(memo.hits(), 1);
}

// Keys of the numeric and the quote index are written alike (keys.h), and
// one spelt to look like the other must not find its claim.
TEST(ClaimKeyMemoTest, KeysOfTwoIndexesAreRememberedApart) {
  ClaimKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> numeric = ClaimFrom("AP");
  const std::shared_ptr<const IndexedClaim> quote = ClaimFrom("AFP");
  const uint64_t generation = memo.Generation();
  memo.Remember(kNumeric, "k1", generation, numeric);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", generation), nullptr);
  memo.Remember(kSpeaker, "k1", generation, quote);
  EXPECT_EQ(memo.Find(kNumeric, "k1", generation), numeric);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", generation), quote);
}

// A lookup that began before a replacement may read its snapshot's old
// value, and one that began after must not be handed it.
TEST(ClaimKeyMemoTest, ChangeBegunSinceHidesWhatWasRemembered) {
  ClaimKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t before = memo.Generation();
  memo.Remember(kSpeaker, "k1", before, claim);
  memo.BeginChange();
  EXPECT_EQ(memo.Find(kSpeaker, "k1", before), nullptr);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", memo.Generation()), nullptr);
  memo.EndChange();
  EXPECT_EQ(memo.Find(kSpeaker, "k1", before), nullptr);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", memo.Generation()), nullptr);
}

TEST(ClaimKeyMemoTest, NothingIsRememberedWhileAChangeRunsOrAfterItBegan) {
  ClaimKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t before = memo.Generation();
  memo.BeginChange();
  const uint64_t during = memo.Generation();
  memo.Remember(kSpeaker, "k1", during, claim);
  memo.Remember(kSpeaker, "k2", before, claim);
  memo.EndChange();
  const uint64_t after = memo.Generation();
  EXPECT_EQ(memo.Find(kSpeaker, "k1", after), nullptr);
  EXPECT_EQ(memo.Find(kSpeaker, "k2", after), nullptr);
  memo.Remember(kSpeaker, "k1", after, claim);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", after), claim);
}

TEST(ClaimKeyMemoTest, ClaimTheValueMemoLetGoIsNotFound) {
  ClaimKeyMemo memo(1024);
  std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t generation = memo.Generation();
  memo.Remember(kSpeaker, "k1", generation, claim);
  claim.reset();
  EXPECT_EQ(memo.Find(kSpeaker, "k1", generation), nullptr);
}

TEST(ClaimKeyMemoTest, ZeroKeysRemembersNothing) {
  ClaimKeyMemo memo(0);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  memo.Remember(kSpeaker, "k1", memo.Generation(), claim);
  EXPECT_EQ(memo.Find(kSpeaker, "k1", memo.Generation()), nullptr);
}

// Past its size the memo forgets to make room, and goes on remembering.
TEST(ClaimKeyMemoTest, FullMemoKeepsRememberingTheLatestKeys) {
  ClaimKeyMemo memo(64);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t generation = memo.Generation();
  for (int k = 0; k < 10000; ++k) {
    memo.Remember(kSpeaker, absl::StrCat("k", k), generation, claim);
    ASSERT_EQ(memo.Find(kSpeaker, absl::StrCat("k", k), generation), claim)
        << k;
  }
  int remembered = 0;
  for (int k = 0; k < 10000; ++k) {
    remembered +=
        memo.Find(kSpeaker, absl::StrCat("k", k), generation) != nullptr;
  }
  EXPECT_LE(remembered, 64);
  EXPECT_GT(remembered, 0);
}

}  // namespace
}  // namespace factcheck::store
