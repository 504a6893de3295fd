#include "server/verify/quote_changes.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"

namespace factcheck::verify {
namespace {

// Whether `run` is fillers only: words a speaker says while thinking,
// which transcripts keep or drop.
bool FillersOnly(const QuoteWords& spellings, const QuoteWords::Word* run,
                 size_t size) {
  static constexpr absl::string_view kOneWord[] = {"uh", "um", "er", "erm",
                                                   "ah"};
  static constexpr std::pair<absl::string_view, absl::string_view> kTwoWords[] =
      {{"i", "mean"}, {"you", "know"}};
  for (size_t i = 0; i < size;) {
    const absl::string_view word = spellings.Spelling(run[i]);
    if (std::find(std::begin(kOneWord), std::end(kOneWord), word) !=
        std::end(kOneWord)) {
      ++i;
      continue;
    }
    const bool pair =
        i + 1 < size &&
        std::any_of(std::begin(kTwoWords), std::end(kTwoWords),
                    [&](const auto& filler) {
                      return word == filler.first &&
                             spellings.Spelling(run[i + 1]) == filler.second;
                    });
    if (!pair) return false;
    i += 2;
  }
  return true;
}

// `words` without the second of two like stretches in a row ("if she gets
// to pick, if she gets to pick her judges" without the second "if she gets
// to pick"), `said_twice` marking which of `words` are left out. Aligning
// the lists said once, not marking what the alignment left out afterwards:
// an alignment of the whole may keep words of either copy.
Words SaidOnce(const Words& words, std::vector<bool>* said_twice) {
  const size_t scanned = std::min(words.size(), kMaxAlignedWords);
  said_twice->assign(words.size(), false);
  Words once;
  once.reserve(words.size());
  for (size_t i = 0; i < words.size();) {
    size_t next = i + 1;
    for (size_t size = 1; i + 2 * size <= scanned; ++size) {
      const auto copy = words.begin() + i;
      if (!std::equal(copy, copy + size, copy + size)) continue;
      // Said twice or more: the first copy is kept.
      size_t after = i + size;
      while (after + size <= scanned &&
             std::equal(copy, copy + size, words.begin() + after)) {
        std::fill_n(said_twice->begin() + after, size, true);
        after += size;
      }
      next = i + size;
      break;
    }
    once.insert(once.end(), words.begin() + i, words.begin() + next);
    i = next;
    while (i < words.size() && (*said_twice)[i]) ++i;
  }
  return once;
}

// The words `changes` marks changed, spelled the way the other text may
// have written them: a contraction spelled out ("won't" as "will not",
// "we're" as "we are"), a multiplier glued to its digits spelled ("40m" as
// "40 million"), the possessive of a word in "s" either way ("ISIS's" as
// "ISIS'"), without words of zeros ("9:00" is "9") or "dollars" (the "$"
// of "$40 million" is no word).
std::vector<std::string> LeftOutAsSpelled(const Words& words,
                                          const WordChanges& changes,
                                          const QuoteWords& spellings) {
  static constexpr std::pair<absl::string_view, absl::string_view> kWhole[] = {
      {"won't", "will not"},   {"can't", "can not"}, {"cannot", "can not"},
      {"shan't", "shall not"}, {"it's", "it is"},    {"that's", "that is"},
      {"there's", "there is"}, {"he's", "he is"},    {"she's", "she is"},
      {"what's", "what is"},   {"let's", "let us"},  {"i'm", "i am"}};
  static constexpr std::pair<absl::string_view, absl::string_view> kEndings[] =
      {{"n't", " not"},
       {"'re", " are"},
       {"'ve", " have"},
       {"'ll", " will"},
       {"'d", " would"}};
  static constexpr std::pair<absl::string_view, absl::string_view>
      kMultipliers[] = {
          {"m", " million"}, {"bn", " billion"}, {"k", " thousand"}};
  std::vector<std::string> spelled;
  auto add = [&spelled](absl::string_view text) {
    for (absl::string_view word : absl::StrSplit(text, ' ')) {
      spelled.emplace_back(word);
    }
  };
  for (size_t i = 0; i < words.size(); ++i) {
    if (changes[i] != WordChange::kChanged) continue;
    absl::string_view word = spellings.Spelling(words[i]);
    // The quote marks take "ISIS'"'s apostrophe: "isis".
    if (absl::EndsWith(word, "s's")) word.remove_suffix(2);
    if (word.find_first_not_of('0') == absl::string_view::npos ||
        word == "dollars" || word == "dollar") {
      continue;
    }
    std::string as_spelled;
    for (const auto& [written, full] : kWhole) {
      if (word == written) as_spelled = std::string(full);
    }
    for (const auto& [ending, full] : kEndings) {
      if (as_spelled.empty() && word.size() > ending.size() &&
          absl::EndsWith(word, ending)) {
        as_spelled =
            absl::StrCat(word.substr(0, word.size() - ending.size()), full);
      }
    }
    for (const auto& [suffix, full] : kMultipliers) {
      const absl::string_view digits =
          word.substr(0, word.size() - std::min(word.size(), suffix.size()));
      if (as_spelled.empty() && !digits.empty() &&
          absl::EndsWith(word, suffix) &&
          absl::ascii_isdigit(static_cast<unsigned char>(digits.back()))) {
        as_spelled = absl::StrCat(digits, full);
      }
    }
    add(as_spelled.empty() ? word : as_spelled);
  }
  return spelled;
}

// The stretches of `text` set off by a pair of dashes ("—", "–", "--", or a
// hyphen between spaces), pairs taken in order, within one sentence.
std::vector<absl::string_view> DashedAsides(absl::string_view text) {
  static constexpr absl::string_view kDashes[] = {"\u2014", "\u2013", "--",
                                                  " - "};
  std::vector<absl::string_view> asides;
  size_t opened = absl::string_view::npos;
  for (size_t at = 0; at < text.size();) {
    size_t dash_size = 0;
    for (absl::string_view dash : kDashes) {
      if (absl::StartsWith(text.substr(at), dash)) dash_size = dash.size();
    }
    if (dash_size == 0) {
      ++at;
      continue;
    }
    if (opened == absl::string_view::npos) {
      opened = at + dash_size;
    } else {
      const absl::string_view aside = text.substr(opened, at - opened);
      if (aside.find_first_of(".?!") == absl::string_view::npos) {
        asides.push_back(aside);
      }
      opened = absl::string_view::npos;
    }
    at += dash_size;
  }
  return asides;
}

// Whether `words`, changed as `changes` marks against a quotation none of
// whose words `other_changes` marks changed, are changed only in asides
// of `text` (DashedAsides) that neither say how many or whether nor set a
// condition.
bool ChangedOnlyInAsides(absl::string_view text, const Words& words,
                         const WordChanges& changes,
                         const WordChanges& other_changes,
                         QuoteWords& spellings) {
  // Longer stretches between dashes are more of the statement than an
  // aside.
  constexpr size_t kMaxAsideWords = 12;
  static constexpr absl::string_view kConditions[] = {"if", "unless", "except",
                                                      "only", "but"};
  if (changes.size() != words.size() || !AnyChanged(changes) ||
      AnyChanged(other_changes)) {
    return false;
  }
  // Views of the cache's word lists, which outlive the call.
  std::vector<absl::Span<const QuoteWords::Word>> asides;
  for (absl::string_view aside : DashedAsides(text)) {
    const Words& aside_words = spellings.Of(aside);
    const bool beside_the_point =
        !aside_words.empty() && aside_words.size() <= kMaxAsideWords &&
        std::none_of(std::begin(kConditions), std::end(kConditions),
                     [&](absl::string_view word) {
                       return spellings.Spelling(aside_words.front()) == word;
                     }) &&
        std::none_of(aside_words.begin(), aside_words.end(),
                     [&](QuoteWords::Word word) {
                       return IsFigureOrNegation(spellings.Spelling(word));
                     });
    if (beside_the_point) asides.push_back(aside_words);
  }
  for (size_t i = 0; i < words.size();) {
    if (changes[i] != WordChange::kChanged) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < words.size() && changes[end] == WordChange::kChanged) ++end;
    const absl::Span<const QuoteWords::Word> run(&words[i], end - i);
    if (std::find(asides.begin(), asides.end(), run) == asides.end()) {
      return false;
    }
    i = end;
  }
  return true;
}

}  // namespace

