#include "server/extract/quotes.h"

#include <algorithm>
#include <optional>

namespace factcheck::extract {
namespace {

constexpr char kOpenCurly[] = "\xE2\x80\x9C";   // “
constexpr char kCloseCurly[] = "\xE2\x80\x9D";  // ”

enum class Mark { kNone, kOpen, kClose };

struct MarkAtToken {
  Mark mark = Mark::kNone;
  // Tokens the mark takes: 2 for the doubled apostrophe ('') some papers
  // print as a straight double mark.
  size_t width = 1;
  bool straight = false;
};

bool IsApostrophe(absl::string_view text, const std::vector<Token>& tokens,
                  size_t i) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kSymbol &&
         TextOf(text, tokens[i].span) == "'";
}

// Whether the double mark at token i opens or closes a quotation. Curly marks
// say so, but for a closing mark some systems print for both, which opens
// when glued to the word after it and not to the one before (”We thought…”,
// AFP copy on some sites); a straight mark (" or '') opens so too, and
// closes otherwise.
MarkAtToken MarkAt(absl::string_view text, const std::vector<Token>& tokens,
                   size_t i) {
  if (tokens[i].kind != TokenKind::kSymbol) return {};
  const absl::string_view symbol = TextOf(text, tokens[i].span);
  // Glued to the token at `after` and not to the one before: an opening.
  const auto opens_onto = [&](size_t after) {
    const bool glued_before =
        i > 0 && !tokens[i].space_before && !tokens[i].newline_before;
    return after < tokens.size() && !tokens[after].space_before &&
           !glued_before;
  };
  if (symbol == kOpenCurly) return {Mark::kOpen};
  if (symbol == kCloseCurly) {
    return {opens_onto(i + 1) && tokens[i + 1].kind == TokenKind::kWord
                ? Mark::kOpen
                : Mark::kClose};
  }
  const bool doubled_apostrophe = IsApostrophe(text, tokens, i) &&
                                  IsApostrophe(text, tokens, i + 1) &&
                                  !tokens[i + 1].space_before;
  if (symbol != "\"" && !doubled_apostrophe) return {};
  const size_t width = doubled_apostrophe ? 2 : 1;
  return {opens_onto(i + width) ? Mark::kOpen : Mark::kClose, width, true};
}

bool IsSingleMark(absl::string_view text, const std::vector<Token>& tokens,
                  size_t i, absl::string_view curly) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kSymbol) return false;
  const absl::string_view symbol = TextOf(text, tokens[i].span);
  return symbol == curly || symbol == "'";
}

// Whether a closing single mark (glued to the word before it, not to the
// one after: not the apostrophe of "it’s") comes in the paragraph from
// token `first` before a closing double one.
bool ClosesWithASingleMark(absl::string_view text,
                           const std::vector<Token>& tokens, size_t first) {
  for (size_t t = first; t < tokens.size(); ++t) {
    if (t > first && tokens[t].newline_before) return false;
    if (tokens[t].kind != TokenKind::kSymbol) continue;
    if (MarkAt(text, tokens, t).mark == Mark::kClose) return false;
    const bool glued_after = t + 1 < tokens.size() &&
                             !tokens[t + 1].space_before &&
                             tokens[t + 1].kind == TokenKind::kWord;
    if (IsSingleMark(text, tokens, t, "\xE2\x80\x99") && !glued_after &&
        !tokens[t].space_before) {
      return true;
    }
  }
  return false;
}

