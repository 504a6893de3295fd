// When a numeric claim's figure stands and what event it belongs to, as its
// sentence says: the time words that date it ("on Wednesday", "in the past
// 24 hours"), the year of another event ("the 2004 tsunami killed 230,000",
// "last year's floods killed 150"), which makes it history, whether it
// stood before the story's event ("displaced before the conflict"),
// whether it is counted per stretch of time ("500 die each year"), which
// makes it a rate, and whether it counts what one attack did ("killed in
// an attack on Ganja"), which makes it no running total of its place.
#ifndef FACTCHECK_SERVER_EXTRACT_CLAIM_TIMES_H_
#define FACTCHECK_SERVER_EXTRACT_CLAIM_TIMES_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/measure_binding.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// Reads the times of one tokenised text's claims; holds views, so the text
// and tokens must outlive it.
class ClaimTimes : public MeasureBinder {
 public:
  ClaimTimes(absl::string_view text, const std::vector<Token>& tokens)
      : MeasureBinder(text, tokens) {}

  // "The 1960 quake hit Agadir. It killed at least 12,000 people.": the year
  // of the sentence before, when this one opens by referring back to it.
  int YearReferredTo(const Sentence& sentence, const Sentence& previous) const {
    if (!IsWordToken(sentence.first_token, "it") &&
        !IsWordToken(sentence.first_token, "that") &&
        !IsWordToken(sentence.first_token, "this")) {
      return 0;
    }
    if (tokens_[sentence.first_token].newline_before) return 0;
    return YearOf(previous, previous.end_token, previous.end_token);
  }

 protected:
  // The year the digits at token `t` write ("2004"; not "2,012" nor
  // "2019-nCoV"), or 0.
  int YearAt(size_t t) const;
  // The year the sentence ties the number in tokens [first, end) to ("the
  // 2004 tsunami killed", "killed 1,700 in 2010"), or 0.
  int YearOf(const Sentence& sentence, size_t first, size_t end) const;
  // Whether the sentence places the figure at tokens [first, end) in a
  // year before the document's without naming it: "last year's floods
  // killed 150", "150 died two years ago" (not "since last year", a period
  // that runs to now).
  bool OfAnEarlierYear(const Sentence& sentence, size_t first,
                       size_t end) const;
  // Whether the sentence counts the figure at tokens [first, end) per
  // stretch of time, a rate rather than a count of one event: "kills 500
  // people each year", "30 a day", "died annually", "Every year, 500 die"
  // (not "a day after the quake", "in a single day", "a year ago").
  bool PerPeriod(const Sentence& sentence, size_t first, size_t end) const;
  // Whether the sentence places the figure at tokens [first, end) before
  // a war, disaster or outbreak: "3.8 million displaced in the country
  // before the conflict", "Before the war, 1.1 million refugees lived
  // there" (not "evacuated before the storm", whose count is the storm's).
  bool BeforeTheEvent(const Sentence& sentence, size_t first, size_t end) const;
  // Whether the figure at tokens [first, end) counts what one attack did,
  // named in its clause: "13 were killed in an early-hours missile attack
  // on Ganja", "34 wounded during the strike", "a strike killed 12", "the
  // death toll from the attack rose to 13" (not "airstrikes killed 200",
  // a campaign); after ", killing" or ", leaving", the clause before the
  // comma is the figure's: "an airstrike hit a house in Gaza City, killing
  // 10", and forces striking in it ("Israeli jets struck Gaza City,
  // killing 18") unless it gives a stretch of time ("for a week", "since
  // Monday": a campaign's toll so far).
  bool OneAttacksToll(const Sentence& sentence, size_t first, size_t end) const;
  // One past the last word of `sentence` that sends a count elsewhere
  // ("across the border", "abroad", "overall"), or its first token when
  // none does: read once a sentence, so that a sentence of thousands of
  // counts is read in linear time.
  size_t SendsElsewhereEnd(const Sentence& sentence) const;
  // Whether the figure of `measure` whose number begins at byte
  // `number_begin` is the second figure of a toll whose first, of
  // `first_measure`, has its number end at byte `first_number_end`: "has
  // claimed over 2,400 lives in Nepal and left more than 6,000 others
  // injured", "killed 37 in Karabakh and another 116 have been wounded".
  // Only an "and" joins them, close by; they count different people (the
  // dead, then the injured); and nothing after the first sends the second
  // elsewhere ("and 116 were wounded across the border"): no such word at
  // or after the first's number, whose sentence's last one ends at
  // `sends_elsewhere_end` (SendsElsewhereEnd).
  bool SecondFigureOfAToll(const Sentence& sentence,
                           absl::string_view first_measure,
                           uint32_t first_number_end, absl::string_view measure,
                           uint32_t number_begin,
                           size_t sends_elsewhere_end) const;
  // Whether the sentence gives the figure at token `first` as an earlier,
  // superseded one, in its clause: "authorities had previously recorded 724
  // deaths and 2,800 injured", "the previous toll of 304", "the previous
  // figure had been 2,189", "had earlier reported 304", "initially
  // reported that at least 239" (not "earlier on Monday", a time).
  bool StatedAsEarlier(const Sentence& sentence, size_t first) const;
  // Whether the clause [first, end) has forces strike at its verb ("Israeli
  // jets struck", "Russian troops shelled"), with no stretch of time.
  bool ForcesStruck(size_t first, size_t end) const;
  // A time expression: its tokens [first, end).
  struct Time {
    size_t first;
    size_t end;
  };
  // Every time expression of the sentence that may date its figures: not
  // one that dates the event in a relative clause on it ("the earthquake
  // that struck on Friday evening rose to 2,946").
  std::vector<Time> TimesIn(const Sentence& sentence) const;
  // The one nearest to tokens [first, end), or an empty span.
  Span NearestTime(const std::vector<Time>& times, size_t first,
                   size_t end) const;

 private:
  // Whether the time at token `first` dates the event rather than a
  // figure: in a relative clause on a disaster or attack ("the quake that
  // struck Morocco on Friday") or right after the clause's verb of
  // happening ("the fighting that erupted on Saturday", "the building that
  // housed five factories and collapsed on April 24"), or in a clause
  // opened by "since" ("420 killed since the fighting erupted on April
  // 15"), the day the counting began; or the day of an event over in a
  // moment (a quake, an explosion) whose toll grows for days after: closing
  // the subject that names it ("The explosion at the port on Aug. 4 killed
  // 160") or the event the victims fell in ("injured in the explosion on
  // Tuesday"), in a clause in which it strikes ("injured when the quake hit
  // the southwest on Saturday"), or opening a sentence whose clause has it
  // strike ("On Tuesday, an explosion rocked the port, killing 160"). A
  // count of its victims is then as of its document.
  bool DatesTheEvent(const Sentence& sentence, size_t first) const;
  // Whether the time at token `first` (not the sentence's first) directly
  // follows a verb by which something happened: "erupted on Saturday",
  // "collapsed on April 24", "broke out on Monday", "struck on Friday".
  bool FollowsAHappening(size_t first) const;
  // The token of the momentary event (a quake, an explosion) that a subject
  // from `first` names after a few words ("The massive explosion",
  // "Saturday's 7.2-magnitude quake"), or `end` when it names none.
  size_t MomentaryEventOpening(size_t first, size_t end) const;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CLAIM_TIMES_H_
