// Tokens of news text: words, digit runs and symbols with their byte spans.
// The one pass over the text that every extractor builds on; tokens point
// into the text and allocate nothing per character.
#ifndef FACTCHECK_SERVER_EXTRACT_TEXT_H_
#define FACTCHECK_SERVER_EXTRACT_TEXT_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "server/extract/calendar.h"

namespace factcheck::extract {

// A half-open byte range [begin, end) into the text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Span& other) const {
    return begin == other.begin && end == other.end;
  }
};

enum class TokenKind : uint8_t {
  // Letters (ASCII or any non-ASCII character that is not one of the
  // symbols below), with inner apostrophes: "Israel's", "café".
  kWord,
  // ASCII digits only: "1", "204" (separators are separate tokens).
  kDigits,
  // One punctuation or symbol character: ",", "$", "€", "½", "–", "“".
  kSymbol,
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  // White space (or nothing) stands between this token and the previous one.
  // (Bit-fields keep a token at 12 bytes: texts have millions of them.)
  bool space_before : 1;
  // A line break stands between this token and the previous one.
  bool newline_before : 1;
  // The token's slot in every WordFilter, computed once when tokenising.
  uint16_t filter_slot = 0;
};

// Bounds on what one text yields, so that a response is at most a known
// multiple of its request whatever the text: at most this many numeric
// claims and this many attributed claims (the first ones in the text), and
// this many quantities. A news article has a few dozen.
inline constexpr size_t kMaxClaimsPerKind = 2000;
inline constexpr size_t kMaxQuantities = 20000;
// The longest name a claim carries, a speaker's or a place's: words longer
// than this name no one, and the store indexes claims by these names.
inline constexpr size_t kMaxNameBytes = 256;

// The tokens of `text`, in order. White space is not a token. Any bytes that
// are not well-formed UTF-8 become one-byte symbols.
std::vector<Token> Tokenize(absl::string_view text);

// The bytes of a token or span.
inline absl::string_view TextOf(absl::string_view text, Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

// A word without the contraction it carries: "he" of "he's" or
// "they\xE2\x80\x99re"; the word itself when it carries none.
inline absl::string_view WithoutContraction(absl::string_view word) {
  return word.substr(0, std::min(word.find('\''), word.find("\xE2\x80\x99")));
}

// The first of tokens [from, end) that begins at or after byte `offset`, or
// `end`. The search starts at `from` and widens, so a caller walking
// offsets in text order pays for how far it moves, not for the whole text.
size_t FirstTokenFrom(const std::vector<Token>& tokens, size_t from, size_t end,
                      uint32_t offset);

// ASCII case-insensitive equality of a token's text with a lower-case word.
// Inline: recognisers ask it of most tokens, and most differ in length.
inline bool IsWord(absl::string_view text, const Token& token,
                   absl::string_view lower_word) {
  if (token.span.end - token.span.begin != lower_word.size()) return false;
  for (size_t k = 0; k < lower_word.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(
            text[token.span.begin + k])) != lower_word[k]) {
      return false;
    }
  }
  return true;
}

// Whether `word` is one of `lower_words` (lower case), ASCII
// case-insensitively. For short closed lists; a lexicon wants a hash table.
// Inline: it is asked of many words of every text, most of them turned away
// by the first comparison of each entry.
inline bool IsOneOf(absl::string_view word,
                    absl::Span<const absl::string_view> lower_words) {
  // Most words differ in length or first letter: compare those first.
  if (word.empty()) return false;
  const char first = absl::ascii_tolower(static_cast<unsigned char>(word[0]));
  for (absl::string_view lower : lower_words) {
    if (lower.size() == word.size() && lower[0] == first &&
        absl::EqualsIgnoreCase(word, lower)) {
      return true;
    }
  }
  return false;
}

// A verb with a negative contraction: "hasn't", "didn\xE2\x80\x99t".
inline bool HasNegativeContraction(absl::string_view word) {
  return absl::EndsWithIgnoreCase(word, "n't") ||
         absl::EndsWithIgnoreCase(word, "n\xE2\x80\x99t");
}

// A word that denies the verb or the count it stands by: "not", "never",
// "didn't".
inline bool IsNegation(absl::string_view word) {
  return IsOneOf(word, {"not", "never"}) || HasNegativeContraction(word);
}

