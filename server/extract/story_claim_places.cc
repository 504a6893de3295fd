#include "server/extract/story_claim_places.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "server/extract/cities.h"
#include "server/extract/claim_places.h"
#include "server/extract/claim_revisions.h"
#include "server/extract/claim_times.h"
#include "server/extract/headlines.h"
#include "server/extract/measures.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// What the second pass asks of a claim's words.
class StoryPlacer : public ClaimTimes {
 public:
  StoryPlacer(absl::string_view text, const std::vector<Token>& tokens)
      : ClaimTimes(text, tokens) {}

  using ClaimTimes::SecondFigureOfAToll;
  using ClaimTimes::SendsElsewhereEnd;

  // Whether `claim`, in `sentence`, refers back to a place named before it
  // ("died there", "in that area"): its place is that one or none, never
  // the story's.
  bool RefersBack(const Sentence& sentence, const NumericClaim& claim) const {
    const size_t number_end = TokenAt(sentence, claim.quantity.span.end);
    const size_t measure_end =
        claim.measure_span.begin >= claim.quantity.span.end
            ? TokenAt(sentence, claim.measure_span.end)
            : number_end;
    return ReferenceBack(number_end, measure_end).has_value();
  }
  // Whether `claim`, in `sentence`, counts some of those its measure
  // counts, and no group of them: "Nine of those killed were from the same
  // family", "three of the injured", "Three Egyptians were among the dead"
  // (not "nine of the dead were children", a count of children, nor "70
  // percent of the vote"). Such a part of a toll is no count of the story's
  // place, which a toll would be.
  bool CountsAPartOfItsMeasure(const Sentence& sentence,
                               const NumericClaim& claim) const {
    constexpr size_t kMaxWordsBeforeMeasure = 3;
    const Quantity& q = claim.quantity;
    if (!claim.subgroup.empty() || !IsTollOfPeople(claim.measure) ||
        q.unit_kind != UnitKind::kCount || !q.value.has_value() ||
        *q.value < 1 || claim.measure_span.begin < q.span.end) {
      return false;
    }
    const size_t end = TokenAt(sentence, q.span.end);
    const size_t measure_first = TokenAt(sentence, claim.measure_span.begin);
    const size_t determiner = IsWordToken(measure_first - 1, "the") ||
                                      IsWordToken(measure_first - 1, "those")
                                  ? measure_first - 1
                                  : measure_first;
    if (determiner > end && IsWordToken(determiner - 1, "among")) return true;
    return IsWordToken(end, "of") &&
           (IsWordToken(end + 1, "the") || IsWordToken(end + 1, "those")) &&
           measure_first > end + 1 &&
           measure_first <= end + kMaxWordsBeforeMeasure;
  }
  // Whether `claim` counts a part of the group its sentence opens with:
  // "Of the 20 women who lived there, she said, seven were still
  // unaccounted for", "Of those rescued, one died". Such a part of some
  // people is no count of the story's place. A figure alone names no group
  // but one the story counted: "Of the 58, 30 were confirmed dead" may be
  // the story's whole count of the confirmed dead.
  bool CountsAPartOfTheGroupItsSentenceOpensWith(
      const Sentence& sentence, const NumericClaim& claim) const {
    constexpr size_t kMaxGroupTokens = 12;
    const size_t first = sentence.first_token;
    if (!IsWordToken(first, "of") ||
        !IsOneOf(Text(first + 1), {"the", "those", "these"})) {
      return false;
    }
    const size_t number = TokenAt(sentence, claim.quantity.span.begin);
    bool names_a_group = false;
    for (size_t t = first + 2; t < number && t <= first + kMaxGroupTokens;
         ++t) {
      if (IsSymbol(t, ",")) return names_a_group;
      names_a_group = names_a_group || tokens_[t].kind == TokenKind::kWord;
    }
    return false;
  }
  // Whether `claim`, in `sentence`, breaks a part out of a whole its
  // sentence gives: "with 840 new cases in Hubei", "including about 110
  // killed at St Sebastian Church".
  bool BreaksOutAPart(const Sentence& sentence,
                      const NumericClaim& claim) const {
    constexpr size_t kMaxWordsBeforeNumber = 3;
    const size_t number = TokenAt(sentence, claim.quantity.span.begin);
    for (size_t t = number;
         t > sentence.first_token && t + kMaxWordsBeforeNumber >= number; --t) {
      if (IsWordToken(t - 1, "with") || IsWordToken(t - 1, "including")) {
        return true;
      }
    }
    return false;
  }
  // Whether `claim`'s own words place it by naming the disaster whose
  // victims it counts ("survivors of Pakistan's massive earthquake as the
  // death toll rose past 20,000", "Morocco Earthquake Death Toll Rises"):
  // where the disaster struck, which its toll may have passed. `hint` is
  // a token near the place, moved along as claims are asked in text order.
  bool PlacedByItsDisastersName(const NumericClaim& claim, size_t* hint) const {
    constexpr size_t kMaxDescribingWords = 2;
    if (claim.location.empty() || claim.location_from_document ||
        claim.location_span.end <= claim.location_span.begin) {
      return false;
    }
    // A place may stand before the last one asked ("In India, 700 … and
    // Pakistan's quake …"): the search then starts over.
    if (*hint >= tokens_.size() ||
        tokens_[*hint].span.begin > claim.location_span.end) {
      *hint = 0;
    }
    *hint =
        FirstTokenFrom(tokens_, *hint, tokens_.size(), claim.location_span.end);
    for (size_t t = *hint; Valid(t) && t <= *hint + kMaxDescribingWords; ++t) {
      if (IsCause(t)) return true;
      // "massive", "monster": lower-case words that describe it.
      if (tokens_[t].kind != TokenKind::kWord || IsCapitalizedWord(t)) {
        return false;
      }
    }
    return false;
  }
  // Whether `claim` follows, in `sentence`, where an attack came from:
  // "Rocket fire from Gaza has killed 10 people" in a story of Gaza (the
  // dead are not where the rockets came from, so not the story's).
  bool FollowsAnAttackOrigin(const Sentence& sentence,
                             const NumericClaim& claim) const {
    return NamesAttackOrigin(sentence.first_token,
                             TokenAt(sentence, claim.quantity.span.begin));
  }
};

