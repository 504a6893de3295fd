// Verdicts on attributed claims, from prior attributed claims by the same
// speaker or sharing words with the claim (the caller keeps only reports
// published before the document and never the document itself).
//
// Words are compared after normalisation (store/quote_shingles.h: case,
// curly and straight marks, punctuation, ellipses). Similarity is
// 2·LCS/(|a|+|b|) over the words.
// - CONSISTENT: the same speaker with the same words, or a verbatim run of
//   the other's words (quoting a fragment is no misquote).
// - MISQUOTED (quotations only): the same speaker, similarity at least
//   kMisquoteSimilarity, words changed — the explanation names them.
// - MISATTRIBUTED: the same words (verbatim, or similarity at least
//   kSameWordsSimilarity) earlier attributed to someone else — it names who.
//   Words that an earlier report of the speaker holds as well (inside a
//   reported clause of theirs) are not misattributed: UNVERIFIED, naming
//   both.
// - UNVERIFIED: nothing comparable.
// Speakers are the same when their canonical names match, or one is the
// other's surname ("Blinken" and "Antony Blinken").
#ifndef FACTCHECK_SERVER_VERIFY_QUOTE_RULES_H_
#define FACTCHECK_SERVER_VERIFY_QUOTE_RULES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "protos/claims.pb.h"
#include "server/verify/evidence.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

inline constexpr double kMisquoteSimilarity = 0.6;
inline constexpr double kSameWordsSimilarity = 0.85;

bool SameSpeaker(absl::string_view a, absl::string_view b);

// `priors` in any order, each claim once; the judgement points into them.
Judgement JudgeQuote(const factcheck::v1::AttributedClaim& claim,
                     const PriorClaims& priors);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_QUOTE_RULES_H_
