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

}  // namespace

RocksDbLookups::RocksDbLookups(rocksdb::DB* db, const ClaimFamilies& families,
                               absl::string_view data_dir,
                               ClaimKeyMemo* claim_keys)
    : db_(db),
      families_(families),
      data_dir_(data_dir),
      claim_keys_(claim_keys),
      claim_keys_generation_(claim_keys != nullptr ? claim_keys->Generation()
                                                   : 0),
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

absl::Status RocksDbLookups::ScanClaims(rocksdb::Iterator* it,
                                        ClaimKeyMemo::Index index,
                                        const std::string& prefix,
                                        const ClaimWindow& window,
                                        ClaimSink& sink) const {
  const std::optional<std::string> scan_start = ClaimScanStart(window);
  if (!scan_start.has_value()) return absl::OkStatus();
  const bool quotes = index == ClaimKeyMemo::Index::kSpeaker;
  sink.Reserve(window.limit);
  std::string start;
  absl::Status status =
      ScanRecent(it, prefix, *scan_start, window.limit, start,
                 [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
                   const absl::string_view quote_key =
                       quotes ? View(key) : absl::string_view();
                   if (quotes && sink.AddRead(quote_key)) {
                     return absl::OkStatus();
                   }
                   if (std::shared_ptr<const IndexedClaim> remembered =
                           Remembered(index, View(key))) {
                     sink.AddParsed(std::move(remembered), quote_key);
                     return absl::OkStatus();
                   }
                   if (!sink.Add(View(value), quote_key)) {
                     return absl::DataLossError(
                         absl::StrCat("store: damaged claim index entry"));
                   }
                   Remember(index, View(key), sink);
                   return absl::OkStatus();
                 });
  if (!status.ok()) return status;
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
      return ScanClaims(ClaimIterator(numeric_, families_.numeric),
                        ClaimKeyMemo::Index::kNumeric,
                        NumericClaimPrefix(request.measure, request.location),
                        request.window, sink);
    case LookupRequest::Kind::kQuotesBy:
      if (request.speaker.size() > kMaxKeyStringBytes) {
        return absl::OkStatus();
      }
      return ScanClaims(ClaimIterator(speaker_, families_.speaker),
                        ClaimKeyMemo::Index::kSpeaker,
                        SpeakerPrefix(request.speaker), request.window, sink);
    case LookupRequest::Kind::kQuotesSharingWords:
      return QuotesSharing(request.content, request.window, sink);
  }
  return absl::InvalidArgumentError("lookup of no known kind");
}

absl::Status RocksDbLookups::QuotesSharing(absl::string_view content,
                                           const ClaimWindow& window,
                                           ClaimSink& sink) {
  // The shingle index and the quotes it names are read as of one moment
  // (the lookups' snapshot): a quote deleted meanwhile is absent from both.
  const std::optional<std::string> scan_start = ClaimScanStart(window);
  if (!scan_start.has_value()) return absl::OkStatus();
  rocksdb::Iterator* it = ClaimIterator(shingles_, families_.shingles);
  std::string start;
  // The matches of each looked-up shingle: a range of shingle_matches_.
  // Views are taken once shingle_bytes_ stops growing.
  std::vector<std::pair<size_t, size_t>> scanned;
  size_t match_count = 0;
  for (uint64_t shingle : LookedUpShingles(content)) {
    const auto found = shingle_scans_.find(shingle);
    if (found != shingle_scans_.end() && found->second.limit == window.limit &&
        found->second.start == *scan_start) {
      scanned.emplace_back(found->second.begin, found->second.end);
      match_count += found->second.end - found->second.begin;
      continue;
    }
    const std::string prefix = ShinglePrefix(shingle);
    const size_t begin = shingle_matches_.size();
    absl::Status status =
        ScanRecent(it, prefix, *scan_start, window.limit, start,
                   [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
                     const size_t tail = key.size() - prefix.size();
                     shingle_matches_.push_back(
                         {shingle_bytes_.size(), tail, value.size()});
                     shingle_bytes_.append(key.data() + prefix.size(), tail);
                     shingle_bytes_.append(value.data(), value.size());
                     return absl::OkStatus();
                   });
    if (!status.ok()) return status;
    const size_t end = shingle_matches_.size();
    shingle_scans_[shingle] = {*scan_start, window.limit, begin, end};
    scanned.emplace_back(begin, end);
    match_count += end - begin;
  }
  std::vector<ShingleMatch> matches;
  matches.reserve(match_count);
  const absl::string_view bytes = shingle_bytes_;
  for (const auto& [begin, end] : scanned) {
    for (size_t m = begin; m < end; ++m) {
      const StoredMatch& match = shingle_matches_[m];
      matches.push_back(
          {bytes.substr(match.offset, match.tail),
           bytes.substr(match.offset + match.tail, match.speaker)});
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
