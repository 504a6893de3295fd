#include "server/extract/numbers.h"

#include <cmath>
#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/extract/calendar.h"

namespace factcheck::extract {
namespace {

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

const absl::flat_hash_map<std::string, WordInfo>& Lexicon() {
  static const auto* const kLexicon = [] {
    auto* lexicon = new absl::flat_hash_map<std::string, WordInfo>();
    const char* const units[] = {
        "zero",    "one",     "two",       "three",    "four",
        "five",    "six",     "seven",     "eight",    "nine",
        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int v = 0; v < 20; ++v)
      (*lexicon)[units[v]] = {WordKind::kUnit, double(v)};
    (*lexicon)["nought"] = {WordKind::kUnit, 0};
    (*lexicon)["naught"] = {WordKind::kUnit, 0};
    const char* const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                "sixty",  "seventy", "eighty", "ninety"};
    for (int t = 0; t < 8; ++t) {
      (*lexicon)[tens[t]] = {WordKind::kTens, 20.0 + 10 * t};
    }
    (*lexicon)["fourty"] = {WordKind::kTens, 40};
    (*lexicon)["hundred"] = {WordKind::kHundred, 100};
    for (const auto& [word, value] :
         std::initializer_list<std::pair<const char*, double>>{
             {"thousand", 1e3},
             {"million", 1e6},
             {"billion", 1e9},
             {"trillion", 1e12},
             {"lakh", 1e5},
             {"lakhs", 1e5},
             {"lac", 1e5},
             {"crore", 1e7},
             {"crores", 1e7}}) {
      (*lexicon)[word] = {WordKind::kScale, value};
    }
    const char* const ordinals[] = {
        "zeroth",    "first",     "second",      "third",      "fourth",
        "fifth",     "sixth",     "seventh",     "eighth",     "ninth",
        "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    for (int v = 1; v < 20; ++v) {
      (*lexicon)[ordinals[v]] = {WordKind::kOrdinal, double(v)};
      if (v >= 3) {
        (*lexicon)[std::string(ordinals[v]) + "s"] = {WordKind::kOrdinals,
                                                      double(v)};
      }
    }
    (*lexicon)["nineth"] = {WordKind::kOrdinal, 9};
    (*lexicon)["firsts"] = {WordKind::kOrdinals, 1};
    const char* const tenths[] = {"twentieth", "thirtieth", "fortieth",
                                  "fiftieth",  "sixtieth",  "seventieth",
                                  "eightieth", "ninetieth"};
    for (int t = 0; t < 8; ++t) {
      (*lexicon)[tenths[t]] = {WordKind::kOrdinal, 20.0 + 10 * t};
      (*lexicon)[std::string(tenths[t]) + "s"] = {WordKind::kOrdinals,
                                                  20.0 + 10 * t};
    }
    for (const auto& [word, value] :
         std::initializer_list<std::pair<const char*, double>>{
             {"hundredth", 1e2},
             {"thousandth", 1e3},
             {"millionth", 1e6},
             {"billionth", 1e9},
             {"trillionth", 1e12}}) {
      (*lexicon)[word] = {WordKind::kOrdinal, value};
      (*lexicon)[std::string(word) + "s"] = {WordKind::kOrdinals, value};
    }
    (*lexicon)["half"] = {WordKind::kHalf, 0.5};
    (*lexicon)["halves"] = {WordKind::kOrdinals, 2};
    (*lexicon)["quarter"] = {WordKind::kQuarter, 0.25};
    (*lexicon)["quarters"] = {WordKind::kOrdinals, 4};
    for (const char* dozen : {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}) {
      (*lexicon)[dozen] = {WordKind::kDozen, 12};
    }
    (*lexicon)["a"] = {WordKind::kArticle, 1};
    (*lexicon)["an"] = {WordKind::kArticle, 1};
    (*lexicon)["and"] = {WordKind::kAnd, 0};
    (*lexicon)["point"] = {WordKind::kPoint, 0};
    (*lexicon)["minus"] = {WordKind::kNegative, 0};
    (*lexicon)["negative"] = {WordKind::kNegative, 0};
    return lexicon;
  }();
  return *kLexicon;
}

// Every word of the lexicon, for a lookup-free "not a number word".
const WordFilter& LexiconFilter() {
  static const WordFilter* const kFilter = [] {
    auto* filter = new WordFilter();
    for (const auto& [word, info] : Lexicon()) filter->Add(word);
    return filter;
  }();
  return *kFilter;
}

// The words a relative ordinal starts with.
const WordFilter& RelativeOrdinalFilter() {
  static const WordFilter* const kFilter = [] {
    auto* filter = new WordFilter();
    for (const char* word : {"the", "next", "last", "previous", "current",
                             "penultimate", "antepenultimate"}) {
      filter->Add(word);
    }
    return filter;
  }();
  return *kFilter;
}

// The words a web address starts with.
const WordFilter& UrlStartFilter() {
  static const WordFilter* const kFilter = [] {
    auto* filter = new WordFilter();
    for (const char* word : {"http", "https", "www"}) filter->Add(word);
    return filter;
  }();
  return *kFilter;
}

// Multipliers written after digits ("2.5bn", "10 k", "$40m"). Spaced: may
// stand after a space. Money only: only after a currency sign, where "m"
// means million rather than metre.
struct Multiplier {
  double value;
  bool spaced;
  bool money_only;
};

std::optional<Multiplier> MultiplierOf(absl::string_view word) {
  // Case matters: "10M" is ten million, "10m" ten metres; "10G" is ten
  // billion, "10g" ten grams.
  if (word == "k" || word == "K") return Multiplier{1e3, true, false};
  if (word == "M" || word == "MM") return Multiplier{1e6, true, false};
  if (word == "m") return Multiplier{1e6, false, true};
  if (word == "G") return Multiplier{1e9, true, false};
  if (word == "b" || word == "B") return Multiplier{1e9, false, false};
  char lower[8];
  if (word.size() > sizeof(lower)) return std::nullopt;
  const absl::string_view w = LowerInto(word, lower);
  if (w == "mn" || w == "mln" || w == "mil" || w == "mio") {
    return Multiplier{1e6, true, false};
  }
  if (w == "bn" || w == "bln") return Multiplier{1e9, true, false};
  if (w == "tn" || w == "tln") return Multiplier{1e12, true, false};
  return std::nullopt;
}

// Unicode vulgar fractions: ¼ ½ ¾ (Latin-1) and ⅐ .. ⅞ (U+2150..U+215E).
std::optional<double> VulgarFraction(absl::string_view symbol) {
  static const auto* const kFractions =
      new absl::flat_hash_map<std::string, double>{
          {"\xC2\xBC", 0.25},        {"\xC2\xBD", 0.5},
          {"\xC2\xBE", 0.75},        {"\xE2\x85\x90", 1.0 / 7},
          {"\xE2\x85\x91", 1.0 / 9}, {"\xE2\x85\x92", 0.1},
          {"\xE2\x85\x93", 1.0 / 3}, {"\xE2\x85\x94", 2.0 / 3},
          {"\xE2\x85\x95", 0.2},     {"\xE2\x85\x96", 0.4},
          {"\xE2\x85\x97", 0.6},     {"\xE2\x85\x98", 0.8},
          {"\xE2\x85\x99", 1.0 / 6}, {"\xE2\x85\x9A", 5.0 / 6},
          {"\xE2\x85\x9B", 0.125},   {"\xE2\x85\x9C", 0.375},
          {"\xE2\x85\x9D", 0.625},   {"\xE2\x85\x9E", 0.875}};
  // Every fraction starts with one of these two bytes; most symbols do not.
  if (symbol.empty() || (symbol[0] != '\xC2' && symbol[0] != '\xE2')) {
    return std::nullopt;
  }
  auto it = kFractions->find(symbol);
  if (it == kFractions->end()) return std::nullopt;
  return it->second;
}

// Words that label the number after them as an identifier, not an amount.
bool IsCodeLabel(absl::string_view lower) {
  static const auto* const kLabels = new absl::flat_hash_map<std::string, bool>{
      {"page", true},     {"pages", true},     {"p", true},
      {"pp", true},       {"section", true},   {"chapter", true},
      {"article", true},  {"clause", true},    {"resolution", true},
      {"route", true},    {"highway", true},   {"exit", true},
      {"flight", true},   {"room", true},      {"no", true},
      {"nos", true},      {"nr", true},        {"nrs", true},
      {"version", true},  {"v", true},         {"platform", true},
      {"gate", true},     {"episode", true},   {"season", true},
      {"volume", true},   {"vol", true},       {"issue", true},
      {"item", true},     {"apartment", true}, {"suite", true},
      {"ward", true},     {"district", true},  {"precinct", true},
      {"sector", true},   {"block", true},     {"building", true},
      {"lane", true},     {"street", true},    {"avenue", true},
      {"exercise", true}, {"exercises", true}, {"figure", true},
      {"fig", true},      {"table", true},     {"paragraph", true},
      {"act", true},      {"part", true},      {"amendment", true},
      {"psalm", true},    {"line", true},      {"interstate", true}};
  return kLabels->contains(lower);
}

// Determiners before which "one" is a pronoun ("the one you mentioned").
bool MakesOnePronoun(absl::string_view lower) {
  return lower == "the" || lower == "this" || lower == "that" ||
         lower == "which" || lower == "each" || lower == "any" ||
         lower == "every" || lower == "no" || lower == "another" ||
         lower == "someone" || lower == "anyone" || lower == "everyone";
}

class NumberParser : private TokenQueries {
 public:
  NumberParser(absl::string_view text, const std::vector<Token>& tokens)
      : TokenQueries(text, tokens) {}

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
  // The lower-cased word at i ("" for non-words and long words).
  absl::string_view Lower(size_t i, char (&buffer)[16]) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kWord) return {};
    const absl::string_view word = Text(i);
    if (word.size() > sizeof(buffer)) return {};
    return LowerInto(word, buffer);
  }
  WordInfo Word(size_t i) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kWord ||
        !LexiconFilter().MayContain(tokens_[i])) {
      return {};
    }
    char buffer[16];
    const absl::string_view lower = Lower(i, buffer);
    if (lower.empty()) return {};
    const auto& lexicon = Lexicon();
    auto it = lexicon.find(lower);
    return it == lexicon.end() ? WordInfo{} : it->second;
  }
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
};

