// Where a numeric claim's count is, as its sentence says it: "in Gaza", "in
// the West Bank", "in Libya's eastern city of Derna" (the most specific
// place), "in Florida and North Carolina" (a combined scope of its own), and
// never a headline's capitalised verb ("Toll In China Rises To 1,016") nor
// who struck ("in Israeli strikes").
#ifndef FACTCHECK_SERVER_EXTRACT_CLAIM_PLACES_H_
#define FACTCHECK_SERVER_EXTRACT_CLAIM_PLACES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "server/extract/measures.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// The most words of a place's name ("United Arab Emirates").
inline constexpr size_t kMaxNameWords = 4;

// Nouns that a nationality before them describes: in "killed in Israeli
// strikes in Gaza", "in U.S. strikes" or "the Russian invasion", the
// capitalised words name who struck, not where.
bool IsForceNoun(absl::string_view word);

// The last word of a local place's name that ISO 3166 does not list:
// "county", "province", "oblast".
bool IsPlaceKindNoun(absl::string_view word);

// A noun of a place's kind that its name may follow after "of": "the
// coastal city of Derna", "the Indonesian island of Lombok", "the province
// of Pinar del Rio".
bool IsKindBeforeAPlaceName(absl::string_view word);

// Verbs by which a disaster reaches a place: "the storm that hit Cuba",
// "Quake hits Peru and Ecuador".
bool IsStrikeVerb(absl::string_view word);

// The participles by which a count tells what the clause before its comma
// did: ", killing 18", ", leaving 30 dead" (any case).
bool IsHarmParticiple(absl::string_view word);

// Prepositions a place is named after: "in", "at", "near", "across",
// "inside", "within", "throughout", "from", "into", "to".
bool IsPlacePreposition(absl::string_view word);

// Adverbs that say most, not all, of something: "937 dead, mostly in
// Sindh", "942 people, mainly civilians,".
bool IsMostlyAdverb(absl::string_view word);

// Verbs by which a place's count is given: "Florida has recorded 25",
// "Romania has received 422,000".
bool IsCountingVerb(absl::string_view word);

// Reads places over one tokenised text; holds views, so the text and tokens
// must outlive it.
class PlaceFinder : protected TokenQueries {
 public:
  PlaceFinder(absl::string_view text, const std::vector<Token>& tokens);

