// Verdicts on numeric claims, from prior claims on the same measure and
// place (the store found them; the caller keeps only reports published
// before the document and never the document itself).
//
// Precise before complete: two figures are compared only when they surely
// count the same thing. A prior is comparable when it has the same unit
// (a percentage never matches a count), the same subgroup (a count of
// children only with a count of children), and is a level (not "another
// 212") of this event (not a year before its report's, nor reported more
// than kOneEventTime before the document). A claim that is
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
// The missing are a level that falls as people are found: only the newest
// prior bears on a later figure, which is UPDATED below it too.
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
// How long before a document a prior may count the same event: a place's
// toll given again half a year on is another event's (next season's
// floods, another storm in the same state) or a series gone stale, which a
// reader checks by hand rather than take "rose from" across years.
inline constexpr absl::Duration kOneEventTime = absl::Hours(24 * 183);
// How long after a report one attack's toll it gave may still be that
// attack's: a later one in the same place may be another attack's.
inline constexpr absl::Duration kOneAttackTime = absl::Hours(72);

// Whether `claim` is compared with priors at all (another year's figure or
// a count with no place is not; a change only with changes): when false
// the caller need not
// read the store, and JudgeNumeric with no priors says why.
bool ComparedWithPriors(const factcheck::v1::NumericClaim& claim,
                        std::optional<absl::Time> document_time);

// UNVERIFIED for `claim`, dated to `day` and below `prior`, a total
// published before that day (TotalBeforeItsDay), saying so.
Judgement BelowATotalOfAnEarlierDay(const factcheck::v1::NumericClaim& claim,
                                    absl::CivilDay day,
                                    const store::IndexedClaim& prior);

// Whether `judgement`, for `claim` dated by its text to an earlier day than
// its document's (the hour unknown), is a conflict with a running total
// that the claim falls below: reported that same day, it may as well be the
// day's later count as a rival one.
bool ConflictsWithinItsDay(const factcheck::v1::NumericClaim& claim,
                           const Judgement& judgement);

// OUTDATED for `claim`, dated to `day` and below `prior`, a running total
// reported that day (ConflictsWithinItsDay): a total only grows, so the
// lower figure is taken for that day's earlier count, saying so.
Judgement EarlierCountOfItsDay(const factcheck::v1::NumericClaim& claim,
                               absl::CivilDay day,
                               const store::IndexedClaim& prior);

// For `claim`, dated by its text to `day`, earlier than its document's,
// that no report of that day compared with: CONSISTENT when the reports
// after that day, up to the document (`later`), give the very figure
// (JudgeNumeric at `document_time` agrees), whether the day dated the count
// or the event it counts ("the attacks on Friday that killed 129"),
// saying so. nullopt otherwise: any other later figure may be of another
// moment, so nothing is compared.
std::optional<Judgement> GivenAfterItsDay(
    const factcheck::v1::NumericClaim& claim, absl::CivilDay day,
    std::optional<absl::Time> document_time, const PriorClaims& later);

// UNVERIFIED for `claim`, below an earlier report but beside a higher level
// of its own text (TextFigures), saying so.
Judgement BesideAHigherFigure(const factcheck::v1::NumericClaim& claim,
                              const factcheck::v1::NumericClaim& higher);

// Of `priors` (read on the story country), the ones whose place also comes
// from their story.
PriorClaims StoryLevel(const PriorClaims& priors);

// Whether any of `priors` counts what `claim` counts (the same unit and
// subgroup, a level of this event): a place whose figures are all of other
// counts ("one Austrian" killed in Seoul beside Seoul's toll) gives none of
// the claim's own; nor does a place whose only tolls are one attack's
// when the claim is no attack's (one attack's toll is no running total of
// its place).
bool AnyComparable(const factcheck::v1::NumericClaim& claim,
                   const PriorClaims& priors);

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

// For `claim`, whose place came from its story and lies in `country`
// (WiderCountryOf), judged UPDATED (`own`) on that place's reports: the
// judgement on `on_country`, the reports read on the country, when one of
// them gave this very figure no earlier than the figure `own` rose from
// ("832" nationwide the day Palu's count was 420, for a story of Sulawesi
// saying 832). A story's place is an unsure scope; the figure the whole
// already gave is that count, no rise: CONSISTENT with those reports.
// nullopt when none did.
std::optional<Judgement> GivenForTheWhole(
    const factcheck::v1::NumericClaim& claim, const std::string& country,
    const Judgement& own, const PriorClaims& on_country);

// `document_time`: when the claim was published, if known (as_of or the
// document's published_at); without it every prior counts as earlier.
// `priors` in any order; the judgement points into them.
Judgement JudgeNumeric(const factcheck::v1::NumericClaim& claim,
                       std::optional<absl::Time> document_time,
                       const PriorClaims& priors);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_NUMERIC_RULES_H_