bool NumberParser::MonthBefore(size_t i) const {
  return (i >= 1 && MonthNameEnd(i - 1) == i) ||
         (i >= 2 && MonthNameEnd(i - 2) == i);
}

bool NumberParser::CurrencySignBefore(size_t i) const {
  if (i == 0) return false;
  const Token& previous = At(i - 1);
  if (previous.kind != TokenKind::kSymbol) return false;
  const absl::string_view sign = Text(i - 1);
  return sign == "$" || sign == "\xC2\xA3" || sign == "\xE2\x82\xAC" ||
         sign == "\xC2\xA5" || sign == "\xE2\x82\xB9";
}

// Thousands groups after the first digits: "1,234,567", "1 234 567",
// "12,34,567" (Indian). Appends the digits and moves *j past them.
bool NumberParser::AppendGroups(size_t* j, std::string* digits) const {
  const size_t head = Text(*j).size();
  // Comma groups, glued: all three digits, or Indian two-digit groups
  // closed by a three-digit one.
  // The groups are gathered apart and appended only if they make a number,
  // so the common case (no groups) copies nothing.
  size_t k = *j + 1;
  std::string grouped;
  bool indian = false;
  size_t groups = 0;
  while (IsSymbol(k, ",") && Glued(k) && IsDigits(k + 1) && Glued(k + 1)) {
    const size_t width = Text(k + 1).size();
    if (width == 3) {
      absl::StrAppend(&grouped, Text(k + 1));
      k += 2;
      ++groups;
      if (indian) break;
      continue;
    }
    if (width == 2 && head <= 2 && (groups == 0 || indian) &&
        IsSymbol(k + 2, ",")) {
      indian = true;
      absl::StrAppend(&grouped, Text(k + 1));
      k += 2;
      ++groups;
      continue;
    }
    break;
  }
  if (groups > 0 && head <= 3 && !(indian && Text(k - 1).size() != 3)) {
    // "22,24,26" is a list, not a number: a comma group must be 3 digits.
    digits->append(grouped);
    *j = k - 1;
    return true;
  }
  // Space groups: single spaces (or narrow no-break spaces) between
  // three-digit groups, as in "1 234 567" and "40 000".
  k = *j + 1;
  grouped.clear();
  groups = 0;
  while (head <= 3 && IsDigits(k) && Text(k).size() == 3 && !Glued(k) &&
         !IsSymbol(k + 1, "/")) {
    const absl::string_view gap =
        text_.substr(At(k - 1).span.end, At(k).span.begin - At(k - 1).span.end);
    if (gap != " " && gap != "\xE2\x80\xAF" && gap != "\xC2\xA0") break;
    absl::StrAppend(&grouped, Text(k));
    ++k;
    ++groups;
  }
  if (groups > 0) {
    digits->append(grouped);
    *j = k - 1;
    return true;
  }
  return false;
}