  // A place after a preposition at `i` ("in", "at", "near", "across",
  // "inside", "within", "throughout", "from", "into", "to"), or after "on
  // the" a side stood on or a country's mainland ("on the US mainland":
  // the United States). Returns the end token of the place, or `i` when
  // there is none.
  size_t PlaceAfter(size_t i, size_t limit, Span* place) const;
  // Where the people counted came from, right after their number ending
  // at `number_end` (and a noun for people): "two from Turkey", "five
  // people from Syria". Returns the end token of the place, or
  // `number_end` when there is none.
  size_t OriginAfter(size_t number_end, size_t limit, Span* origin) const;
  // The first place within a few words from `i` ("200 protesters in
  // Minsk", "were fired at Tel Aviv"), not crossing punctuation, another
  // number or an agent ("by").
  bool PlaceNear(size_t i, size_t limit, Span* place) const;
  // The place attacks named at `i - 1` struck, after "on" or "of" at `i`:
  // "airstrikes on Gaza", "the shelling of Kharkiv", "an attack on Ganja"
  // (only a place or city the gazetteer knows: not "attacks on the
  // Capitol"). Returns the end token of the place, or `i` when there is
  // none.
  size_t TargetAfter(size_t i, size_t limit, Span* place) const;
  // The place struck by the clause from `first`: its subject, then a
  // strike verb within a few words, then a place the gazetteer knows or a
  // venue in one ("two Russian missiles reportedly struck a railway station
  // in Kramatorsk", "a strong aftershock hit Malatya").
  bool PlaceStruck(size_t first, size_t limit, Span* place) const;
  // The place where the event a clause from `first` opens with happened,
  // when it strikes one place: an explosion, a gunman, a crush, a fire, or
  // a built site that fell ("A gunman opened fire at a concert in Reno",
  // "a bridge collapsed in Porto"), its subject within a few words.
  bool PlaceOfALocalEvent(size_t first, size_t limit, Span* place) const;
  // The place the words from `first` name something in or at, whatever
  // their verb: "broke out at a stadium in Kumasi", "opened fire at a
  // concert in Reno" (a place the gazetteers know after "in" or "at", or a
  // venue in one).
  bool PlaceInOrAt(size_t first, size_t limit, Span* place) const;
  // Whether a place follows at `i`, after a preposition (PlaceAfter) or as
  // what a campaign of attacks struck (TargetAfter), into `place`.
  bool PlaceOrTargetAfter(size_t i, size_t limit, Span* place) const {
    return PlaceAfter(i, limit, place) != i ||
           TargetAfter(i, limit, place) != i;
  }
  // Where the name of a region follows its holder at `k` ("Indian-
  // administered Kashmir", "Russian-occupied Crimea": a part of the region,
  // a scope of its own): the token of the region's name, or `k` when none
  // does.
  size_t HeldPartNameAt(size_t k, size_t limit) const;
  // The place a clause's subject names, read from `first` to the verb at
  // `verb`: an opening "In Lee County the sheriff said", or a body named
  // after its place ("Lee County Sheriff Carmine Marceno announced",
  // "Florida emergency officials confirmed"), or, before a verb of counting
  // but not of speech (`counting`), a body in a place ("Officials in
  // Charlotte County confirmed six deaths"; not "officials in Geneva said",
  // whose place is the speaker's).
  bool SubjectPlace(size_t first, size_t verb, bool counting,
                    Span* place) const;
  // The first token after a clause's openers and its article, before
  // `end`: "and the" of "and the Florida Department of Health said".
  size_t AfterOpeners(size_t first, size_t end) const;
  // Whether tokens [first, end) are a place and the verbs that give its
  // count: "Monroe County has had", "Florida has recorded".
  bool PlaceHasCounted(size_t first, size_t end, Span* place) const;
  // The end of the longest run of capitalised words from `first` that names
  // a place (one ISO 3166 knows, or "Lee County", "Hama Province"), or
  // `first` when none does.
  size_t PlaceNameEnd(size_t first, size_t limit) const;
  // The end of an abbreviation written with glued periods from `first`
  // ("U.S.", "N.Y.", "Fla.") that names a place, or `first` when none
  // does.
  size_t AbbreviatedPlaceEnd(size_t first, size_t limit) const;
  // The first token of the place name that ends at token `end` ("followed
  // by Balochistan with 336"), or `end` when none does. Reads no further
  // back than `first`.
  size_t PlaceNameBefore(size_t first, size_t end) const;
  // The places listed from `first` ("Khyber Pakhtunkhwa and Punjab",
  // "Sindh, Punjab and Balochistan"), up to the first token that continues
  // no list, whose index goes to `end`.
  std::vector<Span> PlaceListAt(size_t first, size_t limit, size_t* end) const;
  // Whether token `t` joins two capitalised words of one name: the "and" of
  // "Azad Jammu and Kashmir", the hyphen of "Gilgit-Baltistan", the "del"
  // of "Pinar del Rio", the "-au-" of "Port-au-Prince".
  bool JoinsName(size_t t) const;
  // Whether token `t` is a lower-case particle glued between hyphens inside
  // a name: the "au" of "Port-au-Prince", the "de" of "Saint-Jean-de-Luz".
  bool IsHyphenedParticle(size_t t) const;
  // A lower-case particle of a place's name: "del", "de", "es" ("Dar es
  // Salaam").
  bool IsNameParticle(size_t t) const;
  // A place a sentence names, and whether it only says where someone spoke
  // ("told reporters in Islamabad", "said in Kathmandu"), which places no
  // count.
  struct NamedPlace {
    std::string name;
    bool where_spoken = false;
    // Named by an "in" right after the place before it: where that one is
    // ("at St Sebastian Church in Negombo").
    bool says_where_previous_is = false;
  };
  // The canonical places a sentence names after a preposition.
  std::vector<NamedPlace> PlacesIn(const Sentence& sentence) const;
  // The place a heading line names: a line of nothing but a known place's
  // name ("Sindh", "North Carolina"), above the counts that are its own.
  std::optional<std::string> PlaceHeading(const Sentence& sentence) const;
  // The place the document is about: a subdivision it names at least twice
  // and more than any other, when it never names its country ("Florida" in
  // a story of Lee County and Central Florida), else its country: the one
  // its place names and adjectives point to most (countries and their
  // subdivisions, by ISO 3166: "Sindh" and "Balochistan" point to
  // Pakistan), at least twice and more than any other. A story that names
  // the country counts it whole. Empty when neither is found.
  struct StoryPlace {
    std::string place;
    // The place is a country, and the story names one of its regions at
    // least twice ("Balochistan" in a story of Pakistan's floods): a count
    // it leaves unplaced may be that region's.
    bool names_a_region = false;
    // The country the place lies in, as the story's places point to it
    // ("Florida" in the United States, not Uruguay), or the only one it
    // may lie in ("Sindh" in Pakistan); empty when neither.
    std::string country;
  };
  StoryPlace DocumentPlace() const;
  // The site a story names at least twice, and more than any other, when
  // it names no country or region: a name and what was built there
  // ("Grenfell Tower", "Rana Plaza"), the scope of a disaster that struck
  // one building. Empty when none.
  std::string SiteOfTheStory() const;
  // The place the gazetteer does not know that a story names after "in" at
  // least twice, and more than any other, when it names no country, region
  // or site: a town ("rescuers in Surfside") whose counts are its own.
  // Not where someone spoke ("said in Doral"). Empty when none.
  std::string UnknownTownOfTheStory() const;
  // The country "the country" in `sentence` means: the one its event
  // struck ("A quake shook Nepal, killing 1,805 people in the country" in a
  // story about Tibet), else the story's `story_country` ("Thousands crossed
  // into Moldova and Romania, while 100,000 are displaced in the country"
  // in a story about Ukraine).
  std::string CountryMeant(const Sentence& sentence,
                           const std::string& story_country) const;
  // The countries a sentence names, by their places' names ("Syria's
  // health ministry", "in Aleppo") or their adjectives ("Syrian
  // officials"), each once, in order; not a country named as the one that
  // attacks ("Russian forces").
  std::vector<std::string> CountriesNamedIn(const Sentence& sentence) const;
  // A month at `i` as news copy dates: "May", "May 12", "Oct. 7". Returns
  // the token after it and its day, or `i` when there is none. An
  // abbreviation is a month only before its day: "Jan Egeland" is a name.
  size_t MonthEnd(size_t i, size_t limit) const;