// Whether `place`, which the gazetteer does not put in `document_place`
// (ISO 3166 puts it in `countries`), is known to lie elsewhere: in other
// countries, or a city of other countries only when the story's place is
// a country.
bool LiesElsewhere(const std::string& place,
                   const std::vector<std::string>& countries,
                   const std::string& document_place) {
  if (!countries.empty()) return true;
  if (!IsCountry(document_place)) return false;
  const std::vector<std::string>& city_of = CountriesOfCity(place);
  return !city_of.empty() && std::find(city_of.begin(), city_of.end(),
                                       document_place) == city_of.end();
}

// Whether the places `named` in a sentence leave it a place of its own. A
// place one of the sentence's counts took (`claims_in_sentence`) is that
// count's when it lies inside the document's country, or when that count
// breaks a part out of the sentence's whole (`breaks_out_a_part`) and the
// place is not known to lie elsewhere; so is a place that only says where
// it is. "The death toll climbed to 132, with 840 new cases in Hubei"
// leaves 132 the country's, as does "The death toll sits at 321, with
// about 110 killed at St Sebastian Church in Negombo"; "Eleven police
// killed, dozens wounded in Turkey car bomb attack" leaves the eleven to
// the place its sentence names.
bool PlacesLeftToSentence(
    const std::vector<PlaceFinder::NamedPlace>& named,
    absl::Span<const NumericClaim> claims_in_sentence,
    const std::string& document_place,
    absl::FunctionRef<bool(const NumericClaim&)> breaks_out_a_part) {
  bool previous_was_taken = false;
  for (const PlaceFinder::NamedPlace& named_place : named) {
    // Not a structured binding: C++17 lets no lambda capture one.
    const std::string& place = named_place.name;
    // "…across Pakistan, pushing the toll to 1,314", "opened fire at a
    // Texas school, killing 14": the story's own place is the whole's
    // place, not another.
    if (place == document_place) continue;
    const std::vector<std::string>& countries = CountriesOf(place);
    const bool inside = std::find(countries.begin(), countries.end(),
                                  document_place) != countries.end();
    const bool elsewhere =
        !inside && LiesElsewhere(place, countries, document_place);
    // "There are 73,276 dead," the relief chief told reporters in
    // Islamabad: where a speaker spoke, inside the story's country, is no
    // place of the count.
    if (inside && named_place.where_spoken) continue;
    const bool taken = std::any_of(
        claims_in_sentence.begin(), claims_in_sentence.end(),
        [&](const NumericClaim& claim) {
          return claim.location == place &&
                 (inside || (!elsewhere && breaks_out_a_part(claim)));
        });
    const bool describes_taken =
        named_place.says_where_previous_is && previous_was_taken;
    previous_was_taken = taken;
    if (elsewhere || !(taken || describes_taken)) return true;
  }
  return false;
}

