// CountPlaces: the place of a count in a list of places ("14 and 6 died
// in Chittagong and Barisal respectively", "five each in Volusia and
// Collier counties", "1,293 in Al Haouz, 452 in Taroudant").
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "server/extract/count_places.h"
#include "server/extract/numbers.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// "provinces", "counties", "states": the kind of several places.
bool IsPlaceKindPlural(absl::string_view word) {
  if (word == "states") return true;
  if (absl::ConsumeSuffix(&word, "ies")) {
    return IsPlaceKindNoun(absl::StrCat(word, "y"));
  }
  return absl::ConsumeSuffix(&word, "s") && IsPlaceKindNoun(word);
}

}  // namespace

bool CountPlaces::SaysRespectively(size_t from) const {
  // It closes the clause of its counts ("14 and 6 people died
  // respectively"): read no further, so that each count of a long sentence
  // costs a bounded read.
  constexpr size_t kMaxTokensAhead = 64;
  for (size_t t = from;
       Valid(t) && t < from + kMaxTokensAhead && !IsSymbol(t, "."); ++t) {
    if (IsWordToken(t, "respectively")) return true;
  }
  return false;
}

bool CountPlaces::PlaceInOrder(const std::vector<Span>& places, size_t after,
                               size_t end,
                               const std::vector<PlacedNumber>& placed,
                               Span* place) const {
  // The numbers are in text order: those between are found, not counted
  // one by one.
  const auto starts_by = [&placed](size_t token) {
    return std::partition_point(
        placed.begin(), placed.end(),
        [token](const PlacedNumber& other) { return other.first <= token; });
  };
  const size_t index =
      end > after + 1
          ? static_cast<size_t>(starts_by(end - 1) - starts_by(after))
          : 0;
  if (places.size() < 2 || index >= places.size()) return false;
  *place = places[index];
  return true;
}

bool CountPlaces::RespectivePlace(size_t first, size_t verb, size_t end,
                                  const std::vector<PlacedNumber>& placed,
                                  Span* place) const {
  if (!SaysRespectively(end)) return false;
  // "Balochistan and Khyber Pakhtunkhwa provinces, which reported".
  size_t list_limit = verb;
  if (list_limit > first && IsOneOf(Text(list_limit - 1), {"which", "that"})) {
    --list_limit;
    if (IsSymbol(list_limit - 1, ",")) --list_limit;
  }
  if (list_limit > first && IsPlaceKindPlural(Text(list_limit - 1))) {
    --list_limit;
  }
  // "Sindh and Gilgit-Baltistan": a hyphen joins a name's words.
  size_t subject = list_limit;
  while (subject > first &&
         (IsCapitalizedWord(subject - 1) || IsSymbol(subject - 1, ",") ||
          IsWordToken(subject - 1, "and") || JoinsName(subject - 1) ||
          IsCompassAdjective(Text(subject - 1)))) {
    --subject;
  }
  size_t list_end = subject;
  const std::vector<Span> places = PlaceListAt(subject, list_limit, &list_end);
  if (list_end != list_limit) return false;
  return PlaceInOrder(places, verb, end, placed, place);
}

std::vector<CountPlaces::EachPlace> CountPlaces::EachPlaces(
    const PlacedNumber& here, const Sentence& sentence) const {
  std::vector<EachPlace> places;
  if (!IsWordToken(here.end, "each") || !IsWordToken(here.end + 1, "in")) {
    return places;
  }
  // "Volusia and Collier counties": names the kind after them makes
  // places, each a county named as one.
  std::vector<Span> names;
  size_t t = here.end + 2;
  while (t < sentence.end_token && IsCapitalizedWord(t)) {
    const size_t first = t;
    while (t < sentence.end_token && IsCapitalizedWord(t)) ++t;
    names.push_back(SpanOf(first, t));
    if (IsSymbol(t, ",")) ++t;
    if (IsWordToken(t, "and")) ++t;
  }
  if (names.size() < 2) return {};
  const bool counties = IsWordToken(t, "counties");
  size_t list_end = here.end + 2;
  if (!counties &&
      PlaceListAt(here.end + 2, sentence.end_token, &list_end).size() !=
          names.size()) {
    return {};
  }
  for (const Span& name : names) {
    const absl::string_view written = TextOf(text_, name);
    places.push_back(
        {name, CanonicalPlace(counties ? absl::StrCat(written, " County")
                                       : std::string(written))});
  }
  return places;
}

