#include "server/extract/qualifiers.h"

#include <algorithm>
#include <cmath>

#include "server/extract/numbers.h"

namespace factcheck::extract::quantity_internal {
namespace {

struct QualifierWords {
  const char* phrase;
  Bound bound;
};

constexpr QualifierWords kPrefixQualifiers[] = {
    {"at least", Bound::kAtLeast},
    {"no fewer than", Bound::kAtLeast},
    {"no less than", Bound::kAtLeast},
    {"not less than", Bound::kAtLeast},
    {"not fewer than", Bound::kAtLeast},
    {"a minimum of", Bound::kAtLeast},
    {"minimum of", Bound::kAtLeast},
    {"at least or equal to", Bound::kAtLeast},
    {"equal to or more than", Bound::kAtLeast},
    {"equal to or greater than", Bound::kAtLeast},
    {"greater than or equal to", Bound::kAtLeast},
    {"more than or equal to", Bound::kAtLeast},
    {"bigger or equal than", Bound::kAtLeast},
    {"higher or equal than", Bound::kAtLeast},
    {"greater or equal than", Bound::kAtLeast},
    {"larger or equal than", Bound::kAtLeast},
    {"greater or equal to", Bound::kAtLeast},
    {"no lower than", Bound::kAtLeast},
    // A running figure past a mark: "the toll topped 6,200", "has passed
    // 10,000", a headline's "toll passes 2,100" or "soars past 2,000".
    {"topped", Bound::kAtLeast},
    {"tops", Bound::kAtLeast},
    {"topping", Bound::kAtLeast},
    {"crossed", Bound::kAtLeast},
    {"crosses", Bound::kAtLeast},
    {"crossing", Bound::kAtLeast},
    {"passes", Bound::kAtLeast},
    {"has passed", Bound::kAtLeast},
    {"has now passed", Bound::kAtLeast},
    {"has already passed", Bound::kAtLeast},
    {"soars past", Bound::kAtLeast},
    {"soared past", Bound::kAtLeast},
    {"surges past", Bound::kAtLeast},
    {"surged past", Bound::kAtLeast},
    {"climbs past", Bound::kAtLeast},
    {"climbed past", Bound::kAtLeast},
    {"rises past", Bound::kAtLeast},
    {"rose past", Bound::kAtLeast},
    {"jumps past", Bound::kAtLeast},
    {"jumped past", Bound::kAtLeast},
    {"have passed", Bound::kAtLeast},
    {"had passed", Bound::kAtLeast},
    {">=", Bound::kAtLeast},
    {"> =", Bound::kAtLeast},
    {"\xE2\x89\xA5", Bound::kAtLeast},
    {"more than", Bound::kMoreThan},
    {"over", Bound::kMoreThan},
    {"above", Bound::kMoreThan},
    {"greater than", Bound::kMoreThan},
    {"larger than", Bound::kMoreThan},
    {"bigger than", Bound::kMoreThan},
    {"higher than", Bound::kMoreThan},
    {"in excess of", Bound::kMoreThan},
    {"exceeding", Bound::kMoreThan},
    {"exceed", Bound::kMoreThan},
    {"exceeds", Bound::kMoreThan},
    {"exceeded", Bound::kMoreThan},
    {"surpass", Bound::kMoreThan},
    {"surpassed", Bound::kMoreThan},
    {"surpasses", Bound::kMoreThan},
    {"surpassing", Bound::kMoreThan},
    {"upwards of", Bound::kMoreThan},
    {"upward of", Bound::kMoreThan},
    {"well over", Bound::kMoreThan},
    {"well above", Bound::kMoreThan},
    {"north of", Bound::kMoreThan},
    {">", Bound::kMoreThan},
    {"at most", Bound::kAtMost},
    {"up to", Bound::kAtMost},
    {"no more than", Bound::kAtMost},
    {"not more than", Bound::kAtMost},
    {"a maximum of", Bound::kAtMost},
    {"maximum of", Bound::kAtMost},
    {"as many as", Bound::kAtMost},
    {"as much as", Bound::kAtMost},
    {"less than or equal to", Bound::kAtMost},
    {"fewer than or equal to", Bound::kAtMost},
    {"equal to or less than", Bound::kAtMost},
    {"equal to or fewer than", Bound::kAtMost},
    {"smaller or equal than", Bound::kAtMost},
    {"lower or equal than", Bound::kAtMost},
    {"less or equal than", Bound::kAtMost},
    {"smaller than or equal to", Bound::kAtMost},
    {"no higher than", Bound::kAtMost},
    {"no greater than", Bound::kAtMost},
    {"<=", Bound::kAtMost},
    {"< =", Bound::kAtMost},
    {"\xE2\x89\xA4", Bound::kAtMost},
    {"less than", Bound::kLessThan},
    {"fewer than", Bound::kLessThan},
    {"under", Bound::kLessThan},
    {"below", Bound::kLessThan},
    {"lower than", Bound::kLessThan},
    {"smaller than", Bound::kLessThan},
    {"well under", Bound::kLessThan},
    {"well below", Bound::kLessThan},
    {"<", Bound::kLessThan},
    {"about", Bound::kAround},
    {"around", Bound::kAround},
    {"roughly", Bound::kAround},
    {"approximately", Bound::kAround},
    {"approx", Bound::kAround},
    {"approx.", Bound::kAround},
    {"some", Bound::kAround},
    {"an estimated", Bound::kAround},
    {"estimated", Bound::kAround},
    {"circa", Bound::kAround},
    {"~", Bound::kAround},
    {"\xE2\x89\x88", Bound::kAround},
    {"more or less", Bound::kAround},
    {"nearly", Bound::kJustBelow},
    {"almost", Bound::kJustBelow},
    {"close to", Bound::kJustBelow},
    // "the toll neared 80", "was approaching 5,000": a count still short of
    // the figure.
    {"neared", Bound::kJustBelow},
    {"nears", Bound::kJustBelow},
    {"nearing", Bound::kJustBelow},
    {"approached", Bound::kJustBelow},
    {"approaches", Bound::kJustBelow},
    {"approaching", Bound::kJustBelow},
    {"just under", Bound::kJustBelow},
    {"just below", Bound::kJustBelow},
    {"just shy of", Bound::kJustBelow},
    {"just over", Bound::kJustAbove},
    {"just above", Bound::kJustAbove},
    {"exactly", Bound::kExact},
    {"precisely", Bound::kExact},
    {"equal to", Bound::kExact},
    {"equals", Bound::kExact},
    {"equals to", Bound::kExact},
    {"equaling to", Bound::kExact},
    {"equaling", Bound::kExact},
    {"equalling", Bound::kExact},
    {"between", Bound::kBetween},
};

constexpr QualifierWords kPostfixQualifiers[] = {
    {"or more", Bound::kAtLeast},      {"and more", Bound::kAtLeast},
    {"or greater", Bound::kAtLeast},   {"or greater than", Bound::kAtLeast},
    {"or more than", Bound::kAtLeast}, {"or above", Bound::kAtLeast},
    {"or higher", Bound::kAtLeast},    {"and above", Bound::kAtLeast},
    {"and up", Bound::kAtLeast},       {"or over", Bound::kAtLeast},
    {"plus", Bound::kAtLeast},         {"+", Bound::kAtLeast},
    {"or less", Bound::kAtMost},       {"or fewer", Bound::kAtMost},
    {"or less than", Bound::kAtMost},  {"or lower", Bound::kAtMost},
    {"or below", Bound::kAtMost},      {"or under", Bound::kAtMost},
    {"and below", Bound::kAtMost},     {"and under", Bound::kAtMost},
    {"or so", Bound::kAround},         {"or equal", Bound::kOrEqual},
    {"or equal to", Bound::kOrEqual},
};

constexpr VagueOrder kVagueOrders[] = {
    {"dozens", 24, 143},
    {"several dozen", 36, 108},
    {"a few dozen", 24, 60},
    {"scores", 40, 199},
    {"hundreds", 100, 999},
    {"several hundred", 300, 900},
    {"a few hundred", 200, 500},
    {"thousands", 1000, 9999},
    {"several thousand", 3000, 9000},
    {"a few thousand", 2000, 5000},
    {"tens of thousands", 1e4, 99999},
    {"hundreds of thousands", 1e5, 999999},
    {"millions", 1e6, 999999999},
    {"tens of millions", 1e7, 99999999},
    {"hundreds of millions", 1e8, 999999999},
    {"billions", 1e9, 999999999999},
};

PhraseTable MakeQualifierTable(const QualifierWords* words, size_t count) {
  PhraseTable table;
  for (size_t k = 0; k < count; ++k) {
    table.Add(words[k].phrase, static_cast<uint32_t>(k));
  }
  return table;
}

}  // namespace

const PhraseTable& PrefixQualifierTable() {
  static const auto* const kTable = new PhraseTable(MakeQualifierTable(
      kPrefixQualifiers,
      sizeof(kPrefixQualifiers) / sizeof(kPrefixQualifiers[0])));
  return *kTable;
}

const PhraseTable& PostfixQualifierTable() {
  static const auto* const kTable = new PhraseTable(MakeQualifierTable(
      kPostfixQualifiers,
      sizeof(kPostfixQualifiers) / sizeof(kPostfixQualifiers[0])));
  return *kTable;
}

const PhraseTable& VagueTable() {
  static const auto* const kTable = [] {
    auto* table = new PhraseTable();
    for (size_t k = 0; k < sizeof(kVagueOrders) / sizeof(kVagueOrders[0]);
         ++k) {
      table->Add(kVagueOrders[k].phrase, static_cast<uint32_t>(k));
    }
    return table;
  }();
  return *kTable;
}

Bound PrefixBound(uint32_t id) { return kPrefixQualifiers[id].bound; }

Bound PostfixBound(uint32_t id) { return kPostfixQualifiers[id].bound; }

const VagueOrder& VagueOrderOf(uint32_t id) { return kVagueOrders[id]; }

bool IsLowerBound(Qualifier q) {
  return q == Qualifier::kAtLeast || q == Qualifier::kMoreThan;
}
bool IsUpperBound(Qualifier q) {
  return q == Qualifier::kAtMost || q == Qualifier::kLessThan;
}

void ApplyBound(Bound bound, double value, Quantity* q) {
  q->value = value;
  // "about 300" may be 270, "around 1,693" hardly 1,545: a figure given
  // to its units is approximate by little more than its rounding.
  constexpr double kRounding = 0.01;
  const double reach = std::min(
      std::abs(value) * kApproximationTolerance,
      std::max(SignificantUnit(std::abs(value)), std::abs(value) * kRounding));
  const double low = value - reach;
  const double high = value + reach;
  switch (bound) {
    case Bound::kExact:
    case Bound::kBetween:
    case Bound::kOrEqual:
      q->qualifier = Qualifier::kExact;
      q->lower = q->upper = value;
      q->lower_inclusive = q->upper_inclusive = true;
      return;
    case Bound::kAtLeast:
      q->qualifier = Qualifier::kAtLeast;
      q->lower = value;
      q->upper = kInfinity;
      q->lower_inclusive = true;
      q->upper_inclusive = false;
      return;
    case Bound::kMoreThan:
      q->qualifier = Qualifier::kMoreThan;
      q->lower = value;
      q->upper = kInfinity;
      q->lower_inclusive = false;
      q->upper_inclusive = false;
      return;
    case Bound::kAtMost:
      q->qualifier = Qualifier::kAtMost;
      q->lower = -kInfinity;
      q->upper = value;
      q->lower_inclusive = false;
      q->upper_inclusive = true;
      return;
    case Bound::kLessThan:
      q->qualifier = Qualifier::kLessThan;
      q->lower = -kInfinity;
      q->upper = value;
      q->lower_inclusive = false;
      q->upper_inclusive = false;
      return;
    case Bound::kAround:
      q->qualifier = Qualifier::kApproximately;
      q->lower = std::min(low, high);
      q->upper = std::max(low, high);
      q->lower_inclusive = q->upper_inclusive = true;
      return;
    case Bound::kJustBelow: {
      // "nearly 1,400" is just under it, within half its last significant
      // unit: a writer with 1,314 says "more than 1,300", not "nearly
      // 1,400".
      const double just_below =
          value - std::min(std::abs(value) * kApproximationTolerance,
                           std::max(SignificantUnit(std::abs(value)) / 2,
                                    std::abs(value) * kRounding));
      q->qualifier = Qualifier::kApproximately;
      q->lower = std::min(just_below, value);
      q->upper = std::max(just_below, value);
      q->lower_inclusive = true;
      q->upper_inclusive = false;
      return;
    }
    case Bound::kJustAbove:
      q->qualifier = Qualifier::kApproximately;
      q->lower = std::min(value, high);
      q->upper = std::max(value, high);
      q->lower_inclusive = false;
      q->upper_inclusive = true;
      return;
  }
}

}  // namespace factcheck::extract::quantity_internal
