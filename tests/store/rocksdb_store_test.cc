// What only the RocksDB backend has: a data directory, its lock and its
// schema marker. The store's contract itself is pinned on every backend by
// report_store_test.cc.
#include "store/rocksdb_store.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/keys.h"
#include "store/schema_for_testing.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::store {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;

class RocksDbStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTestDir();
    absl::StatusOr<std::unique_ptr<ReportStore>> opened =
        OpenRocksDbStore(dir_, StoreOptions());
    ASSERT_THAT(opened, IsOk());
    store_ = *std::move(opened);
  }

  std::string dir_;
  std::unique_ptr<ReportStore> store_;
};

TEST_F(RocksDbStoreTest, StatsCountBlockCacheMissesThenHits) {
  StoredReport record;
  *record.mutable_report() = MakeReport("r1", "AP", "2021-05-11T10:00:00Z",
                                        "Death toll rises to 43 in Gaza.");
  ASSERT_THAT(store_->Put({record}), IsOk());
  // Reopened, the report is read from a table, through the block cache.
  store_.reset();
  absl::StatusOr<std::unique_ptr<ReportStore>> reopened =
      OpenRocksDbStore(dir_, StoreOptions());
  ASSERT_THAT(reopened, IsOk());
  store_ = *std::move(reopened);
  const StoreStats before = store_->Stats();
  EXPECT_GE(before.cache_hits, 0);
  EXPECT_GE(before.cache_misses, 0);

  ASSERT_THAT(store_->Get("r1"), IsOk());
  const StoreStats first = store_->Stats();
  EXPECT_GT(first.cache_misses, before.cache_misses)
      << "the first read of a block reads it from its table";
  ASSERT_THAT(store_->Get("r1"), IsOk());
  const StoreStats second = store_->Stats();
  EXPECT_GT(second.cache_hits, first.cache_hits)
      << "the second read finds the block cached";
  EXPECT_EQ(second.cache_misses, first.cache_misses);
}

TEST_F(RocksDbStoreTest, SecondOpenerGetsAnErrorNamingTheDirectory) {
  EXPECT_THAT(OpenRocksDbStore(dir_, StoreOptions()),
              StatusIs(absl::StatusCode::kUnavailable,
                       ::testing::AllOf(HasSubstr(dir_), HasSubstr("in use"))));
  // The first store is unharmed.
  StoredReport record;
  *record.mutable_report() =
      MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t");
  EXPECT_THAT(store_->Put({record}), IsOk());
}

TEST_F(RocksDbStoreTest, StoreOfNewerSchemaIsRefused) {
  store_.reset();
  ASSERT_THAT(SetSchemaVersionForTesting(dir_, kSchemaVersion + 1), IsOk());

  EXPECT_THAT(OpenRocksDbStore(dir_, StoreOptions()),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       ::testing::AllOf(HasSubstr(absl::StrCat(
                                            "schema ", kSchemaVersion + 1)),
                                        HasSubstr("newer factcheck"))));
}

TEST_F(RocksDbStoreTest, StoreOfTheFirstSchemaIsReadAsItIs) {
  StoredReport record;
  *record.mutable_report() =
      MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t");
  ASSERT_THAT(store_->Put({record}), IsOk());
  store_.reset();
  ASSERT_THAT(SetSchemaVersionForTesting(dir_, kOldestReadSchemaVersion),
              IsOk());

  absl::StatusOr<std::unique_ptr<ReportStore>> reopened =
      OpenRocksDbStore(dir_, StoreOptions());
  ASSERT_THAT(reopened, IsOk());
  EXPECT_THAT((*reopened)->Get("r1"), IsOk());
}

TEST_F(RocksDbStoreTest, DirectoryWithOtherFilesIsRefused) {
  const std::string other = testing::FreshTestDir("other");
  std::filesystem::create_directories(other);
  std::ofstream(other + "/notes.txt") << "not a store";

  EXPECT_THAT(OpenRocksDbStore(other, StoreOptions()),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       ::testing::AllOf(HasSubstr(other),
                                        HasSubstr("not a factcheck"))));
}

TEST_F(RocksDbStoreTest, RocksDbOfAnotherProgramIsRefused) {
  const std::string foreign = testing::FreshTestDir("foreign");
  ASSERT_THAT(CreateForeignDatabaseForTesting(foreign), IsOk());

  EXPECT_THAT(OpenRocksDbStore(foreign, StoreOptions()),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       HasSubstr("not a factcheck store")));
}

}  // namespace
}  // namespace factcheck::store
