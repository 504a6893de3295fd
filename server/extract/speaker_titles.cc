#include "server/extract/speaker_titles.h"

#include <cstdint>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "server/extract/data_rows.h"
#include "server/extract/speaker_words.h"
#include "server/extract/text.h"

namespace factcheck::extract {

extern const char kTitlesTsv[];

const Titles& TitleLexicon() {
  static const Titles* const kTitles = [] {
    auto* titles = new Titles();
    for (const std::vector<absl::string_view>& fields :
         DataRows(kTitlesTsv, 2)) {
      titles->roles.emplace_back(fields[1]);
      if (absl::ascii_isupper(static_cast<unsigned char>(fields[0][0]))) {
        titles->words.insert(absl::AsciiStrToLower(fields[0]));
      }
      titles->phrases.Add(fields[0],
                          static_cast<uint32_t>(titles->roles.size() - 1),
                          /*case_sensitive=*/true);
    }
    return titles;
  }();
  return *kTitles;
}

absl::string_view RoleOfDescription(absl::string_view lower) {
  static constexpr std::pair<const char*, const char*> kRoles[] = {
      {"diplomat", "diplomat"},
      {"envoy", "diplomat"},
      {"ambassador", "diplomat"},
      {"president", "leader"},
      {"prime minister", "leader"},
      {"vice president", "leader"},
      {"leader", "leader"},
      {"premier", "leader"},
      {"chancellor", "leader"},
      {"minister", "minister"},
      {"spokesman", "spokesperson"},
      {"spokeswoman", "spokesperson"},
      {"spokesperson", "spokesperson"},
      {"general", "commander"},
      {"commander", "commander"},
      {"senator", "lawmaker"},
      {"lawmaker", "lawmaker"},
      {"congressman", "lawmaker"},
      {"cardinal", "cleric"},
      {"archbishop", "cleric"},
      {"bishop", "cleric"},
      {"patriarch", "cleric"},
      {"ayatollah", "cleric"},
      {"mufti", "cleric"},
      {"cleric", "cleric"},
      {"mayor", "official"},
      {"sheriff", "official"},
      {"governor", "official"}};
  for (const auto& [word, role] : kRoles) {
    if (lower == word) return role;
  }
  return {};
}

std::string SpelledOut(std::string lower) {
  if (lower == "pm") return "prime minister";
  return lower;
}

bool TitleAllows(absl::string_view title, absl::string_view described) {
  if (title.empty() || absl::EndsWith(title, ".") ||
      !TitleLexicon().words.contains(described)) {
    return true;
  }
  if (title == described) return true;
  if (!absl::EndsWith(title, described) ||
      title[title.size() - described.size() - 1] != ' ') {
    return false;
  }
  const absl::string_view before =
      title.substr(0, title.size() - described.size() - 1);
  const absl::string_view rank = LastWord(before);
  return rank != "vice" && rank != "deputy" && rank != "assistant";
}

Gender GenderOfTitle(absl::string_view title_words) {
  const absl::string_view last = LastWord(title_words);
  if (IsOneOf(last,
              {"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen",
               "princess", "congresswoman", "chairwoman", "spokeswoman",
               "councilwoman", "businesswoman", "madam"})) {
    return Gender::kFemale;
  }
  if (IsOneOf(last, {"mr.", "mr", "sir", "king", "prince", "congressman",
                     "chairman", "spokesman", "councilman", "businessman"})) {
    return Gender::kMale;
  }
  return Gender::kUnknown;
}

}  // namespace factcheck::extract
