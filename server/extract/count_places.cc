#include "server/extract/count_places.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "server/extract/numbers.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// How many words after "the country's" may name the part it owns: "the
// country's southern Sindh province".
constexpr size_t kMaxPartWords = 3;

// How many tokens an apposition on a sentence's opening place may take
// with its commas: "In Piura, the worst-hit region, …".
constexpr size_t kMaxAppositionWords = 8;

// How many words may turn a sentence to the place it opens with: "Across
// the border in Afghanistan,".
constexpr size_t kMaxLeadInWords = 3;

// Words that turn a story to another place before naming it: "Across the
// border in", "Meanwhile in". Not "elsewhere in" nor "further north in":
// those name a part ("about 100 elsewhere in Pakistan" counts Pakistan
// outside the places listed before).
const WordSet& LeadInWords() {
  static const WordSet* const kWords = new WordSet(
      {"across", "over", "the", "border", "meanwhile", "also", "back"});
  return *kWords;
}

// Verbs of speech proper, not of counting: a place that speaks by one may
// speak of any place.
bool IsSayingVerb(absl::string_view word) {
  static constexpr absl::string_view kVerbs[] = {
      "said",  "says",   "say",       "told",    "tells",
      "added", "stated", "according", "claimed", "claims"};
  return IsOneOf(word, kVerbs);
}

}  // namespace

bool IsSpeechVerb(absl::string_view word) {
  static constexpr absl::string_view kVerbs[] = {
      "said", "says", "say", "told", "tells", "reported", "reports",
      "announced", "added", "stated", "according", "confirmed", "claimed",
      "claims",
      // "Florida officials have linked about 100 deaths to Ian".
      "linked", "attributed"};
  return IsOneOf(word, kVerbs);
}

const WordSet& PlacesNouns() {
  static const WordSet* const kNouns = new WordSet(
      {"parts", "areas", "regions", "provinces", "states", "countries",
       "cities", "towns", "districts", "counties", "villages", "places",
       "locations", "nations", "territories", "governorates"});
  return *kNouns;
}

const WordSet& BridgeWords() {
  static const WordSet* const kWords = new WordSet(
      {"people", "persons", "person", "individuals", "others", "new", "newly",
       "confirmed", "suspected", "reported", "recorded", "registered",
       "additional", "other", "total", "officially", "reportedly", "already",
       "have", "has", "had", "were", "was", "are", "is", "been", "being", "be",
       "now", "so", "far", "of", "them", "whom", "who", "also", "all", "feared",
       "believed", "presumed", "thought", "likely", "to", "more", "further",
       "among", "the", "residents", "citizens", "inhabitants", "sustained",
       "suffered", "left", "those", "shot", "unconfirmed", "made", "still",
       "remain", "remained", "remains", "internally", "brand", "moved",
       "residing", "living", "sheltering", "staying", "affectees",
       // "12,703 individuals got injured".
       "got", "get", "gets", "getting",
       // "8,300 people have been found injured", "two were found dead".
       "found",
       // "6,085 were known to have been displaced", "are said to have
       // been left homeless", "are estimated to have been affected".
       "known", "said", "estimated",
       // "120 of them were considered to be in critical condition".
       "considered",
       // "more than 300 victims were buried": whose count the verb says.
       "victims",
       // "two deaths occurred in Castile-La Mancha and one in Andalusia".
       "occurred", "happened",
       // "the 349 mainland fatalities".
       "mainland",
       // "two million people still within Ukraine's borders had fled".
       "borders",
       // "including 571,966 completely destroyed", "had been either
       // completely or partially damaged".
       "completely", "partially", "fully", "either",
       // "1,684 … were located in Al Haouz, and 980 others in Taroudant".
       "located",
       // "66 people were potentially still unaccounted for", "485 people
       // were initially admitted to hospitals".
       "potentially", "possibly", "probably", "initially"});
  return *kWords;
}

