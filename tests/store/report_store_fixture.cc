#include "tests/store/report_store_fixture.h"

#include <memory>

namespace factcheck::store {

std::unique_ptr<::factcheck::testing::PostgresServer>
    ReportStoreTest::postgres_;

}  // namespace factcheck::store
