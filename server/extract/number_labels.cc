// The words around a number that make it an identifier rather than an
// amount: "page 12", "Route 66", "200 Nohea Kai Drive" (number_parser.h).
#include <string>

#include "absl/container/flat_hash_map.h"
#include "server/extract/number_parser.h"
#include "server/extract/text.h"

namespace factcheck::extract::number_internal {

bool IsCodeLabel(absl::string_view lower) {
  static const auto* const kLabels = new absl::flat_hash_map<std::string, bool>{
      {"page", true},     {"pages", true},     {"p", true},
      {"pp", true},       {"section", true},   {"chapter", true},
      {"article", true},  {"clause", true},    {"resolution", true},
      {"route", true},    {"highway", true},   {"exit", true},
      {"flight", true},   {"room", true},      {"no", true},
      {"nos", true},      {"nr", true},        {"nrs", true},
      {"version", true},  {"v", true},         {"platform", true},
      {"gate", true},     {"episode", true},   {"season", true},
      {"volume", true},   {"vol", true},       {"issue", true},
      {"item", true},     {"apartment", true}, {"suite", true},
      {"ward", true},     {"district", true},  {"precinct", true},
      {"sector", true},   {"block", true},     {"building", true},
      {"lane", true},     {"street", true},    {"avenue", true},
      {"exercise", true}, {"exercises", true}, {"figure", true},
      {"fig", true},      {"table", true},     {"paragraph", true},
      {"act", true},      {"part", true},      {"amendment", true},
      {"psalm", true},    {"line", true},      {"interstate", true}};
  return kLabels->contains(lower);
}

bool IsStreetNoun(absl::string_view lower) {
  return IsOneOf(lower, {"street", "st", "avenue", "ave", "road", "rd", "drive",
                         "dr", "lane", "ln", "boulevard", "blvd", "way",
                         "court", "parkway", "highway", "place"});
}

bool IsHeadlineLink(absl::string_view lower) {
  return IsOneOf(lower,
                 {"on",    "in",   "at",  "near", "along",  "of",      "the",
                  "to",    "from", "by",  "off",  "across", "outside", "inside",
                  "after", "as",   "and", "for",  "over",   "into"});
}

}  // namespace factcheck::extract::number_internal
