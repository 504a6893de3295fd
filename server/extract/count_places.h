// Where a count is: the rules that read a number's place from its clause
// ("An Israeli strike in Rafah killed 20"), from a list of counts by place
// ("1,293 deaths in Al Haouz, 452 in Taroudant") and whether its sentence
// leaves it the whole story's. ClaimFinder (numeric_claims.cc) binds each
// number's measure and builds the claims on these.
#ifndef FACTCHECK_SERVER_EXTRACT_COUNT_PLACES_H_
#define FACTCHECK_SERVER_EXTRACT_COUNT_PLACES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/claim_places.h"
#include "server/extract/measures.h"
#include "server/extract/quantities.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// A number of a sentence: its quantity and its tokens [first, end).
struct PlacedNumber {
  const Quantity* quantity;
  size_t first;
  size_t end;
};

// Plural nouns of places: "countries", "provinces", "districts", "areas".
// After a number they count places ("in the two countries", "across 7
// districts"), never what a toll counts.
const WordSet& PlacesNouns();

// Words that may stand between a number and its measure without changing
// what is counted: "65 people were killed", "17 new cases", "are feared
// dead", "had been confirmed infected".
const WordSet& BridgeWords();

// A form of "be": "were" in "were confirmed dead", "have been reported
// killed".
bool IsFormOfBe(absl::string_view word);

// IsFormOfBe, or "have", "has", "had": the verb a clause goes on with
// after its subject ("have been injured").
bool IsFormOfBeOrHave(absl::string_view word);

// Verbs that report speech or a count given ("said", "announced",
// "claimed", "according", "linked"): a place before one is the speaker's.
bool IsSpeechVerb(absl::string_view word);

class CountPlaces : public PlaceFinder {
 public:
  // `text` and `tokens` must outlive it.
  CountPlaces(absl::string_view text, const std::vector<Token>& tokens);

  // Whether a claim without a place may count the whole event, so that the
  // story's place is its scope: nothing in its sentence says it is a part
  // ("elsewhere", "in other provinces", "outside") or several places
  // together ("in both countries", "across the three states", "the
  // combined death toll"), or places of the story place's own rank when it
  // is a region (`story_is_a_region`: "across multiple states" in a story
  // of North Carolina; "in 36 provinces" of a country's story is its own).
  bool CountsTheWholeEvent(const Sentence& sentence,
                           bool story_is_a_region) const;
  // Whether the clause after a count that ends at byte offset `at` (up to
  // the next comma, semicolon or dash) counts across several regions of
  // one rank ("at least 44 deaths throughout five states", "killed across
  // several southeast states", "to at least 84 people across several
  // states"): no count of one region but of several, its country's whole
  // or a part of it.
  bool CountsAcrossRegions(const Sentence& sentence, uint32_t at) const;
  // Whether the words from token `t`, right after a count, make it a part
  // of a whole named elsewhere ("at least 300,000 of the refugees"), whose
  // place is not the story's by default.
  bool CountsAPart(size_t t) const {
    return IsWordToken(t, "of") && IsWordToken(t + 1, "the");
  }
  // Whether the sentence itself says its count is the country's ("across the
  // country", "nationwide", "the nation's toll"): then an article about one
  // country gives the count its place as surely as the sentence would.
  bool NamesTheCountry(const Sentence& sentence) const {
    return NamesTheCountry(sentence.first_token, sentence.end_token);
  }
  // The same for the clause after a count that ends at byte offset `at`, up
  // to the next comma, semicolon or dash: one clause of a sentence that names
  // other places elsewhere ("… crossed into Moldova, while 100,000 are
  // uprooted in the country").
  bool ClauseNamesTheCountry(const Sentence& sentence, uint32_t at) const;

