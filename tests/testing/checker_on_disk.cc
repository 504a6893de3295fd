#include "tests/testing/checker_on_disk.h"

#include <utility>

#include "store/rocksdb_store.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::testing {

absl::StatusOr<CheckerOnDisk> OpenCheckerOnDisk(size_t max_response_bytes) {
  absl::StatusOr<std::unique_ptr<store::ReportStore>> opened =
      store::OpenRocksDbStore(FreshTestDir(), store::StoreOptions());
  if (!opened.ok()) return opened.status();
  CheckerOnDisk on_disk;
  on_disk.store = *std::move(opened);
  on_disk.checker = std::make_unique<core::FactChecker>(on_disk.store.get(),
                                                        max_response_bytes);
  return on_disk;
}

}  // namespace factcheck::testing
