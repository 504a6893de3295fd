// PlaceFinder: where what a number counts was struck: the target of a
// campaign ("airstrikes on Gaza"), the place a clause's subject struck ("a
// missile hit a railway station in Kramatorsk"), a venue's place ("two
// mosques in Christchurch"), the place a few words from a number, and the
// country "the country" means.
#include <string>

#include "absl/strings/ascii.h"
#include "server/extract/claim_places.h"
#include "server/extract/places.h"

namespace factcheck::extract {

size_t PlaceFinder::TargetAfter(size_t i, size_t limit, Span* place) const {
  if (i == 0 || tokens_[i - 1].kind != TokenKind::kWord) return i;
  // One strike's too: "a strike on Ganja killed nine" counts that strike's
  // dead in Ganja, a toll of one attack (NumericClaim::one_attack) that the
  // verifier weighs only against another attack's.
  const absl::string_view attack = Text(i - 1);
  // "the shelling of Kharkiv", but not "the attacks of 9/11".
  const bool of_target =
      IsWordToken(i, "of") &&
      IsOneOf(attack, {"shelling", "bombardment", "bombings", "siege"});
  const bool on_target =
      IsWordToken(i, "on") &&
      IsOneOf(attack, {"strikes", "airstrikes", "attacks", "raids", "shelling",
                       "bombardment", "bombings", "offensive", "strike",
                       "airstrike", "attack", "raid", "assault"});
  if (!of_target && !on_target) return i;
  return NamedPlaceAfter(i, limit, /*known_only=*/true, place);
}

bool PlaceFinder::PlaceNear(size_t i, size_t limit, Span* place) const {
  // A cause between the count and its place is a longer way: "the toll
  // from the novel coronavirus outbreak in China", "the toll in the
  // powerful earthquake which struck Nepal".
  const size_t window =
      IsWordToken(i, "from") || IsWordToken(i, "of") || IsWordToken(i, "in")
          ? 7
          : 5;
  for (size_t t = i; t < limit && t < i + window; ++t) {
    // "displaced by the floods in Libya": a disaster's place is its
    // victims'; another agent's is not ("fired by militants in Gaza").
    if (IsWordToken(t, "by")) {
      size_t agent = IsWordToken(t + 1, "the") ? t + 2 : t + 1;
      // "by Russian shelling".
      if (Valid(agent + 1) && !IsCause(agent) && IsCause(agent + 1)) ++agent;
      if (!Valid(agent) || !IsCause(agent)) return false;
      t = agent;
      continue;
    }
    if (tokens_[t].kind != TokenKind::kWord || IsWordToken(t, "and")) {
      return false;
    }
    if (PlaceOrTargetAfter(t, limit, place)) return true;
    // "killed at a railway station in Kramatorsk", "the airstrikes on the
    // railway station in Kramatorsk": where the venue is.
    if ((IsWordToken(t, "at") || IsWordToken(t, "on")) &&
        PlaceOfVenue(t + 1, limit, place) != t + 1) {
      return true;
    }
    if (PlaceStruckWhen(t, limit, place)) return true;
    // "Death Toll Of Morocco Earthquake Rises": a known place naming the
    // disaster (not after a compass point: "southwest China's floods" struck
    // a part of China).
    if (const size_t name_end = PlaceNameEnd(t, limit);
        name_end != t && name_end < limit && IsCause(name_end) &&
        !(t > i && IsCompassAdjective(absl::AsciiStrToLower(Text(t - 1))))) {
      *place = SpanOf(t, name_end);
      return true;
    }
    // "the toll from flooding that hit Derna": the disaster's place, when
    // it names the count's cause (a sentence saying where a quake struck
    // may count its victims nationwide).
    if (IsStrikeVerb(Text(t)) && t > i &&
        (IsWordToken(t - 1, "that") || IsWordToken(t - 1, "which")) &&
        NamedPlaceAfter(t, limit, /*known_only=*/true, place) != t) {
      return true;
    }
  }
  return false;
}

size_t PlaceFinder::AfterPlaceDescription(size_t k, size_t limit) const {
  // Words that describe the place they stand before, whole.
  static const WordSet* const kDescriptions = new WordSet(
      {"besieged", "blockaded", "embattled", "neighbouring", "neighboring",
       "nearby", "impoverished", "landlocked", "devastated", "battered",
       "stricken", "restive", "divided", "breakaway", "separatist",
       "secessionist", "disputed", "mountainous"});
  // Words that say who holds what they stand before: all of a territory
  // ("the occupied West Bank", "annexed Crimea"), but only a part of a
  // country ("occupied Ukraine").
  static const WordSet* const kHoldings = new WordSet({"occupied", "annexed"});
  // The participles of "war-torn", "quake-hit", "flood-ravaged" describe;
  // those of "Hamas-run", "rebel-held", "government-controlled" hold.
  static const WordSet* const kDescribingParticiples =
      new WordSet({"torn", "hit", "struck", "ravaged", "stricken", "affected",
                   "battered", "devastated", "wracked", "racked"});
  if (!Valid(k) || tokens_[k].kind != TokenKind::kWord) return k;
  size_t after = k;
  bool holds = false;
  if (!IsCapitalizedWord(k) && IsWordIn(*kDescriptions, k)) {
    after = k + 1;
  } else if (!IsCapitalizedWord(k) && IsWordIn(*kHoldings, k)) {
    after = k + 1;
    holds = true;
  } else if (Valid(k + 2) && IsSymbol(k + 1, "-") &&
             !tokens_[k + 1].space_before && !tokens_[k + 2].space_before &&
             tokens_[k + 2].kind == TokenKind::kWord) {
    // Not "Indian-administered Kashmir": a country holding a part of a
    // divided region names that part (HeldPartNameAt).
    if (IsWordIn(*kDescribingParticiples, k + 2)) {
      after = k + 3;
    } else if ((IsHeldParticiple(Text(k + 2)) ||
                IsOneOf(Text(k + 2), {"administered", "occupied"})) &&
               !CountryOfAdjective(Text(k)).has_value() &&
               CountriesOf(CanonicalPlace(Text(k))).empty()) {
      after = k + 3;
      holds = true;
    }
  }
  if (after == k || !Valid(after) || !IsCapitalizedWord(after)) return k;
  if (holds) {
    const size_t name_end = PlaceNameEnd(after, limit);
    if (name_end != after &&
        IsCountry(CanonicalPlace(TextOf(text_, SpanOf(after, name_end))))) {
      return k;
    }
  }
  return after;
}

size_t PlaceFinder::PlaceOfVenue(size_t k, size_t limit, Span* place) const {
  if (!Valid(k) || !(IsOneOf(Text(k), {"a", "an", "the", "two", "three", "four",
                                       "five", "several", "both"}) ||
                     tokens_[k].kind == TokenKind::kDigits)) {
    return k;
  }
  // "the railway station", "an elementary school": lower-case words only,
  // so that a named venue ("St Sebastian Church") is no venue of a place
  // it names after.
  constexpr size_t kMaxVenueWords = 3;
  size_t in = k + 1;
  while (in < limit && in <= k + kMaxVenueWords &&
         tokens_[in].kind == TokenKind::kWord && !IsCapitalizedWord(in) &&
         !IsOneOf(Text(in), {"in", "and", "or", "of", "that", "which"})) {
    ++in;
  }
  if (in == k + 1 || !IsWordToken(in, "in")) return k;
  const size_t end = PlaceAfter(in, limit, place);
  return end == in ? k : end;
}

bool PlaceFinder::PlaceStruck(size_t first, size_t limit, Span* place) const {
  // The clause's subject, then its verb: "two Russian missiles reportedly
  // struck".
  constexpr size_t kMaxSubjectTokens = 6;
  for (size_t verb = first; verb < limit && verb < first + kMaxSubjectTokens;
       ++verb) {
    if (tokens_[verb].kind == TokenKind::kSymbol) return false;
    // "a residential building partially collapsed in Surfside": what fell
    // fell where its place is said.
    if (IsOneOf(Text(verb), {"collapsed", "exploded", "erupted"})) {
      return (IsWordToken(verb + 1, "in") || IsWordToken(verb + 1, "at")) &&
             (PlaceAfter(verb + 1, limit, place) != verb + 1 ||
              PlaceOfVenue(verb + 2, limit, place) != verb + 2);
    }
    if (!IsStrikeVerb(Text(verb))) continue;
    return NamedPlaceAfter(verb, limit, /*known_only=*/true, place) != verb ||
           PlaceOfVenue(verb + 1, limit, place) != verb + 1;
  }
  return false;
}

bool PlaceFinder::PlaceOfALocalEvent(size_t first, size_t limit,
                                     Span* place) const {
  // Events that strike one place. Not a quake, a storm or floods: "The
  // earthquake struck Gorkha, killing 8,000" counts its dead nationwide.
  // An explosion's are where it went off: "Two enormous explosions
  // devastated Beirut's port, leaving at least 73 people dead"; a
  // gunman's where he fired ("A gunman opened fire at a concert in Las
  // Vegas, killing 58"); a crush's, a fire's where they were; a building's
  // where it fell ("A bridge collapsed in Genoa, killing 43").
  static const WordSet* const kLocalEvents = new WordSet(
      {"aftershock", "landslide", "mudslide",   "rockslide", "avalanche",
       "tornado",    "explosion", "explosions", "blast",     "blasts",
       "gunman",     "gunmen",    "shooter",    "shooting",  "bomber",
       "bombing",    "stampede",  "crush",      "fire",      "blaze"});
  constexpr size_t kMaxSubjectTokens = 4;
  for (size_t t = first; t < limit && t < first + kMaxSubjectTokens; ++t) {
    if (!IsWordIn(*kLocalEvents, t) &&
        !BuiltSiteNouns().Contains(text_, tokens_[t])) {
      continue;
    }
    // Whatever its verb ("broke out", "opened fire"), where the clause
    // says it happened.
    return PlaceStruck(t + 1, limit, place) || PlaceInOrAt(t + 1, limit, place);
  }
  return false;
}

bool PlaceFinder::PlaceInOrAt(size_t first, size_t limit, Span* place) const {
  // Within the clause, and a clause's length at most: a sentence of many
  // such clauses ("5 killed after gunmen fired 5 killed after …") is read
  // in linear time.
  constexpr size_t kMaxClauseTokens = 24;
  for (size_t at = first; at < limit && at < first + kMaxClauseTokens; ++at) {
    if (IsSymbol(at, ",") || IsSymbol(at, ";") || IsSymbol(at, ".")) break;
    if (!IsWordToken(at, "in") && !IsWordToken(at, "at")) continue;
    // "at the Mandalay Bay Resort and Casino in Las Vegas": a name no
    // gazetteer knows may be the venue's; the place is read on.
    if (NamedPlaceAfter(at, limit, /*known_only=*/true, place) != at ||
        PlaceOfVenue(at + 1, limit, place) != at + 1) {
      return true;
    }
  }
  return false;
}

std::string PlaceFinder::CountryMeant(const Sentence& sentence,
                                      const std::string& story_country) const {
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    Span place;
    if (IsStrikeVerb(Text(t)) &&
        NamedPlaceAfter(t, sentence.end_token, /*known_only=*/true, &place) !=
            t) {
      std::string struck = CanonicalPlace(TextOf(text_, place));
      return IsCountry(struck) ? struck : story_country;
    }
  }
  return story_country;
}

}  // namespace factcheck::extract
