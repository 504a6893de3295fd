// Revisions of a claim's measure and place from the claims around it.
#include "server/extract/claim_revisions.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "server/extract/changes.h"
#include "server/extract/cities.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// The index of the first item whose span ends after `offset`.
template <typename Items>
size_t FirstEndingAfter(const Items& items, uint32_t offset) {
  return static_cast<size_t>(
      std::lower_bound(items.begin(), items.end(), offset,
                       [](const auto& item, uint32_t value) {
                         return item.span.end <= value;
                       }) -
      items.begin());
}

// What the words between a count and a total after it in its sentence
// say of the two.
struct WordsBetween {
  // A participle by which the count brings the total: "…, taking the
  // death toll to".
  bool brings = false;
  // Only a comma and the total's name: a headline's "kill 34 more in
  // Pakistan, toll 937".
  bool name_only_the_total = true;
};

WordsBetween ReadWordsBetween(absl::string_view text,
                              const std::vector<Token>& tokens,
                              const NumericClaim& count,
                              const NumericClaim& total) {
  const size_t from = FirstEndingAfter(
      tokens, std::max(count.span.end, count.location_span.end));
  const size_t to = FirstEndingAfter(tokens, total.quantity.span.begin);
  WordsBetween between;
  for (size_t t = from; t < to && !between.brings; ++t) {
    const absl::string_view word = TextOf(text, tokens[t].span);
    if (tokens[t].kind != TokenKind::kWord) {
      between.name_only_the_total = between.name_only_the_total && word == ",";
      continue;
    }
    between.brings = IsOneOf(word, {"taking", "bringing", "pushing", "raising",
                                    "lifting", "putting"});
    between.name_only_the_total =
        between.name_only_the_total &&
        IsOneOf(word, {"death", "toll", "the", "total"});
  }
  return between;
}

}  // namespace

void KeepAdditionsOfAnotherMeasure(absl::string_view text,
                                   const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences,
                                   std::vector<NumericClaim>* claims) {
  absl::flat_hash_set<absl::string_view> counted;  // measures so far
  for (size_t c = 1; c < claims->size(); ++c) {
    NumericClaim& claim = (*claims)[c];
    const NumericClaim& before = (*claims)[c - 1];
    counted.insert(before.measure);
    if (claim.quantity.change != Change::kUp || before.measure.empty() ||
        before.measure == claim.measure) {
      continue;
    }
    const bool near = FirstEndingAfter(sentences, claim.span.begin) <=
                      FirstEndingAfter(sentences, before.span.begin) + 1;
    if (!near && counted.contains(claim.measure)) continue;
    const size_t first = FirstEndingAfter(tokens, claim.quantity.span.begin);
    if (first == 0) continue;
    if (IsAdditionWord(TextOf(text, tokens[first - 1].span))) {
      claim.quantity.change = Change::kNone;
    }
  }
}

void ReadCasualtiesAsDeaths(absl::string_view text,
                            const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences,
                            std::vector<NumericClaim>* claims) {
  size_t c = 0;
  while (c < claims->size()) {
    // The claims of one sentence: [c, end).
    const size_t sentence =
        FirstEndingAfter(sentences, (*claims)[c].span.begin);
    const uint32_t sentence_end =
        sentences[std::min(sentence, sentences.size() - 1)].span.end;
    size_t end = c;
    while (end < claims->size() && (*claims)[end].span.begin < sentence_end) {
      ++end;
    }
    bool casualties = false;
    bool deaths_brought = false;
    bool injured = false;
    bool injured_apart = false;
    for (size_t k = c; k < end; ++k) {
      const NumericClaim& claim = (*claims)[k];
      casualties = casualties || claim.measure == "casualties";
      deaths_brought = deaths_brought || (claim.measure == "deaths" &&
                                          claim.quantity.change == Change::kUp);
      if (claim.measure != "injured") continue;
      injured = true;
      // "with nearly 1,400 injured": counted beside, not among, them.
      const size_t first = FirstEndingAfter(tokens, claim.span.begin);
      for (size_t t = first; t > 0 && t + 3 > first; --t) {
        if (tokens[t - 1].kind != TokenKind::kWord) continue;
        const absl::string_view word = TextOf(text, tokens[t - 1].span);
        if (IsOneOf(word, {"with", "while"})) {
          injured_apart = true;
          break;
        }
      }
    }
    if (casualties && (injured_apart || (deaths_brought && !injured))) {
      for (size_t k = c; k < end; ++k) {
        if ((*claims)[k].measure == "casualties") {
          (*claims)[k].measure = "deaths";
        }
      }
    }
    c = end;
  }
}

