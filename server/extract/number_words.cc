#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "server/extract/number_parser.h"

namespace factcheck::extract::number_internal {

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
      // "Thirtytwo thousand houses": copy typed without its hyphen.
      for (int v = 1; v < 10; ++v) {
        (*lexicon)[std::string(tens[t]) + units[v]] = {WordKind::kUnit,
                                                       20.0 + 10 * t + v};
      }
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

WordInfo NumberParser::LexiconWord(size_t i) const {
  char buffer[16];
  const absl::string_view lower = Lower(i, buffer);
  if (lower.empty()) return {};
  auto it = lexicon_.find(lower);
  return it == lexicon_.end() ? WordInfo{} : it->second;
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
    // A headline's "reached one million" does not go on into the next
    // line's "One million refugees".
    if (j > i && At(j).newline_before) break;
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
  // String views of literals: their lengths are known without strlen.
  auto followed_by = [&](size_t k,
                         std::initializer_list<absl::string_view> words) {
    for (absl::string_view w : words) {
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

}  // namespace factcheck::extract::number_internal