// Quotations between single marks, which much British and Asian copy uses
// ('Everything we have is damaged,' she said): outside every double
// quotation (where they are nested quotes), within one paragraph, closed,
// and of kMinSingleQuotedWords words or more, so that an apostrophe of
// "the officials' homes" or a short scare quote opens nothing. Each is a
// run of its own after `runs` runs; `quotes` stays in text order.
void AddSingleQuoted(absl::string_view text, const std::vector<Token>& tokens,
                     size_t runs, std::vector<Quote>* quotes) {
  constexpr size_t kMinSingleQuotedWords = 3;
  std::vector<bool> in_double(tokens.size(), false);
  for (const Quote& quote : *quotes) {
    for (size_t t = quote.open_token;
         t <= quote.close_token && t < tokens.size(); ++t) {
      in_double[t] = true;
    }
  }
  std::vector<Quote> singles;
  size_t open = tokens.size();  // the pending opening mark, if any
  size_t words = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (in_double[i] || (open < i && tokens[i].newline_before)) {
      open = tokens.size();
      if (in_double[i]) continue;
    }
    // Most tokens are words or other marks: count and move on.
    if (tokens[i].kind != TokenKind::kSymbol) {
      words += tokens[i].kind == TokenKind::kWord;
      continue;
    }
    const char first_byte = text[tokens[i].span.begin];
    if (first_byte != '\'' && first_byte != '\xE2') continue;
    const bool glued_after = i + 1 < tokens.size() &&
                             !tokens[i + 1].space_before &&
                             !tokens[i + 1].newline_before &&
                             tokens[i + 1].kind != TokenKind::kSymbol;
    const bool glued_before =
        i > 0 && !tokens[i].space_before && !tokens[i].newline_before;
    if (open == tokens.size()) {
      if (IsSingleMark(text, tokens, i, "\xE2\x80\x98") && glued_after &&
          !glued_before) {
        open = i;
        words = 0;
      }
      continue;
    }
    if (IsSingleMark(text, tokens, i, "\xE2\x80\x99") && glued_before &&
        !glued_after) {
      if (words >= kMinSingleQuotedWords) {
        singles.push_back(
            {{tokens[open + 1].span.begin, tokens[i - 1].span.end},
             open,
             i,
             true,
             ++runs});
      }
      open = tokens.size();
    }
  }
  if (singles.empty()) return;
  quotes->insert(quotes->end(), singles.begin(), singles.end());
  std::sort(quotes->begin(), quotes->end(), [](const Quote& a, const Quote& b) {
    return a.open_token < b.open_token;
  });
}

// "“We are working now to get help to the places hardest hit, said Jerry
// Chandler, head of the agency": a paragraph's quotation left open, whose
// words go on after a comma with a verb of saying and a name after it or
// before it (", said Jerry Chandler", ", Chandler said"), was closed at
// that comma by a mark the copy dropped. (Not a pronoun: "I told them to
// leave, they said no" is the speaker's own words.)
class DroppedMarkReader : private TokenQueries {
 public:
  DroppedMarkReader(absl::string_view text, const std::vector<Token>& tokens)
      : TokenQueries(text, tokens) {}

  // `segment` closed at that comma, or none.
  std::optional<Quote> ClosedBeforeItsCue(const Quote& segment) const {
    constexpr size_t kMaxNameWords = 4;
    const auto says = [this](size_t t) {
      return IsWordToken(t, "said") || IsWordToken(t, "says") ||
             IsWordToken(t, "told") || IsWordToken(t, "added");
    };
    const size_t end = segment.close_token;
    for (size_t comma = segment.open_token + 2; comma + 2 < end; ++comma) {
      if (!IsSymbol(comma, ",")) continue;
      size_t cue = comma + 1;
      while (cue < end && cue <= comma + kMaxNameWords &&
             IsCapitalizedWord(cue)) {
        ++cue;
      }
      const bool named = cue > comma + 1 || IsCapitalizedWord(cue + 1);
      if (cue + 1 >= end || !says(cue) || !named) continue;
      Quote closed = segment;
      closed.content.end = tokens_[comma - 1].span.end;
      closed.close_token = comma;
      closed.closed = true;
      return closed;
    }
    return std::nullopt;
  }
};

}  // namespace

