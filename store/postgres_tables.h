// The tables of the PostgreSQL store (docs/scale-out.md): one per index,
// named after its RocksDB column family (store/keys.h), each holding the
// entries RocksDB writes split at their partition, and `meta`, which holds
// the schema version. Internal to store/ (postgres_store.cc).
#ifndef FACTCHECK_STORE_POSTGRES_TABLES_H_
#define FACTCHECK_STORE_POSTGRES_TABLES_H_

#include <array>

#include "absl/status/status.h"
#include "store/postgres_connection.h"
#include "store/record_entries.h"

namespace factcheck::store {

// Every index in StoreIndex order, and its table.
inline constexpr std::array<StoreIndex, 6> kIndexes = {
    StoreIndex::kReports, StoreIndex::kByTime,  StoreIndex::kBySource,
    StoreIndex::kNumeric, StoreIndex::kSpeaker, StoreIndex::kShingles};

// The table of `index`.
const char* TableOf(StoreIndex index);

// Creates the tables in a database without them, or checks the schema
// version of a database with them (marking an older one this build reads
// with its own, keys.h), in one transaction. FailedPrecondition for a
// database this build does not read or that is no factcheck store.
absl::Status EnsureSchema(pg_conn* conn);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_POSTGRES_TABLES_H_
