#include "store/rocksdb_store.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "google/protobuf/arena.h"
#include "rocksdb/cache.h"
#include "rocksdb/db.h"
#include "rocksdb/env.h"
#include "rocksdb/options.h"
#include "rocksdb/snapshot.h"
#include "rocksdb/statistics.h"
#include "rocksdb/write_batch.h"
#include "store/claim_key_memo.h"
#include "store/claim_sink.h"
#include "store/index_values.h"
#include "store/keys.h"
#include "store/lookups.h"
#include "store/parsed_claim_cache.h"
#include "store/record_entries.h"
#include "store/rocksdb_lookups.h"
#include "store/rocksdb_options.h"
#include "store/rocksdb_status.h"
#include "store/scan_memo.h"

namespace factcheck::store {
namespace {

// Bytes of the memo of parsed claims per key the memo of claim keys
// remembers: a parsed claim is charged about 1.7 KiB, and a key pointing at
// a claim the value memo let go finds nothing, so about as many keys as
// claims (some 120 bytes each, 6% of the value memo's bytes).
constexpr size_t kMemoBytesPerClaimKey = 2048;

// The memo of scans (scan_memo.h) takes an eighth of the value memo's
// bytes: a scan is a few hundred bytes of keys, so some ten thousand
// subjects at the default, while a verification of the benchmark's article
// scans about 120.
constexpr size_t kScanMemoShare = 8;

// A RocksDB slice as Abseil's view (Debian's Abseil has its own
// string_view).
absl::string_view View(const rocksdb::Slice& slice) {
  return absl::string_view(slice.data(), slice.size());
}

class RocksDbStore final : public ReportStore {
 public:
  struct Families {
    rocksdb::ColumnFamilyHandle* reports = nullptr;
    rocksdb::ColumnFamilyHandle* by_time = nullptr;
    rocksdb::ColumnFamilyHandle* by_source = nullptr;
    rocksdb::ColumnFamilyHandle* numeric = nullptr;
    rocksdb::ColumnFamilyHandle* speaker = nullptr;
    rocksdb::ColumnFamilyHandle* shingles = nullptr;
    rocksdb::ColumnFamilyHandle* meta = nullptr;
  };

  RocksDbStore(std::string data_dir, const StoreOptions& options,
               bool read_only, std::unique_ptr<rocksdb::DB> db,
               std::vector<rocksdb::ColumnFamilyHandle*> handles,
               Families families)
      : data_dir_(std::move(data_dir)),
        read_only_(read_only),
        min_free_bytes_(options.min_free_disk_bytes),
        db_(std::move(db)),
        handles_(std::move(handles)),
        families_(families),
        parsed_claims_(options.parsed_claim_cache_bytes),
        claim_keys_(options.parsed_claim_cache_bytes / kMemoBytesPerClaimKey),
        scans_(options.parsed_claim_cache_bytes / kScanMemoShare) {
    write_options_.sync = options.sync_writes;
  }

  ~RocksDbStore() override {
    for (rocksdb::ColumnFamilyHandle* handle : handles_) {
      db_->DestroyColumnFamilyHandle(handle);
    }
    db_->Close().PermitUncheckedError();
  }

  absl::StatusOr<std::vector<PutOutcome>> Put(
      const std::vector<StoredReport>& records) override;
  absl::StatusOr<StoredReport> Get(absl::string_view report_id) const override;
  absl::Status Delete(absl::string_view report_id) override;
  absl::StatusOr<ListPage> List(const ListQuery& query) const override;
  absl::StatusOr<std::vector<IndexedClaim>> NumericClaimsOn(
      absl::string_view measure, absl::string_view location,
      const ClaimWindow& window) const override {
    return Values(LookupRequest::NumericClaimsOn(measure, location, window));
  }
  absl::StatusOr<std::vector<IndexedClaim>> QuotesBy(
      absl::string_view speaker, const ClaimWindow& window) const override {
    return Values(LookupRequest::QuotesBy(speaker, window));
  }
  absl::StatusOr<std::vector<IndexedClaim>> QuotesSharingWords(
      absl::string_view content, const ClaimWindow& window) const override {
    return Values(LookupRequest::QuotesSharingWords(content, window));
  }
  // Each lookup is a seek in process: no round trip to save, so they run
  // in turn.
  absl::StatusOr<LookupAnswers> Lookups(
      const std::vector<LookupRequest>& requests) const override;
  StoreStats Stats() const override;
  // An open embedded store always answers.
  absl::Status Probe() const override { return absl::OkStatus(); }

