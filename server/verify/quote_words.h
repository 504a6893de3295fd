// The normalised words of the quotes one verification compares, each word
// a number, so that aligning quotes compares numbers, not strings.
#ifndef FACTCHECK_SERVER_VERIFY_QUOTE_WORDS_H_
#define FACTCHECK_SERVER_VERIFY_QUOTE_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/node_hash_map.h"
#include "absl/strings/string_view.h"
#include "store/quote_shingles.h"

namespace factcheck::verify {

// The normalised words of the quotes one verification compares, each text
// normalised once, each word a number. A verification's quotations find
// many of the same priors, and wire copy repeats one quote under many
// reports: normalising every prior for every comparison was half of judging
// quotes, and aligning words compared strings. Texts are held by view: they
// must outlive the cache (the priors' claims do, within a verification).
// Not thread-safe.
class QuoteWords {
 public:
  // A word as a number: within one cache, equal words have equal numbers.
  using Word = uint32_t;

  // store::NormalizedQuoteWords(text), as numbers, without the words an
  // editor put in brackets ("the tsunami [last December] was the worst",
  // "the devastation (in Beira) is enormous": the speaker did not say
  // them), in American spelling ("centres" is "centers", "per cent"
  // "percent"); the reference stays valid as long as the cache.
  const std::vector<Word>& Of(absl::string_view text);

  // The normalised word numbered `word` by Of.
  absl::string_view Spelling(Word word) const { return spellings_[word]; }

  // Whether the word numbered `word` is of zeros only ("0", "00").
  bool ZerosOnly(Word word) const { return zeros_only_[word]; }

 private:
  // The number of `word`, in American spelling: numbered when new.
  Word Number(absl::string_view word);

  // Node-based: references to the words, and views of the spellings,
  // outlive later insertions.
  absl::node_hash_map<absl::string_view, std::vector<Word>> texts_;
  // Words are a few bytes: FNV-1a hashes them in fewer instructions than
  // absl's string hash, once per word of every new text.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(absl::string_view word) const {
      const uint64_t hash = store::Fnv1a(store::kFnvOffsetBasis, word);
      return static_cast<size_t>(hash ^ (hash >> 32));
    }
  };
  struct WordEq {
    using is_transparent = void;
    bool operator()(absl::string_view a, absl::string_view b) const {
      return a == b;
    }
  };
  absl::node_hash_map<std::string, Word, WordHash, WordEq> numbers_;
  std::vector<absl::string_view> spellings_;
  std::vector<bool> zeros_only_;
  // Of's numbers of a new text, before they are copied into its list.
  std::vector<Word> scratch_;
};

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_QUOTE_WORDS_H_
