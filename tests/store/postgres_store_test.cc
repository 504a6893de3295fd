// What only the PostgreSQL backend has: a server to reach, a schema in a
// shared database, replicas opening and writing it at once, and a
// connection pool. The store's contract itself is pinned on every backend
// by report_store_test.cc. Skipped, saying why, where PostgreSQL 15 is not
// installed.
#include "store/postgres_store.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/keys.h"
#include "tests/testing/postgres_server.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::store {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::NumericClaim;
using ::factcheck::testing::PostgresServer;
using ::factcheck::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::SizeIs;

StoredReport Record(absl::string_view id) {
  StoredReport record;
  *record.mutable_report() =
      MakeReport(id, "AP", "2021-05-11T10:00:00Z", "43 dead in Gaza.");
  *record.add_claims() = NumericClaim("deaths", "Gaza", 43);
  return record;
}

class PostgresStoreTest : public ::testing::Test {
 protected:
  static void TearDownTestSuite() { server_.reset(); }

  void SetUp() override {
    if (std::optional<std::string> why = PostgresServer::NotInstalled()) {
      GTEST_SKIP() << *why;
    }
    if (server_ == nullptr) {
      absl::StatusOr<std::unique_ptr<PostgresServer>> started =
          PostgresServer::Start();
      ASSERT_THAT(started, IsOk());
      server_ = *std::move(started);
    }
    absl::StatusOr<std::string> database = server_->CreateDatabase();
    ASSERT_THAT(database, IsOk());
    database_ = *database;
  }

  PostgresStoreOptions Options(int pool_size = 4) const {
    PostgresStoreOptions options;
    options.conninfo = server_->ConnInfo(database_);
    options.pool_size = pool_size;
    return options;
  }

  std::unique_ptr<ReportStore> Open(int pool_size = 4) {
    absl::StatusOr<std::unique_ptr<ReportStore>> opened =
        OpenPostgresStore(Options(pool_size));
    EXPECT_THAT(opened, IsOk());
    return opened.ok() ? *std::move(opened) : nullptr;
  }

  static std::unique_ptr<PostgresServer> server_;
  std::string database_;
};

std::unique_ptr<PostgresServer> PostgresStoreTest::server_;

// The statement that sets the schema version a store records.
std::string SetSchemaVersionSql(int version) {
  return absl::StrCat("UPDATE meta SET v = '", version,
                      "'::bytea WHERE p = 'schema_version'::bytea");
}

TEST_F(PostgresStoreTest, StoreOfNewerSchemaIsRefused) {
  ASSERT_NE(Open(), nullptr);
  ASSERT_THAT(server_->Sql(database_, SetSchemaVersionSql(kSchemaVersion + 1)),
              IsOk());

  EXPECT_THAT(
      OpenPostgresStore(Options()),
      StatusIs(absl::StatusCode::kFailedPrecondition,
               AllOf(HasSubstr(absl::StrCat("schema ", kSchemaVersion + 1)),
                     HasSubstr(database_), HasSubstr("newer factcheck"))));
}

TEST_F(PostgresStoreTest, StoreOfTheFirstSchemaIsReadAsItIs) {
  ASSERT_NE(Open(), nullptr);
  ASSERT_THAT(
      server_->Sql(database_, SetSchemaVersionSql(kOldestReadSchemaVersion)),
      IsOk());

  EXPECT_THAT(OpenPostgresStore(Options()), IsOk());
  // Marked with this build's schema: a build of the first one refuses it.
  // (psql may say more than the answer.)
  const absl::StatusOr<std::string> marked =
      server_->Sql(database_,
                   "SELECT 'schema ' || convert_from(v, 'UTF8') FROM meta "
                   "WHERE p = 'schema_version'::bytea");
  ASSERT_THAT(marked, IsOk());
  EXPECT_THAT(*marked, HasSubstr(absl::StrCat("schema ", kSchemaVersion)));
}

TEST_F(PostgresStoreTest, DatabaseWithOtherTablesOfTheSameNamesIsRefused) {
  ASSERT_THAT(server_->Sql(database_, "CREATE TABLE reports (id text)"),
              IsOk());

  EXPECT_THAT(OpenPostgresStore(Options()),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr("reports"),
                             HasSubstr("not a factcheck store"))));
}

TEST_F(PostgresStoreTest, UnreachableServerIsUnavailableWithTheReason) {
  PostgresStoreOptions options;
  options.conninfo =
      "host=/nonexistent/factcheck port=5432 dbname=factcheck user=nobody";
  EXPECT_THAT(OpenPostgresStore(options),
              StatusIs(absl::StatusCode::kUnavailable,
                       AllOf(HasSubstr("cannot connect to PostgreSQL"),
                             HasSubstr("/nonexistent/factcheck"))));
}

