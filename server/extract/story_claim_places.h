// The places a text's numeric claims take from their story once every
// sentence has been read (FindNumericClaims' second pass): a count whose
// sentence names no place is the story's country's ("At least 2,012 people
// were killed" in a story whose places lie in Morocco), the scope of a
// whole event's toll; under a heading line that is a place ("Sindh" above
// "542 deaths, 8,321 injuries"), that place's; "died there", the place the
// sentence before counted in; a headline's figure restated, the
// headline's place.
#ifndef FACTCHECK_SERVER_EXTRACT_STORY_CLAIM_PLACES_H_
#define FACTCHECK_SERVER_EXTRACT_STORY_CLAIM_PLACES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/numeric_claims.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// Gives `claims` (of `text`, in order, from its `tokens` and `sentences`)
// the places their story leaves them.
void PlaceByTheirStory(absl::string_view text, const std::vector<Token>& tokens,
                       const std::vector<Sentence>& sentences,
                       std::vector<NumericClaim>* claims);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_STORY_CLAIM_PLACES_H_
