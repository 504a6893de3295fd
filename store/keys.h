// Every RocksDB key layout of the factcheck store, in one place.
//
// Numbers are big-endian and fixed-width so that byte order is numeric order;
// strings inside composite keys are length-prefixed (2 bytes) so that one
// string can never run into the next and a prefix seek on (measure, location)
// cannot match a longer location. These layouts are on disk: change them only
// with a schema version bump (see kSchemaVersion).
//
// Column families, keys -> values:
// - reports: id -> StoredReport.
// - reports_by_time: time(12) id -> empty.
// - reports_by_source: str(source) time(12) id -> empty.
// - numeric_claims: str(measure) str(location) newest(12) id u32(claim
//   index) -> IndexedClaim, its shown fields in `shown`
//   (store/index_values.h).
// - quotes_by_speaker: str(speaker) newest(12) id u32(claim index) ->
//   IndexedClaim, the same; the speaker as IndexedSpeaker gives it, and
//   a second entry under SpeakerSurname when there is one.
// - quote_shingles: u64(shingle hash) newest(12) id u32(claim index) ->
//   the speaker (the claim is read from quotes_by_speaker).
// - meta: "schema_version" -> decimal text.
//
// time(12) is u64(seconds with the sign bit flipped) u32(nanos), so that
// instants before 1970 sort before later ones. newest(12) is time(12) with
// every bit inverted: claim indexes are read as "the N most recent before a
// cutoff", one seek and N steps forward (RocksDB steps backward slowly).
#ifndef FACTCHECK_STORE_KEYS_H_
#define FACTCHECK_STORE_KEYS_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck::store {

// The on-disk schema this build writes, and the oldest it reads.
// - 1: claim index values hold every field of their IndexedClaim in place.
// - 2: the fields no verification rule reads are serialised in `shown`.
//   Keys are those of schema 1, and a value of either reads the same (a
//   schema 1 value has an empty `shown`): a schema 1 store is marked 2 when
//   opened for writing, and then holds values of both. A build of schema 1
//   refuses it, rather than show evidence without its shown fields.
// - 3: an attributed claim's speaker_text stays in place: the quote rules
//   read it (one who speaks for a body: "State Department spokesman Ned
//   Price"). Values of schemas 1 and 2 read as they are (a schema 2 value
//   keeps it in `shown`, where no rule sees it: such a prior is judged as
//   before); a store is marked 3 when opened for writing.
// - 4: an attributed claim's content_spans stay in place: the quote rules
//   compare a quotation with each piece of a prior's ("…," Park said. "But
//   …" is stored as one claim of two pieces). Values of schemas 1 to 3 read
//   as they are (the pieces of a prior written before are not told apart,
//   as before); a store is marked 4 when opened for writing.
// - 5: quotes_by_speaker keys hold the speaker without Latin accents
//   (IndexedSpeaker: "Ant\xC3\xB3nio Guterres" and "Antonio Guterres"
//   share one partition), and a quote of a speaker named in full is
//   indexed under the surname too (SpeakerSurname: "Guterres"), so that a
//   text naming either way finds the other's quotes. Stores of schemas 1
//   to 4 read as they are: a name written with accents before is found by
//   its words only (quote_shingles), not by its speaker, and a quote
//   written before is found by its full name only; a store is marked 5
//   when opened for writing.
// - 6: quote_shingles hash quotation words split at every character the
//   extractor's tokens split at (unicode/characters.h): a no-break space, a
//   guillemet, a currency sign no longer glue two words into one
//   ("amendment.\xC2\xA0By" is "amendment" and "by"); "´" and "ʼ" are
//   apostrophes. Stores of schemas 1 to 5 read as they are: a quote holding
//   such a character, written before, is found by its speaker and by the
//   shingles away from that character; a store is marked 6 when opened for
//   writing.
inline constexpr int kSchemaVersion = 6;
inline constexpr int kOldestReadSchemaVersion = 1;

// Column family names, frozen.
inline constexpr char kReportsFamily[] = "reports";
inline constexpr char kReportsByTimeFamily[] = "reports_by_time";
inline constexpr char kReportsBySourceFamily[] = "reports_by_source";
inline constexpr char kNumericClaimsFamily[] = "numeric_claims";
inline constexpr char kQuotesBySpeakerFamily[] = "quotes_by_speaker";
inline constexpr char kQuoteShinglesFamily[] = "quote_shingles";
inline constexpr char kMetaFamily[] = "meta";

