// The values of the claim indexes (keys.h: numeric_claims,
// quotes_by_speaker), as every backend writes and reads them.
//
// A verification reads some four hundred prior claims and shows a few dozen
// as evidence; parsing every field of each (spans, the claim's own words,
// url and title) was a fifth of its instructions. Since schema 2 a value
// keeps in place only the fields the verification rules read, and the
// others serialised in one bytes field, `shown`, which a lookup copies
// without parsing. Shown, not judged:
// - IndexedClaim: excerpt_span, url, title.
// - NumericClaim: measure_text, source, time_text, text, span,
//   sentence_span, earlier_quantity.
// - AttributedClaim: speaker_span, cue, content_span, conduit,
//   quoted_spans (speaker_text too in schema 2 values, content_spans in
//   schema 2 and 3 values).
// A rule that starts reading one of these moves it out of this list (a new
// schema version: values written before keep it in `shown`). Schema 1
// values hold every field in place and an empty `shown`: they read the same.
#ifndef FACTCHECK_STORE_INDEX_VALUES_H_
#define FACTCHECK_STORE_INDEX_VALUES_H_

#include <string>

#include "google/protobuf/message.h"
#include "store/store_records.pb.h"

namespace factcheck::store {

// `message` serialised deterministically: equal messages, equal bytes.
std::string Serialize(const google::protobuf::Message& message);

// The value a claim index stores for the whole `claim`: the fields above
// moved into `shown`.
std::string IndexValue(IndexedClaim claim);

// Makes `claim`, read from an index value, whole: `shown` merged back into
// its fields and cleared. False when `shown` is damaged.
[[nodiscard]] bool MakeWhole(IndexedClaim* claim);

// Makes the empty `whole` what MakeWhole makes of a copy of `claim`, on
// `whole`'s arena, without first copying `claim` whole: a verdict's
// evidence is built this way, its parts then moved out of `whole`. False
// when `shown` is damaged.
[[nodiscard]] bool MakeWholeInto(const IndexedClaim& claim,
                                 IndexedClaim* whole);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_INDEX_VALUES_H_
