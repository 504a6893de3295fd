// Verdicts on attributed claims, from prior attributed claims by the same
// speaker or sharing words with the claim (the caller keeps only reports
// published before the document and never the document itself).
//
// Words are compared after normalisation (store/quote_shingles.h: case,
// curly and straight marks, punctuation, ellipses). Similarity is
// 2·LCS/(|a|+|b|) over the words.
// - CONSISTENT: the same speaker with the same words, or a verbatim run of
//   the other's words (quoting a fragment is no misquote), or a sentence of
//   kMinFragmentWords or more the two quote alike. A prior carrying less
//   of the claim than kMinFragmentWords words and than half of it confirms
//   nothing (UNVERIFIED, saying how few: "Absolutely" of 54 words); nor do
//   fewer than kMinFragmentWords quoted words that stand inside a longer
//   paraphrase, the writer's words there.
// - MISQUOTED (a quotation against a prior quotation: a paraphrase is its
//   writer's words): the same speaker, similarity at least
//   kMisquoteSimilarity, words changed — the explanation names them — in
//   a report published within kSameOccasionWindow before the document:
//   words are reported within days of being said, and a speaker's like
//   words reported longer before may be another occasion's (speakers
//   repeat their lines, changed: UNVERIFIED, naming the earlier report). Words
//   written another way are no change: a time's zero minutes ("9:00 am",
//   "9 am"), a contraction ("won't", "will not"), a multiplier ("$40m",
//   "40 million dollars"), a possessive ("ISIS'", "ISIS's"). Nor is what
//   one transcript keeps and another cleans (a filler, "I mean"; words
//   said twice in a row), an aside set off by dashes one report leaves out
//   ("— I have seen a lot of this —", unless it says how many, whether or
//   on what condition), or more of the same remarks quoted at either end
//   where the other quotation has no word there ("We must stop him. He is
//   …" after "He is …", as a quotation standing inside another). A
//   quotation of kMinFragmentWords or more compared with a longer one (or
//   the other way round) is also compared with the stretch of the longer
//   it is most like, as many words long; at least kFragmentSimilarity there
//   is a changed fragment ("I have never seen climate destruction on this
//   scale" from "I have seen many disasters, but I have never seen climate
//   carnage on this scale"). A prior's quotation stored as one claim of
//   several pieces ('"…," Park said. "But …"') is also compared piece by
//   piece, each as if quoted alone (store::ComparedPieces). Two
//   quotations that each lead into their shared words with
//   kWordsLedInApart words or more of their own are two statements of one
//   line, a talking point led into two ways ("Tonight's vote shows that
//   this party will never abandon working families", "Let me say this
//   plainly: this party will never abandon working families"), not one
//   changed: UNVERIFIED, naming the earlier. A word or two changed there
//   ("Let me be clear", "I will be clear") is still a misquotation, and so
//   are other words after the shared ones: what follows a line is what was
//   said of it, a change a fact-checker reads.
// - MISATTRIBUTED (quotations only): the same words (verbatim, or
//   similarity at least kSameWordsSimilarity), kMinMisattributedWords or
//   more, earlier attributed to someone else — it names who. A paraphrase
//   ("officials said that …") is worded by each writer and given to
//   whichever body the writer names; a short quoted phrase ("a rupture in
//   the optical fibre", "destruction") is repeated by many: neither shows
//   who said what.
//   Neither side may be a speaker that names no one ("a UN spokesman",
//   "the statement"): UNVERIFIED, naming the other.
//   Words that an earlier report of the speaker holds as well (inside a
//   reported clause of theirs) are not misattributed: UNVERIFIED, naming
//   both.
// - UNVERIFIED: nothing comparable; and always when the text does not say
//   who speaks (the claim has no speaker: "'…,' she said" about a woman it
//   never names), with that reason. A quotation of the speaker's at least
//   kRewordedSimilarity like the claim (a statement translated twice, a
//   talking point said two ways) is named: too unlike to read a verdict
//   from, it is where a fact-checker looks.
// Who counts as the same speaker: server/verify/speaker_names.h.
#ifndef FACTCHECK_SERVER_VERIFY_QUOTE_RULES_H_
#define FACTCHECK_SERVER_VERIFY_QUOTE_RULES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "server/verify/quote_alignment.h"
#include "server/verify/quote_words.h"
#include "server/verify/speaker_names.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

inline constexpr size_t kMinMisattributedWords = 8;
// The fewest words of its own each of two like quotations leads into their
// shared words with (WordsApartBeforeTheSharedWords) for them to be read
// as two statements.
inline constexpr size_t kWordsLedInApart = 3;
inline constexpr absl::Duration kSameOccasionWindow = absl::Hours(14 * 24);

// `priors` in any order, each claim once; the judgement points into them.
// `words` caches the normalised words of the priors' texts (and the
// claim's) for the judgements of one verification. `document_time`, when
// known, is when the document was published (or the time it is judged
// as of): it bounds which priors may show a misquotation.
Judgement JudgeQuote(const factcheck::v1::AttributedClaim& claim,
                     const PriorClaims& priors, QuoteWords& words,
                     std::optional<absl::Time> document_time);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_QUOTE_RULES_H_
