#include "store/scan_memo.h"

#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

constexpr ScanMemo::Index kNumeric = ScanMemo::Index::kNumeric;
constexpr ScanMemo::Index kSpeaker = ScanMemo::Index::kSpeaker;
constexpr size_t kLimit = 8;

std::shared_ptr<const ScannedEntries> EntriesOf(absl::string_view sort_key) {
  auto entries = std::make_shared<ScannedEntries>();
  entries->Add(sort_key, "Antony Blinken");
  return entries;
}

TEST(ScannedEntriesTest, EntriesKeepTheirSortKeysAndValuesApart) {
  ScannedEntries entries;
  entries.Add("t1", "Antony Blinken");
  entries.Add("t2", "");
  ASSERT_EQ(entries.size(), 2);
  EXPECT_EQ(entries.sort_key(0), "t1");
  EXPECT_EQ(entries.value(0), "Antony Blinken");
  EXPECT_EQ(entries.sort_key(1), "t2");
  EXPECT_EQ(entries.value(1), "");
}

// A scan points at the claims it read without keeping them: the value
// memo decides how long a claim stays.
TEST(ScannedEntriesTest, ClaimIsPointedAtUntilTheValueMemoLetsItGo) {
  auto claim = std::make_shared<IndexedClaim>();
  claim->set_source("AP");
  ScannedEntries entries;
  entries.Add("t1", "", claim);
  entries.Add("t2", "");
  EXPECT_EQ(entries.claim(0), claim);
  EXPECT_EQ(entries.claim(1), nullptr);
  claim.reset();
  EXPECT_EQ(entries.claim(0), nullptr);
}

TEST(ScanMemoTest, RememberedScanIsFoundForItsSubjectAndWindowOnly) {
  ScanMemo memo(1 << 20);
  const auto entries = EntriesOf("t1");
  const uint64_t generation = memo.Generation();
  memo.Remember(kSpeaker, "s1", "start", kLimit, generation, entries);
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "start", kLimit, generation), entries);
  EXPECT_EQ(memo.Find(kSpeaker, "s2", "start", kLimit, generation), nullptr);
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "later", kLimit, generation), nullptr);
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "start", 16, generation), nullptr);
  EXPECT_EQ(memo.Find(kNumeric, "s1", "start", kLimit, generation), nullptr);
  EXPECT_EQ(memo.hits(), 1);
}

// A claim that dates itself to an earlier day reads its subject as of
// then, beside the article's other claims on it: neither window may push
// the other out, and a write forgets both.
TEST(ScanMemoTest, SubjectKeepsTheScansOfItsLatestWindows) {
  ScanMemo memo(1 << 20);
  const uint64_t generation = memo.Generation();
  const auto today = EntriesOf("t1");
  const auto saturday = EntriesOf("t2");
  memo.Remember(kNumeric, "s1", "today", kLimit, generation, today);
  memo.Remember(kNumeric, "s1", "saturday", kLimit, generation, saturday);
  EXPECT_EQ(memo.Find(kNumeric, "s1", "today", kLimit, generation), today);
  EXPECT_EQ(memo.Find(kNumeric, "s1", "saturday", kLimit, generation),
            saturday);
  for (int day = 0; day < 4; ++day) {
    memo.Remember(kNumeric, "s1", absl::StrCat("day", day), kLimit, generation,
                  EntriesOf("t3"));
  }
  EXPECT_EQ(memo.Find(kNumeric, "s1", "today", kLimit, generation), nullptr);
  EXPECT_NE(memo.Find(kNumeric, "s1", "day3", kLimit, generation), nullptr);
  memo.BeginChange();
  memo.Forget(kNumeric, "s1");
  memo.EndChange();
  EXPECT_EQ(memo.Find(kNumeric, "s1", "day3", kLimit, memo.Generation()),
            nullptr);
}

// A new claim under a subject changes what its scans find: the writer
// names the subject before it writes, and other subjects stay remembered.
TEST(ScanMemoTest, WriteForgetsTheSubjectsItNamesAndNoOther) {
  ScanMemo memo(1 << 20);
  const uint64_t before = memo.Generation();
  memo.Remember(kSpeaker, "s1", "start", kLimit, before, EntriesOf("t1"));
  memo.Remember(kSpeaker, "s2", "start", kLimit, before, EntriesOf("t2"));
  memo.BeginChange();
  memo.Forget(kSpeaker, "s1");
  memo.EndChange();
  const uint64_t after = memo.Generation();
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "start", kLimit, after), nullptr);
  EXPECT_NE(memo.Find(kSpeaker, "s2", "start", kLimit, after), nullptr);
}

// A lookup whose snapshot may predate a write must not be handed a scan
// made after it.
TEST(ScanMemoTest, ScanRememberedLaterIsNotFoundByAnOlderLookup) {
  ScanMemo memo(1 << 20);
  const uint64_t older = memo.Generation();
  memo.BeginChange();
  memo.Forget(kSpeaker, "s1");
  memo.EndChange();
  const uint64_t newer = memo.Generation();
  memo.Remember(kSpeaker, "s1", "start", kLimit, newer, EntriesOf("t1"));
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "start", kLimit, older), nullptr);
  EXPECT_NE(memo.Find(kSpeaker, "s1", "start", kLimit, newer), nullptr);
}

// A scan read before or during a write may hold what the write changes:
// it is not remembered, whatever subject it is of.
TEST(ScanMemoTest, NothingIsRememberedWhileAWriteRunsOrAfterItBegan) {
  ScanMemo memo(1 << 20);
  const uint64_t before = memo.Generation();
  memo.BeginChange();
  const uint64_t during = memo.Generation();
  memo.Remember(kSpeaker, "s1", "start", kLimit, before, EntriesOf("t1"));
  memo.Remember(kSpeaker, "s2", "start", kLimit, during, EntriesOf("t2"));
  memo.EndChange();
  const uint64_t after = memo.Generation();
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "start", kLimit, after), nullptr);
  EXPECT_EQ(memo.Find(kSpeaker, "s2", "start", kLimit, after), nullptr);
}

TEST(ScanMemoTest, ZeroBytesRemembersNothing) {
  ScanMemo memo(0);
  memo.Remember(kSpeaker, "s1", "start", kLimit, memo.Generation(),
                EntriesOf("t1"));
  EXPECT_EQ(memo.Find(kSpeaker, "s1", "start", kLimit, memo.Generation()),
            nullptr);
}

// Past its size the memo forgets to make room, and goes on remembering.
TEST(ScanMemoTest, FullMemoKeepsRememberingTheLatestScans) {
  ScanMemo memo(64 << 10);
  const uint64_t generation = memo.Generation();
  for (int s = 0; s < 10000; ++s) {
    const std::string subject = absl::StrCat("s", s);
    memo.Remember(kSpeaker, subject, "start", kLimit, generation,
                  EntriesOf("t1"));
    ASSERT_NE(memo.Find(kSpeaker, subject, "start", kLimit, generation),
              nullptr)
        << s;
  }
  int remembered = 0;
  for (int s = 0; s < 10000; ++s) {
    remembered += memo.Find(kSpeaker, absl::StrCat("s", s), "start", kLimit,
                            generation) != nullptr;
  }
  EXPECT_LT(remembered, 1000);
  EXPECT_GT(remembered, 0);
}

}  // namespace
}  // namespace factcheck::store
