#include "server/extract/numeric_claims.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/extract/calendar.h"
#include "server/extract/changes.h"
#include "server/extract/cities.h"
#include "server/extract/claim_finder.h"
#include "server/extract/claim_places.h"
#include "server/extract/claim_revisions.h"
#include "server/extract/claim_times.h"
#include "server/extract/count_places.h"
#include "server/extract/figure_slips.h"
#include "server/extract/headlines.h"
#include "server/extract/measure_binding.h"
#include "server/extract/measures.h"
#include "server/extract/places.h"
#include "server/extract/story_claim_places.h"
#include "server/extract/uncounted_numbers.h"

namespace factcheck::extract {

namespace {

// Whether `place`, a region or a city, lies in the country `country`.
bool LiesIn(const std::string& place, const std::string& country) {
  const auto names = [&country](const std::vector<std::string>& countries) {
    return std::find(countries.begin(), countries.end(), country) !=
           countries.end();
  };
  return IsCountry(country) &&
         (names(CountriesOf(place)) || names(CountriesOfCity(place)));
}

// Magnitudes news gives (Richter, moment) stay below this.
constexpr double kMaxMagnitude = 10;

// Whether an earlier claim of the text gave the figure `q` gives.
bool StatedBefore(const Quantity& q, const std::vector<NumericClaim>& claims) {
  return std::any_of(claims.begin(), claims.end(),
                     [&q](const NumericClaim& earlier) {
                       return earlier.quantity.value == q.value;
                     });
}

// `claim`'s earlier figure `q` as a claim of its own, over `span`: the text
// says the count stood at `q` before, which an earlier report may bear out.
NumericClaim EarlierFigureOf(const NumericClaim& claim, const Quantity& q,
                             Span span) {
  NumericClaim earlier = claim;
  earlier.quantity = q;
  earlier.quantity.change = Change::kNone;
  earlier.earlier.reset();
  earlier.earlier_figure = true;
  earlier.span = span;
  return earlier;
}

}  // namespace

std::optional<size_t> ClaimFinder::RevisedFrom(
    size_t first, const Placed* number_before) const {
  // "up from 42", "down from the previous count of 844", "down from last
  // Friday's estimate of 78": at most a few words naming the earlier figure
  // (or when it was given) between "from" and the number.
  constexpr size_t kMaxNamingWords = 7;
  static const WordSet* const kNamingWords = new WordSet(
      {"the",      "a",      "an",        "previous", "earlier", "initial",
       "figure",   "count",  "toll",      "tally",    "total",   "estimate",
       "of",       "last",   "yesterday", "monday",   "tuesday", "wednesday",
       "thursday", "friday", "saturday",  "sunday"});
  for (size_t t = first; t > 1 && t + kMaxNamingWords + 1 > first; --t) {
    if (IsWordToken(t - 1, "from")) {
      if (IsWordToken(t - 2, "up") || IsWordToken(t - 2, "down")) return t - 2;
      // "rose to 507 from 499", "revised the toll to 275 from 288": the
      // level the count reached, then the one it changed from.
      if (number_before != nullptr && number_before->end + 1 == t &&
          number_before->first > 0 &&
          IsWordToken(number_before->first - 1, "to")) {
        return t - 1;
      }
      return std::nullopt;
    }
    if (tokens_[t - 1].kind != TokenKind::kWord ||
        !kNamingWords->Contains(WithoutPossessive(Text(t - 1)))) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

bool ClaimFinder::OpensWithTheFigure(const Sentence& sentence,
                                     size_t number) const {
  constexpr size_t kMaxWordsBeforeTheNoun = 3;
  size_t t = sentence.first_token;
  if (!IsOneOf(Text(t), {"the", "that", "this", "its", "their"})) return false;
  for (++t; t < number && t <= sentence.first_token + kMaxWordsBeforeTheNoun;
       ++t) {
    if (tokens_[t].kind != TokenKind::kWord) return false;
    if (IsOneOf(Text(t), {"figure", "total", "tally", "count", "number"})) {
      return true;
    }
    if (!IsOneOf(Text(t), {"previous", "earlier", "new", "latest", "official",
                           "final", "overall", "revised", "updated", "last"})) {
      return false;
    }
  }
  return false;
}

ClaimFinder::Provenance ClaimFinder::ProvenanceOf(
    const Sentence& sentence) const {
  Provenance provenance;
  provenance.claims_first = sentence.first_token;
  if (std::optional<Headline> headline = HeadlineOf(text_, tokens_, sentence)) {
    provenance.claims_first = headline->content_first;
    provenance.related_article = headline->related_article;
    if (headline->has_topic_place()) {
      provenance.topic_place =
          SpanOf(headline->topic_place_first, headline->topic_place_end);
      return provenance;
    }
    if (headline->has_source()) {
      provenance.source = SpanOf(headline->source_first, headline->source_end);
      return provenance;
    }
  }
  // "according to official reports", up to the next comma or the end; a
  // hyphen glued inside a name goes on with it ("Miami-Dade Mayor").
  for (size_t k = sentence.first_token; k + 2 < sentence.end_token; ++k) {
    if (tokens_[k].span.end - tokens_[k].span.begin == 9 && AccordingToAt(k)) {
      size_t end = k + 2;
      while (end < sentence.end_token &&
             (tokens_[end].kind != TokenKind::kSymbol ||
              (GluesAWord(end) && end + 1 < sentence.end_token))) {
        ++end;
      }
      if (end > k + 2) {
        provenance.source = SpanOf(k + 2, end);
        return provenance;
      }
    }
  }
  return provenance;
}

std::optional<MeasureMatch> ClaimFinder::TableHeading(
    const Sentence& sentence) const {
  if (sentence.end_token == sentence.first_token ||
      !IsSymbol(sentence.end_token - 1, ":")) {
    return std::nullopt;
  }
  std::optional<MeasureMatch> named;
  for (size_t t = sentence.first_token; t + 1 < sentence.end_token; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) continue;
    if (std::optional<MeasureMatch> match = measures_.At(text_, tokens_, t)) {
      if (!match->entry->subject) named = match;
      t = match->end - 1;
    }
  }
  return named;
}

bool ClaimFinder::NamesAPlace(size_t first, size_t end) const {
  return IsKnownPlace(CanonicalPlace(TextOf(text_, SpanOf(first, end)))) ||
         IsOneOf(Text(end - 1), {"county", "province", "district", "region",
                                 "state", "prefecture", "parish", "governorate",
                                 "department", "municipality"});
}

std::optional<size_t> ClaimFinder::RowFigureAt(const Sentence& sentence) const {
  const size_t first = sentence.first_token;
  if (first >= sentence.end_token || !tokens_[first].newline_before) {
    return std::nullopt;
  }
  for (size_t t = first; t < sentence.end_token && t < first + kMaxNameWords;
       ++t) {
    if (IsCapitalizedWord(t)) continue;
    if (t == first || !IsSymbol(t, ":") || !Valid(t + 1) ||
        tokens_[t + 1].newline_before ||
        tokens_[t + 1].kind != TokenKind::kDigits || !NamesAPlace(first, t)) {
      return std::nullopt;
    }
    return t + 1;
  }
  return std::nullopt;
}

std::optional<Span> ClaimFinder::ItemPlaceBefore(const Sentence& sentence,
                                                 const Placed& here,
                                                 size_t first_from) const {
  const size_t comma = here.first - 1;
  if (here.first < sentence.first_token + 3 || !IsSymbol(comma, ",") ||
      tokens_[here.first].kind != TokenKind::kDigits ||
      !(here.end == sentence.end_token || IsSymbol(here.end, ";") ||
        IsSymbol(here.end, ".") || IsSymbol(here.end, ","))) {
    return std::nullopt;
  }
  size_t name = comma;
  while (name > sentence.first_token && comma - name < kMaxNameWords &&
         IsCapitalizedWord(name - 1)) {
    --name;
  }
  if (name == comma || name == sentence.first_token) return std::nullopt;
  const bool opens_item =
      IsSymbol(name - 1, ":") || IsSymbol(name - 1, ";") ||
      (IsWordToken(name - 1, "and") && name - 1 > sentence.first_token &&
       IsSymbol(name - 2, ";"));
  // "the deaths were from Cameroon, 20; Niger, 19": whence the dead came,
  // not where they died.
  if (!opens_item || first_from < name || !NamesAPlace(name, comma)) {
    return std::nullopt;
  }
  return SpanOf(name, comma);
}

void ClaimFinder::AddSentence(const Sentence& sentence,
                              const std::vector<const Quantity*>& quantities,
                              const MeasureMatch* table_heading,
                              std::vector<NumericClaim>* claims) const {
  const size_t sentence_claims_begin = claims->size();
  // SendsElsewhereEnd, read once, for the first count that asks (most
  // sentences have none).
  std::optional<size_t> sends_elsewhere_end;
  const auto elsewhere_end = [&]() {
    if (!sends_elsewhere_end) sends_elsewhere_end = SendsElsewhereEnd(sentence);
    return *sends_elsewhere_end;
  };
  // The sentence's first "from" (its end when none), read once, for the
  // first list item that asks (ItemPlaceBefore).
  std::optional<size_t> first_from;
  const auto from_at = [&]() {
    if (!first_from) {
      first_from = sentence.end_token;
      for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
        if (IsWordToken(t, "from")) {
          first_from = t;
          break;
        }
      }
    }
    return *first_from;
  };
  // Where the sentence's quantities and measure words are.
  std::vector<Placed> placed;
  placed.reserve(quantities.size());
  size_t from = sentence.first_token;  // quantities come in text order
  for (const Quantity* q : quantities) {
    const size_t first =
        FirstTokenFrom(tokens_, from, sentence.end_token, q->span.begin);
    placed.push_back(
        {q, first,
         FirstTokenFrom(tokens_, first, sentence.end_token, q->span.end)});
    from = first;
  }
  std::vector<MeasureMatch> found;
  size_t p = 0;
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    while (p < placed.size() && placed[p].end <= t) ++p;
    if (p < placed.size() && placed[p].first <= t) {
      t = placed[p].end - 1;
      continue;
    }
    if (tokens_[t].kind != TokenKind::kWord) continue;
    if (std::optional<MeasureMatch> match = measures_.At(text_, tokens_, t)) {
      if (match->entry->taken && !TakenBeforeItsCount(t, match->end) &&
          (p == 0 || placed[p - 1].end != t || !TakenBefore(placed[p - 1]))) {
        continue;
      }
      found.push_back(*match);
      t = match->end - 1;
    }
  }

