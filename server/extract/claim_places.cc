#include "server/extract/claim_places.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "server/extract/calendar.h"
#include "server/extract/cities.h"
#include "server/extract/headlines.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// The most words describing a place before its kind and name: "the
// tobacco-rich province of".
constexpr size_t kMaxDescriptorTokens = 6;

}  // namespace

bool IsForceNoun(absl::string_view word) {
  static constexpr absl::string_view kNouns[] = {
      "strike",    "strikes",    "airstrike",   "airstrikes", "air",
      "shelling",  "attack",     "attacks",     "raid",       "raids",
      "bombing",   "bombings",   "bombardment", "fire",       "gunfire",
      "forces",    "troops",     "soldiers",    "missile",    "missiles",
      "drone",     "drones",     "rocket",      "rockets",    "offensive",
      "operation", "operations", "custody",     "police",     "army",
      "military",  "navy",       "warplanes",   "jets",       "artillery",
      "invasion",  "aggression", "occupation"};
  return IsOneOf(word, kNouns);
}

bool IsStrikeVerb(absl::string_view word) {
  static constexpr absl::string_view kVerbs[] = {
      "hit",      "hits",    "struck",     "strikes",    "ravaged", "ravages",
      "battered", "batters", "devastated", "devastates", "swept",   "sweeps",
      "flooded",  "floods",  "rocked",     "rocks",      "lashed",  "lashes",
      "pounded",  "pounds",  "buried",     "buries",     "shook",   "shakes",
      "jolted",   "jolts"};
  return IsOneOf(word, kVerbs);
}

bool IsPlacePreposition(absl::string_view word) {
  static const WordSet* const kPrepositions =
      new WordSet({"in", "at", "near", "across", "inside", "within",
                   "throughout", "from", "into", "to"});
  return kPrepositions->Contains(word);
}

bool IsMostlyAdverb(absl::string_view word) {
  return IsOneOf(word, {"mostly", "mainly", "largely", "chiefly", "primarily",
                        "predominantly"});
}

bool IsHarmParticiple(absl::string_view word) {
  static const WordSet* const kParticiples =
      new WordSet({"killing", "wounding", "injuring", "leaving"});
  return kParticiples->Contains(word);
}

bool IsPlaceKindNoun(absl::string_view word) {
  static constexpr absl::string_view kNouns[] = {
      "county",      "parish",     "province", "district",
      "governorate", "prefecture", "region",   "municipality",
      "borough",     "township",   "oblast"};
  return IsOneOf(word, kNouns);
}

bool IsKindBeforeAPlaceName(absl::string_view word) {
  return IsPlaceKindNoun(word) ||
         IsOneOf(word, {"city", "town", "village", "state", "island", "capital",
                        "port"});
}

PlaceFinder::PlaceFinder(absl::string_view text,
                         const std::vector<Token>& tokens)
    : TokenQueries(text, tokens), measures_(MeasureLexicon::Get()) {}

size_t PlaceFinder::MonthEnd(size_t i, size_t limit) const {
  if (i >= limit) return i;
  const size_t day = MonthNameEnd(i);
  if (day == i) return i;
  if (day < limit && tokens_[day].kind == TokenKind::kDigits) return day + 1;
  return MonthNameOf(Text(i)) == MonthName::kFull ? i + 1 : i;
}

