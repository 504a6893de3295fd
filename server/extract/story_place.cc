// PlaceFinder: the places a sentence or a heading names, and the place an
// article is about, from the places its first tokens name, its headline and
// its dateline.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/extract/cities.h"
#include "server/extract/claim_places.h"
#include "server/extract/headlines.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// Whether `word`, after a place's name, makes the name a paper's: "The
// Washington Post", "the Jamaica Observer", or a masthead run into its
// motto ("The Washington PostDemocracy Dies in Darkness").
bool NamesAPaper(absl::string_view word) {
  static constexpr absl::string_view kPaperNouns[] = {
      "post",      "times",   "herald",   "tribune",  "journal",
      "chronicle", "gazette", "examiner", "observer", "telegraph",
      "courier",   "star",    "sun",      "globe",    "inquirer",
      "dispatch",  "mail",    "express",  "register", "independent",
      "guardian",  "gleaner", "bee",      "standard"};
  return IsOneOf(word, kPaperNouns) ||
         std::any_of(
             std::begin(kPaperNouns), std::end(kPaperNouns),
             [word](absl::string_view noun) {
               return word.size() > noun.size() &&
                      absl::ascii_isupper(
                          static_cast<unsigned char>(word[noun.size()])) &&
                      absl::EqualsIgnoreCase(word.substr(0, noun.size()), noun);
             });
}

// How many tokens of a document are read for the country it is about: a
// long news article's worth.
constexpr size_t kCountryTokens = 2000;
// The extra votes a place named in the headline or a dateline gets.
constexpr double kHeadlineVotes = 2.0;
// How far into an article a dateline may open a paragraph, and how many
// tokens of date, country or agency may follow its place.
constexpr size_t kDatelineTokens = 400;
constexpr size_t kMaxDatelineTail = 9;

// How often a country's forces must be named striking for its story to be
// the other side's too.
constexpr int kStrikesOfASide = 2;

// The key counted most, when it is counted at least `floor` times and more
// than any other; empty otherwise.
template <typename Count>
std::string Leader(const absl::flat_hash_map<std::string, Count>& counts,
                   Count floor) {
  std::string best;
  Count most = 0, second = 0;
  for (const auto& [key, count] : counts) {
    if (count > most) {
      second = most;
      most = count;
      best = key;
    } else if (count > second) {
      second = count;
    }
  }
  return most >= floor && most > second ? best : "";
}

// Of the keys counted most (at least `floor` times, tied), the only one
// `located` counts; empty when none or several are.
std::string OnlyTiedLeaderLocated(
    const absl::flat_hash_map<std::string, double>& votes,
    const absl::flat_hash_map<std::string, int>& located) {
  // Votes are sums of shares of a vote: equal within rounding.
  constexpr double kSameVotes = 1e-9;
  constexpr double kFloor = 2.0;
  double most = 0;
  for (const auto& [key, count] : votes) most = std::max(most, count);
  if (most < kFloor) return "";
  std::string only;
  for (const auto& [key, count] : votes) {
    if (most - count > kSameVotes || !located.contains(key)) continue;
    if (!only.empty()) return "";
    only = key;
  }
  return only;
}

// How many of the places `mentions` counts are countries.
size_t CountriesNamed(const absl::flat_hash_map<std::string, int>& mentions) {
  return std::count_if(mentions.begin(), mentions.end(), [](const auto& named) {
    return IsCountry(named.first);
  });
}

}  // namespace

std::vector<std::string> PlaceFinder::CountriesNamedIn(
    const Sentence& sentence) const {
  std::vector<std::string> named;
  const auto add = [&named](const std::string& country) {
    if (std::find(named.begin(), named.end(), country) == named.end()) {
      named.push_back(country);
    }
  };
  KnownPlaces(
      sentence.first_token, sentence.end_token,
      [&](absl::string_view, const std::vector<std::string>& countries) {
        // "Punjab" lies in two countries: it names neither surely.
        if (countries.size() == 1) add(countries.front());
      });
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (!IsCapitalizedWord(t)) continue;
    std::optional<std::string> country = CountryOfAdjective(Text(t));
    if (country.has_value() && !(t + 1 < sentence.end_token &&
                                 tokens_[t + 1].kind == TokenKind::kWord &&
                                 IsForceNoun(Text(t + 1)))) {
      add(*country);
    }
  }
  return named;
}

