// Longest-match lookup of phrases over tokens: "death toll", "per cent",
// "km/h", "US$", "lost their lives". Phrases are matched token by token, with
// white space wherever the phrase has it, so "km/h" matches "km/h" but not
// "km / h", and "per cent" matches "per  cent".
#ifndef FACTCHECK_SERVER_EXTRACT_PHRASES_H_
#define FACTCHECK_SERVER_EXTRACT_PHRASES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::extract {

class PhraseTable {
 private:
  // FNV-1a over the key's bytes: phrase keys are a few words long, and this
  // is several times cheaper per lookup than the general string hash. It
  // runs incrementally, so a key grown a token at a time is hashed once.
  static constexpr uint64_t kHashSeed = 14695981039346656037ull;
  static uint64_t HashOn(uint64_t hash, absl::string_view bytes) {
    for (char c : bytes) {
      hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return hash;
  }
  // A key with its hash already known.
  struct HashedKey {
    absl::string_view key;
    uint64_t hash;
  };
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(absl::string_view key) const {
      return static_cast<size_t>(HashOn(kHashSeed, key));
    }
    size_t operator()(const HashedKey& key) const {
      return static_cast<size_t>(key.hash);
    }
  };
  struct KeyEq {
    using is_transparent = void;
    bool operator()(absl::string_view a, absl::string_view b) const {
      return a == b;
    }
    bool operator()(absl::string_view a, const HashedKey& b) const {
      return a == b.key;
    }
    bool operator()(const HashedKey& a, absl::string_view b) const {
      return a.key == b;
    }
  };
  template <typename Value>
  using KeyMap = absl::flat_hash_map<std::string, Value, KeyHash, KeyEq>;

  // What one folded key is: the first tokens of some phrase, and maybe a
  // whole phrase itself.
  struct Prefix {
    std::optional<uint32_t> folded_id;  // a case-insensitive phrase's id
    bool has_exact = false;  // a case-sensitive phrase folds to this key
  };

 public:
  struct Match {
    uint32_t id = 0;
    // Tokens [begin, end) of the match.
    size_t begin = 0;
    size_t end = 0;
  };

  // Adds `phrase` with the caller's `id`. Case-insensitive (ASCII) unless
  // `case_sensitive`. A later phrase with the same key replaces the earlier.
  void Add(absl::string_view phrase, uint32_t id, bool case_sensitive = false);

  // The longest phrase whose tokens start at tokens[i]; case-sensitive
  // phrases win over case-insensitive ones of the same length.
  std::optional<Match> LongestAt(absl::string_view text,
                                 const std::vector<Token>& tokens,
                                 size_t i) const {
    // Callers ask at nearly every word and most words start no phrase: the
    // filter test, inline, spares them a call.
    if (i >= tokens.size() || !first_tokens_.MayContain(tokens[i])) {
      return std::nullopt;
    }
    return LongestFrom(text, tokens, i);
  }

  // The longest phrase whose tokens end at tokens[last] (inclusive).
  std::optional<Match> LongestEndingAt(absl::string_view text,
                                       const std::vector<Token>& tokens,
                                       size_t last) const {
    if (last >= tokens.size() || !last_tokens_.MayContain(tokens[last])) {
      return std::nullopt;
    }
    return LongestEndingAtFrom(text, tokens, last);
  }

 private:
  // LongestAt and LongestEndingAt for a token that passed the filter.
  std::optional<Match> LongestFrom(absl::string_view text,
                                   const std::vector<Token>& tokens,
                                   size_t i) const;
  std::optional<Match> LongestEndingAtFrom(absl::string_view text,
                                           const std::vector<Token>& tokens,
                                           size_t last) const;

  // Appends the key piece of one token: its text (lower-cased unless
  // `exact`), preceded by one space when white space stands before it.
  static void AppendKey(absl::string_view text, const Token& token, bool first,
                        bool exact, std::string* key);

  // The phrase whose tokens are exactly [begin, end), if any.
  std::optional<Match> Lookup(absl::string_view text,
                              const std::vector<Token>& tokens, size_t begin,
                              size_t end) const;

  // Folded keys of every phrase's first 1, 2, … tokens: a match grows only
  // while its key is such a prefix, and one lookup of the folded key says
  // whether a phrase ends there.
  KeyMap<Prefix> prefixes_;
  KeyMap<uint32_t> exact_;
  // First and last tokens of every phrase: a cheap "no phrase here".
  WordFilter first_tokens_;
  WordFilter last_tokens_;
  size_t max_tokens_ = 0;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_PHRASES_H_