CountPlaces::PlacesRank CountPlaces::PlacesCountedAt(size_t t,
                                                     size_t end) const {
  if (t + 1 >= end || !IsOneOf(Text(t - 1), {"in", "across", "throughout"})) {
    return PlacesRank::kNone;
  }
  if (tokens_[t].kind != TokenKind::kDigits &&
      !(tokens_[t].kind == TokenKind::kWord &&
        (IsCardinalWord(Text(t)) ||
         IsOneOf(Text(t),
                 {"multiple", "several", "many", "various", "numerous"})))) {
    return PlacesRank::kNone;
  }
  // "several southeast states": which part of the country they lie in.
  size_t noun = t + 1;
  if (noun + 1 < end && tokens_[noun].kind == TokenKind::kWord &&
      IsCompassAdjective(Text(noun))) {
    ++noun;
  }
  if (IsOneOf(Text(noun), {"countries", "nations"})) {
    return PlacesRank::kCountries;
  }
  return IsOneOf(Text(noun), {"states", "provinces", "regions", "prefectures",
                              "territories"})
             ? PlacesRank::kRegions
             : PlacesRank::kNone;
}

bool CountPlaces::CountsAcrossRegions(const Sentence& sentence,
                                      uint32_t at) const {
  const size_t first = TokenAt(sentence, at);
  const size_t end = ClauseEnd(sentence, first);
  for (size_t t = std::max(first, sentence.first_token + 1); t < end; ++t) {
    if (PlacesCountedAt(t, end) == PlacesRank::kRegions) return true;
  }
  return false;
}

CountPlaces::CountPlaces(absl::string_view text,
                         const std::vector<Token>& tokens)
    : PlaceFinder(text, tokens) {}

bool CountPlaces::CountsTheWholeEvent(const Sentence& sentence,
                                      bool story_is_a_region) const {
  static const WordSet* const kPartWords =
      new WordSet({"elsewhere", "another", "outside", "besides", "separately"});
  // Asked of every word of every sentence with a claim: each test first
  // looks at what is cheap to see (a capital next, a number) before a
  // lexicon.
  auto places_follow = [&](size_t t) {
    return t + 1 < sentence.end_token && IsWordIn(PlacesNouns(), t + 1);
  };
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    // "in both countries", "across the three states": several places
    // counted together, none of them the story's place alone.
    const bool after_article =
        t > sentence.first_token &&
        (IsWordToken(t - 1, "the") || IsWordToken(t - 1, "all") ||
         IsWordToken(t - 1, "these"));
    if ((IsWordToken(t, "both") ||
         (after_article && (tokens_[t].kind == TokenKind::kDigits ||
                            (tokens_[t].kind == TokenKind::kWord &&
                             IsCardinalWord(Text(t)))))) &&
        places_follow(t)) {
      return false;
    }
    // "the 243 killed by the storm across multiple states", "in six
    // countries": places of a rank the story's own place is one of (or
    // above it), of which it can be no more than one.
    if (t > sentence.first_token) {
      const PlacesRank rank = PlacesCountedAt(t, sentence.end_token);
      if (rank == PlacesRank::kCountries ||
          (story_is_a_region && rank == PlacesRank::kRegions)) {
        return false;
      }
    }
    if (tokens_[t].kind != TokenKind::kWord) continue;
    // "Quake hits Peru and Ecuador, 120 dead": a disaster that struck two
    // places may have killed in both.
    if (IsCapitalizedWord(t + 1) && IsStrikeVerb(Text(t))) {
      const size_t first_end = PlaceNameEnd(t + 1, sentence.end_token);
      if (first_end != t + 1 && IsWordToken(first_end, "and") &&
          PlaceNameEnd(first_end + 1, sentence.end_token) != first_end + 1) {
        return false;
      }
    }
    // "Quake on Iran-Iraq border kills over 200": two countries joined.
    if (IsSymbol(t + 1, "-") && JoinsName(t + 1) &&
        tokens_[t + 2].kind == TokenKind::kWord &&
        IsCountry(CanonicalPlace(Text(t))) &&
        IsCountry(CanonicalPlace(Text(t + 2)))) {
      return false;
    }
    // "In the northwest, rescuers said 1,280 had been killed": a part of a
    // country the sentence leaves unnamed, not the story's whole. (Not "in
    // the coastal city", which may be the story's own place.)
    if (IsWordToken(t, "the") && t > sentence.first_token &&
        IsOneOf(Text(t - 1), {"in", "In", "across", "Across", "throughout"}) &&
        t + 1 < sentence.end_token && tokens_[t + 1].kind == TokenKind::kWord) {
      const std::string word = absl::AsciiStrToLower(Text(t + 1));
      // "The earthquake, centered in the southwest of the country, has
      // destroyed 52,923 homes": where the quake's centre was, not what
      // its toll counts.
      const bool says_the_centre =
          t >= sentence.first_token + 2 &&
          IsOneOf(Text(t - 2), {"centered", "centred", "registered", "located",
                                "epicentered"});
      if (IsCompassAdjective(word) && !absl::EndsWith(word, "ern") &&
          !says_the_centre) {
        return false;
      }
    }
    // "The combined death toll rose above 7,800": tolls of several places
    // added up (of two countries, or two disasters), no count of the
    // story's place alone.
    if (IsWordToken(t, "combined")) return false;
    // "in other provinces" counts a part; "17 other people" does not.
    if (IsWordToken(t, "other") && places_follow(t)) return false;
    // "Another 153 people were injured", "Another five people lost their
    // lives" add a count, not a place; "in and outside Colombo" takes in
    // the place and what lies past it; "outside the classrooms" says where
    // people stood.
    if (kPartWords->Contains(text_, tokens_[t]) &&
        !(IsWordToken(t, "another") && t + 1 < sentence.end_token &&
          (tokens_[t + 1].kind == TokenKind::kDigits ||
           (tokens_[t + 1].kind == TokenKind::kWord &&
            IsCardinalWord(Text(t + 1))))) &&
        !(IsWordToken(t, "outside") &&
          ((t >= sentence.first_token + 2 && IsWordToken(t - 1, "and") &&
            IsWordToken(t - 2, "in")) ||
           OutsideABuilding(t + 1, sentence.end_token)))) {
      return false;
    }
  }
  return true;
}

