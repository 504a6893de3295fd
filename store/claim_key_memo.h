// Which parsed claim a claim index key (numeric or quote: keys.h) held when
// a lookup last read it, shared by every lookup of one RocksDB store.
//
// The memo of parsed values (parsed_claim_cache.h) is keyed by a value's
// bytes, so each value a lookup reads is hashed and compared whole, some
// hundreds of bytes; and the quotes a shingle scan names are known by key
// alone, so their values had to be read (a MultiGet in the speaker index)
// before the memo could answer. A key holds one value until its report is
// replaced or deleted, so the store counts those changes: a write that may
// change the value under an existing key calls BeginChange before it and
// EndChange after, and a remembered claim answers only a lookup that began,
// and asks, while no change began since it was remembered. Lookups read the
// counter before they take their snapshot (Generation), so that what they
// find here is what that snapshot holds.
//
// The claims themselves stay the value memo's: this one points at them
// without holding them, so it costs its keys' memory alone, and a claim the
// value memo let go is read again.
//
// Thread-safe.
#ifndef FACTCHECK_STORE_CLAIM_KEY_MEMO_H_
#define FACTCHECK_STORE_CLAIM_KEY_MEMO_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

class ClaimKeyMemo {
 public:
  // The index a key is of: the keys of two indexes are remembered apart.
  enum class Index { kNumeric, kSpeaker };

  // A memo of about `max_keys` keys; with 0 it remembers nothing.
  explicit ClaimKeyMemo(size_t max_keys);
  ClaimKeyMemo(const ClaimKeyMemo&) = delete;
  ClaimKeyMemo& operator=(const ClaimKeyMemo&) = delete;

  // Brackets a write that may replace or delete claim index entries; the
  // writer calls EndChange whatever the write's outcome. One writer at a
  // time.
  void BeginChange() { changes_.fetch_add(1); }
  void EndChange() { changes_.fetch_add(1); }

  // What a lookup reads before it takes its snapshot, and passes to Find and
  // Remember.
  uint64_t Generation() const { return changes_.load(); }

  // The claim remembered under `key` of `index` by a lookup of
  // `generation`, when no change has begun since `generation` was read and
  // the value memo still holds the claim; null otherwise.
  std::shared_ptr<const IndexedClaim> Find(Index index, absl::string_view key,
                                           uint64_t generation);

  // Remembers that `key` of `index` holds `claim` (a claim of the value
  // memo) as of a snapshot taken in `generation`. Nothing is remembered
  // while a change runs or after one began.
  void Remember(Index index, absl::string_view key, uint64_t generation,
                const std::shared_ptr<const IndexedClaim>& claim);

  // Finds that answered with a claim since the memo was made: claims taken
  // from the value memo without asking it.
  int64_t hits() const { return hits_.load(std::memory_order_relaxed); }

 private:
  struct Entry {
    std::string key;
    uint64_t generation = 0;
    std::weak_ptr<const IndexedClaim> claim;
  };
  // Found by their keys' hashes, so that a key is hashed once for its shard
  // and its entry. Of two keys with one hash, the later replaces the
  // earlier.
  using Entries = absl::flat_hash_map<uint64_t, Entry>;
  // Keys are spread over shards, each with its own lock.
  struct Shard {
    absl::Mutex mutex;
    Entries entries[2] ABSL_GUARDED_BY(mutex);
  };
  static constexpr size_t kShards = 8;

  // Whether a lookup of `generation` may use the memo now: no change runs
  // (even counts) and none began since.
  bool Current(uint64_t generation) const {
    return generation % 2 == 0 && changes_.load() == generation;
  }

  const size_t shard_keys_;
  // Changes begun and ended: odd while one runs.
  std::atomic<uint64_t> changes_{0};
  Shard shards_[kShards];
  std::atomic<int64_t> hits_{0};
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_CLAIM_KEY_MEMO_H_
