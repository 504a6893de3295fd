// The fixture of the store's contract tests (report_store_test,
// report_store_lookups_test): each test runs on RocksDB in a temporary
// directory and on PostgreSQL 15 on a server of the suite's own (skipped,
// saying why, where PostgreSQL is not installed); and the helpers that
// build records and read answers.
#ifndef FACTCHECK_TESTS_STORE_REPORT_STORE_FIXTURE_H_
#define FACTCHECK_TESTS_STORE_REPORT_STORE_FIXTURE_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/postgres_store.h"
#include "store/report_store.h"
#include "store/rocksdb_store.h"
#include "tests/testing/postgres_server.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::store {

// A quotation the tests store and find again by its words.
inline constexpr char kBlinkenQuote[] =
    "He will urge, on my behalf and on behalf of President Biden, a "
    "de-escalation of violence.";

// A stored record of `report` and its `claims`.
inline StoredReport Record(const factcheck::v1::Report& report,
                           std::vector<factcheck::v1::Claim> claims = {}) {
  StoredReport record;
  *record.mutable_report() = report;
  for (factcheck::v1::Claim& claim : claims) {
    *record.add_claims() = std::move(claim);
  }
  return record;
}

// The ids of `records`, in order.
inline std::vector<std::string> IdsOf(
    const std::vector<StoredReport>& records) {
  std::vector<std::string> ids;
  for (const StoredReport& record : records)
    ids.push_back(record.report().id());
  return ids;
}

// The ids of the reports `claims` come from, in order.
inline std::vector<std::string> ReportIdsOf(
    const std::vector<IndexedClaim>& claims) {
  std::vector<std::string> ids;
  for (const IndexedClaim& claim : claims) ids.push_back(claim.report_id());
  return ids;
}

// The same of a batch's answer (LookupAnswers::claims).
inline std::vector<std::string> ReportIdsOf(
    const std::vector<const IndexedClaim*>& claims) {
  std::vector<std::string> ids;
  for (const IndexedClaim* claim : claims) ids.push_back(claim->report_id());
  return ids;
}

// The backends the suite runs on: every test holds for each.
enum class Backend { kRocksDb, kPostgres };

// The test name suffix of each backend.
inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kRocksDb ? "RocksDb" : "PostgreSQL";
}

// A store of the backend the test runs on, fresh for each test.
class ReportStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  static void TearDownTestSuite() { postgres_.reset(); }

  void SetUp() override {
    if (GetParam() == Backend::kRocksDb) {
      dir_ = ::factcheck::testing::FreshTestDir();
    } else {
      if (std::optional<std::string> why =
              ::factcheck::testing::PostgresServer::NotInstalled()) {
        GTEST_SKIP() << *why;
      }
      // One server for the suite, a new database for each test.
      if (postgres_ == nullptr) {
        absl::StatusOr<std::unique_ptr<::factcheck::testing::PostgresServer>>
            started = ::factcheck::testing::PostgresServer::Start();
        ASSERT_THAT(started, ::factcheck::testing::IsOk());
        postgres_ = *std::move(started);
      }
      absl::StatusOr<std::string> database = postgres_->CreateDatabase();
      ASSERT_THAT(database, ::factcheck::testing::IsOk());
      database_ = *database;
    }
    Reopen();
  }

  void Reopen() {
    store_.reset();
    absl::StatusOr<std::unique_ptr<ReportStore>> opened;
    if (GetParam() == Backend::kRocksDb) {
      opened = OpenRocksDbStore(dir_, StoreOptions());
    } else {
      PostgresStoreOptions options;
      options.conninfo = postgres_->ConnInfo(database_);
      options.pool_size = 4;
      opened = OpenPostgresStore(options);
    }
    ASSERT_THAT(opened, ::factcheck::testing::IsOk());
    store_ = *std::move(opened);
  }

  // One lookup of each kind, in one batch: the deaths in Gaza, Blinken's
  // quotes, and the quotes sharing kBlinkenQuote's words.
  absl::StatusOr<LookupAnswers> LookUpGazaTollAndBlinken() {
    absl::StatusOr<LookupAnswers> answers =
        store_->Lookups({LookupRequest::NumericClaimsOn("deaths", "Gaza", {}),
                         LookupRequest::QuotesBy("Antony Blinken", {}),
                         LookupRequest::QuotesSharingWords(kBlinkenQuote, {})});
    EXPECT_THAT(answers, ::factcheck::testing::IsOk());
    return answers;
  }

  PutOutcome PutOne(const StoredReport& record) {
    absl::StatusOr<std::vector<PutOutcome>> outcomes = store_->Put({record});
    EXPECT_THAT(outcomes, ::factcheck::testing::IsOk());
    EXPECT_THAT(*outcomes, ::testing::SizeIs(1));
    return outcomes->front();
  }

  static std::unique_ptr<::factcheck::testing::PostgresServer> postgres_;
  std::string dir_;
  std::string database_;
  std::unique_ptr<ReportStore> store_;
};

}  // namespace factcheck::store

#endif  // FACTCHECK_TESTS_STORE_REPORT_STORE_FIXTURE_H_