bool CountPlaces::OutsideABuilding(size_t t, size_t end) const {
  static const WordSet* const kBuildings = new WordSet(
      {"classroom", "classrooms", "school", "building", "hospital", "church",
       "mosque", "house", "home", "station", "embassy", "courthouse", "stadium",
       "hotel", "theater", "theatre", "club", "store"});
  if (t < end && IsWordToken(t, "the")) ++t;
  return t < end && IsWordIn(*kBuildings, t);
}

size_t CountPlaces::ClauseEnd(const Sentence& sentence, size_t first) const {
  // A clause of a count is a few words; bounded, a sentence of thousands
  // of counts and no comma is read in linear time.
  constexpr size_t kClauseTokens = 40;
  size_t end = first;
  while (end < sentence.end_token && end < first + kClauseTokens &&
         !IsSymbol(end, ",") && !IsSymbol(end, ";") &&
         !IsSymbol(end, "\xE2\x80\x94")) {
    ++end;
  }
  return end;
}

bool CountPlaces::ClauseNamesTheCountry(const Sentence& sentence,
                                        uint32_t at) const {
  const size_t first = TokenAt(sentence, at);
  return NamesTheCountry(first, ClauseEnd(sentence, first));
}

bool CountPlaces::NamesTheCountry(size_t first, size_t end) const {
  for (size_t t = first; t < end; ++t) {
    if (IsWordToken(t, "nationwide") || IsWordToken(t, "countrywide")) {
      return true;
    }
    if (t > first &&
        (IsWordToken(t - 1, "the") || IsWordToken(t - 1, "this")) &&
        IsOneOf(WithoutPossessive(Text(t)), {"country", "nation"}) &&
        !OwnsAPart(t, end) && !IsAPartOf(t - 1)) {
      return true;
    }
  }
  return false;
}

bool CountPlaces::IsAPartOf(size_t article) const {
  // "devastated parts of the country", "the rest of the nation".
  return article >= 2 && IsWordToken(article - 1, "of") &&
         IsOneOf(Text(article - 2),
                 {"parts", "part", "areas", "regions", "much", "most", "rest",
                  "swathes", "corners", "half"});
}

