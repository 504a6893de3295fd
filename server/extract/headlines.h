// Headline lines: "Read: Gaza officials: Death toll rises to 43". A
// related-article marker ("Read:", "See:") may open the line; a source
// ("Gaza officials:") may stand before the headline's own words.
#ifndef FACTCHECK_SERVER_EXTRACT_HEADLINES_H_
#define FACTCHECK_SERVER_EXTRACT_HEADLINES_H_

#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

// The tokens [first, end) of `text`'s headline: its first line, past page
// furniture above it (a line of fewer than three words: "ADVERTISEMENT", "/
// 20 October 2005", a blank line; or one a stop or a bar opens: ". Earth
// Science News ."); nullopt for a text of one line.
std::optional<std::pair<size_t, size_t>> HeadlineTokens(
    absl::string_view text, const std::vector<Token>& tokens);

// The byte where the text's headline ends (HeadlineTokens); npos for a
// text of one line.
size_t HeadlineEnd(absl::string_view text, const std::vector<Token>& tokens);

// Words of a subject that speaks for an office: "Lee County Sheriff",
// "Florida emergency officials", "the Florida Department of Health".
bool IsOfficeWord(absl::string_view word);

struct Headline {
  // Whether the line is a related-article line ("Read: …").
  bool related_article = false;
  // The source's tokens [source_first, source_end); empty when none.
  size_t source_first = 0;
  size_t source_end = 0;
  // Where the headline's own words begin.
  size_t content_first = 0;
  // A topic before the colon names what and where, and no one speaks:
  // "Explosions in Beirut: at least 73 dead", "Quake in Nepal: …" (not
  // "Officials in Gaza: …", a source). The tokens [topic_place_first,
  // topic_place_end) after its "in"; empty when none.
  size_t topic_place_first = 0;
  size_t topic_place_end = 0;
  bool has_source() const { return source_end > source_first; }
  bool has_topic_place() const { return topic_place_end > topic_place_first; }
};

// The headline reading of `sentence`, or nullopt when it has neither a
// related-article marker nor a source or topic prefix.
std::optional<Headline> HeadlineOf(absl::string_view text,
                                   const std::vector<Token>& tokens,
                                   const Sentence& sentence);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_HEADLINES_H_
