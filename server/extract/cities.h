// The countries cities lie in, from GeoNames' cities of 15,000 people or
// more (Debian's libgeonames, built in): what lets a count given for a city
// ("killed more than 100 people in Beirut") meet the counts its country's
// stories give. The gazetteer's extractor (places.h) keeps to ISO 3166:
// cities are never read as places in text by this table alone (its
// homonyms: "Of", "Reading", "March"), only located once read, told from
// a word before a weekday ("in Miami Tuesday", "on Super Tuesday"), or
// named as what an attack or a disaster struck ("the attack on Ganja",
// "the flooding that hit Derna").
#ifndef FACTCHECK_SERVER_EXTRACT_CITIES_H_
#define FACTCHECK_SERVER_EXTRACT_CITIES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

// The countries a city named `place` lies in, named as CountriesOf names
// countries: "Beirut" is in Lebanon, "Kramatorsk" in Ukraine, "Christchurch"
// in New Zealand or the United Kingdom (a name several countries' cities
// share lists each: the document decides). Accents do not matter ("Jeremie"
// is "Jérémie"). Empty for a name no city of the table has. Thread-safe; the
// table is built once.
const std::vector<std::string>& CountriesOfCity(absl::string_view place);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CITIES_H_