bool CountPlaces::WidensThePlace(size_t t) const {
  if (!IsWordToken(t, "and")) return false;
  ++t;
  if (IsWordToken(t, "the") || IsWordToken(t, "its")) ++t;
  if (!Valid(t)) return false;
  if (IsOneOf(Text(t), {"beyond", "elsewhere", "surroundings", "environs",
                        "suburbs", "outskirts"})) {
    return true;
  }
  return IsOneOf(Text(t), {"surrounding", "nearby", "neighbouring",
                           "neighboring", "adjacent", "outlying", "other"}) &&
         Valid(t + 1) &&
         IsOneOf(Text(t + 1), {"area", "areas", "region", "regions", "towns",
                               "villages", "cities", "communities", "districts",
                               "provinces", "states", "counties", "countries",
                               "islands", "municipalities", "suburbs"});
}

bool CountPlaces::OwnsAPart(size_t t, size_t end) const {
  if (WithoutPossessive(Text(t)).size() == Text(t).size()) return false;
  // "the country's southern Sindh province", "the nation's north".
  for (size_t m = t + 1; m < end && m <= t + kMaxPartWords; ++m) {
    if (tokens_[m].kind != TokenKind::kWord) return false;
    if (IsPlaceKindNoun(Text(m)) || PlaceNameEnd(m, end) != m ||
        IsOneOf(Text(m), {"north", "south", "east", "west", "regions", "parts",
                          "areas", "capital"})) {
      return true;
    }
  }
  return false;
}

