// Levels and changes: whether a quantity states how much there is ("rose to
// 2,150", "43 killed") or by how much it changed ("another 212", "17 new
// cases", "9 died in the past day", "climbed by roughly 400 to 2,150",
// "slipped 0.7 per cent to 7,412"). A change is never compared with a
// level: "another 212" is no toll of 212.
#ifndef FACTCHECK_SERVER_EXTRACT_CHANGES_H_
#define FACTCHECK_SERVER_EXTRACT_CHANGES_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/quantities.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// "another", "additional", "further": a word right before a number that
// adds it to a count ("another 212", "a further 9").
inline bool IsAdditionWord(absl::string_view word) {
  return IsOneOf(word, {"another", "additional", "further"});
}

// Reads each quantity's words around it and sets its `change`. `quantities`
// are FindQuantities' results for the same tokens, in order.
void MarkChanges(absl::string_view text, const std::vector<Token>& tokens,
                 std::vector<Quantity>* quantities);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_CHANGES_H_
