#include "tests/testing/postgres_test.h"

#include <optional>
#include <utility>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::testing {

void PostgresTest::SetUp() {
  if (std::optional<std::string> why = PostgresServer::NotInstalled()) {
    GTEST_SKIP() << *why;
  }
  absl::StatusOr<std::unique_ptr<PostgresServer>> started =
      PostgresServer::Start();
  ASSERT_THAT(started, IsOk());
  postgres_ = *std::move(started);
  absl::StatusOr<std::string> database = postgres_->CreateDatabase();
  ASSERT_THAT(database, IsOk());
  database_ = *std::move(database);
}

}  // namespace factcheck::testing