bool CountPlaces::PlaceBefore(size_t first, size_t end,
                              const std::vector<PlacedNumber>& placed,
                              Span* place) const {
  // A count's subject stands within a few dozen tokens of it (32 at the
  // farthest in the development texts): reading no further keeps a sentence
  // of thousands of counts ("5 killed 5 killed …") in linear time.
  constexpr size_t kMaxTokensBack = 64;
  if (end > first + kMaxTokensBack) first = end - kMaxTokensBack;
  // "followed by Balochistan with 336 deaths", "Balochistan (238)".
  if (end > first + 1 &&
      (IsWordToken(end - 1, "with") || IsSymbol(end - 1, "("))) {
    if (const size_t name = PlaceNameBefore(first, end - 1); name != end - 1) {
      *place = SpanOf(name, end - 1);
      return true;
    }
  }
  // "In North-West Frontier Province 1,760 people were killed", "while in
  // Punjab 11 were dead": a clause opening with its place, and no comma
  // before the count.
  for (size_t in = end; in > first && in + kMaxNameWords + 3 > end; --in) {
    if (!IsWordToken(in - 1, "in")) continue;
    const size_t opener = in - 1;
    Span found;
    if ((opener == first || IsSymbol(opener - 1, ",") ||
         IsOneOf(Text(opener - 1), {"while", "whereas", "and", "but"})) &&
        PlaceAfter(opener, end, &found) == end) {
      *place = found;
      return true;
    }
    break;
  }
  // The sentence's numbers (in text order) that begin before token `k`;
  // the last of them may hold it.
  size_t numbers_before =
      std::partition_point(
          placed.begin(), placed.end(),
          [end](const PlacedNumber& number) { return number.first < end; }) -
      placed.begin();
  for (size_t t = end; t > first; --t) {
    const size_t k = t - 1;
    // "The quake in Peru killed 8,150 people and injured 17,860": the
    // separator of a number's digits is no punctuation closing the clause.
    while (numbers_before > 0 && placed[numbers_before - 1].first >= k) {
      --numbers_before;
    }
    if (numbers_before > 0 && k < placed[numbers_before - 1].end) {
      t = placed[numbers_before - 1].first + 1;
      continue;
    }
    // "where 412 people were confirmed dead": a passive reports no speaker,
    // nor does an adjective ("where the confirmed figures were 17,388
    // dead"), so the place is read on.
    if (IsSpeechVerb(Text(k)) &&
        !(k > first && (IsFormOfBe(Text(k - 1)) ||
                        IsOneOf(Text(k - 1), {"the", "a", "an"})))) {
      // The subject before `verb`: back to punctuation or a conjunction
      // ("officials in Charlotte County confirmed six and Lee County
      // officials confirmed"), over a hyphen inside a name ("Miami-Dade
      // County officials").
      const auto subject_before = [&](size_t verb) {
        size_t subject = verb;
        while (subject > first &&
               (tokens_[subject - 1].kind == TokenKind::kWord
                    ? !IsOneOf(Text(subject - 1),
                               {"and", "while", "but", "whereas"})
                    : IsGluedHyphen(subject - 1))) {
          --subject;
        }
        return subject;
      };
      const size_t clause = subject_before(k);
      // "Balochistan and Punjab had reported five deaths each": a joint
      // subject is neither place's. "In Libya" frames only a sentence it
      // opens.
      if (RespectivePlace(first, k, end, placed, place)) return true;
      if (clause > first &&
          ((tokens_[clause - 1].kind == TokenKind::kWord &&
            clause >= first + 2 && IsCapitalizedWord(clause - 2)) ||
           IsWordToken(clause, "in"))) {
        return false;
      }
      // "Israel said it had killed 160 militants": the dead the speaker
      // killed are not its own place's.
      if (!KilledBySpeaker(end) &&
          SubjectPlace(clause, k, !IsSayingVerb(Text(k)), place)) {
        return true;
      }
      // "Authorities in Hubei, the province at the epicentre of the
      // outbreak, reported 56 new fatalities": a counting verb's subject
      // before an aside on its place.
      if (clause == k && k > first + 1 && !IsSayingVerb(Text(k)) &&
          !KilledBySpeaker(end)) {
        if (const size_t opening = AsideOpening(first, k - 1, end);
            opening != k - 1 && SubjectPlace(subject_before(opening), opening,
                                             /*counting=*/true, place)) {
          return true;
        }
      }
      // "Buncombe County, home to Asheville, has reported 57 deaths",
      // "Florida on Monday reported 21 deaths": the place itself counts,
      // past an aside on it or the day it did.
      if ((clause == first || IsSymbol(clause - 1, ",")) &&
          !KilledBySpeaker(end) && PlaceHasCounted(first, end, place)) {
        return true;
      }
      // "Azerbaijan hasn't disclosed its military losses, but says 63
      // civilians have been killed": a verb whose subject is left out after
      // "but" or "and" has the one that opens the sentence.
      if (clause == k && k > first && !KilledBySpeaker(end) &&
          (IsWordToken(k - 1, "but") || IsWordToken(k - 1, "and"))) {
        const size_t subject = AfterOpeners(first, k);
        const size_t name_end = PlaceNameEnd(subject, k);
        if (name_end != subject && !IsPossessive(Text(name_end - 1)) &&
            SubjectPlace(first, name_end, /*counting=*/false, place)) {
          return true;
        }
      }
      // "The earthquake in Nepal has claimed 2,400 lives": a disaster
      // claims its count, and no one says so; the place is read on.
      if (k + 1 == end && IsOneOf(Text(k), {"claimed", "claims", "claim"})) {
        continue;
      }
      // "In Iraq, the health ministry said eight had died": a country (or
      // the areas one side holds of it: "In rebel-held northwest Syria")
      // opening the sentence frames what its speaker says; a city or a
      // state ("In Washington, Biden said …") is where the speaker spoke.
      Span opening;
      if (clause > first + 1 && IsSymbol(clause - 1, ",") &&
          PlaceAfter(first, clause - 1, &opening) == clause - 1) {
        const std::string name = CanonicalPlace(TextOf(text_, opening));
        if (IsCountry(name) || IsHeldAreasOfACountry(name)) {
          *place = opening;
          return true;
        }
      }
      return false;
    }
    // "the crush in Seoul on Oct. 29 that killed 156": a month's
    // abbreviating period closes no clause.
    if (k > first && MonthNameEnd(k - 1) == k + 1) continue;
    if (tokens_[k].kind == TokenKind::kSymbol) {
      // ", killing 70": the participle is the measure, or before the number.
      if (IsSymbol(k, ",") && k + 2 >= end && IsHarmParticiple(Text(k + 1)) &&
          LocalEventStruck(first, k, place)) {
        return true;
      }
      // "In Gaza, at least 65": the sentence opens with its place.
      Span opening;
      if (IsSymbol(k, ",") && OpensWithPlace(first, k, &opening)) {
        // "In Chittagong and Barisal, 14 and 6 people died
        // respectively": each number its place, in order.
        size_t list_end = first + 1;
        const std::vector<Span> places = PlaceListAt(first + 1, k, &list_end);
        if (places.size() >= 2 && SaysRespectively(end) &&
            PlaceInOrder(places, k, end, placed, place)) {
          return true;
        }
        *place = opening;
        return true;
      }
      // "Volusia County has had five" after a semicolon, "Lee County, where
      // the storm made landfall, has had 57".
      if (PlaceHasCounted(k + 1, end, place) ||
          (IsSymbol(k, ",") && PlaceHasCounted(first, end, place))) {
        return true;
      }
      if (IsSymbol(k, ",") && IsWordToken(k + 1, "with") &&
          PlaceThatHas(first, end, place)) {
        return true;
      }
      if (IsSymbol(k, ",") && IsWordToken(k + 1, "where")) {
        return WhereAntecedentPlace(first, k, place);
      }
      // "The earthquake in Nepal, the worst in 80 years, has claimed":
      // the subject's place is read on before the aside.
      if (const size_t opening = AsideOpening(first, k, end); opening != k) {
        t = opening + 1;
        continue;
      }
      return false;
    }
    // "Sindh province was the worst-hit region where 759 were killed".
    if (IsWordToken(k, "where") && k > first && !IsSymbol(k - 1, ",") &&
        WhereAntecedentPlace(first, k, place)) {
      return true;
    }
    // "China's death toll from the epidemic hit 361": a place's possessive
    // opens the subject, and no other name stands between it and the number.
    if (IsCapitalizedWord(k) && IsPossessive(Text(k)) &&
        std::none_of(tokens_.begin() + k + 1, tokens_.begin() + end,
                     [this](const Token& token) {
                       // "Lee County's toll from Ian": a cause is no place.
                       const size_t t = &token - tokens_.data();
                       return IsCapitalizedWord(t) &&
                              !IsWordToken(t - 1, "from");
                     })) {
      if (const size_t name = PlaceNameBefore(first, k + 1); name != k + 1) {
        *place = SpanOf(name, k + 1);
        return true;
      }
    }
    Span found;
    // "Rocket fire from Gaza has killed 10 people": where an attack came
    // from, not where its dead were.
    if (AttackOriginAt(k)) continue;
    // "struck back at Gaza after militants there fired rockets that killed
    // two Israelis": places before those who fired are the attackers' (not
    // before rockets fired by someone: "In Ashkelon, rockets fired by
    // militants killed two").
    if (IsOneOf(Text(k), {"fired", "launched"}) && k + 1 < end &&
        !IsOneOf(Text(k + 1), {"by", "from", "at", "on", "into", "toward",
                               "towards", "in"})) {
      return false;
    }
    if (PlaceOrTargetAfter(k, end, &found) &&
        std::none_of(
            placed.begin(), placed.end(),
            [k](const PlacedNumber& other) { return other.end == k; })) {
      *place = found;
      return true;
    }
  }
  return PlaceThatHas(first, end, place) || PlaceHasCounted(first, end, place);
}

