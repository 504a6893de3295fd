// Aligning two quotations' words (QuoteWords lists): the words they have
// in common in order, a shorter one against the stretch of a longer one it
// is most like, a quotation against each piece of one stored in several,
// and what one carries of the other word for word. The quote rules
// (quote_rules.h) read their verdicts from these measures.
#ifndef FACTCHECK_SERVER_VERIFY_QUOTE_ALIGNMENT_H_
#define FACTCHECK_SERVER_VERIFY_QUOTE_ALIGNMENT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "protos/claims.pb.h"
#include "server/verify/quote_words.h"

namespace factcheck::verify {

// The least similarity (2·LCS/(|a|+|b|) over the words) of one quotation
// changed from another, and of the same words given to two speakers.
inline constexpr double kMisquoteSimilarity = 0.6;
// The least similarity of a speaker's quotation that an explanation names
// as words partly like the claim's (below kMisquoteSimilarity, no verdict
// is read from it).
inline constexpr double kRewordedSimilarity = 0.45;
inline constexpr double kSameWordsSimilarity = 0.85;
// The fewest words of a fragment compared with a stretch of a longer
// quotation, and the least similarity there of a changed fragment.
inline constexpr size_t kMinFragmentWords = 6;
inline constexpr double kFragmentSimilarity = 0.75;

using Words = std::vector<QuoteWords::Word>;

// Quotes are short: longer ones are aligned on their first this many
// words, to keep aligning them cheap.
inline constexpr size_t kMaxAlignedWords = 200;

// The longest common subsequence of two word lists, marking which words of
// each it keeps.
size_t CommonWords(const Words& a, const Words& b, std::vector<bool>* in_a,
                   std::vector<bool>* in_b);

// The length CommonWords(mine, theirs) returns, for one `mine` and many
// `theirs`, without its table or marks: most comparisons need only learn
// that two quotes are too unlike to matter, and filling the table was a
// third of judging quotes. Bit-parallel (Allison and Dix; Crochemore et
// al.): bit i of a column stands for mine[i], one machine word per 64 of
// them, and each of their words updates the column with an addition.
class CommonWordCount {
 public:
  explicit CommonWordCount(const Words& mine);

  // The common words of `mine` and the `count` words from `theirs` on.
  size_t With(const QuoteWords::Word* theirs, size_t count);

