// Revisions of what a numeric claim counts, made once every claim of a
// text is read, from the claims around it: the passes FindNumericClaims
// ends with.
#ifndef FACTCHECK_SERVER_EXTRACT_MEASURE_REVISIONS_H_
#define FACTCHECK_SERVER_EXTRACT_MEASURE_REVISIONS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/numeric_claims.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// "A further 10,100 are missing" after a count of the dead: an addition
// after a count of another measure (in its sentence or the one before), or
// of a measure the text counted nowhere before, is a total of its own
// measure, not an increase. `claims` are in text order.
void KeepAdditionsOfAnotherMeasure(absl::string_view text,
                                   const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences,
                                   std::vector<NumericClaim>* claims);

// "Casualties" counts the dead and the injured together, and in much South
// Asian copy the dead alone. A sentence that counts its injured apart
// ("… casualties since June 14 to 937, with nearly 1,400 injured") or
// whose casualty total a day's deaths bring ("Another five people lost
// their lives …, bringing the total number of casualties to 1,486") uses it
// for the dead: its casualty counts (and their subgroups) become deaths.
void ReadCasualtiesAsDeaths(absl::string_view text,
                            const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences,
                            std::vector<NumericClaim>* claims);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_MEASURE_REVISIONS_H_
