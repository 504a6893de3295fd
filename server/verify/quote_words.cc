#include "server/verify/quote_words.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace factcheck::verify {
namespace {

// `text` without what an editor put in square brackets ("[last
// December]"), copied into `storage` only when it holds a bracket. A "["
// with no "]" within kMaxEditorsBytes is kept.
constexpr size_t kMaxEditorsBytes = 80;
absl::string_view WithoutEditorsWords(absl::string_view text,
                                      std::string* storage) {
  size_t open = text.find('[');
  if (open == absl::string_view::npos) return text;
  storage->clear();
  size_t from = 0;
  while (open != absl::string_view::npos) {
    const size_t close = text.find(']', open);
    if (close == absl::string_view::npos || close - open > kMaxEditorsBytes) {
      break;
    }
    absl::StrAppend(storage, text.substr(from, open - from), " ");
    from = close + 1;
    open = text.find('[', from);
  }
  absl::StrAppend(storage, text.substr(from));
  return *storage;
}

}  // namespace

const std::vector<QuoteWords::Word>& QuoteWords::Of(absl::string_view text) {
  auto [entry, added] = texts_.try_emplace(text);
  if (added) {
    // Numbered into scratch space first: the text's list is then allocated
    // once, at its size.
    scratch_.clear();
    std::string spoken;
    store::ForEachQuoteWord(
        WithoutEditorsWords(text, &spoken), [&](absl::string_view word) {
          // Most words of a verification's quotes were numbered before: those
          // are found by view, and only a new word is copied.
          auto number = numbers_.find(word);
          if (number == numbers_.end()) {
            number =
                numbers_.emplace(std::string(word), spellings_.size()).first;
            spellings_.push_back(number->first);
            zeros_only_.push_back(word.find_first_not_of('0') ==
                                  absl::string_view::npos);
          }
          scratch_.push_back(number->second);
        });
    entry->second.assign(scratch_.begin(), scratch_.end());
  }
  return entry->second;
}

}  // namespace factcheck::verify
