// The titles that stand before people's names (data/titles.tsv) and what
// they tell: a role ("Secretary of State": diplomat), a gender ("Mrs."),
// whether a description may mean a titled person ("the mayor" is never the
// sheriff). Shared by the files of the speakers library only.
#ifndef FACTCHECK_SERVER_EXTRACT_SPEAKER_TITLES_H_
#define FACTCHECK_SERVER_EXTRACT_SPEAKER_TITLES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "server/extract/phrases.h"
#include "server/extract/speakers.h"

namespace factcheck::extract {

struct Titles {
  PhraseTable phrases;
  std::vector<std::string> roles;
  // The capitalised titles, in lower case: "president", "prime minister".
  absl::flat_hash_set<std::string> words;
};

// The titles of data/titles.tsv, each with its role, loaded once.
const Titles& TitleLexicon();

// The role a description's word names: "the top US diplomat".
absl::string_view RoleOfDescription(absl::string_view lower);

// The title `lower` abbreviates in initials ("pm" for "prime minister"),
// so that "PM Modi" is the one "the prime minister" means; any other title
// as it is.
std::string SpelledOut(std::string lower);

// Whether a person titled `title` may be the one a description naming a
// title word, `described`, means: "the mayor" is never the sheriff of the
// same role, "the president" never a prime minister, a pope or a vice
// president. A person named with no title, or with an abbreviation
// ("Gen."), may be.
bool TitleAllows(absl::string_view title, absl::string_view described);

// The gender a title's words say, in lower case ("mrs.", "house speaker
// congresswoman"): from its last word.
Gender GenderOfTitle(absl::string_view title_words);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_SPEAKER_TITLES_H_
