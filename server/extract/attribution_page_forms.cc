// AttributionFinder: the forms a page gives around what people said: the
// dateline a story opens with, a transcript's speaker labels, a headline in
// title case.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/calendar.h"
#include "server/extract/places.h"

namespace factcheck::extract::attribution_internal {

size_t AttributionFinder::AfterDatelineAt(size_t first, size_t end) const {
  // "WASHINGTON ― …", "MIAMI (AP) — …": the place and agency a story
  // opens with are no part of what anyone said.
  size_t t = first;
  bool capitals = true;
  while (t < end && t < first + kMaxDatelineWords &&
         tokens_[t].kind == TokenKind::kWord && IsCapitalizedWord(t)) {
    capitals = capitals && IsInCapitals(Text(t));
    ++t;
  }
  if (t == first) return first;
  // "WASHINGTON, Dec. 8 (UPI) —": the day the story was filed.
  if (capitals && t + 2 < end && IsSymbol(t, ",") &&
      MonthNameOf(Text(t + 1)) != MonthName::kNone) {
    size_t day = t + 2;
    if (IsSymbol(day, ".")) ++day;
    if (day < end && tokens_[day].kind == TokenKind::kDigits) t = day + 1;
  }
  // "Washington (AFP) –": a place in capitals or with its agency.
  const bool bracket = t + 2 < end && IsSymbol(t, "(") && IsSymbol(t + 2, ")");
  if (!capitals && !(bracket && IsInCapitals(Text(t + 1)))) return first;
  if (bracket) t += 3;
  // The story's own first word follows, capitalised: "NATO ― the
  // alliance ― is strong" opens with its subject.
  if (t + 1 < end &&
      IsOneOf(Text(t),
              {"\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93", "-", ":"}) &&
      IsCapitalizedWord(t + 1)) {
    return t + 1;
  }
  return first;
}

bool AttributionFinder::IsDateline(size_t first, size_t end) const {
  // Datelines are set in capitals: "KARACHI" is Karachi.
  std::string name(TextOf(text_, SpanOf(first, end)));
  bool word_start = true;
  for (char& c : name) {
    if (!word_start) c = absl::ascii_tolower(static_cast<unsigned char>(c));
    word_start = c == ' ' || c == '-';
  }
  return !CountriesOf(CanonicalPlace(name)).empty();
}

AttributionFinder::Phrase AttributionFinder::TranscriptSpeakerAt(
    size_t t) const {
  // "PENCE: Well, look, …", or "\"WALLACE: …" where a transcript's
  // paragraphs each open a quotation; "Matthews: Well, …" where the
  // transcript writes names as names.
  if (t > 0 && !tokens_[t].newline_before) return {t, t};
  size_t first = t;
  if (IsOneOf(Text(first), {"\"", "\xE2\x80\x9C"})) ++first;
  size_t end = first;
  while (end < tokens_.size() && end < first + kMaxTranscriptNameWords &&
         tokens_[end].kind == TokenKind::kWord && IsCapitalizedWord(end)) {
    ++end;
  }
  if (end == first || !IsSymbol(end, ":") || !Valid(end + 1) ||
      tokens_[end + 1].newline_before || IsRubric(first, end) ||
      IsDateline(first, end)) {
    return {t, t};
  }
  return {first, end};
}

void AttributionFinder::AddTranscriptLine(size_t t,
                                          std::vector<Attribution>* out) {
  const Phrase speaker = TranscriptSpeakerAt(t);
  if (speaker.empty()) return;
  // The speaker's words run to the end of the paragraph.
  size_t end = speaker.end + 1;
  while (end < tokens_.size() && !tokens_[end].newline_before) ++end;
  if (std::optional<Span> content = Content(speaker.end + 1, end, 3)) {
    Add(AttributionKind::kDirect, speaker, tokens_[speaker.end].span, *content,
        {0, 0}, out);
  }
}

bool AttributionFinder::IsTitleCase(const Sentence& sentence) const {
  static const WordSet* const kMinorWords =
      new WordSet({"a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
                   "at", "for", "by", "as", "with", "from", "vs"});
  size_t words = 0;
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (tokens_[t].kind != TokenKind::kWord || in_quote_[t]) continue;
    if (!IsCapitalizedWord(t) && !IsWordIn(*kMinorWords, t)) return false;
    ++words;
  }
  return words >= kMinTitleCaseWords;
}

}  // namespace factcheck::extract::attribution_internal
