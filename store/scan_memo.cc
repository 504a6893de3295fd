#include "store/scan_memo.h"

#include <utility>

#include "absl/hash/hash.h"

// Why a lookup finds here only what its snapshot holds. A scan S is
// remembered with generation G, the count read before S's snapshot, and
// only while the count is still G (even), under its shard's lock. A write W
// on S's subject counts up, then forgets the subject under that lock, then
// commits, then counts up again. A lookup of generation L >= G that finds
// S took its snapshot after reading L. Could the two snapshots differ by W?
// - W in S's snapshot, not in the lookup's: W committed before S's snapshot
//   and so began before S was remembered; with the count still G then, W
//   had ended before G was read, hence before L was (L >= G), and before
//   the lookup's snapshot.
// - W in the lookup's snapshot, not in S's: W committed after S's snapshot.
//   Had W begun before G was read, G being even, it would have ended, and
//   committed, before. So it began after: S, remembered while the count was
//   still G, was there before W forgot the subject, and W's forgetting it
//   came before W's commit, before the lookup's snapshot and its find.

namespace factcheck::store {

ScanMemo::ScanMemo(size_t capacity_bytes)
    : shard_capacity_(capacity_bytes / kShards) {}

uint64_t ScanMemo::HashOf(Index index, absl::string_view subject) {
  return absl::HashOf(static_cast<int>(index), subject);
}

void ScanMemo::Forget(Index index, absl::string_view subject) {
  if (shard_capacity_ == 0) return;
  const uint64_t hash = HashOf(index, subject);
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  const auto found = shard.scans.find(hash);
  if (found == shard.scans.end()) return;
  shard.bytes -= found->second.charge;
  shard.scans.erase(found);
}

std::shared_ptr<const ScannedEntries> ScanMemo::Find(Index index,
                                                     absl::string_view subject,
                                                     absl::string_view start,
                                                     size_t limit,
                                                     uint64_t generation) {
  if (shard_capacity_ == 0) return nullptr;
  const uint64_t hash = HashOf(index, subject);
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  const auto found = shard.scans.find(hash);
  if (found == shard.scans.end()) return nullptr;
  const Scan& scan = found->second;
  if (scan.generation > generation || scan.index != index ||
      scan.limit != limit || scan.subject != subject || scan.start != start) {
    return nullptr;
  }
  hits_.fetch_add(1, std::memory_order_relaxed);
  return scan.entries;
}

void ScanMemo::Remember(Index index, absl::string_view subject,
                        absl::string_view start, size_t limit,
                        uint64_t generation,
                        std::shared_ptr<const ScannedEntries> entries) {
  if (shard_capacity_ == 0 || entries == nullptr || generation % 2 != 0) {
    return;
  }
  const uint64_t hash = HashOf(index, subject);
  const size_t charge =
      sizeof(Scan) + subject.size() + start.size() + entries->bytes();
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  // Under the lock that Forget takes after a write counts up: a write that
  // began since `generation` was read is seen here, or forgets this scan.
  if (changes_.load() != generation) return;
  if (const auto found = shard.scans.find(hash); found != shard.scans.end()) {
    shard.bytes -= found->second.charge;
    shard.scans.erase(found);
  }
  if (shard.bytes + charge > shard_capacity_) {
    // Full: a memo of the subjects read lately refills at once, and no
    // list of uses is kept per subject.
    shard.scans.clear();
    shard.bytes = 0;
    if (charge > shard_capacity_) return;
  }
  shard.scans.emplace(
      hash, Scan{index, std::string(subject), std::string(start), limit,
                 generation, std::move(entries), charge});
  shard.bytes += charge;
}

}  // namespace factcheck::store
