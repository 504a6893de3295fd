#include "server/extract/phrases.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace factcheck::extract {
void PhraseTable::AppendKey(absl::string_view text, const Token& token,
                            bool first, bool exact, std::string* key) {
  if (!first && token.space_before) key->push_back(' ');
  const absl::string_view word = TextOf(text, token.span);
  for (char c : word) {
    key->push_back(exact ? c
                         : absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
}

void PhraseTable::Add(absl::string_view phrase, uint32_t id,
                      bool case_sensitive) {
  const std::vector<Token> tokens = Tokenize(phrase);
  if (tokens.empty()) return;
  std::string key;
  std::string folded;
  for (size_t k = 0; k < tokens.size(); ++k) {
    AppendKey(phrase, tokens[k], k == 0, case_sensitive, &key);
    AppendKey(phrase, tokens[k], k == 0, false, &folded);
    prefixes_.try_emplace(folded);
  }
  Prefix& whole = prefixes_[folded];
  if (case_sensitive) {
    exact_[key] = id;
    whole.has_exact = true;
  } else {
    whole.folded_id = id;
  }
  first_tokens_.Add(TextOf(phrase, tokens.front().span));
  last_tokens_.Add(TextOf(phrase, tokens.back().span));
  max_tokens_ = std::max(max_tokens_, tokens.size());
}

std::optional<PhraseTable::Match> PhraseTable::Lookup(
    absl::string_view text, const std::vector<Token>& tokens, size_t begin,
    size_t end) const {
  std::string key;
  for (size_t k = begin; k < end; ++k) {
    AppendKey(text, tokens[k], k == begin, true, &key);
  }
  if (auto it = exact_.find(key); it != exact_.end()) {
    return Match{it->second, begin, end};
  }
  for (char& c : key) c = absl::ascii_tolower(static_cast<unsigned char>(c));
  if (auto it = prefixes_.find(key);
      it != prefixes_.end() && it->second.folded_id) {
    return Match{*it->second.folded_id, begin, end};
  }
  return std::nullopt;
}

std::optional<PhraseTable::Match> PhraseTable::LongestFrom(
    absl::string_view text, const std::vector<Token>& tokens, size_t i) const {
  // Grow the key a token at a time while it still begins some phrase,
  // keeping the longest whole phrase seen. The key lives on the stack and is
  // folded and hashed in one pass: this runs for many words of every text.
  constexpr size_t kMaxKeyBytes = 96;
  char folded[kMaxKeyBytes];
  size_t length = 0;
  uint64_t folded_hash = kHashSeed;
  std::optional<Match> longest;
  const size_t last = std::min(tokens.size(), i + max_tokens_);
  for (size_t end = i + 1; end <= last; ++end) {
    const Token& token = tokens[end - 1];
    const absl::string_view word = TextOf(text, token.span);
    const bool space = end > i + 1 && token.space_before;
    if (length + word.size() + space > kMaxKeyBytes) break;
    if (space) {
      folded[length++] = ' ';
      folded_hash = HashOn(folded_hash, " ");
    }
    for (char c : word) {
      const char lower = absl::ascii_tolower(static_cast<unsigned char>(c));
      folded[length++] = lower;
      folded_hash = HashOn(folded_hash, absl::string_view(&lower, 1));
    }
    const auto prefix = prefixes_.find(
        HashedKey{absl::string_view(folded, length), folded_hash});
    if (prefix == prefixes_.end()) break;
    // Few phrases are case-sensitive ("US$"): only for their keys is the
    // text's own spelling copied out.
    if (prefix->second.has_exact) {
      char exact[kMaxKeyBytes];
      size_t exact_length = 0;
      for (size_t k = i; k < end; ++k) {
        if (k > i && tokens[k].space_before) exact[exact_length++] = ' ';
        for (char c : TextOf(text, tokens[k].span)) exact[exact_length++] = c;
      }
      if (auto it = exact_.find(absl::string_view(exact, exact_length));
          it != exact_.end()) {
        longest = Match{it->second, i, end};
        continue;
      }
    }
    if (prefix->second.folded_id) {
      longest = Match{*prefix->second.folded_id, i, end};
    }
  }
  return longest;
}

std::optional<PhraseTable::Match> PhraseTable::LongestEndingAtFrom(
    absl::string_view text, const std::vector<Token>& tokens,
    size_t last) const {
  const size_t first = last + 1 >= max_tokens_ ? last + 1 - max_tokens_ : 0;
  for (size_t begin = first; begin <= last; ++begin) {
    if (!first_tokens_.MayContain(tokens[begin])) continue;
    if (auto match = Lookup(text, tokens, begin, last + 1)) return match;
  }
  return std::nullopt;
}

}  // namespace factcheck::extract