PlaceFinder::PlaceTally PlaceFinder::TallyPlaces() const {
  PlaceTally tally;
  // An article names its places early: its first tokens are enough.
  const size_t end = std::min(tokens_.size(), kCountryTokens);
  KnownPlaces(
      0, end,
      [&](absl::string_view name, const std::vector<std::string>& countries) {
        for (const std::string& country : countries) {
          tally.votes[country] += 1.0 / countries.size();
        }
        const std::string place = CanonicalPlace(name);
        ++tally.mentions[place];
        tally.countries.try_emplace(place, countries);
      });
  // "victims from Iran, Uzbekistan, China, Russia and Norway": three
  // countries or more listed, not as where things are nor as what an event
  // struck, are people's origins or donors named in passing, no votes for
  // the story's place. (Read only in a story naming three countries.)
  const bool names_three_countries = CountriesNamed(tally.mentions) >= 3;
  for (size_t t = 1; names_three_countries && t < end; ++t) {
    if (!IsCapitalizedWord(t) || IsCapitalizedWord(t - 1)) continue;
    size_t list_end = t;
    const std::vector<Span> listed = PlaceListAt(t, end, &list_end);
    if (list_end == t) continue;
    const bool passing = !IsOneOf(Text(t - 1), {"in", "across", "throughout",
                                                "inside", "within"}) &&
                         !IsStrikeVerb(Text(t - 1));
    std::vector<std::string> countries;
    for (const Span& place : listed) {
      std::string name = CanonicalPlace(TextOf(text_, place));
      if (IsCountry(name) && tally.mentions.contains(name)) {
        countries.push_back(std::move(name));
      }
    }
    if (passing && countries.size() >= 3) {
      for (const std::string& country : countries) {
        tally.votes[country] -= 1;
        if (--tally.mentions[country] == 0) tally.mentions.erase(country);
      }
    }
    t = list_end - 1;
  }
  // "the Moroccan Ministry of Interior", "Libyan authorities", "Sri Lankan
  // officials": a country's adjective votes for it too, as its people do
  // ("100,000 Ukrainians"); not one that says who struck ("Russian
  // forces", "the Russian invasion").
  for (size_t t = 0; t < end; ++t) {
    if (!IsCapitalizedWord(t)) continue;
    // "Saudi Arabia" voted as a name already.
    if (const size_t name_end = PlaceNameEnd(t, end); name_end != t) {
      t = name_end - 1;
      continue;
    }
    const auto strikes = [&](size_t after) {
      return after < end && tokens_[after].kind == TokenKind::kWord &&
             IsForceNoun(Text(after));
    };
    // "the Indonesian island of Lombok", "the eastern Libyan city of Derna":
    // the adjective says where a place of the story lies, as "in" would.
    const auto describes_a_place = [&](size_t after) {
      return after + 2 < end && IsWordToken(after + 1, "of") &&
             IsCapitalizedWord(after + 2) && !IsCapitalizedWord(after) &&
             (IsKindBeforeAPlaceName(Text(after)) ||
              IsWordToken(after, "coast"));
    };
    const auto vote_for = [&](const std::string& country, size_t after) {
      if (strikes(after)) {
        ++tally.strikes[country];
        return;
      }
      tally.votes[country] += 1;
      if (describes_a_place(after)) {
        tally.votes[country] += 1;
        ++tally.located[country];
      }
    };
    if (t + 1 < end && IsCapitalizedWord(t + 1)) {
      if (std::optional<std::string> country =
              CountryOfAdjective(TextOf(text_, SpanOf(t, t + 2)))) {
        vote_for(*country, t + 2);
        ++t;
        continue;
      }
    }
    std::optional<std::string> country = CountryOfAdjective(Text(t));
    if (!country) country = CountryOfItsPeople(Text(t));
    if (country) vote_for(*country, t + 1);
  }
  for (size_t t = 0; t + 1 < end; ++t) {
    if (!IsOneOf(Text(t), {"in", "across", "throughout", "inside", "within"})) {
      continue;
    }
    const size_t first = IsWordToken(t + 1, "the") ? t + 2 : t + 1;
    const size_t name_end = PlaceNameEnd(first, end);
    if (name_end == first) continue;
    for (const std::string& country :
         CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(first, name_end))))) {
      ++tally.located[country];
    }
    t = name_end - 1;
  }
  // Only a story naming two countries may tell of an event striking both;
  // a verb before a name is read (a capital or a compass point first: the
  // rarer test).
  const bool names_two_countries = CountriesNamed(tally.mentions) >= 2;
  for (size_t t = 0;
       names_two_countries && t + 2 < end && !tally.struck_several_countries;
       ++t) {
    if ((!IsCapitalizedWord(t + 1) && !IsCapitalizedWord(t + 2)) ||
        !IsStrikeVerb(Text(t))) {
      continue;
    }
    size_t list_end = t + 1;
    int countries = 0;
    for (const Span& place : PlaceListAt(t + 1, end, &list_end)) {
      if (IsCountry(CanonicalPlace(TextOf(text_, place)))) ++countries;
    }
    tally.struck_several_countries = countries >= 2;
  }
  // The headline (the first line) says where the story is: its places
  // outweigh the other countries an article mentions on the way ("Death
  // toll crosses 1000 in China" above a paragraph on American passengers).
  // Past page furniture above it ("/ 20 October 2005").
  const std::optional<std::pair<size_t, size_t>> headline =
      HeadlineTokens(text_, tokens_);
  const size_t headline_first = headline.has_value() ? headline->first : 0;
  const size_t headline_end = headline.has_value() ? headline->second : end;
  // A dateline opens a paragraph, after any credit in brackets: "BEIJING,
  // Feb 11:", "MARRAKESH, Sept 13 (KUNA) --", "Derna, Libya —". The city
  // it names is where the story was filed, and so its place.
  for (size_t t = 0; t < end && t < kDatelineTokens; ++t) {
    if (t > 0 && !tokens_[t].newline_before &&
        !(IsSymbol(t - 1, ")") && t >= 2)) {
      continue;
    }
    size_t run = t;
    while (run < end && run < t + kMaxNameWords && IsCapitalizedWord(run)) {
      ++run;
    }
    if (run == t || !IsSymbol(run, ",")) continue;
    // The line goes on with a date, a country or an agency, then a dash or
    // colon: "Poland, which has strong ties" is a sentence, not a dateline.
    bool dateline = false;
    for (size_t k = run + 1; k < end && k < run + kMaxDatelineTail; ++k) {
      if (IsSymbol(k, "\xE2\x80\x94") || IsSymbol(k, "\xE2\x80\x93") ||
          IsSymbol(k, ":") || (IsSymbol(k, "-") && IsSymbol(k + 1, "-"))) {
        dateline = true;
        break;
      }
      if (tokens_[k].kind == TokenKind::kWord && !IsCapitalizedWord(k)) break;
      if (tokens_[k].newline_before) break;
    }
    if (!dateline) continue;
    // "MARSH HARBOUR, Bahamas —": a town the gazetteer does not know is
    // placed by the country or state after its comma.
    size_t named = t;
    size_t named_end = run;
    if (const size_t after_comma = PlaceNameEnd(run + 1, end);
        after_comma != run + 1 &&
        CountriesOf(CanonicalPlace(AsWritten(t, run))).empty()) {
      named = run + 1;
      named_end = after_comma;
    }
    const std::vector<std::string>& countries =
        CountriesOf(CanonicalPlace(AsWritten(named, named_end)));
    for (const std::string& country : countries) {
      tally.votes[country] += kHeadlineVotes / countries.size();
    }
  }
  const auto vote = [&](absl::string_view,
                        const std::vector<std::string>& countries) {
    for (const std::string& country : countries) {
      tally.votes[country] += kHeadlineVotes / countries.size();
      tally.in_headline.insert(country);
    }
  };
  if (headline_end < end) {
    // Not the credits in brackets: "(MENAFN- Jordan News Agency)".
    size_t segment = headline_first;
    int depth = 0;
    for (size_t t = headline_first; t <= headline_end; ++t) {
      const bool opens = t < headline_end && IsSymbol(t, "(");
      if ((opens || t == headline_end) && depth == 0 && segment < t) {
        KnownPlaces(segment, t, vote);
      }
      if (opens) ++depth;
      if (t < headline_end && IsSymbol(t, ")") && depth > 0 && --depth == 0) {
        segment = t + 1;
      }
    }
  }
  return tally;
}

