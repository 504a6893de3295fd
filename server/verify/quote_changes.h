// How the words of two quotations of one speaker, aligned (quote_alignment.h),
// stand to each other: kept, cut at either end, cleaned (fillers, words said
// twice) or changed; and which changes are no change of what was said (the
// same words written two ways). The quote rules (quote_rules.h) read a
// misquotation from the words changed.
#ifndef FACTCHECK_SERVER_VERIFY_QUOTE_CHANGES_H_
#define FACTCHECK_SERVER_VERIFY_QUOTE_CHANGES_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/verify/quote_alignment.h"
#include "server/verify/quote_words.h"

namespace factcheck::verify {

// Whether word `word` says how many or whether: a figure ("812", "40m",
// "thousand") or a negation ("not", "never", "didn't").
bool IsFigureOrNegation(absl::string_view word);

// How a word of one quotation stands to another quotation of the same
// speaker, aligned with it.
enum class WordChange : uint8_t {
  // In the alignment.
  kKept,
  // Before the first word the alignment keeps, or after its last, where
  // the other quotation has no word left out: one report quotes more of the
  // same remarks than the other, as a quotation standing inside another
  // does.
  kCut,
  // A filler ("I mean", "you know", "uh") or words said twice in a row
  // ("if she gets to pick, if she gets to pick her judges": SaidOnce): one
  // transcript keeps what another cleans.
  kCleaned,
  kChanged,
};
using WordChanges = std::vector<WordChange>;

// Whether `changes` marks any word changed.
inline bool AnyChanged(const WordChanges& changes) {
  return std::find(changes.begin(), changes.end(), WordChange::kChanged) !=
         changes.end();
}

// How each of `words` stands to the other quotation, from the alignment's
// marks of both (`kept`, `other_kept`). Words at either end are cut only
// when `whole` (the marks align both quotations whole, not a stretch or a
// piece of one against the other).
WordChanges ReadChanges(const Words& words, const std::vector<bool>& kept,
                        const std::vector<bool>& other_kept, bool whole,
                        const QuoteWords& spellings);

// A list of words said once (SaidOnce: without the second of two like
// stretches in a row, "if she gets to pick, if she gets to pick her
// judges"), and which of the whole list's words that leaves out.
struct SaidOnceWords {
  explicit SaidOnceWords(const Words& all);
  std::vector<bool> twice;
  Words words;
};

// `once_changes` (of a list said once, SaidOnce) for the whole list
// whose second copies `twice` marks: those are kCleaned.
WordChanges WithSaidTwice(const WordChanges& once_changes,
                          const std::vector<bool>& twice);

// How `mine` (said once: the claim's words are the same against every
// prior) and `theirs` align, `theirs` said once too: aligned `whole`
// (CommonWords; returns 1), or the shorter against each stretch of the
// longer (FragmentSimilarity; returns it). How each word of both stands
// to the other goes to the changes, for a whole alignment or a fragment of
// kFragmentSimilarity or more.
double AlignSaidOnce(const SaidOnceWords& mine, const Words& theirs, bool whole,
                     const QuoteWords& spellings, WordChanges* mine_changes,
                     WordChanges* theirs_changes);

// Whether the words changed in `a` and `b` say the same thing written two
// ways: "At 9:00 am" and "At 9 am", "We will not" and "We won't", "$40m"
// and "40 million dollars".
bool OnlyWritingDiffers(const Words& a, const WordChanges& in_a, const Words& b,
                        const WordChanges& in_b, const QuoteWords& spellings);

// The words `changes` marks changed, in quotation marks, for an
// explanation: "i have seen a lot of this".
std::string Quoted(const Words& words, const WordChanges& changes,
                   const QuoteWords& spellings);

// Whether the words changed between two quotations of one statement are
// asides one of them holds, set off by dashes, and no others: "Don't be
// afraid to cry out your suffering — I have seen a lot of this — but please
// do not lose courage" quoted without "I have seen a lot of this". What a
// speaker says beside the point is no word of the statement. An aside
// saying how many or whether (IsFigureOrNegation: "— not all of them —"),
// or on what condition ("— if the money comes —"), changes what is said.
// The texts are the quotations `a` and `b` are the words of, and must
// outlive `spellings`.
bool OnlyAsidesLeftOut(absl::string_view a_text, const Words& a,
                       const WordChanges& in_a, absl::string_view b_text,
                       const Words& b, const WordChanges& in_b,
                       QuoteWords& spellings);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_QUOTE_CHANGES_H_