// Whether `word` is set in capitals ("PENCE", "KATHMANDU"): two letters or
// more, none of them lower case.
inline bool IsInCapitals(absl::string_view word) {
  return word.size() > 1 &&
         std::none_of(
             word.begin(), word.end(),
             [](char c) {
               return absl::ascii_islower(static_cast<unsigned char>(c));
             }) &&
         std::any_of(word.begin(), word.end(), [](char c) {
           return absl::ascii_isupper(static_cast<unsigned char>(c));
         });
}

// Lower-cases the ASCII letters of `word` into `buffer` (which must hold
// word.size() bytes) and returns a view of it.
absl::string_view LowerInto(absl::string_view word, char* buffer);

// An over-approximate, case-insensitive set of words that answers "surely
// not in the set" for most words without hashing them: one bit per (first
// letter, last letter, length). Lexicon lookups run on every word of a text;
// this keeps them off the hash tables for ordinary words.
class WordFilter {
 public:
  // The slot of a word: one bit per (first letter, last letter, length).
  // Inline: computed for every token and for every word a filter is asked
  // about.
  static uint16_t Slot(absl::string_view word) {
    if (word.empty()) return 0;
    const size_t first =
        absl::ascii_tolower(static_cast<unsigned char>(word[0]));
    const size_t last =
        absl::ascii_tolower(static_cast<unsigned char>(word[word.size() - 1]));
    const size_t length = word.size() < 63 ? word.size() : 63;
    return static_cast<uint16_t>(((first * 131 + last) * 67 + length) & 8191);
  }

  void Add(absl::string_view word) { bits_.set(Slot(word)); }
  bool MayContain(absl::string_view word) const {
    return !word.empty() && bits_[Slot(word)];
  }
  bool MayContain(const Token& token) const { return bits_[token.filter_slot]; }

 private:
  // Read with [] (no range check): a slot is below 8192 by construction.
  std::bitset<8192> bits_;
};

// A set of lower-case words for the longer word lists on hot paths: a
// WordFilter answers "no" for most words before anything is hashed. Build
// it once (a function-local static); thread-safe to read.
class WordSet {
 public:
  WordSet(std::initializer_list<absl::string_view> lower_words);
  // Whether `word` is in the set, ASCII case-insensitively. The filter,
  // inline, answers for most words without a call.
  bool Contains(absl::string_view word) const {
    return word.size() <= kLongest && filter_.MayContain(word) &&
           ContainsLower(word);
  }
  // The same for a token of `text`, whose precomputed filter slot answers
  // "no" for most tokens without reading the word.
  bool Contains(absl::string_view text, const Token& token) const {
    return filter_.MayContain(token) && Contains(TextOf(text, token.span));
  }

 private:
  // Longer words are taken to be in no set: no lexicon word is this long.
  static constexpr size_t kLongest = 32;
  // Contains() for a word of at most kLongest bytes that passed the filter.
  bool ContainsLower(absl::string_view word) const;

  WordFilter filter_;
  absl::flat_hash_set<std::string> words_;
};

// The questions every recogniser asks of a tokenised text, in one place.
// Recognisers derive from it; it holds views, so the text and tokens must
// outlive it.
class TokenQueries {
 protected:
  TokenQueries(absl::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}