std::string PlaceFinder::CountryOf(const PlaceTally& tally) {
  std::string leader = Leader(tally.votes, 2.0);
  if (leader.empty()) {
    leader = OnlyTiedLeaderLocated(tally.votes, tally.located);
  }
  if (leader.empty()) return "";
  if (tally.struck_several_countries &&
      !(tally.in_headline.size() == 1 && tally.in_headline.contains(leader))) {
    return "";
  }
  // "Israeli warplanes struck Gaza … rockets hit Israel": a country whose
  // forces strike is where some of the story's counts are, but its
  // unplaced counts may be the other side's.
  const auto strikes = tally.strikes.find(leader);
  if (strikes == tally.strikes.end() || strikes->second < kStrikesOfASide) {
    return leader;
  }
  // Where they strike: a place of another country named at least half as
  // often as the country itself ("Gaza" beside "Israel"), not a country
  // ("refugees fled to Chad") nor a capital named in passing.
  const auto own = tally.mentions.find(leader);
  const int own_mentions = own == tally.mentions.end() ? 0 : own->second;
  for (const auto& [place, mentions] : tally.mentions) {
    const std::vector<std::string>& countries = tally.countries.at(place);
    if (mentions >= 2 && 2 * mentions >= own_mentions && !IsCountry(place) &&
        std::find(countries.begin(), countries.end(), leader) ==
            countries.end()) {
      return "";
    }
  }
  return leader;
}

