// The report store: prior reports with their extracted claims, and the indexes
// that let verification find comparable claims with one prefix seek.
//
// A ReportStore is the only way the rest of factcheck reads or writes stored
// reports. Implementations are thread-safe: any method may be called from any
// thread at any time. Every write is all or nothing, and a write that returned
// OK survives a crash of the process (and, with StoreOptions::sync_writes, of
// the machine).
#ifndef FACTCHECK_STORE_REPORT_STORE_H_
#define FACTCHECK_STORE_REPORT_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/timestamp.pb.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

// What Put did with one record.
enum class PutOutcome {
  // The id was new.
  kCreated,
  // The id was stored with an identical report and claims; nothing written.
  kUnchanged,
  // The id was stored with other content: replaced, with every index entry
  // of the old version removed.
  kReplaced,
};

// Which reports List returns, and which page of them.
struct ListQuery {
  // Only reports of this source (exact match); empty for every source.
  std::string source;
  // Only reports published at or after this instant; unset for no bound.
  std::optional<google::protobuf::Timestamp> published_after;
  // Only reports published before this instant; unset for no bound.
  std::optional<google::protobuf::Timestamp> published_before;
  // Reports per page, 1 to kMaxPageSize.
  int page_size = 50;
  // The next_page_token of the previous page of the same query; empty for the
  // first page.
  std::string page_token;
  // Newest first instead of oldest first.
  bool newest_first = false;
};

inline constexpr int kMaxPageSize = 1000;

// Which indexed claims a lookup returns.
struct ClaimWindow {
  // Only claims of reports published before this instant; unset for all.
  std::optional<google::protobuf::Timestamp> published_before;
  // At most this many, the most recent; 0 for no limit. Default 0.
  size_t limit = 0;
};

// How many of a quote's shingles QuotesSharingWords looks up.
inline constexpr size_t kMaxShinglesPerLookup = 8;

// The longest report id a store accepts, in bytes.
inline constexpr size_t kMaxReportIdBytes = 256;

// One claim lookup of a batch (ReportStore::Lookups): the arguments of
// NumericClaimsOn, QuotesBy or QuotesSharingWords, as `kind` says. A field
// its kind does not take must stay empty, so that a request filled in for
// one kind and sent as another is refused rather than answered for "". Make
// one with the functions below.
struct LookupRequest {
  enum class Kind { kNumericClaimsOn, kQuotesBy, kQuotesSharingWords };

  static LookupRequest NumericClaimsOn(absl::string_view measure,
                                       absl::string_view location,
                                       const ClaimWindow& window) {
    LookupRequest request;
    request.kind = Kind::kNumericClaimsOn;
    request.measure = std::string(measure);
    request.location = std::string(location);
    request.window = window;
    return request;
  }
  static LookupRequest QuotesBy(absl::string_view speaker,
                                const ClaimWindow& window) {
    LookupRequest request;
    request.kind = Kind::kQuotesBy;
    request.speaker = std::string(speaker);
    request.window = window;
    return request;
  }
  static LookupRequest QuotesSharingWords(absl::string_view content,
                                          const ClaimWindow& window) {
    LookupRequest request;
    request.kind = Kind::kQuotesSharingWords;
    request.content = std::string(content);
    request.window = window;
    return request;
  }

  // Default kNumericClaimsOn.
  Kind kind = Kind::kNumericClaimsOn;
  // kNumericClaimsOn only.
  std::string measure;
  std::string location;
  // kQuotesBy only.
  std::string speaker;
  // kQuotesSharingWords only.
  std::string content;
  // Every kind.
  ClaimWindow window;
};

// The answers to a batch of lookups (ReportStore::Lookups): one list per
// request, in order, each claim parsed onto `arena` as stored, the fields
// no verification rule reads left in `shown` (store/index_values.h). A
// verification reads a few hundred claims of a dozen fields each; on one arena
// they are allocated by the block and freed at once, not string by string. The
// claims live as long as the answers (moving them keeps the claims where
// they are).
struct LookupAnswers {
  std::unique_ptr<google::protobuf::Arena> arena;
  std::vector<std::vector<const IndexedClaim*>> claims;
  // Claims a store shares with later calls (the RocksDB store's memo of
  // parsed claims, store/parsed_claim_cache.h), held as long as the
  // answers: `claims` points into them as into the arena.
  std::vector<std::shared_ptr<const IndexedClaim>> shared;
};

// A new arena for LookupAnswers. Its blocks grow from 16 KiB to 256 KiB:
// a verification's claims take some hundreds of KiB, in a few blocks.
inline std::unique_ptr<google::protobuf::Arena> NewLookupArena() {
  google::protobuf::ArenaOptions options;
  options.start_block_size = size_t{16} << 10;
  options.max_block_size = size_t{256} << 10;
  return std::make_unique<google::protobuf::Arena>(options);
}

// One page of List.
struct ListPage {
  std::vector<StoredReport> reports;
  // Empty when this is the last page.
  std::string next_page_token;
};

