#include "server/verify/quote_words.h"

#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace factcheck::verify {
namespace {

// `text` without what an editor put in brackets ("[last December]", "(in
// Beira)": no one speaks in brackets), copied into `storage` only when it
// holds a bracket. A bracket not closed within kMaxEditorsBytes is kept.
constexpr size_t kMaxEditorsBytes = 80;
absl::string_view WithoutEditorsWords(absl::string_view text,
                                      std::string* storage) {
  size_t open = text.find_first_of("[(");
  if (open == absl::string_view::npos) return text;
  storage->clear();
  size_t from = 0;
  while (open != absl::string_view::npos) {
    const size_t close = text.find(text[open] == '[' ? ']' : ')', open);
    if (close == absl::string_view::npos || close - open > kMaxEditorsBytes) {
      break;
    }
    absl::StrAppend(storage, text.substr(from, open - from), " ");
    from = close + 1;
    open = text.find_first_of("[(", from);
  }
  absl::StrAppend(storage, text.substr(from));
  return *storage;
}

// `word` (normalised) in American spelling, into `storage` when it
// differs: wire copy from London and from New York quotes one speaker as
// "health centres" and "health centers", "labour" and "labor",
// "organised" and "organized". Only endings no other word shares are
// rewritten: "-our" after three letters or more ("colour", not "hour" or
// "four"), "-tre" and "-bre" ("centre", "calibre"), "-ise" and "-isation".
absl::string_view AmericanSpelling(absl::string_view word,
                                   std::string* storage) {
  static constexpr std::pair<absl::string_view, absl::string_view> kEndings[] =
      {{"isations", "izations"},
       {"isation", "ization"},
       {"ising", "izing"},
       {"ised", "ized"},
       {"ises", "izes"},
       {"ise", "ize"},
       {"ourites", "orites"},
       {"ourite", "orite"},
       {"ourable", "orable"},
       {"ouring", "oring"},
       {"oured", "ored"},
       {"ours", "ors"},
       {"our", "or"},
       {"tres", "ters"},
       {"tre", "ter"},
       {"bres", "bers"},
       {"bre", "ber"}};
  // The letters an ending must follow: "rise", "hour" and "metre" keep
  // theirs.
  constexpr size_t kMinStem = 3;
  for (const auto& [british, american] : kEndings) {
    if (word.size() >= british.size() + kMinStem &&
        absl::EndsWith(word, british)) {
      *storage =
          absl::StrCat(word.substr(0, word.size() - british.size()), american);
      return *storage;
    }
  }
  return word;
}

}  // namespace

const std::vector<QuoteWords::Word>& QuoteWords::Of(absl::string_view text) {
  auto [entry, added] = texts_.try_emplace(text);
  if (added) {
    // Numbered into scratch space first: the text's list is then allocated
    // once, at its size.
    scratch_.clear();
    std::string spoken;
    bool after_per = false;
    store::ForEachQuoteWord(
        WithoutEditorsWords(text, &spoken), [&](absl::string_view as_written) {
          // "90 per cent" is "90 percent".
          const bool per_cent = after_per && as_written == "cent";
          after_per = as_written == "per";
          if (per_cent) scratch_.pop_back();
          scratch_.push_back(Number(per_cent ? "percent" : as_written));
        });
    entry->second.assign(scratch_.begin(), scratch_.end());
  }
  return entry->second;
}

QuoteWords::Word QuoteWords::Number(absl::string_view word) {
  // Most words of a verification's quotes were numbered before: those are
  // found by view, and only a new word is copied, and spelled.
  if (const auto known = numbers_.find(word); known != numbers_.end()) {
    return known->second;
  }
  std::string american;
  const absl::string_view spelled = AmericanSpelling(word, &american);
  auto number = numbers_.find(spelled);
  if (number == numbers_.end()) {
    number = numbers_.emplace(std::string(spelled), spellings_.size()).first;
    spellings_.push_back(number->first);
    zeros_only_.push_back(spelled.find_first_not_of('0') ==
                          absl::string_view::npos);
  }
  const Word numbered = number->second;
  if (spelled != word) numbers_.emplace(std::string(word), numbered);
  return numbered;
}

}  // namespace factcheck::verify