std::string PlaceFinder::SiteOfTheStory() const {
  absl::flat_hash_map<std::string, int> sites;
  const size_t end = std::min(tokens_.size(), kCountryTokens);
  // From what was built back to the name before it ("Grenfell Tower",
  // "Rana Plaza"): the rare word first, as every report ingested asks.
  for (size_t t = 1; t < end; ++t) {
    if (!BuiltSiteNouns().Contains(text_, tokens_[t]) ||
        !IsCapitalizedWord(t) ||
        (t + 1 < end && IsCapitalizedWord(t + 1) &&
         !tokens_[t + 1].newline_before)) {
      continue;
    }
    size_t first = t;
    while (first > 0 && t - first + 1 < kMaxNameWords &&
           IsCapitalizedWord(first - 1) && !tokens_[first].newline_before) {
      --first;
    }
    const bool whole_name = first == 0 || tokens_[first].newline_before ||
                            !IsCapitalizedWord(first - 1);
    if (first < t && whole_name) ++sites[AsWritten(first, t + 1)];
  }
  return Leader(sites, 2);
}

std::string PlaceFinder::UnknownTownOfTheStory() const {
  absl::flat_hash_map<std::string, int> towns;
  const size_t end = std::min(tokens_.size(), kCountryTokens);
  for (size_t t = 1; t < end; ++t) {
    // A name or an article next ("in the nightlife district of Itaewon"),
    // the rarer test first.
    if (t + 2 >= end ||
        !(IsCapitalizedWord(t + 1) || IsWordToken(t + 1, "the")) ||
        !IsWordToken(t, "in") ||
        IsOneOf(Text(t - 1), {"said", "says", "told", "spoke"})) {
      continue;
    }
    // A one-word city the table knows ("in Kyiv"): no town to read.
    if (!IsCapitalizedWord(t + 2) && !CountriesOfCity(Text(t + 1)).empty()) {
      continue;
    }
    Span place;
    const size_t place_end = PlaceAfter(t, end, &place);
    // "in Yongsan-gu" read only to its first word is no town.
    if (place_end == t || (Valid(place_end) && IsSymbol(place_end, "-") &&
                           !tokens_[place_end].space_before)) {
      continue;
    }
    t = place_end - 1;
    // A city as written is known: no name to canonicalise.
    const absl::string_view written = TextOf(text_, place);
    if (!CountriesOfCity(written).empty()) continue;
    std::string name = CanonicalPlace(written);
    if (!IsKnownPlace(name)) {
      ++towns[std::move(name)];
    }
  }
  return Leader(towns, 2);
}

