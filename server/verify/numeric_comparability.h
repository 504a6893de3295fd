// Which prior figures a numeric claim may be weighed against, and the words
// its verdicts cite them with: shared by the numeric rules' files, private
// to the numeric_rules library (numeric_rules.h is its interface).
#ifndef FACTCHECK_SERVER_VERIFY_NUMERIC_COMPARABILITY_H_
#define FACTCHECK_SERVER_VERIFY_NUMERIC_COMPARABILITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "server/verify/intervals.h"
#include "server/verify/numeric_rules.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

// How much of a running total published a week or more earlier a lower
// figure must reach to be taken for an older figure of it; under half of
// an earlier figure, a figure is another scope's (UnderHalfAnEarlier).
inline constexpr double kShareOfALaterTotal = 0.5;

// " in Gaza", or "" for a claim with no place.
std::string Place(const factcheck::v1::NumericClaim& claim);

// "deaths", or "deaths of children".
std::string Counted(const factcheck::v1::NumericClaim& claim);

// A figure and the report that gave it: "at least 43 (AP, 11 May 2021)".
std::string Cited(const store::IndexedClaim& prior);

int64_t YearOf(absl::Time time);

// "more than half fleeing into Poland", "a third of the city": a count
// below one is a share of a whole, not a number of people or things.
bool IsShare(const factcheck::v1::Quantity& quantity);

// Why the claim is compared with nothing, or "" when it may be compared.
std::string NotComparable(const factcheck::v1::NumericClaim& claim,
                          std::optional<absl::Time> document_time);

// Whether a prior counts the same thing as `claim` (the store already
// matched measure and place).
bool Comparable(const factcheck::v1::NumericClaim& claim,
                const store::IndexedClaim& prior);

// Whether `claim` and `theirs`, counts of soldiers or fighters, are
// claimed by different sides ("the Azerbaijani defence ministry said 160
// Armenian soldiers" against Armenia's own count): the enemy's claim of a
// side's dead and the side's own are two sources of another kind, never
// weighed against each other. Counts whose sentence names no claimant
// still are.
bool RivalClaims(const factcheck::v1::NumericClaim& claim,
                 const factcheck::v1::NumericClaim& theirs);

// Whether a prior may be weighed against `claim` when either counts what
// one attack did ("killed in an attack on Ganja"): one attack's toll is no
// running total of its place, and reported days later it may be another
// attack's. Within kOneAttackTime two such tolls are compared; a toll of
// one attack and a toll that names none only agree or say nothing (the
// attack may be the whole story's event, or one of many).
bool MayWeighAttacks(const factcheck::v1::NumericClaim& claim,
                     const store::IndexedClaim& prior,
                     std::optional<absl::Time> document_time);

// The two figures as compared: their intervals, or the estimates' own
// figures when they estimate different ones ("about 6,000" after "about
// 5,000", whose margins meet).
std::pair<Interval, Interval> AsCompared(const factcheck::v1::Quantity& mine,
                                         const factcheck::v1::Quantity& theirs);

// `claims` sorted by publication time, newest first; claims of one instant
// keep their order.
PriorClaims NewestFirst(PriorClaims claims);

// Whether two quantities give one value, however qualified: "253" and
// "approximately 253", "726" and "at least 726".
bool GivesTheSameValue(const factcheck::v1::Quantity& mine,
                       const factcheck::v1::Quantity& theirs);

// Whether each of `newest_first` (the claims of one count, newest first) is
// under half of a figure published before it: "at least 65" (65 at most of
// what it knows) after "more than 8,150" is another scope's (a new
// quake's, a part's). One pass from the oldest, keeping the highest floor
// published before each instant.
std::vector<bool> UnderHalfAnEarlier(const PriorClaims& newest_first);

// Whether two magnitudes lie no further apart than two agencies' magnitudes
// of one quake, or a first and a revised one, commonly do.
bool WithinAgencySpread(const Interval& mine, const Interval& theirs);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_NUMERIC_COMPARABILITY_H_
