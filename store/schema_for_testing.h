// Test-only access to the schema marker of a closed store, so that tests can
// pin how a store of another schema is refused without linking RocksDB.
#ifndef FACTCHECK_STORE_SCHEMA_FOR_TESTING_H_
#define FACTCHECK_STORE_SCHEMA_FOR_TESTING_H_

#include <string>

#include "absl/status/status.h"

namespace factcheck::store {

// Rewrites the schema version recorded in the closed store at `data_dir`.
[[nodiscard]] absl::Status SetSchemaVersionForTesting(
    const std::string& data_dir, int version);

// Creates at `data_dir` a RocksDB database that is not a factcheck store.
[[nodiscard]] absl::Status CreateForeignDatabaseForTesting(
    const std::string& data_dir);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_SCHEMA_FOR_TESTING_H_
