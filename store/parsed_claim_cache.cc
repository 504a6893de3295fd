#include "store/parsed_claim_cache.h"

#include <utility>

#include "absl/hash/hash.h"

namespace factcheck::store {
namespace {

// What an entry is taken to hold: its value, the parse's strings (about as
// many bytes again) and the messages, list node and map slot around them.
// Measuring the parse (SpaceUsedLong) would cost a third of a parse.
size_t Charge(absl::string_view value) { return 2 * value.size() + 768; }

// `value` parsed afresh; null when it is damaged.
std::shared_ptr<const IndexedClaim> ParsedAfresh(absl::string_view value) {
  auto claim = std::make_shared<IndexedClaim>();
  if (!claim->ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return nullptr;
  }
  return claim;
}

}  // namespace

ParsedClaimCache::ParsedClaimCache(size_t capacity_bytes)
    : shard_capacity_(capacity_bytes / kShards) {}

std::shared_ptr<const IndexedClaim> ParsedClaimCache::Parse(
    absl::string_view value) {
  const size_t charge = Charge(value);
  if (charge > shard_capacity_) {
    misses_.fetch_add(1, std::memory_order_relaxed);
    return ParsedAfresh(value);
  }
  const uint64_t hash = absl::HashOf(value);
  Shard& shard = shards_[hash % kShards];
  {
    absl::MutexLock lock(&shard.mutex);
    const auto found = shard.by_hash.find(hash);
    if (found != shard.by_hash.end() && found->second->value == value) {
      shard.entries.splice(shard.entries.begin(), shard.entries, found->second);
      hits_.fetch_add(1, std::memory_order_relaxed);
      return found->second->claim;
    }
  }
  // Parsed without the lock: another thread may parse the same value
  // meanwhile, and the later to come back keeps its parse.
  misses_.fetch_add(1, std::memory_order_relaxed);
  std::shared_ptr<const IndexedClaim> claim = ParsedAfresh(value);
  if (claim == nullptr) return nullptr;
  absl::MutexLock lock(&shard.mutex);
  if (const auto found = shard.by_hash.find(hash);
      found != shard.by_hash.end()) {
    shard.bytes -= found->second->charge;
    shard.entries.erase(found->second);
    shard.by_hash.erase(found);
  }
  shard.entries.push_front(Entry{hash, std::string(value), claim, charge});
  shard.by_hash.emplace(hash, shard.entries.begin());
  shard.bytes += charge;
  while (shard.bytes > shard_capacity_) {
    const Entry& oldest = shard.entries.back();
    shard.bytes -= oldest.charge;
    shard.by_hash.erase(oldest.hash);
    shard.entries.pop_back();
  }
  return claim;
}

}  // namespace factcheck::store
