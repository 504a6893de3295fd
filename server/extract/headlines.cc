#include "server/extract/headlines.h"

#include <algorithm>
#include <optional>

#include "absl/strings/ascii.h"
#include "server/extract/measures.h"
#include "server/extract/places.h"

namespace factcheck::extract {

bool IsOfficeWord(absl::string_view word) {
  static constexpr absl::string_view kWords[] = {
      "officials",   "official",     "authorities",   "ministry",
      "police",      "government",   "sources",       "spokesman",
      "spokeswoman", "spokesperson", "army",          "military",
      "agency",      "office",       "health",        "sheriff",
      "mayor",       "governor",     "gov",           "commissioner",
      "coroner",     "examiner",     "examiners",     "department",
      "management",  "emergency",    "administration"};
  return IsOneOf(word, kWords);
}

std::optional<Headline> HeadlineOf(absl::string_view text,
                                   const std::vector<Token>& tokens,
                                   const Sentence& sentence) {
  auto is_word = [&](size_t i, absl::string_view lower) {
    return i < sentence.end_token && tokens[i].kind == TokenKind::kWord &&
           IsWord(text, tokens[i], lower);
  };
  // "Dr." in "Dr. Ben Carson:": a full stop glued to a short word.
  auto is_abbreviation_dot = [&](size_t i) {
    return i > sentence.first_token && tokens[i].kind == TokenKind::kSymbol &&
           TextOf(text, tokens[i].span) == "." && !tokens[i].space_before &&
           tokens[i - 1].kind == TokenKind::kWord &&
           tokens[i - 1].span.end - tokens[i - 1].span.begin <= 3;
  };
  auto is_colon = [&](size_t i) {
    return i < sentence.end_token && tokens[i].kind == TokenKind::kSymbol &&
           TextOf(text, tokens[i].span) == ":";
  };
  Headline headline;
  size_t t = sentence.first_token;
  const auto is_reading_word = [&](size_t i) {
    return is_word(i, "read") || is_word(i, "see");
  };
  if ((is_reading_word(t) || is_word(t, "also") || is_word(t, "related")) &&
      is_colon(t + 1)) {
    headline.related_article = true;
    t += 2;
  } else if (((is_reading_word(t) &&
               (is_word(t + 1, "more") || is_word(t + 1, "also"))) ||
              (is_word(t, "also") && is_reading_word(t + 1))) &&
             is_colon(t + 2)) {
    headline.related_article = true;  // "Read More: …", "Also read: …"
    t += 3;
  }
  headline.source_first = headline.source_end = headline.content_first = t;
  // A source: a few words, the first capitalised, then a colon.
  constexpr size_t kMaxSourceTokens = 5;
  for (size_t k = t; k < sentence.end_token && k <= t + kMaxSourceTokens; ++k) {
    if (is_colon(k)) {
      bool words = k > t && absl::ascii_isupper(static_cast<unsigned char>(
                                text[tokens[t].span.begin]));
      for (size_t w = t; w < k; ++w) {
        // "Wash Post Fact-Check:", "Trump’s campaign:", "Dr. Ben Carson:".
        words = words && (tokens[w].kind == TokenKind::kWord ||
                          TextOf(text, tokens[w].span) == "-" ||
                          TextOf(text, tokens[w].span) == "'" ||
                          TextOf(text, tokens[w].span) == "\xE2\x80\x99" ||
                          is_abbreviation_dot(w));
      }
      // "People killed: 501", "Houses damaged or destroyed: 99,317": a
      // fact box's label names what the figure after it counts; no one
      // says it. In lower case past its first word ("Negombo Hospital:"
      // and "Ruiz to Dayton voters:" are names), and more than a noun for
      // who is counted.
      const bool lower_case = std::none_of(
          tokens.begin() + t + 1, tokens.begin() + k,
          [&text](const Token& token) {
            return absl::ascii_isupper(
                static_cast<unsigned char>(text[token.span.begin]));
          });
      const MeasureLexicon& lexicon = MeasureLexicon::Get();
      for (size_t w = t; words && lower_case && w < k; ++w) {
        const std::optional<MeasureMatch> measure = lexicon.At(text, tokens, w);
        words = !(measure.has_value() && measure->end == k &&
                  !measure->entry->subject);
      }
      // "Grenfell Tower: 58 people now feared dead", "Hurricane Maria: …":
      // a building or a storm the story is about, which says nothing.
      static const WordSet* const kStorms = new WordSet(
          {"hurricane", "typhoon", "cyclone", "storm", "tropical", "super"});
      if (words && k >= t + 2 &&
          (BuiltSiteNouns().Contains(text, tokens[k - 1]) ||
           kStorms->Contains(text, tokens[t]))) {
        words = false;
      }
      if (words) {
        headline.source_end = k;
        headline.content_first = k + 1;
        for (size_t w = t + 1; w + 1 < k; ++w) {
          if (is_word(w, "in") &&
              absl::ascii_isupper(
                  static_cast<unsigned char>(text[tokens[w + 1].span.begin])) &&
              !IsOfficeWord(TextOf(text, tokens[w - 1].span))) {
            headline.topic_place_first = w + 1;
            headline.topic_place_end = k;
            headline.source_end = headline.source_first;
            break;
          }
        }
      }
      break;
    }
    if (tokens[k].kind != TokenKind::kWord &&
        TextOf(text, tokens[k].span) != "-" &&
        TextOf(text, tokens[k].span) != "'" &&
        TextOf(text, tokens[k].span) != "\xE2\x80\x99" &&
        !is_abbreviation_dot(k)) {
      break;
    }
  }
  if (!headline.related_article) {
    // Without "Read:", only a headline-shaped line (short, no full stop)
    // has a source prefix: "Washington: US President …" is a dateline.
    constexpr size_t kMaxHeadlineTokens = 20;
    constexpr size_t kMaxTitleLineTokens = 32;
    // The last mark before any closing quotation marks.
    size_t last = sentence.end_token - 1;
    while (last > sentence.first_token &&
           tokens[last].kind == TokenKind::kSymbol &&
           (TextOf(text, tokens[last].span) == "\"" ||
            TextOf(text, tokens[last].span) == "\xE2\x80\x9D" ||
            TextOf(text, tokens[last].span) == "'" ||
            TextOf(text, tokens[last].span) == "\xE2\x80\x99")) {
      --last;
    }
    const absl::string_view mark = TextOf(text, tokens[last].span);
    const bool full_stop = tokens[last].kind == TokenKind::kSymbol &&
                           (mark == "." || mark == "!" || mark == "?");
    // A document's title line may end with a full stop: "Trump: Cruz has a
    // long way to go." above the story.
    const bool title_line = sentence.first_token == 0 &&
                            (sentence.end_token == tokens.size() ||
                             tokens[sentence.end_token].newline_before);
    // A document's title may run longer than a headline inside it.
    const size_t longest =
        title_line ? kMaxTitleLineTokens : kMaxHeadlineTokens;
    if ((!headline.has_source() && !headline.has_topic_place()) ||
        (full_stop && !title_line) ||
        sentence.end_token - sentence.first_token > longest) {
      return std::nullopt;
    }
  }
  return headline;
}

std::optional<std::pair<size_t, size_t>> HeadlineTokens(
    absl::string_view text, const std::vector<Token>& tokens) {
  constexpr int kMaxLinesAboveHeadline = 4;
  size_t t = 0;
  for (int line = 0; line <= kMaxLinesAboveHeadline && t < tokens.size();
       ++line) {
    int words = 0;
    size_t next = t;
    do {
      words += tokens[next].kind == TokenKind::kWord;
      ++next;
    } while (next < tokens.size() && !tokens[next].newline_before);
    if (next == tokens.size()) return std::nullopt;
    // ". Earth Science News .", "| Home | World": a line a stop or a bar
    // opens is a page's furniture, no headline; so is a reader's link past
    // the page's top ("Skip to main content").
    const bool furniture =
        (tokens[t].kind == TokenKind::kSymbol &&
         (TextOf(text, tokens[t].span) == "." ||
          TextOf(text, tokens[t].span) == "|")) ||
        (next > t + 1 && TextOf(text, tokens[t].span) == "Skip" &&
         TextOf(text, tokens[t + 1].span) == "to");
    if ((words >= 3 && !furniture) || line == kMaxLinesAboveHeadline) {
      return std::make_pair(t, next);
    }
    t = next;
  }
  return std::nullopt;
}

size_t HeadlineEnd(absl::string_view text, const std::vector<Token>& tokens) {
  const std::optional<std::pair<size_t, size_t>> headline =
      HeadlineTokens(text, tokens);
  return headline.has_value() ? tokens[headline->second - 1].span.end
                              : absl::string_view::npos;
}

}  // namespace factcheck::extract