std::optional<NumberParser::Literal> NumberParser::ParseLiteral(
    size_t i) const {
  if (!Valid(i)) return std::nullopt;
  Literal literal;
  std::string digits(Text(i));
  size_t j = i;  // last token consumed
  bool leading_point = false;
  if (IsSymbol(i, ".")) {
    // ".08": a decimal without its zero (not the ".168" of "192.168").
    if (!IsDigits(i + 1) || !Glued(i + 1)) return std::nullopt;
    if (i > 0 && Glued(i) && IsDigits(i - 1)) return std::nullopt;
    leading_point = true;
    digits = "0";
    j = i;
  } else if (!IsDigits(i)) {
    return std::nullopt;
  }
  if (!leading_point && AppendGroups(&j, &digits))
    literal.plain_integer = false;

  // European "1.111,11": dot groups then a decimal comma.
  if (!leading_point && literal.plain_integer && Text(i).size() <= 3 &&
      IsSymbol(j + 1, ".") && Glued(j + 1) && IsDigits(j + 2) &&
      Text(j + 2).size() == 3 && Glued(j + 2) && IsSymbol(j + 3, ",") &&
      Glued(j + 3) && IsDigits(j + 4) && Glued(j + 4)) {
    absl::StrAppend(&digits, Text(j + 2));
    digits.push_back('.');
    absl::StrAppend(&digits, Text(j + 4));
    j += 4;
    literal.plain_integer = false;
  } else if (IsSymbol(j + 1, ".") && Glued(j + 1) && IsDigits(j + 2) &&
             Glued(j + 2)) {
    // "192.168.1.2" and "1.2.3" are addresses and versions: every part
    // stands alone.
    const bool inside_chain = i > 1 && IsSymbol(i - 1, ".") && Glued(i) &&
                              Glued(i - 1) && IsDigits(i - 2);
    if (inside_chain || (IsSymbol(j + 3, ".") && Glued(j + 3) &&
                         IsDigits(j + 4) && Glued(j + 4))) {
      literal.value = 0;
    } else {
      digits.push_back('.');
      absl::StrAppend(&digits, Text(j + 2));
      j += 2;
      literal.plain_integer = false;
    }
  } else if (leading_point) {
    digits.push_back('.');
    absl::StrAppend(&digits, Text(i + 1));
    j = i + 1;
    literal.plain_integer = false;
  } else if (literal.plain_integer && IsSymbol(j + 1, ",") && Glued(j + 1) &&
             IsDigits(j + 2) && Glued(j + 2) && Text(j + 2).size() <= 2 &&
             !(IsSymbol(j + 3, ",") && IsDigits(j + 4)) &&
             !(i > 0 && IsSymbol(i - 1, ",") && Glued(i))) {
    // "1,3" and "5,00": a decimal comma (a list would have more commas).
    digits.push_back('.');
    absl::StrAppend(&digits, Text(j + 2));
    j += 2;
    literal.plain_integer = false;
  }
  // Up to 15 digits a double holds the integer exactly, so plain digits
  // need no general parse.
  double value = 0;
  if (literal.plain_integer && !leading_point && digits.size() <= 15) {
    value = DigitsValue(i);
  } else if (!absl::SimpleAtod(digits, &value)) {
    return std::nullopt;
  }

  // Time of day: "10:30".
  if (!leading_point && IsSymbol(j + 1, ":") && Glued(j + 1) &&
      IsDigits(j + 2) && Glued(j + 2) && Text(j + 2).size() == 2) {
    literal.time = true;
    literal.value = value;
    literal.next = j + 3;
    return literal;
  }

  // Exponents: "1e10", "12.32e+14", "1.1^23", "1.3x10^6".
  auto exponent_at = [&](size_t k, size_t* end) -> std::optional<double> {
    double sign = 1;
    while (Valid(k) && Glued(k) && (IsSymbol(k, "-") || IsSymbol(k, "+"))) {
      if (IsSymbol(k, "-")) sign = -sign;
      ++k;
    }
    if (!IsDigits(k) || !Glued(k)) return std::nullopt;
    *end = k;
    return sign * DigitsValue(k);
  };
  if (Valid(j + 1) && Glued(j + 1) && At(j + 1).kind == TokenKind::kWord) {
    const absl::string_view word = Text(j + 1);
    size_t end = 0;
    if ((word == "e" || word == "E")) {
      if (auto power = exponent_at(j + 2, &end)) {
        value *= std::pow(10.0, *power);
        j = end;
        literal.plain_integer = false;
      }
    } else if ((word == "x" || word == "X") && IsDigits(j + 2) &&
               Text(j + 2) == "10" && IsSymbol(j + 3, "^")) {
      if (auto power = exponent_at(j + 4, &end)) {
        value *= std::pow(10.0, *power);
        j = end;
        literal.plain_integer = false;
      }
    }
  } else if (IsSymbol(j + 1, "^") && Glued(j + 1)) {
    size_t end = 0;
    if (auto power = exponent_at(j + 2, &end)) {
      value = std::pow(value, *power);
      j = end;
      literal.plain_integer = false;
    }
  }

  // Fractions: "3/4", "-4/5", mixed "2 1/4" and "2½".
  if (literal.plain_integer && IsSymbol(j + 1, "/") && Glued(j + 1) &&
      IsDigits(j + 2) && Glued(j + 2) && DigitsValue(j + 2) != 0 &&
      value < DigitsValue(j + 2) &&
      !(IsSymbol(j + 3, "/") && IsDigits(j + 4)) &&
      !(i > 0 && IsSymbol(i - 1, "/") && Glued(i))) {
    value /= DigitsValue(j + 2);
    literal.slash = true;
    literal.plain_integer = false;
    j += 2;
  } else if (literal.plain_integer && IsDigits(j + 1) && !Glued(j + 1) &&
             IsSymbol(j + 2, "/") && Glued(j + 2) && IsDigits(j + 3) &&
             Glued(j + 3) && DigitsValue(j + 1) < DigitsValue(j + 3)) {
    value += DigitsValue(j + 1) / DigitsValue(j + 3);
    literal.plain_integer = false;
    j += 3;
  } else if (Valid(j + 1) && Glued(j + 1) &&
             At(j + 1).kind == TokenKind::kSymbol) {
    if (auto fraction = VulgarFraction(Text(j + 1))) {
      value += *fraction;
      literal.plain_integer = false;
      j += 1;
    }
  }

  // Letters glued after the digits: a multiplier, an ordinal suffix, a
  // decade, or a unit.
  const size_t after = j + 1;
  if (Valid(after) && Glued(after) && At(after).kind == TokenKind::kWord) {
    const absl::string_view word = Text(after);
    char buffer[16];
    const absl::string_view lower = Lower(after, buffer);
    const std::optional<Multiplier> multiplier = MultiplierOf(word);
    // "3.4m barrels", "2m people": before a plural noun "m" counts
    // millions, not metres ("a 10m wall", "3.4m high").
    const bool counts_things =
        Valid(after + 1) && At(after + 1).kind == TokenKind::kWord &&
        At(after + 1).space_before &&
        !absl::ascii_isupper(static_cast<unsigned char>(Text(after + 1)[0])) &&
        Text(after + 1).size() > 3 && absl::EndsWith(Text(after + 1), "s");
    if (multiplier &&
        (!multiplier->money_only || CurrencySignBefore(i) || counts_things)) {
      value *= multiplier->value;
      literal.scale = multiplier->value;
      literal.has_multiplier = true;
      literal.plain_integer = false;
      j = after;
    } else if (literal.plain_integer && (lower == "st" || lower == "nd" ||
                                         lower == "rd" || lower == "th")) {
      literal.ordinal = true;
      j = after;
    } else if (literal.plain_integer && lower == "s" && digits.size() == 4) {
      literal.decade = true;
      j = after;
    } else {
      literal.glued_suffix = At(after).span;
    }
  } else if (Valid(after) && At(after).kind == TokenKind::kWord) {
    // A spaced multiplier: "2.33 k", "1,674.5 G", "10 bln".
    const std::optional<Multiplier> multiplier = MultiplierOf(Text(after));
    if (multiplier && multiplier->spaced &&
        !(Valid(after + 1) && Glued(after + 1) &&
          At(after + 1).kind != TokenKind::kSymbol)) {
      value *= multiplier->value;
      literal.scale = multiplier->value;
      literal.has_multiplier = true;
      literal.plain_integer = false;
      j = after;
    }
  }
  literal.value = value;
  literal.next = j + 1;
  return literal;
}

