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

size_t ScanMemo::ChargeOf(absl::string_view start,
                          const ScannedEntries& entries) {
  return sizeof(Scan) + start.size() + entries.bytes();
}

void ScanMemo::Forget(Index index, absl::string_view subject) {
  if (shard_capacity_ == 0) return;
  const uint64_t hash = HashOf(index, subject);
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  const auto found = shard.subjects.find(hash);
  if (found == shard.subjects.end()) return;
  shard.bytes -= found->second.charge;
  shard.subjects.erase(found);
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
  const auto found = shard.subjects.find(hash);
  if (found == shard.subjects.end() || found->second.index != index ||
      found->second.subject != subject) {
    return nullptr;
  }
  for (const Scan& scan : found->second.scans) {
    if (scan.limit == limit && scan.start == start &&
        scan.generation <= generation) {
      hits_.fetch_add(1, std::memory_order_relaxed);
      return scan.entries;
    }
  }
  return nullptr;
}

void ScanMemo::Remember(Index index, absl::string_view subject,
                        absl::string_view start, size_t limit,
                        uint64_t generation,
                        std::shared_ptr<const ScannedEntries> entries) {
  if (shard_capacity_ == 0 || entries == nullptr || generation % 2 != 0) {
    return;
  }
  const uint64_t hash = HashOf(index, subject);
  const size_t subject_charge = sizeof(Subject) + subject.size();
  const size_t scan_charge = ChargeOf(start, *entries);
  Shard& shard = shards_[hash % kShards];
  absl::MutexLock lock(&shard.mutex);
  // Under the lock that Forget takes after a write counts up: a write that
  // began since `generation` was read is seen here, or forgets this scan.
  if (changes_.load() != generation) return;
  auto found = shard.subjects.find(hash);
  const bool known = found != shard.subjects.end() &&
                     found->second.index == index &&
                     found->second.subject == subject;
  if (shard.bytes + scan_charge + (known ? 0 : subject_charge) >
      shard_capacity_) {
    // Full: a memo of the subjects read lately refills at once, and no
    // list of uses is kept per subject.
    shard.subjects.clear();
    shard.bytes = 0;
    if (subject_charge + scan_charge > shard_capacity_) return;
    found = shard.subjects.end();
  } else if (!known && found != shard.subjects.end()) {
    shard.bytes -= found->second.charge;
    shard.subjects.erase(found);
    found = shard.subjects.end();
  }
  if (found == shard.subjects.end()) {
    found =
        shard.subjects
            .emplace(hash,
                     Subject{index, std::string(subject), {}, subject_charge})
            .first;
    shard.bytes += subject_charge;
  }
  Subject& remembered = found->second;
  std::vector<Scan>& scans = remembered.scans;
  const auto forget = [&](std::vector<Scan>::iterator scan) {
    const size_t charge = ChargeOf(scan->start, *scan->entries);
    remembered.charge -= charge;
    shard.bytes -= charge;
    return scans.erase(scan);
  };
  // One scan per window, the newest; past kMaxWindowsPerSubject windows the
  // oldest goes.
  for (auto scan = scans.begin(); scan != scans.end();) {
    scan =
        scan->limit == limit && scan->start == start ? forget(scan) : scan + 1;
  }
  if (scans.size() == kMaxWindowsPerSubject) forget(scans.begin());
  scans.push_back(
      Scan{std::string(start), limit, generation, std::move(entries)});
  remembered.charge += scan_charge;
  shard.bytes += scan_charge;
}

}  // namespace factcheck::store
