#include "server/extract/changes.h"

#include <algorithm>
#include <vector>

#include "server/extract/calendar.h"

namespace factcheck::extract {
namespace {

// How many words after a quantity may stand before "in the past day".
constexpr size_t kPeriodWindow = 12;
// How many sentences after a change its breakdown may come: "Another 34
// were killed over the past day. Rivers swept away hundreds of houses. The
// majority were in Sindh, where 16 ...".
constexpr size_t kPartsWindow = 2;
// The longest aside between dashes a period may stand after.
constexpr size_t kAsideWindow = 20;
// How far back in its sentence "In the last 24 hours," may open a count's
// clause.
constexpr size_t kDayWindow = 30;

// How many words before "to 1,314" may name the whole that reached it:
// "the overall death toll to".
constexpr size_t kLevelWindow = 4;

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

// The first words of the periods NamesOneDay reads.
const WordFilter& DayWordFilter() {
  static const WordFilter* const kFilter = [] {
    auto* filter = new WordFilter();
    for (const char* word :
         {"24", "past", "last", "daily", "previous", "overnight", "yesterday",
          "today", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "single", "deadliest", "one"}) {
      filter->Add(word);
    }
    return filter;
  }();
  return *kFilter;
}

class ChangeReader : private TokenQueries {
 public:
  ChangeReader(absl::string_view text, const std::vector<Token>& tokens)
      : TokenQueries(text, tokens) {
    // Every token is asked: the filter turns away nearly all of them.
    const WordFilter& day_words = DayWordFilter();
    for (size_t t = 0; t < tokens.size(); ++t) {
      if (day_words.MayContain(tokens[t]) && NamesOneDay(t)) {
        day_tokens_.push_back(t);
      }
    }
  }

