#include "server/extract/sentences.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "server/extract/calendar.h"

namespace factcheck::extract {
namespace {

// Whether the dot at token `t` closes an abbreviation written with an inner
// dot ("p.m.", "e.g."), which a bracket or a weekday follows inside its
// sentence: "shook Nepal at 2:11 p.m. (Beijing time), killing …", "as of 2
// p.m. Wednesday".
bool ClosesDottedAbbreviation(absl::string_view text,
                              const std::vector<Token>& tokens, size_t t) {
  if (t < 3 || tokens[t - 2].space_before || tokens[t - 1].space_before ||
      TextOf(text, tokens[t - 2].span) != ".") {
    return false;
  }
  const absl::string_view first = TextOf(text, tokens[t - 3].span);
  const absl::string_view second = TextOf(text, tokens[t - 1].span);
  if (first.size() != 1 || second.size() != 1) return false;
  const std::string letters =
      absl::AsciiStrToLower(absl::StrCat(first, second));
  return letters == "am" || letters == "pm" || letters == "eg" ||
         letters == "ie";
}

// A line broken inside a sentence, as pages wrap their text: one line break
// after a word no sentence ends with ("267,570 – to\nHungary."), or before
// a word in lower case, which no sentence begins with ("had been
// killed\nin the zone").
bool WrapsLine(absl::string_view text, const std::vector<Token>& tokens,
               size_t t) {
  const Token& before = tokens[t - 1];
  if (before.kind != TokenKind::kWord) return false;
  const absl::string_view gap =
      text.substr(before.span.end, tokens[t].span.begin - before.span.end);
  if (gap.find('\n') != gap.rfind('\n')) return false;
  if (tokens[t].kind == TokenKind::kWord &&
      absl::ascii_islower(
          static_cast<unsigned char>(text[tokens[t].span.begin]))) {
    return true;
  }
  static const auto* const kNeverLast = new absl::flat_hash_set<std::string>{
      "to", "of",  "in",   "the",  "a",  "an", "and",
      "or", "for", "from", "with", "on", "at", "by"};
  return kNeverLast->contains(TextOf(text, before.span));
}

// Whether the period at token `t` ends a sentence the page ran into the
// next one, its space lost: "has now passed 209.That was the number",
// "continues to rise.And". A number or a word in lower case before it, a
// word of a capital then lower case after it, neither glued to another
// period: not "e.g.The", "a.m.Monday", "www.MauiStrongFund.org".
bool RunsIntoNextSentence(absl::string_view text,
                          const std::vector<Token>& tokens, size_t t) {
  if (t == 0 || t + 1 >= tokens.size() || tokens[t].space_before ||
      tokens[t + 1].space_before || tokens[t + 1].kind != TokenKind::kWord) {
    return false;
  }
  const Token& before = tokens[t - 1];
  const absl::string_view word_before = TextOf(text, before.span);
  const bool lower_word =
      before.kind == TokenKind::kWord && word_before.size() >= 2 &&
      std::all_of(word_before.begin(), word_before.end(),
                  [](char c) { return absl::ascii_islower(c); });
  if (!lower_word && before.kind != TokenKind::kDigits) return false;
  if (t >= 2 && !before.space_before &&
      TextOf(text, tokens[t - 2].span) == ".") {
    return false;
  }
  const absl::string_view next = TextOf(text, tokens[t + 1].span);
  if (next.size() < 2 || !absl::ascii_isupper(next[0]) ||
      !std::all_of(next.begin() + 1, next.end(),
                   [](char c) { return absl::ascii_islower(c); })) {
    return false;
  }
  return !(t + 2 < tokens.size() && !tokens[t + 2].space_before &&
           TextOf(text, tokens[t + 2].span) == ".");
}

// A capitalised word that opens a sentence and never goes on with a name
// before it: a pronoun, an article, a conjunction. Title-case headlines
// capitalise "And" and "As" inside a line ("Enter U.S. As Refugees"), so
// those are not here.
bool OpensASentenceOnly(absl::string_view word) {
  static const auto* const kOpeners = new absl::flat_hash_set<std::string>{
      "He",    "She",   "It",  "They", "We",    "The", "This", "That", "These",
      "Those", "There", "His", "Her",  "Their", "Its", "But",  "While"};
  return kOpeners->contains(word);
}

bool IsSentenceEnd(absl::string_view mark) {
  return mark == "." || mark == "!" || mark == "?" ||
         mark == "\xE2\x80\xA6";  // …
}

bool IsClosing(absl::string_view mark) {
  return mark == "\"" || mark == "'" || mark == ")" || mark == "]" ||
         mark == "\xE2\x80\x9D" || mark == "\xE2\x80\x99";  // ” ’
}

}  // namespace

bool IsAbbreviation(absl::string_view word) {
  static const auto* const kAbbreviations =
      new absl::flat_hash_set<std::string>{
          "mr",   "mrs",    "ms",  "dr",   "prof", "st",   "sr",   "jr",
          "gen",  "brig",   "lt",  "col",  "sgt",  "capt", "cmdr", "adm",
          "gov",  "sen",    "rep", "rev",  "hon",  "pres", "supt", "insp",
          "det",  "cpl",    "pvt", "maj",  "jan",  "feb",  "mar",  "apr",
          "jun",  "jul",    "aug", "sep",  "sept", "oct",  "nov",  "dec",
          "no",   "nos",    "vs",  "etc",  "inc",  "ltd",  "co",   "corp",
          "bros", "approx", "est", "dept", "univ", "mt",   "ft",   "vol",
          "pp",   "fig",    "al",  "v"};
  if (word.size() > 8) return false;
  char lower[8];
  return kAbbreviations->contains(LowerInto(word, lower));
}

std::vector<Sentence> SplitSentences(absl::string_view text,
                                     const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  size_t first = 0;
  auto close = [&](size_t end) {
    if (end <= first) return;
    sentences.push_back(
        {{tokens[first].span.begin, tokens[end - 1].span.end}, first, end});
    first = end;
  };
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (t > first && tokens[t].newline_before && !WrapsLine(text, tokens, t)) {
      close(t);
    }
    const Token& token = tokens[t];
    // "… 2005.[Reuters] | The Indian army said": a bar set apart by spaces
    // divides a page's pieces (a caption from the story).
    if (token.kind == TokenKind::kSymbol && TextOf(text, token.span) == "|" &&
        token.space_before && t + 1 < tokens.size() &&
        tokens[t + 1].space_before) {
      close(t + 1);
      continue;
    }
    if (token.kind != TokenKind::kSymbol ||
        !IsSentenceEnd(TextOf(text, token.span))) {
      continue;
    }
    // "U.S." and "Mr.": the word before the dot is an abbreviation; "J.":
    // a single capital is an initial, unless a word no name goes on with
    // follows ("attacks in the U.S. He says …", "Neither do I. This …").
    if (t > 0 && tokens[t - 1].kind == TokenKind::kWord &&
        !token.space_before && TextOf(text, token.span) == ".") {
      const absl::string_view word = TextOf(text, tokens[t - 1].span);
      const bool initial = word.size() == 1 && absl::ascii_isupper(word[0]);
      if (IsAbbreviation(word) ||
          (initial &&
           !(t + 1 < tokens.size() && tokens[t + 1].space_before &&
             OpensASentenceOnly(TextOf(text, tokens[t + 1].span))))) {
        continue;
      }
      // "said Del. Stacey Plaskett": a delegate's title; after a comma
      // ("Wilmington, Del. The …") the state, which may end the sentence.
      if (word == "Del" && t > 1 && TextOf(text, tokens[t - 2].span) != ",") {
        continue;
      }
    }
    size_t end = t + 1;
    while (end < tokens.size() && !tokens[end].space_before &&
           tokens[end].kind == TokenKind::kSymbol &&
           (IsClosing(TextOf(text, tokens[end].span)) ||
            IsSentenceEnd(TextOf(text, tokens[end].span)))) {
      ++end;
    }
    if (end == t + 1 && RunsIntoNextSentence(text, tokens, t)) {
      close(end);
      continue;
    }
    // "3.5", "a.m.", or the last sentence, which closes below.
    const bool ends = end < tokens.size() && tokens[end].space_before;
    if (ends) {
      const absl::string_view next = TextOf(text, tokens[end].span);
      const unsigned char lead = static_cast<unsigned char>(next[0]);
      // "as of 2 p.m. Wednesday.": the day of the hour goes on with it.
      const bool goes_on = !tokens[end].newline_before &&
                           ClosesDottedAbbreviation(text, tokens, t) &&
                           (next == "(" || IsWeekday(next));
      if (!goes_on && (absl::ascii_isupper(lead) || absl::ascii_isdigit(lead) ||
                       lead >= 0x80 || next == "\"" || next == "'" ||
                       next == "(" || tokens[end].newline_before)) {
        close(end);
      }
    }
    // Past the whole run of marks either way: a text of nothing but "...."
    // stays linear.
    t = end - 1;
  }
  close(tokens.size());
  return sentences;
}

}  // namespace factcheck::extract