// OK when this build reads a store of schema `version` (from
// kOldestReadSchemaVersion to kSchemaVersion); FailedPrecondition naming
// `where` and saying what to do otherwise: use a newer factcheck, or
// re-ingest into a new `container` ("directory", "database").
absl::Status CheckSchemaVersion(int version, absl::string_view where,
                                absl::string_view container);

// The meta key under which the schema version is kept.
inline constexpr char kSchemaVersionKey[] = "schema_version";

// The longest string a composite key can hold (its 2-byte length prefix).
inline constexpr size_t kMaxKeyStringBytes = 0xFFFF;

// A publication instant as stored in keys.
struct KeyTime {
  int64_t seconds = 0;
  int32_t nanos = 0;
};

// Identifies one claim of one report, the tail of every claim index key:
// newest(12) id u32(claim index).
struct ClaimRef {
  KeyTime published;
  std::string report_id;
  uint32_t claim_index = 0;
};

// Appends the pieces of composite keys. Strings longer than
// kMaxKeyStringBytes must be rejected by the caller before encoding.
void AppendString(absl::string_view value, std::string* key);
void AppendTime(KeyTime time, std::string* key);
// time(12) with every bit inverted: later instants sort first.
void AppendNewestFirst(KeyTime time, std::string* key);
void AppendUint32(uint32_t value, std::string* key);
void AppendUint64(uint64_t value, std::string* key);

// reports_by_time: time(12) id.
std::string ReportTimeKey(KeyTime published, absl::string_view report_id);
// reports_by_source: str(source) time(12) id, and the prefix of one source.
std::string ReportSourceKey(absl::string_view source, KeyTime published,
                            absl::string_view report_id);
std::string ReportSourcePrefix(absl::string_view source);

// numeric_claims: the prefix of every claim on (measure, location), and one
// claim's full key.
std::string NumericClaimPrefix(absl::string_view measure,
                               absl::string_view location);
std::string NumericClaimKey(absl::string_view measure,
                            absl::string_view location, const ClaimRef& ref);

// The speaker a quotes_by_speaker key holds: `speaker` without Latin
// accents ("Erdo\xC4\x9Fan" is "Erdogan"), case and all else as written.
std::string IndexedSpeaker(absl::string_view speaker);
// The surname a quote is indexed under as well: the last word of
// IndexedSpeaker(speaker) when the speaker is two words or more, each
// capitalised ("Guterres" for "Ant\xC3\xB3nio Guterres"); empty
// otherwise ("Guterres", "the ministry").
std::string SpeakerSurname(absl::string_view speaker);

// quotes_by_speaker: the prefix of one speaker (IndexedSpeaker), and one
// claim's full key.
std::string SpeakerPrefix(absl::string_view speaker);
std::string SpeakerKey(absl::string_view speaker, const ClaimRef& ref);
// Appends to `keys` the quotes_by_speaker key of the claim whose claim-ref
// tail (newest(12) id u32, as the other claim indexes end) is `tail`.
void AppendSpeakerKey(absl::string_view speaker, absl::string_view tail,
                      std::string* keys);

// quote_shingles: the prefix of one shingle hash, and one claim's full key.
std::string ShinglePrefix(uint64_t shingle_hash);
std::string ShingleKey(uint64_t shingle_hash, const ClaimRef& ref);

// The length of the subject that starts a claim index key: its first
// `strings` length-prefixed strings (2 for numeric_claims: measure and
// location; 1 for quotes_by_speaker: the speaker). 0 when `key` does not
// hold that many whole strings. Lookups read one subject; the store keeps a
// Bloom filter of subjects so that they skip tables without it.
size_t SubjectLength(absl::string_view key, int strings);

// Reads the time(12) id tail that reports_by_time keys have after `prefix_len`
// bytes (0 for reports_by_time, the source prefix for reports_by_source).
// Returns DataLoss for a key too short to hold one.
absl::StatusOr<std::string> ReportIdFromTimeKey(absl::string_view key,
                                                size_t prefix_len);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_KEYS_H_