size_t CountPlaces::AsideOpening(size_t first, size_t comma, size_t end) const {
  if (!IsSymbol(comma, ",")) return comma;
  // The verb of a toll after the aside: "has so far claimed", "and left".
  const bool coordinated = IsWordToken(comma + 1, "and");
  bool harms = false;
  for (size_t t = comma + (coordinated ? 2 : 1); t < end; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) return comma;
    // "Authorities in Hubei, the province at the epicentre, reported 56
    // new fatalities": a verb that counts, too.
    harms = harms ||
            IsOneOf(Text(t), {"killed", "kills", "claimed", "claims", "left",
                              "leaves", "injured", "wounded", "taken", "took",
                              "reported", "reports", "recorded", "records",
                              "confirmed", "confirms"});
  }
  if (!harms) return comma;
  constexpr size_t kMaxAsideTokens = 12;
  for (size_t t = comma; t > first && t + kMaxAsideTokens > comma; --t) {
    const size_t k = t - 1;
    if (IsSymbol(k, ",")) {
      // A coordination ("Sindh, Punjab and Balochistan,") is no aside; a
      // list of the counted ("including five Indians,") is one only
      // between a toll and the next ("… lives, including five Indians, and
      // left 6,000 injured"): after a subject ("19 shootings that,
      // including the one in Uvalde, left 44 dead") it sums up others.
      if (k + 1 == comma ||
          IsOneOf(Text(k + 1), {"and", "or", "but", "while", "where"}) ||
          (!coordinated && IsWordToken(k + 1, "including"))) {
        return comma;
      }
      // "the worst in 80 years in the Himalayan nation" names no place;
      // "felt in India" does.
      for (size_t m = k + 1; m < comma; ++m) {
        Span named;
        if (PlaceAfter(m, comma, &named) != m &&
            !CountriesOf(CanonicalPlace(TextOf(text_, named))).empty()) {
          return comma;
        }
      }
      return k;
    }
    if (tokens_[k].kind == TokenKind::kSymbol && !IsSymbol(k, "-")) {
      return comma;
    }
  }
  return comma;
}

