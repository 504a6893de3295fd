// The measure lexicon (data/measures.tsv): the words that say what a number
// counts ("killed", "death toll" -> deaths; "wounded" -> injured), with
// whether the measure is a running total that only grows (deaths,
// injured, displaced ...).
#ifndef FACTCHECK_SERVER_EXTRACT_MEASURES_H_
#define FACTCHECK_SERVER_EXTRACT_MEASURES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/phrases.h"
#include "server/extract/text.h"

namespace factcheck::extract {

struct MeasureEntry {
  // Canonical measure: "deaths".
  std::string measure;
  // A running total: a later report may give more, never fewer.
  bool cumulative = false;
  // A noun for who is counted ("people", "troops"): the measure only when
  // no other measure word is near.
  bool subject = false;
  // Names the count itself ("death toll"): a number after it is its value.
  bool head = false;
  // Counts what was taken ("lives"): the measure only after a verb of
  // taking ("claimed 77 lives", "took an additional 170 lives"); "saved 200
  // lives" counts no deaths.
  bool taken = false;
  // Counts what is launched ("rockets", "missiles", "drones", "shells"):
  // a stock one side holds ("holds some 5,000 missiles") is no such count.
  bool launched = false;
  // A verb of flight ("fled", "crossed into"): what it counts depends on
  // where the people went (MeasureBinder::FlightMeasure).
  bool flight = false;
  // Measured in a physical unit ("300 hectares burned", "200 mm of rain"):
  // the only measures a length may have ("storm surges as high as 10 feet
  // razed homes" counts no homes).
  bool physical = false;
  // Measured only in an area ("150,000 acres burned", "had consumed
  // 135,000 acres"): a physical measure of no other unit.
  bool area = false;
  // A share given in percent only ("35 percent contained"): "the blast
  // contained 2,750 tonnes" is no such share.
  bool percent = false;
};

struct MeasureMatch {
  const MeasureEntry* entry = nullptr;
  // Tokens [begin, end).
  size_t begin = 0;
  size_t end = 0;
};

// The measure of a sum of money the text ties to no known measure ("$189
// million for debris removal", "assistance for survivors surpassed $137
// million"): such sums of two programmes are as often two as one count,
// so the verifier lets them agree and never contradict.
inline constexpr absl::string_view kAmountMeasure = "amount";
// The measure of one aftershock's or later quake's magnitude, of several:
// the verifier compares it with nothing.
inline constexpr absl::string_view kAftershockMagnitudeMeasure =
    "aftershock magnitude";

// Whether `measure` (canonical) counts people an event killed, injured or
// left missing.
inline bool IsTollOfPeople(absl::string_view measure) {
  return IsOneOf(measure, {"deaths", "injured", "missing"});
}

// Whether `measure` (canonical) may be an amount of money ("aid worth $2
// million", "losses of $3bn"): no count of people or things is.
inline bool IsMeasureOfMoney(absl::string_view measure) {
  return IsOneOf(measure,
                 {"aid", "budget", "debt", "deficit", "exports", "fines", "gdp",
                  "imports", "investment", "losses", "market value", "price",
                  "profit", "revenue", "taxes", "wages"});
}

// The buildings a count of homes destroyed or damaged counts: "homes",
// "structures", "apartments" (lower case).
const WordSet& HomeNouns();

class MeasureLexicon {
 public:
  // The lexicon built from data/measures.tsv, once; thread-safe.
  static const MeasureLexicon& Get();

  // The longest measure phrase starting at tokens[i].
  std::optional<MeasureMatch> At(absl::string_view text,
                                 const std::vector<Token>& tokens,
                                 size_t i) const;

  // Whether `measure` (canonical) is a running total; false if unknown.
  bool IsCumulative(absl::string_view measure) const;

  // How many canonical measures the lexicon has.
  size_t MeasureCount() const;

 private:
  MeasureLexicon();

  std::vector<MeasureEntry> entries_;
  PhraseTable phrases_;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_MEASURES_H_