  Provenance provenance = ProvenanceOf(sentence);
  // A table row's place before its colon is no source ("Graves County: 21").
  if (table_heading != nullptr) provenance.source.reset();
  const std::vector<Time> times = TimesIn(sentence);

  for (size_t k = 0; k < placed.size(); ++k) {
    const Placed& here = placed[k];
    const Quantity& q = *here.quantity;
    // A share named without a number is no claim.
    if ((!q.value && q.qualifier == Qualifier::kVague &&
         q.unit_kind == UnitKind::kPercent) ||
        CountsNothing(here)) {
      continue;
    }
    // "from 35 to 43" after a verb of change: 35 is 43's earlier figure.
    const bool is_earlier = k + 1 < placed.size() && here.first > 0 &&
                            IsWordToken(here.first - 1, "from") &&
                            IsWordToken(here.end, "to") &&
                            placed[k + 1].first == here.end + 1;
    if (is_earlier) continue;
    // "rose to 2,862, up from 2,012 on Saturday", "up from the previous
    // count of 844": the sentence's claim before it has no earlier figure
    // yet, and 2,012 is that; the text gives it as that count's earlier
    // figure, which an earlier report may bear out.
    if (const std::optional<size_t> up_or_down =
            RevisedFrom(here.first, k > 0 ? &placed[k - 1] : nullptr);
        up_or_down && claims->size() > sentence_claims_begin &&
        claims->back().quantity.span.end <= tokens_[*up_or_down].span.begin &&
        (!IsWordToken(*up_or_down, "from") ||
         claims->back().quantity.span.end ==
             placed[k - 1].quantity->span.end) &&
        !claims->back().earlier.has_value()) {
      NumericClaim& claim = claims->back();
      claim.earlier = q;
      NumericClaim earlier =
          EarlierFigureOf(claim, q, SpanOf(*up_or_down, here.end));
      // "on Saturday" after "up from 2,012" dates the earlier figure, not
      // the claim; after "rose to 507 from 499" it dates the rise.
      if (claim.time_span.begin >= q.span.end &&
          !IsWordToken(*up_or_down, "from")) {
        claim.time_span = Span{};
      } else {
        earlier.time_span = Span{};
      }
      claims->push_back(std::move(earlier));
      continue;
    }

    // The measure: a word bound to the number, not merely near it ("37
    // were in the epicenter" is no toll, nor "across 7 districts").
    Binding binding = BindMeasure(sentence, placed, k, found, provenance);
    if (AddsClaimGoingOn(sentence, placed, k, found, provenance, times,
                         sentence_claims_begin, &binding, claims)) {
      continue;
    }
    // "deaths were reported in villages, including 1,452 in Al Haouz": the
    // list's first item counts what the sentence named before it.
    if (binding.measure == nullptr) {
      if (const std::optional<Span> place = ItemPlace(sentence, here);
          place && OpensList(here, TokenAt(sentence, std::min(place->begin,
                                                              q.span.begin)))) {
        binding.measure = MeasureNamedBefore(found, here, provenance);
        binding.before = binding.list_item = binding.measure != nullptr;
      }
    }
    // "Graves County: 21" under "By county, the death toll is:", and
    // "counties with storm-related deaths include: Hopkins County, 13;
    // Warren County, 15": the item's place names it, the list's measure
    // counts it.
    std::optional<Span> item_place;
    if (binding.measure == nullptr && table_heading != nullptr &&
        RowFigureAt(sentence) == here.first) {
      binding.measure = table_heading;
      binding.before = binding.list_item = true;
      item_place = SpanOf(sentence.first_token, here.first - 1);
    } else if (binding.measure == nullptr) {
      item_place = ItemPlaceBefore(sentence, here, from_at());
      if (item_place.has_value()) {
        binding.measure = MeasureNamedBefore(found, here, provenance);
        binding.before = binding.list_item = binding.measure != nullptr;
      }
    }
    const MeasureMatch* measure = binding.measure;
    const bool measure_before = binding.before;
    // "over one month", "after 60 hours trapped", "the 51-day conflict": a
    // duration counts time, never a toll.
    if (IsTimeUnit(here.end) ||
        (IsSymbol(here.end, "-") && IsTimeUnit(here.end + 1))) {
      continue;
    }
    // "crossed the 1000 mark": a milestone passed, no count of its own.
    if (IsMilestone(here)) continue;
    // "the militia holds some 5,000 missiles": a stock, not missiles fired.
    if (measure != nullptr && measure->entry->launched && IsHeldStock(here)) {
      continue;
    }
    if (IsDenied(here.first)) continue;
    // "Of the 12 dead in Sindh, eight are children": the count was stated
    // before; this one only names it. "on top of the 3.2 million refugees
    // who have fled" states one, as does "five of the 17 injured" in a
    // text that never gave 17.
    if (here.first > 1 && IsWordToken(here.first - 1, "the") &&
        IsWordToken(here.first - 2, "of") &&
        !(here.first > 2 && IsWordToken(here.first - 3, "top")) &&
        StatedBefore(q, *claims)) {
      continue;
    }
    // "storm surges as high as 10 feet razed homes", "Crops damaged:
    // 669,903 hectares": a length or an area counts nothing; only a measure
    // in a physical unit ("200 mm of rain") is its. ("m" may be millions,
    // "3.4m barrels", and the inch sign a closing quotation mark, "revised
    // to \"253\"".)
    if (measure != nullptr && !measure->entry->physical &&
        q.unit_kind == UnitKind::kPhysical &&
        (IsArea(q) ||
         IsOneOf(q.unit, {"ft", "km", "mi", "cm", "mm", "yd", "nmi"}))) {
      continue;
    }
    // "burned some 14,000 homes", "the blast contained 2,750 tonnes": a
    // measure of its own unit counts nothing else.
    if (measure != nullptr &&
        ((measure->entry->area && !IsArea(q)) ||
         (measure->entry->percent && q.unit_kind != UnitKind::kPercent))) {
      continue;
    }
    absl::string_view measure_name;
    if (measure && measure->entry->flight) {
      measure_name = FlightMeasure(*measure, sentence.end_token);
      if (measure_name.empty()) continue;
    } else if (measure) {
      measure_name = measure->entry->measure;
      // "a 5.1 aftershock": no count of aftershocks is a fraction; the
      // figure is the aftershock's magnitude, and an aftershock's magnitude
      // ("a magnitude 5.8 aftershock", "a 5.8-magnitude aftershock") is no
      // measure of the quake's.
      if ((measure_name == "aftershocks" && q.value &&
           *q.value != std::floor(*q.value)) ||
          (measure_name == "magnitude" &&
           (AftershockAfter(here.end) ||
            AnotherQuakeBefore(sentence.first_token, here.first) ||
            AftershocksNamedBefore(sentence.first_token, here.first,
                                   here.end)))) {
        measure_name = kAftershockMagnitudeMeasure;
      }
      // "Morocco Earthquake Death Toll Reaches 2,012": no quake measures
      // 10 or more on any scale news uses.
      if ((measure_name == "magnitude" ||
           measure_name == kAftershockMagnitudeMeasure) &&
          !(q.value && *q.value > 0 && *q.value < kMaxMagnitude)) {
        continue;
      }
    } else if (q.unit_kind == UnitKind::kCurrency) {
      measure_name = kAmountMeasure;
    } else {
      continue;
    }
    // "Federal assistance for survivors has surpassed $137 million": the
    // people near an amount of money are who it is for, not what it counts.
    const bool money_of_no_measure =
        q.unit_kind == UnitKind::kCurrency && !IsMeasureOfMoney(measure_name);
    if (money_of_no_measure) measure_name = kAmountMeasure;
    // "The death toll included 19 people who died as a direct result": a
    // part of the toll of a kind the lexicon does not know is no count of
    // it (not "included 14 children", nor "included 19 in Sindh").
    if (binding.subgroup.empty() && AfterInclude(here.first)) {
      Span part_place;
      if (PlaceAfter(here.end, sentence.end_token, &part_place) == here.end) {
        continue;
      }
    }

    NumericClaim claim;
    claim.quantity = q;
    if (binding.part_of_increase) claim.quantity.change = Change::kUp;
    // "450 more", "another 30": a count added to one before it, a rise of
    // its own unless that count is of other people.
    const bool added_to_a_count =
        claim.quantity.change == Change::kUp &&
        (IsWordToken(here.end, "more") ||
         (here.first > 0 && IsAdditionWord(Text(here.first - 1))));
    // "has risen to at least 207 with some 450 more people wounded",
    // "killed 20 and injured another 30": after a toll of another kind in
    // its sentence, "more" or "another" counts other people than that
    // toll's, not a rise of its own.
    if (added_to_a_count && claims->size() > sentence_claims_begin &&
        claims->back().quantity.change == Change::kNone &&
        IsTollOfPeople(claims->back().measure) &&
        IsTollOfPeople(measure_name) &&
        claims->back().measure != measure_name) {
      claim.quantity.change = Change::kNone;
    }
    claim.measure = measure_name;
    claim.subgroup = std::move(binding.subgroup);
    claim.subgroup_is_a_people = binding.subgroup_is_a_people;
    claim.subgroup_at_home = std::move(binding.subgroup_at_home);
    // "58 suspects have been arrested": whoever is arrested is a suspect,
    // so the suspects are all of the arrested, no group of them.
    if (measure_name == "arrested" && claim.subgroup == "suspects") {
      claim.subgroup.clear();
    }
    // "498 Russian troops have been killed and 1,597 injured", "… and
    // 3,825 have suffered injuries": a tally whose measure follows it with
    // no noun between counts the side the tally before it named, whose enemy's
    // toll the sentence may give next. (Not any group: "12 children were killed
    // and 30 injured" may be read so too, but the injured of no group named are
    // compared with other counts of no group, and one side's with the other's
    // is the harm.)
    if (claim.subgroup.empty() && measure != nullptr &&
        OnlyVerbsBetween(here.end, measure->begin) &&
        measure->entry->cumulative && claims->size() > sentence_claims_begin &&
        claims->back().cumulative && NamesASide(claims->back().subgroup) &&
        claims->back().measure != measure_name &&
        SharesElidedGroup(
            here, TokenAt(sentence, claims->back().quantity.span.begin))) {
      claim.subgroup = claims->back().subgroup;
    }
    claim.claimed_by = ClaimedBy(claim, sentence, here, provenance);
    claim.year = YearOf(sentence, here.first, here.end);
    if (claim.year == 0) {
      claim.of_an_earlier_year =
          OfAnEarlierYear(sentence, here.first, here.end);
    }
    claim.per_period = PerPeriod(sentence, here.first,
                                 measure != nullptr && !measure_before
                                     ? std::max(here.end, measure->end)
                                     : here.end);
    claim.before_the_event = BeforeTheEvent(sentence, here.first, here.end);
    // "nine were killed and 34 wounded during the strike": the second
    // figure of a toll counts what the first's attack did.
    claim.one_attack =
        OneAttacksToll(sentence, here.first, here.end) ||
        (claims->size() > sentence_claims_begin && claims->back().one_attack &&
         SecondFigureOfAToll(sentence, claims->back().measure,
                             claims->back().quantity.span.end, claim.measure,
                             q.span.begin, elsewhere_end()));
    claim.earlier_figure = StatedAsEarlier(sentence, here.first);
    claim.cumulative = measure != nullptr && measure->entry->cumulative &&
                       !money_of_no_measure;
    claim.counts_only_who = measure != nullptr && measure->entry->subject;
    claim.related_article = provenance.related_article;
    if (measure != nullptr) {
      // "the toll could rise to 10,000", "4 million people may leave",
      // "there could be hundreds of deaths"; "threatened to kill 12" is an
      // intent; "If the death toll does reach 10,000" a condition.
      // A list item's measure stands before every item (and a table's
      // before its lines): the words between are the other items, read
      // once, not again for each.
      claim.projection =
          InACondition(sentence, here.first) ||
          (!binding.list_item &&
           (measure_before ? ModalBetween(measure->end, here.first)
                           : ModalBetween(here.end, measure->end + 1))) ||
          (measure_before && measure->begin > 0 &&
           IsWordToken(measure->begin - 1, "to")) ||
          (here.first >= 2 && IsWordToken(here.first - 1, "be") &&
           ModalBetween(here.first - 2, here.first - 1));
      claim.guess = GuessedAt(here.first, here.end,
                              measure_before ? here.end : measure->begin);
    }
    claim.sentence_span = sentence.span;
    Span span = q.span;
    if (measure) {
      claim.measure_span = SpanOf(measure->begin, measure->end);
      // The measure is part of the claim's words when it stands by the
      // number ("thousands of rockets") or names the count before it.
      if (measure_before && measure->entry->head && !binding.list_item) {
        span.begin = claim.measure_span.begin;
      } else if (!measure_before && (measure->begin <= here.end + 1 ||
                                     // "101 storm-related deaths".
                                     (IsGluedHyphen(here.end + 1) &&
                                      measure->begin == here.end + 3))) {
        span.end = claim.measure_span.end;
      }
    }

    // Where: right after the number ("65 in Gaza"), else after the measure
    // ("killed in Gaza").
    Span place{};
    // People in flight count where they went, else where they left:
    // "refugees from Ukraine have arrived in Poland", "fled Ukraine".
    const MeasureMatch* flight =
        measure == nullptr ? nullptr
                           : FlightOf(*measure, found, sentence.end_token);
    // "two people died in that area", "died there": the place named before
    // it, or none.
    const bool referred_back = PlaceReferredBack(
        sentence.first_token, here.end,
        measure != nullptr && !measure_before ? measure->end : here.end,
        &place);
    // "two from Turkey", "five people from Syria" among the dead: where
    // they came from names whom the count is of, not where they died.
    Span origin{};
    const size_t origin_end =
        flight == nullptr && !referred_back &&
                IsOneOf(measure_name, {"deaths", "injured", "missing"})
            ? OriginAfter(here.end, sentence.end_token, &origin)
            : here.end;
    if (origin_end != here.end) {
      if (claim.subgroup.empty()) {
        claim.subgroup = PeopleFrom(CanonicalPlace(TextOf(text_, origin)));
        claim.subgroup_is_a_people = true;
      }
      span.end = std::max(span.end, origin.end);
    }
    if (referred_back) {
      // That place, or none: no place farther on is the count's.
    } else if (origin_end != here.end) {
      PlaceNear(origin_end, sentence.end_token, &place);
    } else if (flight != nullptr &&
               FlightPlace(*flight, sentence.end_token, &place)) {
      if (flight->begin <= here.end + 1) {
        span.end = std::max(span.end, place.end);
      }
    } else if (PlaceAfter(here.end, sentence.end_token, &place) != here.end) {
      span.end = std::max(span.end, place.end);
    } else if (q.value && *q.value > 0 && *q.value < 1 &&
               IsWordToken(here.end, "of") &&
               here.end + 2 < sentence.end_token &&
               IsWordToken(here.end + 1, "the") &&
               tokens_[here.end + 2].kind == TokenKind::kWord) {
      // A share names its whole: "a third of the city".
      place = SpanOf(here.end + 1, here.end + 3);
      span.end = std::max(span.end, place.end);
    } else if (binding.after_aside != 0) {
      PlaceNear(binding.after_aside, sentence.end_token, &place);
    } else if (!PlaceNear(here.end, sentence.end_token, &place) && measure &&
               !binding.list_item) {
      // After the measure: "killed in Gaza", or between a measure before the
      // number and the number: "the death toll in Gaza rose to 43".
      PlaceNear(measure->end, measure_before ? here.first : sentence.end_token,
                &place);
    }
    if (place.end == 0 && item_place.has_value()) place = *item_place;
    if (place.end == 0 && !referred_back) {
      PlaceBefore(
          provenance.claims_first,
          measure_before && !binding.list_item ? measure->begin : here.first,
          placed, &place);
      if (binding.list_item && place.end != 0) {
        span.begin = std::min(span.begin, place.begin);
      }
    }
    if (provenance.source.has_value()) {
      const Span& source = *provenance.source;
      claim.source = std::string(TextOf(text_, source));
      claim.source_span = source;
      // "Gaza officials": a body named after a place gives that place's
      // figures.
      if (place.end == 0 && !referred_back) {
        const size_t first = TokenAt(sentence, source.begin);
        size_t last = TokenAt(sentence, source.end);
        while (last > first && tokens_[last - 1].span.end > source.end) --last;
        SubjectPlace(first, last, /*counting=*/false, &place);
      }
    }
    if (place.end == 0 && !referred_back && provenance.topic_place) {
      place = *provenance.topic_place;
    }
    // "The Turkish death toll rose to 20,213", "Syrian deaths reached
    // 3,500": a country's adjective before a toll of casualties or cases
    // says whose it is (not before others: "Syrian refugees" are counted
    // where they went, "Chinese investment" may be anywhere).
    std::optional<std::string> adjectives_country;
    if (place.end == 0 && !referred_back && measure != nullptr &&
        measure_before &&
        IsOneOf(measure_name,
                {"deaths", "injured", "missing", "hospitalized", "cases"}) &&
        measure->begin > sentence.first_token &&
        IsCapitalizedWord(measure->begin - 1)) {
      adjectives_country = CountryOfAdjective(Text(measure->begin - 1));
    }
    // "Gaza death toll rises to 212", "Turkey quake toll passes 5,000": a
    // place's name before the toll (a headline's way), its cause between.
    if (!adjectives_country.has_value() && place.end == 0 && !referred_back &&
        measure != nullptr && measure_before &&
        IsOneOf(measure_name, {"deaths", "injured", "missing"}) &&
        IsOneOf(Text(measure->end - 1),
                {"toll", "tolls", "deaths", "casualties", "fatalities"}) &&
        measure->begin > sentence.first_token) {
      size_t name_end = measure->begin;
      if (name_end > sentence.first_token + 1 && IsCause(name_end - 1)) {
        --name_end;
      }
      if (const size_t name = PlaceNameBefore(sentence.first_token, name_end);
          name != name_end) {
        place = SpanOf(name, name_end);
      }
    }
    // "Russia says 1,351 of its soldiers have been killed": a side's
    // soldiers fall at the front, not where their side speaks from.
    if (place.end != 0 && place.end <= q.span.begin &&
        NamesASide(claim.subgroup) &&
        claim.subgroup == SoldiersOf(CanonicalPlace(TextOf(text_, place)))) {
      place = Span{};
    }
    if (adjectives_country.has_value()) {
      claim.location = *adjectives_country;
      claim.location_span = tokens_[measure->begin - 1].span;
    } else if (place.end != 0 && place.end - place.begin <= kMaxNameBytes) {
      claim.location = CanonicalPlace(TextOf(text_, place));
      claim.location_span = place;
      if (WidensThePlace(TokenAt(sentence, place.end))) {
        absl::StrAppend(&claim.location, " and its surroundings");
      }
      // "in southern Israel", "in northwestern Syria", "in northern
      // Lombok": a part of the place, whose count may be well below the
      // whole's ("southern Sindh" may also be the province, named by where
      // it lies: a part's figure only never contradicts the whole's).
      const size_t named = TokenAt(sentence, place.begin);
      claim.location_may_be_a_part =
          named > sentence.first_token &&
          tokens_[named - 1].kind == TokenKind::kWord &&
          !IsCapitalizedWord(named - 1) && IsCompassAdjective(Text(named - 1));
      // "At least 23 people were killed and more than 100 wounded in
      // Karabakh", "nine were killed and 34 wounded during the strike on
      // Ganja": a place closing two coordinated counts is both's, and
      // more precise than the country of the body that gave them
      // ("Azerbaijan's prosecutor reported that nine …"). (Not a place the
      // disaster struck: "… and 2,059 wounded in the quake that rocked
      // Marrakesh".)
      const size_t place_first = TokenAt(sentence, place.begin);
      Span target;
      if (place.begin >= q.span.end && here.first > 1 &&
          IsWordToken(here.first - 1, "and") && place_first > 0 &&
          (IsWordToken(place_first - 1, "in") ||
           IsWordToken(place_first - 1, "across") ||
           TargetAfter(place_first - 1, sentence.end_token, &target) !=
               place_first - 1) &&
          claims->size() > sentence_claims_begin) {
        NumericClaim& conjunct = claims->back();
        const bool placed_by_its_speaker =
            !conjunct.location.empty() &&
            conjunct.location_span.end <= conjunct.quantity.span.begin &&
            LiesIn(claim.location, conjunct.location);
        if ((conjunct.location.empty() || placed_by_its_speaker) &&
            conjunct.subgroup.empty() &&
            conjunct.span.end == tokens_[here.first - 2].span.end) {
          conjunct.location = claim.location;
          conjunct.location_span = place;
        }
      }
    }
    claim.time_span = NearestTime(times, here.first, here.end);
    // "50,000 people have been killed and another 1,300 died in Indian
    // Kashmir": after the same toll of another place, likewise, unless a
    // time after the first toll may make it that place's dead of a day
    // ("and another 20 in Rafah overnight").
    if (added_to_a_count && claims->size() > sentence_claims_begin) {
      const NumericClaim& before = claims->back();
      if (before.quantity.change == Change::kNone &&
          before.measure == claim.measure && !before.location.empty() &&
          !claim.location.empty() && before.location != claim.location &&
          (claim.time_span.end == 0 ||
           claim.time_span.end <= before.quantity.span.begin)) {
        claim.quantity.change = Change::kNone;
      }
    }
    claim.span = span;
    if (k > 0 && placed[k - 1].end + 1 == here.first &&
        IsWordToken(here.first - 1, "to") && placed[k - 1].first > 0 &&
        IsWordToken(placed[k - 1].first - 1, "from")) {
      claim.earlier = *placed[k - 1].quantity;
      // "the toll has risen from 225 to 326": the text also says the count
      // stood at 225, which an earlier report may bear out.
      if (ChangeVerbBefore(text_, tokens_, placed[k - 1].first - 1)) {
        NumericClaim earlier = EarlierFigureOf(
            claim, *claim.earlier,
            Span{std::min(span.begin,
                          tokens_[placed[k - 1].first - 1].span.begin),
                 claim.earlier->span.end});
        earlier.time_span = Span{};
        claims->push_back(std::move(earlier));
      }
    }
    claims->push_back(std::move(claim));
  }
}

