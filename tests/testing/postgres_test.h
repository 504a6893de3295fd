// A test fixture with a PostgreSQL server of its own and an empty database
// on it, started before each test and removed after it. Where PostgreSQL is
// not installed, the test is skipped, saying why.
//
// A fixture deriving from it that overrides SetUp calls PostgresTest::SetUp
// first and returns when IsSkipped() or HasFatalFailure().
#ifndef FACTCHECK_TESTS_TESTING_POSTGRES_TEST_H_
#define FACTCHECK_TESTS_TESTING_POSTGRES_TEST_H_

#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "tests/testing/postgres_server.h"

namespace factcheck::testing {

class PostgresTest : public ::testing::Test {
 protected:
  void SetUp() override;

  PostgresServer& postgres() { return *postgres_; }
  // The test's database, empty when the test starts.
  const std::string& database() const { return database_; }
  // factcheckd's --store and libpq's connection string for the database.
  std::string StoreUrl() const { return postgres_->StoreUrl(database_); }
  std::string ConnInfo() const { return postgres_->ConnInfo(database_); }

 private:
  std::unique_ptr<PostgresServer> postgres_;
  std::string database_;
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_POSTGRES_TEST_H_
