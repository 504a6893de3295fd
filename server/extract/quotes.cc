#include "server/extract/quotes.h"

namespace factcheck::extract {
namespace {

constexpr char kOpenCurly[] = "\xE2\x80\x9C";   // “
constexpr char kCloseCurly[] = "\xE2\x80\x9D";  // ”

enum class Mark { kNone, kOpen, kClose };

// Whether the double mark at token i opens or closes a quotation. Curly marks
// say so; a straight mark opens when glued to the word after it and not to
// the one before, and closes otherwise.
Mark MarkAt(absl::string_view text, const std::vector<Token>& tokens,
            size_t i) {
  if (tokens[i].kind != TokenKind::kSymbol) return Mark::kNone;
  const absl::string_view symbol = TextOf(text, tokens[i].span);
  if (symbol == kOpenCurly) return Mark::kOpen;
  if (symbol == kCloseCurly) return Mark::kClose;
  if (symbol != "\"") return Mark::kNone;
  const bool glued_after = i + 1 < tokens.size() && !tokens[i + 1].space_before;
  const bool glued_before =
      i > 0 && !tokens[i].space_before && !tokens[i].newline_before;
  if (glued_after && !glued_before) return Mark::kOpen;
  return Mark::kClose;
}

}  // namespace

std::vector<Quote> FindQuotes(absl::string_view text,
                              const std::vector<Token>& tokens) {
  std::vector<Quote> quotes;
  bool open = false;
  size_t open_token = 0;
  size_t run = 0;
  bool run_open = false;  // a paragraph ended inside this run
  auto close_segment = [&](size_t end_token, bool closed) {
    if (end_token > open_token + 1) {
      quotes.push_back(
          {{tokens[open_token + 1].span.begin, tokens[end_token - 1].span.end},
           open_token,
           end_token,
           closed,
           run});
    }
    open = false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (open && tokens[i].newline_before) {
      // The paragraph ended open: the quotation goes on if the next
      // paragraph opens again; otherwise the mark was stray.
      close_segment(i, false);
      run_open = true;
    } else if (!open && tokens[i].newline_before && run_open &&
               MarkAt(text, tokens, i) != Mark::kOpen) {
      run_open = false;
    }
    const Mark mark = MarkAt(text, tokens, i);
    if (mark == Mark::kOpen ||
        (mark == Mark::kClose && !open &&
         TextOf(text, tokens[i].span) == "\"" && i + 1 < tokens.size() &&
         !tokens[i + 1].newline_before && tokens[i].newline_before)) {
      if (!open) {
        if (!run_open) ++run;
        run_open = false;
        open = true;
        open_token = i;
      }
    } else if (mark == Mark::kClose && open) {
      close_segment(i, true);
    }
  }
  if (open) close_segment(tokens.size(), false);
  // Unclosed segments that no later segment continues are stray marks.
  std::vector<Quote> kept;
  for (size_t q = 0; q < quotes.size(); ++q) {
    const bool continued =
        q + 1 < quotes.size() && quotes[q + 1].run == quotes[q].run;
    if (quotes[q].closed || continued) kept.push_back(quotes[q]);
  }
  return kept;
}

}  // namespace factcheck::extract