 private:
  // The place named after the opener at `i` (a preposition, or a verb by
  // which a disaster reached it), as PlaceAfter; `known_only` takes only a
  // place the gazetteer knows.
  size_t NamedPlaceAfter(size_t i, size_t limit, bool known_only,
                         Span* place) const;
  // The first token of a place's name after the words at `k` that
  // describe it: "the besieged Gaza Strip", "war-torn Syria", "the occupied
  // West Bank", "Hamas-run Gaza", "rebel-held Idlib". A holder before a
  // country names a part of it ("occupied Ukraine", "rebel-held Syria"),
  // and a country before its own part ("Indian-administered Kashmir") a
  // part of a region: neither is passed over. `k` when nothing is.
  size_t AfterPlaceDescription(size_t k, size_t limit) const;
  // The place named after a venue whose article or small number is at `k`:
  // "a railway station in Kramatorsk", "an elementary school in Uvalde",
  // "two mosques in Christchurch" (a few lower-case words, then "in" and the
  // place). Returns the end token of the place, or `k` when there is none.
  size_t PlaceOfVenue(size_t k, size_t limit, Span* place) const;
  // The place the event of a "when", "as" or "after" clause at `i` struck:
  // "killed when two missiles struck a railway station in Kramatorsk",
  // "when the quake hit Nepal", "killed as the storm battered Florida",
  // "dead after a building collapsed in Surfside", "died after gunmen
  // attacked two mosques in Christchurch". Only a strike verb, a verb of
  // collapse before its "in", or an event of one place within a few words
  // says it.
  bool PlaceStruckWhen(size_t i, size_t limit, Span* place) const {
    return IsOneOf(Text(i), {"when", "as", "after"}) &&
           (PlaceStruck(i + 1, limit, place) ||
            PlaceOfALocalEvent(i + 1, limit, place));
  }
  // The end of the areas one side of a conflict holds, named from `k`:
  // "Yemeni government-held areas", "Houthi-held territory" (a scope of
  // their own, never their country's whole; see CanonicalPlace); `k` when
  // none are.
  size_t HeldAreasEnd(size_t k, size_t limit) const;
  // The end of a holder's part of a divided region named in words from
  // `k`: "Indian part of Kashmir", "Pakistan's part of divided Kashmir",
  // "part of divided Kashmir that India controls" (CanonicalPlace reads
  // them as the part), or `k` when none is.
  size_t RegionPartEnd(size_t k, size_t limit) const;
  // Calls `visit` for each name of a place ISO 3166 knows among tokens
  // [first, end), longest first ("North Carolina", not "North"), with the
  // countries it may lie in; not for a place named as the one that attacks
  // ("Russia invaded", "Russia's forces").
  void KnownPlaces(
      size_t first, size_t end,
      absl::FunctionRef<void(absl::string_view name,
                             const std::vector<std::string>& countries)>
          visit) const;
  // Whether the place named from token `t` is the point a distance is
  // measured from ("located about 85 miles east-northeast of Puerto Plata",
  // "200 km from Lima"): where a storm or a quake's centre was reckoned
  // from, no place the story is about.
  bool IsDistanceReference(size_t t) const;
  // A capitalised word that cannot be part of a place's name: a headline's
  // verb, preposition or measure, unless it begins a name the gazetteer
  // knows ("New Zealand", "New York").
  bool EndsTitleCasePlace(size_t k) const;
  // Whether the two or three capitalised words from token `k` are a name
  // the gazetteer knows.
  bool BeginsKnownName(size_t k) const;
  // The words [first, end) as a name is written, whatever their case:
  // "MARRAKESH" is "Marrakesh".
  std::string AsWritten(size_t first, size_t end) const;
  // The places the document's first tokens name, read in one pass.
  struct PlaceTally {
    // Per country, its votes: a name several countries share splits its
    // vote; a country's adjective is a vote.
    absl::flat_hash_map<std::string, double> votes;
    // Per canonical place named, how often, and the countries it may lie in.
    absl::flat_hash_map<std::string, int> mentions;
    absl::flat_hash_map<std::string, std::vector<std::string>> countries;
    // Per country, how often its adjective names who strikes ("Israeli
    // strikes", "Russian forces").
    absl::flat_hash_map<std::string, int> strikes;
    // Per country, how often it or a place of it is named as where things
    // are ("in Ukraine", "across Libya"), not only who acts ("war with
    // Russia", "Russia's defence ministry").
    absl::flat_hash_map<std::string, int> located;
    // The event is named striking two countries or more at once ("Cyclone
    // Idai battered Mozambique, Zimbabwe and Malawi"): a count the story
    // leaves unplaced may be the whole event's.
    bool struck_several_countries = false;
    // The countries the headline names ("Disaster Unfolding in Pakistan's
    // Mountains").
    absl::flat_hash_set<std::string> in_headline;
  };
  PlaceTally TallyPlaces() const;
  // The country `tally` points to most, at least twice and more than any
  // other (or, of countries tied, the only one named as where things are:
  // "Russian officials … the operation in Ukraine"); empty when none does,
  // when the event struck several countries at once and the headline
  // names none of them alone, or when its forces
  // are named striking (twice or more) and a place of another country is
  // named at least twice and half as often as it ("Israeli warplanes
  // struck Gaza").
  static std::string CountryOf(const PlaceTally& tally);
  // For a story that names its country once ("South Korea is wrapped in
  // grief") among others named in passing ("victims from Iran, China and
  // Norway"): the one of them whose cities it names at least twice, more
  // than any other's ("in central Seoul … Jung-gu, Seoul"). Empty when a
  // country is named twice or strikes, no country's cities lead, or the
  // story names a region of the one that does.
  std::string CountryItsCitiesConfirm(const PlaceTally& tally) const;

