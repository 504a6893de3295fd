// A bounded memo of parsed claim index values (index_values.h), shared by
// every lookup of one store.
//
// Parsing the claims a verification reads was a fifth of its instructions,
// and verifications read the same entries again and again: the most recent
// claims on a measure and place, or by a speaker, are what every article
// about the same event looks up, and a day of wire copy is mostly such
// articles. A parse is a function of the value's bytes alone, so the memo
// is keyed by them: a replaced or deleted claim's new value is another key,
// and no write has to tell the memo anything. Entries leave the least
// recently used first once their estimated size passes the capacity.
//
// Thread-safe. Claims handed out stay valid as long as a caller holds them,
// evicted or not.
#ifndef FACTCHECK_STORE_PARSED_CLAIM_CACHE_H_
#define FACTCHECK_STORE_PARSED_CLAIM_CACHE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

class ParsedClaimCache {
 public:
  // A memo holding about `capacity_bytes` of values and their parses; with
  // 0 it holds nothing and every Parse parses.
  explicit ParsedClaimCache(size_t capacity_bytes);
  ParsedClaimCache(const ParsedClaimCache&) = delete;
  ParsedClaimCache& operator=(const ParsedClaimCache&) = delete;

  // The claim `value` parses to, as stored (its `shown` fields unparsed);
  // null when `value` is damaged.
  std::shared_ptr<const IndexedClaim> Parse(absl::string_view value);

  // Parses answered from the memo, and parses made, since the memo was
  // made.
  int64_t hits() const { return hits_.load(std::memory_order_relaxed); }
  int64_t misses() const { return misses_.load(std::memory_order_relaxed); }

 private:
  struct Entry {
    uint64_t hash = 0;
    std::string value;
    std::shared_ptr<const IndexedClaim> claim;
    size_t charge = 0;
  };
  // Entries are spread over shards, each with its own lock, so that
  // concurrent verifications seldom wait for one another.
  struct Shard {
    absl::Mutex mutex;
    // Most recently used first, found by their values' hashes (hashed once
    // a parse: values are some hundreds of bytes). Of two values with one
    // hash, the later replaces the earlier.
    std::list<Entry> entries ABSL_GUARDED_BY(mutex);
    absl::flat_hash_map<uint64_t, std::list<Entry>::iterator> by_hash
        ABSL_GUARDED_BY(mutex);
    size_t bytes ABSL_GUARDED_BY(mutex) = 0;
  };
  static constexpr size_t kShards = 8;

  const size_t shard_capacity_;
  Shard shards_[kShards];
  std::atomic<int64_t> hits_{0};
  std::atomic<int64_t> misses_{0};
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_PARSED_CLAIM_CACHE_H_
