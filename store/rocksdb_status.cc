#include "store/rocksdb_status.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "rocksdb/status.h"

namespace factcheck::store {

absl::Status FromRocks(const rocksdb::Status& status,
                       absl::string_view context) {
  if (status.ok()) return absl::OkStatus();
  const std::string message = absl::StrCat(context, ": ", status.ToString());
  if (status.IsNotFound()) return absl::NotFoundError(message);
  if (status.IsCorruption()) return absl::DataLossError(message);
  if (status.IsInvalidArgument()) return absl::InvalidArgumentError(message);
  if (status.IsIOError() || status.IsBusy() || status.IsTimedOut() ||
      status.IsTryAgain()) {
    return absl::UnavailableError(message);
  }
  return absl::InternalError(message);
}

absl::Status ForClient(const rocksdb::Status& status, absl::string_view context,
                       absl::string_view data_dir) {
  const absl::Status converted = FromRocks(status, context);
  if (converted.ok()) return converted;
  return absl::Status(
      converted.code(),
      absl::StrReplaceAll(converted.message(), {{data_dir, "<data_dir>"}}));
}

}  // namespace factcheck::store
