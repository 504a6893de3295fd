#include "server/extract/changes.h"

#include <algorithm>

namespace factcheck::extract {
namespace {

// How many words after a quantity may stand before "in the past day".
constexpr size_t kPeriodWindow = 12;
// How far back in its sentence "In the last 24 hours," may open a count's
// clause.
constexpr size_t kDayWindow = 30;

enum class Direction { kNone, kUp, kDown };

// "rose", "slipped": the direction a verb of change moves in.
Direction VerbDirection(absl::string_view word) {
  static const WordSet* const kUp = new WordSet(
      {"rose",   "rise",      "rises",     "risen",    "climbed",   "climb",
       "climbs", "jumped",    "jump",      "jumps",    "grew",      "grow",
       "grows",  "grown",     "increased", "increase", "increases", "gained",
       "gain",   "gains",     "surged",    "soared",   "swelled",   "up",
       "spiked", "spiralled", "spiraled"});
  static const WordSet* const kDown =
      new WordSet({"fell",      "fall",   "falls",    "fallen",    "dropped",
                   "drop",      "drops",  "declined", "decline",   "declines",
                   "slipped",   "slip",   "slips",    "decreased", "decrease",
                   "decreases", "shrank", "shrunk",   "down",      "slumped",
                   "plunged",   "sank",   "eased",    "tumbled",   "dipped"});
  if (kUp->Contains(word)) return Direction::kUp;
  if (kDown->Contains(word)) return Direction::kDown;
  return Direction::kNone;
}

class ChangeReader : private TokenQueries {
 public:
  ChangeReader(absl::string_view text, const std::vector<Token>& tokens)
      : TokenQueries(text, tokens) {}

  // The change of the quantity in tokens [first, end); `next_first` is the
  // first token of the next quantity, or tokens.size().
  Change Read(size_t first, size_t end, size_t next_first) const {
    const bool word_before = first > 0 && Word(first - 1);
    // "another 212", "an additional 40", "a further 9".
    if (word_before && (IsWordToken(first - 1, "another") ||
                        IsWordToken(first - 1, "additional") ||
                        IsWordToken(first - 1, "further"))) {
      return Change::kUp;
    }
    // "17 new cases", "38 more deaths", "840 newly confirmed cases".
    if (IsWordToken(end, "new") || IsWordToken(end, "newly") ||
        IsWordToken(end, "more") || IsWordToken(end, "additional") ||
        IsWordToken(end, "further")) {
      return Change::kUp;
    }
    // "an increase of 38", "a drop of 5", "rose by 400", "down by 3".
    if (first > 1 &&
        (IsWordToken(first - 1, "of") || IsWordToken(first - 1, "by"))) {
      const absl::string_view word = Text(first - 2);
      const Direction direction = VerbDirection(word);
      if (direction != Direction::kNone) {
        return direction == Direction::kUp ? Change::kUp : Change::kDown;
      }
    }
    // "slipped 0.7 per cent to 7,412", "grew 45% in 2019 to 2.1 million",
    // "up 3%": a verb of change right before, and the level follows.
    if (word_before) {
      const Direction direction = VerbDirection(Text(first - 1));
      const bool level_follows = LevelFollows(end, next_first);
      if (direction != Direction::kNone &&
          (level_follows || IsWordToken(first - 1, "up") ||
           IsWordToken(first - 1, "down"))) {
        return direction == Direction::kUp ? Change::kUp : Change::kDown;
      }
    }
    // "9 died in the past day", "In the last 24 hours, 12 deaths were
    // reported": a count over one day is that day's increase.
    for (size_t t = end; t < tokens_.size() && t < end + kPeriodWindow; ++t) {
      if (IsPunctuationMark(t)) break;
      if (NamesOneDay(t)) return Change::kUp;
    }
    for (size_t t = first; t > 0 && t + kDayWindow > first; --t) {
      if (IsSentenceBreak(t - 1)) break;
      if (NamesOneDay(t - 1)) return Change::kUp;
    }
    return Change::kNone;
  }

 private:
  bool Word(size_t i) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kWord;
  }
  bool IsDigits(size_t i, absl::string_view digits) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kDigits &&
           Text(i) == digits;
  }
  // "24 hours", "the past day", "the last day", "overnight", "daily". Runs
  // for dozens of tokens around every quantity: the length and kind of the
  // token settle most cases before any comparison.
  bool NamesOneDay(size_t t) const {
    if (!Valid(t)) return false;
    const absl::string_view word = Text(t);
    switch (word.size()) {
      case 2:
        return tokens_[t].kind == TokenKind::kDigits && word == "24" &&
               (IsWordToken(t + 1, "hours") || IsWordToken(t + 1, "hrs"));
      case 4:
        return (IsWordToken(t, "past") || IsWordToken(t, "last")) &&
               IsWordToken(t + 1, "day");
      case 5:
        return IsWordToken(t, "daily");
      case 8:
        return IsWordToken(t, "previous") && IsWordToken(t + 1, "day");
      case 9:
        return IsWordToken(t, "overnight");
      default:
        return false;
    }
  }
  bool IsPunctuationMark(size_t t) const {
    return tokens_[t].kind == TokenKind::kSymbol && !IsSymbol(t, "-");
  }
  bool IsSentenceBreak(size_t t) const {
    if (tokens_[t + 1].newline_before) return true;
    if (tokens_[t].kind != TokenKind::kSymbol) return false;
    const absl::string_view mark = Text(t);
    return mark.size() == 1 && (mark[0] == '.' || mark[0] == '!' ||
                                mark[0] == '?' || mark[0] == ';');
  }
  // "to 7,412" within a few words: the level the change reached.
  bool LevelFollows(size_t end, size_t next_first) const {
    for (size_t t = end; t < next_first && t < end + kPeriodWindow; ++t) {
      if (IsSymbol(t, ".") || IsSymbol(t, ";")) return false;
      if (IsWordToken(t, "to") && t + 1 == next_first) return true;
    }
    return false;
  }
};

}  // namespace

void MarkChanges(absl::string_view text, const std::vector<Token>& tokens,
                 std::vector<Quantity>* quantities) {
  const ChangeReader reader(text, tokens);
  auto token_at = [&tokens](uint32_t offset) {
    return static_cast<size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), offset,
                         [](const Token& token, uint32_t value) {
                           return token.span.begin < value;
                         }) -
        tokens.begin());
  };
  for (size_t q = 0; q < quantities->size(); ++q) {
    Quantity& quantity = (*quantities)[q];
    const size_t next_first = q + 1 < quantities->size()
                                  ? token_at((*quantities)[q + 1].span.begin)
                                  : tokens.size();
    quantity.change = reader.Read(token_at(quantity.span.begin),
                                  token_at(quantity.span.end), next_first);
  }
}

}  // namespace factcheck::extract