 protected:
  // Whether the words from `t` name a building, as after "outside" when it
  // says where people stood ("in a hallway outside the classrooms"), not
  // a part of a place ("outside Derna", "outside mainland China").
  bool OutsideABuilding(size_t t, size_t end) const;
  // The rank of the places the words from token `t`, after "in",
  // "across" or "throughout", count before `end`: "six countries",
  // "multiple states", "several southeast states".
  enum class PlacesRank { kNone, kCountries, kRegions };
  PlacesRank PlacesCountedAt(size_t t, size_t end) const;
  // The end of the clause of `sentence` from token `first`: the next
  // comma, semicolon or dash, within a few words.
  size_t ClauseEnd(const Sentence& sentence, size_t first) const;
  // NamesTheCountry for tokens [first, end).
  bool NamesTheCountry(size_t first, size_t end) const;
  // Whether the possessive at `t` ("the country's") owns a part of the
  // country within tokens before `end`: "the country's southern Sindh
  // province" names Sindh, not the country.
  bool OwnsAPart(size_t t, size_t end) const;
  // The opening comma of an aside that closes at the comma at `comma`
  // between a toll's subject and its verb of harm, which runs up to the
  // number at `end`: "The earthquake in Nepal, the worst in 80 years, has
  // claimed 2,400 lives", "… lives, including five Indians, and left 6,000
  // injured". `comma` when there is none, or the aside names a known
  // place.
  size_t AsideOpening(size_t first, size_t comma, size_t end) const;
  // Whether the article at `article` ("the country") follows a part's
  // noun and "of": "devastated parts of the country", "the rest of the
  // nation" name a part, not the whole.
  bool IsAPartOf(size_t article) const;
  // Whether the words from token `t`, right after a count's place, widen
  // it to the places around it: "Mexico City and surrounding areas",
  // "Lagos and nearby towns", "Kerala and its neighbouring states", "Gaza
  // and beyond". The count is then of a scope of its own, not the place's.
  bool WidensThePlace(size_t t) const;
  // The first token of `sentence` at or after byte `offset`.
  size_t TokenAt(const Sentence& sentence, uint32_t offset) const {
    return FirstTokenFrom(tokens_, sentence.first_token, sentence.end_token,
                          offset);
  }