size_t PlaceFinder::PlaceAfter(size_t i, size_t limit, Span* place) const {
  // "on the Indian side of divided Kashmir": a side is stood on; so is a
  // country's mainland ("on the US mainland", as "in mainland China").
  if (IsWordToken(i, "on") && IsWordToken(i + 1, "the")) {
    if (const size_t end = RegionPartEnd(i + 2, limit); end != i + 2) {
      *place = SpanOf(i + 2, end);
      return end;
    }
    Span named;
    if (const size_t end =
            NamedPlaceAfter(i, limit, /*known_only=*/true, &named);
        end != i && end < limit && IsWordToken(end, "mainland") &&
        IsCountry(CanonicalPlace(TextOf(text_, named)))) {
      *place = named;
      return end + 1;
    }
  }
  if (!Valid(i) || !IsPlacePreposition(Text(i))) return i;
  Span named;
  const size_t end = NamedPlaceAfter(i, limit, /*known_only=*/false, &named);
  if (end == i) return i;
  // "300 bodies were swept into Mozambique", "washed up in Tanzania":
  // where the dead were carried, not where they died.
  if (i > 0 &&
      (IsOneOf(Text(i - 1),
               {"washed", "carried", "drifted", "floated", "dumped"}) ||
       (i > 1 && IsWordToken(i - 1, "swept") &&
        IsOneOf(Text(i - 2), {"being", "been", "were", "was"})) ||
       (i > 1 && IsWordToken(i - 1, "up") && IsWordToken(i - 2, "washed")))) {
    return i;
  }
  // "killed in the U.S. territory": one of its territories (the story's,
  // Puerto Rico), not the country.
  if (end < limit && IsOneOf(Text(end), {"territory", "commonwealth"}) &&
      IsCountry(CanonicalPlace(TextOf(text_, named)))) {
    return i;
  }
  *place = named;
  return end;
}

size_t PlaceFinder::OriginAfter(size_t number_end, size_t limit,
                                Span* origin) const {
  const size_t from =
      IsWordToken(number_end, "from") ? number_end
      : number_end < limit &&
              IsOneOf(Text(number_end), {"people", "persons", "nationals",
                                         "citizens", "tourists"}) &&
              IsWordToken(number_end + 1, "from")
          ? number_end + 1
          : 0;
  if (from == 0) return number_end;
  const size_t end = PlaceAfter(from, limit, origin);
  return end != from ? end : number_end;
}

size_t PlaceFinder::RegionPartEnd(size_t k, size_t limit) const {
  const auto part_of = [&](size_t noun) {
    return Valid(noun + 2) && IsWordToken(noun + 1, "of") &&
           tokens_[noun].kind == TokenKind::kWord &&
           IsRegionPartNoun(Text(noun));
  };
  // Whose part: a country's adjective or possessive before its noun (read
  // only before "part of", "side of": most places are none).
  const bool holder_first =
      !part_of(k) && part_of(k + 1) && IsCapitalizedWord(k) &&
      (CountryOfAdjective(Text(k)).has_value() ||
       (IsPossessive(Text(k)) &&
        IsCountry(CanonicalPlace(WithoutPossessive(Text(k))))));
  const size_t noun = holder_first ? k + 1 : k;
  if (!part_of(noun)) return k;
  size_t region = noun + 2;
  if (IsWordToken(region, "divided")) ++region;
  size_t end = region;
  while (end < limit && end < region + kMaxNameWords &&
         IsCapitalizedWord(end)) {
    ++end;
  }
  if (end == region) return k;
  // "… that India controls".
  if (!holder_first) {
    if (!(IsWordToken(end, "that") || IsWordToken(end, "which"))) return k;
    const size_t owner_end = PlaceNameEnd(end + 1, limit);
    if (owner_end == end + 1 || !Valid(owner_end)) return k;
    end = owner_end + 1;
  }
  // CanonicalPlace reads the words as a held part, or as no known place.
  const std::string part = CanonicalPlace(TextOf(text_, SpanOf(k, end)));
  return !CountriesOf(part).empty() || absl::StrContains(part, "(held by ")
             ? end
             : k;
}

