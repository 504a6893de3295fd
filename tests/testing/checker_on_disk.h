// The whole factcheck API without a server: a FactChecker over a real
// RocksDB store in a fresh temporary directory.
#ifndef FACTCHECK_TESTS_TESTING_CHECKER_ON_DISK_H_
#define FACTCHECK_TESTS_TESTING_CHECKER_ON_DISK_H_

#include <cstddef>
#include <memory>
#include <utility>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "server/core/fact_checker.h"
#include "store/report_store.h"

namespace factcheck::testing {

struct CheckerOnDisk {
  std::unique_ptr<store::ReportStore> store;
  // Reads and writes `store`.
  std::unique_ptr<core::FactChecker> checker;
};

// A checker on a store of its own, named after the running test, answering
// at most `max_response_bytes` (0: no limit).
absl::StatusOr<CheckerOnDisk> OpenCheckerOnDisk(size_t max_response_bytes = 0);

// A test with its own checker on disk: store_ and checker_, opened in SetUp.
class CheckerOnDiskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<CheckerOnDisk> opened = OpenCheckerOnDisk();
    ASSERT_TRUE(opened.ok()) << opened.status();
    store_ = std::move(opened->store);
    checker_ = std::move(opened->checker);
  }

  std::unique_ptr<store::ReportStore> store_;
  std::unique_ptr<core::FactChecker> checker_;
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_CHECKER_ON_DISK_H_
