// Numbers a sentence gives that count nothing of the event, whatever
// measure stands near them (an age, a year naming an event, a rank, a
// threshold, a multiple, who is cited), and the words around a number that
// make it another event's (a later quake, an aftershock) or no fact at all
// (a condition). The claim finder reads no claim from them.
#ifndef FACTCHECK_SERVER_EXTRACT_UNCOUNTED_NUMBERS_H_
#define FACTCHECK_SERVER_EXTRACT_UNCOUNTED_NUMBERS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/claim_times.h"
#include "server/extract/count_places.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// Reads one tokenised text; holds views, so the text and tokens must
// outlive it.
class UncountedNumbers : public ClaimTimes {
 public:
  UncountedNumbers(absl::string_view text, const std::vector<Token>& tokens)
      : ClaimTimes(text, tokens) {}

 protected:
  using Placed = PlacedNumber;

  // Whether an aftershock is named right after a magnitude ending at
  // token `end`: "5.8 aftershock", "5.8-magnitude aftershock".
  bool AftershockAfter(size_t end) const;
  // Whether a later quake is named within a few words before the number
  // at `first`: "A second powerful earthquake, of magnitude 7.5", "another
  // quake of magnitude 6.4", "was followed by a 7.5 magnitude quake" (its
  // magnitude is no measure of the first's).
  bool AnotherQuakeBefore(size_t sentence_first, size_t first) const;
  // Whether aftershocks are named before the magnitude at [first, end) in
  // its sentence, with no quake named between or right after it: "more
  // than 120 aftershocks, the strongest of magnitude 6.0", "aftershocks,
  // the largest measuring 5.9" (not "aftershocks after the 6.8 quake").
  bool AftershocksNamedBefore(size_t sentence_first, size_t first,
                              size_t end) const;
  // Whether the number `here` counts nothing, whatever measure stands
  // near: an age describes a person ("a 9-year-old boy died", "died at
  // 92"), and neither a rank ("ranked in America's top 10"), a multiple
  // ("nearly 50 times the previous estimate", "a 10-fold rise"), who is
  // cited ("according to one Kerala legislator"), the threshold of a kind
  // ("shootings in which four or more people were killed"), a
  // difference ("the toll is around 100 fewer than the 359") nor a year
  // naming an event ("killed in the 2012 attacks") is a count.
  bool CountsNothing(const Placed& here) const;
  // Whether the number at token `first` stands in a clause opened by "if"
  // or "unless": "If the death toll does reach 10,000, …". Reads a clause's
  // length back, not a whole sentence of numbers.
  bool InACondition(const Sentence& sentence, size_t first) const;
  // Whether the number at token `first` is a count denied: "There are not
  // hundreds of bodies", "we do not have hundreds of deaths", "did not see
  // thousands" (a verb of having or finding between the denial and it).
  bool IsDenied(size_t first) const;
  // Whether "according to" stands at tokens k, k + 1.
  bool AccordingToAt(size_t k) const;

 private:
  // Whether the number at tokens [first, end) is a year between "the" and
  // the noun it dates: "the 2012 attacks" (a count of that size would be
  // written "2,012").
  bool YearNamingAnEvent(size_t first, size_t end) const;
  // Whether the number at tokens [first, end) opens a relative clause with
  // a threshold: "in which four or more people were killed" says what a
  // kind counts ("30 or more people were killed" is a floor of its own).
  bool ThresholdOfAKind(size_t first, size_t end) const;
  // Whether the number at token `first` is an age the text gives: "ages 34
  // and 36", "aged 19 and 22", "aged between 20 and 45", "at age 92". Looks
  // back over a short list of ages only.
  bool AgesGiven(size_t first) const;
  // Whether the number at tokens [first, end) is the age of one who died:
  // "died at 92, in London" (not "died at 2 hospitals"); "dies aged 81" is
  // AgesGiven's.
  bool AgeAtDeath(size_t first, size_t end) const;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_UNCOUNTED_NUMBERS_H_