  // Whether a flush or compaction runs or waits in any family.
  bool Compacting() const;

 private:
  // The stored record of `report_id`, as of `snapshot` (now when null);
  // nullopt when there is none.
  absl::StatusOr<std::optional<StoredReport>> Read(
      absl::string_view report_id,
      const rocksdb::Snapshot* snapshot = nullptr) const;

  // The column family that holds `index`.
  rocksdb::ColumnFamilyHandle* FamilyOf(StoreIndex index) const {
    switch (index) {
      case StoreIndex::kReports:
        return families_.reports;
      case StoreIndex::kByTime:
        return families_.by_time;
      case StoreIndex::kBySource:
        return families_.by_source;
      case StoreIndex::kNumeric:
        return families_.numeric;
      case StoreIndex::kSpeaker:
        return families_.speaker;
      case StoreIndex::kShingles:
        return families_.shingles;
    }
    return nullptr;
  }

  // The claim indexes' families, for the lookups of a call.
  ClaimFamilies ClaimFamiliesOf() const {
    return {families_.numeric, families_.speaker, families_.shingles};
  }

  // What `request` finds, as values.
  absl::StatusOr<std::vector<IndexedClaim>> Values(
      const LookupRequest& request) const {
    std::vector<IndexedClaim> claims;
    ClaimSink sink(&claims);
    RocksDbLookups lookups(db_.get(), ClaimFamiliesOf(), data_dir_);
    if (absl::Status status = lookups.LookUp(request, sink); !status.ok()) {
      return status;
    }
    return claims;
  }

