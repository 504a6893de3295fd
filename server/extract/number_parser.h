// The number recogniser's parts, internal to :numbers. NumberParser reads
// a text's numbers (numbers.cc: where a number starts, its sign, its role);
// number_words.cc reads numbers written in words ("two hundred and six",
// "a third"), number_literals.cc those written in digits ("1,204", "3.5",
// "2.5bn", "3/4").
#ifndef FACTCHECK_SERVER_EXTRACT_NUMBER_PARSER_H_
#define FACTCHECK_SERVER_EXTRACT_NUMBER_PARSER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "server/extract/numbers.h"
#include "server/extract/text.h"

namespace factcheck::extract::number_internal {

enum class WordKind : uint8_t {
  kNone,
  kUnit,      // zero .. nineteen
  kTens,      // twenty .. ninety
  kHundred,   // hundred
  kScale,     // thousand, million, lakh, crore ...
  kOrdinal,   // first .. ninetieth, hundredth, millionth (value: cardinal)
  kOrdinals,  // thirds, fifths, hundredths (plural: a denominator)
  kHalf,      // half, halves
  kQuarter,   // quarter (0.25); "quarters" is kOrdinals 4
  kDozen,     // dozen, dozens, dz
  kArticle,   // a, an
  kAnd,       // and
  kPoint,     // point
  kNegative,  // minus, negative
};

struct WordInfo {
  WordKind kind = WordKind::kNone;
  double value = 0;
};

// The number words, lower case: "two", "twenty", "hundred", "million",
// "third", "half", "dozen"…
const absl::flat_hash_map<std::string, WordInfo>& Lexicon();
// Every word of the lexicon, for a lookup-free "not a number word".
const WordFilter& LexiconFilter();
// The value of a Unicode vulgar fraction ("½"), if `symbol` is one.
std::optional<double> VulgarFraction(absl::string_view symbol);

// Words that label the number after them as an identifier, not an amount
// ("page", "route", "apartment"); `lower` is lower-case.
bool IsCodeLabel(absl::string_view lower);
// The kind of street an address names after its number and name ("200
// Nohea Kai Drive").
bool IsStreetNoun(absl::string_view lower);
// Words of a title-case headline between a number and a street ("Fire
// Kills 20 On Main Street"): no part of a street's name.
bool IsHeadlineLink(absl::string_view lower);

class NumberParser : private TokenQueries {
 public:
  NumberParser(absl::string_view text, const std::vector<Token>& tokens)
      : TokenQueries(text, tokens),
        lexicon_(Lexicon()),
        lexicon_filter_(LexiconFilter()) {}

  std::vector<NumberMention> Run();

 private:
  // A cardinal read from words and digits.
  struct Cardinal {
    double total = 0;
    double current = 0;
    double last_scale = 0;
    size_t next = 0;  // first token after it
    bool any = false;
    bool in_words = false;
    bool ends_with_scale = false;
    double end_scale = 0;
    bool ends_ordinal = false;  // its last word is a singular ordinal
    // The token of the last "and" that joined a group, or npos.
    size_t and_at = std::string::npos;
    double value() const { return total + current; }
  };

  // A digit literal: "1,204", "3.5", "1.3e6", "2.5bn", "3/4", "2 1/4".
  struct Literal {
    double value = 0;
    size_t next = 0;
    bool plain_integer = true;  // digits only, no separators or suffix
    bool has_multiplier = false;
    bool slash = false;
    bool ordinal = false;
    bool decade = false;
    bool time = false;
    double scale = 1;
    Span glued_suffix;
  };

  const Token& At(size_t i) const { return tokens_[i]; }
  bool Glued(size_t i) const { return Valid(i) && !tokens_[i].space_before; }
  bool IsDigits(size_t i) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kDigits;
  }
  bool IsDash(size_t i) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kSymbol) return false;
    return IsSymbol(i, "-") || IsSymbol(i, "\xE2\x80\x93") ||
           IsSymbol(i, "\xE2\x80\x90") || IsSymbol(i, "\xE2\x80\x91");
  }
  // Whether the symbol at i may start a number. Of the ASCII symbols only a
  // sign before digits ("-4", "-.5") and a leading point (".5") can: a
  // text's punctuation, asked about mark by mark, goes no further.
  bool SymbolMayStartNumber(size_t i) const {
    if (static_cast<unsigned char>(text_[At(i).span.begin]) >= 0x80) {
      return true;
    }
    const bool sign =
        IsSymbol(i, "-") &&
        (IsDigits(i + 1) || (IsSymbol(i + 1, ".") && IsDigits(i + 2)));
    return sign || (IsSymbol(i, ".") && IsDigits(i + 1));
  }
  // The lower-cased word at i ("" for non-words and long words).
  absl::string_view Lower(size_t i, char (&buffer)[16]) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kWord) return {};
    const absl::string_view word = Text(i);
    if (word.size() > sizeof(buffer)) return {};
    return LowerInto(word, buffer);
  }
  WordInfo Word(size_t i) const {
    // Asked of most tokens of every text: the filter, inline, answers for
    // nearly all of them without a call.
    if (!Valid(i) || tokens_[i].kind != TokenKind::kWord ||
        !lexicon_filter_.MayContain(tokens_[i])) {
      return {};
    }
    return LexiconWord(i);
  }
  // Word() for a word the lexicon's filter lets through.
  WordInfo LexiconWord(size_t i) const;
  double DigitsValue(size_t i) const {
    double value = 0;
    for (char c : Text(i)) value = value * 10 + (c - '0');
    return value;
  }

  std::optional<Literal> ParseLiteral(size_t i) const;
  bool AppendGroups(size_t* j, std::string* digits) const;
  Cardinal ParseCardinal(size_t i, size_t limit) const;
  std::optional<NumberMention> ParseAt(size_t i, size_t* next) const;
  std::optional<NumberMention> ParseRelativeOrdinal(size_t i,
                                                    size_t* next) const;
  std::optional<double> ParseFractionWord(size_t i, size_t* next) const;
  // `after_number`: the mention follows another with at most a dash
  // between ("5k-20k"), so a word before it is no label.
  void AssignRole(NumberMention* mention, size_t first, size_t last,
                  bool after_number) const;
  bool CurrencySignBefore(size_t i) const;
  // A capitalised month just before token `i`: "May 12", "Oct. 7".
  bool MonthBefore(size_t i) const;

  // Held for Word(), which runs for most tokens of every text.
  const absl::flat_hash_map<std::string, WordInfo>& lexicon_;
  const WordFilter& lexicon_filter_;
};

}  // namespace factcheck::extract::number_internal

#endif  // FACTCHECK_SERVER_EXTRACT_NUMBER_PARSER_H_
