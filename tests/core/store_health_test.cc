// When a replica's store counts as healthy: an open RocksDB store always; a
// PostgreSQL store while its database answers (a PostgreSQL 15 of the
// test's own, stopped and restarted; skipped, saying why, where it is not
// installed).
#include "server/core/store_health.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/postgres_store.h"
#include "store/rocksdb_store.h"
#include "tests/testing/postgres_test.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::core {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::PostgresTest;

// What on_change was called with, in order.
class Changes {
 public:
  StoreHealth::OnChange Recorder() {
    return [this](const absl::Status& probe) {
      absl::MutexLock lock(&mu_);
      seen_.push_back(probe.ok());
    };
  }

  // Waits at most 10 s for `count` calls; all of them.
  std::vector<bool> AwaitCount(size_t count) {
    absl::MutexLock lock(&mu_);
    wanted_ = count;
    mu_.AwaitWithTimeout(absl::Condition(this, &Changes::Enough),
                         absl::Seconds(10));
    return seen_;
  }

 private:
  bool Enough() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return seen_.size() >= wanted_;
  }

  absl::Mutex mu_;
  std::vector<bool> seen_ ABSL_GUARDED_BY(mu_);
  size_t wanted_ ABSL_GUARDED_BY(mu_) = 0;
};

TEST(StoreHealthTest, OpenRocksDbStoreIsHealthyFromTheStart) {
  absl::StatusOr<std::unique_ptr<store::ReportStore>> store =
      store::OpenRocksDbStore(testing::FreshTestDir(), store::StoreOptions());
  ASSERT_THAT(store, IsOk());
  Changes changes;
  StoreHealth health(store->get(), absl::Milliseconds(20), changes.Recorder());

  EXPECT_TRUE(health.healthy());
  absl::SleepFor(absl::Milliseconds(200));
  health.Stop();
  EXPECT_THAT(changes.AwaitCount(1), ::testing::ElementsAre(true));
}

using PostgresStoreHealthTest = PostgresTest;

TEST_F(PostgresStoreHealthTest,
       PostgresStoreIsUnhealthyWhileItsDatabaseIsDown) {
  store::PostgresStoreOptions options;
  options.conninfo = ConnInfo();
  absl::StatusOr<std::unique_ptr<store::ReportStore>> store =
      store::OpenPostgresStore(options);
  ASSERT_THAT(store, IsOk());
  Changes changes;
  StoreHealth health(store->get(), absl::Milliseconds(50), changes.Recorder());
  EXPECT_TRUE(health.healthy());

  ASSERT_THAT(postgres().Stop(), IsOk());
  EXPECT_THAT(changes.AwaitCount(2), ::testing::ElementsAre(true, false));
  EXPECT_FALSE(health.healthy());

  ASSERT_THAT(postgres().Restart(), IsOk());
  EXPECT_THAT(changes.AwaitCount(3), ::testing::ElementsAre(true, false, true));
  EXPECT_TRUE(health.healthy());
}

TEST_F(PostgresStoreHealthTest, NoChangeIsReportedAfterStop) {
  store::PostgresStoreOptions options;
  options.conninfo = ConnInfo();
  absl::StatusOr<std::unique_ptr<store::ReportStore>> store =
      store::OpenPostgresStore(options);
  ASSERT_THAT(store, IsOk());
  Changes changes;
  StoreHealth health(store->get(), absl::Milliseconds(50), changes.Recorder());

  health.Stop();
  ASSERT_THAT(postgres().Stop(), IsOk());
  absl::SleepFor(absl::Milliseconds(300));
  EXPECT_THAT(changes.AwaitCount(1), ::testing::ElementsAre(true));
}

}  // namespace
}  // namespace factcheck::core
