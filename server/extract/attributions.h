// Attributed claims: content the text says someone said.
//
// - DIRECT: a quotation with its cue and speaker after it ("…," Biden told
//   reporters; "…," said the readout; "…," it added) or before it (Blinken
//   said: "…"). A quotation over several paragraphs is attributed by the cue
//   after its last mark, every paragraph a claim.
// - MIXED: quoted words inside reported speech, the cue earlier in the
//   sentence (the top US diplomat stressed that "…"; Obama said "it gets me
//   mad" every time …): the content is the whole reported clause, the quoted
//   words its quoted_spans.
// - A split quotation ("A," she said, "B." or "A," she said. "B.") is one
//   claim of several pieces; each paragraph of a quotation over several
//   paragraphs is a claim of its own.
// - INDIRECT: SPEAKER CUE (that) CLAUSE, or CLAUSE, SPEAKER CUE; with a
//   cue of quoting ("Xinhua quoted a readout") the object is the speaker and
//   the subject the conduit. Verbs of belief ("expects", "hopes") attribute
//   only with "that".
// - ACCORDING_TO: "…, according to official reports".
// - HEADLINE: "Gaza officials: Death toll rises to 43".
// Not claims: quotation marks around one or two words with no cue, and
// related-article lines ("Read: …") without a source of their own.
#ifndef FACTCHECK_SERVER_EXTRACT_ATTRIBUTIONS_H_
#define FACTCHECK_SERVER_EXTRACT_ATTRIBUTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "server/extract/quotes.h"
#include "server/extract/sentences.h"
#include "server/extract/speakers.h"
#include "server/extract/text.h"

namespace factcheck::extract {

enum class AttributionKind : uint8_t {
  kDirect,
  kMixed,
  kIndirect,
  kAccordingTo,
  kHeadline,
};

struct Attribution {
  AttributionKind kind = AttributionKind::kDirect;
  // Index into the entities; nullopt when the text does not say who speaks
  // (an "I", or a "he" with nobody named before it to be).
  std::optional<size_t> speaker;
  // How the text names the speaker here ("the top US diplomat", "it").
  Span speaker_span;
  // "said", "told reporters", "according to", ":" for a headline.
  Span cue_span;
  // What was said, without quotation marks or closing punctuation: for a
  // split quotation ("A," she said, "B.") from the first piece's start to
  // the last one's end.
  Span content_span;
  // The pieces of the content, in order: the segments of a split quotation,
  // otherwise content_span alone.
  absl::InlinedVector<Span, 1> content_spans;
  // The indexes into content_spans of the pieces that are quotations of
  // later sentences going on in the same voice ('"A," she said. "B."': B's
  // piece, 1). One attribution as PolNeAR reads it, but each quotation is
  // a claim of its own to verify (QuotationClaims).
  absl::InlinedVector<size_t, 1> later_quotations;
  // The words inside quotation marks: for DIRECT the content's pieces, for
  // MIXED the quoted fragments of the reported clause; none for reported
  // speech.
  absl::InlinedVector<Span, 1> quoted_spans;
  // Who passed the words on ("Xinhua news agency"); empty span when nobody.
  Span conduit_span;
};

struct Attributions {
  std::vector<Attribution> claims;
  std::vector<Entity> entities;
};

// The canonical name of `claim`'s speaker among `entities`, or "" when the
// text does not say who speaks.
absl::string_view SpeakerName(const Attribution& claim,
                              const std::vector<Entity>& entities);

// The claims `attribution` gives to verify: itself, or, when quotations of
// later sentences go on in its voice (later_quotations), one per quotation,
// each with its own pieces of the content, the later ones DIRECT. A report
// may quote one sentence of the remarks word for word and change the next:
// a fact-checker reads each quotation's verdict apart.
absl::InlinedVector<Attribution, 1> QuotationClaims(
    const Attribution& attribution);

// Every attributed claim of `text`, in order, with the entities they name.
Attributions FindAttributions(absl::string_view text,
                              const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences,
                              const std::vector<Quote>& quotes);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_ATTRIBUTIONS_H_