std::optional<Span> CountPlaces::ItemPlace(const Sentence& sentence,
                                           const PlacedNumber& here) const {
  Span place;
  // "and 980 others in Taroudant", "and eight people in Israel".
  const size_t after =
      IsWordToken(here.end, "others") || IsWordToken(here.end, "people")
          ? here.end + 1
          : here.end;
  if (PlaceAfter(after, sentence.end_token, &place) != after) {
    return place;
  }
  // "and 300 across the border in Argentina".
  if (const size_t preposition = AfterLeadIn(after, sentence.end_token);
      preposition != after &&
      PlaceAfter(preposition, sentence.end_token, &place) != preposition) {
    return place;
  }
  // "1,830,711 fled to Poland, 459,485 – to Romania": a dash stands for the
  // list's verb.
  if (IsSymbol(here.end, "\xE2\x80\x93") ||
      IsSymbol(here.end, "\xE2\x80\x94") || IsSymbol(here.end, "-")) {
    if (PlaceAfter(here.end + 1, sentence.end_token, &place) != here.end + 1) {
      return place;
    }
  }
  // The number ends the item: "Balochistan with 259," but not "China with
  // 2,097 Fresh Cases".
  const bool item_ends = here.end >= sentence.end_token ||
                         tokens_[here.end].kind == TokenKind::kSymbol ||
                         IsWordToken(here.end, "and");
  if (item_ends && here.first > sentence.first_token + 1 &&
      (IsWordToken(here.first - 1, "with") || IsSymbol(here.first - 1, "("))) {
    const size_t name = PlaceNameBefore(sentence.first_token, here.first - 1);
    if (name != here.first - 1) return SpanOf(name, here.first - 1);
  }
  // Elliptical items: "in KP it is 268", "in Balochistan 256", "in
  // Balochistan to 257 and AJK to 42", the place opening its item after a
  // comma, "and" or "in".
  size_t name_end = here.first;
  if (name_end > sentence.first_token + 1 && IsWordToken(name_end - 2, "it") &&
      IsWordToken(name_end - 1, "is")) {
    name_end -= 2;
  } else if (name_end > sentence.first_token &&
             (IsWordToken(name_end - 1, "to") ||
              IsWordToken(name_end - 1, "is") ||
              // "while Monroe County had seven", "while Moldova has
              // registered 337,000".
              (tokens_[name_end - 1].kind == TokenKind::kWord &&
               IsCountingVerb(Text(name_end - 1))))) {
    // "has registered": the verb's auxiliary too.
    if (name_end - 1 > sentence.first_token + 1 &&
        IsCountingVerb(Text(name_end - 2)) &&
        tokens_[name_end - 2].kind == TokenKind::kWord) {
      --name_end;
    }
    --name_end;
  }
  if (item_ends && name_end > sentence.first_token + 1) {
    const size_t name = PlaceNameBefore(sentence.first_token, name_end);
    // "Volusia County had five.": the place opens the sentence, when a list
    // of the sentence before goes on in it.
    if (name != name_end &&
        (name == sentence.first_token || IsWordToken(name - 1, "in") ||
         IsWordToken(name - 1, "and") || IsWordToken(name - 1, "while") ||
         IsWordToken(name - 1, "whereas") || IsSymbol(name - 1, ",") ||
         IsSymbol(name - 1, ";"))) {
      return SpanOf(name, name_end);
    }
  }
  return std::nullopt;
}

bool CountPlaces::OpensList(const PlacedNumber& here, size_t item_first) const {
  if (item_first == 0) return false;
  // "including 5,400 in Turkey", "rose to 7,108, with 5,400 in Turkey",
  // "rose to 7,108: 5,400 in Turkey", "rose to 7,108 — 5,400 in Turkey",
  // "killed 7,108 people, 5,400 in Turkey".
  if (IsWordToken(item_first - 1, "including") ||
      IsWordToken(item_first - 1, "with") || IsSymbol(item_first - 1, ":") ||
      (DashBefore(item_first) && CountCloseBefore(item_first))) {
    return true;
  }
  if (item_first >= 2 && IsSymbol(item_first - 1, ",") &&
      (tokens_[item_first - 2].kind == TokenKind::kDigits ||
       IsOneOf(Text(item_first - 2), {"people", "dead", "lives"}))) {
    return true;
  }
  return item_first > 1 && IsWordToken(item_first - 1, "by") &&
         IsWordToken(item_first - 2, "followed");
}