size_t PlaceFinder::HeldAreasEnd(size_t k, size_t limit) const {
  // "areas controlled by the government", "areas under rebel control": the
  // same, in words (CanonicalPlace reads them alike).
  if (Valid(k) && IsHeldAreasNoun(Text(k))) {
    // "areas it controls", "areas they hold".
    if (Valid(k + 2) &&
        (IsWordToken(k + 1, "it") || IsWordToken(k + 1, "they")) &&
        IsHoldingVerb(Text(k + 2))) {
      return k + 3;
    }
    size_t t = k + 1;
    const bool by =
        Valid(t + 1) && IsHeldParticiple(Text(t)) && IsWordToken(t + 1, "by");
    const bool under = IsWordToken(t, "under");
    if (by || under) {
      t += by ? 2 : 1;
      if (IsWordToken(t, "the")) ++t;
      if (t < limit && tokens_[t].kind == TokenKind::kWord) {
        if (by) return t + 1;
        if (t + 1 < limit && IsWordToken(t + 1, "control")) return t + 2;
      }
    }
  }
  // Whose country, before the side: "Yemeni government-held areas",
  // "Syria's government-controlled areas".
  size_t holder = k;
  bool owned = false;
  if (IsCapitalizedWord(k) && Valid(k + 1) &&
      tokens_[k + 1].kind == TokenKind::kWord && IsSymbol(k + 2, "-")) {
    const absl::string_view word = Text(k);
    if (CountryOfAdjective(word).has_value()) {
      holder = k + 1;
    } else if (WithoutPossessive(word).size() != word.size() &&
               IsCountry(CanonicalPlace(WithoutPossessive(word)))) {
      holder = k + 1;
      owned = true;
    }
  }
  const size_t after = holder + 3;
  if (after >= limit || tokens_[holder].kind != TokenKind::kWord ||
      !IsSymbol(holder + 1, "-") || tokens_[holder + 1].space_before ||
      tokens_[holder + 2].space_before || !IsHeldParticiple(Text(holder + 2)) ||
      tokens_[after].kind != TokenKind::kWord) {
    return k;
  }
  // "the Indian-controlled zone of Kashmir": the holder's part of the
  // region named after "of".
  if (IsRegionPartNoun(Text(after)) && IsWordToken(after + 1, "of") &&
      IsCapitalizedWord(after + 2)) {
    size_t end = after + 2;
    while (end < limit && end < after + 2 + kMaxNameWords &&
           IsCapitalizedWord(end)) {
      ++end;
    }
    if (const std::string part = CanonicalPlace(TextOf(text_, SpanOf(k, end)));
        !part.empty() && !IsHeldAreasOfNoCountry(part) &&
        !IsHeldAreasOfACountry(part)) {
      return end;
    }
  }
  if (IsHeldAreasNoun(Text(after))) return after + 1;
  // "Syria's rebel-held northwest"; "rebel-held northwest Syria", but not
  // "rebel-held Idlib", the place itself.
  if (!IsCompassAdjective(absl::AsciiStrToLower(Text(after)))) return k;
  if (owned) return after + 1;
  const size_t name_end = PlaceNameEnd(after + 1, limit);
  // "in the rebel-held northwest": of the country the sentence or the
  // story names.
  if (name_end == after + 1 && holder == k) return after + 1;
  if (holder != k ||
      !IsCountry(CanonicalPlace(TextOf(text_, SpanOf(after + 1, name_end))))) {
    return k;
  }
  return name_end;
}

