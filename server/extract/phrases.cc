#include "server/extract/phrases.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace factcheck::extract {
namespace {

constexpr size_t kMaxTokenBytes = 32;

// The lower-cased token text, or "" when too long to be in any phrase.
absl::string_view FoldedToken(absl::string_view text, const Token& token,
                              char (&buffer)[kMaxTokenBytes]) {
  const absl::string_view word = TextOf(text, token.span);
  if (word.size() > kMaxTokenBytes) return {};
  return LowerInto(word, buffer);
}

}  // namespace

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
  for (size_t k = 0; k < tokens.size(); ++k) {
    AppendKey(phrase, tokens[k], k == 0, case_sensitive, &key);
  }
  (case_sensitive ? exact_ : folded_)[key] = id;
  char buffer[kMaxTokenBytes];
  first_tokens_.insert(
      std::string(FoldedToken(phrase, tokens.front(), buffer)));
  last_tokens_.insert(std::string(FoldedToken(phrase, tokens.back(), buffer)));
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
  if (auto it = folded_.find(key); it != folded_.end()) {
    return Match{it->second, begin, end};
  }
  return std::nullopt;
}

std::optional<PhraseTable::Match> PhraseTable::LongestAt(
    absl::string_view text, const std::vector<Token>& tokens, size_t i) const {
  if (i >= tokens.size()) return std::nullopt;
  char buffer[kMaxTokenBytes];
  const absl::string_view first = FoldedToken(text, tokens[i], buffer);
  if (first.empty() || !first_tokens_.contains(first)) return std::nullopt;
  const size_t last = std::min(tokens.size(), i + max_tokens_);
  for (size_t end = last; end > i; --end) {
    if (auto match = Lookup(text, tokens, i, end)) return match;
  }
  return std::nullopt;
}

std::optional<PhraseTable::Match> PhraseTable::LongestEndingAt(
    absl::string_view text, const std::vector<Token>& tokens,
    size_t last) const {
  if (last >= tokens.size()) return std::nullopt;
  char buffer[kMaxTokenBytes];
  const absl::string_view word = FoldedToken(text, tokens[last], buffer);
  if (word.empty() || !last_tokens_.contains(word)) return std::nullopt;
  const size_t first = last + 1 >= max_tokens_ ? last + 1 - max_tokens_ : 0;
  for (size_t begin = first; begin <= last; ++begin) {
    if (auto match = Lookup(text, tokens, begin, last + 1)) return match;
  }
  return std::nullopt;
}

}  // namespace factcheck::extract