NumberParser::Cardinal NumberParser::ParseCardinal(size_t i,
                                                   size_t limit) const {
  Cardinal c;
  c.next = i;
  // Within the group below the current scale: what the last hundred holds.
  bool have_hundred = false;
  bool have_tens = false;
  bool have_unit = false;
  WordKind last = WordKind::kNone;
  size_t j = i;
  // Where to go back to when an "and" turns out to join nothing.
  std::optional<Cardinal> before_and;
  auto reset_group = [&] { have_hundred = have_tens = have_unit = false; };
  while (j < limit && Valid(j)) {
    // A digit literal: first in the number, or after a scale word
    // ("4 thousand 3 hundred"), or after "and" below a hundred.
    if (IsDigits(j) || (IsSymbol(j, ".") && IsDigits(j + 1))) {
      if (c.any && last != WordKind::kScale && last != WordKind::kAnd) break;
      // Ordinals, decades, times, slashes and glued units are ParseAt's to
      // read as a bare literal.
      std::optional<Literal> literal = ParseLiteral(j);
      if (!literal || literal->ordinal || literal->decade || literal->time ||
          literal->slash || literal->glued_suffix.end != 0) {
        break;
      }
      // After a scale a literal may fill the group below it: "4 thousand
      // 205", "four-thousand-205".
      const double group_limit = last == WordKind::kScale ? 1000 : 100;
      if (c.any && (literal->value >= group_limit || literal->value == 0 ||
                    !literal->plain_integer)) {
        break;
      }
      if (c.any && last == WordKind::kAnd && (have_tens || have_unit)) break;
      c.current += literal->value;
      c.any = true;
      if (literal->has_multiplier) {
        c.last_scale = literal->scale;
        c.total += c.current;
        c.current = 0;
        c.next = literal->next;
        return c;
      }
      have_unit = have_tens = true;
      last = WordKind::kUnit;
      j = literal->next;
      c.next = j;
      continue;
    }
    const WordInfo word = Word(j);
    switch (word.kind) {
      case WordKind::kUnit: {
        if (word.value == 0) {
          if (c.any) goto done;
          c.current = 0;
        } else if (!have_tens && !have_unit) {
          c.current += word.value;
        } else if (have_tens && !have_unit && word.value < 10 &&
                   last == WordKind::kTens) {
          c.current += word.value;
        } else {
          goto done;
        }
        have_unit = true;
        if (word.value == 0) have_tens = true;
        break;
      }
      case WordKind::kTens:
        if (have_tens || have_unit) goto done;
        c.current += word.value;
        have_tens = true;
        break;
      case WordKind::kHundred:
        if (have_hundred) goto done;
        if (c.current == 0) {
          // "a hundred" and "one hundred" arrive with current 1; a bare
          // "hundred" starts a number only before a scale ("hundred
          // thousand").
          if (c.any ||
              !(Valid(j + 1) && Word(j + 1).kind == WordKind::kScale)) {
            goto done;
          }
          c.current = 1;
        }
        c.current *= 100;
        have_hundred = true;
        have_tens = have_unit = false;
        break;
      case WordKind::kScale:
        if (c.current == 0) {
          // "three lakh crore": a scale right after a scale multiplies.
          if (last == WordKind::kScale) {
            c.total *= word.value;
            c.last_scale = word.value;
            c.end_scale = word.value;
            break;
          }
          goto done;
        }
        if (c.last_scale != 0 && word.value >= c.last_scale) goto done;
        c.total += c.current * word.value;
        c.current = 0;
        c.last_scale = word.value;
        c.end_scale = word.value;
        reset_group();
        break;
      case WordKind::kOrdinal: {
        // A singular ordinal ends the number: "twenty-first", "two
        // hundredth", "three trillionth" (but "$280 million first" is two).
        if (word.value < 100 && last == WordKind::kScale) goto done;
        if (word.value < 10) {
          if (have_unit || (have_tens && last != WordKind::kTens)) goto done;
          if (have_tens && word.value == 0) goto done;
          c.current += word.value;
        } else if (word.value < 20) {
          if (have_tens || have_unit) goto done;
          c.current += word.value;
        } else if (word.value < 100) {
          if (have_tens || have_unit) goto done;
          c.current += word.value;
        } else if (word.value == 100) {
          if (have_hundred) goto done;
          c.current = (c.current == 0 ? 1 : c.current) * 100;
        } else {
          if (c.last_scale != 0 && word.value >= c.last_scale) goto done;
          c.total += (c.current == 0 ? 1 : c.current) * word.value;
          c.current = 0;
        }
        c.any = true;
        c.in_words = true;
        c.ends_ordinal = true;
        c.ends_with_scale = false;
        c.next = j + 1;
        return c;
      }
      case WordKind::kArticle:
        // "a hundred", "a million": the article is one of what follows.
        if (c.any) goto done;
        {
          const WordKind next = Word(j + 1).kind;
          if (next != WordKind::kHundred && next != WordKind::kScale) goto done;
        }
        c.current = 1;
        have_unit = true;
        c.in_words = true;
        last = WordKind::kUnit;
        ++j;
        continue;
      case WordKind::kAnd: {
        // "one hundred and six", "twenty-one trillion and three hundred":
        // "and" joins a smaller group after a hundred or a scale.
        if (!c.any || !(have_hundred || last == WordKind::kScale)) goto done;
        if (have_tens || have_unit) goto done;
        const WordInfo after = Word(j + 1);
        const bool joins =
            (after.kind == WordKind::kUnit && after.value != 0) ||
            after.kind == WordKind::kTens ||
            (IsDigits(j + 1) && DigitsValue(j + 1) != 0 &&
             DigitsValue(j + 1) < 100);
        if (!joins) goto done;
        before_and = c;
        c.and_at = j;
        last = WordKind::kAnd;
        ++j;
        continue;
      }
      default:
        if (!IsDash(j)) goto done;
        // Wire copy hyphenates scales: "12-thousand", "four-thousand-205".
        if (c.any && Valid(j + 1) && !At(j).space_before &&
            !At(j + 1).space_before &&
            (((last == WordKind::kUnit || last == WordKind::kTens) &&
              (Word(j + 1).kind == WordKind::kScale ||
               Word(j + 1).kind == WordKind::kHundred)) ||
             (last == WordKind::kScale && IsDigits(j + 1)))) {
          ++j;
          continue;
        }
        // A hyphen between tens and units: "sixty-five", "fifty - two",
        // "twenty-first".
        if (last == WordKind::kTens) {
          const WordInfo after = Word(j + 1);
          if ((after.kind == WordKind::kUnit && after.value >= 1 &&
               after.value <= 9) ||
              (after.kind == WordKind::kOrdinal && after.value >= 1 &&
               after.value <= 9) ||
              (after.kind == WordKind::kOrdinals && after.value <= 9)) {
            ++j;
            continue;
          }
        }
        goto done;
    }
    c.any = true;
    c.in_words = true;
    c.ends_with_scale = word.kind == WordKind::kScale;
    last = word.kind;
    ++j;
    c.next = j;
    // A hundred or scale after an "and" group keeps it: "two hundred and
    // two thousand".
    if (word.kind == WordKind::kScale || word.kind == WordKind::kHundred) {
      before_and.reset();
    }
  }
done:
  if (last == WordKind::kAnd && before_and) {
    // "3 hundred and 2 hundred": the "and" joined nothing that stays.
    return *before_and;
  }
  if (before_and && Valid(c.next) &&
      (Word(c.next).kind == WordKind::kHundred ||
       Word(c.next).kind == WordKind::kScale)) {
    return *before_and;
  }
  return c;
}

