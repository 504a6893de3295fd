// The one place where RocksDB statuses become absl ones, for the RocksDB
// store's files (rocksdb_store.cc, rocksdb_lookups.cc). Internal to store/.
#ifndef FACTCHECK_STORE_ROCKSDB_STATUS_H_
#define FACTCHECK_STORE_ROCKSDB_STATUS_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

// RocksDB's headers are for store/*.cc alone (scripts/test.sh checks the
// layers).
namespace rocksdb {
class Status;
}  // namespace rocksdb

namespace factcheck::store {

// `status` as an absl::Status whose message starts with `context`: OK for
// OK; NotFound, DataLoss (corruption), InvalidArgument, Unavailable (I/O,
// busy, timed out, try again) or else Internal.
absl::Status FromRocks(const rocksdb::Status& status,
                       absl::string_view context);

// FromRocks for a client: `data_dir`, the server's path, taken out of the
// message.
absl::Status ForClient(const rocksdb::Status& status, absl::string_view context,
                       absl::string_view data_dir);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_ROCKSDB_STATUS_H_
