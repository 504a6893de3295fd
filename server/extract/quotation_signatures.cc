// AttributionFinder: who signs a quotation from outside its own clause (a
// cue closing the sentence, a dash under it, a label before a colon), and
// quoted words that are nobody's (a rubric, a title, a heading).
#include <algorithm>
#include <optional>

#include "server/extract/attribution_finder.h"
#include "server/extract/headlines.h"

namespace factcheck::extract::attribution_internal {

AttributionFinder::CueMatch* AttributionFinder::SignatureAtSentenceEnd(
    size_t from, const Sentence& sentence, Phrase* speaker, size_t* clause_end,
    size_t* resumes) {
  for (size_t t = from; t < sentence.end_token; ++t) {
    if (in_quote_[t]) continue;
    CueMatch* cue = CueAt(t);
    if (cue == nullptr || cue->used || cue->entry->weak) continue;
    // "…, she said the crowd was calm" reports the clause after it; "…,
    // Peskov said Thursday." names a time, no clause.
    const bool time_then_stop =
        IsTimeHead(cue->end) &&
        (cue->end + 1 >= sentence.end_token || IsPunctuation(cue->end + 1));
    if ((OpensClause(cue->end) && !time_then_stop) ||
        IsWordToken(cue->end, "that")) {
      return nullptr;
    }
    const Phrase before = SpeakerBefore(cue->begin, from);
    size_t signature_end = 0;
    if (CanSpeak(before) && before.first > from + 1 &&
        IsSymbol(before.first - 1, ",")) {
      *speaker = before;
      *clause_end = before.first - 1;
      signature_end = cue->end;
    } else if (cue->begin > from + 1 && IsSymbol(cue->begin - 1, ",")) {
      const Phrase after = SpeakerAfter(cue->end, sentence.end_token);
      if (!CanSpeak(after)) return nullptr;
      *speaker = after;
      *clause_end = cue->begin - 1;
      signature_end = after.surface_finish();
    } else {
      return nullptr;
    }
    *resumes = 0;
    for (size_t c = signature_end; c < sentence.end_token; ++c) {
      if (!IsSymbol(c, ",")) continue;
      const size_t next = IsWordToken(c + 1, "and") ? c + 2 : c + 1;
      const auto opens = std::lower_bound(
          quotes_.begin(), quotes_.end(), next,
          [](const Quote& quote, size_t t) { return quote.open_token < t; });
      if (opens != quotes_.end() && opens->open_token == next) *resumes = next;
      break;
    }
    return cue;
  }
  return nullptr;
}

bool AttributionFinder::SignedLaterInSentence(size_t from,
                                              const Sentence& sentence) {
  for (size_t t = from; t < sentence.end_token; ++t) {
    if (in_quote_[t]) continue;
    const CueMatch* cue = CueAt(t);
    if (cue == nullptr || cue->used || cue->entry->weak) continue;
    if (CanSpeak(SpeakerBefore(cue->begin, from)) ||
        CanSpeak(SpeakerAfter(cue->end, sentence.end_token))) {
      return true;
    }
  }
  return false;
}

std::optional<AttributionFinder::Phrase> AttributionFinder::DashSignature(
    size_t k, size_t* dash) const {
  constexpr size_t kMaxNameTokens = 8;
  if (IsSymbol(k, ".") || IsSymbol(k, ",")) ++k;
  if (!IsSymbol(k, "\xE2\x80\x95") && !IsSymbol(k, "\xE2\x80\x94")) {
    return std::nullopt;
  }
  *dash = k;
  const size_t first = k + 1;
  size_t end = first;
  while (end < tokens_.size() && end < first + kMaxNameTokens &&
         !(end > first && tokens_[end].newline_before)) {
    const bool initial = IsSymbol(end, ".") && end > first &&
                         Text(end - 1).size() == 1 &&
                         IsCapitalizedWord(end - 1);
    if (!IsCapitalizedWord(end) && !initial) break;
    ++end;
  }
  if (end == first) return std::nullopt;
  size_t after = end;
  if (IsSymbol(after, ".")) ++after;
  const bool line_ends =
      after >= tokens_.size() || tokens_[after].newline_before ||
      IsSymbol(after, "\xE2\x80\x9C") || IsSymbol(after, "\xE2\x80\x9D") ||
      IsSymbol(after, "\"");
  if (!line_ends) return std::nullopt;
  return Phrase{first, end};
}

std::optional<AttributionFinder::Phrase> AttributionFinder::ColonLabel(
    size_t colon) const {
  constexpr size_t kMaxLabelTokens = 6;
  size_t first = colon;
  while (first > 0 && colon - first < kMaxLabelTokens &&
         IsCapitalizedWord(first - 1) && !tokens_[first].newline_before) {
    --first;
  }
  const Sentence& sentence = SentenceOf(first);
  // Or a dash set apart opens it: "Pollsters agree - Carl Bialik: “…”".
  const bool opens = first == 0 || tokens_[first].newline_before ||
                     sentence.first_token == first ||
                     (first > 0 && AsideDashLength(first - 1) == 1 &&
                      tokens_[first - 1].space_before);
  // One word labels a quotation only where a line or a sentence opens with
  // it: "Clinton: “Our goal is …” Bush: “The mission is …”".
  if (colon == first || (colon - first < 2 && !opens)) return std::nullopt;
  if (!opens) {
    // "… doesn't surprise Republican pollster Daron Shaw: “…”": a person
    // named in full right after what describes them (a word in lower
    // case), or two ("Mark Blumenthal and Jon Cohen: “…”").
    for (size_t given = first; given + 2 <= colon; ++given) {
      if (tokens_[given - 1].kind != TokenKind::kWord ||
          IsCapitalizedWord(given - 1) ||
          EntityTracker::GenderOfGivenName(
              TextOf(text_, SpanOf(given, colon))) == Gender::kUnknown) {
        continue;
      }
      Phrase person{given, colon};
      if (IsWordToken(given - 1, "and")) {
        person.first = given - 1;
        while (person.first > 0 && IsCapitalizedWord(person.first - 1) &&
               given - person.first <= kMaxLabelTokens) {
          --person.first;
        }
        if (person.first == given - 1) continue;
      }
      if (CanSpeak(person)) return person;
    }
    return std::nullopt;
  }
  // "Read More:" is a rubric, though "read" reports what a sign reads.
  if (IsRubric(first, colon)) return std::nullopt;
  // "Said Ellis: “…”": the cue opens the sentence, its speaker follows.
  if (cue_at_[first] != kNoCue && cues_[cue_at_[first]].end < colon) {
    const Phrase speaker{cues_[cue_at_[first]].end, colon};
    return CanSpeak(speaker) ? std::optional<Phrase>(speaker) : std::nullopt;
  }
  // A headline's source ("Gaza officials: …") is the headline's claim.
  if (std::optional<Headline> headline = HeadlineOf(text_, tokens_, sentence);
      headline && headline->has_source()) {
    return std::nullopt;
  }
  const Phrase label{first, colon};
  if (!CanSpeak(label)) return std::nullopt;
  return label;
}

bool AttributionFinder::IsRubric(size_t first, size_t end) const {
  // "Read More:", "Breaking News:", "Photo Credit:", "BOOM:", "LOOK:" label
  // no speaker; nor do a page's own fields ("Writer:", "Published:", "Last
  // Updated:", "EVENT:", a profile's "Name:", a site's "Disclaimer:", an
  // archive's "BYLINE:", "SECTION:", "Paid Notice:") or a story's topic
  // ("Hurricane Ian: deaths reach 118", "Coronavirus: Death toll crosses
  // 1000").
  static const WordSet* const kRubrics = new WordSet(
      {"read",        "more",      "watch",    "listen",     "see",
       "also",        "related",   "update",   "updates",    "photo",
       "photos",      "video",     "breaking", "news",       "live",
       "opinion",     "editorial", "analysis", "exclusive",  "quote",
       "credit",      "source",    "sources",  "note",       "editor",
       "caption",     "title",     "boom",     "look",       "revealed",
       "wow",         "shocking",  "just",     "latest",     "writer",
       "author",      "published", "updated",  "posted",     "event",
       "date",        "filed",     "tags",     "name",       "image",
       "hurricane",   "typhoon",   "cyclone",  "earthquake", "quake",
       "coronavirus", "covid",     "factbox",  "explainer",  "timeline",
       "disclaimer",  "byline",    "section",  "length",     "dateline",
       "notice"});
  for (size_t t = first; t < end; ++t) {
    if (IsWordIn(*kRubrics, t)) return true;
  }
  return false;
}

bool AttributionFinder::IsTitle(const Quote& quote) const {
  size_t words = 0;
  for (size_t t = quote.open_token + 1; t < quote.close_token; ++t) {
    if (tokens_[t].kind == TokenKind::kSymbol) continue;
    if (!IsCapitalizedWord(t) && !IsWordToken(t, "of") &&
        !IsWordToken(t, "the") && !IsWordToken(t, "and")) {
      return false;
    }
    ++words;
  }
  return words > 0 && words <= kMaxTitleWords;
}

bool AttributionFinder::IsHeading(const Quote& quote) const {
  const size_t after = quote.close_token + 1;
  if (!tokens_[quote.open_token].newline_before ||
      (Valid(after) && !tokens_[after].newline_before)) {
    return false;
  }
  // A subheading in sentence case ("Devoured by earth"): a few words with
  // no mark of a sentence of their own.
  constexpr size_t kMaxSubheadingTokens = 6;
  if (quote.close_token - quote.open_token - 1 <= kMaxSubheadingTokens &&
      std::all_of(tokens_.begin() + quote.open_token + 1,
                  tokens_.begin() + quote.close_token, [](const Token& token) {
                    return token.kind == TokenKind::kWord;
                  })) {
    return true;
  }
  for (size_t t = quote.open_token + 1; t < quote.close_token; ++t) {
    // Headings leave their short function words in lower case ("Legend in
    // the Coal Fields").
    if (tokens_[t].kind == TokenKind::kWord && !IsCapitalizedWord(t) &&
        !IsOneOf(WordAt(t), {"of", "the", "and", "in", "on", "for", "to", "a",
                             "an", "at", "with", "or"})) {
      return false;
    }
  }
  return true;
}

}  // namespace factcheck::extract::attribution_internal
