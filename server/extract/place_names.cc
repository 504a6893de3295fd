// PlaceFinder: where a place's name begins and ends in the tokens, and
// lists of places.
#include <vector>

#include "server/extract/claim_places.h"
#include "server/extract/places.h"

namespace factcheck::extract {

bool PlaceFinder::IsNameParticle(size_t t) const {
  return tokens_[t].kind == TokenKind::kWord && !IsCapitalizedWord(t) &&
         IsOneOf(Text(t), {"del", "de", "da", "do", "dos", "das", "di", "la",
                           "el", "es", "al", "ul", "sur", "upon"});
}

bool PlaceFinder::IsHyphenedParticle(size_t t) const {
  // Glued between hyphens first: most words are not.
  return t >= 2 && IsGluedHyphen(t - 1) && IsGluedHyphen(t + 1) &&
         tokens_[t].kind == TokenKind::kWord && !IsCapitalizedWord(t) &&
         IsCapitalizedWord(t - 2) && IsCapitalizedWord(t + 2) &&
         IsOneOf(Text(t),
                 {"au", "aux", "de", "du", "des", "la", "le", "les", "en",
                  "sur", "sous", "upon", "on", "di", "del", "da"});
}

bool PlaceFinder::JoinsName(size_t t) const {
  if (t == 0 || !Valid(t + 1)) return false;
  // "Port-au-Prince": the particle and the hyphens around it.
  if (tokens_[t].kind == TokenKind::kSymbol
          ? IsSymbol(t, "-") &&
                (IsHyphenedParticle(t - 1) || IsHyphenedParticle(t + 1))
          : IsHyphenedParticle(t)) {
    return true;
  }
  // "Azad Jammu and Kashmir", "Gilgit-Baltistan", "Pinar del Rio": between
  // two capitalised words of one name.
  if (!IsCapitalizedWord(t - 1) || !IsCapitalizedWord(t + 1)) {
    return false;
  }
  return IsWordToken(t, "and") || IsNameParticle(t) || IsGluedHyphen(t);
}

size_t PlaceFinder::AbbreviatedPlaceEnd(size_t first, size_t limit) const {
  // As long as the longest part of an abbreviation of a place ("Calif").
  constexpr size_t kLongestPart = 5;
  // The period first: most words have none after them.
  if (!IsSymbol(first + 1, ".") || !IsCapitalizedWord(first) ||
      Text(first).size() > kLongestPart) {
    return first;
  }
  size_t end = first;
  for (size_t t = first;
       t + 1 < limit && IsSymbol(t + 1, ".") && !tokens_[t + 1].space_before;
       t += 2) {
    end = t + 2;
    // "U.S.": another letter glued after the period.
    if (!IsCapitalizedWord(t + 2) || tokens_[t + 2].space_before ||
        Text(t + 2).size() > 2) {
      break;
    }
  }
  if (end == first ||
      !PlaceAbbreviated(TextOf(text_, SpanOf(first, end))).has_value()) {
    return first;
  }
  return end;
}

size_t PlaceFinder::PlaceNameEnd(size_t first, size_t limit) const {
  if (const size_t abbreviation_end = AbbreviatedPlaceEnd(first, limit);
      abbreviation_end != first) {
    return abbreviation_end;
  }
  size_t run = first;
  while (run < limit && run < first + kMaxNameWords &&
         ((IsCapitalizedWord(run) && !EndsTitleCasePlace(run)) ||
          (run > first && JoinsName(run)))) {
    ++run;
  }
  // Asked once, not once for every length tried.
  const bool may_begin = run > first && MayBeginPlaceName(Text(first));
  for (size_t end = run; end > first; --end) {
    // A name ends with a capitalised word, never with what joins two
    // ("Port-au-", "Pinar del"): not asked.
    if (!IsCapitalizedWord(end - 1)) continue;
    // "Lee County’s fatality count": the possessive is no part of the name.
    if (IsPlaceKindNoun(WithoutPossessive(Text(end - 1))) && end - first >= 2) {
      return end;
    }
    if (may_begin &&
        !CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(first, end))))
             .empty()) {
      return end;
    }
  }
  return first;
}

size_t PlaceFinder::PlaceNameBefore(size_t first, size_t end) const {
  const size_t farthest =
      end > first + kMaxNameWords ? end - kMaxNameWords : first;
  size_t begin = end;
  while (begin > farthest) {
    if (IsCapitalizedWord(begin - 1) || (begin < end && JoinsName(begin - 1))) {
      --begin;
    } else if (begin >= farthest + 2 && IsSymbol(begin - 1, ".") &&
               !tokens_[begin - 1].space_before &&
               Text(begin - 2).size() == 1 && IsCapitalizedWord(begin - 2)) {
      // "The U.S. death toll": an initial and its stop.
      begin -= 2;
    } else {
      break;
    }
  }
  // "Pakistan-controlled Kashmir, where …": a part of a divided region,
  // named by its holder (HeldPartNameAt).
  if (begin < end && begin >= farthest + 3 &&
      HeldPartNameAt(begin - 3, end) == begin) {
    return begin - 3;
  }
  for (; begin < end; ++begin) {
    if (PlaceNameEnd(begin, end) == end) return begin;
  }
  return end;
}

std::vector<Span> PlaceFinder::PlaceListAt(size_t first, size_t limit,
                                           size_t* end) const {
  std::vector<Span> places;
  size_t t = first;
  *end = first;
  while (t < limit) {
    // "southwest Balochistan and northwest Khyber Pakhtunkhwa".
    if (IsCompassAdjective(Text(t)) && IsCapitalizedWord(t + 1)) ++t;
    const size_t name_end = PlaceNameEnd(t, limit);
    if (name_end == t) break;
    places.push_back(SpanOf(t, name_end));
    *end = name_end;
    t = name_end;
    if (IsSymbol(t, ",")) ++t;
    if (IsWordToken(t, "and")) ++t;
  }
  return places;
}

}  // namespace factcheck::extract
