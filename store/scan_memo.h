// What the recent scans of the claim indexes (keys.h) found, shared by every
// lookup of one RocksDB store, so that a lookup repeated on a store that has
// not changed under its subject reads no index at all.
//
// A verification's lookups are scans of a few entries each, the most recent
// claims on a measure and place, by a speaker or sharing a word shingle, and
// the articles of one event ask for the same subjects again and again. Each
// scan is a seek and some steps in every sorted run of RocksDB that may hold
// the subject: a third of a verification, and at a million reports mostly
// memory latency. A scan remembered here answers a later one on the same
// subject with the same window (start and limit) as long as no write has
// touched the subject since.
//
// The writer tells the memo what it changes: BeginChange, Forget for every
// subject (index and partition: record_entries.h) its batch puts or deletes
// an entry under, the write, EndChange, whatever the write's outcome; one
// writer at a time. Lookups read Generation before they take their snapshot
// and pass it to Find and Remember: a scan is remembered only when no write
// began since the lookup's generation was read, and found only by lookups
// whose generation is no older than the scan's, so that what a lookup finds
// here is what its snapshot holds (the proof is in scan_memo.cc).
//
// Remembered scans hold their keys, and point at the claims without
// holding them (they are the value memo's). Thread-safe.
#ifndef FACTCHECK_STORE_SCAN_MEMO_H_
#define FACTCHECK_STORE_SCAN_MEMO_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

// The entries one scan found, newest first: each one's key after the
// subject (its sort key) and, where the index's value is what a lookup
// needs (the shingle index's speaker), its value; for the numeric and the
// quote index, the claim the scan parsed or found in the value memo, held
// weakly (the value memo keeps it, and may let it go).
class ScannedEntries {
 public:
  void Add(absl::string_view sort_key, absl::string_view value,
           const std::shared_ptr<const IndexedClaim>& claim = nullptr) {
    entries_.push_back({bytes_.size(), sort_key.size(), value.size(), claim});
    bytes_.append(sort_key.data(), sort_key.size());
    bytes_.append(value.data(), value.size());
  }

  size_t size() const { return entries_.size(); }
  absl::string_view sort_key(size_t i) const {
    return absl::string_view(bytes_).substr(entries_[i].offset,
                                            entries_[i].sort_key);
  }
  absl::string_view value(size_t i) const {
    return absl::string_view(bytes_).substr(
        entries_[i].offset + entries_[i].sort_key, entries_[i].value);
  }
  // The claim of entry `i`; null when none was added or it was let go.
  std::shared_ptr<const IndexedClaim> claim(size_t i) const {
    return entries_[i].claim.lock();
  }

  // The memory the entries take, about.
  size_t bytes() const {
    return sizeof(*this) + bytes_.capacity() +
           entries_.capacity() * sizeof(Entry);
  }

 private:
  struct Entry {
    size_t offset;
    size_t sort_key;
    size_t value;
    std::weak_ptr<const IndexedClaim> claim;
  };
  std::string bytes_;
  std::vector<Entry> entries_;
};

class ScanMemo {
 public:
  // The claim index a subject is of: the subjects of different indexes are
  // remembered apart.
  enum class Index { kNumeric, kSpeaker, kShingles };

  // A memo of about `capacity_bytes` of scans; with 0 it remembers nothing.
  explicit ScanMemo(size_t capacity_bytes);
  ScanMemo(const ScanMemo&) = delete;
  ScanMemo& operator=(const ScanMemo&) = delete;

  // The writer's brackets around a write, and the subjects it changes,
  // named between them before the write itself.
  void BeginChange() { changes_.fetch_add(1); }
  void Forget(Index index, absl::string_view subject);
  void EndChange() { changes_.fetch_add(1); }

  // What a lookup reads before it takes its snapshot, and passes to Find
  // and Remember.
  uint64_t Generation() const { return changes_.load(); }

  // The entries of `subject` in `index` that a scan from the sort key
  // `start`, reading at most `limit` of them, found; null when no scan
  // with that window is remembered that a lookup of `generation` may use.
  std::shared_ptr<const ScannedEntries> Find(Index index,
                                             absl::string_view subject,
                                             absl::string_view start,
                                             size_t limit, uint64_t generation);

  // Remembers what a lookup of `generation` found scanning `subject` with
  // that window, unless a write began since `generation` was read. A
  // subject keeps the scans of its last kMaxWindowsPerSubject windows (an
  // article's claims that date themselves to another day read the same
  // subject as of then).
  void Remember(Index index, absl::string_view subject, absl::string_view start,
                size_t limit, uint64_t generation,
                std::shared_ptr<const ScannedEntries> entries);

  // Finds that answered since the memo was made.
  int64_t hits() const { return hits_.load(std::memory_order_relaxed); }

  // Counts claims a lookup took from a remembered scan's entries: claims of
  // the value memo that no lookup had to ask it for.
  void CountClaimsTaken(int64_t claims) {
    claims_taken_.fetch_add(claims, std::memory_order_relaxed);
  }
  int64_t claims_taken() const {
    return claims_taken_.load(std::memory_order_relaxed);
  }

 private:
  static constexpr size_t kMaxWindowsPerSubject = 4;

  struct Scan {
    std::string start;
    size_t limit = 0;
    uint64_t generation = 0;
    std::shared_ptr<const ScannedEntries> entries;
  };
  // A subject's scans, oldest first.
  struct Subject {
    Index index;
    std::string subject;
    std::vector<Scan> scans;
    size_t charge = 0;
  };
  // Found by the hash of their index and subject. Of two subjects with one
  // hash, the later replaces the earlier.
  using Subjects = absl::flat_hash_map<uint64_t, Subject>;
  // Subjects are spread over shards, each with its own lock.
  struct Shard {
    absl::Mutex mutex;
    Subjects subjects ABSL_GUARDED_BY(mutex);
    size_t bytes ABSL_GUARDED_BY(mutex) = 0;
  };
  static constexpr size_t kShards = 8;

  static uint64_t HashOf(Index index, absl::string_view subject);
  // The memory a scan from `start` that found `entries` takes, about.
  static size_t ChargeOf(absl::string_view start,
                         const ScannedEntries& entries);

  const size_t shard_capacity_;
  // Changes begun and ended: odd while one runs.
  std::atomic<uint64_t> changes_{0};
  Shard shards_[kShards];
  std::atomic<int64_t> hits_{0};
  std::atomic<int64_t> claims_taken_{0};
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_SCAN_MEMO_H_