// What a store holds, for operators' metrics: estimates a store gives
// cheaply, never a scan.
struct StoreStats {
  // Reports stored (an estimate).
  int64_t reports = 0;
  // Bytes the store takes on disk and in memory tables.
  int64_t bytes = 0;
  // Bytes of the block cache in use.
  int64_t cache_bytes = 0;
  // Block cache lookups since the store opened that found their block, and
  // those that had to read it; their ratio is the cache's hit rate. -1
  // where the store keeps no such count: PostgreSQL's buffer cache is the
  // database server's, shared by every replica and every database on it,
  // so its pg_stat_database figures are the database's to export, not each
  // replica's.
  int64_t cache_hits = -1;
  int64_t cache_misses = -1;
  // Claims lookups took from the store's memo of parsed claims, and those
  // they parsed; -1 where the store keeps no such memo.
  int64_t parsed_claim_hits = -1;
  int64_t parsed_claim_misses = -1;
  // Lookups of a subject answered by the store's memo of what recent scans
  // found, without reading an index; -1 where the store keeps no such memo.
  int64_t scan_hits = -1;
};

class ReportStore {
 public:
  virtual ~ReportStore() = default;

  // Stores each record (a report and the claims extracted from it), indexing
  // its claims (but for numeric claims of related-article lines, see
  // claims.proto), in one atomic write: either every record is stored or none
  // is. Idempotent by report id, see PutOutcome. Returns one outcome per
  // record, in order.
  //
  // Each report needs an id (at most 256 bytes), published_at and text; ids
  // must be distinct within the call. Each numeric claim needs a measure and
  // each attributed claim a speaker and content; index strings are at most
  // kMaxKeyStringBytes. Any violation is InvalidArgument naming the record
  // and claim, with nothing written. Store failures are Unavailable or
  // Internal, also with nothing written.
  [[nodiscard]] virtual absl::StatusOr<std::vector<PutOutcome>> Put(
      const std::vector<StoredReport>& records) = 0;

  // The stored record of `report_id`, or NotFound.
  [[nodiscard]] virtual absl::StatusOr<StoredReport> Get(
      absl::string_view report_id) const = 0;

  // Removes the report and every index entry of it, or NotFound.
  [[nodiscard]] virtual absl::Status Delete(absl::string_view report_id) = 0;

  // Stored records in published-time order (ties by id), filtered and paged
  // as `query` says. InvalidArgument for a page size out of range or a page
  // token that this store did not issue.
  [[nodiscard]] virtual absl::StatusOr<ListPage> List(
      const ListQuery& query) const = 0;

  // The indexed numeric claims on (measure, location) within `window`,
  // oldest first, whole. The location is matched exactly; claims without one
  // are under "". One seek to the window's end: the cost follows the window,
  // not the store.
  [[nodiscard]] virtual absl::StatusOr<std::vector<IndexedClaim>>
  NumericClaimsOn(absl::string_view measure, absl::string_view location,
                  const ClaimWindow& window) const = 0;

  // The indexed attributed claims of `speaker` (canonical name) within
  // `window`, oldest first.
  [[nodiscard]] virtual absl::StatusOr<std::vector<IndexedClaim>> QuotesBy(
      absl::string_view speaker, const ClaimWindow& window) const = 0;

  // The indexed attributed claims that share at least one shingle with
  // `content` (see quote_shingles.h), whoever said them, within `window`,
  // oldest first, each once. At most kMaxShinglesPerLookup shingles are
  // looked up, spread evenly over their hash order (the same sample for the
  // same words): a near-identical quote shares most of them. The limit
  // applies to each shingle's most recent claims, and overall to those
  // sharing the most looked-up shingles, the most recent among equals.
  [[nodiscard]] virtual absl::StatusOr<std::vector<IndexedClaim>>
  QuotesSharingWords(absl::string_view content,
                     const ClaimWindow& window) const = 0;

  // The answers to several lookups at once: one list per request, in
  // order, each holding what the request's own call (NumericClaimsOn,
  // QuotesBy, QuotesSharingWords) returns, on the answers' arena, but for
  // the `shown` fields, which MakeWhole (store/index_values.h) restores. A
  // verification gathers its lookups into one batch so that a networked store
  // answers them in one round trip (PostgreSQL: one pipeline, plus one for the
  // quotes that shingles name when the batch has QuotesSharingWords requests);
  // RocksDB runs them in turn, as of one snapshot, parsing a quote that
  // several of them find once (several answers may then hold the same
  // claim). On PostgreSQL a batch with QuotesSharingWords requests runs in
  // one REPEATABLE READ transaction, so that all its requests, and the quotes
  // the shingles name, are read as of one snapshot; without them each
  // request is as consistent as its own call. An empty batch has an empty
  // answer.
  //
  // Errors: InvalidArgument naming the request (its index) and the field
  // when a request sets a field its kind does not take, or has no kind of
  // the three, with nothing read; otherwise the first error a lookup meets,
  // as its own call would return it, and no answers.
  [[nodiscard]] virtual absl::StatusOr<LookupAnswers> Lookups(
      const std::vector<LookupRequest>& requests) const = 0;

  // What the store holds (estimates; see StoreStats).
  [[nodiscard]] virtual StoreStats Stats() const = 0;

  // Whether the store answers now, for health checks: OK, or Unavailable
  // saying why (the database is unreachable, down or refusing work).
  // Cheap (no data is read) and bounded: it answers within a few seconds
  // however the store fails, and does not wait behind the calls at work.
  [[nodiscard]] virtual absl::Status Probe() const = 0;
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_REPORT_STORE_H_
