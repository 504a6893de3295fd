#include "store/schema_for_testing.h"

#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "rocksdb/db.h"
#include "store/keys.h"

namespace factcheck::store {

absl::Status SetSchemaVersionForTesting(const std::string& data_dir,
                                        int version) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), data_dir, &names)
           .ok()) {
    return absl::NotFoundError(absl::StrCat("no database at ", data_dir));
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw_db = nullptr;
  rocksdb::Status status = rocksdb::DB::Open(rocksdb::DBOptions(), data_dir,
                                             descriptors, &handles, &raw_db);
  std::unique_ptr<rocksdb::DB> db(raw_db);
  if (!status.ok()) return absl::InternalError(status.ToString());
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == kMetaFamily) {
      status = db->Put(rocksdb::WriteOptions(), handles[i], kSchemaVersionKey,
                       std::to_string(version));
    }
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle);
  }
  if (!status.ok()) return absl::InternalError(status.ToString());
  return absl::OkStatus();
}

absl::Status CreateForeignDatabaseForTesting(const std::string& data_dir) {
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* raw_db = nullptr;
  const rocksdb::Status status = rocksdb::DB::Open(options, data_dir, &raw_db);
  std::unique_ptr<rocksdb::DB> db(raw_db);
  if (!status.ok()) return absl::InternalError(status.ToString());
  return absl::OkStatus();
}

}  // namespace factcheck::store
