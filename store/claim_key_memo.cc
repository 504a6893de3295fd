#include "store/claim_key_memo.h"

#include "absl/hash/hash.h"

namespace factcheck::store {

// Each shard keeps a share of the keys of each index.
ClaimKeyMemo::ClaimKeyMemo(size_t max_keys)
    : shard_keys_(max_keys / (2 * kShards)) {}

std::shared_ptr<const IndexedClaim> ClaimKeyMemo::Find(Index index,
                                                       absl::string_view key,
                                                       uint64_t generation) {
  if (shard_keys_ == 0 || !Current(generation)) return nullptr;
  const uint64_t hash = absl::HashOf(key);
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  const Entries& entries = shard.entries[static_cast<int>(index)];
  const auto found = entries.find(hash);
  if (found == entries.end() || found->second.generation != generation ||
      found->second.key != key) {
    return nullptr;
  }
  std::shared_ptr<const IndexedClaim> claim = found->second.claim.lock();
  if (claim != nullptr) hits_.fetch_add(1, std::memory_order_relaxed);
  return claim;
}

void ClaimKeyMemo::Remember(Index index, absl::string_view key,
                            uint64_t generation,
                            const std::shared_ptr<const IndexedClaim>& claim) {
  if (shard_keys_ == 0 || claim == nullptr || !Current(generation)) return;
  const uint64_t hash = absl::HashOf(key);
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  Entries& entries = shard.entries[static_cast<int>(index)];
  if (entries.size() >= shard_keys_ && !entries.contains(hash)) {
    // Full: the entries no lookup can use any more go first, and if most
    // still can, all of them (a memo of the keys read lately refills at
    // once, and no list of uses is kept per key).
    absl::erase_if(entries, [generation](const auto& entry) {
      return entry.second.generation != generation ||
             entry.second.claim.expired();
    });
    if (entries.size() >= shard_keys_ / 2) entries.clear();
  }
  entries.insert_or_assign(hash, Entry{std::string(key), generation, claim});
}

}  // namespace factcheck::store
