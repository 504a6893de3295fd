// Headline lines: "Read: Gaza officials: Death toll rises to 43". A
// related-article marker ("Read:", "See:") may open the line; a source
// ("Gaza officials:") may stand before the headline's own words.
#ifndef FACTCHECK_SERVER_EXTRACT_HEADLINES_H_
#define FACTCHECK_SERVER_EXTRACT_HEADLINES_H_

#include <optional>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

struct Headline {
  // Whether the line is a related-article line ("Read: …").
  bool related_article = false;
  // The source's tokens [source_first, source_end); empty when none.
  size_t source_first = 0;
  size_t source_end = 0;
  // Where the headline's own words begin.
  size_t content_first = 0;
  bool has_source() const { return source_end > source_first; }
};

// The headline reading of `sentence`, or nullopt when it has neither a
// related-article marker nor a source prefix.
std::optional<Headline> HeadlineOf(absl::string_view text,
                                   const std::vector<Token>& tokens,
                                   const Sentence& sentence);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_HEADLINES_H_
