#include "server/extract/quantities.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "absl/strings/ascii.h"
#include "server/extract/phrases.h"
#include "server/extract/qualifiers.h"
#include "server/extract/units.h"

namespace factcheck::extract {
namespace {

using quantity_internal::ApplyBound;
using quantity_internal::Bound;
using quantity_internal::IsLowerBound;
using quantity_internal::IsUpperBound;
using quantity_internal::kInfinity;
using quantity_internal::PostfixBound;
using quantity_internal::PostfixQualifierTable;
using quantity_internal::PrefixBound;
using quantity_internal::PrefixQualifierTable;
using quantity_internal::VagueOrder;
using quantity_internal::VagueOrderOf;
using quantity_internal::VagueTable;

// Verbs of change: "rose from 35 to 43" reports a change, not a range.
bool IsChangeVerb(absl::string_view word) {
  static constexpr absl::string_view kVerbs[] = {
      "rose",     "risen",    "rises",     "rising",    "climbed",
      "climbs",   "climbing", "increased", "increases", "increasing",
      "jumped",   "jumps",    "jumping",   "fell",      "fallen",
      "falls",    "falling",  "dropped",   "drops",     "dropping",
      "declined", "declines", "decreased", "went",      "grew",
      "grown",    "surged",   "soared",    "plunged",   "slipped",
      "doubled",  "tripled",  "revised",   "raised",    "lowered",
      "up",       "down",     "shrank",    "swelled",   "spiked",
      "tumbled"};
  return IsOneOf(word, kVerbs);
}

// The words that name a share without a number.
const WordFilter& ShareWordFilter() {
  static const WordFilter* const kFilter = [] {
    auto* filter = new WordFilter();
    for (const char* word : {"percent", "percentage", "percents", "%"}) {
      filter->Add(word);
    }
    return filter;
  }();
  return *kFilter;
}

// One quantity before ranges are joined, with the tokens it covers.
struct Single {
  Quantity quantity;
  size_t first = 0;  // first token (qualifier, unit or number)
  size_t end = 0;    // one past the last token
  size_t number_first = 0;
  size_t number_end = 0;
  bool has_prefix_qualifier = false;
  bool has_postfix_qualifier = false;
  bool between = false;
  Bound prefix_bound = Bound::kExact;
  double scale = 1;
};

class QuantityFinder : private TokenQueries {
 public:
  QuantityFinder(absl::string_view text, const std::vector<Token>& tokens,
                 const std::vector<NumberMention>& numbers)
      : TokenQueries(text, tokens),
        numbers_(numbers),
        units_(UnitLexicon::Get()),
        taken_(tokens.size(), false) {}

  std::vector<Quantity> Run();

 private:
  bool IsDash(size_t i) const {
    return IsSymbol(i, "-") || IsSymbol(i, "\xE2\x80\x93") ||
           IsSymbol(i, "\xE2\x80\x94") || IsSymbol(i, "~");
  }
  bool IsSymbolOrWordGluedToDigits(size_t next) const {
    return Valid(next) && tokens_[next].kind == TokenKind::kDigits &&
           !tokens_[next].space_before;
  }

  std::optional<Single> Build(size_t m);
  void AddCents(Single* single, size_t* m);
  bool JoinRange(const Single& a, const Single& b, Single* joined) const;
  void AddVagueOrders(std::vector<Quantity>* out) const;
  void AddUnquantifiedShares(std::vector<Quantity>* out) const;

