// The canonical name of a place, so that claims on one place share an index
// key whatever name the copy uses.
#ifndef FACTCHECK_SERVER_EXTRACT_PLACES_H_
#define FACTCHECK_SERVER_EXTRACT_PLACES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

// The place `written` names, as claims are keyed on it: "Gaza Strip" is
// "Gaza", "U.S." "United States", "Kiev" "Kyiv" (the names wire copy uses
// for one place); "Libya's Derna" is its most specific place, "Derna".
// Any other name is kept as written.
std::string CanonicalPlace(absl::string_view written);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_PLACES_H_