std::string PlaceFinder::CountryItsCitiesConfirm(
    const PlaceTally& tally) const {
  // Other countries named in passing only ("victims from Iran, China and
  // Norway"), none whose forces strike.
  if (tally.votes.empty() || !tally.strikes.empty()) return "";
  for (const auto& [country, votes] : tally.votes) {
    if (votes > 1) return "";
  }
  const size_t end = std::min(tokens_.size(), kCountryTokens);
  absl::flat_hash_map<std::string, int> cities;
  // A city after a word or a comma of a sentence ("in central Seoul"),
  // never one opening it: "March", "Reading" are cities too; nor a
  // disaster's word before its name ("Hurricane Dorian": Hurricane is a
  // town in Utah).
  for (size_t t = 1; t < end; ++t) {
    if (!IsCapitalizedWord(t) || tokens_[t].newline_before ||
        IsCapitalizedWord(t - 1) ||
        (tokens_[t - 1].kind == TokenKind::kSymbol && !IsSymbol(t - 1, ",")) ||
        (IsCause(t) && t + 1 < end && IsCapitalizedWord(t + 1))) {
      continue;
    }
    const std::vector<std::string>& lies_in = CountriesOfCity(Text(t));
    if (lies_in.size() == 1 && tally.votes.contains(lies_in.front())) {
      ++cities[lies_in.front()];
    }
  }
  std::string country = Leader(cities, 2);
  if (country.empty()) return "";
  // A story naming a region of it may be the region's ("Maui", "North
  // Carolina"): its cities do not make it the whole country's.
  for (const auto& [place, mentions] : tally.mentions) {
    const std::vector<std::string>& lies_in = tally.countries.at(place);
    if (place != country &&
        std::find(lies_in.begin(), lies_in.end(), country) != lies_in.end()) {
      return "";
    }
  }
  return country;
}

PlaceFinder::StoryPlace PlaceFinder::DocumentPlace() const {
  const PlaceTally tally = TallyPlaces();
  std::string country = CountryOf(tally);
  // "Indonesia records more nationals killed in the stampede … in Mina,
  // Saudi Arabia": a story of a country's people abroad, that country never
  // named as where things are while another, named by its own name, is
  // twice (not a country one of whose places merely shares a name with the
  // story's: Pedernales in Ecuador and in the Dominican Republic). A count
  // it leaves unplaced may be the whole event's or that people's: the story
  // says not which, so it places none.
  if (!country.empty() && !tally.located.contains(country) &&
      std::any_of(tally.located.begin(), tally.located.end(),
                  [&tally](const auto& located) {
                    return located.second >= 2 &&
                           tally.mentions.contains(located.first);
                  })) {
    return {"", false, ""};
  }
  if (country.empty()) country = CountryItsCitiesConfirm(tally);
  int country_mentions = 0;
  // The subdivisions named, of the document's country when it has one.
  absl::flat_hash_map<std::string, int> subdivisions;
  for (const auto& [place, count] : tally.mentions) {
    if (place == country) {
      country_mentions = count;
    } else if (!IsCountry(place)) {
      const std::vector<std::string>& countries = tally.countries.at(place);
      if (country.empty() || std::find(countries.begin(), countries.end(),
                                       country) != countries.end()) {
        subdivisions[place] = count;
      }
    }
  }
  const bool names_a_region = std::any_of(
      subdivisions.begin(), subdivisions.end(),
      [](const auto& subdivision) { return subdivision.second >= 2; });
  if (country_mentions > 0) return {country, names_a_region, country};
  const std::string subdivision = Leader(subdivisions, 2);
  if (subdivision.empty() && country.empty() &&
      !tally.struck_several_countries) {
    std::string site = SiteOfTheStory();
    if (site.empty()) site = UnknownTownOfTheStory();
    return {std::move(site), false, ""};
  }
  if (subdivision.empty()) return {country, names_a_region, country};
  // Its country: the one the story points to, or the only one it may lie in.
  const std::vector<std::string>& countries = CountriesOf(subdivision);
  if (std::find(countries.begin(), countries.end(), country) !=
      countries.end()) {
    return {subdivision, false, country};
  }
  return {subdivision, false, countries.size() == 1 ? countries.front() : ""};
}

