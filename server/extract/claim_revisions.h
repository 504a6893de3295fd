// Revisions of what a numeric claim counts and where, made once every
// claim of a text is read, from the claims around it: the passes
// FindNumericClaims ends with.
#ifndef FACTCHECK_SERVER_EXTRACT_CLAIM_REVISIONS_H_
#define FACTCHECK_SERVER_EXTRACT_CLAIM_REVISIONS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/numeric_claims.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// "UN confirms over 1000 civilian deaths" over "confirmed over a thousand
// civilian casualties ..., 331 killed and 675 injured": a count of the dead
// (or the injured) whose figure the same text gives as casualties, and
// which a count of them of the same group, or of no group, in that text
// falls below, counts casualties (a writer's slip the text itself shows).
// Linear in the claims.
void ReadDeathsTheTextCountsAsCasualties(std::vector<NumericClaim>* claims);

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

// "Floods killed 14 people on Monday, raising the death toll to 62": a
// count that brings a total of its measure and group ("taking",
// "bringing", "pushing", "raising" … "to"), smaller than that total, is its
// increase, however it is worded, and so are the few counts coordinated
// with it ("39 deaths in Bangladesh and 21 in India, raising Bangladesh's
// toll to 120"); not "civilians killed has risen to 11, bringing the total
// death toll to 95", a group's own total.
void ReadCountsThatBringATotalAsIncreases(absl::string_view text,
                                          const std::vector<Token>& tokens,
                                          std::vector<NumericClaim>* claims);

// "recovered 15 more bodies in Balochistan …, taking the death toll to
// 162": a total an increase brings ("taking", "bringing", "pushing",
// "raising" … "to"), or names right after it ("kill 34 more in Pakistan,
// toll 937"), counts where the increase does, when its sentence gives it no
// place of its own; where the sentence's counts of the same measure do when
// they name several places ("4,800 died in Nepal, while 100 died in India,
// bringing the total to 4,900" is the combined "Nepal and India").
void PlaceTotalsWhereTheirIncreaseIs(absl::string_view text,
                                     const std::vector<Token>& tokens,
                                     std::vector<NumericClaim>* claims);

// "… taking the death toll to 162 in Balochistan. The killed include 54
// children, 43 women": a sentence that opens by naming the counted
// ("The killed include", "Among the dead were") breaks down the total
// before it; its subgroups, placed nowhere in it, are that total's place's.
void PlaceBreakdownsWhereTheirTotalIs(absl::string_view text,
                                      std::vector<NumericClaim>* claims);

// A story that places counts of the dead (or injured, or missing) in two
// countries ("3,419 died in Turkey", "1,602 in Syria") leaves its other
// counts of them no country: "The quake toll tops 5,000" may be either's,
// or both together, not the story's leading country's. A toll of another
// year ("235,000 died in China in 1920") is another disaster's: it names no
// second country of the story's.
void LeaveTollsOfTwoCountriesUnplaced(std::vector<NumericClaim>* claims);

// "Three Americans were killed in Sri Lanka": a nation's people counted
// where the claim's place (its sentence's or its story's) lies in another
// country are a group of the dead there, compared only with counts of the
// same people. Counted in their own country ("126 Palestinians have been
// killed in Gaza"), or where no known place says ("At least 65 Palestinians
// were killed"), they are whom the toll counts, no group of it. Reads each
// claim's place once places are final.
void CountPeoplesAsAGroupOnlyAbroad(std::vector<NumericClaim>* claims);

// "Death toll rises to 69 in Balochistan" over "At least 69 people lost
// their lives …": the claim of the headline (ending at byte `line_end`)
// giving the same figure of the same count as `claim`, with a place its
// line named (or one its disaster's name gave and the text took away:
// NumericClaim::disaster_across_borders); nullptr when there is none.
const NumericClaim* HeadlineFigure(const std::vector<NumericClaim>& claims,
                                   size_t line_end, const NumericClaim& claim);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CLAIM_REVISIONS_H_
