// The intervals numeric claims are compared by, and how a person reads them
// back ("at least 65", "about 300", "hundreds").
//
// Compatibility is overlap: "at least 65" [65, inf) and "65" agree; "hundreds"
// [100, 999] and "about 300" [270, 330] agree; an approximation's bounds are
// closed ("nearly 70" [63, 70] agrees with "70"). The approximation tolerance
// is the extractor's, already inside each interval; no second tolerance is
// added here.
#ifndef FACTCHECK_SERVER_VERIFY_INTERVALS_H_
#define FACTCHECK_SERVER_VERIFY_INTERVALS_H_

#include <string>

#include "protos/claims.pb.h"

namespace factcheck::verify {

struct Interval {
  double lower = 0;
  double upper = 0;
  bool lower_inclusive = true;
  bool upper_inclusive = true;
};

Interval IntervalOf(const factcheck::v1::Quantity& quantity);

// Whether `quantity` is a level ("43 dead"), not a rise or fall ("43 more").
bool IsLevel(const factcheck::v1::Quantity& quantity);

// Whether `quantity` gives only an order of magnitude ("hundreds",
// "thousands").
bool GivesOnlyAMagnitude(const factcheck::v1::Quantity& quantity);

// Whether some value lies in both.
bool Overlap(const Interval& a, const Interval& b);

// Whether every value of `a` is greater than every value of `b`.
bool Above(const Interval& a, const Interval& b);

// How far an open floor reaches: a floor says only its significant digits,
// so "more than 3 million" covers 3,000,381, "more than 1,000" covers
// 1,033, but "more than 422,000" reaches only 423,000 and "at least 20" only
// 30. The floor plus one unit of its last significant digit
// (extract::SignificantUnit).
double FloorReach(double floor);

// How far past an open floor a figure must be to report more than it,
// whatever the floor's digits: "more than 3.5 million" after "more than 3
// million". The extractor's approximation tolerance, so that one number
// means one thing throughout.
inline constexpr double kRiseTolerance = 0.10;

// For running totals, whether `a` reports more than `b`: every value of `a`
// above `b`'s, or `b` open above and `a`'s floor at or past its reach or
// past it by more than kRiseTolerance ("more than 70" after "at least 21",
// 459,485 after "more than 422,000"; not "70" after "at least 65", nor
// 3,000,381 after "more than 3 million").
bool RoseAbove(const Interval& a, const Interval& b);

// For running totals, whether `a` reports less than `b`: every value of `a`
// below `b`'s, or `a` open above and reaching no further than `b`'s floor
// ("at least 20" after "at least 83", "at least 65" after "70"; not "more
// than 1,000" after 1,033).
bool FellBelow(const Interval& a, const Interval& b);

// Whether `a` and `b` are estimates ("about 5,000", "nearly 6,000") of
// round figures that differ at the coarser one's last significant digit:
// "about 6,000" after "about 5,000" is a new figure, though each estimate's
// margin reaches the other's ("about 5,200" and "about 5,000" are one).
bool EstimatesOfDifferentFigures(const factcheck::v1::Quantity& a,
                                 const factcheck::v1::Quantity& b);

// The estimate's own figure, without its margin.
Interval FigureOf(const factcheck::v1::Quantity& estimate);

// Whether `rounded` is `precise` rounded to its own last significant digit:
// "6.5 million" of 6.48 million, 5,000 of 4,600, 10,000 (ten thousands) of
// 9,600 but not of 5,209; never to tens ("290" is no 292). Both must be
// exact single
// figures, `rounded` the coarser one. A later precise figure below its
// earlier rounding is the same count, not an older one.
bool RoundsTo(const factcheck::v1::Quantity& precise,
              const factcheck::v1::Quantity& rounded);

// Whether `exact`, an exact single figure, is the very floor `floor` says
// more than: "500 wounded" after "more than 500 wounded" says the floor
// loosely, no fall below it.
bool NamesTheFloor(const factcheck::v1::Quantity& exact,
                   const factcheck::v1::Quantity& floor);

// Whether `floor` ("more than 300") restates `round`, an earlier round figure
// ("300", to the hundreds or coarser), as a floor: said loosely, no rise. A
// figure not rounded ("149") is a count, and more than it is a rise.
bool RestatesAsAFloor(const factcheck::v1::Quantity& round,
                      const factcheck::v1::Quantity& floor);

// Whether the two quantities count in the same unit (percent never matches a
// count, dollars never match euros).
bool SameUnit(const factcheck::v1::Quantity& a,
              const factcheck::v1::Quantity& b);

// The quantity as a person says it: "at least 65", "nearly 70", "about 300",
// "between 40 and 50", "hundreds", "12%", "$40 million".
std::string Describe(const factcheck::v1::Quantity& quantity);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_INTERVALS_H_
