#include "store/rocksdb_lookups.h"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "rocksdb/db.h"
#include "rocksdb/options.h"
#include "rocksdb/perf_level.h"
#include "rocksdb/snapshot.h"
#include "store/keys.h"
#include "store/lookups.h"
#include "store/rocksdb_status.h"

namespace factcheck::store {
namespace {

// A RocksDB slice as Abseil's view (Debian's Abseil has its own
// string_view).
absl::string_view View(const rocksdb::Slice& slice) {
  return absl::string_view(slice.data(), slice.size());
}

// Stops RocksDB's perf counters on the calling thread. RocksDB counts the
// steps of every read in thread-local counters unless the thread says
// otherwise; nothing in factcheck reads them, and from a shared library each
// count first looks up the thread's counters (__tls_get_addr): 7% of a
// verification's instructions. A lookup calls this on its own thread, where
// it holds from then on.
void StopPerfCounters() { rocksdb::SetPerfLevel(rocksdb::PerfLevel::kDisable); }

// The memo of scans' name for a claim index the memo of keys names.
ScanMemo::Index ScannedIndex(ClaimKeyMemo::Index index) {
  return index == ClaimKeyMemo::Index::kSpeaker ? ScanMemo::Index::kSpeaker
                                                : ScanMemo::Index::kNumeric;
}

}  // namespace

RocksDbLookups::RocksDbLookups(rocksdb::DB* db, const ClaimFamilies& families,
                               absl::string_view data_dir,
                               ClaimKeyMemo* claim_keys, ScanMemo* scans)
    : db_(db),
      families_(families),
      data_dir_(data_dir),
      claim_keys_(claim_keys),
      scans_(claim_keys != nullptr ? scans : nullptr),
      claim_keys_generation_(claim_keys != nullptr ? claim_keys->Generation()
                                                   : 0),
      scans_generation_(scans_ != nullptr ? scans_->Generation() : 0),
      snapshot_(std::make_unique<rocksdb::ManagedSnapshot>(db)) {
  StopPerfCounters();
}

RocksDbLookups::~RocksDbLookups() = default;

std::shared_ptr<const IndexedClaim> RocksDbLookups::Remembered(
    ClaimKeyMemo::Index index, absl::string_view key) const {
  if (claim_keys_ == nullptr) return nullptr;
  return claim_keys_->Find(index, key, claim_keys_generation_);
}

void RocksDbLookups::Remember(ClaimKeyMemo::Index index, absl::string_view key,
                              const ClaimSink& sink) const {
  if (claim_keys_ == nullptr) return;
  claim_keys_->Remember(index, key, claim_keys_generation_, sink.LastParsed());
}

rocksdb::Iterator* RocksDbLookups::ClaimIterator(
    std::unique_ptr<rocksdb::Iterator>& slot,
    rocksdb::ColumnFamilyHandle* family) {
  if (slot == nullptr) {
    // Claim indexes have a prefix extractor: seeks use its Bloom filters,
    // and the iterator ends with the subject it was sought in, past which
    // the order would be undefined.
    rocksdb::ReadOptions read_options;
    read_options.prefix_same_as_start = true;
    read_options.snapshot = snapshot_->snapshot();
    slot.reset(db_->NewIterator(read_options, family));
  }
  return slot.get();
}

template <typename Visit>
absl::Status RocksDbLookups::ScanRecent(rocksdb::Iterator* it,
                                        absl::string_view prefix,
                                        absl::string_view tail, size_t limit,
                                        std::string& start, Visit visit) const {
  start.assign(prefix.data(), prefix.size());
  start.append(tail.data(), tail.size());
  const rocksdb::Slice subject(prefix.data(), prefix.size());
  // The limit is tested before the step past the last entry visited: a step
  // is a thousand instructions, and the entry after the limit is never read.
  size_t visited = 0;
  for (it->Seek(start); it->Valid() && it->key().starts_with(subject);) {
    if (absl::Status status = visit(it->key(), it->value()); !status.ok()) {
      return status;
    }
    if (++visited == limit) break;
    it->Next();
  }
  return ForClient(it->status(), "store: scan", data_dir_);
}

bool RocksDbLookups::AddRemembered(ClaimKeyMemo::Index index,
                                   const std::string& prefix,
                                   absl::string_view start, size_t limit,
                                   ClaimSink& sink) const {
  if (scans_ == nullptr) return false;
  const bool quotes = index == ClaimKeyMemo::Index::kSpeaker;
  const std::shared_ptr<const ScannedEntries> entries = scans_->Find(
      ScannedIndex(index), prefix, start, limit, scans_generation_);
  if (entries == nullptr) return false;
  // Every claim is found before any is added: a claim the value memo let
  // go sends the lookup to the index with the sink untouched.
  std::vector<std::shared_ptr<const IndexedClaim>> claims(entries->size());
  std::string key;
  const auto key_of = [&](size_t i) -> absl::string_view {
    key.assign(prefix);
    const absl::string_view sort_key = entries->sort_key(i);
    key.append(sort_key.data(), sort_key.size());
    return key;
  };
  int64_t taken = 0;
  for (size_t i = 0; i < entries->size(); ++i) {
    if (quotes && sink.HasRead(key_of(i))) continue;
    claims[i] = entries->claim(i);
    if (claims[i] != nullptr) {
      ++taken;
    } else {
      claims[i] = Remembered(index, key_of(i));
      if (claims[i] == nullptr) return false;
    }
  }
  scans_->CountClaimsTaken(taken);
  for (size_t i = 0; i < entries->size(); ++i) {
    if (claims[i] == nullptr) {
      sink.AddRead(key_of(i));
    } else {
      sink.AddParsed(std::move(claims[i]),
                     quotes ? key_of(i) : absl::string_view());
    }
  }
  return true;
}

absl::Status RocksDbLookups::ScanClaims(
    std::unique_ptr<rocksdb::Iterator>& slot,
    rocksdb::ColumnFamilyHandle* family, ClaimKeyMemo::Index index,
    const std::string& prefix, const ClaimWindow& window, ClaimSink& sink) {
  const std::optional<std::string> scan_start = ClaimScanStart(window);
  if (!scan_start.has_value()) return absl::OkStatus();
  const bool quotes = index == ClaimKeyMemo::Index::kSpeaker;
  sink.Reserve(window.limit);
  if (AddRemembered(index, prefix, *scan_start, window.limit, sink)) {
    sink.Reverse();
    return absl::OkStatus();
  }
  auto scanned =
      scans_ != nullptr ? std::make_shared<ScannedEntries>() : nullptr;
  std::string start;
  absl::Status status = ScanRecent(
      ClaimIterator(slot, family), prefix, *scan_start, window.limit, start,
      [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        const absl::string_view quote_key =
            quotes ? View(key) : absl::string_view();
        // A quote another lookup of the batch read is added as read; a
        // later call finds it by its key.
        std::shared_ptr<const IndexedClaim> claim;
        if (!quotes || !sink.AddRead(quote_key)) {
          claim = Remembered(index, View(key));
          if (claim != nullptr) {
            sink.AddParsed(claim, quote_key);
          } else if (sink.Add(View(value), quote_key)) {
            Remember(index, View(key), sink);
            claim = sink.LastParsed();
          } else {
            return absl::DataLossError(
                absl::StrCat("store: damaged claim index entry"));
          }
        }
        if (scanned != nullptr) {
          scanned->Add(View(key).substr(prefix.size()), {}, claim);
        }
        return absl::OkStatus();
      });
  if (!status.ok()) return status;
  if (scanned != nullptr) {
    scans_->Remember(ScannedIndex(index), prefix, *scan_start, window.limit,
                     scans_generation_, std::move(scanned));
  }
  sink.Reverse();
  return absl::OkStatus();
}

absl::Status RocksDbLookups::LookUp(const LookupRequest& request,
                                    ClaimSink& sink) {
  switch (request.kind) {
    case LookupRequest::Kind::kNumericClaimsOn:
      if (request.measure.size() > kMaxKeyStringBytes ||
          request.location.size() > kMaxKeyStringBytes) {
        return absl::OkStatus();
      }
      return ScanClaims(numeric_, families_.numeric,
                        ClaimKeyMemo::Index::kNumeric,
                        NumericClaimPrefix(request.measure, request.location),
                        request.window, sink);
    case LookupRequest::Kind::kQuotesBy:
      if (request.speaker.size() > kMaxKeyStringBytes) {
        return absl::OkStatus();
      }
      return ScanClaims(speaker_, families_.speaker,
                        ClaimKeyMemo::Index::kSpeaker,
                        SpeakerPrefix(request.speaker), request.window, sink);
    case LookupRequest::Kind::kQuotesSharingWords:
      return QuotesSharing(request.content, request.window, sink);
  }
  return absl::InvalidArgumentError("lookup of no known kind");
}

absl::StatusOr<std::shared_ptr<const ScannedEntries>>
RocksDbLookups::ScanShingle(const std::string& prefix, const std::string& start,
                            size_t limit) {
  if (scans_ != nullptr) {
    if (std::shared_ptr<const ScannedEntries> remembered =
            scans_->Find(ScanMemo::Index::kShingles, prefix, start, limit,
                         scans_generation_)) {
      return remembered;
    }
  }
  auto entries = std::make_shared<ScannedEntries>();
  std::string seek;
  absl::Status status = ScanRecent(
      ClaimIterator(shingles_, families_.shingles), prefix, start, limit, seek,
      [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        entries->Add(View(key).substr(prefix.size()), View(value));
        return absl::OkStatus();
      });
  if (!status.ok()) return status;
  if (scans_ != nullptr) {
    scans_->Remember(ScanMemo::Index::kShingles, prefix, start, limit,
                     scans_generation_, entries);
  }
  return entries;
}

absl::Status RocksDbLookups::QuotesSharing(absl::string_view content,
                                           const ClaimWindow& window,
                                           ClaimSink& sink) {
  // The shingle index and the quotes it names are read as of one moment
  // (the lookups' snapshot): a quote deleted meanwhile is absent from both.
  const std::optional<std::string> scan_start = ClaimScanStart(window);
  if (!scan_start.has_value()) return absl::OkStatus();
  std::vector<const ScannedEntries*> scanned;
  size_t match_count = 0;
  for (uint64_t shingle : LookedUpShingles(content)) {
    ShingleScan& scan = shingle_scans_[shingle];
    if (scan.entries == nullptr || scan.limit != window.limit ||
        scan.start != *scan_start) {
      absl::StatusOr<std::shared_ptr<const ScannedEntries>> entries =
          ScanShingle(ShinglePrefix(shingle), *scan_start, window.limit);
      if (!entries.ok()) return entries.status();
      scan = {*scan_start, window.limit, *std::move(entries)};
    }
    scanned.push_back(scan.entries.get());
    match_count += scan.entries->size();
  }
  std::vector<ShingleMatch> matches;
  matches.reserve(match_count);
  for (const ScannedEntries* entries : scanned) {
    for (size_t m = 0; m < entries->size(); ++m) {
      matches.push_back({entries->sort_key(m), entries->value(m)});
    }
  }
  // The quotes' keys, newest first, one after the other in one buffer, and
  // the slices of those no lookup of the batch has read yet.
  std::string key_bytes;
  std::vector<size_t> key_ends;
  for (const ShingleMatch& quote : RankSharedQuotes(matches, window.limit)) {
    AppendSpeakerKey(quote.speaker, quote.tail, &key_bytes);
    key_ends.push_back(key_bytes.size());
  }
  std::vector<absl::string_view> keys;
  keys.reserve(key_ends.size());
  for (size_t k = 0, begin = 0; k < key_ends.size(); begin = key_ends[k++]) {
    keys.push_back(
        absl::string_view(key_bytes).substr(begin, key_ends[k] - begin));
  }
  std::vector<rocksdb::Slice> unread;
  sink.Reserve(keys.size());
  std::vector<bool> read(keys.size());
  std::vector<std::shared_ptr<const IndexedClaim>> remembered(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    read[k] = sink.HasRead(keys[k]);
    if (read[k]) continue;
    remembered[k] = Remembered(ClaimKeyMemo::Index::kSpeaker, keys[k]);
    if (remembered[k] != nullptr) continue;
    unread.emplace_back(keys[k].data(), keys[k].size());
  }
  // One batched read: MultiGet shares the lookups' work across keys.
  std::vector<rocksdb::PinnableSlice> values(unread.size());
  std::vector<rocksdb::Status> statuses(unread.size());
  rocksdb::ReadOptions read_options;
  read_options.snapshot = snapshot_->snapshot();
  if (!unread.empty()) {
    db_->MultiGet(read_options, families_.speaker, unread.size(), unread.data(),
                  values.data(), statuses.data());
  }
  for (size_t k = 0; k < unread.size(); ++k) {
    if (absl::Status status = ForClient(
            statuses[k], "store: quote named by the shingle index", data_dir_);
        !status.ok()) {
      return status;
    }
  }
  // Newest first in `keys`, oldest first in the answer.
  for (size_t k = keys.size(), v = unread.size(); k-- > 0;) {
    if (read[k]) {
      sink.AddRead(keys[k]);
    } else if (remembered[k] != nullptr) {
      sink.AddParsed(std::move(remembered[k]), keys[k]);
    } else if (!sink.Add(View(values[--v]), keys[k])) {
      return absl::DataLossError(
          absl::StrCat("store: damaged quote index entry"));
    } else {
      Remember(ClaimKeyMemo::Index::kSpeaker, keys[k], sink);
    }
  }
  return absl::OkStatus();
}

}  // namespace factcheck::store
