// Figures the verified text itself gives, read before its claims are
// judged: the highest of each count, the total a subgroup's sentence
// breaks down, the countries it places counts in.
#include "server/verify/text_figures.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/extract/cities.h"
#include "server/extract/places.h"
#include "server/verify/evidence.h"
#include "server/verify/intervals.h"

namespace factcheck::verify {

using factcheck::v1::NumericClaim;

namespace {

// What two figures of one text must share to count the same thing.
std::string CountKey(const NumericClaim& claim) {
  return absl::StrCat(claim.measure(), "\n", claim.location(), "\n",
                      claim.subgroup(), "\n", claim.quantity().unit_kind(),
                      "\n", claim.quantity().unit(), "\n", claim.year(), "\n",
                      claim.of_an_earlier_year(), "\n",
                      claim.before_the_event(), "\n", claim.one_attack(), "\n",
                      claim.claimed_by());
}

// The total a subgroup's sentence breaks down shares its sentence, measure
// and place.
std::string SentenceTotalKey(const NumericClaim& claim) {
  return absl::StrCat(claim.sentence_span().begin(), "\n", claim.measure(),
                      "\n", claim.location());
}

}  // namespace

TextFigures::TextFigures(const std::vector<factcheck::v1::Claim>& claims) {
  for (const factcheck::v1::Claim& claim : claims) {
    if (!claim.has_numeric()) continue;
    const NumericClaim& numeric = claim.numeric();
    if (!IsLevel(numeric.quantity()) || numeric.location().empty() ||
        numeric.related_article() || numeric.earlier_figure() ||
        numeric.projection() || numeric.guess() || numeric.per_period()) {
      continue;
    }
    if (numeric.subgroup().empty()) {
      sentence_totals_.try_emplace(SentenceTotalKey(numeric), &numeric);
    }
    const NumericClaim*& highest = highest_[CountKey(numeric)];
    if (highest == nullptr || IntervalOf(numeric.quantity()).lower >
                                  IntervalOf(highest->quantity()).lower) {
      highest = &numeric;
    }
  }
}

const NumericClaim* TextFigures::HigherThan(const NumericClaim& claim) const {
  if (const NumericClaim* higher = HigherThanItself(claim)) return higher;
  if (claim.subgroup().empty()) return nullptr;
  auto total = sentence_totals_.find(SentenceTotalKey(claim));
  return total == sentence_totals_.end() ? nullptr
                                         : HigherThanItself(*total->second);
}

const NumericClaim* TextFigures::HigherThanItself(
    const NumericClaim& claim) const {
  if (!IsLevel(claim.quantity()) || claim.location().empty()) return nullptr;
  auto it = highest_.find(CountKey(claim));
  if (it == highest_.end() || !Above(IntervalOf(it->second->quantity()),
                                     IntervalOf(claim.quantity()))) {
    return nullptr;
  }
  return it->second;
}

bool TotalBeforeItsDay(const NumericClaim& claim, absl::string_view text,
                       absl::CivilDay day, const store::IndexedClaim& prior) {
  // What befell people that day ("42 people were killed on Sunday"), not a
  // running total said that day ("the death toll has risen to 528, the
  // ministry said on Saturday", "700 have been killed since ..."): the
  // claim's clause, from its sentence's start to the first comma after it.
  const size_t begin = claim.sentence_span().begin();
  const size_t after = claim.span().end();
  if (begin > after || after > text.size()) return false;
  const size_t comma = text.find(',', after);
  const size_t end = std::min<size_t>(
      {comma == absl::string_view::npos ? text.size() : comma,
       static_cast<size_t>(claim.sentence_span().end()), text.size()});
  const std::string words =
      absl::AsciiStrToLower(text.substr(begin, std::max(end, after) - begin));
  for (absl::string_view total :
       {"toll", "total", "number", " has ", " have ", "risen", "rose"}) {
    if (absl::StrContains(words, total)) return false;
  }
  const NumericClaim& theirs = prior.claim().numeric();
  return (claim.cumulative() || theirs.cumulative()) &&
         PublishedAt(prior) < absl::FromCivil(day, absl::UTCTimeZone()) &&
         FellBelow(IntervalOf(claim.quantity()), IntervalOf(theirs.quantity()));
}

absl::flat_hash_set<std::string> CountriesPlacedIn(
    const std::vector<factcheck::v1::Claim>& claims) {
  absl::flat_hash_set<std::string> countries;
  for (const factcheck::v1::Claim& claim : claims) {
    if (!claim.has_numeric()) continue;
    const std::vector<std::string>& lies_in =
        extract::CountriesOf(claim.numeric().location());
    if (lies_in.size() == 1) countries.insert(lies_in.front());
  }
  return countries;
}

std::optional<std::string> WiderCountryOf(
    const NumericClaim& claim,
    const absl::flat_hash_set<std::string>& document_countries) {
  const absl::string_view place = claim.location();
  if (place.empty() || extract::IsCountry(place)) return std::nullopt;
  const std::vector<std::string>& subdivision_of = extract::CountriesOf(place);
  if (claim.location_from_document() && subdivision_of.size() == 1) {
    return subdivision_of.front();
  }
  std::optional<std::string> country;
  for (const std::string& candidate : subdivision_of.empty()
                                          ? extract::CountriesOfCity(place)
                                          : subdivision_of) {
    if (!document_countries.contains(candidate)) continue;
    if (country.has_value()) return std::nullopt;
    country = candidate;
  }
  return country;
}

}  // namespace factcheck::verify