  const std::vector<NumberMention>& numbers_;
  const UnitLexicon& units_;
  // Tokens already part of a quantity (a unit symbol read as "10 $" cannot
  // also be the "$" of "$ 30").
  std::vector<bool> taken_;
};

std::optional<Single> QuantityFinder::Build(size_t m) {
  const NumberMention& number = numbers_[m];
  const bool money_code =
      number.role == NumberRole::kCode && number.glued_prefix.end != 0 &&
      units_.PrefixEndingAt(text_, tokens_, number.first_token - 1).has_value();
  if (number.role != NumberRole::kQuantity && !money_code) return std::nullopt;
  if (number.form != NumberForm::kCardinal &&
      number.form != NumberForm::kFraction) {
    return std::nullopt;
  }
  Single single;
  Quantity& q = single.quantity;
  double value = number.value;
  single.scale = number.scale;
  single.number_first = number.first_token;
  single.number_end = number.end_token;
  size_t first = number.first_token;
  size_t end = number.end_token;
  q.number_span = number.span;

  // The unit after the number: glued ("180ml", "115USD"), hyphenated
  // ("3-inch", "12-cent") or spaced ("5 dollars", "12 per cent").
  std::optional<UnitMatch> unit;
  size_t unit_first = end;
  if (number.glued_suffix.end != 0) {
    unit = units_.At(text_, tokens_, end);
    // Unknown letters glued to digits ("3D", "4x4") make no quantity.
    if (!unit) return std::nullopt;
  } else if (IsDash(end) && Valid(end + 1) && !tokens_[end].space_before &&
             !tokens_[end + 1].space_before &&
             tokens_[end + 1].kind == TokenKind::kWord) {
    unit = units_.At(text_, tokens_, end + 1);
    if (unit) unit_first = end;
  } else if (Valid(end) && !taken_[end]) {
    unit = units_.At(text_, tokens_, end);
  }
  // A prefix unit: "$5", "USD 200", "c $ 16.4 million".
  std::optional<UnitMatch> prefix;
  if (first > 0 && !taken_[first - 1]) {
    prefix = units_.PrefixEndingAt(text_, tokens_, first - 1);
  }
  // A unit glued to the digits after it ("1 $10", "3 USD50") is the next
  // amount's prefix; one dashed to digits ("24703 L-202") is a code.
  if (unit && (IsSymbolOrWordGluedToDigits(unit->end) ||
               (IsDash(unit->end) && !tokens_[unit->end].space_before &&
                IsSymbolOrWordGluedToDigits(unit->end + 1)))) {
    unit.reset();
  }
  // A unit in brackets: "20 (kg)", "20 [kg]".
  if (!unit && !prefix && Valid(end) && number.glued_suffix.end == 0) {
    const absl::string_view open = Text(end);
    const absl::string_view close = open == "("   ? ")"
                                    : open == "[" ? "]"
                                    : open == "{" ? "}"
                                    : open == "<" ? ">"
                                                  : "";
    if (!close.empty()) {
      std::optional<UnitMatch> inside = units_.At(text_, tokens_, end + 1);
      if (inside && IsSymbol(inside->end, close)) {
        unit = UnitMatch{inside->entry, end, inside->end + 1};
      }
    }
  }
  // With a prefix, a unit after the number is the same currency's name
  // ("$ 10 dollars"), never a second symbol ("$ 20.00 $ 37.97") or another
  // currency ("rmb 10 usd 20").
  if (prefix && unit &&
      (unit->entry->unit != prefix->entry->unit ||
       tokens_[unit->begin].kind != TokenKind::kWord)) {
    unit.reset();
  }
  // "percent of 10": a percentage named before the number.
  if (!prefix && !unit && first >= 2 && IsWordToken(first - 1, "of")) {
    for (size_t back = std::min<size_t>(3, first - 1); back >= 1 && !prefix;
         --back) {
      std::optional<UnitMatch> named =
          units_.At(text_, tokens_, first - 1 - back);
      if (named && named->end == first - 1 &&
          named->entry->kind == UnitKind::kPercent) {
        prefix = named;
      }
    }
  }
  const UnitEntry* entry = prefix ? prefix->entry
                           : unit ? unit->entry
                                  : nullptr;
  if (entry != nullptr) {
    q.unit_kind = entry->kind;
    q.unit = entry->unit;
    value *= entry->multiplier;
    if (prefix) {
      first = prefix->begin;
      q.unit_span = SpanOf(prefix->begin, prefix->end);
      for (size_t t = prefix->begin; t < prefix->end; ++t) taken_[t] = true;
    }
    if (unit) {
      end = unit->end;
      q.unit_span = prefix
                        ? Span{q.unit_span.begin, SpanOf(unit_first, end).end}
                        : SpanOf(unit_first, end);
      for (size_t t = unit_first; t < end; ++t) taken_[t] = true;
    }
    // Pounds of money: "361 million pounds" (a count of pounds weighs
    // less: "25 pounds").
    if (q.unit == "lb" && number.scale >= 1e6) {
      q.unit_kind = UnitKind::kCurrency;
      q.unit = "GBP";
    }
    // "75 USD million": the scale after the currency.
    if (q.unit_kind == UnitKind::kCurrency && Valid(end) &&
        tokens_[end].kind == TokenKind::kWord) {
      for (const auto& [scale_word, scale] :
           {std::pair<const char*, double>{"million", 1e6},
            {"billion", 1e9},
            {"trillion", 1e12}}) {
        if (IsWordToken(end, scale_word)) {
          value *= scale;
          ++end;
          q.unit_span.end = tokens_[end - 1].span.end;
          break;
        }
      }
    }
  }

  // Qualifiers: before ("at least 65", "more than $5") and after ("500 or
  // more", "65+").
  Bound bound = Bound::kExact;
  if (first > 0) {
    // “approximately” 253: quotation marks an editor put around the
    // qualifier, the source's own word, leave it the qualifier.
    const bool quoted_qualifier =
        first >= 3 && !tokens_[first - 1].space_before &&
        (IsSymbol(first - 1, "\xE2\x80\x9D") || IsSymbol(first - 1, "\""));
    // "more than a 1,000 people": a stray article before the digits.
    const bool stray_article = !quoted_qualifier && first >= 2 &&
                               tokens_[first].kind == TokenKind::kDigits &&
                               IsWordToken(first - 1, "a");
    std::optional<PhraseTable::Match> before =
        PrefixQualifierTable().LongestEndingAt(
            text_, tokens_,
            quoted_qualifier || stray_article ? first - 2 : first - 1);
    if (quoted_qualifier) {
      if (before && before->begin > 0 && !tokens_[before->begin].space_before &&
          (IsSymbol(before->begin - 1, "\xE2\x80\x9C") ||
           IsSymbol(before->begin - 1, "\""))) {
        --before->begin;
      } else {
        before.reset();
      }
    }
    // "<>30" and "=>30" are no comparisons, and the "~" of "20~100" joins
    // two numbers.
    const bool garbled =
        before && before->begin > 0 && !tokens_[before->begin].space_before &&
        (IsSymbol(before->begin - 1, "<") || IsSymbol(before->begin - 1, ">") ||
         IsSymbol(before->begin - 1, "=") ||
         (tokens_[before->begin].kind == TokenKind::kSymbol &&
          tokens_[before->begin - 1].kind == TokenKind::kDigits));
    // "the toll has gone up to 56" rose to 56: no bound.
    const bool risen_to =
        before && before->begin > 0 && before->end == before->begin + 2 &&
        IsWordToken(before->begin, "up") &&
        IsOneOf(Text(before->begin - 1),
                {"gone", "went", "go", "goes", "going", "shot", "shoots",
                 "moved", "moves", "come", "came", "jumped", "edged", "crept",
                 "inched", "ticked"});
    // "they have handed over 441 bodies": the particle of a verb, no bound
    // ("took over 300 lives" may be one).
    const bool handed_over = before && before->begin > 0 &&
                             before->end == before->begin + 1 &&
                             IsWordToken(before->begin, "over") &&
                             IsOneOf(Text(before->begin - 1),
                                     {"handed", "hand", "hands", "handing"});
    if (before && !garbled && !risen_to && !handed_over) {
      bound = PrefixBound(before->id);
      single.has_prefix_qualifier = true;
      single.prefix_bound = bound;
      single.between = bound == Bound::kBetween;
      if (!single.between) {
        q.qualifier_span = SpanOf(before->begin, before->end);
        first = before->begin;
      }
    }
  }
  if (Valid(end)) {
    std::optional<PhraseTable::Match> after =
        PostfixQualifierTable().LongestAt(text_, tokens_, end);
    if (after) {
      const Bound postfix = PostfixBound(after->id);
      // "200 or greater than 190": the comparison is the next number's.
      // "less than 10 and more than 40": "and more" begins a comparison.
      const bool next_is_number = (m + 1 < numbers_.size() &&
                                   numbers_[m + 1].first_token == after->end) ||
                                  IsWordToken(after->end, "than");
      const bool glued_plus =
          IsSymbol(after->begin, "+") && !tokens_[after->begin].space_before;
      if (!next_is_number && (!IsSymbol(after->begin, "+") || glued_plus)) {
        if (postfix == Bound::kOrEqual) {
          if (bound == Bound::kMoreThan) bound = Bound::kAtLeast;
          if (bound == Bound::kLessThan) bound = Bound::kAtMost;
          if (bound == Bound::kExact && !single.has_prefix_qualifier) {
            bound = Bound::kExact;
          }
        } else {
          // A bound after the number overrides an approximation before it
          // ("about five hundred or more").
          if (single.has_prefix_qualifier &&
              (bound == Bound::kAround || bound == Bound::kJustBelow ||
               bound == Bound::kJustAbove)) {
            first = single.number_first;
            if (prefix) first = prefix->begin;
            q.qualifier_span = {};
          }
          bound = postfix;
        }
        single.has_postfix_qualifier = true;
        const Span postfix_span = SpanOf(after->begin, after->end);
        q.qualifier_span = q.qualifier_span.end == 0
                               ? postfix_span
                               : Span{q.qualifier_span.begin, postfix_span.end};
        end = after->end;
      }
    }
  }
  ApplyBound(bound, value, &q);
  single.first = first;
  single.end = end;
  q.span = SpanOf(first, end);
  return single;
}

// A major unit and the minor unit that may follow it: "3 dollars 50 cents",
// "5 feet 2 inches". For money the minor unit may go unsaid ("15 dollars
// 50").
struct CompoundUnit {
  bool money;
  const char* minor_units[3];
  double minor_per_major;
};

std::optional<CompoundUnit> CompoundOf(const Quantity& q) {
  if (q.unit_kind == UnitKind::kCurrency && q.unit != "cent" &&
      q.unit != "GBX") {
    return CompoundUnit{true, {"cent", "GBX", "CNY/10"}, 100};
  }
  if (q.unit == "ft") return CompoundUnit{false, {"in", "in", "in"}, 12};
  if (q.unit == "lb") return CompoundUnit{false, {"oz", "oz", "oz"}, 16};
  return std::nullopt;
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars
// 50", "5 ft 2 in": the minor amount joins the major one.
void QuantityFinder::AddCents(Single* single, size_t* m) {
  Quantity& q = single->quantity;
  const std::optional<CompoundUnit> compound = CompoundOf(q);
  if (!compound || !q.value || *q.value != std::floor(*q.value) ||
      single->has_postfix_qualifier || *m + 1 >= numbers_.size()) {
    return;
  }
  size_t k = single->end;
  if (IsWordToken(k, "and")) ++k;
  const NumberMention& minor = numbers_[*m + 1];
  if (minor.first_token != k || minor.role != NumberRole::kQuantity ||
      minor.value <= 0 || minor.value >= 100 ||
      minor.value != std::floor(minor.value) || minor.glued_suffix.end != 0) {
    return;
  }
  size_t end = minor.end_token;
  std::optional<UnitMatch> minor_unit = units_.At(text_, tokens_, end);
  if (!minor_unit && !compound->money && IsWordToken(end, "in")) {
    // "5 ft 2 in": "in" is an inch only here.
    minor_unit = UnitMatch{nullptr, end, end + 1};
  }
  if (minor_unit) {
    const absl::string_view name =
        minor_unit->entry ? absl::string_view(minor_unit->entry->unit) : "in";
    if (std::find(std::begin(compound->minor_units),
                  std::end(compound->minor_units),
                  name) == std::end(compound->minor_units)) {
      return;
    }
    end = minor_unit->end;
  } else if (!compound->money) {
    return;
  } else if (Valid(end) && !IsSymbol(end, ".") && !IsSymbol(end, ",") &&
             !IsSymbol(end, "!") && !IsSymbol(end, "?") &&
             !IsSymbol(end, ";") && !IsWordToken(end, "and") &&
             !IsWordToken(end, "or")) {
    // "2 satoshis one day": a number followed by more words is no minor
    // amount.
    return;
  }
  const double value = *q.value + minor.value / compound->minor_per_major;
  q.value = value;
  q.lower = q.upper = value;
  q.span.end = tokens_[end - 1].span.end;
  q.unit_span.end = q.span.end;
  q.number_span.end = minor.span.end;
  single->end = end;
  for (size_t t = minor.first_token; t < end; ++t) taken_[t] = true;
  ++*m;
}

bool QuantityFinder::JoinRange(const Single& a, const Single& b,
                               Single* joined) const {
  const Quantity& x = a.quantity;
  const Quantity& y = b.quantity;
  if (!x.value || !y.value) return false;
  if (x.unit_kind != UnitKind::kCount && y.unit_kind != UnitKind::kCount &&
      x.unit != y.unit) {
    return false;
  }
  const size_t gap_first = a.end;
  const size_t gap_end = b.first;
  *joined = b;
  Quantity& q = joined->quantity;
  q.value.reset();
  q.qualifier = Qualifier::kRange;
  if (x.unit_kind != UnitKind::kCount && y.unit_kind == UnitKind::kCount) {
    q.unit_kind = x.unit_kind;
    q.unit = x.unit;
    q.unit_span = x.unit_span;
  }

  // Two bounds: "more than 100 and less than 300", "at most 100 and at
  // least 20", "higher or equal than 100, lower or equal than 300".
  if (a.has_prefix_qualifier && b.has_prefix_qualifier && !a.between) {
    const bool joined_by_and =
        (gap_end == gap_first + 1 &&
         (IsWordToken(gap_first, "and") || IsSymbol(gap_first, ",") ||
          IsWordToken(gap_first, "but"))) ||
        (gap_end == gap_first + 2 && IsSymbol(gap_first, ",") &&
         (IsWordToken(gap_first + 1, "and") ||
          IsWordToken(gap_first + 1, "but")));
    if (!joined_by_and) return false;
    const Quantity* lower = nullptr;
    const Quantity* upper = nullptr;
    if (IsLowerBound(x.qualifier) && IsUpperBound(y.qualifier)) {
      lower = &x;
      upper = &y;
    } else if (IsUpperBound(x.qualifier) && IsLowerBound(y.qualifier)) {
      lower = &y;
      upper = &x;
    } else {
      return false;
    }
    if (!(lower->lower < upper->upper)) return false;
    q.lower = lower->lower;
    q.lower_inclusive = lower->lower_inclusive;
    q.upper = upper->upper;
    q.upper_inclusive = upper->upper_inclusive;
    q.span = {x.span.begin, y.span.end};
    q.number_span = {x.number_span.begin, y.number_span.end};
    q.qualifier_span = {x.qualifier_span.begin, y.qualifier_span.end};
    q.written_as_span = false;
    joined->first = a.first;
    return true;
  }

  // A span: "between 40 and 50", "40-50", "from 40 to 50", "20~100",
  // "two or three".
  if (b.has_prefix_qualifier || a.has_postfix_qualifier) return false;
  if (a.has_prefix_qualifier && !a.between &&
      a.prefix_bound != Bound::kAround) {
    return false;
  }
  if (gap_end != gap_first + 1) return false;
  size_t first = a.between ? a.first : a.number_first;
  if (x.unit_span.end != 0 && x.unit_span.begin < tokens_[first].span.begin) {
    first = a.first;
  }
  if (a.between) {
    if (!IsWordToken(gap_first, "and")) return false;
    first = a.first - 1;
  } else if (IsWordToken(gap_first, "to") ||
             IsWordToken(gap_first, "through") ||
             IsWordToken(gap_first, "thru")) {
    // "climbed by roughly 400 to 2,150", "slipped 0.7 per cent to 7,412",
    // "grew 45% to 2.1 million": a change, then the level it reached.
    const size_t before =
        a.first > 0 && IsWordToken(a.first - 1, "by") ? a.first - 1 : a.first;
    if (before > 0 && tokens_[before - 1].kind == TokenKind::kWord &&
        IsChangeVerb(Text(before - 1))) {
      return false;
    }
    if (x.unit_kind != UnitKind::kCount && y.unit_kind == UnitKind::kCount) {
      return false;
    }
    if (first > 0 && IsWordToken(first - 1, "from")) {
      if (ChangeVerbBefore(text_, tokens_, first - 1)) {
        return false;  // "rose from 35 to 43" is a change
      }
      --first;
    }
  } else if (IsWordToken(gap_first, "or")) {
    if (x.unit_kind != UnitKind::kCount || y.unit_kind != UnitKind::kCount ||
        *y.value > 100) {
      return false;
    }
  } else if (!IsDash(gap_first)) {
    return false;
  }
  double low = *x.value;
  const double high = *y.value;
  // "$5-10 million": the scale written once serves both.
  if (a.scale == 1 && b.scale > 1 && low * b.scale <= high) low *= b.scale;
  if (!(low < high)) return false;
  q.lower = low;
  q.upper = high;
  q.lower_inclusive = q.upper_inclusive = true;
  q.written_as_span = true;
  q.span = {tokens_[first].span.begin, y.span.end};
  q.number_span = {x.number_span.begin, y.number_span.end};
  q.qualifier_span =
      a.between ? Span{tokens_[first].span.begin, tokens_[first].span.end}
                : Span{};
  joined->first = first;
  return true;
}

void QuantityFinder::AddVagueOrders(std::vector<Quantity>* out) const {
  const PhraseTable& vague = VagueTable();
  size_t m = 0;
  for (size_t t = 0; t < tokens_.size(); ++t) {
    // Every token is asked: the cheapest tests come first (a number's own
    // words start no vague order).
    if (tokens_[t].kind != TokenKind::kWord) continue;
    std::optional<PhraseTable::Match> match =
        vague.LongestAt(text_, tokens_, t);
    if (!match) continue;
    while (m < numbers_.size() && numbers_[m].end_token <= t) ++m;
    if (m < numbers_.size() && numbers_[m].first_token <= t) continue;
    const VagueOrder& order = VagueOrderOf(match->id);
    Quantity q;
    size_t end = match->end;
    if (IsWordToken(end, "of")) ++end;
    q.span = SpanOf(t, end);
    q.number_span = SpanOf(t, match->end);
    q.qualifier = Qualifier::kVague;
    q.lower = order.lower;
    q.upper = order.upper;
    q.lower_inclusive = q.upper_inclusive = true;
    out->push_back(q);
    t = end - 1;
  }
}

// "a small percent", "the % of increase": a share the text names without a
// number. Kept (so that it can be highlighted) as a vague percentage with no
// value and no bound above, which nothing can contradict.
void QuantityFinder::AddUnquantifiedShares(std::vector<Quantity>* out) const {
  const WordFilter& share_words = ShareWordFilter();
  for (size_t t = 0; t < tokens_.size(); ++t) {
    if (!share_words.MayContain(tokens_[t]) || taken_[t]) continue;
    const bool word = IsWordToken(t, "percent") ||
                      IsWordToken(t, "percentage") ||
                      IsWordToken(t, "percents");
    const bool sign = IsSymbol(t, "%") && tokens_[t].space_before &&
                      (!Valid(t + 1) || tokens_[t + 1].space_before);
    if (!word && !sign) continue;
    if (t > 0 && tokens_[t - 1].kind == TokenKind::kDigits) continue;
    if (IsWordToken(t + 1, "of") && Valid(t + 2) &&
        (tokens_[t + 2].kind == TokenKind::kDigits)) {
      continue;
    }
    bool numbered = false;
    for (const Quantity& q : *out) {
      numbered = numbered || (q.unit_span.begin <= tokens_[t].span.begin &&
                              tokens_[t].span.end <= q.unit_span.end);
    }
    if (numbered) continue;
    Quantity q;
    q.span = q.unit_span = tokens_[t].span;
    q.qualifier = Qualifier::kVague;
    q.unit_kind = UnitKind::kPercent;
    q.unit = "%";
    q.lower = 0;
    q.upper = kInfinity;
    q.lower_inclusive = true;
    q.upper_inclusive = false;
    out->push_back(q);
  }
}

std::vector<Quantity> QuantityFinder::Run() {
  std::vector<Single> singles;
  singles.reserve(numbers_.size());
  for (size_t m = 0; m < numbers_.size(); ++m) {
    std::optional<Single> single = Build(m);
    if (!single) continue;
    AddCents(&*single, &m);
    singles.push_back(*std::move(single));
  }
  std::vector<Quantity> out;
  out.reserve(singles.size() + 16);
  for (size_t k = 0; k < singles.size(); ++k) {
    Single joined;
    if (k + 1 < singles.size() &&
        JoinRange(singles[k], singles[k + 1], &joined)) {
      out.push_back(joined.quantity);
      ++k;
      continue;
    }
    out.push_back(singles[k].quantity);
  }
  // The quantities read from numbers are in text order already; only the
  // few added without a number need sorting into place.
  const size_t from_numbers = out.size();
  AddVagueOrders(&out);
  AddUnquantifiedShares(&out);
  const auto by_start = [](const Quantity& a, const Quantity& b) {
    return a.span.begin < b.span.begin;
  };
  std::sort(out.begin() + from_numbers, out.end(), by_start);
  std::inplace_merge(out.begin(), out.begin() + from_numbers, out.end(),
                     by_start);
  return out;
}

}  // namespace

bool ChangeVerbBefore(absl::string_view text, const std::vector<Token>& tokens,
                      size_t from) {
  // "rose from", "revised upwards from", "rose on Sunday from".
  constexpr size_t kMaxWordsBefore = 3;
  for (size_t t = from; t > 0 && t + kMaxWordsBefore > from; --t) {
    if (tokens[t - 1].kind != TokenKind::kWord) return false;
    if (IsChangeVerb(TextOf(text, tokens[t - 1].span))) return true;
  }
  return false;
}

std::vector<Quantity> FindQuantities(
    absl::string_view text, const std::vector<Token>& tokens,
    const std::vector<NumberMention>& numbers) {
  return QuantityFinder(text, tokens, numbers).Run();
}

}  // namespace factcheck::extract