std::vector<PlaceFinder::NamedPlace> PlaceFinder::PlacesIn(
    const Sentence& sentence) const {
  // The words right before the "in" of where someone spoke.
  static const WordSet* const kSpeaking =
      new WordSet({"said", "says", "told", "spoke", "speaking", "reporters",
                   "journalists", "conference", "briefing"});
  std::vector<NamedPlace> places;
  size_t previous_end = SIZE_MAX;
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    Span place;
    if (const size_t end = PlaceAfter(t, sentence.end_token, &place);
        end != t) {
      // "following Friday's temblor in the High Atlas Mountains": where a
      // disaster struck, when no place a toll is counted for, says nothing
      // of where the sentence's toll counts ("rain across Sindh" may).
      std::string name = CanonicalPlace(TextOf(text_, place));
      // "carnage in Colombo and beyond": a scope past the place, which
      // names none of its own.
      const bool beyond =
          IsWordToken(end, "and") && IsWordToken(end + 1, "beyond");
      // "937 dead, mostly in Sindh and Balochistan", "211 have died, the
      // vast majority in Valencia", "most of them in Beira": where most of
      // a count are, which is no place of its own.
      const auto most = [&](size_t k) {
        return k >= sentence.first_token &&
               IsOneOf(Text(k), {"most", "majority", "bulk"});
      };
      const bool where_most = t > sentence.first_token &&
                              (IsMostlyAdverb(Text(t - 1)) || most(t - 1) ||
                               (t >= sentence.first_token + 3 &&
                                IsOneOf(Text(t - 1), {"them", "whom"}) &&
                                IsWordToken(t - 2, "of") && most(t - 3)));
      if (where_most) {
        size_t list_end = end;
        PlaceListAt(t + 1, sentence.end_token, &list_end);
        t = std::max(end, list_end) - 1;
        continue;
      }
      if (!beyond && (t == sentence.first_token || !IsCause(t - 1) ||
                      !CountriesOf(name).empty())) {
        const bool in = IsWordToken(t, "in");
        places.push_back(
            {std::move(name),
             in && t > sentence.first_token && IsWordIn(*kSpeaking, t - 1),
             in && t == previous_end});
        previous_end = end;
      }
      t = end - 1;
    }
  }
  return places;
}

std::optional<std::string> PlaceFinder::PlaceHeading(
    const Sentence& sentence) const {
  const size_t words = sentence.end_token - sentence.first_token;
  if (words == 0 || words > kMaxNameWords ||
      !tokens_[sentence.first_token].newline_before ||
      (sentence.end_token < tokens_.size() &&
       !tokens_[sentence.end_token].newline_before)) {
    return std::nullopt;
  }
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (!IsCapitalizedWord(t)) return std::nullopt;
  }
  // A fact box's "ZIMBABWE" too.
  std::string place =
      CanonicalPlace(IsInCapitals(Text(sentence.first_token))
                         ? AsWritten(sentence.first_token, sentence.end_token)
                         : std::string(TextOf(text_, sentence.span)));
  if (CountriesOf(place).empty()) return std::nullopt;
  return place;
}

std::string PlaceFinder::AsWritten(size_t first, size_t end) const {
  std::string name;
  for (size_t k = first; k < end; ++k) {
    std::string word(Text(k));
    // "MARRAKESH" is Marrakesh.
    for (size_t c = 1; c < word.size(); ++c) {
      word[c] = absl::ascii_tolower(static_cast<unsigned char>(word[c]));
    }
    absl::StrAppend(&name, name.empty() ? "" : " ", word);
  }
  return name;
}

bool PlaceFinder::IsDistanceReference(size_t t) const {
  static const WordSet* const kUnits =
      new WordSet({"miles", "mi", "km", "kilometres", "kilometers", "metres",
                   "meters", "kms"});
  // "85 miles east of Puerto Plata, Dominican Republic": the reference
  // point's country too (one comma back, not a list's every name).
  if (t >= 2 && IsSymbol(t - 1, ",")) {
    size_t name = t - 1;
    while (name > 0 && name + kMaxNameWords > t &&
           IsCapitalizedWord(name - 1)) {
      --name;
    }
    if (name == t - 1) return false;
    t = name;
  }
  if (t < 3 || !(IsWordToken(t - 1, "of") || IsWordToken(t - 1, "from"))) {
    return false;
  }
  // "east-northeast of": compass words, hyphenated or not.
  size_t k = t - 2;
  while (k > 0 && (IsSymbol(k, "-") || (tokens_[k].kind == TokenKind::kWord &&
                                        IsCompassAdjective(Text(k))))) {
    --k;
  }
  return k > 0 && IsWordIn(*kUnits, k) &&
         tokens_[k - 1].kind == TokenKind::kDigits;
}

