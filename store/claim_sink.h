// Where a RocksDB lookup puts the claims it reads: into values (the single
// lookups' answers, made whole: store/index_values.h) or into a batch's
// LookupAnswers (as stored, their `shown` fields unparsed), where a quote
// that several lookups of the batch find is parsed once. A batch's claims
// are parsed onto its arena, or taken from the store's memo of parsed
// claims (parsed_claim_cache.h) when it has one.
//
// Internal to store/ (rocksdb_store.cc, rocksdb_lookups.cc). Values are the
// serialised IndexedClaims of the claim indexes (keys.h). Not thread-safe: one
// sink per lookup, one thread per batch.
#ifndef FACTCHECK_STORE_CLAIM_SINK_H_
#define FACTCHECK_STORE_CLAIM_SINK_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "store/parsed_claim_cache.h"
#include "store/report_store.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

// The quote index entries a batch of lookups has parsed, by key: a
// verification's lookups by speaker and by words find many of the same
// quotes (a third of them, on the benchmark's article), and each is read
// and parsed once.
using QuotesRead = absl::flat_hash_map<std::string, const IndexedClaim*>;

class ClaimSink {
 public:
  // Claims parsed into `*values`, which must outlive the sink.
  explicit ClaimSink(std::vector<IndexedClaim>* values) : values_(values) {}
  // Claims of a batch, their addresses appended to `*claims`: parsed onto
  // `answers`' arena, or, with a `cache`, taken from it and held in
  // `answers.shared`. `quotes_read` is shared by the sinks of one batch,
  // whose lookups must read as of one snapshot: an entry read under a key
  // is then the same for all. Each must outlive the sink.
  ClaimSink(LookupAnswers* answers, std::vector<const IndexedClaim*>* claims,
            QuotesRead* quotes_read, ParsedClaimCache* cache)
      : answers_(answers),
        batch_claims_(claims),
        quotes_read_(quotes_read),
        cache_(cache) {}

  // Whether a lookup of the batch has parsed the quote index entry under
  // `key`. Always false for values.
  bool HasRead(absl::string_view key) const {
    return quotes_read_ != nullptr && quotes_read_->contains(key);
  }

  // Adds, as the next claim, the quote index entry under `key` that a
  // lookup of the batch parsed before; false when none did.
  bool AddRead(absl::string_view key);

  // Parses `value` as the next claim; false when it is damaged.
  // `quote_key`: the entry's key when it is of the quote (speaker) index,
  // for HasRead and AddRead; empty for other indexes.
  bool Add(absl::string_view value, absl::string_view quote_key = {});

  // Adds `claim`, the memo's parse of an index entry, as the next claim of
  // a batch with a memo; `quote_key` as for Add.
  void AddParsed(std::shared_ptr<const IndexedClaim> claim,
                 absl::string_view quote_key);

  // The memo's claim that the last Add of a batch with a memo parsed; null
  // for other sinks.
  std::shared_ptr<const IndexedClaim> LastParsed() const {
    if (cache_ == nullptr || answers_->shared.empty()) return nullptr;
    return answers_->shared.back();
  }

  // Makes room for `more` claims: a lookup's window bounds its answer, and
  // growing a vector one claim at a time cost a verification hundreds of
  // allocations.
  void Reserve(size_t more);

  // Puts the claims added so far in the opposite order.
  void Reverse();

 private:
  // The claim `value` parses to, added to the batch's claims; null when
  // it is damaged.
  const IndexedClaim* AddToBatch(absl::string_view value);

  std::vector<IndexedClaim>* values_ = nullptr;
  LookupAnswers* answers_ = nullptr;
  std::vector<const IndexedClaim*>* batch_claims_ = nullptr;
  QuotesRead* quotes_read_ = nullptr;
  ParsedClaimCache* cache_ = nullptr;
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_CLAIM_SINK_H_
