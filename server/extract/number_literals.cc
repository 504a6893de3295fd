#include <cmath>
#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/extract/number_parser.h"

namespace factcheck::extract::number_internal {
namespace {

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

}  // namespace

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
  // Most tokens asked about are no literal: they are turned away before
  // anything is copied.
  const bool leading_point = IsSymbol(i, ".");
  if (leading_point) {
    // ".08": a decimal without its zero (not the ".168" of "192.168").
    if (!IsDigits(i + 1) || !Glued(i + 1)) return std::nullopt;
    if (i > 0 && Glued(i) && IsDigits(i - 1)) return std::nullopt;
  } else if (!IsDigits(i)) {
    return std::nullopt;
  }
  Literal literal;
  std::string digits = leading_point ? "0" : std::string(Text(i));
  size_t j = i;  // last token consumed
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
    // "3.4m barrels", "2m people", "forced 1.2m to flee", "1.2m were
    // displaced": before a plural noun, a people or a verb "m" counts
    // millions, not metres ("a 10m wall", "3.4m high"). Asked only of a
    // money-only multiplier without a currency sign.
    const auto counts_things = [&] {
      return Valid(after + 1) && At(after + 1).kind == TokenKind::kWord &&
             At(after + 1).space_before &&
             !absl::ascii_isupper(
                 static_cast<unsigned char>(Text(after + 1)[0])) &&
             ((Text(after + 1).size() > 3 &&
               absl::EndsWith(Text(after + 1), "s")) ||
              IsOneOf(Text(after + 1),
                      {"people", "children", "women", "men", "to", "were",
                       "are", "have", "had", "fled", "died"}));
    };
    if (multiplier &&
        (!multiplier->money_only || CurrencySignBefore(i) || counts_things())) {
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

}  // namespace factcheck::extract::number_internal
