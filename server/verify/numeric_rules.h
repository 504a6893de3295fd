// Verdicts on numeric claims, from prior claims on the same measure and
// place (the store found them; the caller keeps only reports published
// before the document and never the document itself).
//
// Precise before complete: two figures are compared only when they surely
// count the same thing. A prior is comparable when it has the same unit
// (a percentage never matches a count), the same subgroup (a count of
// children only with a count of children), and is a level (not "another
// 212") of this event (not a year before its report's). A claim that is
// history or names no place is compared with nothing; a change ("119 died
// in the past 24 hours") only with the same change reported within
// kSameTime, or the same bounded figure within kRepeatedChangeTime (a day's
// rise repeated), which it may agree with (CONSISTENT), never contradict.
//
// Among comparable priors, for a running total (deaths, injured,
// displaced …):
// - OUTDATED: the claim reports less than a prior published more than
//   kSameTime before it ("at least 20" after "at least 83"); the higher
//   figure is the evidence.
// - CONFLICTING: the claim reports less than a prior of about the same time
//   (within kSameTime).
// - UPDATED: the claim reports more than the most recent prior.
// - CONSISTENT: otherwise (the intervals overlap).
// For other measures: CONSISTENT when the most recent prior overlaps,
// CONFLICTING when a prior of about the same time is disjoint, else not
// comparable (the figures may be for other periods).
// A place read from the document rather than the sentence is never enough
// for OUTDATED or CONFLICTING; beside such a differing figure of unsure
// scope, a report no older than it that gave the very figure agrees.
// A claim of a related-article line ("Read: …") is an earlier article's, of
// unknown date: CONSISTENT when a prior agrees, else UNVERIFIED. Every
// UNVERIFIED explanation says why.
#ifndef FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_
#define FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/time/time.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

// Reports this close in time describe the same moment.
inline constexpr absl::Duration kSameTime = absl::Hours(12);
// How long after a report a day's rise it gave may be repeated as the
// latest ("119 died in the past 24 hours" two days on).
inline constexpr absl::Duration kRepeatedChangeTime = absl::Hours(72);
// How long after a report one attack's toll it gave may still be that
// attack's: a later one in the same place may be another attack's.
inline constexpr absl::Duration kOneAttackTime = absl::Hours(72);

// Whether `claim` is compared with priors at all (another year's figure or
// a count with no place is not; a change only with changes): when false
// the caller need not
// read the store, and JudgeNumeric with no priors says why.
bool ComparedWithPriors(const factcheck::v1::NumericClaim& claim,
                        std::optional<absl::Time> document_time);

// The document's own figures for each count. A text that gives two
// disjoint levels for one count ("471 injured in Punjab" and "3,737 in
// Punjab") may count a part or an earlier moment in the lower one: that one
// is never OUTDATED or CONFLICTING, the text itself giving more; nor are the
// parts its sentence breaks it into ("…, of which 168 women").
class TextFigures {
 public:
  explicit TextFigures(const std::vector<factcheck::v1::Claim>& claims);

  // The highest level the text gives for `claim`'s count, or for the total
  // its sentence breaks down, above and apart from it; nullptr when none.
  const factcheck::v1::NumericClaim* HigherThan(
      const factcheck::v1::NumericClaim& claim) const;

 private:
  const factcheck::v1::NumericClaim* HigherThanItself(
      const factcheck::v1::NumericClaim& claim) const;

  absl::flat_hash_map<std::string, const factcheck::v1::NumericClaim*> highest_;
  // The first total (no subgroup) of each sentence, measure and place.
  absl::flat_hash_map<std::string, const factcheck::v1::NumericClaim*>
      sentence_totals_;
};

// Whether `prior`, a total `claim` lies below, was published before
// `day` (the day the claim's text dates its figure to) began, and the
// claim tells what befell people that day rather than a running total
// ("the toll has risen to", "have been killed"): then the claim is no
// older total, since a total only grows, but that day's count ("At least
// 42 people were killed on Sunday" after 145 by Saturday) or another
// scope's.
// `text` is the document's, whose clause of the claim is read.
bool TotalBeforeItsDay(const factcheck::v1::NumericClaim& claim,
                       absl::string_view text, absl::CivilDay day,
                       const store::IndexedClaim& prior);

// UNVERIFIED for `claim`, dated to `day` and below `prior`, a total
// published before that day (TotalBeforeItsDay), saying so.
Judgement BelowATotalOfAnEarlierDay(const factcheck::v1::NumericClaim& claim,
                                    absl::CivilDay day,
                                    const store::IndexedClaim& prior);

// UNVERIFIED for `claim`, below an earlier report but beside a higher level
// of its own text (TextFigures), saying so.
Judgement BesideAHigherFigure(const factcheck::v1::NumericClaim& claim,
                              const factcheck::v1::NumericClaim& higher);

// The countries a document's numeric `claims` are placed in: a claim's
// place when it is a country, or the one country ISO 3166 puts it in.
absl::flat_hash_set<std::string> CountriesPlacedIn(
    const std::vector<factcheck::v1::Claim>& claims);

// The country whose story-level figures `claim` may be compared with when
// nothing on its own place is known, to agree with them or pass them (a
// part never counts more than its whole): nullopt unless
// - the claim's place comes from its story and is a subdivision of exactly
//   one country ("Authorities confirmed 21 deaths" in a story about Texas
//   and "21 died" in one about the United States count one event), or
// - its place is a subdivision or a city (CountriesOfCity) of exactly one
//   of `document_countries`, the countries the document places its counts
//   in (CountriesPlacedIn): "killed more than 100 people in Beirut" in a
//   story about Lebanon.
std::optional<std::string> WiderCountryOf(
    const factcheck::v1::NumericClaim& claim,
    const absl::flat_hash_set<std::string>& document_countries);

// Of `priors` (read on the story country), the ones whose place also comes
// from their story.
PriorClaims StoryLevel(const PriorClaims& priors);

// Of `priors` of a whole (read on the country WiderCountryOf gives), the
// ones `claim`, a count of a part published at `document_time`, may be
// judged on. A part counts no more than its whole, so a whole's higher
// figure says nothing of it (Kramatorsk's 39 dead beside Ukraine's 726 of
// the whole war); beside such a figure, only the whole's lower figures of
// the same hours (kSameTime) are kept, since older ones may be another
// part's or another time's ("more than 30" that morning is passed by 39).
PriorClaims NotAbove(const factcheck::v1::NumericClaim& claim,
                     std::optional<absl::Time> document_time,
                     const PriorClaims& priors);

// `document_time`: when the claim was published, if known (as_of or the
// document's published_at); without it every prior counts as earlier.
// `priors` in any order; the judgement points into them.
Judgement JudgeNumeric(const factcheck::v1::NumericClaim& claim,
                       std::optional<absl::Time> document_time,
                       const PriorClaims& priors);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_
