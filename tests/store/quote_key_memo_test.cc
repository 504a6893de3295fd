#include "store/quote_key_memo.h"

#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

std::shared_ptr<const IndexedClaim> ClaimFrom(absl::string_view source) {
  auto claim = std::make_shared<IndexedClaim>();
  claim->set_source(std::string(source));
  return claim;
}

TEST(QuoteKeyMemoTest, RememberedClaimIsFoundUnderItsKey) {
  QuoteKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t generation = memo.Generation();
  memo.Remember("k1", generation, claim);
  EXPECT_EQ(memo.Find("k1", generation), claim);
  EXPECT_EQ(memo.Find("k2", generation), nullptr);
}

// A lookup that began before a replacement may read its snapshot's old
// value, and one that began after must not be handed it.
TEST(QuoteKeyMemoTest, ChangeBegunSinceHidesWhatWasRemembered) {
  QuoteKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t before = memo.Generation();
  memo.Remember("k1", before, claim);
  memo.BeginChange();
  EXPECT_EQ(memo.Find("k1", before), nullptr);
  EXPECT_EQ(memo.Find("k1", memo.Generation()), nullptr);
  memo.EndChange();
  EXPECT_EQ(memo.Find("k1", before), nullptr);
  EXPECT_EQ(memo.Find("k1", memo.Generation()), nullptr);
}

TEST(QuoteKeyMemoTest, NothingIsRememberedWhileAChangeRunsOrAfterItBegan) {
  QuoteKeyMemo memo(1024);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t before = memo.Generation();
  memo.BeginChange();
  const uint64_t during = memo.Generation();
  memo.Remember("k1", during, claim);
  memo.Remember("k2", before, claim);
  memo.EndChange();
  const uint64_t after = memo.Generation();
  EXPECT_EQ(memo.Find("k1", after), nullptr);
  EXPECT_EQ(memo.Find("k2", after), nullptr);
  memo.Remember("k1", after, claim);
  EXPECT_EQ(memo.Find("k1", after), claim);
}

TEST(QuoteKeyMemoTest, ClaimTheValueMemoLetGoIsNotFound) {
  QuoteKeyMemo memo(1024);
  std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t generation = memo.Generation();
  memo.Remember("k1", generation, claim);
  claim.reset();
  EXPECT_EQ(memo.Find("k1", generation), nullptr);
}

TEST(QuoteKeyMemoTest, ZeroKeysRemembersNothing) {
  QuoteKeyMemo memo(0);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  memo.Remember("k1", memo.Generation(), claim);
  EXPECT_EQ(memo.Find("k1", memo.Generation()), nullptr);
}

// Past its size the memo forgets to make room, and goes on remembering.
TEST(QuoteKeyMemoTest, FullMemoKeepsRememberingTheLatestKeys) {
  QuoteKeyMemo memo(64);
  const std::shared_ptr<const IndexedClaim> claim = ClaimFrom("AP");
  const uint64_t generation = memo.Generation();
  for (int k = 0; k < 10000; ++k) {
    memo.Remember(absl::StrCat("k", k), generation, claim);
    ASSERT_EQ(memo.Find(absl::StrCat("k", k), generation), claim) << k;
  }
  int remembered = 0;
  for (int k = 0; k < 10000; ++k) {
    remembered += memo.Find(absl::StrCat("k", k), generation) != nullptr;
  }
  EXPECT_LE(remembered, 64);
  EXPECT_GT(remembered, 0);
}

}  // namespace
}  // namespace factcheck::store
