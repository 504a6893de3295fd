// The lookups of one call on the RocksDB store (a batch of
// ReportStore::Lookups, or one single lookup): scans of the claim indexes
// (keys.h) and the reads of the quotes they name, all as of one snapshot,
// so that an entry read by one lookup is the entry every other would read.
// Where the batch's answers go, and which quotes it has parsed, is the
// sink's (claim_sink.h); what every backend shares, lookups.h's.
//
// Internal to store/ (rocksdb_store.cc). Not thread-safe: one object per
// call, used on one thread.
#ifndef FACTCHECK_STORE_ROCKSDB_LOOKUPS_H_
#define FACTCHECK_STORE_ROCKSDB_LOOKUPS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/claim_key_memo.h"
#include "store/claim_sink.h"
#include "store/report_store.h"
#include "store/scan_memo.h"

// RocksDB's headers are for store/*.cc alone (scripts/test.sh checks the
// layers).
namespace rocksdb {
class ColumnFamilyHandle;
class DB;
class Iterator;
class ManagedSnapshot;
}  // namespace rocksdb

namespace factcheck::store {

// The claim indexes' column families.
struct ClaimFamilies {
  rocksdb::ColumnFamilyHandle* numeric = nullptr;
  rocksdb::ColumnFamilyHandle* speaker = nullptr;
  rocksdb::ColumnFamilyHandle* shingles = nullptr;
};

class RocksDbLookups {
 public:
  // Lookups in `db` as of now. `db` and `data_dir` must outlive the
  // object; `data_dir` is taken out of error messages, which go to clients.
  // With `claim_keys` (which must outlive it too), a batch's claims are
  // taken from that memo when it remembers their keys, and remembered when
  // read. With `scans` too (which must outlive it), a scan the memo of
  // scans remembers for the same window reads no index, while the claims it
  // names are still held, and scans are remembered. Stops
  // RocksDB's perf counters on the calling thread (nothing in factcheck
  // reads them).
  RocksDbLookups(rocksdb::DB* db, const ClaimFamilies& families,
                 absl::string_view data_dir, ClaimKeyMemo* claim_keys = nullptr,
                 ScanMemo* scans = nullptr);
  ~RocksDbLookups();
  RocksDbLookups(const RocksDbLookups&) = delete;
  RocksDbLookups& operator=(const RocksDbLookups&) = delete;

  // What `request` (one that ValidateLookups accepts) finds, oldest first,
  // put in `sink`. A subject longer than kMaxKeyStringBytes finds nothing.
  // Errors: Unavailable or Internal when RocksDB fails to read, DataLoss for
  // a damaged index entry, InvalidArgument for a request of no known kind.
  absl::Status LookUp(const LookupRequest& request, ClaimSink& sink);

 private:
  // The iterator in `slot` over `family`, made when the slot is empty: one
  // per claim index serves every scan of the call.
  rocksdb::Iterator* ClaimIterator(std::unique_ptr<rocksdb::Iterator>& slot,
                                   rocksdb::ColumnFamilyHandle* family);

  // Visits, newest first, at most `limit` (0: every) entries under `prefix`
  // from the sort key `tail` on (ClaimScanStart) of the family `it` reads;
  // `visit` returns an error to stop. `start` is scratch space, kept by the
  // caller so that a lookup's scans allocate no key each.
  template <typename Visit>
  absl::Status ScanRecent(rocksdb::Iterator* it, absl::string_view prefix,
                          absl::string_view tail, size_t limit,
                          std::string& start, Visit visit) const;

  // The claim claim_keys_ remembers under `key` of `index`; null when it
  // remembers none or there is no memo.
  std::shared_ptr<const IndexedClaim> Remembered(ClaimKeyMemo::Index index,
                                                 absl::string_view key) const;

  // Remembers, with a memo, that `key` of `index` holds the claim `sink`
  // added last.
  void Remember(ClaimKeyMemo::Index index, absl::string_view key,
                const ClaimSink& sink) const;

  // Adds to `sink`, newest first, the claims of the scan of `prefix` in
  // `index` from the sort key `start` (at most `limit`) that the memo of
  // scans remembers; false, adding nothing, when it remembers none or a
  // claim it names is neither held by the value memo nor found by its key.
  bool AddRemembered(ClaimKeyMemo::Index index, const std::string& prefix,
                     absl::string_view start, size_t limit,
                     ClaimSink& sink) const;

  // The values under `prefix` within `window` of the claim index `index`
  // (the family the iterator in `slot` reads, made when needed), oldest
  // first, into `sink`.
  absl::Status ScanClaims(std::unique_ptr<rocksdb::Iterator>& slot,
                          rocksdb::ColumnFamilyHandle* family,
                          ClaimKeyMemo::Index index, const std::string& prefix,
                          const ClaimWindow& window, ClaimSink& sink);

  // The quotes sharing shingles with `content` (QuotesSharingWords), into
  // `sink`.
  absl::Status QuotesSharing(absl::string_view content,
                             const ClaimWindow& window, ClaimSink& sink);

  // The entries under the shingle `prefix` from the sort key `start`, at
  // most `limit`: their claim-ref tails and speakers.
  absl::StatusOr<std::shared_ptr<const ScannedEntries>> ScanShingle(
      const std::string& prefix, const std::string& start, size_t limit);

  // One scan of a shingle's entries.
  struct ShingleScan {
    // Its window: the sort key it started at (ClaimScanStart) and its limit.
    std::string start;
    size_t limit = 0;
    std::shared_ptr<const ScannedEntries> entries;
  };

  rocksdb::DB* const db_;
  const ClaimFamilies families_;
  const absl::string_view data_dir_;
  ClaimKeyMemo* const claim_keys_;
  ScanMemo* const scans_;
  // The memos' generations, read before the snapshot is taken (members are
  // made in this order).
  const uint64_t claim_keys_generation_;
  const uint64_t scans_generation_;
  const std::unique_ptr<rocksdb::ManagedSnapshot> snapshot_;
  std::unique_ptr<rocksdb::Iterator> numeric_;
  std::unique_ptr<rocksdb::Iterator> speaker_;
  std::unique_ptr<rocksdb::Iterator> shingles_;
  // Every shingle scan of the call, by shingle, holding the entries that
  // the call's matches view: under one snapshot a scan with the same window
  // finds the same entries, and the quotations of one article share
  // shingles (a tenth of the benchmark's shingle scans repeated one of the
  // same verification), whether the memo of scans is on or not.
  absl::flat_hash_map<uint64_t, ShingleScan> shingle_scans_;
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_ROCKSDB_LOOKUPS_H_
