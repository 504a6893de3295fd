// Figures the verified document itself gives, read once before its claims
// are judged: the highest level of each count (TextFigures), whether a
// claim dated to a day lies below a total published before that day, and
// the countries the document places its counts in.
#ifndef FACTCHECK_SERVER_VERIFY_TEXT_FIGURES_H_
#define FACTCHECK_SERVER_VERIFY_TEXT_FIGURES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "protos/claims.pb.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

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

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_TEXT_FIGURES_H_