size_t PlaceFinder::NamedPlaceAfter(size_t i, size_t limit, bool known_only,
                                    Span* place) const {
  size_t k = i + 1;
  // "in a Texas elementary school": a place as an adjective, after an
  // indefinite article only when the gazetteer knows it ("in a Toyota
  // plant" names none).
  bool indefinite = IsWordToken(k, "a") || IsWordToken(k, "an");
  if (indefinite || IsWordToken(k, "the")) ++k;
  // "across a swathe of southern Africa": the stretch is of the place.
  if (IsWordToken(k + 1, "of") &&
      IsOneOf(Text(k), {"swathe", "swathes", "swath", "swaths", "stretch"})) {
    k += 2;
    indefinite = false;
  }
  // A headline's last word is no preposition of the next line's dateline
  // in capitals ("… as aid flows in\nKATHMANDU, Nepal --"); a wrapped line
  // goes on ("fled to\nHungary").
  if (Valid(k) && tokens_[k].newline_before &&
      tokens_[k].kind == TokenKind::kWord && Text(k).size() >= 3 &&
      IsInCapitals(Text(k))) {
    return i;
  }
  if (!known_only) {
    size_t held_end = RegionPartEnd(k, limit);
    if (held_end == k) held_end = HeldAreasEnd(k, limit);
    if (held_end != k) {
      *place = SpanOf(k, held_end);
      return held_end;
    }
  }
  // "in the country's southwest Balochistan province": the story's country
  // owns the place named next.
  if (IsWordToken(i + 1, "the") && Valid(k) &&
      tokens_[k].kind == TokenKind::kWord && IsPossessive(Text(k)) &&
      IsOneOf(WithoutPossessive(Text(k)), {"country", "nation"})) {
    ++k;
  }
  k = AfterPlaceDescription(k, limit);
  // "in southern Sindh", "from northwestern Pakistan", "in mainland
  // China"; "in the country's southwest Balochistan province" (a compass
  // point before a place and its kind says where the place lies; "southwest
  // Florida counties" are a part of Florida, no place of this kind).
  if (Valid(k) && tokens_[k].kind == TokenKind::kWord &&
      !IsCapitalizedWord(k) && IsCapitalizedWord(k + 1)) {
    const absl::string_view word = Text(k);
    // A point of the compass ("southwest"), not its adjective ("southern").
    const bool point = IsCompassAdjective(word) &&
                       !absl::EndsWith(word, "ern") && word != "central";
    if ((IsCompassAdjective(word) && !point) ||
        IsOneOf(word, {"coastal", "rural", "mainland"})) {
      ++k;
    } else if (point) {
      const size_t name_end = PlaceNameEnd(k + 1, limit);
      // "in southwest China's Tibet Autonomous Region": the point says
      // where in the country its place lies; "in southwest China's
      // floods" names only a part of the country.
      if (IsPossessive(Text(k + 1)) &&
          IsCountry(CanonicalPlace(WithoutPossessive(Text(k + 1))))) {
        if (!IsCapitalizedWord(k + 2)) return i;
        ++k;
      } else if (name_end != k + 1 && Valid(name_end) &&
                 tokens_[name_end].kind == TokenKind::kWord &&
                 IsOneOf(Text(name_end),
                         {"province", "state", "region", "district", "county",
                          "governorate"})) {
        ++k;
      }
    }
  }
  // "in the tobacco-rich province of Pinar del Rio", "in the coastal city
  // of Derna": the place is named after "of"; "in the federal capital
  // Islamabad": a known place right after its kind.
  if (IsWordToken(i + 1, "the")) {
    // "the West Bank city of Nablus": a wider place's name describes too,
    // before a kind and "of" only.
    bool named_wider = false;
    for (size_t m = k; m < limit && m < k + kMaxDescriptorTokens; ++m) {
      const bool kind = tokens_[m].kind == TokenKind::kWord &&
                        !IsCapitalizedWord(m) &&
                        (IsKindBeforeAPlaceName(Text(m)) ||
                         IsOneOf(Text(m), {"nation", "country"}));
      if (kind && IsWordToken(m + 1, "of") && IsCapitalizedWord(m + 2)) {
        k = m + 2;
        break;
      }
      if (kind && !named_wider && PlaceNameEnd(m + 1, limit) != m + 1) {
        k = m + 1;
        break;
      }
      if (kind || (tokens_[m].kind != TokenKind::kWord && !IsSymbol(m, "-"))) {
        break;
      }
      // "the eastern Libyan city of Derna": a country's adjective describes.
      if (IsCapitalizedWord(m) && !CountryOfAdjective(Text(m)).has_value()) {
        named_wider = true;
      }
    }
  }
  size_t begin = k;
  // Not "in Saturday's earthquake".
  while (k < limit && IsCapitalizedWord(k) &&
         !IsWeekday(WithoutPossessive(Text(k))) && MonthEnd(k, limit) == k &&
         !EndsTitleCasePlace(k)) {
    if (const size_t part = HeldPartNameAt(k, limit); part != k) {
      k = part;
      continue;
    }
    // "in Florida's hard-hit Bay County", "at Miyagi's hardest-hit Ojika
    // Peninsula": the place is the part a description stands before, as in
    // "Florida's Bay County".
    if (IsPossessive(Text(k))) {
      if (const size_t described = AfterPlaceDescription(k + 1, limit);
          described != k + 1) {
        begin = described;
        k = described;
        continue;
      }
    }
    // "Pinar del Rio", "Rio de Janeiro": a particle inside the name.
    if (k + 2 < limit && IsNameParticle(k + 1) && IsCapitalizedWord(k + 2)) {
      k += 2;
      continue;
    }
    // "Azad Jammu and Kashmir": an "and" inside a name the gazetteer knows.
    if (k + 2 < limit && IsWordToken(k + 1, "and") &&
        IsCapitalizedWord(k + 2) &&
        !CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(begin, k + 3))))
             .empty()) {
      k += 2;
      continue;
    }
    // "Al-Haouz", "Gilgit-Baltistan": a glued hyphen joins the name;
    // "Port-au-Prince": a particle glued between two.
    if (k + 4 < limit && IsHyphenedParticle(k + 2)) {
      k += 4;
      continue;
    }
    if (k + 2 < limit && IsSymbol(k + 1, "-") && JoinsName(k + 1)) {
      k += 2;
      continue;
    }
    // "U.S.": an initial's period is part of the name.
    if (Text(k).size() == 1 && k + 1 < limit && IsSymbol(k + 1, ".") &&
        !tokens_[k + 1].space_before) {
      ++k;
    }
    ++k;
  }
  if (k == begin || (k < limit && tokens_[k].kind == TokenKind::kWord &&
                     !IsCapitalizedWord(k) && IsForceNoun(Text(k)))) {
    return i;
  }
  // "in the impoverished Caribbean nation", "in the Himalayan country": a
  // region's name describes the country the story is about.
  if (IsWordToken(i + 1, "the") &&
      (IsWordToken(k, "nation") || IsWordToken(k, "country")) &&
      !IsWordToken(k + 1, "of")) {
    return i;
  }
  // "killed in the Camp Fire", "the August Complex": a wildfire's own name,
  // which is no place's.
  if (k >= begin + 2 && IsOneOf(Text(k - 1), {"fire", "blaze", "complex"})) {
    return i;
  }
  // "at Beirut Port", "at Kabul Airport": a site of a place the gazetteer
  // knows counts as that place.
  if (k >= begin + 2 &&
      IsOneOf(Text(k - 1), {"port", "airport", "harbour", "harbor"})) {
    const std::string name =
        CanonicalPlace(TextOf(text_, SpanOf(begin, k - 1)));
    if (IsKnownPlace(name)) {
      *place = SpanOf(begin, k - 1);
      return k;
    }
  }
  // "in the Easter Sunday assault", "on Super Tuesday": a word before a
  // weekday names a day unless it is a place a table knows ("in Miami
  // Tuesday").
  if (k == begin + 1 && k < limit && IsWeekday(WithoutPossessive(Text(k)))) {
    const std::string name = CanonicalPlace(Text(begin));
    if (!IsKnownPlace(name)) return i;
  }
  // "at American universities", "in Chinese hospitals": a nationality
  // describing what follows, no place.
  if (k == begin + 1 && k < limit && tokens_[k].kind == TokenKind::kWord &&
      !IsCapitalizedWord(k) && CountryOfAdjective(Text(begin)).has_value()) {
    return i;
  }
  // "in SAF-RSF clashes", "in Hamas fighting": the parties name the
  // fighting, not where it was, unless the gazetteer knows the name ("in
  // Gaza fighting"); so do a headline's capitalised words naming an event
  // ("Killed in Armed Conflict in Nagorno-Karabakh"). A city names a
  // disaster that reached past it ("Death Toll in Palu Quake Rises", the
  // toll of Palu and Donggala), a country or a province one of its own.
  const auto names_an_event = [&](size_t t) {
    return tokens_[t].kind == TokenKind::kWord &&
           IsOneOf(
               Text(t),
               {"clashes",   "fighting",  "violence", "battles",  "skirmishes",
                "crossfire", "conflict",  "war",      "quake",    "earthquake",
                "tsunami",   "flood",     "floods",   "flooding", "storm",
                "cyclone",   "hurricane", "typhoon",  "wildfire", "wildfires",
                "disaster"});
  };
  if (((k < limit && names_an_event(k)) ||
       (k > begin + 1 && names_an_event(k - 1))) &&
      CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(begin, k)))).empty()) {
    return i;
  }
  // "in the Mediterranean city", "at the Libyan port": an adjective
  // describing a place named elsewhere, not a place ("in the Taroudant
  // region" names one).
  if (IsWordToken(i + 1, "the") && k == begin + 1 && k < limit &&
      tokens_[k].kind == TokenKind::kWord &&
      IsOneOf(Text(k), {"city", "town", "village", "port", "capital", "region",
                        "area", "coast", "province", "country"}) &&
      (CountryOfAdjective(Text(begin)).has_value() ||
       absl::EndsWith(Text(begin), "ean"))) {
    return i;
  }
  // After "from", "into" or "to" only a place the gazetteer knows: "troops
  // from Russia", "fled into Poland", "fled to Poland"; not "a letter from
  // Smith", "Toll From Virus", "into Chaos" or "spoke to Reuters".
  if (known_only || indefinite || IsWordToken(i, "from") ||
      IsWordToken(i, "into") || IsWordToken(i, "to")) {
    const std::string name = CanonicalPlace(TextOf(text_, SpanOf(begin, k)));
    // "the attack on Ganja", "the flooding that hit Derna": a city the
    // gazetteer knows is as known as a province.
    if (CountriesOf(name).empty() &&
        !(known_only && !CountriesOfCity(name).empty())) {
      return i;
    }
  }
  // "in Libya's eastern city of Derna", "in Sudan's capital Khartoum":
  // the most specific place (after "of", any name; right after its kind,
  // one the gazetteer knows).
  if (k > begin && absl::EndsWith(Text(k - 1), "s") &&
      (absl::StrContains(Text(k - 1), "'") ||
       absl::StrContains(Text(k - 1), "\xE2\x80\x99"))) {
    for (size_t m = k; m < limit && m < k + 5; ++m) {
      if (IsWordToken(m, "of") && IsCapitalizedWord(m + 1)) {
        size_t end = m + 1;
        while (end < limit && IsCapitalizedWord(end) &&
               !EndsTitleCasePlace(end)) {
          ++end;
        }
        *place = SpanOf(m + 1, end);
        return end;
      }
      if (!IsCapitalizedWord(m) &&
          (IsPlaceKindNoun(Text(m)) || IsOneOf(Text(m), {"city", "capital"}))) {
        const size_t end = PlaceNameEnd(m + 1, limit);
        if (end != m + 1) {
          *place = SpanOf(m + 1, end);
          return end;
        }
      }
      // "Azerbaijan's second-largest city of Ganja": a glued hyphen joins
      // the words that describe it.
      if (tokens_[m].kind != TokenKind::kWord &&
          !(IsSymbol(m, "-") && !tokens_[m].space_before)) {
        break;
      }
    }
  }
  // "in Florida and North Carolina", "in Syria and Turkey": a combined
  // total is its own scope, not the first place's.
  if (IsWordToken(k, "and") && IsCapitalizedWord(k + 1) && k + 1 < limit &&
      !EndsTitleCasePlace(k + 1)) {
    Span second;
    const size_t end = PlaceAfter(k, limit, &second);
    if (end == k) {
      size_t m = k + 1;
      while (m < limit && IsCapitalizedWord(m) && !IsWeekday(Text(m)) &&
             !EndsTitleCasePlace(m)) {
        m = std::max(m + 1, HeldPartNameAt(m, limit));
      }
      *place = SpanOf(begin, m);
      return m;
    }
  }
  // "in Nepal, India and Tibet": a list of places, combined like two, when
  // the gazetteer knows the one after the comma (not "in Gorkha, Ram Thapa
  // and Hari Rai said").
  if (IsSymbol(k, ",") && IsCapitalizedWord(k + 1)) {
    const auto name_end = [&](size_t first) {
      size_t end = first;
      while (end < limit && end < first + 3 && IsCapitalizedWord(end) &&
             !IsWeekday(Text(end)) && !EndsTitleCasePlace(end)) {
        ++end;
      }
      return end;
    };
    const size_t second_end = name_end(k + 1);
    size_t m = second_end;
    if (m > k + 1 &&
        !CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(k + 1, m)))).empty()) {
      while (IsSymbol(m, ",") && m + 1 < limit && IsCapitalizedWord(m + 1)) {
        const size_t end = name_end(m + 1);
        if (end == m + 1) break;
        m = end;
      }
      if (IsSymbol(m, ",") && IsWordToken(m + 1, "and")) ++m;
      if (IsWordToken(m, "and") && m + 1 < limit && IsCapitalizedWord(m + 1)) {
        const size_t end = name_end(m + 1);
        if (end > m + 1) {
          *place = SpanOf(begin, end);
          return end;
        }
      }
      // "in Georgia, North Carolina and" where the text stops: a list cut
      // short, whose places are not all known, is a scope of its own.
      if (IsWordToken(m, "and") && m + 1 == tokens_.size()) {
        *place = SpanOf(begin, m + 1);
        return m + 1;
      }
      // "Quake kills over 7,800 in Turkey, Syria": a headline lists two
      // places with a comma alone, the second closing the clause (not
      // "in Gorkha, Nepal", a place and the country it lies in).
      if (m == second_end &&
          (second_end >= limit ||
           tokens_[second_end].kind != TokenKind::kWord) &&
          ListedPlaces(TextOf(text_, SpanOf(begin, second_end))).has_value()) {
        *place = SpanOf(begin, second_end);
        return second_end;
      }
    }
  }
  *place = SpanOf(begin, k);
  return k;
}

