// AttributionFinder: the asides that name a source, "according to X" and
// "as X reported".
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "server/extract/attribution_finder.h"
#include "server/extract/sentences.h"

namespace factcheck::extract::attribution_internal {
namespace {

std::vector<Span> SpansOf(const std::optional<Span>& span) {
  if (!span.has_value()) return {};
  return {*span};
}

}  // namespace

bool AttributionFinder::ReportAfterAs(CueMatch& cue, const Phrase& speaker,
                                      size_t as, size_t tail,
                                      const Sentence& sentence,
                                      std::vector<Attribution>* out) {
  // "a tax for tuition, as Sanders proposes": what is proposed or asked
  // for is a thing named before, not the clause; "as search efforts
  // continue" reports nothing without "that" or a quotation.
  if (cue.entry->object || cue.entry->charge || cue.entry->directive ||
      cue.entry->strict) {
    return false;
  }
  const size_t first = AfterDateline(sentence);
  if (as < first || as >= tail || !IsWordToken(as, "as")) return false;
  // "given that, as the paper reported, he has …": the aside opens the
  // clause after a link too.
  const bool opens = as == first || (as > first + 2 && IsSymbol(as - 1, ",") &&
                                     LinksTheClauseAfter(as - 2));
  // Not "If taxes rise, as some hope, jobs will follow": what is hoped is
  // the condition alone; nor '"…," she said, as recalled by Hewlett', whose
  // clause reports already.
  const bool inside =
      !opens && as > first + 1 && IsSymbol(as - 1, ",") &&
      !IsWordIn(Subordinators(), first) &&
      std::none_of(cue_at_.begin() + first, cue_at_.begin() + as,
                   [](uint32_t at) { return at != kNoCue; });
  const size_t end = sentence.end_token;
  size_t after = IsAddressedCue(cue) ? AudienceEnd(tail, end) : tail;
  while (after < end && IsTimeWord(after)) ++after;
  const bool comma = after < end && IsSymbol(after, ",");
  size_t closing = after;
  // Not "as the website notes:", which the quotation after it follows.
  while (closing < end && IsPunctuation(closing) && !IsSymbol(closing, ",") &&
         !IsSymbol(closing, ":")) {
    ++closing;
  }
  if (!(opens && comma) && !(inside && (comma || closing == end))) {
    return false;
  }
  const std::optional<Span> before =
      inside ? Content(first, as - 1, 3) : std::nullopt;
  const std::optional<Span> rest =
      comma ? Content(after + 1, ClauseEnd(after + 1, end), 3) : std::nullopt;
  if (inside ? !before.has_value() : !rest.has_value()) return false;
  if (!Add(AttributionKind::kIndirect, speaker, SpanOf(cue.begin, cue.end),
           before.has_value() ? *before : *rest, {0, 0}, out)) {
    return false;
  }
  cue.used = true;
  if (before.has_value() && rest.has_value()) {
    out->back().content_spans.push_back(*rest);
    out->back().content_span.end = rest->end;
  }
  return true;
}

void AttributionFinder::AddAccordingTo(const Sentence& sentence,
                                       std::vector<Attribution>* out) {
  for (size_t t = sentence.first_token; t + 2 < sentence.end_token; ++t) {
    if (in_quote_[t] || !IsWordToken(t, "according") ||
        !IsWordToken(t + 1, "to")) {
      continue;
    }
    const Phrase speaker{t + 2, SourceEnd(t + 2, sentence.end_token)};
    if (speaker.empty()) continue;
    const std::vector<Span> content =
        AccordingToContent(t, speaker.end, sentence);
    if (!content.empty() &&
        Add(AttributionKind::kAccordingTo, speaker, SpanOf(t, t + 2),
            content.front(), {0, 0}, out) &&
        content.size() > 1) {
      out->back().content_spans.push_back(content.back());
      out->back().content_span.end = content.back().end;
    }
  }
}

size_t AttributionFinder::SourceEnd(size_t first, size_t end) const {
  // A title quoted inside the source: "her \"clawback\" plan".
  constexpr size_t kMaxQuotedTitleTokens = 8;
  // "Axelrod's memoir", "a Washington Post-ABC News survey", "F.A.A.
  // records", "Lt. Chris Olivarez": a name's own marks go on with it.
  size_t t = first;
  bool relative = false;
  while (t < end) {
    if (in_quote_[t] && t > first && tokens_[t - 1].kind == TokenKind::kWord &&
        !in_quote_[t - 1]) {
      size_t close = t;
      while (close < end && close < t + kMaxQuotedTitleTokens &&
             in_quote_[close]) {
        ++close;
      }
      if (close < end && !in_quote_[close] &&
          tokens_[close].kind == TokenKind::kWord &&
          !IsCapitalizedWord(close)) {
        t = close;
        continue;
      }
    }
    // "The death toll according to the ministry is at least 528": a verb
    // ends the source, unless a relative clause holds it ("officials who
    // were not authorized to speak").
    if (IsOneOf(WordAt(t), {"who", "that", "which", "whose"})) relative = true;
    if (!relative && IsWordIn(TensedVerbs(), t)) break;
    if (IsPunctuation(t) && !JoinsWords(t) &&
        !(!tokens_[t].space_before && t > first &&
          (IsApostrophe(t) ||
           (IsSymbol(t, ".") &&
            ((Text(t - 1).size() == 1 && IsCapitalizedWord(t - 1)) ||
             (IsAbbreviation(Text(t - 1)) && IsCapitalizedWord(t + 1))))))) {
      break;
    }
    ++t;
  }
  return t;
}

bool AttributionFinder::OpensSubordinateClause(size_t first) const {
  return IsOneOf(WordAt(first),
                 {"while", "although", "though", "because", "when", "if",
                  "after", "before", "since", "unless", "whereas", "as"});
}

bool AttributionFinder::LinksTheClauseAfter(size_t k) const {
  return IsOneOf(WordAt(k), {"after", "before", "because", "that", "when",
                             "while", "since", "although", "though", "if",
                             "unless", "until", "as"});
}

std::vector<Span> AttributionFinder::AccordingToContent(
    size_t t, size_t source_end, const Sentence& sentence) const {
  // "According to the report, …", "But according to the report, …",
  // "(According to the police, …)".
  size_t opening = sentence.first_token;
  if (IsSymbol(opening, "(")) ++opening;
  if (IsOpeningConjunction(opening)) ++opening;
  const bool comma_after = IsSymbol(source_end, ",");
  if (t <= opening && comma_after) {
    return SpansOf(Content(source_end + 1, sentence.end_token, 3));
  }
  if (t <= sentence.first_token) return {};
  const size_t first = AfterDateline(sentence);
  if (IsSymbol(t - 1, ",")) {
    // "The plan, according to the report, would cost …", "At the heart of
    // the trouble, according to Ross, was a decision …": after a phrase
    // with no verb, the aside interrupts one clause, both of whose parts it
    // attributes. A link before it opens the clause after ("after,
    // according to him, the network censured …"), as a subordinate clause
    // ("While most were confidential, according to an official, two were
    // secret") and a connective do ("In addition, according to …"). After
    // a clause with its verb, that clause is what the source says ("…,
    // according to the Tax Foundation, more than twice …").
    bool comma_before = false;
    for (size_t k = first; k + 1 < t; ++k) {
      comma_before = comma_before || IsSymbol(k, ",");
    }
    const bool opens_the_clause_after =
        (t >= first + 2 && LinksTheClauseAfter(t - 2)) ||
        (!comma_before && OpensSubordinateClause(first)) ||
        OnlyConnects(first, t - 1);
    if (comma_after && opens_the_clause_after) {
      return SpansOf(Content(source_end + 1, sentence.end_token, 3));
    }
    bool verb_before = false;
    for (size_t k = first; k + 1 < t && !verb_before; ++k) {
      verb_before = IsVerbLike(k);
    }
    const std::optional<Span> before = Content(first, t - 1, 1);
    if (comma_after && !verb_before && before.has_value()) {
      const size_t rest_first =
          AfterTheSourcesApposition(source_end, sentence.end_token);
      if (const std::optional<Span> rest =
              Content(rest_first, sentence.end_token, 2)) {
        return {*before, *rest};
      }
    }
    return SpansOf(Content(first, t - 1, 3));
  }
  // "…, according to Reuters.", "… 46 percent to 39 percent according to
  // a CBS poll released Monday.": the source ends the sentence, or the
  // clause before a contrasting one ("…, but Sanders vowed …").
  size_t tail = source_end;
  while (tail < sentence.end_token && IsPunctuation(tail) &&
         !IsSymbol(tail, ",")) {
    ++tail;
  }
  if (tail == sentence.end_token || IsSymbol(tail - 1, ";") ||
      (IsSymbol(tail, ",") &&
       IsOneOf(WordAt(tail + 1),
               {"but", "while", "though", "although", "yet", "whereas"}))) {
    return SpansOf(Content(first, t, 3));
  }
  return {};
}

bool AttributionFinder::OnlyConnects(size_t first, size_t end) const {
  if (end == first + 1) {
    return IsOneOf(WordAt(first),
                   {"but", "and", "however", "meanwhile", "moreover",
                    "furthermore", "still", "yet", "so", "also", "instead"});
  }
  return end == first + 2 && IsWordToken(first, "in") &&
         IsOneOf(WordAt(first + 1), {"addition", "fact", "contrast"});
}

size_t AttributionFinder::AfterTheSourcesApposition(size_t comma,
                                                    size_t end) const {
  for (size_t k = comma + 1; k < end && k <= comma + kMaxSpeakerTokens; ++k) {
    if (!IsSymbol(k, ",")) continue;
    return IsApposition(comma + 1, k) && k + 1 < end && IsVerbLike(k + 1)
               ? k + 1
               : comma + 1;
  }
  return comma + 1;
}

}  // namespace factcheck::extract::attribution_internal