// "a half", "one quarter", "three fifths", "a third": a fraction written in
// words, starting at i.
std::optional<double> NumberParser::ParseFractionWord(size_t i,
                                                      size_t* next) const {
  const WordInfo first = Word(i);
  double numerator = 0;
  size_t k = i;
  if (first.kind == WordKind::kArticle ||
      (first.kind == WordKind::kUnit && first.value == 1)) {
    numerator = 1;
    k = i + 1;
  } else if (first.kind == WordKind::kUnit || first.kind == WordKind::kTens) {
    Cardinal numerator_words = ParseCardinal(i, tokens_.size());
    if (!numerator_words.any) return std::nullopt;
    numerator = numerator_words.value();
    k = numerator_words.next;
    if (numerator_words.ends_ordinal) return std::nullopt;
  }
  const WordInfo denominator = Word(k);
  if (denominator.kind == WordKind::kHalf && numerator == 1) {
    *next = k + 1;
    return 0.5;
  }
  if (denominator.kind == WordKind::kQuarter && numerator == 1) {
    *next = k + 1;
    return 0.25;
  }
  if (denominator.kind == WordKind::kOrdinals ||
      (denominator.kind == WordKind::kOrdinal && numerator == 1 &&
       denominator.value >= 3)) {
    *next = k + 1;
    return numerator / denominator.value;
  }
  return std::nullopt;
}

std::optional<NumberMention> NumberParser::ParseRelativeOrdinal(
    size_t i, size_t* next) const {
  char buffer[16];
  const absl::string_view word = Lower(i, buffer);
  if (word.empty()) return std::nullopt;
  NumberMention mention;
  mention.form = NumberForm::kRelativeOrdinal;
  mention.role = NumberRole::kRank;
  mention.in_words = true;
  size_t end = i;
  auto followed_by = [&](size_t k, std::initializer_list<const char*> words) {
    for (const char* w : words) {
      if (!IsWordToken(k++, w)) return false;
    }
    return true;
  };
  if (word == "the" && followed_by(i + 1, {"last", "but", "one"})) {
    end = i + 3;
    mention.relative_base = RelativeBase::kEnd;
    mention.relative_offset = -1;
  } else if (word == "the" && followed_by(i + 1, {"second", "to", "last"})) {
    end = i + 3;
    mention.relative_base = RelativeBase::kEnd;
    mention.relative_offset = -1;
  } else if (word == "the" &&
             followed_by(i + 1, {"one", "before", "the", "last"})) {
    end = followed_by(i + 5, {"one"}) ? i + 5 : i + 4;
    mention.relative_base = RelativeBase::kEnd;
    mention.relative_offset = -1;
  } else if (word == "next" && followed_by(i + 1, {"to", "last"})) {
    end = i + 2;
    mention.relative_base = RelativeBase::kEnd;
    mention.relative_offset = -1;
  } else if (word == "penultimate") {
    mention.relative_base = RelativeBase::kEnd;
    mention.relative_offset = -1;
  } else if (word == "antepenultimate") {
    mention.relative_base = RelativeBase::kEnd;
    mention.relative_offset = -2;
  } else if (word == "last") {
    mention.relative_base = RelativeBase::kEnd;
  } else if (word == "next" || word == "previous" || word == "current") {
    mention.relative_base = RelativeBase::kCurrent;
    mention.relative_offset = word == "next" ? 1 : word == "previous" ? -1 : 0;
    if (IsWordToken(i + 1, "one") && !IsWordToken(i + 2, "of")) end = i + 1;
  } else {
    return std::nullopt;
  }
  mention.span = {At(i).span.begin, At(end).span.end};
  *next = end + 1;
  return mention;
}

