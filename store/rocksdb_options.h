// How the RocksDB store configures RocksDB: each column family's options
// (Bloom filters, prefix extractors, memtables) and the database's own. The
// choices and their reasons are here; opening and reading are
// rocksdb_store.cc's (the claim indexes' lookups: rocksdb_lookups.cc's).
// Options apply to tables written from then on: older tables are read as
// before, so changing them never loses entries.
#ifndef FACTCHECK_STORE_ROCKSDB_OPTIONS_H_
#define FACTCHECK_STORE_ROCKSDB_OPTIONS_H_

#include <memory>

#include "absl/strings/string_view.h"

// RocksDB's headers are for store/*.cc alone (scripts/test.sh checks the
// layers); its callers there include rocksdb/options.h and rocksdb/cache.h.
namespace rocksdb {
class Cache;
struct ColumnFamilyOptions;
struct DBOptions;
}  // namespace rocksdb

namespace factcheck::store {

// The options of the column family `name` (keys.h): every family shares
// `cache` and keeps Bloom filters of whole keys (reports, quote lookups by
// key); the claim indexes also of the subject a lookup seeks, in their
// tables and their memtables, and a memtable hashed by subject.
rocksdb::ColumnFamilyOptions FamilyOptions(
    absl::string_view name, const std::shared_ptr<rocksdb::Cache>& cache);

// Sets the database-wide options the store needs in `options`: the
// write-ahead log's bound, one memtable writer at a time, counters for
// Stats.
void TuneDbOptions(rocksdb::DBOptions* options);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_ROCKSDB_OPTIONS_H_