bool CountPlaces::LocalEventStruck(size_t first, size_t end,
                                   Span* place) const {
  // Back to the clause's start: a comma, a semicolon, or a dateline's dash
  // ("BEIRUT, Lebanon (AFP) — Two enormous explosions …").
  size_t clause = end;
  while (clause > first && !IsSymbol(clause - 1, ",") &&
         !IsSymbol(clause - 1, ";") && !DashBefore(clause)) {
    --clause;
  }
  return PlaceOfALocalEvent(clause, end, place);
}

std::optional<size_t> CountPlaces::ReferenceBack(size_t from, size_t t) const {
  // Only a word of no kind: "the county" after "Florida" is another place.
  if (IsWordToken(t, "in") &&
      (IsWordToken(t + 1, "that") || IsWordToken(t + 1, "the")) &&
      (IsWordToken(t + 2, "area") || IsWordToken(t + 2, "region")) &&
      !IsWordToken(t + 3, "of") && !IsCapitalizedWord(t + 3)) {
    return t;
  }
  for (size_t k = from; k <= t && Valid(k); ++k) {
    if (tokens_[k].kind != TokenKind::kWord) break;
    if (IsLocativeThere(k)) return k;
  }
  return std::nullopt;
}

bool CountPlaces::IsLocativeThere(size_t t) const {
  return IsWordToken(t, "there") && t > 0 &&
         tokens_[t - 1].kind == TokenKind::kWord &&
         !IsOneOf(Text(t - 1), {"and", "but", "while", "so"});
}

bool CountPlaces::PlaceReferredBack(size_t first, size_t from, size_t t,
                                    Span* place) const {
  const std::optional<size_t> reference = ReferenceBack(from, t);
  if (!reference.has_value()) return false;
  // "…, the mayor of Pinar del Río, reported that two people died in that
  // area": the nearest name before it, when it is a place; "Officials in
  // Indian Kashmir say another 1,300 people died there": or the nearest
  // place after a preposition.
  // Within a clause's reach back, so that a sentence of many counts that
  // name no place is read in linear time.
  constexpr size_t kReach = 40;
  *place = Span{};
  const size_t farthest =
      *reference > first + kReach ? *reference - kReach : first;
  for (size_t end = *reference; end > farthest; --end) {
    if (const size_t name = PlaceNameBefore(first, end); name != end) {
      *place = SpanOf(name, end);
      break;
    }
    if (PlaceAfter(end - 1, *reference, place) != end - 1) break;
  }
  return true;
}