std::vector<Quote> FindQuotes(absl::string_view text,
                              const std::vector<Token>& tokens) {
  std::vector<Quote> quotes;
  bool open = false;
  size_t open_token = 0;
  size_t run = 0;
  bool run_open = false;  // a paragraph ended inside this run
  // The segment after the opening mark (whose first token is open_token and
  // whose words begin at content_begin) to the token before `content_end`;
  // `close_token` is the closing mark's last token.
  size_t content_begin = 0;
  auto close_segment = [&](size_t content_end, size_t close_token,
                           bool closed) {
    if (content_end > content_begin) {
      quotes.push_back(
          {{tokens[content_begin].span.begin, tokens[content_end - 1].span.end},
           open_token,
           close_token,
           closed,
           run});
    }
    open = false;
  };
  // Whether the paragraph from token `first` closes a quotation before it
  // opens one, with a curly mark: "…is not leaving Sudan.\nOur commitment
  // … terrible time.”" goes on across the break, its reopening mark
  // dropped.
  const auto closes_first = [&](size_t first) {
    for (size_t t = first; t < tokens.size(); ++t) {
      if (t > first && tokens[t].newline_before) return false;
      const MarkAtToken mark = MarkAt(text, tokens, t);
      if (mark.mark == Mark::kOpen) return false;
      if (mark.mark == Mark::kClose) return !mark.straight;
    }
    return false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    MarkAtToken mark = MarkAt(text, tokens, i);
    // "…rates of child malnutrition in the world“Elder warned": inside a
    // quotation, an opening curly mark glued to the word (or the stop)
    // before it is a closing one some systems print for both.
    if (open && mark.mark == Mark::kOpen && !mark.straight && i > 0 &&
        !tokens[i].space_before && !tokens[i].newline_before &&
        (tokens[i - 1].kind == TokenKind::kWord ||
         IsOneOf(TextOf(text, tokens[i - 1].span), {".", ",", "?", "!"}))) {
      mark.mark = Mark::kClose;
    }
    if (open && tokens[i].newline_before) {
      // The paragraph ended open: the quotation goes on through the next
      // paragraph when that one closes it first, or in it when it opens
      // again; otherwise the mark was stray.
      if (!closes_first(i)) {
        close_segment(i, i, false);
        run_open = true;
        // Unless the next paragraph opens it again, its speaker's cue
        // inside it shows the closing mark was left out: closed there, it
        // ends its run.
        if (mark.mark != Mark::kOpen && !quotes.empty() &&
            !quotes.back().closed) {
          if (std::optional<Quote> closed =
                  DroppedMarkReader(text, tokens)
                      .ClosedBeforeItsCue(quotes.back())) {
            quotes.back() = *closed;
            run_open = false;
          }
        }
      }
    } else if (!open && tokens[i].newline_before && run_open &&
               mark.mark != Mark::kOpen) {
      run_open = false;
    }
    // "‘It’s a complicated diplomatic situation. … achieved,” Pompeo
    // said": a paragraph opened with a single mark and closed with a curly
    // double one is one quotation, its marks mismatched; so is one opened
    // so after a comma or a colon ("The governor said, ‘This storm spared
    // no one.”"), unless a single mark closes it first.
    if (!open && mark.mark == Mark::kNone &&
        TextOf(text, tokens[i].span) == "\xE2\x80\x98" &&
        i + 1 < tokens.size() && !tokens[i + 1].space_before &&
        (tokens[i].newline_before ||
         (i > 0 && IsOneOf(TextOf(text, tokens[i - 1].span), {",", ":"}) &&
          !ClosesWithASingleMark(text, tokens, i + 1))) &&
        closes_first(i + 1)) {
      mark.mark = Mark::kOpen;
    }
    const size_t last = i + mark.width - 1;
    if (mark.mark == Mark::kOpen ||
        (mark.mark == Mark::kClose && !open && mark.straight &&
         last + 1 < tokens.size() && !tokens[last + 1].newline_before &&
         tokens[i].newline_before)) {
      if (!open) {
        if (!run_open) ++run;
        run_open = false;
        open = true;
        open_token = i;
        content_begin = last + 1;
      }
    } else if (mark.mark == Mark::kClose && open) {
      close_segment(i, last, true);
    }
    i = last;
  }
  if (open) close_segment(tokens.size(), tokens.size(), false);
  // Unclosed segments that no later segment continues are stray marks.
  std::vector<Quote> kept;
  for (size_t q = 0; q < quotes.size(); ++q) {
    const bool continued =
        q + 1 < quotes.size() && quotes[q + 1].run == quotes[q].run;
    if (quotes[q].closed || continued) kept.push_back(quotes[q]);
  }
  AddSingleQuoted(text, tokens, run, &kept);
  return kept;
}

}  // namespace factcheck::extract
