// ClaimFinder: the claims a number makes by going on from the claim before
// it, in its sentence or the one before.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "server/extract/claim_finder.h"
#include "server/extract/places.h"

namespace factcheck::extract {

namespace {

// Verbs whose bare number in a second clause counts what the first clause
// counted with the same verb: "confirmed six deaths, while Lee County
// officials confirmed five".
const WordSet& ParallelVerbs() {
  static const WordSet* const kVerbs =
      new WordSet({"confirmed", "reported", "recorded", "registered", "counted",
                   "reports", "records", "confirms"});
  return *kVerbs;
}

// "… each had eight confirmed deaths, while Monroe County had seven": a
// verb of having is parallel only before a number that ends its clause
// ("had seven shelters" counts shelters).
bool IsHavingVerb(absl::string_view word) {
  return IsOneOf(word, {"had", "has", "have"});
}

// A claim for `q` that counts what `previous`, the claim before it, counts
// (its measure, source and place until the caller says otherwise): the next
// item of its list, a part of it ("107 injured in the past 24 hours,
// including 41 women"), a parallel clause's count. A part of an increase is
// an increase; the earlier figure was the previous claim's.
NumericClaim FollowingClaim(const NumericClaim& previous, const Quantity& q) {
  NumericClaim claim = previous;
  claim.quantity = q;
  if (claim.quantity.change == Change::kNone) {
    claim.quantity.change = previous.quantity.change;
  }
  claim.earlier.reset();
  return claim;
}

}  // namespace

bool ClaimFinder::AddsClaimGoingOn(
    const Sentence& sentence, const std::vector<Placed>& placed, size_t k,
    const std::vector<MeasureMatch>& found, const Provenance& provenance,
    const std::vector<Time>& times, size_t sentence_claims_begin,
    Binding* binding, std::vector<NumericClaim>* claims) const {
  const Placed& here = placed[k];
  const Quantity& q = *here.quantity;
  // "killed 65 people, including 44 children": the subgroup shares the
  // sentence's measure.
  if (binding->measure == nullptr && !binding->subgroup.empty() &&
      claims->size() > sentence_claims_begin && here.first > 0 &&
      (IsWordToken(here.first - 1, "including") ||
       IsWordToken(here.first - 1, "includes") ||
       IsWordToken(here.first - 1, "include") ||
       IsWordToken(here.first - 1, "among") ||
       // "killed, among them 31 children".
       (here.first > 1 && IsWordToken(here.first - 1, "them") &&
        IsWordToken(here.first - 2, "among")) ||
       IsWordToken(here.first - 1, "whom") || IsSymbol(here.first - 1, ",") ||
       // "19 fourth-graders and their two teachers", "729 troops have
       // been killed, along with 36 civilians". (Not "as well as", which
       // closes breakdowns: "31 men, 25 women, …, as well as 6 children
       // and 156 adults whose sex is yet unknown" is no count of all the
       // children.)
       ((IsWordToken(here.first - 1, "and") ||
         (here.first > 1 && IsWordToken(here.first - 2, "and") &&
          IsOneOf(Text(here.first - 1), {"their", "his", "her", "its"})) ||
         (here.first > 1 && IsWordToken(here.first - 1, "with") &&
          IsWordToken(here.first - 2, "along"))) &&
        !claims->back().subgroup.empty()))) {
    NumericClaim claim = FollowingClaim(claims->back(), q);
    claim.subgroup = std::move(binding->subgroup);
    claim.subgroup_is_a_people = binding->subgroup_is_a_people;
    claim.subgroup_at_home = std::move(binding->subgroup_at_home);
    claim.claimed_by = ClaimedBy(claim, sentence, here, provenance);
    claim.span = SpanOf(here.first, binding->subgroup_end);
    Span place;
    if (PlaceAfter(binding->subgroup_end, sentence.end_token, &place) !=
        binding->subgroup_end) {
      claim.location = CanonicalPlace(TextOf(text_, place));
      claim.location_span = place;
      claim.location_from_document = false;
      // "killed 19 children and two teachers in Texas": a place closing
      // a coordination is the place of a conjunct that has none.
      NumericClaim& conjunct = claims->back();
      if (!IsSymbol(here.first - 1, ",") && !conjunct.subgroup.empty() &&
          conjunct.location.empty()) {
        conjunct.location = claim.location;
        conjunct.location_span = place;
      }
    }
    claims->push_back(std::move(claim));
    return true;
  }
  // The next item of the list the last claim is an item of, at `place`
  // (named `name`, else as written).
  auto add_list_item = [&](Span place, std::string name = "") {
    NumericClaim claim = FollowingClaim(claims->back(), q);
    claim.location =
        name.empty() ? CanonicalPlace(TextOf(text_, place)) : std::move(name);
    claim.location_from_document = false;
    claim.location_span = place;
    claim.span = {std::min(q.span.begin, place.begin),
                  std::max(q.span.end, place.end)};
    // Another sentence's time words are not this item's.
    if (claim.sentence_span.begin != sentence.span.begin) {
      claim.sentence_span = sentence.span;
      claim.time_span = Span{};
    }
    claim.subgroup.clear();
    claims->push_back(std::move(claim));
  };
  // "caused 1,293 deaths in Al Haouz, 452 in Taroudant and 15 in
  // Marrakech": a list of counts by place shares the first one's measure,
  // and so does an item that names its people only ("killed 126 people
  // in Gaza, including 31 children, and eight people in Israel").
  const bool names_people_only = binding->measure != nullptr &&
                                 binding->measure->entry->subject &&
                                 binding->measure->begin == here.end &&
                                 binding->measure->entry->measure == "people";
  if ((binding->measure == nullptr || names_people_only) &&
      claims->size() > sentence_claims_begin &&
      !claims->back().location.empty() &&
      claims->back().quantity.span.end <= q.span.begin) {
    // "five each in Volusia and Collier counties": one item per place.
    if (const std::vector<EachPlace> each = EachPlaces(here, sentence);
        !each.empty()) {
      for (const EachPlace& place : each) add_list_item(place.span, place.name);
      return true;
    }
    if (const std::optional<Span> place = ListItemPlace(sentence, placed, k)) {
      add_list_item(*place);
      return true;
    }
  }
  // The first number of a sentence that names no measure at all, right
  // after a sentence that ended with a claim: it may go on with that one.
  const bool goes_on_from_the_sentence_before =
      binding->measure == nullptr && k == 0 && found.empty() &&
      claims->size() == sentence_claims_begin && !claims->empty() &&
      claims->back().sentence_span.end <= sentence.span.begin &&
      sentence.span.begin - claims->back().sentence_span.end <= 3;
  // "… including 53 in Lee County. Also reported were seven in Monroe
  // County; six in Sarasota County": the list by place the sentence
  // before ended goes on.
  if (goes_on_from_the_sentence_before && !claims->back().location.empty() &&
      !claims->back().location_from_document) {
    if (const std::optional<Span> place = ItemPlace(sentence, here)) {
      add_list_item(*place);
      return true;
    }
  }
  // "The death toll reached 206. This number includes 91 in Suzu, 83 in
  // Wajima": parts by place of the count the sentence before ended with
  // (the list's next items go on as any list by place).
  if (goes_on_from_the_sentence_before && AfterInclude(here.first) &&
      OpensWithTheFigure(sentence, here.first)) {
    if (const std::optional<Span> place = ItemPlace(sentence, here)) {
      add_list_item(*place);
      return true;
    }
  }
  // "The death toll rose to 2,207. The previous figure had been 2,189":
  // a sentence whose subject is the figure itself, naming no measure,
  // gives the count the sentence right before ended with, at its place.
  if (goes_on_from_the_sentence_before &&
      OpensWithTheFigure(sentence, here.first)) {
    NumericClaim claim = FollowingClaim(claims->back(), q);
    claim.quantity = q;
    claim.sentence_span = sentence.span;
    claim.span = SpanOf(sentence.first_token, here.end);
    claim.time_span = NearestTime(times, here.first, here.end);
    claim.earlier_figure = StatedAsEarlier(sentence, here.first);
    claims->push_back(std::move(claim));
    return true;
  }
  // "Officials in Charlotte County confirmed six deaths, while Lee County
  // officials confirmed five": the same verb before a bare number in a
  // clause of its own counts what the first clause counted.
  const bool ends_clause = here.end >= sentence.end_token ||
                           tokens_[here.end].kind == TokenKind::kSymbol;
  if (binding->measure == nullptr && claims->size() > sentence_claims_begin &&
      here.first > 0 &&
      (IsWordIn(ParallelVerbs(), here.first - 1) ||
       (ends_clause && tokens_[here.first - 1].kind == TokenKind::kWord &&
        IsHavingVerb(Text(here.first - 1))))) {
    const NumericClaim& previous = claims->back();
    const size_t previous_first =
        TokenAt(sentence, previous.quantity.span.begin);
    const auto match =
        std::find_if(found.begin(), found.end(), [&](const MeasureMatch& m) {
          return tokens_[m.begin].span.begin == previous.measure_span.begin;
        });
    if (previous_first > 0 && match != found.end() &&
        absl::EqualsIgnoreCase(Text(previous_first - 1),
                               Text(here.first - 1))) {
      // Its place is its own clause's, or none: never the first clause's.
      NumericClaim claim = FollowingClaim(previous, q);
      Span place;
      claim.location.clear();
      claim.location_span = Span{};
      claim.location_from_document = false;
      if (PlaceBefore(previous_first + 1, here.first, placed, &place)) {
        claim.location = CanonicalPlace(TextOf(text_, place));
        claim.location_span = place;
      }
      claim.span = q.span;
      claim.time_span = Span{};
      claim.subgroup.clear();
      claims->push_back(std::move(claim));
      return true;
    }
  }
  return false;
}

}  // namespace factcheck::extract