bool IsFigureOrNegation(absl::string_view word) {
  static constexpr absl::string_view kWords[] = {
      "one",     "two",      "three",    "four",      "five",    "six",
      "seven",   "eight",    "nine",     "ten",       "dozen",   "dozens",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions",
      "billion", "billions", "not",      "no",        "never",   "none",
      "nothing", "nobody",   "neither",  "nor"};
  return std::any_of(
             word.begin(), word.end(),
             [](char c) {
               return absl::ascii_isdigit(static_cast<unsigned char>(c));
             }) ||
         absl::EndsWith(word, "n't") ||
         std::find(std::begin(kWords), std::end(kWords), word) !=
             std::end(kWords);
}

WordChanges ReadChanges(const Words& words, const std::vector<bool>& kept,
                        const std::vector<bool>& other_kept, bool whole,
                        const QuoteWords& spellings) {
  WordChanges changes(words.size(), WordChange::kChanged);
  const auto first = std::find(kept.begin(), kept.end(), true);
  if (first == kept.end()) return changes;
  const size_t begin = first - kept.begin();
  const size_t end =
      kept.size() -
      (std::find(kept.rbegin(), kept.rend(), true) - kept.rbegin());
  const bool other_starts_kept = !other_kept.empty() && other_kept.front();
  const bool other_ends_kept = !other_kept.empty() && other_kept.back();
  for (size_t i = 0; i < words.size(); ++i) {
    if (i < kept.size() && kept[i]) {
      changes[i] = WordChange::kKept;
    } else if (whole && ((i < begin && other_starts_kept) ||
                         (i >= end && other_ends_kept))) {
      changes[i] = WordChange::kCut;
    }
  }
  // Each run of words left out between kept ones.
  for (size_t i = begin; i < end;) {
    size_t j = i;
    while (j < end && changes[j] == WordChange::kChanged) ++j;
    if (j > i && FillersOnly(spellings, &words[i], j - i)) {
      std::fill(changes.begin() + i, changes.begin() + j, WordChange::kCleaned);
    }
    i = std::max(j, i + 1);
  }
  return changes;
}