void ReadCountsThatBringATotalAsIncreases(absl::string_view text,
                                          const std::vector<Token>& tokens,
                                          std::vector<NumericClaim>* claims) {
  // "39 deaths in Bangladesh and 21 in India over the weekend, raising
  // Bangladesh's death toll to 120": the counts coordinated before the
  // total, a few at most (a sentence of a thousand counts stays linear).
  constexpr size_t kMaxCountsBrought = 4;
  for (size_t c = 1; c < claims->size(); ++c) {
    const NumericClaim& total = (*claims)[c];
    if (total.quantity.change != Change::kNone) continue;
    for (size_t k = c; k > 0 && k + kMaxCountsBrought > c; --k) {
      NumericClaim& count = (*claims)[k - 1];
      if (count.sentence_span.begin != total.sentence_span.begin) break;
      if (count.quantity.change != Change::kNone ||
          count.measure != total.measure || count.subgroup != total.subgroup ||
          !(count.quantity.lower < total.quantity.lower) ||
          !ReadWordsBetween(text, tokens, count, total).brings) {
        continue;
      }
      count.quantity.change = Change::kUp;
    }
  }
}

void PlaceTotalsWhereTheirIncreaseIs(absl::string_view text,
                                     const std::vector<Token>& tokens,
                                     std::vector<NumericClaim>* claims) {
  for (size_t c = 1; c < claims->size(); ++c) {
    const NumericClaim& increase = (*claims)[c - 1];
    NumericClaim& total = (*claims)[c];
    if (total.quantity.change != Change::kNone || increase.location.empty() ||
        increase.location_from_document ||
        increase.sentence_span.begin != total.sentence_span.begin) {
      continue;
    }
    const WordsBetween between =
        ReadWordsBetween(text, tokens, increase, total);
    const bool placed_by_increase =
        increase.quantity.change == Change::kUp &&
        (total.location.empty() || total.location_from_document) &&
        (between.brings ||
         (between.name_only_the_total && total.measure == increase.measure));
    // "100 died in India, bringing the total to 4,900": a count that brings
    // a total is its increase however it is worded, and the total took the
    // place named between the count's measure and itself.
    const bool took_its_place = between.brings &&
                                !total.location_from_document &&
                                total.location == increase.location;
    if (!placed_by_increase && !took_its_place) continue;
    // The places the sentence's counts of the measure name.
    std::vector<std::string> places;
    for (size_t k = 0; k < c; ++k) {
      const NumericClaim& counted = (*claims)[k];
      if (counted.sentence_span.begin != total.sentence_span.begin ||
          counted.measure != total.measure || counted.location.empty() ||
          counted.location_from_document || !counted.subgroup.empty() ||
          std::find(places.begin(), places.end(), counted.location) !=
              places.end()) {
        continue;
      }
      places.push_back(counted.location);
    }
    if (places.size() >= 2) {
      total.location = CombinedPlace(std::move(places));
      total.location_span = Span{};
    } else {
      total.location = increase.location;
      total.location_span = increase.location_span;
    }
    total.location_from_document = false;
    total.location_may_be_a_part = false;
  }
}

void PlaceBreakdownsWhereTheirTotalIs(absl::string_view text,
                                      std::vector<NumericClaim>* claims) {
  static constexpr absl::string_view kOpenings[] = {
      "the killed include",  "the dead include",    "those killed include",
      "the victims include", "among the dead",      "among those killed",
      "among the victims",   "the deceased include"};
  const NumericClaim* total = nullptr;
  for (size_t c = 0; c < claims->size(); ++c) {
    NumericClaim& claim = (*claims)[c];
    if (claim.subgroup.empty()) {
      total = claim.quantity.change == Change::kNone &&
                      !claim.location.empty() && !claim.location_from_document
                  ? &claim
                  : nullptr;
      continue;
    }
    if (total == nullptr || total->measure != claim.measure ||
        (!claim.location.empty() && !claim.location_from_document) ||
        total->sentence_span.begin == claim.sentence_span.begin) {
      continue;
    }
    const absl::string_view sentence = TextOf(text, claim.sentence_span);
    bool breaks_down = false;
    for (absl::string_view opening : kOpenings) {
      breaks_down =
          breaks_down || absl::StartsWithIgnoreCase(sentence, opening);
    }
    if (!breaks_down) continue;
    claim.location = total->location;
    claim.location_span = total->location_span;
    claim.location_from_document = false;
    claim.location_may_be_a_part = false;
  }
}

