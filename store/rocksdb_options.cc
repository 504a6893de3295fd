#include "store/rocksdb_options.h"

#include <cstdint>

#include "rocksdb/cache.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/memtablerep.h"
#include "rocksdb/options.h"
#include "rocksdb/slice_transform.h"
#include "rocksdb/statistics.h"
#include "rocksdb/table.h"
#include "store/keys.h"

namespace factcheck::store {
namespace {

// Write-ahead log kept before RocksDB flushes the families that hold it back.
// Families written rarely (meta) would otherwise pin every log since the
// store was made: gigabytes on disk, replayed at every start.
constexpr uint64_t kMaxWriteAheadLogBytes = uint64_t{256} << 20;

// Level-0 tables of a claim index that start a compaction into level 1
// (RocksDB's default is 4): each one costs every lookup a seek, while the
// extra compaction falls on ingest, which has room to spare.
constexpr int kClaimIndexLevel0Tables = 2;

// The size of a claim index's level 1 (RocksDB's default is 256 MiB). A
// lookup seeks in every sorted run that may hold its subject, and each level
// is one more: at a million reports each claim index is some 230 to 360 MiB,
// which the default spread over levels 1 and 2. A gibibyte keeps an index of
// up to about three million reports in levels 0 and 1. The price: each
// compaction into level 1 rewrites the part of it that the new tables
// overlap, more as it grows, so a bulk load's compactions last longer
// (verify_benchmark at 3M: at rest 1.16 against 1.48 ms, ingest 6,500
// against 6,553 reports/s, verifications during the compaction 1.94 against
// 1.85 ms).
constexpr uint64_t kClaimIndexLevel1Bytes = uint64_t{1} << 30;

// Bloom filter bits per key: about 1% false positives.
constexpr double kBloomBitsPerKey = 10;

// The share of a claim index's write buffer given to its memtable Bloom
// filter: 1.3 MiB of the default 64.
constexpr double kMemtableBloomShare = 0.02;

// Buckets of a claim index's memtable (8 bytes each) and the height of the
// skip list in each.
constexpr size_t kMemtableSubjects = size_t{1} << 18;
constexpr int32_t kMemtableSkipListHeight = 12;

// The prefix extractor of a claim index whose keys start with `strings`
// length-prefixed strings (keys.h SubjectLength): its Bloom filters hold
// subjects, so a lookup skips every table without claims on its subject.
// The name is kept in each table; a table built under another extractor is
// read without its filter, so changing this never loses entries.
class ClaimSubjectPrefix final : public rocksdb::SliceTransform {
 public:
  ClaimSubjectPrefix(const char* name, int strings)
      : name_(name), strings_(strings) {}

  const char* Name() const override { return name_; }

  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(
        key.data(),
        SubjectLength(absl::string_view(key.data(), key.size()), strings_));
  }

  bool InDomain(const rocksdb::Slice& key) const override {
    return SubjectLength(absl::string_view(key.data(), key.size()), strings_) >
           0;
  }

 private:
  const char* const name_;
  const int strings_;
};

}  // namespace

rocksdb::ColumnFamilyOptions FamilyOptions(
    absl::string_view name, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::BlockBasedTableOptions table_options;
  table_options.block_cache = cache;
  table_options.filter_policy.reset(
      rocksdb::NewBloomFilterPolicy(kBloomBitsPerKey));
  rocksdb::ColumnFamilyOptions options;
  options.table_factory.reset(
      rocksdb::NewBlockBasedTableFactory(table_options));
  if (name == kNumericClaimsFamily) {
    options.prefix_extractor =
        std::make_shared<ClaimSubjectPrefix>("factcheck.MeasureAndLocation", 2);
  } else if (name == kQuotesBySpeakerFamily) {
    options.prefix_extractor =
        std::make_shared<ClaimSubjectPrefix>("factcheck.Speaker", 1);
  } else if (name == kQuoteShinglesFamily) {
    options.prefix_extractor.reset(
        rocksdb::NewFixedPrefixTransform(sizeof(uint64_t)));
  }
  if (options.prefix_extractor != nullptr) {
    // Every level-0 table is one more seek for every lookup.
    options.level0_file_num_compaction_trigger = kClaimIndexLevel0Tables;
    options.max_bytes_for_level_base = kClaimIndexLevel1Bytes;
    // The memtable's own Bloom filter of subjects and whole keys: a lookup
    // of a subject not written lately, or a read of an older quote, skips
    // the skip list, the dearest seek of all.
    options.memtable_prefix_bloom_size_ratio = kMemtableBloomShare;
    options.memtable_whole_key_filtering = true;
    // One skip list per subject: a seek walks its subject's entries, not the
    // whole memtable's (a verification's seeks were a fifth of its
    // instructions). Lookups only ever seek within a subject.
    options.memtable_factory.reset(rocksdb::NewHashSkipListRepFactory(
        kMemtableSubjects, kMemtableSkipListHeight));
  }
  return options;
}

void TuneDbOptions(rocksdb::DBOptions* options) {
  options->max_total_wal_size = kMaxWriteAheadLogBytes;
  // The hashed memtables take one writer at a time, as the store does.
  options->allow_concurrent_memtable_write = false;
  // Counters only (the block cache's hits and misses for Stats): tickers
  // are per-core counters, while histograms and timers would read the
  // clock around every lookup.
  options->statistics = rocksdb::CreateDBStatistics();
  options->statistics->set_stats_level(
      rocksdb::StatsLevel::kExceptHistogramOrTimers);
}

}  // namespace factcheck::store