// Where the one attack a story counts struck: the city that every toll of
// one attack placed by its own sentence in a known place names ("The death
// toll from the blast in the port of Lebanon's Beirut has risen to 154"),
// when it lies in the story's country. Empty when those tolls name none,
// several places, a country, or a city of another country.
std::string AttackSite(const std::vector<NumericClaim>& claims,
                       const std::string& story_country) {
  std::string site;
  for (const NumericClaim& claim : claims) {
    // "nearly half of the capital": a place no gazetteer knows says where
    // in the site, not which site.
    if (!claim.one_attack || claim.location.empty() ||
        claim.location_from_document || !IsKnownPlace(claim.location)) {
      continue;
    }
    if (!site.empty() && claim.location != site) return "";
    site = claim.location;
  }
  const std::vector<std::string>& lies_in = CountriesOfCity(site);
  if (site.empty() || IsCountry(site) ||
      std::find(lies_in.begin(), lies_in.end(), story_country) ==
          lies_in.end()) {
    return "";
  }
  return site;
}

// The one country `place` lies in (a country is its own), or "" when the
// gazetteers know none or several ("Florida" lies in the United States or
// in Uruguay).
std::string OnlyCountryOf(const std::string& place) {
  const std::vector<std::string>& countries = CountriesOf(place);
  if (countries.size() == 1) return countries.front();
  const std::vector<std::string>& city_of = CountriesOfCity(place);
  return countries.empty() && city_of.size() == 1 ? city_of.front() : "";
}

// A quake's magnitude is the quake's wherever a report places it ("off the
// Noto Peninsula", "in Japan", or nowhere): placed in the one country the
// gazetteer of regions puts its place in, else the story's (a town's name
// is too often another country's too: Noto is in Sicily), so that reports
// of one quake meet; whether two magnitudes are of one quake their figures
// tell (the verdicts').
void PlaceMagnitudesInTheirCountry(const std::string& story_country,
                                   std::vector<NumericClaim>* claims) {
  for (NumericClaim& claim : *claims) {
    if (claim.measure != "magnitude") continue;
    if (const std::vector<std::string>& countries = CountriesOf(claim.location);
        countries.size() == 1) {
      claim.location = countries.front();
    } else if (!story_country.empty()) {
      claim.location = story_country;
      claim.location_from_document = true;
    }
  }
}

// "19,400 died in Pakistan … across the border in Indian-held Kashmir,
// almost 700": where a text counts a toll's measure in two countries or
// more by its sentences' own places, a disaster struck past the country it
// is named after, and a count that only its name places ("Pakistan's
// earthquake … the toll rose past 20,000") may be their sum. Such counts
// are placed nowhere (their place's words kept, so that no story place
// fills them in), unless the text gives the same figure by that place's
// own words too ("Tibet quake toll rises to 20" over "The death toll in
// Tibet … climbed to 20").
void UnplaceTollsOfDisastersAcrossBorders(const StoryPlacer& finder,
                                          std::vector<NumericClaim>* claims) {
  const auto placed_toll = [](const NumericClaim& claim) {
    return IsTollOfPeople(claim.measure) && !claim.location.empty() &&
           !claim.location_from_document;
  };
  // The tolls only their disaster's name places, in text order: most texts
  // have none, and then nothing more is read.
  std::vector<size_t> named;
  size_t hint = 0;
  for (size_t c = 0; c < claims->size(); ++c) {
    if (placed_toll((*claims)[c]) &&
        finder.PlacedByItsDisastersName((*claims)[c], &hint)) {
      named.push_back(c);
    }
  }
  if (named.empty()) return;
  absl::flat_hash_map<absl::string_view, absl::flat_hash_set<std::string>>
      countries_counted;
  // Each figure placed by its own words: measure, place and bounds.
  absl::flat_hash_set<
      std::tuple<absl::string_view, std::string, double, double>>
      placed_figures;
  size_t next_named = 0;
  for (size_t c = 0; c < claims->size(); ++c) {
    const NumericClaim& claim = (*claims)[c];
    if (next_named < named.size() && named[next_named] == c) {
      ++next_named;
      continue;
    }
    if (!placed_toll(claim)) continue;
    placed_figures.emplace(claim.measure, claim.location, claim.quantity.lower,
                           claim.quantity.upper);
    if (std::string country = OnlyCountryOf(claim.location); !country.empty()) {
      countries_counted[claim.measure].insert(std::move(country));
    }
  }
  for (const size_t c : named) {
    NumericClaim& claim = (*claims)[c];
    const auto counted = countries_counted.find(claim.measure);
    if (counted != countries_counted.end() && counted->second.size() >= 2 &&
        !placed_figures.contains({claim.measure, claim.location,
                                  claim.quantity.lower,
                                  claim.quantity.upper})) {
      claim.location.clear();
      claim.location_may_be_a_part = false;
      claim.disaster_across_borders = true;
    }
  }
}

}  // namespace