  // The change of the quantity in tokens [first, end); `next_first` is the
  // first token of the next quantity, or tokens.size(). A period of one day
  // after a count is that count's: "rose to 82 with seven more deaths in the
  // last 24 hours" dates the seven (the next count, attached "with", starts
  // at `next_count_first`), and "Another five died in the past 24 hours,
  // bringing the toll to 1,486" the five (`count_ends`: where each count
  // ends, in order). One that opens the clause dates every count of it.
  Change Read(size_t first, size_t end, size_t next_first,
              size_t next_count_first,
              const std::vector<size_t>& count_ends) const {
    const bool word_before = first > 0 && Word(first - 1);
    // "another 212", "an additional 40", "a further 9".
    if (word_before && IsAdditionWord(Text(first - 1))) {
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
    // "…in the past 24 hours, pushing the overall toll to 1,314": the
    // level a whole reached is no change, whatever period came before.
    if (word_before && IsWordToken(first - 1, "to") &&
        NamesAWhole(first > kLevelWindow ? first - kLevelWindow : 0,
                    first - 1)) {
      return Change::kNone;
    }
    // "9 died in the past day", "In the last 24 hours, 12 deaths were
    // reported": a count over one day is that day's increase.
    // A count attached "with" its own words ("rose to 82 with seven more
    // deaths in the last 24 hours") keeps the period to itself; coordinated
    // ones share it ("one death was reported while 107 were injured in the
    // past 24 hours"). An aside between dashes is passed over whole ("19
    // people – including four children – died in the past day").
    // Most counts have no period of one day near them: look only when one
    // stands within reach.
    const bool reachable_after =
        NamesOneDayIn(end, end + kPeriodWindow + 2 * kAsideWindow);
    const bool reachable_before =
        NamesOneDayIn(first >= kDayWindow ? first - kDayWindow + 1 : 0, first);
    bool attached = false;
    size_t words = 0;
    for (size_t t = end;
         reachable_after && t < tokens_.size() && words < kPeriodWindow; ++t) {
      if (const size_t after = AsideEnd(t, tokens_.size(), kAsideWindow);
          after != t) {
        t = after - 1;
        continue;
      }
      if (attached && t >= next_count_first) break;
      if (IsPunctuationMark(t)) break;
      if (NamesOneDay(t)) return Change::kUp;
      attached =
          attached || IsWordToken(t, "with") || IsWordToken(t, "including");
      ++words;
    }
    for (size_t t = first; reachable_before && t > 0 && t + kDayWindow > first;
         --t) {
      if (IsSentenceBreak(t - 1)) break;
      if (NamesOneDay(t - 1)) {
        // "26 lives lost in the last 24 hours and 12,588 injured": a period
        // right after the count before is that count's.
        return PeriodFollowsACount(count_ends, t - 1) ? Change::kNone
                                                      : Change::kUp;
      }
    }
    return Change::kNone;
  }

  // Whether tokens [first, end) name a period of one day.
  bool NamesOneDayIn(size_t first, size_t end) const {
    const auto day =
        std::lower_bound(day_tokens_.begin(), day_tokens_.end(), first);
    return day != day_tokens_.end() && *day < end;
  }
  // The first token of each sentence, in order: tokens [starts[i],
  // starts[i+1]) are sentence i.
  std::vector<size_t> SentenceStarts() const {
    std::vector<size_t> starts = {0};
    for (size_t t = 0; t + 1 < tokens_.size(); ++t) {
      if (IsSentenceBreak(t)) starts.push_back(t + 1);
    }
    return starts;
  }
  // Whether tokens [first, end) name a count of their own beside the parts:
  // "the toll", "in total", "so far", "since June".
  bool NamesAWhole(size_t first, size_t end) const {
    static const WordSet* const kWords =
        new WordSet({"total", "toll", "overall", "since", "cumulative", "all",
                     "far", "tally"});
    for (size_t t = first; t < end; ++t) {
      if (IsWordIn(*kWords, t)) return true;
    }
    return false;
  }

  // "24 hours", "the past day", "the last day", "overnight", "daily",
  // "in a single day", "in just one day", "the deadliest day", "the toll
  // for Thursday", "yesterday alone", "on Sunday only" (a day's words alone
  // date a level as often as a day's count: "the toll reached 500 on
  // Sunday"). Runs for dozens of tokens around every quantity: the length
  // and kind of the token settle most cases before any comparison.
  // (DayWordFilter holds the word each case begins with.)
  bool NamesOneDay(size_t t) const {
    if (!Valid(t)) return false;
    const absl::string_view word = Text(t);
    // "yesterday alone", "on Sunday only".
    const auto alone_after = [&] {
      return IsWordToken(t + 1, "alone") || IsWordToken(t + 1, "only");
    };
    // "The toll for Thursday, initially put at 30".
    if (t >= 2 && IsWordToken(t - 1, "for") &&
        IsOneOf(Text(t - 2), {"toll", "tally"}) && IsWeekday(word)) {
      return true;
    }
    switch (word.size()) {
      case 2:
        // Not "within 24 hours of the truce", "in the 24 hours since the
        // quake": a day counted from an event, whose count is its toll.
        return tokens_[t].kind == TokenKind::kDigits && word == "24" &&
               (IsWordToken(t + 1, "hours") || IsWordToken(t + 1, "hrs")) &&
               !IsWordToken(t + 2, "of") && !IsWordToken(t + 2, "after") &&
               !IsWordToken(t + 2, "since") && !IsWordToken(t + 2, "following");
      case 3:
        // "in just one day", not "one day after the quake".
        return IsWordToken(t, "one") && IsWordToken(t + 1, "day") && t > 0 &&
               IsOneOf(Text(t - 1), {"in", "just", "only"}) &&
               !IsOneOf(Text(t + 2), {"of", "after", "since", "before"});
      case 4:
        return (IsWordToken(t, "past") || IsWordToken(t, "last")) &&
               IsWordToken(t + 1, "day");
      case 5:
        return IsWordToken(t, "daily") ||
               (IsWordToken(t, "today") && alone_after());
      case 6:
        return ((IsWordToken(t, "monday") || IsWordToken(t, "friday") ||
                 IsWordToken(t, "sunday")) &&
                alone_after()) ||
               (IsWordToken(t, "single") && IsWordToken(t + 1, "day"));
      case 7:
        return IsWordToken(t, "tuesday") && alone_after();
      case 8:
        return (IsWordToken(t, "previous") && IsWordToken(t + 1, "day")) ||
               ((IsWordToken(t, "thursday") || IsWordToken(t, "saturday")) &&
                alone_after());
      case 9:
        return IsWordToken(t, "overnight") ||
               (IsWordToken(t, "deadliest") && IsWordToken(t + 1, "day")) ||
               ((IsWordToken(t, "yesterday") || IsWordToken(t, "wednesday")) &&
                alone_after());
      default:
        return false;
    }
  }

 private:
  // The tokens that name a period of one day, in order.
  std::vector<size_t> day_tokens_;
  bool Word(size_t i) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kWord;
  }
  bool IsDigits(size_t i, absl::string_view digits) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kDigits &&
           Text(i) == digits;
  }
  // Whether the period at `period` is the one the forward scan of the
  // count ending last before it would find.
  bool PeriodFollowsACount(const std::vector<size_t>& count_ends,
                           size_t period) const {
    const auto after =
        std::upper_bound(count_ends.begin(), count_ends.end(), period);
    if (after == count_ends.begin()) return false;
    const size_t count_end = *(after - 1);
    if (period >= count_end + kPeriodWindow) return false;
    for (size_t t = count_end; t < period; ++t) {
      if (IsPunctuationMark(t)) return false;
    }
    return true;
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

// A sentence that breaks down the change of the sentence before counts
// parts of that change: "In the last 24 hours, 119 people died. As per the
// data, ... 31 in Khyber Pakhtunkhwa, 76 in Sindh.", "Another 34 were
// killed over the past day. The majority were in Sindh, where 16 ...". Its
// counts add up to no more than the change, and it names no whole of its
// own ("the toll", "so far"). Only a day's change is broken down so:
// "Another 134 people were hurt. Blantyre recorded 85 deaths" and "sending
// 10,000 additional soldiers. At least 211 people have died" count other
// things than the change before them.
void MarkPartsOfChanges(const ChangeReader& reader,
                        const std::vector<size_t>& firsts,
                        std::vector<Quantity>* quantities) {
  const std::vector<size_t> starts = reader.SentenceStarts();
  auto sentence_of = [&starts](size_t token) {
    return static_cast<size_t>(
        std::upper_bound(starts.begin(), starts.end(), token) - starts.begin() -
        1);
  };
  double previous_change = 0;  // the largest change of the sentence before
  size_t previous_sentence = 0;
  for (size_t q = 0; q < quantities->size();) {
    const size_t sentence = sentence_of(firsts[q]);
    size_t end = q;
    double sum = 0;
    double change = 0;
    bool counts = true;
    for (; end < quantities->size() && sentence_of(firsts[end]) == sentence;
         ++end) {
      const Quantity& quantity = (*quantities)[end];
      if (quantity.unit_kind != UnitKind::kCount || !quantity.value) {
        counts = false;
        continue;
      }
      sum += *quantity.value;
      if (quantity.change == Change::kUp) {
        change = std::max(change, *quantity.value);
      }
    }
    const size_t sentence_end =
        sentence + 1 < starts.size() ? starts[sentence + 1] : SIZE_MAX;
    if (counts && previous_change > 0 &&
        sentence - previous_sentence <= kPartsWindow &&
        sum <= previous_change &&
        !reader.NamesAWhole(starts[sentence],
                            std::min(sentence_end, firsts[end - 1] + 1))) {
      for (size_t part = q; part < end; ++part) {
        Quantity& quantity = (*quantities)[part];
        if (quantity.change == Change::kNone) quantity.change = Change::kUp;
      }
    }
    // Vague counts ("hundreds of houses") break down nothing and end nothing.
    if (change > 0 || sum > 0) {
      previous_change =
          reader.NamesOneDayIn(starts[sentence], sentence_end) ? change : 0;
      previous_sentence = sentence;
    }
    q = end;
  }
}

void MarkChanges(absl::string_view text, const std::vector<Token>& tokens,
                 std::vector<Quantity>* quantities) {
  const ChangeReader reader(text, tokens);
  // Quantities come in text order: each search starts where the last ended.
  std::vector<size_t> firsts;
  std::vector<size_t> ends;
  firsts.reserve(quantities->size());
  ends.reserve(quantities->size());
  for (const Quantity& quantity : *quantities) {
    const size_t first =
        FirstTokenFrom(tokens, firsts.empty() ? 0 : firsts.back(),
                       tokens.size(), quantity.span.begin);
    firsts.push_back(first);
    ends.push_back(
        FirstTokenFrom(tokens, first, tokens.size(), quantity.span.end));
  }
  // The counts only ("24 hours" is a period, not a count), in order.
  std::vector<size_t> counts;
  std::vector<size_t> count_ends;
  for (size_t q = 0; q < quantities->size(); ++q) {
    if ((*quantities)[q].unit_kind == UnitKind::kCount &&
        !reader.NamesOneDay(firsts[q])) {
      counts.push_back(q);
      count_ends.push_back(ends[q]);
    }
  }
  size_t next_count = 0;  // counts[next_count] is the first count after q
  for (size_t q = 0; q < quantities->size(); ++q) {
    Quantity& quantity = (*quantities)[q];
    while (next_count < counts.size() && counts[next_count] <= q) {
      ++next_count;
    }
    const size_t next_first =
        q + 1 < quantities->size() ? firsts[q + 1] : tokens.size();
    const size_t next_count_first =
        next_count < counts.size() ? firsts[counts[next_count]] : tokens.size();
    quantity.change = reader.Read(firsts[q], ends[q], next_first,
                                  next_count_first, count_ends);
  }
  MarkPartsOfChanges(reader, firsts, quantities);
}

}  // namespace factcheck::extract