void PlaceFinder::KnownPlaces(
    size_t first, size_t end,
    absl::FunctionRef<void(absl::string_view name,
                           const std::vector<std::string>& countries)>
        visit) const {
  // "Bay" in "the Tampa Bay Times" is no place: a name inside a longer
  // run of capitalised words is part of another name, unless the word
  // before it only opens the sentence or says which part ("In Florida",
  // "Southwest Florida").
  static const WordSet* const kOpeners = new WordSet(
      {"in",         "at",      "from",      "to",        "the",
       "and",        "but",     "for",       "on",        "across",
       "throughout", "of",      "by",        "north",     "south",
       "east",       "west",    "northern",  "southern",  "eastern",
       "western",    "central", "southwest", "southeast", "northwest",
       "northeast",  "upper",   "lower",     "greater",   "meanwhile",
       "while",      "as",      "after",     "before",    "when"});
  for (size_t t = first; t < end; ++t) {
    if (!IsCapitalizedWord(t)) continue;
    // "Surfside, Fla.", "in the U.S.": the whole abbreviation; but not a
    // country's that says whose a thing is ("a U.S. grade school", "U.S.
    // Sen."): a state's story names its country so.
    if (const size_t abbreviation_end = AbbreviatedPlaceEnd(t, end);
        abbreviation_end != t) {
      const absl::string_view name = TextOf(text_, SpanOf(t, abbreviation_end));
      const absl::string_view place = *PlaceAbbreviated(name);
      const size_t article = IsWordToken(t - 1, "the") ? t - 1 : t;
      const bool where =
          article > first &&
          IsOneOf(Text(article - 1), {"in", "across", "throughout", "inside",
                                      "within", "to", "from"});
      if (!IsCountry(place) || where || abbreviation_end >= end ||
          tokens_[abbreviation_end].kind != TokenKind::kWord) {
        visit(name, CountriesOf(place));
      }
      t = abbreviation_end - 1;
      continue;
    }
    if (!MayBeginPlaceName(Text(t))) continue;
    // But "Pakistan's Balochistan" names two places.
    if (t > first && IsCapitalizedWord(t - 1) && !tokens_[t].newline_before &&
        !IsWordIn(*kOpeners, t - 1) && !IsPossessive(Text(t - 1))) {
      continue;
    }
    // "Jammu and Kashmir", "Gilgit-Baltistan": words joining a name's
    // capitalised words are in the run.
    size_t run = t + 1;
    while (run < end && run < t + kMaxNameWords &&
           (IsCapitalizedWord(run) || (run + 1 < end && JoinsName(run)))) {
      ++run;
    }
    // The longest run that names a place: "North Carolina", "Morocco's".
    // When none does, the run's later words may ("Central Florida").
    size_t named_end = t + 1;
    for (size_t last = run; last > t; --last) {
      const absl::string_view name =
          WithoutPossessive(TextOf(text_, SpanOf(t, last)));
      const std::vector<std::string>& countries = CountriesOf(name);
      if (countries.empty()) continue;
      // "Charlotte County" is no parish of Saint Vincent: a county or a
      // parish is a local place ISO 3166 does not list ("Al Haouz Province"
      // is one it does).
      if (last < tokens_.size() &&
          IsOneOf(Text(last), {"county", "parish", "borough", "township"})) {
        break;
      }
      // "Russia invaded", "Russia's forces": the country that attacks is
      // not where the story's counts are.
      const bool attacks =
          last < end && tokens_[last].kind == TokenKind::kWord &&
          (IsPossessive(Text(last - 1))
               ? IsForceNoun(Text(last))
               : IsOneOf(Text(last), {"invaded", "attacked", "launched",
                                      "bombed", "shelled", "struck"}));
      // "Israel-Gaza fighting", "the Iran-Iraq border": the parties of a
      // fight or the two sides of a border, neither the story's place.
      const auto names_a_place = [&](size_t k) {
        return IsCapitalizedWord(k) &&
               !CountriesOf(CanonicalPlace(Text(k))).empty();
      };
      const bool joined =
          (last + 1 < end && IsSymbol(last, "-") &&
           !tokens_[last].space_before && !tokens_[last + 1].space_before &&
           names_a_place(last + 1)) ||
          (t >= first + 2 && IsSymbol(t - 1, "-") &&
           !tokens_[t - 1].space_before && !tokens_[t].space_before &&
           names_a_place(t - 2));
      // "The Washington Post": a paper named after its city or country is
      // an outlet credited, no place of the story.
      const bool paper =
          last < end && IsCapitalizedWord(last) && NamesAPaper(Text(last));
      // "the Mandalay Bay resort": a venue named after a place, which may
      // lie anywhere.
      const bool venue = last < run && run < end &&
                         IsOneOf(Text(run), {"resort", "casino", "hotel"});
      if (!attacks && !joined && !paper && !venue && !IsDistanceReference(t)) {
        visit(name, countries);
      }
      named_end = last;
      break;
    }
    t = named_end - 1;
  }
}

}  // namespace factcheck::extract
