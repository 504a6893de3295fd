// The parts of each ReportStore lookup that do not depend on the engine:
// where a claim scan starts, which range and page of an index List reads,
// page tokens, and how the quotes found by their shingles are ranked. Every
// backend calls these, so that both answer the same query the same way.
//
// Index keys (keys.h) are read here as a partition and a sort key: the
// partition is what one lookup never crosses (a source; a measure and a
// location; a speaker; a shingle hash; nothing for the time index), the sort
// key the rest. RocksDB stores their concatenation; PostgreSQL keeps them in
// two columns. Pure functions, thread-safe.
#ifndef FACTCHECK_STORE_LOOKUPS_H_
#define FACTCHECK_STORE_LOOKUPS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/report_store.h"

namespace factcheck::store {

// The smallest key greater than every key that starts with `prefix`; empty
// when there is none (a prefix of 0xFF bytes only).
std::string KeySuccessor(std::string prefix);

// The sort key at which a claim index scan for `window` starts, inside any
// subject: claim keys run newest first, so the first key after
// newest(cutoff) is the most recent claim published before the cutoff.
// Empty for no cutoff; nullopt when the cutoff precedes every instant, so
// that nothing is older.
std::optional<std::string> ClaimScanStart(const ClaimWindow& window);

// What List reads: one partition of one index, a range of sort keys in it
// and where the page starts.
struct ListRange {
  // The source index (a source was given) or the time index.
  bool by_source = false;
  // ReportSourcePrefix(source), or empty for the time index.
  std::string partition;
  // Sort keys (time(12) id) from `lower` (inclusive) to `upper`
  // (exclusive; empty for no bound).
  std::string lower;
  std::string upper;
  // The sort key the page starts at (oldest first: the first key at or
  // after it; newest first: the last at or before it); nullopt for the
  // first page.
  std::optional<std::string> start;
};

// The range `query` reads. InvalidArgument for a page size out of range or
// a page token that is not one PageToken gave for the same query.
absl::StatusOr<ListRange> ListRangeOf(const ListQuery& query);

// The next_page_token of a page whose next report has `sort_key` in
// `range`'s partition. Tokens hold the whole RocksDB key, so they are the
// same on both backends.
std::string PageToken(const ListRange& range, absl::string_view sort_key);

// The shingles of `content` that QuotesSharingWords looks up: at most
// kMaxShinglesPerLookup, spread evenly over their hash order (the same
// sample for the same words).
std::vector<uint64_t> LookedUpShingles(absl::string_view content);

// A quote found through one of its shingles: its claim-ref tail (newest(12)
// id u32, the sort key in both the shingle and the speaker index) and its
// speaker (the shingle entry's value). Views into bytes the caller keeps:
// a lookup copies no match on its own.
struct ShingleMatch {
  absl::string_view tail;
  absl::string_view speaker;
};

// The quotes QuotesSharingWords answers, from every match of its shingle
// scans (each newest first, `window.limit` per shingle): each quote once,
// those sharing the most looked-up shingles first and the most recent among
// equals, at most `limit` of them (0: all), returned newest first. A few
// common words ("we will not") must not crowd out an older quote that
// shares nearly all of them.
std::vector<ShingleMatch> RankSharedQuotes(
    const std::vector<ShingleMatch>& matches, size_t limit);

// OK, or InvalidArgument naming the first request (its index) that sets a
// field its kind does not take or has no kind of the three, and the field.
absl::Status ValidateLookups(const std::vector<LookupRequest>& requests);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_LOOKUPS_H_