  // The place of the clause before token `end` when nothing after the number
  // names one: "An Israeli strike in Rafah killed 20", "In Gaza, at least 65
  // were killed". Only the subject's place: none across punctuation (but a
  // sentence's opening "In Gaza,") or a verb of speech, whose place is the
  // speaker's ("Blinken, in Cairo, said", "officials in Geneva said"). A
  // place right after another of the `placed` numbers is that number's
  // ("65 in Gaza and seven in Israel were killed by hundreds of airstrikes").
  bool PlaceBefore(size_t first, size_t end,
                   const std::vector<PlacedNumber>& placed, Span* place) const;
  // The place a relative "where" before token `end` refers to: a place
  // right before it ("in Sindh, where 792") or its clause's subject ("Sindh
  // province was the worst-hit region where 759").
  bool WhereAntecedentPlace(size_t first, size_t end, Span* place) const;
  // Where a count refers back to a place named before it: "in that area"
  // or "in the region" at token `t` (right after the count), or "there"
  // among the words from `from` (the number's end) to `t` ("30 people died
  // there", "58 people there have been injured"). The reference's first
  // token, or none.
  std::optional<size_t> ReferenceBack(size_t from, size_t t) const;
  // Whether token `t` is a "there" that says where what it follows was
  // ("30 people died there", "58 people there have been injured"), not one
  // opening a clause ("killed 30, and there were 12 arrests", "There are
  // 73,276 dead").
  bool IsLocativeThere(size_t t) const;
  // Whether the count refers back to a place (ReferenceBack): then `place`
  // is the place named last before the reference in [first, reference),
  // left empty when none is.
  bool PlaceReferredBack(size_t first, size_t from, size_t t,
                         Span* place) const;
  // The place that is the subject of the clause [first, end) when what it
  // is or has is counted "with" the number: "Balochistan has been the
  // worst-hit …, with nearly 14,000 houses destroyed", "Sindh remains the
  // province with the highest number of lives lost at 470", or when it
  // has the most of it: "Punjab has the highest number of injured at 900".
  bool PlaceThatHas(size_t first, size_t end, Span* place) const;
  // Whether the sentence from token `first` opens with its place up to the
  // comma at `comma`: "In Gaza,", "In Sylhet district,", "In Khartoum
  // alone,", "In Piura, the worst-hit region,". The place goes to `place`.
  bool OpensWithPlace(size_t first, size_t comma, Span* place) const;
  // The noun of the attack on a place (TargetAfter) the sentence from token
  // `first` opens with, up to the comma at `comma`, or the clause a
  // speaker's "that" opens: "As a result of the attack on Ganja,", "After
  // Russian strikes on Kharkiv,". Its dead are that place's, which goes to
  // `place`. `comma` when there is no such opening.
  size_t AttackOpening(size_t first, size_t comma, Span* place) const;
  // The place an event that strikes one place struck, in the clause that
  // ends at the comma at `end` before a count's participle: "A strong
  // aftershock hit Malatya, killing 70", "A landslide buried a village in
  // Swat, killing 12". Reads no further back than `first`.
  bool LocalEventStruck(size_t first, size_t end, Span* place) const;
  // Whether token `k` is the "from" of where an attack came from: "rocket
  // fire from Gaza", "missiles launched from Lebanon".
  bool AttackOriginAt(size_t k) const;
  // Whether the last few tokens of [first, end) name where an attack came
  // from (AttackOriginAt): the dead of the count at `end` are elsewhere.
  bool NamesAttackOrigin(size_t first, size_t end) const;
  // Whether the verb of killing at token `verb` has the speaker for its
  // subject: "it had killed", "they have killed", "its forces killed".
  bool KilledBySpeaker(size_t verb) const;
  // The token after the words from `first` that only turn the story to a
  // place ("Across the border", "Meanwhile"), before `limit`: `first` when
  // there are none.
  size_t AfterLeadIn(size_t first, size_t limit) const;
  // Whether "respectively" stands in the sentence from token `from`, within
  // a clause's reach of it.
  bool SaysRespectively(size_t from) const;
  // The one of `places` whose turn the number before `end` is, counting
  // the `placed` numbers after token `after`; false unless there are two
  // places or more and one for it.
  bool PlaceInOrder(const std::vector<Span>& places, size_t after, size_t end,
                    const std::vector<PlacedNumber>& placed, Span* place) const;
  // "Khyber Pakhtunkhwa and Punjab reported 308 and 223 deaths,
  // respectively": the place of the number before `end` among places
  // listed as the subject of the verb at `verb`, taken in order with the
  // `placed` numbers after the verb. False unless the sentence says
  // "respectively" and the subject is nothing but the places.
  bool RespectivePlace(size_t first, size_t verb, size_t end,
                       const std::vector<PlacedNumber>& placed,
                       Span* place) const;
  // Where placed[k] continues a list of counts by place after the number
  // before it, whose claim has a place: the place of this item ("1,293
  // deaths in Al Haouz, 452 in Taroudant"; "Khyber Pakhtunkhwa with 286,
  // Balochistan with 259"), or nothing when it continues none.
  std::optional<Span> ListItemPlace(const Sentence& sentence,
                                    const std::vector<PlacedNumber>& placed,
                                    size_t k) const;
  // The end of a part of the country no name gives, at `t`: "in the
  // southern part of the country", "in the northeast" (an item of a list by
  // place whose own count is placed nowhere, after which the list goes on),
  // or `t` when there is none.
  size_t UnnamedPartEnd(size_t t, size_t limit) const;
  // A place a distributive "each" gives a count, under its canonical name.
  struct EachPlace {
    Span span;
    std::string name;
  };
  // "five each in Volusia and Collier counties": the places that each have
  // the count, a plural kind given to every one ("Volusia County",
  // "Collier County"); empty unless "each" follows the number and two or
  // more places follow it.
  std::vector<EachPlace> EachPlaces(const PlacedNumber& here,
                                    const Sentence& sentence) const;
  // The place of a count by place standing alone: "305 in Khyber
  // Pakhtunkhwa", "Balochistan with 259", "Balochistan (238)".
  std::optional<Span> ItemPlace(const Sentence& sentence,
                                const PlacedNumber& here) const;
  // Whether the words before the number open a list of counts by place
  // that the sentence's measure named before: "deaths were reported ...,
  // including 1,452 in Al Haouz", "deaths since June, followed by Khyber
  // Pakhtunkhwa with 286", "the toll rose to 7,108, with 5,400 in Turkey"
  // (or after a colon, a dash after the total, or a comma right after it).
  bool OpensList(const PlacedNumber& here, size_t item_first) const;
  // Whether a number stands a few tokens before token `t`, in its
  // sentence: the count a list after a dash divides ("205 bodies have been
  // recovered — 202 in Valencia"), not a dash's aside on something else
  // ("the snow — more than 10 centimetres in places —").
  bool CountCloseBefore(size_t t) const;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_COUNT_PLACES_H_
