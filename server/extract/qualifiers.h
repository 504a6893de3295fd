// The qualifier words of the quantity recogniser, internal to :quantities:
// the phrases that qualify a number before it ("at least", "more than") or
// after it ("or more"), the bound each gives the number, and the vague
// orders of magnitude ("dozens of"). Tables are built once per process and
// shared; thread-safe to read.
#ifndef FACTCHECK_SERVER_EXTRACT_QUALIFIERS_H_
#define FACTCHECK_SERVER_EXTRACT_QUALIFIERS_H_

#include <cstdint>
#include <limits>

#include "server/extract/phrases.h"
#include "server/extract/quantities.h"

namespace factcheck::extract::quantity_internal {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// What a qualifier's words do to the number they stand by.
enum class Bound : uint8_t {
  kExact,      // "exactly", "equal to"
  kAtLeast,    // "at least", "no fewer than", "or more"
  kMoreThan,   // "more than", "over", "upwards of"
  kAtMost,     // "up to", "no more than", "or less"
  kLessThan,   // "fewer than", "under", "below"
  kAround,     // "about", "some", "roughly": either side
  kJustBelow,  // "nearly", "almost", "just under"
  kJustAbove,  // "just over"
  kBetween,    // "between" (only with "and" and a second number)
  kOrEqual,    // postfix "or equal (to)": turns "more than" into "at least"
};

// The qualifiers that stand before a number ("more than 30"); a match's id
// is the one PrefixBound takes.
const PhraseTable& PrefixQualifierTable();
Bound PrefixBound(uint32_t id);
// The qualifiers that stand after it ("30 or more"), likewise.
const PhraseTable& PostfixQualifierTable();
Bound PostfixBound(uint32_t id);

// Vague orders of magnitude, as the closed integer intervals they allow.
struct VagueOrder {
  const char* phrase;
  double lower;
  double upper;
};
// The vague orders' phrases; a match's id is the one VagueOrderOf takes.
const PhraseTable& VagueTable();
const VagueOrder& VagueOrderOf(uint32_t id);

// Whether a qualifier bounds its number from below ("at least", "more
// than") or from above ("at most", "less than").
bool IsLowerBound(Qualifier q);
bool IsUpperBound(Qualifier q);

// Sets the qualifier and the interval it gives `value`.
void ApplyBound(Bound bound, double value, Quantity* q);

}  // namespace factcheck::extract::quantity_internal

#endif  // FACTCHECK_SERVER_EXTRACT_QUALIFIERS_H_