const NumericClaim* HeadlineFigure(const std::vector<NumericClaim>& claims,
                                   size_t line_end, const NumericClaim& claim) {
  if (line_end == absl::string_view::npos || claim.span.begin <= line_end ||
      !claim.quantity.value) {
    return nullptr;
  }
  for (const NumericClaim& headline : claims) {
    if (headline.span.end > line_end) break;
    if (((!headline.location.empty() && !headline.location_from_document) ||
         headline.disaster_across_borders) &&
        headline.quantity.value == claim.quantity.value &&
        headline.measure == claim.measure &&
        headline.subgroup == claim.subgroup &&
        headline.quantity.change == claim.quantity.change) {
      return &headline;
    }
  }
  return nullptr;
}

void ReadDeathsTheTextCountsAsCasualties(std::vector<NumericClaim>* claims) {
  absl::flat_hash_set<std::pair<double, double>> casualties;
  // Per measure and group, the lowest upper bound the text counts.
  absl::flat_hash_map<std::string, double> lowest;
  const auto key = [](const NumericClaim& claim, absl::string_view subgroup) {
    return absl::StrCat(claim.measure, "/", subgroup);
  };
  for (const NumericClaim& claim : *claims) {
    if (claim.measure == "casualties") {
      casualties.emplace(claim.quantity.lower, claim.quantity.upper);
    } else if (IsOneOf(claim.measure, {"deaths", "injured"})) {
      auto [it, added] =
          lowest.try_emplace(key(claim, claim.subgroup), claim.quantity.upper);
      if (!added) it->second = std::min(it->second, claim.quantity.upper);
    }
  }
  if (casualties.empty()) return;
  for (NumericClaim& claim : *claims) {
    if (!IsOneOf(claim.measure, {"deaths", "injured"}) ||
        !casualties.contains(
            std::make_pair(claim.quantity.lower, claim.quantity.upper))) {
      continue;
    }
    const auto below = [&](absl::string_view subgroup) {
      auto it = lowest.find(key(claim, subgroup));
      return it != lowest.end() && it->second < claim.quantity.lower;
    };
    if (below(claim.subgroup) || below("")) claim.measure = "casualties";
  }
}

void CountPeoplesAsAGroupOnlyAbroad(std::vector<NumericClaim>* claims) {
  for (NumericClaim& claim : *claims) {
    if (!claim.subgroup_is_a_people) continue;
    std::optional<std::string> country;
    if (std::optional<absl::string_view> origin =
            OriginOfPeople(claim.subgroup)) {
      const std::vector<std::string>& lies_in = CountriesOf(*origin);
      if (lies_in.size() == 1) country = lies_in.front();
    }
    std::vector<std::string> place_lies_in =
        IsCountry(claim.location) ? std::vector<std::string>{claim.location}
                                  : CountriesOf(claim.location);
    if (place_lies_in.empty()) place_lies_in = CountriesOfCity(claim.location);
    const bool abroad = country.has_value() && !place_lies_in.empty() &&
                        std::find(place_lies_in.begin(), place_lies_in.end(),
                                  *country) == place_lies_in.end();
    if (!abroad) {
      claim.subgroup = std::move(claim.subgroup_at_home);
      claim.subgroup_at_home.clear();
      claim.subgroup_is_a_people = false;
    }
  }
}

void LeaveTollsOfTwoCountriesUnplaced(std::vector<NumericClaim>* claims) {
  // Per casualty measure, the countries its sentences place counts in.
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> countries;
  for (const NumericClaim& claim : *claims) {
    // "235,000 died in China in 1920", "the tsunami in which 220,000 died
    // last year": a toll of another year is another disaster's.
    if (claim.location.empty() || claim.location_from_document ||
        claim.year != 0 || claim.of_an_earlier_year ||
        !IsOneOf(claim.measure, {"deaths", "injured", "missing"})) {
      continue;
    }
    const std::vector<std::string>& in = CountriesOf(claim.location);
    if (in.size() == 1) countries[claim.measure].insert(in.front());
  }
  for (NumericClaim& claim : *claims) {
    if (!claim.location_from_document) continue;
    const auto it = countries.find(claim.measure);
    if (it == countries.end() || it->second.size() < 2) continue;
    claim.location.clear();
    claim.location_span = Span{};
    claim.location_from_document = false;
  }
}

}  // namespace factcheck::extract