SaidOnceWords::SaidOnceWords(const Words& all) : words(SaidOnce(all, &twice)) {}

WordChanges WithSaidTwice(const WordChanges& once_changes,
                          const std::vector<bool>& twice) {
  WordChanges all(twice.size(), WordChange::kCleaned);
  for (size_t i = 0, k = 0; i < twice.size(); ++i) {
    if (!twice[i]) all[i] = once_changes[k++];
  }
  return all;
}

double AlignSaidOnce(const SaidOnceWords& mine, const Words& theirs, bool whole,
                     const QuoteWords& spellings, WordChanges* mine_changes,
                     WordChanges* theirs_changes) {
  const Words& mine_once = mine.words;
  const std::vector<bool>& mine_twice = mine.twice;
  std::vector<bool> theirs_twice;
  const Words theirs_once = SaidOnce(theirs, &theirs_twice);
  std::vector<bool> mine_in, theirs_in;
  double similarity = 1;
  if (whole) {
    CommonWords(mine_once, theirs_once, &mine_in, &theirs_in);
  } else {
    similarity =
        FragmentSimilarity(mine_once, theirs_once, &mine_in, &theirs_in);
    if (similarity < kFragmentSimilarity) return similarity;
  }
  *mine_changes = WithSaidTwice(
      ReadChanges(mine_once, mine_in, theirs_in, whole, spellings), mine_twice);
  *theirs_changes = WithSaidTwice(
      ReadChanges(theirs_once, theirs_in, mine_in, whole, spellings),
      theirs_twice);
  return similarity;
}

bool OnlyWritingDiffers(const Words& a, const WordChanges& in_a, const Words& b,
                        const WordChanges& in_b, const QuoteWords& spellings) {
  if (in_a.empty() || in_b.empty()) return false;
  // A compound is written open, hyphenated or solid ("early warning",
  // "early-warning", which the words join: "earlywarning"), as each outlet's
  // style has it: the same letters with spaces elsewhere are one writing.
  return absl::StrJoin(LeftOutAsSpelled(a, in_a, spellings), "") ==
         absl::StrJoin(LeftOutAsSpelled(b, in_b, spellings), "");
}

std::string Quoted(const Words& words, const WordChanges& changes,
                   const QuoteWords& spellings) {
  std::vector<absl::string_view> changed;
  for (size_t i = 0; i < words.size(); ++i) {
    if (changes[i] == WordChange::kChanged) {
      changed.push_back(spellings.Spelling(words[i]));
    }
  }
  return absl::StrCat("\"", absl::StrJoin(changed, " "), "\"");
}

bool OnlyAsidesLeftOut(absl::string_view a_text, const Words& a,
                       const WordChanges& in_a, absl::string_view b_text,
                       const Words& b, const WordChanges& in_b,
                       QuoteWords& spellings) {
  return ChangedOnlyInAsides(a_text, a, in_a, in_b, spellings) ||
         ChangedOnlyInAsides(b_text, b, in_b, in_a, spellings);
}

}  // namespace factcheck::verify
