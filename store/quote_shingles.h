// Hashed word shingles of quote content: the fuzzy key under which the store
// indexes quotes, so that a near-identical quote is found whoever it was
// attributed to.
//
// The normalisation and the hash are on disk (quote_shingles keys): changing
// either needs a schema version bump.
#ifndef FACTCHECK_STORE_QUOTE_SHINGLES_H_
#define FACTCHECK_STORE_QUOTE_SHINGLES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "protos/claims.pb.h"

namespace factcheck::store {

// The words of an attributed claim that are compared across reports and
// indexed by shingle: a MIXED claim's quotation (its reported clause is the
// reporter's paraphrase around it), every other claim's content. A view
// into `claim`.
absl::string_view ComparedWords(const factcheck::v1::AttributedClaim& claim);

// The pieces of a quotation stored as one claim (content_spans: "…," Park
// said. "But …"), views into ComparedWords(claim) as it joins them (by a
// space); empty when the claim is of one piece, is MIXED (its quotation's
// fragments are phrases, not statements), or its spans do not fit its
// content.
std::vector<absl::string_view> ComparedPieces(
    const factcheck::v1::AttributedClaim& claim);

// Words per shingle.
inline constexpr size_t kShingleWords = 3;

// FNV-1a, which hashes shingles (and, cheaper than the general string hash
// on a few bytes, words elsewhere): its offset basis, and `hash` carried on
// over `bytes`.
inline constexpr uint64_t kFnvOffsetBasis = 14695981039346656037ull;
inline uint64_t Fnv1a(uint64_t hash, absl::string_view bytes) {
  for (const unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// The words of `content` as compared across reports: ASCII letters
// lower-cased, apostrophes made straight ("’", "´", "ʼ"), hyphens (and
// soft hyphens) dropped, split on white space and on every other
// punctuation or quotation mark, and on the non-ASCII characters that are
// no letters (unicode::ClassifyWide: a no-break space, a dash, "«", "€").
// Letters of other scripts are kept as they are. `content` must be valid
// UTF-8.
std::vector<std::string> NormalizedQuoteWords(absl::string_view content);

// Calls `word` with each of NormalizedQuoteWords(content), in order, without
// making a string of each: the view is valid during the call only. For the
// hot paths (a verification normalises some hundreds of quotes), where a
// string per word was most of the cost.
void ForEachQuoteWord(absl::string_view content,
                      absl::FunctionRef<void(absl::string_view)> word);

// The distinct 64-bit FNV-1a hashes of every run of kShingleWords consecutive
// normalised words, or of all the words when there are fewer. Empty when
// `content` has no words. Sorted ascending.
std::vector<uint64_t> QuoteShingles(absl::string_view content);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_QUOTE_SHINGLES_H_
