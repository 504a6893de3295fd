#include "server/extract/uncounted_numbers.h"

#include "server/extract/quantities.h"

namespace factcheck::extract {

bool UncountedNumbers::AftershockAfter(size_t end) const {
  for (size_t t = end; t < end + 3 && Valid(t); ++t) {
    if (IsWordToken(t, "aftershock") || IsWordToken(t, "tremor")) {
      return true;
    }
    if (!IsSymbol(t, "-") && !IsWordToken(t, "magnitude")) return false;
  }
  return false;
}

bool UncountedNumbers::AnotherQuakeBefore(size_t sentence_first,
                                          size_t first) const {
  constexpr size_t kWords = 6;
  // "followed by a magnitude 7.5 quake" too.
  const size_t article =
      first > sentence_first && IsWordToken(first - 1, "magnitude") ? first - 1
                                                                    : first;
  if (article >= sentence_first + 3 && IsWordToken(article - 3, "followed") &&
      IsWordToken(article - 2, "by") &&
      (IsWordToken(article - 1, "a") || IsWordToken(article - 1, "an"))) {
    return true;
  }
  const size_t from =
      first > sentence_first + kWords ? first - kWords : sentence_first;
  for (size_t t = from; t + 1 < first; ++t) {
    if (!IsOneOf(Text(t), {"second", "another", "third", "new", "fresh"})) {
      continue;
    }
    for (size_t k = t + 1; k < first && k <= t + 3; ++k) {
      if (IsOneOf(Text(k), {"quake", "earthquake", "tremor", "temblor"})) {
        return true;
      }
    }
  }
  return false;
}

bool UncountedNumbers::AftershocksNamedBefore(size_t sentence_first,
                                              size_t first, size_t end) const {
  constexpr size_t kWordsBefore = 8;
  constexpr size_t kWordsAfter = 3;
  const auto is_quake = [&](size_t t) {
    return IsOneOf(Text(t),
                   {"quake", "earthquake", "temblor", "quakes", "earthquakes"});
  };
  for (size_t t = end; t < end + kWordsAfter && Valid(t); ++t) {
    if (is_quake(t)) return false;
  }
  const size_t from = first > sentence_first + kWordsBefore
                          ? first - kWordsBefore
                          : sentence_first;
  for (size_t t = first; t > from; --t) {
    if (is_quake(t - 1)) return false;
    if (IsOneOf(Text(t - 1), {"aftershocks", "tremors"})) return true;
  }
  return false;
}

bool UncountedNumbers::CountsNothing(const Placed& here) const {
  return IsAge(*here.quantity) || AgeAtDeath(here.first, here.end) ||
         AgesGiven(here.first) || YearNamingAnEvent(here.first, here.end) ||
         (IsWordToken(here.end + 1, "than") &&
          IsOneOf(Text(here.end),
                  {"fewer", "more", "less", "higher", "lower"})) ||
         ThresholdOfAKind(here.first, here.end) ||
         (here.first > 0 && IsWordToken(here.first - 1, "top")) ||
         (here.first > 1 && AccordingToAt(here.first - 2)) ||
         IsWordToken(here.end, "times") || IsWordToken(here.end, "fold") ||
         (IsSymbol(here.end, "-") && IsWordToken(here.end + 1, "fold"));
}

bool UncountedNumbers::YearNamingAnEvent(size_t first, size_t end) const {
  return end == first + 1 && first > 0 && IsWordToken(first - 1, "the") &&
         Valid(end) && tokens_[end].kind == TokenKind::kWord &&
         YearAt(first) != 0;
}

bool UncountedNumbers::IsDenied(size_t first) const {
  if (first > 0 && IsNegation(Text(first - 1))) return true;
  return first > 1 && IsNegation(Text(first - 2)) &&
         IsOneOf(Text(first - 1),
                 {"have", "has", "had", "see", "saw", "seen", "find", "found",
                  "record", "recorded", "expect", "report", "reported"});
}

bool UncountedNumbers::InACondition(const Sentence& sentence,
                                    size_t first) const {
  constexpr size_t kClauseTokens = 30;
  for (size_t t = first; t > sentence.first_token && t + kClauseTokens > first;
       --t) {
    if (IsSymbol(t - 1, ",") || IsSymbol(t - 1, ";") || IsSymbol(t - 1, ":")) {
      return false;
    }
    if (IsWordToken(t - 1, "if") || IsWordToken(t - 1, "unless")) {
      return true;
    }
  }
  return false;
}

bool UncountedNumbers::AccordingToAt(size_t k) const {
  return IsWordToken(k, "according") && IsWordToken(k + 1, "to");
}

bool UncountedNumbers::ThresholdOfAKind(size_t first, size_t end) const {
  const bool relative = (first >= 2 && IsWordToken(first - 2, "in") &&
                         IsWordToken(first - 1, "which")) ||
                        (first >= 1 && IsWordToken(first - 1, "where"));
  // "four or more" is one quantity; "four or more" may also end at "or".
  const bool or_more = (end >= 2 && IsWordToken(end - 2, "or") &&
                        IsOneOf(Text(end - 1), {"more", "fewer", "less"})) ||
                       (IsWordToken(end, "or") && Valid(end + 1) &&
                        IsOneOf(Text(end + 1), {"more", "fewer", "less"}));
  return relative && or_more;
}

bool UncountedNumbers::AgesGiven(size_t first) const {
  constexpr size_t kMaxListTokens = 5;
  for (size_t t = first; t > 0 && t + kMaxListTokens >= first; --t) {
    const absl::string_view before = Text(t - 1);
    if (IsOneOf(before, {"aged", "ages", "age"})) return true;
    const bool list_word = IsOneOf(before, {"and", "to", "or", "between"}) ||
                           before == "," || before == "-" ||
                           tokens_[t - 1].kind == TokenKind::kDigits;
    if (!list_word) return false;
  }
  return false;
}

bool UncountedNumbers::AgeAtDeath(size_t first, size_t end) const {
  if (first < 2 || !IsWordToken(first - 1, "at") ||
      !IsOneOf(Text(first - 2), {"died", "dies", "die", "dead"})) {
    return false;
  }
  return !Valid(end) || tokens_[end].kind != TokenKind::kWord ||
         IsOneOf(Text(end),
                 {"in", "on", "at", "after", "of", "from", "and", "following",
                  "when", "while", "last", "this", "years"});
}

}  // namespace factcheck::extract