  bool Valid(size_t i) const { return i < tokens_.size(); }
  absl::string_view Text(size_t i) const {
    return TextOf(text_, tokens_[i].span);
  }
  // A word token equal to `lower` (ASCII case-insensitive). A literal's
  // length is known without strlen.
  template <size_t kSize>
  bool IsWordToken(size_t i, const char (&lower)[kSize]) const {
    return IsWordToken(i, absl::string_view(lower, kSize - 1));
  }
  bool IsWordToken(size_t i, absl::string_view lower) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kWord &&
           IsWord(text_, tokens_[i], lower);
  }
  // The hottest question recognisers ask, mostly with a literal: the
  // literal's length is known without strlen, and a few bytes compare in
  // place faster than through memcmp.
  template <size_t kSize>
  bool IsSymbol(size_t i, const char (&symbol)[kSize]) const {
    return IsSymbol(i, symbol, kSize - 1);
  }
  bool IsSymbol(size_t i, absl::string_view symbol) const {
    return IsSymbol(i, symbol.data(), symbol.size());
  }
  // A straight or curly apostrophe ("Friday night's", "Friday
  // night\xE2\x80\x99s"): news copy uses both, often within one text.
  bool IsApostrophe(size_t i) const {
    return IsSymbol(i, "'") || IsSymbol(i, "\xE2\x80\x99");
  }
  // A hyphen with no space on either side, inside a word or name
  // ("Gilgit-Baltistan", "Port-au-Prince", "Miami-Dade").
  bool IsGluedHyphen(size_t i) const {
    return Valid(i + 1) && IsSymbol(i, "-") && !tokens_[i].space_before &&
           !tokens_[i + 1].space_before;
  }
  // A glued hyphen at `i` with a word right after it: "2019-nCoV",
  // "nine-storey", "Miami-Dade".
  bool GluesAWord(size_t i) const {
    return IsGluedHyphen(i) && tokens_[i + 1].kind == TokenKind::kWord;
  }
  // A word token in `set`.
  bool IsWordIn(const WordSet& set, size_t i) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kWord &&
           set.Contains(text_, tokens_[i]);
  }
  // A word token whose first letter is an ASCII capital.
  bool IsCapitalizedWord(size_t i) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kWord &&
           absl::ascii_isupper(static_cast<unsigned char>(Text(i)[0]));
  }
  // The token after a capitalised month name at `i` and, for an
  // abbreviation, its glued period ("May", "Oct."), or `i` when no month
  // stands there.
  size_t MonthNameEnd(size_t i) const {
    if (!IsCapitalizedWord(i)) return i;
    const MonthName name = MonthNameOf(Text(i));
    if (name == MonthName::kNone) return i;
    if (name == MonthName::kAbbreviated && IsSymbol(i + 1, ".") &&
        !tokens_[i + 1].space_before) {
      return i + 2;
    }
    return i + 1;
  }
  // How many tokens the dash at `i` that opens or closes an aside takes: an
  // en or em dash, or a hyphen with spaces around it ("19 people – including
  // four children – died"), one; "--", as plain text writes a dash, two; 0
  // when no such dash stands at `i`.
  size_t AsideDashLength(size_t i) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kSymbol) return 0;
    const absl::string_view mark = Text(i);
    if (mark == "\xE2\x80\x93" || mark == "\xE2\x80\x94") return 1;
    if (mark != "-" || !Valid(i + 1)) return 0;
    if (tokens_[i].space_before && tokens_[i + 1].space_before) return 1;
    const bool doubled = IsSymbol(i + 1, "-") && !tokens_[i + 1].space_before;
    const bool spaced = tokens_[i].space_before ||
                        (Valid(i + 2) && tokens_[i + 2].space_before);
    return doubled && spaced ? 2 : 0;
  }
  bool IsAsideDash(size_t i) const { return AsideDashLength(i) != 0; }
  // Whether such a dash ends right before token `i`: "rose to 205 — 202 in
  // Valencia", "to 11 -- nine in Azerbaijan".
  bool DashBefore(size_t i) const {
    return (i >= 1 && AsideDashLength(i - 1) == 1) ||
           (i >= 2 && AsideDashLength(i - 2) == 2);
  }
  // The token after the aside that a dash at `i` opens and another closes
  // before `limit` (at most `longest` tokens on); `i` when none does.
  size_t AsideEnd(size_t i, size_t limit, size_t longest) const {
    const size_t opening = AsideDashLength(i);
    if (opening == 0) return i;
    for (size_t t = i + opening; t < limit && t <= i + longest; ++t) {
      if (const size_t closing = AsideDashLength(t); closing != 0) {
        return std::min(t + closing, limit);
      }
      if (IsSymbol(t, ".") || IsSymbol(t, ";")) return i;
    }
    return i;
  }
  // The bytes of tokens [first, end); end > first.
  Span SpanOf(size_t first, size_t end) const {
    return {tokens_[first].span.begin, tokens_[end - 1].span.end};
  }

  absl::string_view text_;
  const std::vector<Token>& tokens_;

 private:
  bool IsSymbol(size_t i, const char* symbol, size_t size) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kSymbol) {
      return false;
    }
    const Span span = tokens_[i].span;
    if (span.end - span.begin != size) return false;
    const char* bytes = text_.data() + span.begin;
    for (size_t k = 0; k < size; ++k) {
      if (bytes[k] != symbol[k]) return false;
    }
    return true;
  }
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_TEXT_H_
