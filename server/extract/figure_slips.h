// Figures a text mistyped: in copy that groups thousands with commas
// ("2,200 dead"), "over 12,00 injured" has no decimal comma but a slip of
// the keys, and no reader can know the figure ("12,0000" neither). Claims
// are not read from them.
#ifndef FACTCHECK_SERVER_EXTRACT_FIGURE_SLIPS_H_
#define FACTCHECK_SERVER_EXTRACT_FIGURE_SLIPS_H_

#include "absl/strings/string_view.h"
#include "server/extract/quantities.h"

namespace factcheck::extract {

// Whether `text` groups thousands with commas ("2,200", "130,000").
bool GroupsThousandsWithCommas(absl::string_view text);

// Whether the number of `quantity` (read from `text`) is mistyped, its
// comma followed by other than a group of three digits (nor India's two
// before another group, "1,00,000"), or a comma joining it to digits
// outside it. Meaningful only in a text that groups thousands with commas.
bool WrittenAsASlip(absl::string_view text, const Quantity& quantity);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_FIGURE_SLIPS_H_