  // Writes `batch`, or refuses it without touching the database: when the
  // disk has less than the reserve free (RocksDB needs room to flush and
  // compact, and a write-ahead log append that fails for want of space
  // leaves a writer that aborts the process on its next use), or after an
  // earlier write failed on I/O (the same writer: only a restart replaces
  // it).
  absl::Status Write(rocksdb::WriteBatch* batch, absl::string_view what)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_) {
    if (read_only_) {
      return absl::UnavailableError(absl::StrCat(
          "store: ", what,
          ": the store was opened for reads only (its disk was full or "
          "read-only); restart factcheckd once it can write"));
    }
    if (!write_failure_.ok()) {
      return absl::UnavailableError(absl::StrCat(
          "store: ", what, ": the store stopped writing after ",
          Reason(write_failure_),
          "; reads still work; restart factcheckd once it is fixed"));
    }
    std::error_code error;
    const std::filesystem::space_info space =
        std::filesystem::space(data_dir_, error);
    if (!error &&
        space.available < min_free_bytes_ + 2 * batch->GetDataSize()) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "store: ", what, ": the data directory's disk is full (",
          space.available >> 20, " MiB free, the store keeps ",
          min_free_bytes_ >> 20,
          " MiB for itself); reads still work, and writes resume once space "
          "is freed"));
    }
    const rocksdb::Status written = db_->Write(write_options_, batch);
    if (written.ok()) return absl::OkStatus();
    if (written.IsIOError()) {
      write_failure_ = written;
      // The operator's copy, with the file names a client must not see.
      std::cerr << "factcheckd: the store stopped writing: "
                << written.ToString() << std::endl;
      return absl::UnavailableError(absl::StrCat(
          "store: ", what, ": ", Reason(written),
          "; the store stopped writing; reads still work; restart factcheckd "
          "once it is fixed"));
    }
    return ForClient(written, absl::StrCat("store: ", what));
  }

  // What a write changes in the claim indexes: the subjects it puts or
  // deletes entries under, which the memo of scans forgets, and whether it
  // replaces or deletes entries, when the memo of claim keys stops
  // answering for keys whose values it may change.
  struct IndexChanges {
    std::vector<std::pair<ScanMemo::Index, std::string>> subjects;
    bool replaces = false;

    void Add(const std::vector<IndexEntry>& entries) {
      for (const IndexEntry& entry : entries) {
        switch (entry.index) {
          case StoreIndex::kNumeric:
            subjects.emplace_back(ScanMemo::Index::kNumeric, entry.partition());
            break;
          case StoreIndex::kSpeaker:
            subjects.emplace_back(ScanMemo::Index::kSpeaker, entry.partition());
            break;
          case StoreIndex::kShingles:
            subjects.emplace_back(ScanMemo::Index::kShingles,
                                  entry.partition());
            break;
          default:
            break;
        }
      }
    }
  };

  // Write for a batch that makes `changes`, which the memos are told of.
  absl::Status WriteChanges(rocksdb::WriteBatch* batch, absl::string_view what,
                            const IndexChanges& changes)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_) {
    if (changes.replaces) claim_keys_.BeginChange();
    scans_.BeginChange();
    for (const auto& [index, subject] : changes.subjects) {
      scans_.Forget(index, subject);
    }
    absl::Status written = Write(batch, what);
    scans_.EndChange();
    if (changes.replaces) claim_keys_.EndChange();
    return written;
  }

  // Why an I/O error happened, in words without the server's file paths.
  static std::string Reason(const rocksdb::Status& status) {
    const std::string text = status.ToString();
    if (status.IsNoSpace() || absl::StrContains(text, "No space left")) {
      return "the disk filled up";
    }
    if (absl::StrContains(text, "Read-only file system")) {
      return "the file system became read-only";
    }
    return "an I/O error (the server's log has the details)";
  }

  // FromRocks for a client: the data directory's path taken out of the
  // message.
  absl::Status ForClient(const rocksdb::Status& status,
                         absl::string_view context) const {
    return store::ForClient(status, context, data_dir_);
  }

  const std::string data_dir_;
  // Opened on a read-only file system: every write is refused.
  const bool read_only_;
  // Free disk space below which writes are refused.
  const uint64_t min_free_bytes_;
  const std::unique_ptr<rocksdb::DB> db_;
  const std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  const Families families_;
  // Mutable: memos, which lookups (const) fill.
  mutable ParsedClaimCache parsed_claims_;
  mutable ClaimKeyMemo claim_keys_;
  mutable ScanMemo scans_;
  rocksdb::WriteOptions write_options_;
  // Put and Delete read the stored version before they write; one writer at
  // a time keeps that read current.
  absl::Mutex write_mu_;
  // The I/O error that stopped writes, or OK.
  rocksdb::Status write_failure_ ABSL_GUARDED_BY(write_mu_);
};

absl::StatusOr<std::optional<StoredReport>> RocksDbStore::Read(
    absl::string_view report_id, const rocksdb::Snapshot* snapshot) const {
  std::string value;
  rocksdb::ReadOptions read_options;
  read_options.snapshot = snapshot;
  const rocksdb::Status status =
      db_->Get(read_options, families_.reports,
               rocksdb::Slice(report_id.data(), report_id.size()), &value);
  if (status.IsNotFound()) return std::nullopt;
  if (!status.ok()) {
    return ForClient(status, absl::StrCat("store: reading ", report_id));
  }
  StoredReport record;
  if (!record.ParseFromString(value)) {
    return absl::DataLossError(
        absl::StrCat("store: the record of ", report_id, " is damaged"));
  }
  return record;
}

