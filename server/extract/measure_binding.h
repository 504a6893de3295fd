// What a number of a sentence counts: the measure word bound to it ("65
// people were killed", "the death toll rose to 41"), who among the counted
// it names ("44 children") and where a sentence's figures come from.
// ClaimFinder (numeric_claims.cc) builds the claims on these bindings.
#ifndef FACTCHECK_SERVER_EXTRACT_MEASURE_BINDING_H_
#define FACTCHECK_SERVER_EXTRACT_MEASURE_BINDING_H_

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "server/extract/count_places.h"
#include "server/extract/measures.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// How far a count named before its number may stand from it ("the death
// toll from the earthquake in Morocco has risen to 2,012").
inline constexpr size_t kLinkWindow = 20;
// How far back a toll's cause may stand from the figure it links to
// ("the death toll from the bombings targeting … has risen to 207").
inline constexpr size_t kCauseWindow = 3 * kLinkWindow;
// How far from the number a measure word may stand, in tokens.
inline constexpr size_t kMeasureWindow = 12;

class MeasureBinder : public CountPlaces {
 public:
  // `text` and `tokens` must outlive it.
  MeasureBinder(absl::string_view text, const std::vector<Token>& tokens)
      : CountPlaces(text, tokens) {}

 protected:
  using Placed = PlacedNumber;

  // The subgroup lexicon (data/subgroups.tsv): ids index the canonical
  // names.
  struct Subgroups {
    PhraseTable phrases;
    std::vector<std::string> names;
  };
  static const Subgroups& SubgroupLexicon();