std::optional<NumberMention> NumberParser::ParseAt(size_t i,
                                                   size_t* next) const {
  NumberMention mention;
  size_t start = i;
  double sign = 1;
  // A sign: "minus five", "negative one", "-4/5", "- 10 k". A dash after a
  // number is a range ("40-50"), after a word a compound ("COVID-19").
  if (Word(i).kind == WordKind::kNegative) {
    const WordInfo after = Word(i + 1);
    if (after.kind != WordKind::kUnit && after.kind != WordKind::kTens &&
        !IsDigits(i + 1)) {
      return std::nullopt;
    }
    sign = -1;
    ++i;
  } else if ((IsSymbol(i, "-") || IsSymbol(i, "\xE2\x88\x92")) &&
             (IsDigits(i + 1) || (IsSymbol(i + 1, ".") && IsDigits(i + 2)))) {
    const bool after_number = i > 0 && (At(i - 1).kind == TokenKind::kDigits ||
                                        Word(i - 1).kind != WordKind::kNone);
    const bool glued_to_word =
        i > 0 && !At(i).space_before && At(i - 1).kind == TokenKind::kWord;
    // "from the city - 12 people": a dash between words, spaced on both
    // sides, is punctuation.
    const bool spaced_dash = i > 0 && At(i).space_before &&
                             At(i + 1).space_before &&
                             At(i - 1).kind == TokenKind::kWord;
    if (after_number || glued_to_word || spaced_dash ||
        (i > 0 && At(i - 1).kind == TokenKind::kSymbol &&
         !IsSymbol(i - 1, "(") && !IsSymbol(i - 1, "<") &&
         !IsSymbol(i - 1, ">") && !IsSymbol(i - 1, "=") &&
         !IsSymbol(i - 1, "$") && !IsSymbol(i - 1, ":"))) {
      return std::nullopt;
    }
    sign = -1;
    ++i;
  }

  // A vulgar fraction standing alone: "½".
  if (Valid(i) && At(i).kind == TokenKind::kSymbol) {
    if (auto fraction = VulgarFraction(Text(i))) {
      mention.value = sign * *fraction;
      mention.form = NumberForm::kFraction;
      mention.span = {At(start).span.begin, At(i).span.end};
      *next = i + 1;
      return mention;
    }
  }

  const WordInfo first = Word(i);
  // "half a million", "half a dozen", "quarter million", "half".
  if (first.kind == WordKind::kHalf || first.kind == WordKind::kQuarter) {
    size_t k = i + 1;
    if (Word(k).kind == WordKind::kArticle) ++k;
    const WordInfo after = Word(k);
    mention.in_words = true;
    if (after.kind == WordKind::kScale || after.kind == WordKind::kDozen ||
        after.kind == WordKind::kHundred) {
      mention.value = sign * first.value * after.value;
      mention.span = {At(start).span.begin, At(k).span.end};
      *next = k + 1;
      return mention;
    }
    if (first.kind == WordKind::kQuarter) return std::nullopt;
    mention.value = sign * first.value;
    mention.form = NumberForm::kFraction;
    mention.span = {At(start).span.begin, At(i).span.end};
    *next = i + 1;
    return mention;
  }

  // "a fifth", "one eighth", "one twenty-fifth", "a hundredth": one part.
  if (first.kind == WordKind::kArticle ||
      (first.kind == WordKind::kUnit && first.value == 1)) {
    const WordInfo after = Word(i + 1);
    const bool combines =
        after.kind == WordKind::kHundred || after.kind == WordKind::kScale ||
        after.kind == WordKind::kAnd || after.kind == WordKind::kPoint ||
        after.kind == WordKind::kDozen;
    if (!combines) {
      Cardinal denominator = ParseCardinal(i + 1, tokens_.size());
      if (denominator.any && denominator.ends_ordinal &&
          denominator.value() >= 3) {
        mention.value = sign / denominator.value();
        mention.form = NumberForm::kFraction;
        mention.in_words = true;
        mention.span = {At(start).span.begin,
                        At(denominator.next - 1).span.end};
        *next = denominator.next;
        return mention;
      }
      if (after.kind == WordKind::kOrdinals && after.value >= 2) {
        // "one thirds" reads as one third.
        mention.value = sign / after.value;
        mention.form = NumberForm::kFraction;
        mention.in_words = true;
        mention.span = {At(start).span.begin, At(i + 1).span.end};
        *next = i + 2;
        return mention;
      }
      if (after.kind == WordKind::kHalf || after.kind == WordKind::kQuarter) {
        {
          // "a half", "one quarter", "a quarter million".
          size_t k = i + 2;
          const WordInfo scale = Word(k);
          mention.in_words = true;
          if (scale.kind == WordKind::kScale) {
            mention.value = sign * after.value * scale.value;
            mention.span = {At(start).span.begin, At(k).span.end};
            *next = k + 1;
          } else {
            mention.value = sign * after.value;
            mention.form = NumberForm::kFraction;
            mention.span = {At(start).span.begin, At(i + 1).span.end};
            *next = i + 2;
          }
          return mention;
        }
      }
    }
    if (first.kind == WordKind::kArticle) {
      if (after.kind == WordKind::kDozen) {
        mention.value = sign * 12;
        mention.in_words = true;
        mention.span = {At(start).span.begin, At(i + 1).span.end};
        *next = i + 2;
        return mention;
      }
      if (after.kind != WordKind::kHundred && after.kind != WordKind::kScale) {
        return std::nullopt;
      }
    }
  }

  // The cardinal itself.
  Cardinal cardinal = ParseCardinal(i, tokens_.size());
  std::optional<Literal> literal;
  if (!cardinal.any) {
    literal = ParseLiteral(i);
    if (!literal) return std::nullopt;
    mention.value = sign * literal->value;
    mention.glued_suffix = literal->glued_suffix;
    mention.scale = literal->scale;
    if (literal->ordinal) mention.form = NumberForm::kOrdinal;
    if (literal->slash) mention.form = NumberForm::kFraction;
    mention.span = {At(start).span.begin, At(literal->next - 1).span.end};
    *next = literal->next;
    if (literal->time) mention.role = NumberRole::kTime;
    if (literal->decade) mention.role = NumberRole::kDate;
    return mention;
  }
  // "one hundred and three quarters", "two million and one half": a proper
  // fraction after "and" is added to the whole. An improper one takes the
  // whole as numerator: "one hundred and thirty fifths" is 130/5.
  if (cardinal.and_at != std::string::npos) {
    size_t fraction_end = 0;
    const std::optional<double> fraction =
        ParseFractionWord(cardinal.and_at + 1, &fraction_end);
    if (fraction && *fraction < 1 && fraction_end > cardinal.next) {
      cardinal = ParseCardinal(i, cardinal.and_at);
    }
  }
  size_t end = cardinal.next;  // first token after the number
  double value = cardinal.value();
  mention.in_words = cardinal.in_words;
  if (cardinal.last_scale > 0) mention.scale = cardinal.last_scale;

  if (cardinal.ends_ordinal) {
    mention.form = NumberForm::kOrdinal;
  } else {
    // Ordinal denominators make a fraction: "two thirds", "twenty-three
    // fifths", "five - eighths", "one-eighth". A tens word before a unit
    // ordinal joins it when something precedes the tens word: "one hundred
    // thirty fifths" is 100/35, "one hundred and thirty fifths" 130/5,
    // "twenty fifths" 20/5. A second number can be the whole denominator:
    // "three twenty-firsts" is 3/21.
    size_t ordinal_at = end;
    bool dashed = false;
    if (IsDash(end) && (Word(end + 1).kind == WordKind::kOrdinals ||
                        Word(end + 1).kind == WordKind::kOrdinal)) {
      ordinal_at = end + 1;
      dashed = true;
    }
    const WordInfo ordinal = Word(ordinal_at);
    const bool plural = ordinal.kind == WordKind::kOrdinals;
    const bool one_part = dashed && ordinal.kind == WordKind::kOrdinal &&
                          value == 1 && ordinal.value >= 3;
    std::optional<std::pair<double, double>>
        fraction;  // numerator, denominator
    if (plural || one_part) {
      fraction = {value, ordinal.value};
      const size_t tens_index = end - 1;
      if (Word(tens_index).kind == WordKind::kTens && ordinal.value < 10 &&
          (dashed || (tens_index > i && !IsWordToken(tens_index - 1, "and")))) {
        if (tens_index == i) {
          fraction = {1, Word(tens_index).value + ordinal.value};
        } else {
          Cardinal rest = ParseCardinal(i, tens_index);
          if (rest.any && rest.next == tens_index) {
            fraction = {rest.value(), Word(tens_index).value + ordinal.value};
          }
        }
      }
      end = ordinal_at + 1;
    } else if (Word(end).kind == WordKind::kTens && !dashed) {
      Cardinal tens = ParseCardinal(end, end + 1);
      size_t denominator_at = end + 1;
      if (IsDash(denominator_at)) ++denominator_at;
      const WordInfo unit_ordinal = Word(denominator_at);
      if (tens.any && unit_ordinal.kind == WordKind::kOrdinals &&
          unit_ordinal.value < 10) {
        fraction = {value, tens.value() + unit_ordinal.value};
        end = denominator_at + 1;
      }
    }
    const WordInfo after = Word(end);
    if (fraction) {
      value = fraction->first / fraction->second;
      mention.form = NumberForm::kFraction;
      // "two thirds of a million", "three quarters billion".
      size_t k = end;
      if (IsWordToken(k, "of") && Word(k + 1).kind == WordKind::kArticle) {
        k += 2;
      }
      if (Word(k).kind == WordKind::kScale) {
        value *= Word(k).value;
        mention.form = NumberForm::kCardinal;
        end = k + 1;
      }
    } else if (after.kind == WordKind::kDozen) {
      // "3 dozens", "three hundred and two dozens" (the dozens are the
      // last group's).
      const double hundreds = std::floor(value / 100) * 100;
      value = value >= 100 ? hundreds + (value - hundreds) * 12 : value * 12;
      end += 1;
    } else if (after.kind == WordKind::kPoint && cardinal.in_words) {
      // "two hundred point zero three", "nine point nought four".
      std::string decimals;
      size_t k = end + 1;
      while (Valid(k)) {
        const WordInfo digit = Word(k);
        if (digit.kind == WordKind::kUnit && digit.value < 10) {
          decimals += static_cast<char>('0' + static_cast<int>(digit.value));
          ++k;
          continue;
        }
        if (decimals.empty() &&
            (digit.kind == WordKind::kTens || digit.kind == WordKind::kUnit)) {
          Cardinal compound = ParseCardinal(k, tokens_.size());
          decimals = std::to_string(static_cast<int>(compound.value()));
          k = compound.next;
        }
        break;
      }
      if (!decimals.empty()) {
        double fraction = 0;
        absl::SimpleAtod("0." + decimals, &fraction);
        value += fraction;
        end = k;
      }
    }
    // "and a half", "and three quarters", "and a thirtieth": a fraction of
    // the last scale ("one million and a half") or of one.
    if (IsWordToken(end, "and") && mention.form == NumberForm::kCardinal) {
      size_t fraction_end = 0;
      if (auto fraction = ParseFractionWord(end + 1, &fraction_end)) {
        const double of = cardinal.ends_with_scale ? cardinal.end_scale : 1;
        value += *fraction * of;
        end = fraction_end;
        // "five and a half million".
        if (!cardinal.ends_with_scale && cardinal.last_scale == 0 &&
            Word(end).kind == WordKind::kScale) {
          value *= Word(end).value;
          ++end;
        } else if (Word(end).kind == WordKind::kScale &&
                   cardinal.ends_with_scale &&
                   Word(end).value < cardinal.end_scale) {
          // "one billion and a half million".
          value = cardinal.value() + *fraction * Word(end).value;
          ++end;
        }
      }
    }
    // "one over three", "one out of three", "1 in twenty-one".
    const bool over = IsWordToken(end, "over");
    const bool out_of = IsWordToken(end, "out") && IsWordToken(end + 1, "of");
    const bool in = IsWordToken(end, "in");
    if ((over || out_of || in) && mention.form == NumberForm::kCardinal &&
        !CurrencySignBefore(i)) {
      const size_t k = end + (out_of ? 2 : 1);
      Cardinal denominator = ParseCardinal(k, tokens_.size());
      std::optional<Literal> denominator_literal;
      if (!denominator.any) denominator_literal = ParseLiteral(k);
      const bool parsed = denominator.any || denominator_literal.has_value();
      const double d = denominator.any       ? denominator.value()
                       : denominator_literal ? denominator_literal->value
                                             : 0;
      const size_t d_end = denominator.any       ? denominator.next
                           : denominator_literal ? denominator_literal->next
                                                 : k;
      const bool year_like = denominator_literal &&
                             denominator_literal->plain_integer && d >= 1000 &&
                             d < 2100;
      const bool word_follows = Valid(d_end) &&
                                At(d_end).kind == TokenKind::kWord &&
                                Word(d_end).kind != WordKind::kAnd;
      bool fraction = false;
      if (parsed && d != 0 && !year_like && !denominator.ends_ordinal) {
        if (over) fraction = !word_follows;
        if (out_of || in) fraction = value < d && (value <= 10 || out_of);
      }
      if (fraction) {
        value /= d;
        mention.form = NumberForm::kFraction;
        end = d_end;
      }
    }
  }
  mention.value = sign * value;
  mention.span = {At(start).span.begin, At(end - 1).span.end};
  *next = end;
  return mention;
}

