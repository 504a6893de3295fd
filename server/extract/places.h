// The canonical name of a place, so that claims on one place share an index
// key whatever name the copy uses.
#ifndef FACTCHECK_SERVER_EXTRACT_PLACES_H_
#define FACTCHECK_SERVER_EXTRACT_PLACES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// The place `written` names, as claims are keyed on it: "Gaza Strip" is
// "Gaza", "U.S." "United States", "Kiev" "Kyiv" (the names wire copy uses
// for one place); "Libya's Derna" is its most specific place, "Derna".
// Areas one side holds are their own place: "Yemeni government-held areas"
// is "Yemen (government-held areas)", "Houthi-held territory" "Houthi-held
// areas". A part of a divided region one country holds is one place
// whatever the participle: "Russian-occupied Ukraine" and "Russian-held
// Ukraine" are "Ukraine (held by Russia)"; a part its holder governs as a
// subdivision is that subdivision, however named: "Indian-administered
// Kashmir", "Indian Kashmir" and "Jammu and Kashmir" are ISO 3166's "Jammu
// and Kashm\xC4\xABr". Places listed together ("Turkey and
// Syria") are their combined scope, under CombinedPlace's name ("Syria and
// Turkey"), when the gazetteer knows each. Any other name is kept as written.
std::string CanonicalPlace(absl::string_view written);

// The place an abbreviation written with its periods names ("U.S." the
// United States, "Fla." Florida), as CanonicalPlace would name it; nullopt
// for any other word. A lookup, cheap enough for every word a period
// follows.
std::optional<absl::string_view> PlaceAbbreviated(absl::string_view written);

// The combined scope `written` lists (CombinedPlace's name): "Turkey and
// Syria", "Nepal, India and Tibet", a headline's "Turkey, Syria"; none
// unless the gazetteer knows each place and none lies in another ("Lee and
// Charlotte counties", "Gorkha, Nepal"). A country and its own parts joined
// by "and" ("Pakistan and Pakistani-administered Kashmir") are the country.
std::optional<std::string> ListedPlaces(absl::string_view written);

// The one name of a scope that combines canonical `places`: "Syria and
// Turkey" for Turkey and Syria, "India, Nepal and Tibet" (sorted, so that
// the order a text names them in does not make another place).
std::string CombinedPlace(std::vector<std::string> places);

// The nouns that name what was built at a site, after its name:
// "Grenfell Tower", "Rana Plaza", "Beirut Port". A story of such a site is
// about the building; a headline's "Grenfell Tower:" says what it is about,
// not who speaks.
const WordSet& BuiltSiteNouns();

// A lower-case compass word that says which part of a place: "southern
// Sindh", "northwest Khyber Pakhtunkhwa".
bool IsCompassAdjective(absl::string_view word);

// A participle by which a side holds areas, after a hyphen: "held",
// "controlled", "run", "ruled".
bool IsHeldParticiple(absl::string_view word);

// A noun that names the areas one side of a conflict holds, after
// "-held": "areas", "territory", "parts".
bool IsHeldAreasNoun(absl::string_view word);

// Whether `word` names a part of a region in "the Indian-controlled zone of
// Kashmir": zone, part, sector, side, portion, section, region.
bool IsRegionPartNoun(absl::string_view word);

// A verb by which a side holds areas, after the pronoun that stands for
// it: "areas it controls", "areas they hold".
bool IsHoldingVerb(absl::string_view word);

// Whether canonical `place` names areas one side holds without their
// country ("Houthi-held areas"): a scope only the story's country can
// complete.
bool IsHeldAreasOfNoCountry(absl::string_view place);

// Whether canonical `place` names areas one side holds of a country
// ("Syria (rebel-held areas)").
bool IsHeldAreasOfACountry(absl::string_view place);

// The canonical place of `areas` one side holds in `country`: "Yemen
// (government-held areas)".
std::string HeldAreasOf(absl::string_view country, absl::string_view areas);

// The countries a canonical place name may lie in, from ISO 3166 (Debian's
// iso-codes, built in): "Morocco" is Morocco, "Sindh" is in Pakistan,
// "Florida" in the United States or Uruguay; a name written without its
// accents as the accented one ("Jammu and Kashmir" in India). Empty for a
// name ISO 3166 does not know ("Lee County", "Derna"). Thread-safe; the
// table is built once.
const std::vector<std::string>& CountriesOf(absl::string_view place);

// Whether a canonical place name is a country's ("Morocco"), not a part of
// one ("Sindh") or a name ISO 3166 does not know.
bool IsCountry(absl::string_view place);

// Whether a gazetteer knows a canonical place name: ISO 3166 (CountriesOf)
// or the city table (CountriesOfCity).
bool IsKnownPlace(absl::string_view place);

// The country an adjective of nationality names, formed the regular ways:
// "Libyan" (Libya), "Moroccan" (Morocco), "Pakistani" (Pakistan), "Syrian"
// (Syria), "Ukrainian" (Ukraine), "Egyptian" (Egypt), "Chinese" (China),
// "Turkish" (Turkey), or one of the common irregular ones ("Dutch",
// "French", "American").
std::optional<std::string> CountryOfAdjective(absl::string_view word);

// The country whose people a plural of its adjective names: "Ukrainians"
// (Ukraine), "Syrians" (Syria), "Chinese" (China), and the common irregular
// ones ("Britons", "Turks", "Poles"); nullopt for any other word.
std::optional<std::string> CountryOfItsPeople(absl::string_view word);

// The group a count of the people from `place` is of: "people from
// Turkey". Every way of counting a nation's people ("three Americans", "two
// US citizens", "five people from the United States") names this one group,
// so that their counts are compared with each other.
std::string PeopleFrom(absl::string_view place);

// The place PeopleFrom named the group after; nullopt for any other group.
std::optional<absl::string_view> OriginOfPeople(absl::string_view group);

// `word` without its possessive "'s" or "’s" ("Morocco's" is Morocco); all
// of it when it has none.
absl::string_view WithoutPossessive(absl::string_view word);

// Whether `word` ends in a possessive "'s" or "’s".
inline bool IsPossessive(absl::string_view word) {
  return WithoutPossessive(word).size() != word.size();
}

// Whether `word` (possessive or not) may be the first word of a name
// CountriesOf knows: a cheap test before building a candidate name.
bool MayBeginPlaceName(absl::string_view word);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_PLACES_H_
