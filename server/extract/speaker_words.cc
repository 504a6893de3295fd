#include "server/extract/speaker_words.h"

#include "absl/container/flat_hash_set.h"
#include "server/extract/name_particles.h"

namespace factcheck::extract {

bool IsDocumentNoun(absl::string_view lower) {
  static const auto* const kWords = new absl::flat_hash_set<absl::string_view>{
      "readout",    "statement", "report",   "reports",  "communique",
      "letter",     "release",   "memo",     "tweet",    "post",
      "transcript", "document",  "filing",   "ruling",   "resolution",
      "decree",     "order",     "bulletin", "briefing", "survey",
      "study",      "poll",      "figures",  "data",     "records"};
  return kWords->contains(lower);
}

bool IsOrganizationWord(absl::string_view word) {
  static const auto* const kWords = new absl::flat_hash_set<absl::string_view>{
      "House",       "Ministry",  "Office",       "Agency",       "agency",
      "Council",     "Army",      "army",         "Police",       "police",
      "Party",       "Nations",   "Union",        "Times",        "Post",
      "News",        "Press",     "Reuters",      "Xinhua",       "Commission",
      "Committee",   "Court",     "Department",   "Government",   "government",
      "Authority",   "Forces",    "Organization", "Organisation", "Bank",
      "Fund",        "Group",     "Company",      "Corp",         "Inc",
      "University",  "Institute", "Center",       "Centre",       "Network",
      "Association", "Service",   "ministry",     "Kremlin",      "Pentagon",
      "military",    "Hamas",     "Hezbollah",    "NATO",         "UN",
      "Federation",  "Assembly",  "Parliament",   "Senate",       "Congress"};
  return kWords->contains(word);
}

bool IsDeterminer(absl::string_view lower) {
  return lower == "a" || lower == "an" || lower == "the" || lower == "this" ||
         lower == "that" || lower == "its" || lower == "his" ||
         lower == "her" || lower == "their";
}

absl::string_view LastWord(absl::string_view words) {
  return words.substr(words.rfind(' ') + 1);
}

size_t SurnameStart(const std::vector<absl::string_view>& name_words) {
  size_t surname = name_words.size() - 1;
  while (surname > 0 && IsNameParticle(name_words[surname - 1])) --surname;
  return surname;
}

}  // namespace factcheck::extract
