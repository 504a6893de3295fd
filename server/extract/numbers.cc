#include "server/extract/numbers.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "server/extract/calendar.h"
#include "server/extract/number_parser.h"

namespace factcheck::extract {
namespace number_internal {
namespace {

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

// Determiners before which "one" is a pronoun ("the one you mentioned").
bool MakesOnePronoun(absl::string_view lower) {
  return lower == "the" || lower == "this" || lower == "that" ||
         lower == "which" || lower == "each" || lower == "any" ||
         lower == "every" || lower == "no" || lower == "another" ||
         lower == "someone" || lower == "anyone" || lower == "everyone";
}

}  // namespace

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

  // "1,427,0…": comma groups that break off (a page cut mid-number) leave
  // no sure value. ("22,24,26" is a list of numbers of one token each.)
  if (last > first && IsSymbol(last + 1, ",") && Glued(last + 1) &&
      IsDigits(last + 2) && Glued(last + 2)) {
    mention->role = NumberRole::kCode;
    return;
  }

  // Times: "9 pm", "10am", "11 a.m.".
  const bool dotted_meridiem = (after == "a" || after == "p") &&
                               IsSymbol(last + 2, ".") && Glued(last + 2) &&
                               IsWordToken(last + 3, "m") && Glued(last + 3);
  if (after == "am" || after == "pm" || dotted_meridiem ||
      (mention->glued_suffix.end != 0 &&
       (IsWord(text_, Token{mention->glued_suffix}, "am") ||
        IsWord(text_, Token{mention->glued_suffix}, "pm")))) {
    mention->role = NumberRole::kTime;
    return;
  }
  // A street number: "the Hyatt Regency at 200 Nohea Kai Drive".
  if (last == first && IsDigits(first)) {
    constexpr size_t kMaxStreetNameWords = 4;
    for (size_t t = last + 1;
         t <= last + kMaxStreetNameWords + 1 && IsCapitalizedWord(t); ++t) {
      char word_buffer[16];
      const absl::string_view word = Lower(t, word_buffer);
      if (IsHeadlineLink(word)) break;
      if (t > last + 1 && IsStreetNoun(word)) {
        mention->role = NumberRole::kCode;
        return;
      }
    }
  }
  // A mobile network's generation ("4G", "5G") is a name; "10G" is ten
  // billion.
  if (last == first + 1 && IsDigits(first) && Text(first).size() == 1 &&
      Glued(last) && Text(last) == "G") {
    mention->role = NumberRole::kCode;
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
    // But "a magnitude-7.6 temblor" (AP's style) is a magnitude.
    if (IsDash(first - 1) && !At(first - 1).space_before &&
        !At(first).space_before && first > 1 &&
        At(first - 2).kind == TokenKind::kWord && !mention->in_words &&
        !IsWord(text_, At(first - 2), "magnitude")) {
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
  const WordFilter& relative_ordinals = RelativeOrdinalFilter();
  for (size_t i = 0; i < n;) {
    const Token& token = tokens_[i];
    // Only digits, signs, fractions and words can start a number; most
    // words are rejected by one length check and one lookup.
    size_t next = i + 1;
    std::optional<NumberMention> mention;
    if (token.kind == TokenKind::kWord) {
      if (relative_ordinals.MayContain(token)) {
        mention = ParseRelativeOrdinal(i, &next);
      }
      if (!mention) {
        if (IsWordToken(i, "one") &&
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
    } else if (token.kind == TokenKind::kDigits || SymbolMayStartNumber(i)) {
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
  const WordFilter& url_starts = UrlStartFilter();
  for (size_t t = 0; t < n; ++t) {
    if (!url_starts.MayContain(At(t))) continue;
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
      // "grew 45% in 2019 to 2.1 million": after "in", "to" names the
      // level reached that year, no range from the year.
      const bool year_then_level =
          before == "in" && m + 1 < mentions.size() &&
          text_.substr(mention.span.end,
                       mentions[m + 1].span.begin - mention.span.end) == " to ";
      const bool ranged_to_non_year =
          (m + 1 < mentions.size() && ranged_with(m + 1) &&
           !year_like(mentions[m + 1]) && !year_then_level) ||
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

}  // namespace number_internal

std::vector<NumberMention> FindNumbers(absl::string_view text,
                                       const std::vector<Token>& tokens) {
  std::vector<NumberMention> mentions =
      number_internal::NumberParser(text, tokens).Run();
  // "1e400" overflows to infinity and "0e400" to NaN: no count is either.
  for (NumberMention& mention : mentions) {
    if (!std::isfinite(mention.value)) mention.role = NumberRole::kCode;
  }
  return mentions;
}

double SignificantUnit(double value) {
  if (!(value >= 1) || std::isinf(value) || value != std::floor(value)) {
    return 1;
  }
  // A whole value below 2^63 is exact as an integer, and so are the powers
  // of ten up to it: the same test in integer arithmetic, without fmod (a
  // verification asks this of every prior figure it compares, over a
  // million times in the benchmark). The unit is ten to the number of its
  // trailing zeros, which division by the constant ten counts without a
  // division instruction.
  if (value < 9.2e18) {
    uint64_t whole = static_cast<uint64_t>(value);
    uint64_t unit = 1;
    while (whole % 10 == 0) {
      whole /= 10;
      unit *= 10;
    }
    return static_cast<double>(unit);
  }
  double unit = 1;
  while (unit * 10 <= value && std::fmod(value, unit * 10) == 0) unit *= 10;
  return unit;
}

bool IsCardinalWord(absl::string_view word) {
  if (word.empty() || word.size() > 16) return false;
  const auto& lexicon = number_internal::Lexicon();
  const auto it = lexicon.find(absl::AsciiStrToLower(word));
  if (it == lexicon.end()) return false;
  using number_internal::WordKind;
  const WordKind kind = it->second.kind;
  return kind == WordKind::kUnit || kind == WordKind::kTens ||
         kind == WordKind::kHundred || kind == WordKind::kScale ||
         kind == WordKind::kDozen;
}

}  // namespace factcheck::extract
