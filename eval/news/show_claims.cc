// Prints the numeric claims the extractor reads in standard input, one line
// each: the claim's words, its value and qualifier's interval, measure,
// place (with "*" when it came from the document), subgroup, change, year
// (or "earlier year" for one before the document's it does not name),
// whether it is a projection or a rate, the words that date it, and who
// the text says gives it (its source, and the side that claims it).
// For reading what a rule does to a real sentence, not for scoring.
#include <iostream>
#include <iterator>
#include <string>

#include "absl/strings/str_format.h"
#include "server/extract/extractor.h"

int main() {
  const std::string text((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
  const factcheck::extract::Extraction extraction =
      factcheck::extract::Extract(text);
  for (const factcheck::extract::NumericClaim& claim :
       extraction.numeric_claims) {
    const factcheck::extract::Quantity& q = claim.quantity;
    std::cout << absl::StrFormat(
        "%-50s [%g, %g] %s | place %s%s | subgroup %s | change %d | year "
        "%d%s%s%s%s%s%s%s%s%s%s%s\n",
        "'" + std::string(factcheck::extract::TextOf(text, claim.span)) + "'",
        q.lower, q.upper, claim.measure, claim.location,
        claim.location_from_document ? "*" : "", claim.subgroup,
        static_cast<int>(q.change), claim.year,
        claim.of_an_earlier_year ? " | earlier year" : "",
        claim.projection ? " | projection" : "", claim.guess ? " | guess" : "",
        claim.per_period ? " | rate" : "",
        claim.before_the_event ? " | before the event" : "",
        claim.one_attack ? " | one attack" : "",
        claim.earlier_figure ? " | earlier figure" : "",
        claim.disaster_across_borders ? " | across borders" : "",
        claim.time_span.end == 0 ? ""
                                 : " | time '" +
                                       std::string(factcheck::extract::TextOf(
                                           text, claim.time_span)) +
                                       "'",
        claim.source.empty() ? "" : " | source '" + claim.source + "'",
        claim.claimed_by.empty() ? "" : " | claimed by " + claim.claimed_by);
  }
  return 0;
}