absl::StatusOr<std::vector<PutOutcome>> RocksDbStore::Put(
    const std::vector<StoredReport>& records) {
  if (absl::Status valid = ValidateRecords(records); !valid.ok()) {
    return valid;
  }

  absl::MutexLock lock(&write_mu_);
  rocksdb::WriteBatch batch;
  IndexChanges changes;
  std::vector<PutOutcome> outcomes;
  outcomes.reserve(records.size());
  for (const StoredReport& record : records) {
    absl::StatusOr<std::optional<StoredReport>> stored =
        Read(record.report().id());
    if (!stored.ok()) return stored.status();
    PutOutcome outcome = PutOutcome::kCreated;
    if (stored->has_value()) {
      if (Serialize(**stored) == Serialize(record)) {
        outcomes.push_back(PutOutcome::kUnchanged);
        continue;
      }
      outcome = PutOutcome::kReplaced;
      const std::vector<IndexEntry> replaced = EntriesOf(**stored);
      for (const IndexEntry& entry : replaced) {
        batch.Delete(FamilyOf(entry.index), entry.key);
      }
      changes.Add(replaced);
      changes.replaces = true;
    }
    const std::vector<IndexEntry> entries = EntriesOf(record);
    for (const IndexEntry& entry : entries) {
      batch.Put(FamilyOf(entry.index), entry.key, entry.value);
    }
    changes.Add(entries);
    outcomes.push_back(outcome);
  }
  if (batch.Count() > 0) {
    if (absl::Status written = WriteChanges(&batch, "storing reports", changes);
        !written.ok()) {
      return written;
    }
  }
  return outcomes;
}

absl::StatusOr<StoredReport> RocksDbStore::Get(
    absl::string_view report_id) const {
  absl::StatusOr<std::optional<StoredReport>> stored = Read(report_id);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) {
    return absl::NotFoundError(absl::StrCat("no report with id ", report_id));
  }
  return std::move(**stored);
}

absl::Status RocksDbStore::Delete(absl::string_view report_id) {
  absl::MutexLock lock(&write_mu_);
  absl::StatusOr<std::optional<StoredReport>> stored = Read(report_id);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) {
    return absl::NotFoundError(absl::StrCat("no report with id ", report_id));
  }
  rocksdb::WriteBatch batch;
  IndexChanges changes;
  const std::vector<IndexEntry> entries = EntriesOf(**stored);
  for (const IndexEntry& entry : entries) {
    batch.Delete(FamilyOf(entry.index), entry.key);
  }
  changes.Add(entries);
  changes.replaces = true;
  return WriteChanges(&batch, absl::StrCat("deleting ", report_id), changes);
}

absl::StatusOr<ListPage> RocksDbStore::List(const ListQuery& query) const {
  absl::StatusOr<ListRange> range = ListRangeOf(query);
  if (!range.ok()) return range.status();
  // Without a source the time index serves; with one, the source index
  // whose keys are the same time keys behind a source prefix.
  rocksdb::ColumnFamilyHandle* family =
      range->by_source ? families_.by_source : families_.by_time;
  const std::string& prefix = range->partition;
  const std::string lower = prefix + range->lower;
  const std::string upper =
      range->upper.empty() ? KeySuccessor(prefix) : prefix + range->upper;
  const std::string start =
      range->start.has_value() ? prefix + *range->start : std::string();

  // One snapshot for the index and the records it names: a report deleted
  // meanwhile is absent from both.
  rocksdb::ManagedSnapshot snapshot(db_.get());
  rocksdb::ReadOptions read_options;
  read_options.snapshot = snapshot.snapshot();
  rocksdb::Slice lower_slice(lower);
  rocksdb::Slice upper_slice(upper);
  read_options.iterate_lower_bound = &lower_slice;
  if (!upper.empty()) read_options.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(read_options, family));
  if (query.newest_first) {
    if (!start.empty()) {
      it->SeekForPrev(start);
    } else {
      it->SeekToLast();
    }
  } else if (!start.empty()) {
    it->Seek(start);
  } else {
    it->SeekToFirst();
  }

  ListPage page;
  for (; it->Valid(); query.newest_first ? it->Prev() : it->Next()) {
    if (page.reports.size() == static_cast<size_t>(query.page_size)) {
      page.next_page_token =
          PageToken(*range, View(it->key()).substr(prefix.size()));
      break;
    }
    absl::StatusOr<std::string> id =
        ReportIdFromTimeKey(View(it->key()), prefix.size());
    if (!id.ok()) return id.status();
    absl::StatusOr<std::optional<StoredReport>> record =
        Read(*id, snapshot.snapshot());
    if (!record.ok()) return record.status();
    if (!record->has_value()) {
      return absl::DataLossError(
          absl::StrCat("store: time index names ", *id, " but has no record"));
    }
    page.reports.push_back(**std::move(record));
  }
  if (absl::Status status = ForClient(it->status(), "store: listing reports");
      !status.ok()) {
    return status;
  }
  return page;
}

