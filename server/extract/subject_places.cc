// PlaceFinder: the place a clause's subject names, and the verbs by which
// a place gives its own count ("Florida has recorded", "Chile raised its
// death toll").

#include "server/extract/calendar.h"
#include "server/extract/claim_places.h"
#include "server/extract/headlines.h"
#include "server/extract/places.h"

namespace factcheck::extract {

bool IsCountingVerb(absl::string_view word) {
  static constexpr absl::string_view kVerbs[] = {
      "has", "had", "have", "also", "now", "reported", "reports", "recorded",
      "records", "confirmed", "confirms", "counted", "counts", "registered",
      "suffered", "saw", "sees",
      // "Romania has received 422,000 refugees".
      "received", "receives", "hosted", "hosts", "admitted", "welcomed"};
  return IsOneOf(word, kVerbs);
}

namespace {

// Verbs by which a place revises its own count: "Chile raised its death
// toll".
bool IsRevisingVerb(absl::string_view word) {
  static constexpr absl::string_view kVerbs[] = {
      "raised", "raises",  "revised", "revises", "lowered",
      "lowers", "updated", "updates", "put",     "puts"};
  return IsOneOf(word, kVerbs);
}

}  // namespace

size_t PlaceFinder::AfterOpeners(size_t first, size_t end) const {
  static const WordSet* const kOpeners =
      new WordSet({"and", "while", "but", "also", "meanwhile"});
  while (first < end && IsWordIn(*kOpeners, first)) ++first;
  if (first < end && IsWordToken(first, "the")) ++first;
  return first;
}

bool PlaceFinder::PlaceHasCounted(size_t first, size_t end, Span* place) const {
  first = AfterOpeners(first, end);
  const size_t name_end = PlaceNameEnd(first, end);
  if (name_end == first) return false;
  size_t verbs = name_end;
  // "Sindh province has recorded 500".
  if (verbs < end && IsPlaceKindNoun(Text(verbs))) ++verbs;
  if (IsSymbol(verbs, ",")) {
    // An aside: "Lee County, where the storm made landfall, has had".
    for (size_t t = end; t > verbs + 1; --t) {
      if (IsSymbol(t - 1, ",")) {
        verbs = t;
        break;
      }
    }
    if (!IsSymbol(verbs - 1, ",")) return false;
  }
  if (verbs == end) return false;
  for (size_t t = verbs; t < end; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) return false;
    if (IsCountingVerb(Text(t))) continue;
    // "Zimbabwe on Wednesday updated the number of dead to 344": when, not
    // who.
    if (IsOneOf(Text(t), {"yesterday", "today", "earlier", "later"})) continue;
    if (IsWordToken(t, "on") && t + 1 < end &&
        IsWeekday(WithoutPossessive(Text(t + 1)))) {
      ++t;
      continue;
    }
    // "Chile raised its death toll to 1,250", "put the toll at 1,250": a
    // verb revising the count the measure after it names.
    if (t + 2 == end && IsRevisingVerb(Text(t)) &&
        IsOneOf(Text(t + 1), {"its", "the"})) {
      break;
    }
    return false;
  }
  *place = SpanOf(first, name_end);
  return true;
}

bool PlaceFinder::SubjectPlace(size_t first, size_t verb, bool counting,
                               Span* place) const {
  if (first >= verb) return false;
  // "In Lee County the sheriff said": the opening frames the sentence.
  if (IsWordToken(first, "in") && PlaceAfter(first, verb, place) != first) {
    return true;
  }
  const size_t subject = AfterOpeners(first, verb);
  if (const size_t name_end = PlaceNameEnd(subject, verb);
      name_end != subject) {
    // "Israel-Gaza fighting": the parties a fight is named for, no place.
    if (IsSymbol(name_end, "-") && !tokens_[name_end].space_before &&
        IsCapitalizedWord(name_end + 1)) {
      return false;
    }
    // "Florida reported", "Florida has reported": the place itself.
    bool bare = true;
    for (size_t t = name_end; t < verb; ++t) {
      if (tokens_[t].kind != TokenKind::kWord) break;
      if (IsOfficeWord(Text(t))) {
        *place = SpanOf(subject, name_end);
        return true;
      }
      bare = bare && IsCountingVerb(Text(t));
    }
    if (bare) *place = SpanOf(subject, name_end);
    return bare;
  }
  return counting && subject + 1 < verb && IsOfficeWord(Text(subject)) &&
         PlaceAfter(subject + 1, verb, place) != subject + 1;
}

}  // namespace factcheck::extract
