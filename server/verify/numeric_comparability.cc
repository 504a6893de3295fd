// Which prior figures a numeric claim may be weighed against, and the words
// its verdicts cite them with (numeric_comparability.h).
#include "server/verify/numeric_comparability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "server/extract/measures.h"

namespace factcheck::verify {

using factcheck::v1::NumericClaim;

std::string Place(const NumericClaim& claim) {
  return claim.location().empty() ? "" : absl::StrCat(" in ", claim.location());
}

std::string Counted(const NumericClaim& claim) {
  return claim.subgroup().empty()
             ? claim.measure()
             : absl::StrCat(claim.measure(), " of ", claim.subgroup());
}

int64_t YearOf(absl::Time time) {
  return absl::ToCivilYear(time, absl::UTCTimeZone()).year();
}

bool IsShare(const factcheck::v1::Quantity& quantity) {
  return quantity.unit_kind() == factcheck::v1::UNIT_KIND_COUNT &&
         quantity.lower() > 0 && quantity.lower() < 1;
}

std::string NotComparable(const NumericClaim& claim,
                          std::optional<absl::Time> document_time) {
  const std::string mine = Describe(claim.quantity());
  if (IsShare(claim.quantity())) {
    return absl::StrCat(mine,
                        " is a share of a whole, not a count: it is compared "
                        "with nothing");
  }
  if (!IsLevel(claim.quantity())) {
    return absl::StrCat(mine, " is ",
                        claim.quantity().change() == factcheck::v1::CHANGE_UP
                            ? "an increase"
                            : "a decrease",
                        ", not a total: it is compared with no total");
  }
  if (claim.projection()) {
    return absl::StrCat(mine,
                        " is a projection of what may come, not a "
                        "count: it is compared with nothing");
  }
  if (claim.measure() == extract::kAftershockMagnitudeMeasure) {
    return absl::StrCat(mine,
                        " is the magnitude of one aftershock or later quake "
                        "of several: it is compared with nothing");
  }
  if (claim.per_period()) {
    return absl::StrCat(mine,
                        " is a rate, counted per stretch of time, not a "
                        "count of one event: it is compared with nothing");
  }
  if (claim.year() != 0 && document_time.has_value() &&
      claim.year() < YearOf(*document_time)) {
    return absl::StrCat(mine, " is a figure of ", claim.year(),
                        ", another event's: it is compared with nothing");
  }
  if (claim.of_an_earlier_year()) {
    return absl::StrCat(mine,
                        " is a figure of a year before its report's (\"last "
                        "year\"), another event's: it is compared with "
                        "nothing");
  }
  if (claim.before_the_event()) {
    return absl::StrCat(mine,
                        " is a figure of before the event its report is "
                        "about (\"before the conflict\"): it is compared "
                        "with nothing");
  }
  if (claim.disaster_across_borders()) {
    return absl::StrCat("only the disaster's name places this count (", mine,
                        " ", Counted(claim),
                        "), and the text counts its victims in more than one "
                        "country: it may be their sum, so it is compared with "
                        "no other count");
  }
  if (claim.location().empty()) {
    return absl::StrCat("the text names no place for this count (", mine, " ",
                        Counted(claim),
                        "), so it is compared with no other count");
  }
  return "";
}

bool Comparable(const NumericClaim& claim, const store::IndexedClaim& prior) {
  const NumericClaim& theirs = prior.claim().numeric();
  return SameUnit(claim.quantity(), theirs.quantity()) &&
         IsLevel(theirs.quantity()) && !IsShare(theirs.quantity()) &&
         !theirs.projection() && claim.subgroup() == theirs.subgroup() &&
         claim.guess() == theirs.guess() && !theirs.location().empty() &&
         !(theirs.year() != 0 && theirs.year() < YearOf(PublishedAt(prior))) &&
         !theirs.of_an_earlier_year() && !theirs.per_period() &&
         !theirs.before_the_event();
}

bool RivalClaims(const NumericClaim& claim, const NumericClaim& theirs) {
  return !claim.claimed_by().empty() && !theirs.claimed_by().empty() &&
         claim.claimed_by() != theirs.claimed_by();
}

bool MayWeighAttacks(const NumericClaim& claim,
                     const store::IndexedClaim& prior,
                     std::optional<absl::Time> document_time) {
  const NumericClaim& theirs = prior.claim().numeric();
  if (!claim.one_attack() && !theirs.one_attack()) return true;
  if (!document_time.has_value() ||
      absl::AbsDuration(*document_time - PublishedAt(prior)) > kOneAttackTime) {
    return false;
  }
  return claim.one_attack() == theirs.one_attack() ||
         Overlap(IntervalOf(claim.quantity()), IntervalOf(theirs.quantity()));
}

std::pair<Interval, Interval> AsCompared(
    const factcheck::v1::Quantity& mine,
    const factcheck::v1::Quantity& theirs) {
  if (EstimatesOfDifferentFigures(mine, theirs)) {
    return {FigureOf(mine), FigureOf(theirs)};
  }
  return {IntervalOf(mine), IntervalOf(theirs)};
}

PriorClaims NewestFirst(PriorClaims claims) {
  // Each claim's time computed once, not at every comparison. The sort
  // compares as it did, so claims of one instant end in the same order.
  std::vector<std::pair<absl::Time, const store::IndexedClaim*>> timed;
  timed.reserve(claims.size());
  for (const store::IndexedClaim* claim : claims) {
    timed.emplace_back(PublishedAt(*claim), claim);
  }
  std::sort(timed.begin(), timed.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t c = 0; c < timed.size(); ++c) claims[c] = timed[c].second;
  return claims;
}

bool GivesTheSameValue(const factcheck::v1::Quantity& mine,
                       const factcheck::v1::Quantity& theirs) {
  return mine.unit() == theirs.unit() && mine.has_value() &&
         theirs.has_value() && mine.value() == theirs.value() &&
         !GivesOnlyAMagnitude(theirs) && !GivesOnlyAMagnitude(mine);
}

std::vector<bool> UnderHalfAnEarlier(const PriorClaims& newest_first) {
  std::vector<bool> outrun(newest_first.size(), false);
  double highest_before = -std::numeric_limits<double>::infinity();
  for (size_t end = newest_first.size(); end > 0;) {
    // Claims published at one instant are judged against the earlier ones.
    size_t begin = end - 1;
    while (begin > 0 && PublishedAt(*newest_first[begin - 1]) ==
                            PublishedAt(*newest_first[end - 1])) {
      --begin;
    }
    double highest_here = highest_before;
    for (size_t i = begin; i < end; ++i) {
      const Interval said =
          IntervalOf(newest_first[i]->claim().numeric().quantity());
      const double top = std::isfinite(said.upper) ? said.upper : said.lower;
      outrun[i] = top < kShareOfALaterTotal * highest_before;
      highest_here = std::max(highest_here, said.lower);
    }
    highest_before = highest_here;
    end = begin;
  }
  return outrun;
}

// How far apart two agencies' magnitudes of one quake, or a first and a
// revised one, commonly are.
constexpr double kMagnitudeSpread = 0.3;

bool WithinAgencySpread(const Interval& mine, const Interval& theirs) {
  const double gap =
      std::max(theirs.lower - mine.upper, mine.lower - theirs.upper);
  return gap <= kMagnitudeSpread + 1e-9;
}

std::string Cited(const store::IndexedClaim& prior) {
  return absl::StrCat(Describe(prior.claim().numeric().quantity()), " (",
                      Label(prior), ")");
}

}  // namespace factcheck::verify