TEST_F(PostgresStoreTest, MalformedConnectionStringIsInvalidArgument) {
  PostgresStoreOptions options;
  options.conninfo = "host=localhost no_such_option=1";
  EXPECT_THAT(OpenPostgresStore(options),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("no_such_option")));
  options.conninfo = server_->ConnInfo(database_);
  options.pool_size = 0;
  EXPECT_THAT(OpenPostgresStore(options),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_F(PostgresStoreTest, ReplicasStartingTogetherCreateTheSchemaOnce) {
  constexpr int kReplicas = 4;
  std::vector<absl::Status> opened(kReplicas);
  std::vector<std::thread> replicas;
  for (int r = 0; r < kReplicas; ++r) {
    replicas.emplace_back(
        [&, r] { opened[r] = OpenPostgresStore(Options()).status(); });
  }
  for (std::thread& replica : replicas) replica.join();
  for (const absl::Status& status : opened) EXPECT_THAT(status, IsOk());
}

TEST_F(PostgresStoreTest, ReplicasRacingOnTheSameReportsStoreEachOnce) {
  constexpr int kReplicas = 3;
  constexpr int kReports = 20;
  std::vector<std::unique_ptr<ReportStore>> stores;
  for (int r = 0; r < kReplicas; ++r) stores.push_back(Open());
  // Each replica writes the same reports in batches of its own order.
  std::vector<std::vector<PutOutcome>> outcomes(kReplicas);
  std::vector<std::thread> replicas;
  for (int r = 0; r < kReplicas; ++r) {
    replicas.emplace_back([&, r] {
      for (int i = 0; i < kReports; i += 2) {
        const int first = r % 2 == 0 ? i : kReports - 2 - i;
        absl::StatusOr<std::vector<PutOutcome>> put =
            stores[r]->Put({Record(absl::StrCat("r", first)),
                            Record(absl::StrCat("r", first + 1))});
        ASSERT_THAT(put, IsOk());
        outcomes[r].insert(outcomes[r].end(), put->begin(), put->end());
      }
    });
  }
  for (std::thread& replica : replicas) replica.join();

  int created = 0;
  for (const std::vector<PutOutcome>& replica : outcomes) {
    created += std::count(replica.begin(), replica.end(), PutOutcome::kCreated);
  }
  EXPECT_EQ(created, kReports);
  EXPECT_THAT(*stores[0]->NumericClaimsOn("deaths", "Gaza", {}),
              SizeIs(kReports));
}

TEST_F(PostgresStoreTest, PoolOfOneConnectionServesCallsInTurn) {
  std::unique_ptr<ReportStore> store = Open(/*pool_size=*/1);
  ASSERT_NE(store, nullptr);
  std::vector<std::thread> callers;
  for (int c = 0; c < 4; ++c) {
    callers.emplace_back([&, c] {
      for (int i = 0; i < 10; ++i) {
        const std::string id = absl::StrCat("c", c, "_", i);
        EXPECT_THAT(store->Put({Record(id)}), IsOk());
        EXPECT_THAT(store->Get(id), IsOk());
      }
    });
  }
  for (std::thread& caller : callers) caller.join();
  EXPECT_THAT(*store->NumericClaimsOn("deaths", "Gaza", {}), SizeIs(40));
}

TEST_F(PostgresStoreTest, LostServerIsUnavailableUntilItIsBack) {
  std::unique_ptr<ReportStore> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_THAT(store->Put({Record("r1")}), IsOk());

  ASSERT_THAT(server_->Stop(), IsOk());
  EXPECT_THAT(store->Get("r1"), StatusIs(absl::StatusCode::kUnavailable,
                                         HasSubstr("PostgreSQL")));
  EXPECT_THAT(store->Put({Record("r2")}),
              StatusIs(absl::StatusCode::kUnavailable));

  ASSERT_THAT(server_->Restart(), IsOk());
  EXPECT_THAT(store->Get("r1"), IsOk());
  EXPECT_THAT(store->Put({Record("r2")}), IsOk());
}

TEST_F(PostgresStoreTest, ProbeFailsWhileTheServerIsDownAndAnswersOnceBack) {
  std::unique_ptr<ReportStore> store = Open(/*pool_size=*/1);
  ASSERT_NE(store, nullptr);
  EXPECT_THAT(store->Probe(), IsOk());

  ASSERT_THAT(server_->Stop(), IsOk());
  EXPECT_THAT(store->Probe(), StatusIs(absl::StatusCode::kUnavailable,
                                       HasSubstr("PostgreSQL")));

  ASSERT_THAT(server_->Restart(), IsOk());
  EXPECT_THAT(store->Probe(), IsOk());
}

TEST_F(PostgresStoreTest, ProbeDoesNotWaitForTheBusyPool) {
  std::unique_ptr<ReportStore> store = Open(/*pool_size=*/1);
  ASSERT_NE(store, nullptr);
  // The pool's one connection waits in a Put for a lock psql holds 3 s.
  std::thread holder([&] {
    EXPECT_THAT(server_->Sql(database_,
                             "BEGIN; LOCK TABLE reports; "
                             "SELECT pg_sleep(3); COMMIT"),
                IsOk());
  });
  absl::SleepFor(absl::Milliseconds(700));
  std::thread writer([&] { EXPECT_THAT(store->Put({Record("r1")}), IsOk()); });
  absl::SleepFor(absl::Milliseconds(200));

  const absl::Time start = absl::Now();
  EXPECT_THAT(store->Probe(), IsOk());
  EXPECT_LT(absl::Now() - start, absl::Seconds(1));
  writer.join();
  holder.join();
}

}  // namespace
}  // namespace factcheck::store
