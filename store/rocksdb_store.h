// The RocksDB implementation of ReportStore, embedded in the process: a data
// directory is all it needs.
#ifndef FACTCHECK_STORE_ROCKSDB_STORE_H_
#define FACTCHECK_STORE_ROCKSDB_STORE_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "store/report_store.h"
#include "store/store_options.h"

namespace factcheck::store {

// Opens the factcheck store in `data_dir`, creating it when the directory is
// missing or empty (and options.create_if_missing). The directory is locked
// for the life of the returned store.
//
// Errors, each naming the directory:
// - Unavailable: another process (or another store in this process) holds
//   the directory, or it cannot be read or created.
// - FailedPrecondition: the directory holds something other than a factcheck
//   store, or a store of a newer schema than this build reads.
// - DataLoss: the store is damaged.
[[nodiscard]] absl::StatusOr<std::unique_ptr<ReportStore>> OpenRocksDbStore(
    const std::string& data_dir, const StoreOptions& options);

// Blocks until `store` (opened by OpenRocksDbStore) has no flush or
// compaction running or pending: the store at rest, as a server's store is
// between bursts of ingest. A bulk load leaves minutes of compaction behind
// it; benchmarks wait for it to measure reads at rest. InvalidArgument for a
// store of another kind; DeadlineExceeded after `timeout`.
[[nodiscard]] absl::Status WaitUntilCompacted(const ReportStore& store,
                                              absl::Duration timeout);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_ROCKSDB_STORE_H_