void PlaceByTheirStory(absl::string_view text, const std::vector<Token>& tokens,
                       const std::vector<Sentence>& sentences,
                       std::vector<NumericClaim>* claims) {
  StoryPlacer finder(text, tokens);
  UnplaceTollsOfDisastersAcrossBorders(finder, claims);
  const size_t headline_end = HeadlineEnd(text, tokens);
  const PlaceFinder::StoryPlace story = finder.DocumentPlace();
  const std::string& document_place = story.place;
  // The country "the country" means: the story's, or the one its region
  // lies in.
  const std::string& story_country = story.country;
  // "… the fatalities from the explosion was 137": a toll of the story's
  // one attack is where the attack struck, as its other tolls say, not
  // the whole country's, so that reports placing it by the city or by the
  // story meet.
  const std::string attack_site = AttackSite(*claims, story_country);
  std::string section_place;
  size_t s = 0;
  size_t headed = 0;  // sentences read for headings
  // Whether sentence `places_known_for` names a place, read once.
  size_t places_known_for = SIZE_MAX;
  bool sentence_names_place = false;
  bool sentence_counts_whole = false;
  bool sentence_names_the_country = false;
  size_t sends_elsewhere_end = 0;
  // The place "there" means when its own sentence names none ("At least
  // 30 people were killed in Quetta. Another 12 died there"): the place
  // the sentence before read its last count in (not one it only names:
  // "told reporters in Islamabad" is where someone spoke).
  std::string last_place_before;
  std::string last_place_here;
  // The countries sentence `countries_known_for` names, read once.
  size_t countries_known_for = SIZE_MAX;
  std::vector<std::string> countries_named;
  // The country "the country" means in sentence `country_meant_for`, read
  // once a sentence.
  size_t country_meant_for = SIZE_MAX;
  std::string country_meant;
  const auto country_meant_in = [&](size_t sentence) -> const std::string& {
    if (country_meant_for != sentence) {
      country_meant_for = sentence;
      country_meant = finder.CountryMeant(sentences[sentence], story_country);
    }
    return country_meant;
  };
  for (size_t c = 0; c < claims->size(); ++c) {
    NumericClaim& claim = (*claims)[c];
    const size_t sentence_before = s;
    while (sentences[s].span.end < claim.span.end) ++s;
    if (s != sentence_before) {
      last_place_before =
          s == sentence_before + 1 ? std::move(last_place_here) : "";
      last_place_here.clear();
    }
    if (!claim.location.empty() && !claim.location_from_document) {
      last_place_here = claim.location;
    }
    if (claim.year == 0 && s > 0) {
      claim.year = finder.YearReferredTo(sentences[s], sentences[s - 1]);
    }
    for (; headed < s; ++headed) {
      if (std::optional<std::string> heading =
              finder.PlaceHeading(sentences[headed])) {
        section_place = std::move(*heading);
      }
    }
    if (places_known_for != s) {
      places_known_for = s;
      // "Oregon and Idaho had five deaths each" names places as its subject.
      size_t list_end = 0;
      // The claims are in text order: this sentence's start at `c`.
      size_t sentence_claims_end = c;
      while (sentence_claims_end < claims->size() &&
             (*claims)[sentence_claims_end].span.end <= sentences[s].span.end) {
        ++sentence_claims_end;
      }
      sentence_names_place =
          PlacesLeftToSentence(
              finder.PlacesIn(sentences[s]),
              absl::MakeConstSpan(*claims).subspan(c, sentence_claims_end - c),
              document_place,
              [&](const NumericClaim& part) {
                return finder.BreaksOutAPart(sentences[s], part);
              }) ||
          finder.PlaceListAt(sentences[s].first_token, sentences[s].end_token,
                             &list_end)
                  .size() >= 2;
      sentence_counts_whole = finder.CountsTheWholeEvent(
          sentences[s], !document_place.empty() && !IsCountry(document_place));
      // Once a sentence, not once a count: a sentence of thousands of
      // counts is read in linear time.
      sentence_names_the_country =
          !story_country.empty() && finder.NamesTheCountry(sentences[s]);
      sends_elsewhere_end = finder.SendsElsewhereEnd(sentences[s]);
    }
    // "in Houthi-held areas": the country the sentence names says whose
    // areas ("Syria's health ministry said 812 died in government-held
    // areas"), else the story's; without one (or with two) they are no
    // place any other count could share.
    if (IsHeldAreasOfNoCountry(claim.location)) {
      if (countries_known_for != s) {
        countries_known_for = s;
        countries_named = finder.CountriesNamedIn(sentences[s]);
      }
      const std::vector<std::string>& named = countries_named;
      if (named.size() == 1) {
        claim.location = HeldAreasOf(named.front(), claim.location);
      } else if (named.empty() && !story_country.empty()) {
        claim.location = HeldAreasOf(story_country, claim.location);
        claim.location_from_document = true;
      } else {
        claim.location.clear();
        claim.location_span = Span{};
      }
      continue;
    }
    if (!claim.location.empty()) continue;
    // "died in areas it controls": a place the words name but not whose.
    if (claim.location_span.end != 0) continue;
    if (finder.CountsAPartOfItsMeasure(sentences[s], claim) ||
        finder.CountsAPartOfTheGroupItsSentenceOpensWith(sentences[s], claim)) {
      continue;
    }
    if (finder.FollowsAnAttackOrigin(sentences[s], claim)) continue;
    if (finder.RefersBack(sentences[s], claim)) {
      claim.location = last_place_before;
      if (!claim.location.empty()) last_place_here = claim.location;
      continue;
    }
    if (c > 0) {
      const NumericClaim& before = (*claims)[c - 1];
      if (before.span.begin >= sentences[s].span.begin &&
          !before.location.empty() && !before.location_from_document &&
          // "The blasts at Beirut Port killed 137 and injured 5,000": a
          // place the gazetteer does not know may be where it struck.
          IsKnownPlace(before.location) &&
          finder.SecondFigureOfAToll(
              sentences[s], before.measure, before.quantity.span.end,
              claim.measure, claim.quantity.span.begin, sends_elsewhere_end)) {
        claim.location = before.location;
        last_place_here = claim.location;
        continue;
      }
    }
    // "Death toll rises to 69 in Balochistan" over "At least 69 people lost
    // their lives …": the story restates its headline's figure, and the
    // headline gave its place.
    if (const NumericClaim* headline =
            HeadlineFigure(*claims, headline_end, claim)) {
      claim.location = headline->location;
      claim.location_span = headline->location_span;
      claim.disaster_across_borders = headline->disaster_across_borders;
      continue;
    }
    // "At least 56 people were killed across five states" in a story of
    // Florida: several states' toll, no count of Florida but the country's
    // whole or a part of it; in a story of the country, its count though
    // the sentence goes on to name states ("including 23 in South
    // Carolina").
    if (!story_country.empty() &&
        (document_place != story_country || sentence_names_place) &&
        finder.CountsAcrossRegions(sentences[s], claim.quantity.span.end)) {
      claim.location = story_country;
      claim.location_from_document = true;
      claim.location_may_be_a_part = true;
      continue;
    }
    if (sentence_names_place) {
      // "… into Moldova and Romania, while 100,000 are uprooted in the
      // country": the count's own clause names a country.
      if (finder.ClauseNamesTheCountry(sentences[s], claim.quantity.span.end)) {
        claim.location = country_meant_in(s);
      }
      continue;
    }
    if (!section_place.empty()) {
      claim.location = section_place;
      claim.location_from_document = true;
    } else if (!document_place.empty() && sentence_counts_whole &&
               !finder.CountsAPart(FirstTokenFrom(
                   tokens, sentences[s].first_token, sentences[s].end_token,
                   claim.quantity.span.end))) {
      // "Death toll from the floods across the country crossed 1,000" in
      // an article about Pakistan, or about its province Balochistan: the
      // sentence names the place.
      if (sentence_names_the_country) {
        claim.location = country_meant_in(s);
        continue;
      }
      if (claim.one_attack && !attack_site.empty()) {
        claim.location = attack_site;
      } else {
        claim.location = document_place;
        claim.location_may_be_a_part = story.names_a_region;
      }
      claim.location_from_document = true;
    }
  }
  PlaceMagnitudesInTheirCountry(story_country, claims);
}

}  // namespace factcheck::extract