bool CountPlaces::CountCloseBefore(size_t t) const {
  // "205 bodies have been recovered —", "has risen to 11 –".
  constexpr size_t kReach = 8;
  for (size_t k = t; k > 0 && k + kReach > t; --k) {
    if (tokens_[k - 1].kind == TokenKind::kDigits ||
        (tokens_[k - 1].kind == TokenKind::kWord &&
         IsCardinalWord(Text(k - 1)))) {
      return true;
    }
    if (IsSymbol(k - 1, ".") || IsSymbol(k - 1, ";")) return false;
  }
  return false;
}

size_t CountPlaces::UnnamedPartEnd(size_t t, size_t limit) const {
  // Lower-case only: "in the North" may name a province (Haiti's Nord).
  const auto compass_at = [&](size_t k) {
    return k < limit && tokens_[k].kind == TokenKind::kWord &&
           IsCompassAdjective(Text(k));
  };
  if (!IsWordToken(t, "in") || !IsWordToken(t + 1, "the") ||
      !compass_at(t + 2)) {
    return t;
  }
  size_t end = t + 3;
  if (end < limit && tokens_[end].kind == TokenKind::kWord &&
      (IsRegionPartNoun(Text(end)) || IsWordToken(end, "parts"))) {
    ++end;
  }
  if (end + 2 < limit && IsWordToken(end, "of") &&
      IsWordToken(end + 1, "the") && IsWordToken(end + 2, "country")) {
    end += 3;
  }
  return end;
}

std::optional<Span> CountPlaces::ListItemPlace(
    const Sentence& sentence, const std::vector<PlacedNumber>& placed,
    size_t k) const {
  if (k == 0) return std::nullopt;
  const PlacedNumber& here = placed[k];
  const std::optional<Span> place = ItemPlace(sentence, here);
  if (!place) return std::nullopt;
  // Where this item's words begin: its number, or its place before it.
  const size_t item_first =
      TokenAt(sentence, std::min(place->begin, here.quantity->span.begin));
  // From the previous number to this item: its measure words, its place,
  // words after the place ("since June 14"), the list's comma, "and",
  // "followed by".
  bool previous_place = false;
  for (size_t t = placed[k - 1].end; t < item_first;) {
    Span passed;
    if (const size_t after = PlaceAfter(t, item_first, &passed); after != t) {
      previous_place = true;
      t = after;
    } else if (const size_t named = PlaceNameEnd(t, item_first); named != t) {
      // "fled Ukraine into Poland": the place left, the verb's object.
      previous_place = true;
      t = named;
    } else if (const size_t part_end = UnnamedPartEnd(t, item_first);
               part_end != t) {
      // "including 500 in the southern part of the country, 122 in Nippes".
      t = part_end;
    } else if (previous_place && IsSymbol(t, "(") && t + 2 < item_first &&
               IsSymbol(t + 2, ")")) {
      // "from Azad Jammu and Kashmir (AJK), four from Balochistan": the
      // place's short name.
      t += 3;
    } else if (IsSymbol(t, ",") || IsSymbol(t, ";") || IsWordToken(t, "and") ||
               // "five each in Volusia and Collier counties; four in …".
               IsWordToken(t, "each") ||
               // "Balochistan (238) and KP (226)": the last item's bracket.
               IsSymbol(t, ")") || IsWordToken(t, "while") ||
               IsWordToken(t, "whereas") || IsWordToken(t, "followed") ||
               IsWordToken(t, "by") || IsSymbol(t, "\xE2\x80\x93") ||
               IsSymbol(t, "\xE2\x80\x94") ||
               (IsWordToken(t, "in") && t + 1 == item_first) ||
               (tokens_[t].kind == TokenKind::kWord &&
                (previous_place || IsWordIn(BridgeWords(), t) ||
                 measures_.At(text_, tokens_, t)))) {
      ++t;
    } else {
      return std::nullopt;
    }
  }
  return place;
}

}  // namespace factcheck::extract
