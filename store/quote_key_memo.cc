#include "store/quote_key_memo.h"

#include "absl/hash/hash.h"

namespace factcheck::store {

QuoteKeyMemo::QuoteKeyMemo(size_t max_keys) : shard_keys_(max_keys / kShards) {}

std::shared_ptr<const IndexedClaim> QuoteKeyMemo::Find(absl::string_view key,
                                                       uint64_t generation) {
  if (shard_keys_ == 0 || !Current(generation)) return nullptr;
  Shard& shard = shards_[absl::HashOf(key) % kShards];
  absl::MutexLock lock(&shard.mutex);
  const auto found = shard.entries.find(key);
  if (found == shard.entries.end() || found->second.generation != generation) {
    return nullptr;
  }
  return found->second.claim.lock();
}

void QuoteKeyMemo::Remember(absl::string_view key, uint64_t generation,
                            const std::shared_ptr<const IndexedClaim>& claim) {
  if (shard_keys_ == 0 || claim == nullptr || !Current(generation)) return;
  Shard& shard = shards_[absl::HashOf(key) % kShards];
  absl::MutexLock lock(&shard.mutex);
  if (shard.entries.size() >= shard_keys_ && !shard.entries.contains(key)) {
    // Full: the entries no lookup can use any more go first, and if most
    // still can, all of them (a memo of the keys read lately refills at
    // once, and no list of uses is kept per key).
    absl::erase_if(shard.entries, [generation](const auto& entry) {
      return entry.second.generation != generation ||
             entry.second.claim.expired();
    });
    if (shard.entries.size() >= shard_keys_ / 2) shard.entries.clear();
  }
  shard.entries.insert_or_assign(std::string(key), Entry{generation, claim});
}

}  // namespace factcheck::store