 private:
  // mine's words compared (CommonWords cuts both lists to kMaxAlignedWords),
  // and machine words per column.
  const size_t compared_;
  const size_t blocks_;
  // For each word number up to mine's largest, 0 when mine lacks it, else
  // 1 + the index of its mask in `masks_` (`blocks_` machine words: bit i
  // set where mine[i] is that word).
  std::vector<uint16_t> slots_;
  std::vector<uint64_t> masks_;
  std::vector<uint64_t> column_;
};

// The shorter of `a` and `b` against each stretch of the longer as many
// words long: the best share of its words in common, and, when that share
// reaches kFragmentSimilarity (a changed fragment: the marks are read only
// then), which words of each that alignment keeps (the longer's words
// outside the stretch count as kept: no change is read there; nor in the
// stretch before the shorter's first word or after its last, when that
// word is in common). 0 when the shorter is too short to tell a fragment
// from a phrase many statements share.
double FragmentSimilarity(const Words& a, const Words& b,
                          std::vector<bool>* in_a, std::vector<bool>* in_b);

// How far apart two quotations lead into the words they share: the fewer
// of the words each holds before its first word in common with the other.
// Words only one of them holds there (more of the same remarks, quoted from
// further back) are no distance: both must hold words of their own.
size_t WordsApartBeforeTheSharedWords(const Words& a, const Words& b);

// A stretch of a word list: `size` words from the `begin`th.
struct WordStretch {
  size_t begin = 0;
  size_t size = 0;
};

// `mine` against each piece of a prior's quotation stored as one claim of
// several (store::ComparedPieces: '"…," Park said. "But …"'), a piece of
// kMinFragmentWords or more, as if each were quoted alone: the best
// similarity, and, when it reaches kMisquoteSimilarity, which words of
// `mine` and of the prior's whole `their_words` that alignment keeps (the
// words outside the piece count as kept) and where that piece stands in
// `their_words` (`piece`). `counted` holds `mine`. 0 when the prior is of
// one piece, or its pieces' words are not its words.
double PieceSimilarity(const Words& mine, CommonWordCount& counted,
                       const factcheck::v1::AttributedClaim& theirs,
                       const Words& their_words, QuoteWords& words,
                       std::vector<bool>* in_mine, std::vector<bool>* in_theirs,
                       WordStretch* piece);

// The sentences of the claim's quotation (of each of its quoted pieces,
// store::ComparedPieces; split after ".", "!" or "?") of kMinFragmentWords
// words or more, as stretches of `mine` (the claim's words): they are the
// same against every prior, so JudgeQuote splits them once. Empty when none
// is so long, or when the sentences' words are not `mine`.
std::vector<WordStretch> LongSentencesOf(
    const factcheck::v1::AttributedClaim& claim, const Words& mine,
    QuoteWords& words);

// Which of `mine` the prior's `their_words` carry sentence by sentence:
// each of `sentences` (LongSentencesOf) that stands word for word inside
// `their_words`. Two reports quote different sentences of one statement
// and share one ("… . Casualties are increasing by the hour"). Empty when
// none does.
std::vector<bool> CarriedSentenceBySentence(
    const Words& mine, const std::vector<WordStretch>& sentences,
    const Words& their_words);

// Whether `their_words`, carrying some of `sentences` of `mine` word for
// word (`carried`, CarriedSentenceBySentence), quote other sentences of
// one statement beside them rather than change the rest: every word of
// `mine` they do not carry lies in one of `sentences` not even partly like
// a stretch of theirs (FragmentSimilarity under kRewordedSimilarity). Two
// reports quote one statement across its cue, the same first sentence,
// then each another ("This is about more than numbers", "Every death must
// have a name"); a sentence sharing half its words with theirs ("I know
// that the response we are giving is not sufficient", "I am aware that
// the response that is being given is not enough") is one changed, and so
// is one that holds a sentence of theirs, `their_sentences`
// (LongSentencesOf), partly like a stretch of it: words added after a
// changed line ("My promise to you is that we are very close, and you'll
// have more information" for "What I promise you is that we are very
// close"). False when theirs are too long to align.
bool OtherSentencesOfOneStatement(
    const Words& mine, const std::vector<WordStretch>& sentences,
    const std::vector<bool>& carried, const Words& their_words,
    const std::vector<WordStretch>& their_sentences);

// Whether `part` stands word for word, contiguously, inside `whole`.
bool Contains(absl::Span<const QuoteWords::Word> whole,
              absl::Span<const QuoteWords::Word> part);

// Which of `mine`'s words a prior of several pieces carries word for word,
// piece by piece: each piece of the claim's quotation lies inside a piece
// of the prior's, or holds one whole, of kMinFragmentWords words or more
// ("You can read about it, you can study it, but until you've sat at that
// desk, …" holds the excerpt's "Until you've sat at that desk, …"; its
// next sentence is the excerpt's next), a piece holding one being at
// most twice its words and holding no words partly like another piece of
// the prior's (FragmentSimilarity at kRewordedSimilarity: that piece
// changed) but that piece word for word. A longer or shorter report of the same
// sentences is no misquotation. Empty unless every piece of the claim is so
// carried, or when neither quotation is of several pieces (the wholes are
// compared as they are).
std::vector<bool> CarriedPieceByPiece(
    const factcheck::v1::AttributedClaim& claim, const Words& mine,
    const factcheck::v1::AttributedClaim& theirs, const Words& their_words,
    QuoteWords& words);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_QUOTE_ALIGNMENT_H_