absl::StatusOr<LookupAnswers> RocksDbStore::Lookups(
    const std::vector<LookupRequest>& requests) const {
  if (absl::Status valid = ValidateLookups(requests); !valid.ok()) {
    return valid;
  }
  LookupAnswers answers{NewLookupArena(), {}};
  answers.claims.resize(requests.size());
  RocksDbLookups lookups(db_.get(), ClaimFamiliesOf(), data_dir_, &claim_keys_,
                         &scans_);
  QuotesRead quotes_read;
  // The lookups by words last: most of the quotes they name, the lookups
  // by speaker have read.
  for (const bool by_words : {false, true}) {
    for (size_t i = 0; i < requests.size(); ++i) {
      if ((requests[i].kind == LookupRequest::Kind::kQuotesSharingWords) !=
          by_words) {
        continue;
      }
      ClaimSink sink(&answers, &answers.claims[i], &quotes_read,
                     &parsed_claims_);
      if (absl::Status status = lookups.LookUp(requests[i], sink);
          !status.ok()) {
        return status;
      }
    }
  }
  return answers;
}

StoreStats RocksDbStore::Stats() const {
  StoreStats stats;
  uint64_t value = 0;
  if (db_->GetIntProperty(families_.reports, "rocksdb.estimate-num-keys",
                          &value)) {
    stats.reports = static_cast<int64_t>(value);
  }
  for (rocksdb::ColumnFamilyHandle* family : handles_) {
    for (const char* property :
         {"rocksdb.total-sst-files-size", "rocksdb.cur-size-all-mem-tables"}) {
      if (db_->GetIntProperty(family, property, &value)) {
        stats.bytes += static_cast<int64_t>(value);
      }
    }
  }
  // Every family shares the one block cache.
  if (db_->GetIntProperty(families_.reports, "rocksdb.block-cache-usage",
                          &value)) {
    stats.cache_bytes = static_cast<int64_t>(value);
  }
  if (const std::shared_ptr<rocksdb::Statistics> statistics =
          db_->GetDBOptions().statistics) {
    stats.cache_hits = static_cast<int64_t>(
        statistics->getTickerCount(rocksdb::BLOCK_CACHE_HIT));
    stats.cache_misses = static_cast<int64_t>(
        statistics->getTickerCount(rocksdb::BLOCK_CACHE_MISS));
  }
  // A claim found by its key, or by a remembered scan, was taken from the
  // memo of parsed claims too.
  stats.parsed_claim_hits =
      parsed_claims_.hits() + claim_keys_.hits() + scans_.claims_taken();
  stats.scan_hits = scans_.hits();
  stats.parsed_claim_misses = parsed_claims_.misses();
  return stats;
}

bool RocksDbStore::Compacting() const {
  uint64_t value = 0;
  for (const char* running :
       {"rocksdb.num-running-compactions", "rocksdb.num-running-flushes"}) {
    if (db_->GetIntProperty(running, &value) && value > 0) return true;
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles_) {
    for (const char* pending :
         {"rocksdb.compaction-pending", "rocksdb.mem-table-flush-pending"}) {
      if (db_->GetIntProperty(handle, pending, &value) && value > 0) {
        return true;
      }
    }
  }
  return false;
}

// Every column family of a schema-1 store, in handle order.
const std::vector<std::string>& FamilyNames() {
  static const auto* const kNames = new std::vector<std::string>{
      rocksdb::kDefaultColumnFamilyName,
      kReportsFamily,
      kReportsByTimeFamily,
      kReportsBySourceFamily,
      kNumericClaimsFamily,
      kQuotesBySpeakerFamily,
      kQuoteShinglesFamily,
      kMetaFamily,
  };
  return *kNames;
}