  // A nation's people named from token t, counted as "people" are:
  // "Ukrainians", "Syrians", "US citizens", "French nationals", "(one)
  // Austrian was". Returns the token after their words and sets `people`
  // to their group (PeopleFrom their country); returns t when no people is
  // named there.
  size_t NationalsEnd(size_t t, std::string* people) const;
  // Whether a verb of taking stands before the number: "claimed 77",
  // "took an additional 170", "cost over 1,000", "claimed a confirmed 227".
  bool TakenBefore(const Placed& number) const {
    size_t k = number.first;
    while (k > 0 &&
           IsOneOf(Text(k - 1), {"a", "an", "additional", "another", "some",
                                 "nearly", "about", "confirmed"})) {
      --k;
    }
    return k > 0 && IsTakingVerb(k - 1);
  }
  // Whether the taken thing at tokens [first, end) is named before its
  // count by a verb of taking: "claimed the lives of 19 children".
  bool TakenBeforeItsCount(size_t first, size_t end) const {
    return first >= 2 && IsWordToken(first - 1, "the") &&
           IsTakingVerb(first - 2) && IsWordToken(end, "of");
  }
  // "claimed", "took", "cost" and their forms.
  bool IsTakingVerb(size_t t) const {
    return IsOneOf(Text(t),
                   {"claimed", "claiming", "claims", "claim", "took", "taken",
                    "take", "takes", "taking", "cost", "costing", "costs"});
  }
  // Where a sentence's figures come from.
  struct Provenance {
    // "according to official reports", or a headline's "Gaza officials:".
    std::optional<Span> source;
    // A headline's topic before its colon names where its figures are:
    // "Explosions in Beirut: at least 73 dead", "Quake in Nepal: death toll
    // rises to 1,200". Its place's tokens.
    std::optional<Span> topic_place;
    // The first token that may hold a claim: after a headline's source.
    size_t claims_first = 0;
    // A related-article line ("Read: …"): the figures are an earlier
    // article's.
    bool related_article = false;
  };
  // What a number counts.
  struct Binding {
    const MeasureMatch* measure = nullptr;
    // The measure stands before the number ("killed 20", "the toll rose to
    // 20").
    bool before = false;
    // The first item of a list the measure opened ("deaths …, including
    // 1,452 in Al Haouz"): the item's words and place are its own.
    bool list_item = false;
    // Who among the counted ("children"), and the token after its words.
    std::string subgroup;
    size_t subgroup_end = 0;
    // The subgroup is a nation's people the number counts ("three
    // Americans were killed"), a group only abroad (NumericClaim).
    bool subgroup_is_a_people = false;
    // With subgroup_is_a_people, the group the words name besides whose
    // it is ("464 Iranian pilgrims": "pilgrims"), the count's group at
    // home (NumericClaim).
    std::string subgroup_at_home;
    // Where the clause goes on after an aside that named the measure
    // ("1,684, or more than half of the deaths, were in Al Haouz"): the
    // token after its closing comma; 0 when there is none.
    size_t after_aside = 0;
    // A part of a day's new count the sentence opens by naming ("Of the new
    // deaths, 37 were in Hubei"): an increase, as the whole is.
    bool part_of_increase = false;
    // A part of a count the sentence names ("Of the dead, 12 were women",
    // "Two of the dead were children"): the token after which its
    // predicate may say which group; 0 when the count is no such part.
    size_t part_from = 0;
  };
  // The measure bound to placed[k]: right before it ("killed 20"), after it
  // across words that only say who or where ("65 people in Gaza were
  // killed", "17 new cases", "44 children were killed"), or named before it
  // and linked to it ("the death toll from the virus rose to 41"); a noun
  // for who is counted ("troops") only when nothing else is bound.
  Binding BindMeasure(const Sentence& sentence,
                      const std::vector<Placed>& placed, size_t k,
                      const std::vector<MeasureMatch>& found,
                      const Provenance& provenance) const;
  // The group a part of a count is, from its predicate ("… were
  // children"): sets `binding`'s subgroup, keeps a part by place ("… were
  // in Hubei") or of no kind said ("300,000 of the refugees had arrived")
  // and unbinds a part of any other kind ("… were brothers"). Whether the
  // predicate named a group or a place.
  bool ReadPartsGroup(const Sentence& sentence, Binding* binding) const;
  // The group a count named before its number is of, from the measure's
  // own words: "the civilian death toll rose to 150", "the number of
  // children killed reached 61", "the death toll among civilians rose to
  // 150". Sets `binding`'s subgroup when they name one; `number` is the
  // number's first token.
  void ReadMeasuresGroup(const MeasureMatch& measure, size_t number,
                         Binding* binding) const;
  // The token after "as" when the words from `first` say the counted were
  // classed as something ("… had been recognized as", "were classified
  // as"); 0 otherwise.
  size_t ClassedAsEnd(size_t first, size_t end) const;
  // The group a participle names right after it, past whose they are:
  // "1,177 killed soldiers", "30 wounded Ukrainian civilians", "the number
  // of killed soldiers". Sets `binding`'s subgroup when a group ends at or
  // before token `end`.
  void ReadParticiplesGroup(const MeasureMatch& measure, size_t end,
                            Binding* binding) const;
  // "17 children and adults", "women and children": when another group
  // follows `binding`'s after "and", ending at or before token `end`, the
  // count is of both (JoinedSubgroups). Whether one did.
  bool JoinsAnotherGroup(size_t end, Binding* binding) const;
  // Whether the predicate from token `from` on says where ("… died in
  // Balochistan") before its clause ends.
  bool PlaceInPredicate(const Sentence& sentence, size_t from) const;
  // The measure starting at token `t` of `found`, or null (a binary
  // search: `found` is in text order).
  static const MeasureMatch* MeasureAt(const std::vector<MeasureMatch>& found,
                                       size_t t);
  // The number of `placed` that holds token `t`, or null (likewise).
  static const Placed* PlacedAt(const std::vector<Placed>& placed, size_t t);
  // The token of "from" when `measure` names a cause after it, at most two
  // words on ("from bomb blasts", "from the Israeli strikes"); 0 otherwise,
  // and for the head of a count ("up from the previous toll of 81").
  size_t CauseFrom(const MeasureMatch& measure) const;
  // The token of the noun a number ending at `t` counts: `t`, or the word
  // after a singular noun naming its kind ("two city mosques", "three
  // village schools").
  size_t CountedNounAt(size_t t) const;
  // Whether `measure` is a verb in the passive, after a form of "be" and at
  // most one adverb: "were injured", "were also killed".
  bool IsPassiveVerb(const MeasureMatch& measure) const;
  // The count named before `here` that a link word at `linked_first - 1`
  // ("rose to", "stood at", "of") links to it: the nearest head of a count
  // ("toll", "number"), or the measure named right before that head in
  // its phrase ("the injured individuals' toll"), else (but after "remained")
  // the nearest measure not in the passive ("500 were injured as gunmen hit
  // 3 hotels" links nothing), across no other number of the same kind (not
  // "rose from 35 to 43"'s 35, nor a magnitude or a span of time), never a
  // cause after "from"; null when none is. `before_end` ends the measures of
  // `found` before the number.
  const MeasureMatch* LinkedMeasureBefore(
      const Placed& here, const std::vector<Placed>& placed,
      const std::vector<MeasureMatch>& found,
      std::vector<MeasureMatch>::const_iterator before_end, size_t linked_first,
      const Provenance& provenance) const;
  // Whether `measure`, bound to a number, is one of two tallies counted
  // together, which makes the count neither's: "feared missing or dead",
  // "6,000 dead and wounded", "destroyed or badly damaged", before the
  // number "the number of dead and missing tops 16,600", "the toll of dead
  // and missing" (not "20 were killed and 50 injured", where the second has
  // its own number, nor "hundreds of airstrikes and rockets", no tally of
  // people, nor "missing or unaccounted for", one tally named twice).
  // `before`: the measure stands before the number.
  bool CountsTwoTallies(const MeasureMatch& measure, bool before,
                        const std::vector<Placed>& placed,
                        const std::vector<MeasureMatch>& found) const;
  // Whether a possessive determiner follows the "of" at `of`: "729 of
  // their troops", "18 of its civilians" count that side's own group (not
  // a part of a group counted before, as "of the" may).
  bool OwnersAfterOf(size_t of) const {
    return IsWordToken(of, "of") && Valid(of + 1) &&
           IsOneOf(Text(of + 1), {"their", "its", "our", "his", "her"});
  }
  // Whether a capitalised word follows the preposition at `preposition`,
  // past a "the": a name ("in Balochistan", "from the United States"), not
  // a state ("in critical condition").
  bool NameAfter(size_t preposition) const {
    return IsCapitalizedWord(IsWordToken(preposition + 1, "the")
                                 ? preposition + 2
                                 : preposition + 1);
  }
  // The end of a place name ("Ukraine", "North Carolina") or a people's
  // adjective ("Syrian", "ethnic Armenian") at `first` that stands before a
  // lower-case noun: the origin of those a number counts. `first` when none
  // does.
  size_t OriginEnd(size_t first, size_t end) const;
  // The end of a name no gazetteer knows at `first` that stands right
  // before a noun of the counted ("20 Hamas militants", "18 Nagorno-Karabakh
  // civilians", "12 Kharkiv residents"): whose they are, so the count is of
  // the noun's group, read past the name. `first` when none does.
  size_t NameOfTheCountedEnd(size_t first, size_t end) const;
  // `subgroup` as the count's own words name it, soldiers taking the side
  // a people's adjective at `origin` names ("498 Russian troops": "Russia's
  // soldiers"): the two sides' soldiers fall in the same places and are
  // counted side by side, and neither count is the other's.
  std::string SidedSubgroup(std::string subgroup, size_t origin) const;
  // Sets `binding`'s subgroup to `subgroup` as SidedSubgroup names it; a
  // people's adjective at `origin` before another group ("464 Iranian
  // pilgrims") makes it that people's, a group only abroad, the group
  // alone at home.
  void SetOriginsGroup(const std::string& subgroup, size_t origin,
                       Binding* binding) const;
  // The subgroup of a count of two groups: none for children and adults
  // (everyone), else both names ("women and children").
  static std::string JoinedSubgroups(const std::string& first,
                                     const std::string& second);
  // `subgroup` as "their" or "its" owns it ("729 of their troops"): soldiers
  // take the side of the country, or a people's adjective, first named in
  // tokens [first, number) ("Russian officials announced that 498 of their
  // troops", "Russia says 1,351 of its soldiers": "Russia's soldiers").
  std::string OwnersSubgroup(std::string subgroup, size_t first,
                             size_t number) const;
  // The subgroup of `country`'s soldiers: "Russia's soldiers", "the
  // Philippines' soldiers".
  static std::string SoldiersOf(absl::string_view country);
  // The country whose officials, forces or side give the count at `here`
  // (of soldiers or fighters, or killed by its speaker): named in the
  // sentence's `source`
  // ("according to the Russian side"), else in the subject of the nearest
  // verb of saying before the number ("The Azerbaijani defence ministry
  // said", "Russian officials have announced that", "Ukraine's Ground
  // Forces claimed"), else in the attribution after it (", the chief of
  // the Russian General Staff said"), by its name, a place of it or its
  // adjective; never a place after a preposition ("officials in Geneva
  // said"). Empty when the sentence names none.
  std::string ClaimantCountry(const Sentence& sentence, const Placed& here,
                              const std::optional<Span>& source) const;
  // Whether `subgroup` is one side's soldiers (SidedSubgroup).
  static bool NamesASide(absl::string_view subgroup) {
    return absl::EndsWith(subgroup, " soldiers");
  }
  // Whether the count at `here`, its measure bare after it, is joined to
  // the count of the same sentence whose number starts at token
  // `previous` so as to leave out the group that one named ("498 Russian
  // troops have been killed and 1,597 injured", "2,870 Ukrainian troops
  // killed, 3,700 injured"): not when that count is a part of another
  // ("including 16 children, and 300 injured").
  bool SharesElidedGroup(const PlacedNumber& here, size_t previous) const;
  // The token after an aside from `i` that names, in words, who is among
  // those counted or who they were, up to its closing comma: "including a
  // child,", "among them a soldier,", "both civilians and soldiers,",
  // "mostly women,", "many of them children,", "11 of them children,". `i`
  // when none does.
  size_t WordAsideEnd(size_t i, size_t limit) const;
  // Whether the number `here` stands in an aside a dash opened after a
  // count of its sentence, within kMeasureWindow tokens before it ("31
  // people — 16 civilians …").
  bool InsideADashedAside(const PlacedNumber& here,
                          const Sentence& sentence) const;
  // The token after words from `i` that describe the counted up to the
  // verb that counts them: "linked to the explosions", "accused of
  // looting" (up to a form of "be" or "have"). `i` when none do.
  size_t DescriptionOfTheCountedEnd(size_t i, size_t limit) const;
  // Whether tokens [first, end) are at most a few auxiliary or suffering
  // verbs ("have suffered", "were"): no noun that would say who is counted.
  bool OnlyVerbsBetween(size_t first, size_t end) const;
  // Whether the word at `t`, right after a number, may narrow the group
  // named after it ("12 young children", "20 senior officials"): a
  // lower-case word, no preposition, conjunction or scale ("half mln
  // children").
  bool NarrowsTheGroupAfter(size_t t) const;
  // Whether the word at `t` is a verb of listing the counted as something
  // ("listed", "identified", "confirmed"), before the "as" that says what.
  bool IsListingVerb(size_t t) const {
    return IsOneOf(Text(t), {"confirmed", "identified", "listed", "counted",
                             "registered"});
  }
  // The first token of what a verb of flight names: after it, past one
  // preposition ("fled to Poland": "Poland"; "fled their homes": "their").
  size_t FlightObject(const MeasureMatch& flight, size_t end) const;
  // What a verb of flight counts: refugees where the people left a country
  // or reached one ("fled Ukraine", "fled to Poland", "crossed into
  // Hungary", "fled abroad"), the displaced where they left their homes
  // ("fled their homes"), else those who fled; "" where an arrival names no
  // country ("500 arrived in port" counts no refugees). Reads no further
  // than `end`.
  absl::string_view FlightMeasure(const MeasureMatch& flight, size_t end) const;
  // The country a verb of flight names right after it, where the people
  // went or left ("fled to Poland", "have entered Romania", "fled
  // Ukraine").
  bool FlightPlace(const MeasureMatch& flight, size_t end, Span* place) const;
  // The verb of flight that says where a count of refugees went: the
  // measure itself ("fled to Poland"), or one a few words after a noun of
  // refugees ("refugees from Ukraine have arrived in Poland"); null when
  // none does.
  const MeasureMatch* FlightOf(const MeasureMatch& measure,
                               const std::vector<MeasureMatch>& found,
                               size_t end) const;
  // Whether a modal verb stands in tokens [first, end): "up to 4 million
  // people may leave", "the toll could rise to 10,000".
  bool ModalBetween(size_t first, size_t end) const {
    static const WordSet* const kModals =
        new WordSet({"may", "might", "could", "would", "will", "expected",
                     "projected", "forecast", "predicted"});
    for (size_t t = first; t < end; ++t) {
      if (IsWordIn(*kModals, t) && !IsMonthMay(t)) return true;
    }
    return false;
  }
  // Whether the figure at [first, end) is a guess at the count, not a
  // count: a word of guessing right before it ("estimates of 10,000 dead",
  // "officials had feared 10,000 people died", "based on their estimate,
  // 10,000 died"), at the end of an estimate ("the toll is estimated at
  // 200,000"), or between it and its measure after ("1,200 people were
  // feared dead"). "An estimated 43,059" names an approximate tally and
  // stays a count; "fear the toll of 1,774 will rise" is no guess at 1,774.
  bool GuessedAt(size_t first, size_t end, size_t measure_begin) const {
    static const WordSet* const kGuesses =
        new WordSet({"estimate", "estimates", "feared", "fear", "fears",
                     "guessed", "guess", "guesses", "speculated"});
    static const WordSet* const kFears =
        new WordSet({"feared", "fear", "fears"});
    // "The UN estimates that more than 185 people have died" reports the
    // UN's tally; "officials feared that 10,000 had died" a guess.
    size_t t = first;
    while (t > 0 && (IsWordToken(t - 1, "of") || IsSymbol(t - 1, ","))) --t;
    if (t > 1 && IsWordToken(t - 1, "that") && IsWordIn(*kFears, t - 2)) {
      return true;
    }
    if (t > 0 && IsWordIn(*kGuesses, t - 1)) return true;
    // "The death toll is estimated at 200,000", "estimated the number of
    // people killed in the quake at between 30,000 and 40,000": the figure
    // an estimate puts the count at.
    static const WordSet* const kEstimating =
        new WordSet({"estimated", "estimates", "estimate", "estimating"});
    constexpr size_t kMaxEstimateReach = 12;
    if (t > 1 && IsWordToken(t - 1, "at")) {
      for (size_t k = t - 1; k > 0 && k + kMaxEstimateReach > t; --k) {
        if (tokens_[k - 1].kind != TokenKind::kWord) break;
        if (IsWordIn(*kEstimating, k - 1)) return true;
      }
    }
    for (size_t k = end; k < measure_begin; ++k) {
      if (IsWordIn(*kGuesses, k)) return true;
    }
    return false;
  }
  // "rose on Monday, May 3, to 120", "on 3 May": the month, no modal.
  bool IsMonthMay(size_t t) const {
    const auto digits = [&](size_t u) {
      return Valid(u) && tokens_[u].kind == TokenKind::kDigits;
    };
    return Text(t) == "May" && (digits(t + 1) || (t > 0 && digits(t - 1)));
  }
  // "the 1000 mark", "the 10,000 milestone" (the mark is no currency
  // there): a figure a count passes.
  bool IsMilestone(const Placed& number) const {
    static const WordSet* const kWords =
        new WordSet({"mark", "milestone", "threshold"});
    const size_t word =
        IsWordIn(*kWords, number.end - 1) ? number.end - 1 : number.end;
    return number.first > 0 && IsWordToken(number.first - 1, "the") &&
           IsWordIn(*kWords, word);
  }
  // "holds some 5,000 missiles", "an arsenal of 150,000 rockets": what one
  // side keeps, not what it launched.
  bool IsHeldStock(const Placed& number) const {
    static const WordSet* const kHolding = new WordSet(
        {"holds", "hold", "holding", "possesses", "possess", "possessed",
         "owns", "own", "keeps", "stockpiled", "amassed", "stores", "stored"});
    static const WordSet* const kStocks =
        new WordSet({"arsenal", "arsenals", "stockpile", "stockpiles", "stock",
                     "stocks", "inventory", "cache", "caches", "supply"});
    if (number.first == 0) return false;
    const size_t before = number.first - 1;
    return IsWordIn(*kHolding, before) ||
           (before > 0 && IsWordToken(before, "of") &&
            IsWordIn(*kStocks, before - 1));
  }
  // Whether `verb` is a measure of homes that names no home, only what
  // befell them ("destroyed", "partially damaged"), so that the words
  // around its number say what was destroyed.
  bool CountsHomesByItsVerb(const MeasureMatch& verb) const {
    if (verb.entry->measure.rfind("homes ", 0) != 0) return false;
    for (size_t t = verb.begin; t < verb.end; ++t) {
      if (IsWordIn(HomeNouns(), t)) return false;
    }
    return true;
  }
  // Whether a verb that counts buildings ("destroyed", "damaged", "razed")
  // at `verb`, right before a number ending at `end`, destroyed something
  // else: "destroyed 40 armoured vehicles", "damaged 20 bridges". A
  // building named after the number ("homes", "houses") or nothing at all
  // ("512 were partially destroyed") keeps it a count of homes.
  bool DestroyedSomethingElse(const MeasureMatch& verb, size_t end) const {
    if (!CountsHomesByItsVerb(verb)) return false;
    // The word after the number, and the one after that when the first
    // may describe it ("40 armoured vehicles", "40 residential buildings").
    if (!Valid(end) || tokens_[end].kind != TokenKind::kWord ||
        IsWordIn(HomeNouns(), end) || IsWordIn(BridgeWords(), end) ||
        IsOneOf(Text(end),
                {"in", "by", "across", "and", "while", "on", "at", "since",
                 "during", "after", "over", "from", "as", "of"})) {
      return false;
    }
    return !IsWordIn(HomeNouns(), end + 1);
  }
  // Whether the number at `first` counts a part "of which" (or "of them")
  // the number before it counts: "1,460 facilities are affected, of which
  // 432 are destroyed".
  bool CountsAPartOfWhich(size_t first) const {
    return first >= 2 && IsWordToken(first - 2, "of") &&
           IsOneOf(Text(first - 1), {"which", "them", "these", "those"});
  }
  // Whether `verb`, a verb that counts buildings ("destroyed") after a
  // number counting a part of `whole`, counts what that whole is, and it
  // is no home: "1,460 health facilities are affected, of which 432 are
  // completely destroyed" counts facilities, not homes.
  bool DestroyedPartOfSomethingElse(const MeasureMatch& verb,
                                    const Placed& whole) const {
    if (!CountsHomesByItsVerb(verb)) return false;
    // The whole's noun, after a word that may describe it ("health
    // facilities", "residential buildings").
    return Valid(whole.end) && tokens_[whole.end].kind == TokenKind::kWord &&
           !IsWordIn(HomeNouns(), whole.end) &&
           !IsWordIn(HomeNouns(), whole.end + 1);
  }
  // "days", "hours", "month": a unit of time after a number.
  bool IsTimeUnit(size_t t) const {
    static const WordSet* const kUnits =
        new WordSet({"second", "seconds", "minute", "minutes", "hour", "hours",
                     "day", "days", "week", "weeks", "month", "months", "year",
                     "years", "decade", "decades", "hrs", "mins"});
    return Valid(t) && tokens_[t].kind == TokenKind::kWord &&
           kUnits->Contains(Text(t));
  }
  // The nearest measure named before the number in its sentence's claims,
  // not a noun for who is counted ("deaths", not "people").
  const MeasureMatch* MeasureNamedBefore(const std::vector<MeasureMatch>& found,
                                         const Placed& here,
                                         const Provenance& provenance) const {
    constexpr int kMeasuresBack = 4;
    auto m = std::upper_bound(found.begin(), found.end(), here.first,
                              [](size_t token, const MeasureMatch& match) {
                                return token < match.end;
                              });
    for (int back = 0; m != found.begin() && back < kMeasuresBack; ++back) {
      --m;
      if (m->begin < provenance.claims_first) break;
      if (!m->entry->subject) return &*m;
    }
    return nullptr;
  }
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_MEASURE_BINDING_H_