bool CountPlaces::PlaceThatHas(size_t first, size_t end, Span* place) const {
  const size_t subject = AfterOpeners(first, end);
  const size_t name_end = PlaceNameEnd(subject, end);
  if (name_end == subject ||
      !IsOneOf(Text(name_end), {"has", "is", "was", "remains"})) {
    return false;
  }
  for (size_t t = name_end + 1; t < end; ++t) {
    // Another clause ("…; Punjab has …", "while …") has its own subject.
    if (IsSymbol(t, ";") || IsWordToken(t, "while") || IsWordToken(t, "but")) {
      return false;
    }
    // "Punjab has the highest number of deaths at 578": what the place has
    // most of is the measure right after.
    if (IsWordToken(t, "with") ||
        (t + 1 == end &&
         IsOneOf(Text(t), {"highest", "largest", "most", "biggest"}))) {
      *place = SpanOf(subject, name_end);
      return true;
    }
  }
  return false;
}

bool CountPlaces::WhereAntecedentPlace(size_t first, size_t end,
                                       Span* place) const {
  // "in Sindh, where 792".
  if (const size_t name = PlaceNameBefore(first, end); name != end) {
    *place = SpanOf(name, end);
    return true;
  }
  // "in the town of Amatrice, where the death toll stands at 221": a place
  // the gazetteer does not know, named after its preposition.
  for (size_t opener = end; opener > first && opener + kMaxNameWords + 4 > end;
       --opener) {
    Span named;
    if (PlaceAfter(opener - 1, end, &named) == end) {
      *place = named;
      return true;
    }
  }
  // "Sindh was the worst-hit province, where 792 people were killed", "The
  // country's southern Sindh province was the worst-hit region where 759":
  // the place is the subject of the clause that "where" describes.
  size_t subject = AfterOpeners(first, end);
  while (subject < end &&
         (IsPossessive(Text(subject)) || IsCompassAdjective(Text(subject)))) {
    ++subject;
  }
  const size_t subject_end = PlaceNameEnd(subject, end);
  if (subject_end == subject) return false;
  size_t verb = subject_end;
  if (verb < end && IsPlaceKindNoun(Text(verb))) ++verb;
  if (!IsOneOf(Text(verb), {"is", "was", "has", "had", "remains"})) {
    return false;
  }
  *place = SpanOf(subject, subject_end);
  return true;
}

bool CountPlaces::OpensWithPlace(size_t first, size_t comma,
                                 Span* place) const {
  if (AttackOpening(first, comma, place) != comma) return true;
  size_t end = PlaceAfter(first, comma, place);
  if (end == first) {
    // "Across the border in Afghanistan,", "Meanwhile in Libya,".
    const size_t preposition = AfterLeadIn(first, comma);
    if (preposition == first) return false;
    end = PlaceAfter(preposition, comma, place);
    if (end == preposition) return false;
  }
  // "In Sylhet district,", "In Khartoum alone,".
  if (end < comma && IsPlaceKindNoun(Text(end))) ++end;
  if (end < comma && IsWordToken(end, "alone")) ++end;
  // "In Piura, the worst-hit region,": an apposition on the place, words
  // only.
  if (end + 2 < comma && end + kMaxAppositionWords >= comma &&
      IsSymbol(end, ",") && IsWordToken(end + 1, "the")) {
    for (size_t w = end + 1; w < comma; ++w) {
      if (tokens_[w].kind == TokenKind::kSymbol &&
          !(IsSymbol(w, "-") && !tokens_[w].space_before)) {
        return false;
      }
    }
    return true;
  }
  return end == comma;
}

size_t CountPlaces::AfterLeadIn(size_t first, size_t limit) const {
  size_t t = first;
  while (t < limit && t < first + kMaxLeadInWords &&
         IsWordIn(LeadInWords(), t)) {
    ++t;
  }
  return t;
}

bool IsFormOfBe(absl::string_view word) {
  return IsOneOf(word, {"is", "are", "was", "were", "been", "being", "be"});
}

bool IsFormOfBeOrHave(absl::string_view word) {
  return IsFormOfBe(word) || IsOneOf(word, {"have", "has", "had"});
}

}  // namespace factcheck::extract