void NumberParser::AssignRole(NumberMention* mention, size_t first, size_t last,
                              bool after_number) const {
  if (mention->form == NumberForm::kOrdinal ||
      mention->form == NumberForm::kRelativeOrdinal) {
    if (mention->role == NumberRole::kQuantity) {
      mention->role = NumberRole::kRank;
    }
  }
  char buffer[16];
  const absl::string_view before = first > 0 ? Lower(first - 1, buffer) : "";
  char after_buffer[16];
  const absl::string_view after = Lower(last + 1, after_buffer);

  // Dates: a month next to the number ("May 12", "Oct. 7", "12th May",
  // "May 4th").
  if (MonthBefore(first) || MonthNameEnd(last + 1) != last + 1) {
    if (mention->value >= 1 && mention->value <= 31 &&
        mention->value == std::floor(mention->value)) {
      mention->role = NumberRole::kDate;
      return;
    }
  }
  if (mention->role != NumberRole::kQuantity) return;

  // Times: "9 pm", "10am".
  if (after == "am" || after == "pm" || after == "a.m" || after == "p.m" ||
      (mention->glued_suffix.end != 0 &&
       (IsWord(text_, Token{mention->glued_suffix}, "am") ||
        IsWord(text_, Token{mention->glued_suffix}, "pm")))) {
    mention->role = NumberRole::kTime;
    return;
  }
  // Codes: "SCP-173", "COVID-19", "MH17", "page 12", "#5".
  if (first > 0 && !after_number) {
    const Token& previous = At(first - 1);
    if (previous.kind == TokenKind::kWord && !At(first).space_before &&
        !mention->in_words) {
      mention->role = NumberRole::kCode;
      return;
    }
    if (IsDash(first - 1) && !At(first - 1).space_before &&
        !At(first).space_before && first > 1 &&
        At(first - 2).kind == TokenKind::kWord && !mention->in_words) {
      mention->role = NumberRole::kCode;
      return;
    }
    if (IsSymbol(first - 1, "#") || (!before.empty() && IsCodeLabel(before))) {
      mention->role = NumberRole::kCode;
      return;
    }
    if (IsSymbol(first - 1, ".") && first > 1) {
      char label_buffer[16];
      const absl::string_view label = Lower(first - 2, label_buffer);
      if (!label.empty() && IsCodeLabel(label) && !At(first - 1).space_before) {
        mention->role = NumberRole::kCode;
        return;
      }
    }
  }
}