bool PlaceFinder::EndsTitleCasePlace(size_t k) const {
  // Headlines capitalise every word: "Toll In China Rises To 1,016". A
  // holiday or a storm's kind names no place either: "in Seoul Halloween
  // stampede", "in Halloween crowd crush", "died in Cyclone Idai"; nor does
  // an accident's kind: "in the Balasore Train Accident".
  static const WordSet* const kWords = new WordSet(
      {"rises",      "rise",      "rose",         "climbs",    "climb",
       "jumps",      "jump",      "hits",         "hit",       "tops",
       "top",        "reaches",   "reach",        "passes",    "nears",
       "surpasses",  "to",        "as",           "after",     "amid",
       "over",       "from",      "in",           "on",        "at",
       "with",       "for",       "by",           "of",        "is",
       "are",        "was",       "were",         "says",      "said",
       "new",        "more",      "than",         "up",        "down",
       "toll",       "death",     "deaths",       "dead",      "killed",
       "kills",      "cases",     "flood",        "floods",    "quake",
       "earthquake", "storm",     "cyclone",      "hurricane", "typhoon",
       "halloween",  "christmas", "thanksgiving", "ramadan",   "diwali",
       "hanukkah",   "passover",  "while",        "but",       "the",
       "train",      "accident",  "crash",        "collision", "derailment",
       "tragedy",    "disaster",  "explosion",    "blast",     "collapse",
       "stampede",   "crowd",     "crush"});
  // "Death Toll in Puerto Rico Bumped Up": a verb's past form, whichever
  // verb ("Revised", "Lowered"), is no word of a place's name.
  const absl::string_view word = Text(k);
  const bool past_form = word.size() >= 5 && absl::EndsWith(word, "ed");
  return (kWords->Contains(word) || past_form ||
          measures_.At(text_, tokens_, k)) &&
         !BeginsKnownName(k);
}

bool PlaceFinder::BeginsKnownName(size_t k) const {
  if (!MayBeginPlaceName(Text(k))) return false;
  for (size_t end = k + 2; end <= k + 3 && end <= tokens_.size(); ++end) {
    if (!IsCapitalizedWord(end - 1)) return false;
    if (!CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(k, end)))).empty()) {
      return true;
    }
  }
  return false;
}

size_t PlaceFinder::HeldPartNameAt(size_t k, size_t limit) const {
  if (k + 3 >= limit || !IsSymbol(k + 1, "-") || tokens_[k + 1].space_before ||
      tokens_[k + 2].space_before ||
      !IsOneOf(Text(k + 2),
               {"administered", "controlled", "held", "occupied", "ruled"}) ||
      !IsCapitalizedWord(k + 3)) {
    return k;
  }
  return k + 3;
}

}  // namespace factcheck::extract