std::vector<NumericClaim> FindNumericClaims(
    absl::string_view text, const std::vector<Token>& tokens,
    const std::vector<Sentence>& sentences,
    const std::vector<Quantity>& quantities) {
  std::vector<NumericClaim> claims;
  claims.reserve(quantities.size());
  ClaimFinder finder(text, tokens);
  size_t q = 0;
  std::vector<const Quantity*> in_sentence;
  const bool groups_with_commas = GroupsThousandsWithCommas(text);
  // The measure of the table whose rows the sentences are, if any.
  std::optional<MeasureMatch> table_heading;
  for (const Sentence& sentence : sentences) {
    in_sentence.clear();
    while (q < quantities.size() &&
           quantities[q].span.begin < sentence.span.end) {
      if (quantities[q].span.begin >= sentence.span.begin &&
          !(groups_with_commas && WrittenAsASlip(text, quantities[q]))) {
        in_sentence.push_back(&quantities[q]);
      }
      ++q;
    }
    const bool row = table_heading.has_value() && finder.IsTableRow(sentence);
    if (!in_sentence.empty()) {
      finder.AddSentence(sentence, in_sentence, row ? &*table_heading : nullptr,
                         &claims);
    }
    if (!row) table_heading = finder.TableHeading(sentence);
  }
  // Measures and places the words around a claim revise come first: a
  // story restates its headline's figure by what it counts and where.
  KeepAdditionsOfAnotherMeasure(text, tokens, sentences, &claims);
  ReadCasualtiesAsDeaths(text, tokens, sentences, &claims);
  ReadDeathsTheTextCountsAsCasualties(&claims);
  ReadCountsThatBringATotalAsIncreases(text, tokens, &claims);
  PlaceTotalsWhereTheirIncreaseIs(text, tokens, &claims);
  PlaceByTheirStory(text, tokens, sentences, &claims);
  PlaceBreakdownsWhereTheirTotalIs(text, &claims);
  LeaveTollsOfTwoCountriesUnplaced(&claims);
  CountPeoplesAsAGroupOnlyAbroad(&claims);
  return claims;
}

}  // namespace factcheck::extract
