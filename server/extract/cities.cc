#include "server/extract/cities.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_split.h"
#include "server/extract/data_rows.h"
#include "unicode/utf8.h"

namespace factcheck::extract {

extern const char kGeonamesCitiesTsv[];

namespace {

// Keyed on names without their accents.
using CityCountries =
    absl::flat_hash_map<std::string, std::vector<std::string>>;

const CityCountries& Cities() {
  static const CityCountries* const kCities = [] {
    auto* cities = new CityCountries();
    for (const std::vector<absl::string_view>& fields :
         DataRows(kGeonamesCitiesTsv, 2)) {
      std::vector<std::string>& countries =
          (*cities)[unicode::WithoutLatinAccents(fields[0])];
      // "Jérémie" and a "Jeremie" elsewhere are one name.
      for (absl::string_view country : absl::StrSplit(fields[1], '|')) {
        if (std::find(countries.begin(), countries.end(), country) ==
            countries.end()) {
          countries.emplace_back(country);
        }
      }
    }
    return cities;
  }();
  return *kCities;
}

}  // namespace

const std::vector<std::string>& CountriesOfCity(absl::string_view place) {
  static const std::vector<std::string>* const kNone =
      new std::vector<std::string>();
  const CityCountries& cities = Cities();
  auto it = cities.find(unicode::WithoutLatinAccents(place));
  return it == cities.end() ? *kNone : it->second;
}

}  // namespace factcheck::extract