 protected:
  // A disaster, disease or attack: named before what it caused
  // ("coronavirus cases", "flood deaths"), or as the agent of a count
  // ("displaced by the floods in Libya").
  bool IsCause(size_t t) const {
    if (tokens_[t].kind != TokenKind::kWord) return false;
    static const WordSet* const kCauses = new WordSet(
        {"coronavirus", "virus",    "covid",      "flood",     "flooding",
         "storm",       "quake",    "earthquake", "hurricane", "cyclone",
         "typhoon",     "tornado",  "cholera",    "measles",   "dengue",
         "malaria",     "ebola",    "flu",        "influenza", "heat",
         "heatwave",    "fire",     "wildfire",   "landslide", "mudslide",
         "monsoon",     "rain",     "blast",      "explosion", "crash",
         "disease",     "outbreak", "epidemic",   "pandemic",  "avalanche",
         "tsunami",     "mpox",     "sars",       "floods",    "storms",
         "earthquakes", "quakes",   "fires",      "wildfires", "rains",
         "landslides",  "strikes",  "airstrikes", "shelling",  "temblor",
         "tremor",      "blasts",   "explosions", "bombing",   "bombings"});
    return IsWordIn(*kCauses, t);
  }
  // The measure words, for this finder and the recognisers built on it.
  const MeasureLexicon& measures_;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CLAIM_PLACES_H_
