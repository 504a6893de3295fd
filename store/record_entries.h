// Every entry a stored report puts in the store, in terms any ordered store
// has: which index, its key (store/keys.h) and its value. The record itself
// is one entry; each index of a report (by time, by source) and of each of
// its claims (numeric subject, speaker, quotation shingles) another. A store
// writes them in one atomic batch and deletes them together.
#ifndef FACTCHECK_STORE_RECORD_ENTRIES_H_
#define FACTCHECK_STORE_RECORD_ENTRIES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/timestamp.pb.h"
#include "store/keys.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

enum class StoreIndex {
  kReports,
  kByTime,
  kBySource,
  kNumeric,
  kSpeaker,
  kShingles
};

// One entry of a report: the index, key and value to write.
struct IndexEntry {
  StoreIndex index;
  std::string key;
  std::string value;
  // The first partition_size bytes of `key` are its partition, what one
  // lookup never crosses (see lookups.h): the report id; nothing for the
  // time index; the source; measure and location; the speaker; the shingle
  // hash. The rest is the sort key. RocksDB writes the whole key; a store
  // that distributes its tables by partition keeps the two apart.
  size_t partition_size = 0;

  absl::string_view partition() const {
    return absl::string_view(key).substr(0, partition_size);
  }
  absl::string_view sort_key() const {
    return absl::string_view(key).substr(partition_size);
  }
};

// OK when `record` can be stored: an id within kMaxReportIdBytes, a
// publication time, text, and claims whose key strings fit
// kMaxKeyStringBytes. InvalidArgument naming what is wrong otherwise.
absl::Status ValidateRecord(const StoredReport& record);

// OK when every record of one Put can be stored (ValidateRecord) and no id
// appears twice. InvalidArgument naming the record ("records[i]: ...")
// otherwise.
absl::Status ValidateRecords(const std::vector<StoredReport>& records);

// Every entry that a valid `record` puts in the store, the record itself
// first. An attributed claim without a speaker is kept in the record but
// indexed nowhere: no lookup finds it as evidence.
std::vector<IndexEntry> EntriesOf(const StoredReport& record);

// The key time of a protobuf timestamp.
KeyTime KeyTimeOf(const google::protobuf::Timestamp& time);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_RECORD_ENTRIES_H_
