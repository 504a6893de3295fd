// Quotations in news text: the words between double quotation marks, curly
// (“ ”), straight (") or doubled apostrophes (''), with single marks inside
// them left as nested quotes; and, outside them, between single marks (‘ ’
// or '), closed within a paragraph and of three words or more. News convention:
// a quotation running over several paragraphs leaves its opening paragraphs
// unclosed and opens each next one again; all of them form one run, attributed
// by the cue after the run's last mark.
#ifndef FACTCHECK_SERVER_EXTRACT_QUOTES_H_
#define FACTCHECK_SERVER_EXTRACT_QUOTES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::extract {

struct Quote {
  // The quoted words, without the marks.
  Span content;
  // The opening mark's first token, and the closing mark's last token (or
  // the last content token + 1 when the paragraph ends open). A mark may
  // take two tokens: the doubled apostrophe ('') some papers print.
  size_t open_token = 0;
  size_t close_token = 0;
  // Whether a closing mark ends this segment.
  bool closed = false;
  // Segments of one multi-paragraph quotation share a run; the run's last
  // segment is the one the attribution stands by.
  size_t run = 0;
};

// Every quotation segment of `text`, in order.
std::vector<Quote> FindQuotes(absl::string_view text,
                              const std::vector<Token>& tokens);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_QUOTES_H_
