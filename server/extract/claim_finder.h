// The numeric claim finder's reader of one text, shared by the files that
// implement it (numeric_claims.cc, claims_going_on.cc); private to the
// numeric_claims library. FindNumericClaims (numeric_claims.h) is its use.
#ifndef FACTCHECK_SERVER_EXTRACT_CLAIM_FINDER_H_
#define FACTCHECK_SERVER_EXTRACT_CLAIM_FINDER_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/calendar.h"
#include "server/extract/measure_binding.h"
#include "server/extract/measures.h"
#include "server/extract/numeric_claims.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"
#include "server/extract/uncounted_numbers.h"

namespace factcheck::extract {

// Reads one tokenised text; holds views, so the text and tokens must
// outlive it.
class ClaimFinder : public UncountedNumbers {
 public:
  ClaimFinder(absl::string_view text, const std::vector<Token>& tokens)
      : UncountedNumbers(text, tokens) {}

  // Appends the claims `sentence` makes with `quantities` (its numbers, in
  // text order) to `claims`, which holds the text's claims before it.
  // `table_heading`, when `sentence` is a row of a table (IsTableRow), is
  // the measure its heading named: the row's figure counts it.
  void AddSentence(const Sentence& sentence,
                   const std::vector<const Quantity*>& quantities,
                   const MeasureMatch* table_heading,
                   std::vector<NumericClaim>* claims) const;

  // The measure a sentence names before the colon that ends it, opening a
  // table of counts by place on the lines after ("By county, the death
  // toll is:"); nullopt when it does not end so or names none.
  std::optional<MeasureMatch> TableHeading(const Sentence& sentence) const;
  // Whether `sentence` is a row of such a table: a line of a place's
  // capitalised name, a colon and a number ("Graves County: 21").
  bool IsTableRow(const Sentence& sentence) const {
    return RowFigureAt(sentence).has_value();
  }

 private:
  // The token of a table row's figure, right after the colon that ends its
  // place's name at the line's start; nullopt when `sentence` is no row.
  std::optional<size_t> RowFigureAt(const Sentence& sentence) const;
  // The place of a list item written "Hopkins County, 13" after a colon or
  // a semicolon (the number ending the item): its name before the comma;
  // nullopt for any other number, and in a list of whence people came
  // ("from Cameroon, 20; Niger, 19": `first_from`, the sentence's first
  // "from", stands before the name).
  std::optional<Span> ItemPlaceBefore(const Sentence& sentence,
                                      const Placed& here,
                                      size_t first_from) const;
  // Whether tokens [first, end) name a place: one the gazetteers know, or
  // one its kind names ("Graves County"; not "Monday").
  bool NamesAPlace(size_t first, size_t end) const;
  // The token of "up" or "down" in "up from 42", "down from the estimate
  // of 13", or of "from" in "to 507 from 499" (`number_before`, the number
  // before `first`'s, is 507), when the number at token `first` is the
  // figure a count rose or fell from; nullopt otherwise.
  std::optional<size_t> RevisedFrom(size_t first,
                                    const Placed* number_before) const;
  // Adds the claim(s) the number `placed[k]` makes by going on from the
  // claim before it (claims from `sentence_claims_begin` are this
  // sentence's): a subgroup of its count ("killed 65 people, including 44
  // children"), the next item of its list by place ("1,293 deaths in Al
  // Haouz, 452 in Taroudant"), its sentence's figure restated ("The
  // previous figure had been 2,189"), a parallel clause's count ("while
  // Lee County officials confirmed five"). Returns whether it added any;
  // `binding` is the number's own and is left as it was when none.
  bool AddsClaimGoingOn(const Sentence& sentence,
                        const std::vector<Placed>& placed, size_t k,
                        const std::vector<MeasureMatch>& found,
                        const Provenance& provenance,
                        const std::vector<Time>& times,
                        size_t sentence_claims_begin, Binding* binding,
                        std::vector<NumericClaim>* claims) const;
  Provenance ProvenanceOf(const Sentence& sentence) const;
  // Whether `sentence` opens with the figure as its subject, before the
  // number at token `number`: "The previous figure had been", "The figure
  // for the day before was put at", "The total stood at" (an article, a
  // few words saying which figure, then the noun).
  bool OpensWithTheFigure(const Sentence& sentence, size_t number) const;
  // Whether a form of "include" stands right before the number at token
  // `first`: "This number includes 91 in Suzu", "The toll included 19
  // people who died".
  bool AfterInclude(size_t first) const {
    return first > 0 &&
           IsOneOf(Text(first - 1), {"include", "includes", "included"});
  }
  // Who claims `claim`, the count at `here`: for a count of soldiers or
  // fighters, or of those the speaker says it killed itself ("The army
  // said it had killed 160 militants"), ClaimantCountry; when that names
  // none and the count is of the speaker's own ("Hamas said 20 of its
  // fighters had been killed"), GroupCountingItsOwn. "" for any other.
  std::string ClaimedBy(const NumericClaim& claim, const Sentence& sentence,
                        const Placed& here,
                        const Provenance& provenance) const {
    const bool claimed = NamesASide(claim.subgroup) ||
                         claim.subgroup == "soldiers" ||
                         claim.subgroup == "fighters" ||
                         (here.first > 0 && KilledBySpeaker(here.first - 1));
    if (!claimed) return "";
    std::string country = ClaimantCountry(sentence, here, provenance.source);
    const bool its_own =
        OwnersAfterOf(here.end) ||
        (here.first > 0 && IsOneOf(Text(here.first - 1), {"its", "their"}));
    return country.empty() && its_own ? GroupCountingItsOwn(sentence, here)
                                      : country;
  }
  // The name of a group no gazetteer knows that speaks, right before the
  // nearest verb of saying before the number at `here` ("Hamas said",
  // "Islamic Jihad said on Tuesday that", "the Rapid Support Forces
  // said"): a side too, whose own count of its dead the other side's
  // claim does not contradict. "" when a pronoun, a time or nothing
  // capitalised stands there.
  std::string GroupCountingItsOwn(const Sentence& sentence,
                                  const Placed& here) const {
    constexpr size_t kReach = 16;
    const size_t earliest = here.first > sentence.first_token + kReach
                                ? here.first - kReach
                                : sentence.first_token;
    for (size_t verb = here.first; verb > earliest + 1; --verb) {
      if (!IsSpeechVerb(Text(verb - 1))) continue;
      size_t name = verb - 1;
      while (name > sentence.first_token && IsCapitalizedWord(name - 1) &&
             name + kMaxNameWords > verb - 1) {
        --name;
      }
      if (IsWordToken(name, "the") && name + 1 < verb - 1) ++name;
      if (name == verb - 1 ||
          IsOneOf(Text(name), {"he", "she", "it", "they", "we", "i"}) ||
          IsWeekday(Text(name)) ||
          MonthNameOf(Text(name)) != MonthName::kNone) {
        return "";
      }
      return std::string(TextOf(text_, SpanOf(name, verb - 1)));
    }
    return "";
  }
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CLAIM_FINDER_H_
