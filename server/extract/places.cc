#include "server/extract/places.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "server/extract/cities.h"
#include "server/extract/data_rows.h"
#include "server/extract/text.h"
#include "unicode/utf8.h"

namespace factcheck::extract {

extern const char kIsoPlacesTsv[];

namespace {

// The participles after a side that say it holds what follows:
// "government-held", "rebel-controlled", "Hamas-run", "Houthi-ruled".
constexpr absl::string_view kHeldParticiples[] = {"held", "controlled", "run",
                                                  "ruled"};

// Other names of one place, as agencies and older copy write them.
// Views, so that comparing with one costs no strlen.
constexpr std::pair<absl::string_view, absl::string_view> kAliases[] = {
    {"Gaza Strip", "Gaza"},
    {"U.S.", "United States"},
    {"US", "United States"},
    {"USA", "United States"},
    {"U.S.A.", "United States"},
    {"United States of America", "United States"},
    {"U.K.", "United Kingdom"},
    {"UK", "United Kingdom"},
    {"Britain", "United Kingdom"},
    {"Great Britain", "United Kingdom"},
    {"U.A.E.", "United Arab Emirates"},
    {"UAE", "United Arab Emirates"},
    {"Kiev", "Kyiv"},
    {"Kharkov", "Kharkiv"},
    {"Odessa", "Odesa"},
    {"Lvov", "Lviv"},
    {"Nikolaev", "Mykolaiv"},
    {"Burma", "Myanmar"},
    {"Ivory Coast", "Cote d'Ivoire"},
    // The AP's abbreviations of the states of the United States, as a
    // dateline writes them ("SURFSIDE, Fla. —", "Paradise, Calif."); not
    // "Ga." (Georgia is the country to ISO 3166), "Ind.", "Me." or "Miss.",
    // which copy writes for other words.
    {"Ala.", "Alabama"},
    {"Ariz.", "Arizona"},
    {"Ark.", "Arkansas"},
    {"Calif.", "California"},
    {"Colo.", "Colorado"},
    {"Conn.", "Connecticut"},
    {"Del.", "Delaware"},
    {"Fla.", "Florida"},
    {"Ill.", "Illinois"},
    {"Kan.", "Kansas"},
    {"Ky.", "Kentucky"},
    {"La.", "Louisiana"},
    {"Md.", "Maryland"},
    {"Mass.", "Massachusetts"},
    {"Mich.", "Michigan"},
    {"Minn.", "Minnesota"},
    {"Mo.", "Missouri"},
    {"Mont.", "Montana"},
    {"Neb.", "Nebraska"},
    {"Nev.", "Nevada"},
    {"N.H.", "New Hampshire"},
    {"N.J.", "New Jersey"},
    {"N.M.", "New Mexico"},
    {"N.Y.", "New York"},
    {"N.C.", "North Carolina"},
    {"N.D.", "North Dakota"},
    {"Okla.", "Oklahoma"},
    {"Ore.", "Oregon"},
    {"Pa.", "Pennsylvania"},
    {"R.I.", "Rhode Island"},
    {"S.C.", "South Carolina"},
    {"S.D.", "South Dakota"},
    {"Tenn.", "Tennessee"},
    {"Tex.", "Texas"},
    {"Vt.", "Vermont"},
    {"Va.", "Virginia"},
    {"Wash.", "Washington"},
    {"W.Va.", "West Virginia"},
    {"Wis.", "Wisconsin"},
    {"Wyo.", "Wyoming"},
    // ISO 3166's names of countries news calls otherwise (the gazetteer
    // names them as news does: data/iso_places.py).
    {"Turkiye", "Turkey"},
    {"T\xC3\xBCrkiye", "Turkey"},
    {"Russian Federation", "Russia"},
    {"Brunei Darussalam", "Brunei"},
    {"Cabo Verde", "Cape Verde"},
    {"Timor-Leste", "East Timor"},
    // English spellings of ISO 3166-2 transliterations.
    {"Derna", "Darnah"},
    {"Benghazi", "Bangh\xC4\x81z\xC4\xAB"},
    {"Misrata", "Mi\xC5\x9Fr\xC4\x81tah"},
    {"Marrakesh", "Marrakech"},
    // English names of Spain's regions (and one written without its
    // hyphen, whose "La" reads as a particle).
    {"Andalusia",
     "Andaluc\xC3\xAD"
     "a"},
    {"Castile-La Mancha", "Castilla-La Mancha"},
    {"Castilla la Mancha", "Castilla-La Mancha"},
    {"Castile and Le\xC3\xB3n", "Castilla y Le\xC3\xB3n"},
    {"Castile and Leon", "Castilla y Le\xC3\xB3n"},
    {"Catalonia", "Catalunya"},
    {"Canary Islands", "Canarias"},
    {"Balearic Islands", "Illes Balears"},
    {"Basque Country", "Euskal Herria"},
    {"Baluchistan", "Balochistan"},
    {"Azad Kashmir", "Azad Jammu and Kashmir"},
    // The abbreviations Pakistan's own reports use.
    {"AJK", "Azad Jammu and Kashmir"},
    {"KP", "Khyber Pakhtunkhwa"},
    {"KPK", "Khyber Pakhtunkhwa"},
    // Its name until 2010, in older copy; "Province" is taken off a name
    // before it is looked up unless its first word is a direction
    // ("North-West" is none).
    {"North West Frontier Province", "Khyber Pakhtunkhwa"},
    {"North West Frontier", "Khyber Pakhtunkhwa"},
    {"North-West Frontier", "Khyber Pakhtunkhwa"},
    {"NWFP", "Khyber Pakhtunkhwa"},
};

// Where a possessive names the place's container: "Libya's Derna".
size_t AfterLastPossessive(absl::string_view written) {
  size_t after = 0;
  for (absl::string_view possessive : {"'s ", "\xE2\x80\x99s "}) {
    const size_t at = written.rfind(possessive);
    if (at != absl::string_view::npos) {
      after = std::max(after, at + possessive.size());
    }
  }
  return after;
}

// A lower-case word inside a place's name: "Pinar del Rio", "Dar es
// Salaam", "Isle of Man", "Bosnia and Herzegovina".
bool IsNameParticleWord(absl::string_view lower) {
  for (absl::string_view particle :
       {"del", "de", "da", "do", "dos", "das", "di", "el", "es", "al", "ul",
        "y", "and", "of", "upon", "on", "la", "le", "les"}) {
    if (lower == particle) return true;
  }
  return false;
}

// A compass word that names a part, not a place: "Eastern Province".
bool IsDirectionWord(absl::string_view word) {
  for (absl::string_view direction :
       {"North",        "South",        "East",         "West",
        "Northern",     "Southern",     "Eastern",      "Western",
        "Central",      "Northeastern", "Northwestern", "Southeastern",
        "Southwestern", "Northeast",    "Northwest",    "Southeast",
        "Southwest",    "Capital",      "Coastal",      "Upper",
        "Lower"}) {
    if (word == direction) return true;
  }
  return false;
}

// The place an alias (kAliases) names; nullopt for any other name. A
// lookup, not a scan: every name read asks.
std::optional<absl::string_view> CanonicalOfAlias(absl::string_view name) {
  static const auto* const kByAlias = [] {
    auto* by_alias =
        new absl::flat_hash_map<absl::string_view, absl::string_view>();
    for (const auto& [alias, canonical] : kAliases) {
      by_alias->try_emplace(alias, canonical);
    }
    return by_alias;
  }();
  const auto it = kByAlias->find(name);
  if (it == kByAlias->end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<absl::string_view> PlaceAbbreviated(absl::string_view written) {
  if (!absl::EndsWith(written, ".")) return std::nullopt;
  return CanonicalOfAlias(written);
}

std::string PeopleFrom(absl::string_view place) {
  return absl::StrCat("people from ", place);
}

std::optional<absl::string_view> OriginOfPeople(absl::string_view group) {
  if (!absl::ConsumePrefix(&group, "people from ")) return std::nullopt;
  return group;
}

absl::string_view WithoutPossessive(absl::string_view word) {
  for (absl::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
    if (absl::ConsumeSuffix(&word, possessive)) break;
  }
  return word;
}

namespace {

// ISO 3166's spelling of a name written without its accents ("Pinar del
// Rio" is "Pinar del Río"); nullptr when the name is none of its names.
const std::string* AccentedSpelling(absl::string_view place);

}  // namespace

const WordSet& BuiltSiteNouns() {
  static const WordSet* const kNouns = new WordSet(
      {"tower", "towers", "plaza", "building", "bridge", "port", "airport",
       "station", "stadium", "mall", "hotel", "cathedral", "church", "mosque",
       "temple", "dam", "mine", "factory"});
  return *kNouns;
}

bool IsCompassAdjective(absl::string_view word) {
  static constexpr absl::string_view kWords[] = {
      "north",       "south",        "east",         "west",
      "northern",    "southern",     "eastern",      "western",
      "central",     "northeast",    "northwest",    "southeast",
      "southwest",   "northeastern", "northwestern", "southeastern",
      "southwestern"};
  return std::find(std::begin(kWords), std::end(kWords), word) !=
         std::end(kWords);
}

bool IsHeldParticiple(absl::string_view word) {
  for (absl::string_view participle : kHeldParticiples) {
    if (absl::EqualsIgnoreCase(word, participle)) return true;
  }
  return false;
}

bool IsHeldAreasNoun(absl::string_view word) {
  for (absl::string_view noun : {"areas", "area", "territory", "territories",
                                 "parts", "regions", "zones", "zone"}) {
    if (absl::EqualsIgnoreCase(word, noun)) return true;
  }
  return false;
}

bool IsHoldingVerb(absl::string_view word) {
  for (absl::string_view verb : {"controls", "control", "holds", "hold"}) {
    if (word == verb) return true;
  }
  return false;
}

namespace {

// The side named in `written` when it is areas held by one, said in words:
// "areas controlled by the government" ("government"), "areas held by
// rebels" ("rebel"), "areas under opposition control" ("opposition"); empty
// when a pronoun stands for the side ("areas it controls", "areas under
// their control"): whose they are, the words do not say.
std::optional<std::string> HolderOfAreasPhrase(absl::string_view written) {
  std::vector<absl::string_view> words = absl::StrSplit(written, ' ');
  if (words.size() < 3 || !IsHeldAreasNoun(words[0])) return std::nullopt;
  if (words.size() == 3 && (words[1] == "it" || words[1] == "they") &&
      IsHoldingVerb(words[2])) {
    return std::string();
  }
  size_t holder = 0;
  if (words.size() >= 4 && IsHeldParticiple(words[1]) && words[2] == "by") {
    holder = 3;
  } else if (words.size() >= 4 && words[1] == "under" &&
             words.back() == "control") {
    holder = 2;
    words.pop_back();
  } else {
    return std::nullopt;
  }
  if (holder < words.size() && words[holder] == "the") ++holder;
  if (holder + 1 != words.size()) return std::nullopt;
  absl::string_view side = words[holder];
  if (side == "its" || side == "their") return std::string();
  // "rebels" hold "rebel-held areas".
  if (absl::EndsWith(side, "s") && side != "Hamas") side.remove_suffix(1);
  return std::string(side);
}

// "Yemeni government-held areas" is "Yemen (government-held areas)": the
// adjective says whose country, the words after it which side holds the
// part; "Syria's government-controlled areas", "rebel-held northwest
// Syria" and "Syria's rebel-held northwest" are Syria's too. "Houthi-held
// territory" is "Houthi-held areas", and so is a headline's "Houthi-Held
// Territory". Held, controlled, run or ruled: one side holds them. Empty
// unless `written` names held areas.
std::string HeldAreasPlace(absl::string_view written) {
  if (std::optional<std::string> holder = HolderOfAreasPhrase(written);
      holder.has_value() && !holder->empty()) {
    return absl::StrCat(*holder, "-held areas");
  }
  size_t dash = absl::string_view::npos;
  absl::string_view after;
  for (size_t at = written.find('-'); at != absl::string_view::npos;
       at = written.find('-', at + 1)) {
    for (absl::string_view participle : kHeldParticiples) {
      const absl::string_view rest = written.substr(at + 1);
      if (absl::StartsWithIgnoreCase(rest, participle) &&
          rest.size() > participle.size() + 1 &&
          rest[participle.size()] == ' ') {
        dash = at;
        after = rest.substr(participle.size() + 1);
        break;
      }
    }
    if (dash != absl::string_view::npos) break;
  }
  if (dash == absl::string_view::npos) return "";
  absl::string_view holder = written.substr(0, dash);
  std::optional<std::string> country;
  if (const size_t space = holder.rfind(' ');
      space != absl::string_view::npos) {
    const absl::string_view owner = holder.substr(0, space);
    if (WithoutPossessive(owner).size() != owner.size()) {
      // "Syria's government-controlled areas".
      const std::string place = CanonicalPlace(WithoutPossessive(owner));
      if (!IsCountry(place)) return "";
      country = place;
    } else {
      country = CountryOfAdjective(owner);
      if (!country.has_value()) return "";
    }
    holder.remove_prefix(space + 1);
  }
  if (!IsHeldAreasNoun(after)) {
    // "rebel-held northwest Syria", "Syria's rebel-held northwest".
    const size_t space = after.find(' ');
    const absl::string_view compass = after.substr(0, space);
    if (!IsCompassAdjective(absl::AsciiStrToLower(compass))) return "";
    // "the rebel-held northwest" of no country named: the story's or the
    // sentence's country completes it, as "Houthi-held areas".
    if (space != absl::string_view::npos) {
      if (country.has_value()) return "";
      const std::string place = CanonicalPlace(after.substr(space + 1));
      if (!IsCountry(place)) return "";
      country = place;
    }
  }
  const std::string areas = absl::StrCat(holder, "-held areas");
  return country.has_value() ? HeldAreasOf(*country, areas) : areas;
}

// The parts of divided regions that their holders govern as one of their
// subdivisions, by its ISO 3166 name: copy names such a part by who holds
// it ("Indian-administered Kashmir") as often as by the subdivision
// ("Jammu and Kashmir"), and means one place.
struct GovernedPart {
  absl::string_view region;
  absl::string_view holder;
  absl::string_view subdivision;
};
constexpr GovernedPart kGovernedParts[] = {
    {"Kashmir", "India", "Jammu and Kashm\xC4\xABr"},
    {"Kashmir", "Pakistan", "Azad Jammu and Kashmir"},
};

// "Indian-administered Kashmir", "Indian-held Kashmir", "India-controlled
// Kashmir": one part of a divided region, whichever participle the copy
// uses, is "Kashmir (held by India)", or the subdivision its holder
// governs it as (kGovernedParts: "Jammu and Kashm\xC4\xABr"), which copy
// also names by the holder's adjective alone ("Indian Kashmir"; the
// adjective before any other place names no holder: "the Indian Ocean").
// The holder is a country's adjective or name; the region lies outside it
// ("Russian-occupied Ukraine"). Empty unless `written` names such a part.
std::string HeldPartPlace(absl::string_view written) {
  const size_t space = written.find(' ');
  if (space == absl::string_view::npos) return "";
  const size_t dash = written.substr(0, space).find('-');
  const absl::string_view holder = written.substr(0, std::min(dash, space));
  if (dash != absl::string_view::npos) {
    const absl::string_view participle =
        written.substr(dash + 1, space - dash - 1);
    if (!IsHeldParticiple(participle) &&
        !absl::EqualsIgnoreCase(participle, "administered") &&
        !absl::EqualsIgnoreCase(participle, "occupied")) {
      return "";
    }
  }
  std::optional<std::string> country = CountryOfAdjective(holder);
  if (!country.has_value() && dash != absl::string_view::npos &&
      IsCountry(CanonicalPlace(holder))) {
    country = CanonicalPlace(holder);
  }
  if (!country.has_value()) return "";
  const std::string region = CanonicalPlace(written.substr(space + 1));
  for (const GovernedPart& part : kGovernedParts) {
    if (part.region == region && part.holder == *country) {
      return std::string(part.subdivision);
    }
  }
  const std::vector<std::string>& countries = CountriesOf(region);
  if (dash == absl::string_view::npos || region.empty() ||
      std::find(countries.begin(), countries.end(), *country) !=
          countries.end()) {
    return "";
  }
  return absl::StrCat(region, " (held by ", *country, ")");
}

// "the Indian-controlled zone of Kashmir", "Pakistan-held part of
// Kashmir", "the Indian side of divided Kashmir", "Pakistan's part of
// Kashmir", "the part of divided Kashmir that India controls": HeldPartPlace
// of "Indian-controlled Kashmir" (the holder's possessive or name read as
// "Pakistan-held"). Empty unless `written` names such a part.
std::string HeldPartOfRegionPlace(absl::string_view written) {
  // Most names have no " of ": one search turns them away.
  if (!absl::StrContains(written, " of ")) return "";
  // The holder and the words from the part's noun on.
  absl::string_view holder;
  absl::string_view rest = written;
  if (const size_t space = written.find(' ');
      space != absl::string_view::npos &&
      !IsRegionPartNoun(written.substr(0, space))) {
    holder = written.substr(0, space);
    rest = written.substr(space + 1);
  }
  const size_t of = rest.find(" of ");
  if (of == absl::string_view::npos || !IsRegionPartNoun(rest.substr(0, of))) {
    return "";
  }
  absl::string_view region = rest.substr(of + 4);
  absl::ConsumePrefix(&region, "divided ");
  // "… that India controls": the holder after the region.
  for (absl::string_view relative : {" that ", " which "}) {
    const size_t at = region.find(relative);
    if (at == absl::string_view::npos) continue;
    if (!holder.empty()) return "";
    const absl::string_view clause = region.substr(at + relative.size());
    region = region.substr(0, at);
    const size_t verb = clause.rfind(' ');
    if (verb == absl::string_view::npos ||
        !(IsHoldingVerb(clause.substr(verb + 1)) ||
          clause.substr(verb + 1) == "administers" ||
          clause.substr(verb + 1) == "rules")) {
      return "";
    }
    holder = clause.substr(0, verb);
    break;
  }
  if (holder.empty()) return "";
  const absl::string_view owner = WithoutPossessive(holder);
  if (owner.size() != holder.size() || IsCountry(CanonicalPlace(holder))) {
    if (!IsCountry(CanonicalPlace(owner))) return "";
    return HeldPartPlace(absl::StrCat(CanonicalPlace(owner), "-held ", region));
  }
  return HeldPartPlace(absl::StrCat(holder, " ", region));
}

}  // namespace

bool IsRegionPartNoun(absl::string_view word) {
  return IsOneOf(
      word, {"zone", "part", "sector", "side", "portion", "section", "region"});
}

bool IsHeldAreasOfNoCountry(absl::string_view place) {
  return absl::EndsWith(place, "-held areas") && !absl::StrContains(place, '(');
}

bool IsHeldAreasOfACountry(absl::string_view place) {
  return absl::EndsWith(place, "-held areas)");
}

std::string HeldAreasOf(absl::string_view country, absl::string_view areas) {
  return absl::StrCat(country, " (", areas, ")");
}

std::optional<std::string> ListedPlaces(absl::string_view written) {
  const size_t last_and = written.rfind(" and ");
  // One name: no list (and no reading of its parts as names again).
  if (last_and == absl::string_view::npos &&
      !absl::StrContains(written, ", ")) {
    return std::nullopt;
  }
  std::vector<std::string> places;
  for (absl::string_view part :
       absl::StrSplit(written.substr(0, last_and == absl::string_view::npos
                                            ? written.size()
                                            : last_and),
                      ", ")) {
    places.push_back(CanonicalPlace(part));
  }
  if (last_and != absl::string_view::npos) {
    places.push_back(CanonicalPlace(written.substr(last_and + 5)));
  }
  if (places.size() < 2) return std::nullopt;
  // "Pakistan and Pakistani-administered Kashmir": a country and its own
  // parts are the country, which holds them all.
  if (last_and != absl::string_view::npos && IsCountry(places.front())) {
    const std::string& country = places.front();
    if (std::all_of(places.begin() + 1, places.end(),
                    [&country](const std::string& place) {
                      const std::vector<std::string>& lies_in =
                          CountriesOf(place);
                      return place != country &&
                             std::find(lies_in.begin(), lies_in.end(),
                                       country) != lies_in.end();
                    })) {
      return country;
    }
  }
  for (const std::string& place : places) {
    const std::vector<std::string>& countries = CountriesOf(place);
    if (countries.empty()) return std::nullopt;
    // "Gorkha, Nepal": a place and the country it lies in, no list.
    for (const std::string& other : places) {
      if (other != place && std::find(countries.begin(), countries.end(),
                                      other) != countries.end()) {
        return std::nullopt;
      }
    }
  }
  return CombinedPlace(std::move(places));
}

std::string CanonicalPlace(absl::string_view written) {
  // "Hawaiʻi", "Oʻahu": Hawaiian names with their ʻokina are the
  // gazetteer's "Hawaii", "Oahu".
  constexpr absl::string_view kOkina = "\xCA\xBB";
  if (absl::StrContains(written, kOkina)) {
    return CanonicalPlace(absl::StrReplaceAll(written, {{kOkina, ""}}));
  }
  if (std::string part = HeldPartOfRegionPlace(written); !part.empty()) {
    return part;
  }
  if (std::string held = HeldAreasPlace(written); !held.empty()) return held;
  if (std::string part = HeldPartPlace(written); !part.empty()) return part;
  // "areas it controls": some side's areas, no place to name.
  if (HolderOfAreasPhrase(written).has_value()) return "";
  // "in Libya's eastern city": the possessive alone names the place.
  absl::string_view place =
      WithoutPossessive(written.substr(AfterLastPossessive(written)));
  // "Al Haouz Province" is Al Haouz, "Sindh Province" Sindh, "Tibet
  // Autonomous Region" Tibet; not "Eastern Province", whose name is all
  // direction.
  for (absl::string_view kind :
       {" Province", " province", " Governorate", " governorate", " Prefecture",
        " prefecture", " Autonomous Region", " autonomous region"}) {
    absl::string_view name = place;
    if (absl::ConsumeSuffix(&name, kind) && !name.empty() &&
        !IsDirectionWord(name.substr(0, name.find(' ')))) {
      place = name;
      break;
    }
  }
  // "Wajima City" is Wajima, "Anamizu Town" Anamizu (not "the city"), when
  // the whole is in no gazetteer and the name alone is no country or
  // region of one ("Mexico City", "Kansas City", "Gaza City" and "New York
  // City" stay their own places).
  for (absl::string_view kind : {" City", " city", " Town", " town"}) {
    absl::string_view name = place;
    if (absl::ConsumeSuffix(&name, kind) && !name.empty() &&
        absl::ascii_isupper(static_cast<unsigned char>(name[0])) &&
        !IsKnownPlace(place) && CountriesOf(name).empty() &&
        !IsDirectionWord(name.substr(0, name.find(' ')))) {
      place = name;
      break;
    }
  }
  // "Pinar Del Rio" is "Pinar del Rio": the particles inside a name are
  // written in lower case, however a headline or a writer capitalised them.
  // (Most names hold none: they are copied only when one is capitalised.)
  std::string particles_lowered;
  for (size_t space = place.find(' '); space != absl::string_view::npos;) {
    const size_t next = place.find(' ', space + 1);
    if (next == absl::string_view::npos) break;
    const absl::string_view word = place.substr(space + 1, next - space - 1);
    if (!word.empty() &&
        absl::ascii_isupper(static_cast<unsigned char>(word[0])) &&
        IsNameParticleWord(absl::AsciiStrToLower(word))) {
      if (particles_lowered.empty()) particles_lowered = std::string(place);
      for (size_t c = space + 1; c < next; ++c) {
        particles_lowered[c] = absl::ascii_tolower(
            static_cast<unsigned char>(particles_lowered[c]));
      }
    }
    space = next;
  }
  if (!particles_lowered.empty()) place = particles_lowered;
  if (std::optional<absl::string_view> canonical = CanonicalOfAlias(place)) {
    return std::string(*canonical);
  }
  // "Gilgit Baltistan" is ISO 3166's "Gilgit-Baltistan", "Al-Haouz" its
  // "Al Haouz".
  if (const std::string* accented = AccentedSpelling(place)) {
    return *accented;
  }
  if (CountriesOf(place).empty()) {
    if (absl::StrContains(place, ' ')) {
      std::string hyphenated = absl::StrReplaceAll(place, {{" ", "-"}});
      if (!CountriesOf(hyphenated).empty()) return hyphenated;
    }
    if (absl::StrContains(place, '-')) {
      std::string spaced = absl::StrReplaceAll(place, {{"-", " "}});
      if (!CountriesOf(spaced).empty()) return spaced;
    }
    if (std::optional<std::string> listed = ListedPlaces(place)) {
      return *std::move(listed);
    }
  }
  return std::string(place);
}

std::string CombinedPlace(std::vector<std::string> places) {
  std::sort(places.begin(), places.end());
  places.erase(std::unique(places.begin(), places.end()), places.end());
  std::string combined;
  for (size_t p = 0; p < places.size(); ++p) {
    if (p > 0) combined += p + 1 == places.size() ? " and " : ", ";
    combined += places[p];
  }
  return combined;
}

namespace {

struct Gazetteer {
  absl::flat_hash_map<std::string, std::vector<std::string>> countries;
  // Names written without their accents, to ISO 3166's spelling, when
  // they are no names of their own; `countries` lists them too.
  absl::flat_hash_map<std::string, std::string> unaccented;
  // The first word of every name: most words begin none.
  absl::flat_hash_set<std::string> first_words;
};

const Gazetteer& IsoGazetteer() {
  static const Gazetteer* const kGazetteer = [] {
    auto* gazetteer = new Gazetteer();
    for (const std::vector<absl::string_view>& fields :
         DataRows(kIsoPlacesTsv, 2)) {
      gazetteer->countries[fields[0]] = absl::StrSplit(fields[1], '|');
      if (std::string plain = unicode::WithoutLatinAccents(fields[0]);
          plain != fields[0]) {
        gazetteer->first_words.emplace(
            plain.substr(0, plain.find_first_of(" -")));
        gazetteer->unaccented.try_emplace(std::move(plain), fields[0]);
      }
      // "Gilgit-Baltistan" begins with "Gilgit" in copy that writes
      // "Gilgit Baltistan" too.
      gazetteer->first_words.emplace(
          fields[0].substr(0, fields[0].find_first_of(" -")));
    }
    // "Jammu and Kashmir" lies where ISO 3166's "Jammu and Kashm\xC4\xABr"
    // does; a name written so that is itself a name keeps its own countries
    // and no accented spelling.
    for (auto it = gazetteer->unaccented.begin();
         it != gazetteer->unaccented.end();) {
      if (gazetteer->countries.contains(it->first)) {
        gazetteer->unaccented.erase(it++);
        continue;
      }
      // A copy first: inserting may move the table's vectors.
      std::vector<std::string> lies_in = gazetteer->countries.at(it->second);
      gazetteer->countries[it->first] = std::move(lies_in);
      ++it;
    }
    // Other names of known places begin names too: "Derna", "AJK".
    for (const auto& [alias, canonical] : kAliases) {
      const absl::string_view name = alias;
      gazetteer->first_words.emplace(name.substr(0, name.find_first_of(" -")));
    }
    return gazetteer;
  }();
  return *kGazetteer;
}

const std::string* AccentedSpelling(absl::string_view place) {
  const Gazetteer& gazetteer = IsoGazetteer();
  auto it = gazetteer.unaccented.find(place);
  return it == gazetteer.unaccented.end() ? nullptr : &it->second;
}

}  // namespace

const std::vector<std::string>& CountriesOf(absl::string_view place) {
  static const std::vector<std::string>* const kNone =
      new std::vector<std::string>();
  const Gazetteer& gazetteer = IsoGazetteer();
  auto it = gazetteer.countries.find(place);
  return it == gazetteer.countries.end() ? *kNone : it->second;
}

std::optional<std::string> CountryOfAdjective(absl::string_view word) {
  // Adjectives no ending rule below derives from their country's name.
  static constexpr std::pair<absl::string_view, absl::string_view>
      kIrregular[] = {
          {"American", "United States"}, {"British", "United Kingdom"},
          {"French", "France"},          {"Dutch", "Netherlands"},
          {"Swiss", "Switzerland"},      {"Greek", "Greece"},
          {"Thai", "Thailand"},          {"Filipino", "Philippines"},
          {"Spanish", "Spain"},          {"Danish", "Denmark"},
          {"Finnish", "Finland"},        {"Irish", "Ireland"},
          {"Saudi", "Saudi Arabia"},     {"Emirati", "United Arab Emirates"},
          {"Afghan", "Afghanistan"},     {"Burmese", "Myanmar"},
          {"Belgian", "Belgium"},        {"Norwegian", "Norway"},
          {"Peruvian", "Peru"},          {"Argentine", "Argentina"},
          {"Czech", "Czechia"},          {"German", "Germany"},
          {"Portuguese", "Portugal"},
      };
  for (const auto& [adjective, name] : kIrregular) {
    if (word == adjective) return std::string(name);
  }
  if (word.size() < 5) return std::nullopt;
  const auto country = [](std::string name) -> std::optional<std::string> {
    if (IsCountry(name)) return name;
    return std::nullopt;
  };
  const absl::string_view stem = word.substr(0, word.size() - 1);
  if (word.back() == 'i' || word.back() == 'n') {
    if (auto found = country(std::string(stem))) return found;  // Libya-n
  }
  if (absl::EndsWith(word, "an")) {
    const absl::string_view base = word.substr(0, word.size() - 2);
    for (const char* ending : {"o", "a", "e"}) {  // Morocc-an, Keny-an
      if (auto found = country(absl::StrCat(base, ending))) return found;
    }
  }
  if (absl::EndsWith(word, "ian")) {
    const absl::string_view base = word.substr(0, word.size() - 3);
    // Ukrain-ian, Egypt-ian, Ital-ian, Hait-ian.
    for (const char* ending : {"e", "a", "ia", "", "y", "i"}) {
      if (auto found = country(absl::StrCat(base, ending))) return found;
    }
  }
  if (absl::EndsWith(word, "ese")) {
    const absl::string_view base = word.substr(0, word.size() - 3);
    // Chin-ese, Japan-ese, Leban-ese.
    for (const char* ending : {"", "a", "on"}) {
      if (auto found = country(absl::StrCat(base, ending))) return found;
    }
  }
  if (absl::EndsWith(word, "ish")) {
    const absl::string_view base = word.substr(0, word.size() - 3);
    // Turk-ish, Pol-ish, Swed-ish.
    for (const char* ending : {"ey", "and", "en"}) {
      if (auto found = country(absl::StrCat(base, ending))) return found;
    }
  }
  return std::nullopt;
}

std::optional<std::string> CountryOfItsPeople(absl::string_view word) {
  // Peoples not named by their adjective and an "s".
  static constexpr std::pair<absl::string_view, absl::string_view>
      kIrregular[] = {
          {"Britons", "British"},   {"Brits", "British"},
          {"Scots", "British"},     {"Turks", "Turkish"},
          {"Poles", "Polish"},      {"Danes", "Danish"},
          {"Swedes", "Swedish"},    {"Finns", "Finnish"},
          {"Spaniards", "Spanish"}, {"Swiss", "Swiss"},
      };
  for (const auto& [people, adjective] : kIrregular) {
    if (word == people) return CountryOfAdjective(adjective);
  }
  // "two Chinese", "40 Sudanese": the adjective is the plural.
  if (absl::EndsWith(word, "ese")) return CountryOfAdjective(word);
  if (!absl::ConsumeSuffix(&word, "s")) return std::nullopt;
  return CountryOfAdjective(word);
}

bool IsCountry(absl::string_view place) {
  const std::vector<std::string>& countries = CountriesOf(place);
  return countries.size() == 1 && countries.front() == place;
}

bool IsKnownPlace(absl::string_view place) {
  return !CountriesOf(place).empty() || !CountriesOfCity(place).empty();
}

bool MayBeginPlaceName(absl::string_view word) {
  // "Morocco's": the possessive is no part of the name.
  return IsoGazetteer().first_words.contains(WithoutPossessive(word));
}

}  // namespace factcheck::extract