std::vector<NumberMention> NumberParser::Run() {
  std::vector<NumberMention> mentions;
  const size_t n = tokens_.size();
  // News runs about one number to 30 tokens; reserving avoids regrowth.
  mentions.reserve(n / 16 + 4);
  for (size_t i = 0; i < n;) {
    const Token& token = tokens_[i];
    // Only digits, signs, fractions and words can start a number; most
    // words are rejected by one length check and one lookup.
    size_t next = i + 1;
    std::optional<NumberMention> mention;
    if (token.kind == TokenKind::kWord) {
      if (RelativeOrdinalFilter().MayContain(token)) {
        mention = ParseRelativeOrdinal(i, &next);
      }
      if (!mention) {
        char buffer[16];
        const absl::string_view lower = Lower(i, buffer);
        if (lower == "one" &&
            ((i > 0 &&
              [&] {
                char previous[16];
                return MakesOnePronoun(Lower(i - 1, previous));
              }()) ||
             (IsWordToken(i + 1, "of") && !IsWordToken(i + 2, "a")) ||
             IsWordToken(i + 1, "another"))) {
          ++i;
          continue;
        }
        if (Word(i).kind == WordKind::kNone) {
          ++i;
          continue;
        }
        mention = ParseAt(i, &next);
      }
    } else {
      mention = ParseAt(i, &next);
    }
    if (!mention || next <= i) {
      ++i;
      continue;
    }
    // A lone article, "and" or "point" is not a number.
    if (mention->in_words && next == i + 1) {
      const WordKind kind = Word(i).kind;
      if (kind == WordKind::kArticle || kind == WordKind::kAnd ||
          kind == WordKind::kPoint || kind == WordKind::kDozen) {
        ++i;
        continue;
      }
    }
    mention->first_token = static_cast<uint32_t>(i);
    mention->end_token = static_cast<uint32_t>(next);
    if (i > 0 && !At(i).space_before && At(i - 1).kind == TokenKind::kWord) {
      mention->glued_prefix = At(i - 1).span;
    }
    const bool after_number = !mentions.empty() &&
                              mentions.back().end_token + 1 >= i &&
                              mentions.back().role == NumberRole::kQuantity;
    AssignRole(&*mention, i, next - 1, after_number);
    mentions.push_back(*mention);
    i = next;
  }

  // Numbers inside web addresses ("…?id=305&q=30%25") are codes.
  for (size_t t = 0; t < n; ++t) {
    if (!UrlStartFilter().MayContain(At(t))) continue;
    const bool scheme = (IsWordToken(t, "http") || IsWordToken(t, "https")) &&
                        IsSymbol(t + 1, ":") && IsSymbol(t + 2, "/");
    const bool www = IsWordToken(t, "www") && IsSymbol(t + 1, ".");
    if (!scheme && !www) continue;
    uint32_t url_end = At(t).span.end;
    size_t u = t + 1;
    while (u < n && !At(u).space_before) url_end = At(u++).span.end;
    for (NumberMention& mention : mentions) {
      if (mention.span.begin >= At(t).span.begin &&
          mention.span.end <= url_end) {
        mention.role = NumberRole::kCode;
      }
    }
    t = u;
  }

  // Roles that need neighbours: dates, years, phone numbers, dotted codes.
  for (size_t m = 0; m < mentions.size(); ++m) {
    NumberMention& mention = mentions[m];
    const absl::string_view surface = TextOf(text_, mention.span);
    const bool four_digits = surface.size() == 4 && !mention.in_words &&
                             absl::ascii_isdigit(surface[0]) &&
                             absl::ascii_isdigit(surface[3]);
    auto gap_to_next = [&](absl::string_view separator) {
      return m + 1 < mentions.size() &&
             text_.substr(mention.span.end, mentions[m + 1].span.begin -
                                                mention.span.end) == separator;
    };
    auto gap_from_previous = [&](absl::string_view separator) {
      return m > 0 && text_.substr(mentions[m - 1].span.end,
                                   mention.span.begin -
                                       mentions[m - 1].span.end) == separator;
    };
    // ISO dates and months: "2021-05-12", "1995-01".
    if (four_digits && gap_to_next("-") &&
        TextOf(text_, mentions[m + 1].span).size() == 2) {
      mention.role = NumberRole::kDate;
      mentions[m + 1].role = NumberRole::kDate;
      if (m + 2 < mentions.size() &&
          text_.substr(mentions[m + 1].span.end,
                       mentions[m + 2].span.begin - mentions[m + 1].span.end) ==
              "-") {
        mentions[m + 2].role = NumberRole::kDate;
      }
      continue;
    }
    // Slash dates: "5/17/2018", "12/05" (a leading zero is no fraction).
    if (mention.form == NumberForm::kFraction && !mention.in_words) {
      const size_t slash = surface.find('/');
      if (slash != absl::string_view::npos &&
          (surface[slash + 1] == '0' || surface[0] == '0' ||
           gap_to_next("/"))) {
        mention.role = NumberRole::kDate;
        if (gap_to_next("/")) mentions[m + 1].role = NumberRole::kDate;
        continue;
      }
    }
    if (gap_from_previous("/") && mentions[m - 1].role == NumberRole::kDate) {
      mention.role = NumberRole::kDate;
      continue;
    }
    // Dotted chains: "192.168.1.2", "1.2.3".
    if (gap_to_next(".") && !mention.in_words && m + 2 < mentions.size() &&
        text_.substr(mentions[m + 1].span.end,
                     mentions[m + 2].span.begin - mentions[m + 1].span.end) ==
            ".") {
      for (size_t k = m; k < mentions.size(); ++k) {
        mentions[k].role = NumberRole::kCode;
        if (!(k + 1 < mentions.size() &&
              text_.substr(mentions[k].span.end,
                           mentions[k + 1].span.begin - mentions[k].span.end) ==
                  ".")) {
          m = k;
          break;
        }
      }
      continue;
    }
    // Phone numbers: "+1-222-2222", three or more dash-joined groups.
    const bool plus = mention.span.begin > 0 &&
                      text_[mention.span.begin - 1] == '+' && !mention.in_words;
    if (plus ||
        (!mention.in_words && gap_to_next("-") && m + 2 < mentions.size() &&
         text_.substr(mentions[m + 1].span.end,
                      mentions[m + 2].span.begin - mentions[m + 1].span.end) ==
             "-" &&
         !mentions[m + 1].in_words && !mentions[m + 2].in_words)) {
      size_t k = m;
      while (true) {
        mentions[k].role = NumberRole::kPhone;
        if (k + 1 < mentions.size()) {
          const absl::string_view gap =
              text_.substr(mentions[k].span.end,
                           mentions[k + 1].span.begin - mentions[k].span.end);
          if ((gap == "-" || gap == "/" || gap == " " || gap == ".") &&
              !mentions[k + 1].in_words) {
            ++k;
            continue;
          }
        }
        break;
      }
      m = k;
      continue;
    }
    // Years: a plain four-digit number, 1800 to 2099 ("the 2014 war"), or
    // 1000 to 2099 after a word that introduces years ("in 1492"). Not when
    // it counts something ("2000 troops"), carries a unit, sign or currency,
    // or spans a range to a number that is no year ("1000-5000").
    if (four_digits && mention.role == NumberRole::kQuantity &&
        mention.form == NumberForm::kCardinal && mention.value >= 1000 &&
        mention.value < 2100 && mention.glued_suffix.end == 0 &&
        surface.find_first_not_of("0123456789") == absl::string_view::npos) {
      char before_buffer[16];
      const absl::string_view before =
          mention.first_token > 0
              ? Lower(mention.first_token - 1, before_buffer)
              : absl::string_view();
      const bool introduced =
          before == "in" || before == "since" || before == "by" ||
          before == "until" || before == "till" || before == "from" ||
          before == "during" || before == "after" || before == "before" ||
          before == "early" || before == "late" || before == "mid" ||
          before == "year" || before == "circa" || before == "of" ||
          before == "between";
      const bool plausible = mention.value >= 1800 || introduced;
      auto year_like = [](const NumberMention& other) {
        return other.value >= 1000 && other.value < 2100 && !other.in_words;
      };
      auto ranged_with = [&](size_t other) {
        const NumberMention& a = mentions[std::min(m, other)];
        const NumberMention& b = mentions[std::max(m, other)];
        const absl::string_view gap =
            text_.substr(a.span.end, b.span.begin - a.span.end);
        return gap == "-" || gap == " - " || gap == "\xE2\x80\x93" ||
               gap == " \xE2\x80\x93 " || gap == " to ";
      };
      const bool ranged_to_non_year =
          (m + 1 < mentions.size() && ranged_with(m + 1) &&
           !year_like(mentions[m + 1])) ||
          (m > 0 && ranged_with(m - 1) && !year_like(mentions[m - 1]));
      const size_t after = mention.span.end;
      // The next word: a plural noun counts ("2000 troops"), anything else
      // ("the 2014 war", "in 2021,") dates.
      size_t word_begin = after;
      while (word_begin < text_.size() && text_[word_begin] == ' ')
        ++word_begin;
      size_t word_end = word_begin;
      while (word_end < text_.size() &&
             absl::ascii_isalpha(static_cast<unsigned char>(text_[word_end]))) {
        ++word_end;
      }
      const absl::string_view next_word =
          text_.substr(word_begin, word_end - word_begin);
      const bool counts_something =
          next_word.size() > 2 && absl::ascii_islower(next_word[0]) &&
          next_word.back() == 's' && !absl::EndsWith(next_word, "ss") &&
          next_word != "was" && next_word != "has" && next_word != "is" &&
          next_word != "as" && next_word != "its" && next_word != "this";
      const bool percent = after < text_.size() && text_[after] == '%';
      if (plausible && !ranged_to_non_year &&
          !CurrencySignBefore(mention.first_token) && !counts_something &&
          !percent) {
        mention.role = NumberRole::kYear;
      }
    }
  }
  return mentions;
}

}  // namespace

std::vector<NumberMention> FindNumbers(absl::string_view text,
                                       const std::vector<Token>& tokens) {
  std::vector<NumberMention> mentions = NumberParser(text, tokens).Run();
  // "1e400" overflows to infinity and "0e400" to NaN: no count is either.
  for (NumberMention& mention : mentions) {
    if (!std::isfinite(mention.value)) mention.role = NumberRole::kCode;
  }
  return mentions;
}

}  // namespace factcheck::extract