bool IsEmptyDirectory(const std::filesystem::path& dir) {
  std::error_code error;
  return std::filesystem::is_directory(dir, error) &&
         std::filesystem::is_empty(dir, error) && !error;
}

// The schema version of an existing store, one this build reads.
absl::StatusOr<int> ReadSchemaVersion(rocksdb::DB* db,
                                      rocksdb::ColumnFamilyHandle* meta,
                                      const std::string& data_dir) {
  std::string value;
  const rocksdb::Status status =
      db->Get(rocksdb::ReadOptions(), meta, kSchemaVersionKey, &value);
  if (status.IsNotFound()) {
    return absl::FailedPreconditionError(absl::StrCat(
        data_dir, " holds a RocksDB database that is not a factcheck store"));
  }
  if (!status.ok()) return FromRocks(status, data_dir);
  int version = 0;
  if (!absl::SimpleAtoi(value, &version)) {
    return absl::DataLossError(
        absl::StrCat(data_dir, ": unreadable schema version '", value, "'"));
  }
  if (absl::Status readable =
          CheckSchemaVersion(version, data_dir, "directory");
      !readable.ok()) {
    return readable;
  }
  return version;
}

}  // namespace

absl::StatusOr<std::unique_ptr<ReportStore>> OpenRocksDbStore(
    const std::string& data_dir, const StoreOptions& options) {
  const std::filesystem::path dir(data_dir);
  std::error_code error;
  if (!std::filesystem::exists(dir, error)) {
    if (!options.create_if_missing) {
      return absl::UnavailableError(
          absl::StrCat("data directory ", data_dir, " does not exist"));
    }
    if (!std::filesystem::create_directories(dir, error) && error) {
      return absl::UnavailableError(absl::StrCat(
          "cannot create data directory ", data_dir, ": ", error.message()));
    }
  }

  std::vector<std::string> existing;
  const rocksdb::Status listed = rocksdb::DB::ListColumnFamilies(
      rocksdb::DBOptions(), data_dir, &existing);
  const bool is_new = !listed.ok();
  if (is_new && !IsEmptyDirectory(dir)) {
    return absl::FailedPreconditionError(absl::StrCat(
        data_dir,
        " is not a factcheck data directory: it is not empty and holds no "
        "store; choose an empty or new directory"));
  }
  if (!is_new && std::find(existing.begin(), existing.end(), kMetaFamily) ==
                     existing.end()) {
    return absl::FailedPreconditionError(absl::StrCat(
        data_dir, " holds a RocksDB database that is not a factcheck store"));
  }

  // Compaction yields the CPU to lookups: a verification waits on nothing
  // but the CPU, while compaction only has to keep up over seconds.
  // (The pool is the process's, shared by every store it opens.)
  rocksdb::Env::Default()->LowerThreadPoolCPUPriority(
      rocksdb::Env::Priority::LOW, rocksdb::CpuPriority::kLow);
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = is_new;
  db_options.create_missing_column_families = is_new;
  TuneDbOptions(&db_options);
  const std::shared_ptr<rocksdb::Cache> cache =
      rocksdb::NewLRUCache(options.block_cache_bytes);

  // RocksDB opens every family a database has; a newer schema may have more
  // than ours, and is then refused by its version below.
  std::vector<std::string> names = is_new ? FamilyNames() : existing;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) {
    descriptors.emplace_back(name, FamilyOptions(name, cache));
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw_db = nullptr;
  // Opening writes (a new log, a flush of the old one): on a full disk it
  // fails inside RocksDB, so a store short of its reserve opens for reads.
  const std::filesystem::space_info space = std::filesystem::space(dir, error);
  const bool disk_full =
      !error && space.available < options.min_free_disk_bytes;
  if (disk_full && is_new) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "data directory ", data_dir, " has ", space.available >> 20,
        " MiB free; a new store needs at least ",
        options.min_free_disk_bytes >> 20, " MiB"));
  }
  rocksdb::Status opened =
      disk_full ? rocksdb::Status::IOError("No space left on device")
                : rocksdb::DB::Open(db_options, data_dir, descriptors, &handles,
                                    &raw_db);
  // A store on a read-only file system or a full disk still answers reads.
  const bool read_only =
      !opened.ok() && !is_new &&
      (disk_full ||
       absl::StrContains(opened.ToString(), "Read-only file system"));
  if (read_only) {
    std::cerr << "factcheck store: " << data_dir << " is "
              << (disk_full ? "on a full disk" : "on a read-only file system")
              << ": serving reads only until a restart with space or write "
                 "access"
              << std::endl;
    opened = rocksdb::DB::OpenForReadOnly(db_options, data_dir, descriptors,
                                          &handles, &raw_db);
  }
  std::unique_ptr<rocksdb::DB> db(raw_db);
  if (!opened.ok()) {
    if (opened.IsIOError() &&
        absl::StrContains(absl::AsciiStrToLower(opened.ToString()), "lock")) {
      return absl::UnavailableError(absl::StrCat(
          "data directory ", data_dir,
          " is in use by another factcheck process (its LOCK is held); stop "
          "that process or use another data directory"));
    }
    return FromRocks(opened, absl::StrCat("opening data directory ", data_dir));
  }

  auto handle_of = [&](absl::string_view name) -> rocksdb::ColumnFamilyHandle* {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return handles[i];
    }
    return nullptr;
  };
  auto close_with = [&](absl::Status status) {
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      db->DestroyColumnFamilyHandle(handle);
    }
    db->Close().PermitUncheckedError();
    return status;
  };

  rocksdb::ColumnFamilyHandle* meta = handle_of(kMetaFamily);
  absl::StatusOr<int> version = kSchemaVersion;
  if (!is_new) version = ReadSchemaVersion(db.get(), meta, data_dir);
  if (!version.ok()) return close_with(version.status());
  // A new store, or one of an older schema this build reads as it is
  // (keys.h): from now on it holds values of this schema too.
  if (is_new || (*version < kSchemaVersion && !read_only)) {
    rocksdb::WriteOptions sync;
    sync.sync = true;
    if (absl::Status written = FromRocks(
            db->Put(sync, meta, kSchemaVersionKey,
                    std::to_string(kSchemaVersion)),
            absl::StrCat("marking the schema of data directory ", data_dir));
        !written.ok()) {
      return close_with(written);
    }
  }

  RocksDbStore::Families families{handle_of(kReportsFamily),
                                  handle_of(kReportsByTimeFamily),
                                  handle_of(kReportsBySourceFamily),
                                  handle_of(kNumericClaimsFamily),
                                  handle_of(kQuotesBySpeakerFamily),
                                  handle_of(kQuoteShinglesFamily),
                                  meta};
  for (rocksdb::ColumnFamilyHandle* handle :
       {families.reports, families.by_time, families.by_source,
        families.numeric, families.speaker, families.shingles}) {
    if (handle == nullptr) {
      return close_with(absl::DataLossError(absl::StrCat(
          data_dir, ": factcheck store lacks one of its column families")));
    }
  }
  return std::unique_ptr<ReportStore>(
      new RocksDbStore(data_dir, options, read_only, std::move(db),
                       std::move(handles), families));
}

absl::Status WaitUntilCompacted(const ReportStore& store,
                                absl::Duration timeout) {
  const auto* rocks = dynamic_cast<const RocksDbStore*>(&store);
  if (rocks == nullptr) {
    return absl::InvalidArgumentError("not a store opened by OpenRocksDbStore");
  }
  // One compaction's end can be the next one's start: quiet means quiet
  // for a whole second.
  constexpr int kQuietPolls = 10;
  const absl::Time deadline = absl::Now() + timeout;
  for (int quiet = 0; quiet < kQuietPolls;) {
    quiet = rocks->Compacting() ? 0 : quiet + 1;
    if (absl::Now() > deadline) {
      return absl::DeadlineExceededError(absl::StrCat(
          "store still compacting after ", absl::FormatDuration(timeout)));
    }
    absl::SleepFor(absl::Milliseconds(100));
  }
  return absl::OkStatus();
}

}  // namespace factcheck::store
