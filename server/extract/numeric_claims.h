// Numeric claims: quantities said about something countable — "at least 65
// killed in Gaza" — with what is counted (the measure), where, according to
// whom, when, and any earlier figure the text itself gives ("rose from 35 to
// 43").
//
// Conventions, stated once:
// - The measure is the nearest measure word in the sentence, before or after
//   the number; a word that names the count itself ("death toll", "number
//   of dead") wins when the number follows it; a noun for who is counted
//   ("people", "troops") is the measure only when no other is near.
// - Coordination shares the measure: "At least 65 in Gaza and seven in
//   Israel were killed" is two claims on deaths, each with its place.
// - A qualifier applies only to the number it stands by: the "at least" of
//   "at least 65 … and seven" is not seven's.
// - "from X to Y" after a verb of change makes Y the claim and X its earlier
//   figure, not a range; so does "Y, up from X" (or "down from X").
#ifndef FACTCHECK_SERVER_EXTRACT_NUMERIC_CLAIMS_H_
#define FACTCHECK_SERVER_EXTRACT_NUMERIC_CLAIMS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/quantities.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

struct NumericClaim {
  Quantity quantity;
  // Canonical measure ("deaths"); points into the lexicon's storage.
  absl::string_view measure;
  // The words the measure was read from ("killed", "death toll").
  Span measure_span;
  // Where or of whom, canonical (places.h: "in the Gaza Strip" is "Gaza");
  // empty when the text does not say.
  std::string location;
  // The words that name it.
  Span location_span;
  // The place is the document's, not the sentence's: "in the country" in an
  // article about one country, or a sentence naming no place in an article
  // whose opening names one.
  bool location_from_document = false;
  // With location_from_document: the document also names a region of the
  // place twice or more, so the count may be that region's.
  bool location_may_be_a_part = false;
  // Who among the counted the number is about ("children": "including 44
  // children"); empty for the whole population.
  std::string subgroup;
  // A year the sentence ties the figure to ("the 2004 tsunami killed
  // 230,000"); 0 when none.
  int year = 0;
  // The text places the figure in a year before the document's without
  // naming the year ("last year's floods killed 150").
  bool of_an_earlier_year = false;
  // The figure is counted per stretch of time ("500 die each year", "30 a
  // day"): a rate, not a count of one event.
  bool per_period = false;
  // The figure stood before the story's event ("displaced before the
  // conflict").
  bool before_the_event = false;
  // The figure counts what one attack did ("killed in an attack on Ganja").
  bool one_attack = false;
  // The text gives the figure as an earlier, superseded one ("had
  // previously recorded 724 deaths", "the previous toll of 304").
  bool earlier_figure = false;
  // For a count of soldiers or fighters, or of those its speaker says it
  // killed itself, the country whose officials, forces or side give it
  // ("the Azerbaijani defence ministry said"); empty when the sentence
  // names none.
  std::string claimed_by;
  // Who the text says the number comes from ("official reports").
  std::string source;
  Span source_span;
  // "on Wednesday", "in recent days"; empty span when none.
  Span time_span;
  // The claim's own words: "At least 65 in Gaza", "thousands of rockets".
  Span span;
  Span sentence_span;
  // The earlier figure of "rose from 35 to 43".
  std::optional<Quantity> earlier;
  // The measure is a running total that only grows (see measures.h).
  bool cumulative = false;
  // The measure is a noun for who is counted ("40 people", "300 troops"),
  // no word of what befell them.
  bool counts_only_who = false;
  // The claim stands in a related-article line ("Read: Death toll rises to
  // 43"): an earlier article's figure, not the document's own.
  bool related_article = false;
  // What may come, not what is: "up to 4 million people may leave".
  bool projection = false;
  // A guess at the count, not a count: "estimates of 10,000 dead",
  // "officials had feared 10,000 people died" (compared only with guesses).
  bool guess = false;
  // The subgroup is a nation's people the number counts ("three Americans
  // were killed", "two from Turkey": "people from Turkey"): a group of the
  // dead only where the claim's place lies in another country
  // (CountPeoplesAsAGroupOnlyAbroad).
  bool subgroup_is_a_people = false;
  // With subgroup_is_a_people, the group the count has where its place
  // lies in the people's own country ("126 Palestinian children were killed
  // in Gaza": "children"); empty when the words name only the people.
  std::string subgroup_at_home;
  // Only the name of the disaster it counts placed the figure ("survivors of
  // Pakistan's earthquake as the death toll rose past 20,000"), in a text
  // that counts the disaster's victims in two countries or more: it may be
  // their sum, so it has no location.
  bool disaster_across_borders = false;
};

// The numeric claims of `text`, in order. `sentences` and `quantities` are
// SplitSentences' and FindQuantities' results for the same tokens.
std::vector<NumericClaim> FindNumericClaims(
    absl::string_view text, const std::vector<Token>& tokens,
    const std::vector<Sentence>& sentences,
    const std::vector<Quantity>& quantities);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_NUMERIC_CLAIMS_H_
