// The words that tell what kind of speaker a phrase names: a body
// ("Ministry"), a document ("readout"), a determiner before a
// description. Shared by the files of the speakers library only.
#ifndef FACTCHECK_SERVER_EXTRACT_SPEAKER_WORDS_H_
#define FACTCHECK_SERVER_EXTRACT_SPEAKER_WORDS_H_

#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

// Whether the lower-case `lower` names a document that speaks for its
// author ("readout", "statement", "tweet").
bool IsDocumentNoun(absl::string_view lower);

// Whether `word`, as written, is an organisation's ("Ministry", "Party",
// "Kremlin").
bool IsOrganizationWord(absl::string_view word);

// Whether the lower-case `lower` is a determiner before a description
// ("the", "its", "their").
bool IsDeterminer(absl::string_view lower);

// The last of space-separated words: a name's surname, a title's rank.
absl::string_view LastWord(absl::string_view words);

// Where, in a name's words, its surname opens with the particles before it:
// 1 in "Harsha de Silva", 2 in "Ana Maria Ruiz", 0 in a name of one word.
size_t SurnameStart(const std::vector<absl::string_view>& name_words);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_SPEAKER_WORDS_H_
