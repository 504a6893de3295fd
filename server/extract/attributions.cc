#include "server/extract/attributions.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/data_rows.h"
#include "server/extract/headlines.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"

namespace factcheck::extract {

extern const char kCuesTsv[];

namespace attribution_internal {

struct CueLexicon {
  PhraseTable phrases;
  std::vector<CueEntry> entries;
  // The entry of "was quoted as saying", for the same cue with its agent
  // between ("was quoted by Reuters as saying").
  const CueEntry* quoted_as_saying = nullptr;
};

const CueLexicon& Cues() {
  static const CueLexicon* const kCues = [] {
    auto* cues = new CueLexicon();
    size_t quoted_as_saying = SIZE_MAX;
    for (const std::vector<absl::string_view>& fields : DataRows(kCuesTsv, 1)) {
      CueEntry entry;
      for (absl::string_view flag :
           absl::StrSplit(fields.size() > 1 ? fields[1] : "", ',')) {
        entry.quote = entry.quote || flag == "quote";
        entry.weak = entry.weak || flag == "weak";
        entry.strict = entry.strict || flag == "strict";
        entry.directive = entry.directive || flag == "directive";
        entry.charge = entry.charge || flag == "charge";
        entry.object = entry.object || flag == "object";
        entry.evidence = entry.evidence || flag == "evidence";
        entry.intent = entry.intent || flag == "intent";
      }
      cues->entries.push_back(entry);
      cues->phrases.Add(fields[0],
                        static_cast<uint32_t>(cues->entries.size() - 1));
      if (fields[0] == "was quoted as saying") {
        quoted_as_saying = cues->entries.size() - 1;
      }
    }
    if (quoted_as_saying != SIZE_MAX) {
      cues->quoted_as_saying = &cues->entries[quoted_as_saying];
    }
    return cues;
  }();
  return *kCues;
}

size_t AttributionFinder::QuotedByAnAgentAsSayingEnd(size_t t) const {
  // The agent is a short name: a few words, an apostrophe's "s" among them.
  constexpr size_t kMaxAgentTokens = 8;
  if (!(IsWordToken(t, "was") || IsWordToken(t, "were")) ||
      !IsWordToken(t + 1, "quoted") || !IsWordToken(t + 2, "by")) {
    return t;
  }
  for (size_t k = t + 3; Valid(k + 1) && k < t + 3 + kMaxAgentTokens; ++k) {
    if (IsWordToken(k, "as") && IsWordToken(k + 1, "saying")) {
      return k > t + 3 ? k + 2 : t;
    }
    if (tokens_[k].kind != TokenKind::kWord && !IsApostrophe(k)) {
      return t;
    }
  }
  return t;
}

const Sentence& AttributionFinder::SentenceOf(size_t token) const {
  auto it = std::upper_bound(
      sentences_.begin(), sentences_.end(), token,
      [](size_t t, const Sentence& s) { return t < s.first_token; });
  return *(it - 1);
}

size_t AttributionFinder::TokenAt(uint32_t offset) const {
  // The token before the first that begins after `offset`.
  return FirstTokenFrom(tokens_, 0, tokens_.size(), offset + 1) - 1;
}

AttributionFinder::CueMatch* AttributionFinder::CueAt(size_t i) {
  return i < cue_at_.size() && cue_at_[i] != kNoCue ? &cues_[cue_at_[i]]
                                                    : nullptr;
}

std::optional<Span> AttributionFinder::Content(size_t first, size_t end,
                                               size_t min_words) const {
  // Contents of reported speech may overlap ("A said that B said that …"):
  // a bound per claim keeps one enormous sentence linear.
  end = std::min(end, first + kMaxContentTokens);
  // Drop closing punctuation and marks: "…civilians," and "…peace."; a
  // question or an exclamation keeps its mark: "…answering the phone?"
  while (end > first && tokens_[end - 1].kind == TokenKind::kSymbol &&
         !IsSymbol(end - 1, "?") && !IsSymbol(end - 1, "!")) {
    --end;
  }
  while (first < end && tokens_[first].kind == TokenKind::kSymbol) ++first;
  size_t words = 0;
  for (size_t t = first; t < end; ++t) {
    words += tokens_[t].kind != TokenKind::kSymbol;
  }
  if (words < min_words || end <= first) return std::nullopt;
  return SpanOf(first, end);
}

void AttributionFinder::NoteWhoWasAsked(Span cue, Span content) {
  constexpr size_t kMaxAskedNameTokens = 4;
  if (TextOf(text_, cue) != "asked" || content.begin <= cue.end) return;
  const size_t first = TokenAt(cue.end - 1) + 1;
  const size_t end = TokenAt(content.begin);
  if (first >= end || end - first > kMaxAskedNameTokens) return;
  for (size_t t = first; t < end; ++t) {
    if (!IsCapitalizedWord(t)) return;
  }
  entities_.Resolve(first, end, SentenceOf(first).first_token);
}

bool AttributionFinder::Add(AttributionKind kind, Phrase speaker, Span cue,
                            Span content, Phrase conduit,
                            std::vector<Attribution>* out) {
  if (out->size() >= kMaxClaimsPerKind) return false;
  // Quotations never overlap; reported contents may, so together they may
  // take no more bytes than the text: the output stays a known multiple of
  // the input.
  if (kind != AttributionKind::kDirect) {
    reported_bytes_ += content.end - content.begin;
    if (reported_bytes_ > text_.size()) return false;
  }
  if (speaker.empty() ||
      tokens_[speaker.end - 1].span.end - tokens_[speaker.first].span.begin >
          kMaxNameBytes) {
    return false;
  }
  std::optional<size_t> entity = entities_.Resolve(
      speaker.first, speaker.end, SentenceOf(speaker.first).first_token);
  const bool lone_pronoun =
      speaker.end == speaker.first + 1 && IsSubjectPronoun(speaker.first);
  // A pronoun names somebody even when the text does not say who: the
  // claim stays, with no speaker ("'…,' she said" about a woman never
  // named; an "I" in a column). Any other phrase that names nobody is no
  // speaker.
  if (!entity && !lone_pronoun) return false;
  // "RUIZ: We expect the bridge to reopen": a pronoun inside the words of
  // a speaker found before is that speaker's own, not a claim of its own.
  if (!entity) {
    const Span pronoun = tokens_[speaker.first].span;
    for (size_t k = out->size(); k > 0 && k + kRecentClaims > out->size();
         --k) {
      const Attribution& before = (*out)[k - 1];
      if (before.kind == AttributionKind::kDirect &&
          before.content_span.begin <= pronoun.begin &&
          pronoun.end <= before.content_span.end) {
        return false;
      }
    }
  }
  Attribution claim;
  claim.kind = kind;
  claim.speaker = entity;
  claim.speaker_span =
      speaker.pronoun != kNoToken
          ? tokens_[speaker.pronoun].span
          : SpanOf(speaker.surface_begin(), speaker.surface_finish());
  // "He's sought to …": the pronoun without its contraction names him.
  if (lone_pronoun) {
    claim.speaker_span.end =
        claim.speaker_span.begin +
        WithoutContraction(TextOf(text_, claim.speaker_span)).size();
  }
  claim.cue_span = cue;
  claim.content_span = content;
  claim.content_spans = {content};
  if (kind == AttributionKind::kDirect) claim.quoted_spans = {content};
  if (!conduit.empty()) {
    entities_.Resolve(conduit.first, conduit.end);
    claim.conduit_span = SpanOf(conduit.first, conduit.end);
  }
  out->push_back(claim);
  NoteWhoWasAsked(cue, content);
  return true;
}

bool AttributionFinder::MayInvert(const CueMatch& cue) const {
  return cue.begin > 0 && IsSymbol(cue.begin - 1, ",") && !cue.entry->weak &&
         !cue.entry->strict && !cue.entry->directive && !IsAddressedCue(cue) &&
         !IsParticiple(cue.begin);
}

bool AttributionFinder::NamesSpeakerAfter(const CueMatch& cue,
                                          size_t end) const {
  // Only a plain verb of saying inverts: "…, denounced Mr. Trump's
  // remarks", "…, calling Trump a buffoon", "…, called on Kurds to wait"
  // name no speaker after them.
  if (!MayInvert(cue) || !IsCapitalizedWord(cue.end) || cue.entry->object ||
      cue.entry->charge) {
    return false;
  }
  const Phrase after = SpeakerAfter(cue.end, end);
  if (after.empty()) return false;
  for (size_t t = after.first; t < after.end; ++t) {
    if (IsPossessive(Text(t))) return false;
  }
  const size_t words_end = std::max(after.end, after.surface_end);
  return words_end >= end || IsPunctuation(words_end);
}

std::optional<Span> AttributionFinder::ClauseBeforeSpeaker(
    const CueMatch& cue, const Phrase& speaker, const Sentence& sentence,
    size_t end) const {
  if (cue.entry->strict || cue.entry->directive) return std::nullopt;
  // "The difference now, he told me on Friday, is …": a verb after the
  // tail goes on with the clause the cue interrupts.
  const size_t tail = AdjunctTailEnd(cue.end, end);
  if (tail == kNoToken ||
      (IsSymbol(tail, ",") && IsWordIn(TensedVerbs(), tail + 1))) {
    return std::nullopt;
  }
  // "…; indeed, it failed, he said": the clause after the last semicolon
  // (looked for as far back as a content may run: a bounded cost a cue).
  size_t first = AfterDateline(sentence);
  for (size_t t = std::max(first, speaker.first > kMaxContentTokens
                                      ? speaker.first - kMaxContentTokens
                                      : 0);
       t < speaker.first; ++t) {
    if (IsSymbol(t, ";")) first = t + 1;
  }
  const size_t speaker_first = speaker.surface_begin();
  if (speaker_first <= first + 1 || !IsSymbol(speaker_first - 1, ",")) {
    return std::nullopt;
  }
  if (IsOpeningPhraseOnly(first, speaker_first - 1)) return std::nullopt;
  return Content(first, speaker_first - 1, 3);
}

Attributions AttributionFinder::Run() {
  for (const Quote& quote : quotes_) {
    for (size_t t = quote.open_token;
         t <= quote.close_token && t < tokens_.size(); ++t) {
      in_quote_[t] = true;
    }
  }
  const CueLexicon& lexicon = Cues();
  size_t sentence = 0;
  bool title_case = !sentences_.empty() && IsTitleCase(sentences_[0]);
  for (size_t t = 0; t < tokens_.size(); ++t) {
    while (sentences_[sentence].end_token <= t) {
      title_case = IsTitleCase(sentences_[++sentence]);
    }
    if (in_quote_[t] || tokens_[t].kind != TokenKind::kWord) continue;
    // "was quoted by Reuters as saying", "were quoted by the country's
    // national newspaper Kompas as saying": the agent between is the
    // conduit; the subject speaks.
    if (const size_t end = QuotedByAnAgentAsSayingEnd(t);
        end != t && lexicon.quoted_as_saying != nullptr) {
      cue_at_[t] = static_cast<uint32_t>(cues_.size());
      cues_.push_back({t, end, lexicon.quoted_as_saying});
      t = end - 1;
      continue;
    }
    // A capitalised cue word mid-sentence is a name: "the United States";
    // in a headline in title case it is a verb ("Lindsey Graham Says …").
    if (IsCapitalizedWord(t) && t != sentences_[sentence].first_token &&
        !title_case) {
      continue;
    }
    if (std::optional<PhraseTable::Match> match =
            lexicon.phrases.LongestAt(text_, tokens_, t)) {
      // After "to" a cue word is an infinitive ("too soon to say whether");
      // after an article, or before "tank", a noun ("sounded a call for
      // refugees", "a liberal think tank").
      if (t > 0 && (IsWordToken(t - 1, "to") || IsWordToken(t - 1, "a") ||
                    IsWordToken(t - 1, "an") || IsWordToken(t - 1, "the") ||
                    // "a self-described socialist": half of an adjective.
                    JoinsWords(t - 1))) {
        continue;
      }
      // A participle before a word in lower case, no pronoun, may be an
      // adjective.
      const bool participle_before_a_word =
          t > 0 && match->end == t + 1 && absl::EndsWith(WordAt(t), "ed") &&
          Valid(t + 1) && tokens_[t + 1].kind == TokenKind::kWord &&
          !IsCapitalizedWord(t + 1) && !IsPronoun(WordAt(t + 1));
      // "ahead of predicted bitter cold", "the number of confirmed cases":
      // after "of", before any such word but "that", it is one.
      if (participle_before_a_word && IsWordToken(t - 1, "of") &&
          !IsWordToken(t + 1, "that")) {
        continue;
      }
      // "42,638 reported deaths", "total confirmed cases": between a figure
      // or a word of counting and a plural noun, it is one (not "an ad in
      // 2008 questioned whether …").
      if (participle_before_a_word &&
          (IsOneOf(WordAt(t - 1),
                   {"total", "new", "newly", "more", "additional"}) ||
           tokens_[t - 1].kind == TokenKind::kDigits) &&
          absl::EndsWith(WordAt(t + 1), "s") &&
          !IsOneOf(WordAt(t + 1), {"was", "is", "has", "as", "this", "its",
                                   "his", "us", "whereas", "thus"})) {
        continue;
      }
      // "32% of Republican claims as false", "Russian reports of …": after
      // an adjective of party or nationality, a cue word that may be a
      // plural noun is one.
      if (t > 0 &&
          IsOneOf(WordAt(t), {"claims", "reports", "charges", "notes"}) &&
          (IsOneOf(WordAt(t - 1), {"republican", "democratic", "gop",
                                   "conservative", "liberal", "progressive"}) ||
           CountryOfAdjective(WordAt(t - 1)).has_value())) {
        continue;
      }
      // "campaign-finance reports shows", "the claims are false", "then
      // states doled it out": before a verb, a cue word that may be a
      // plural noun is its subject.
      if (IsWordToken(match->end, "tank") || IsWordToken(match->end, "tanks") ||
          (match->end == t + 1 && absl::EndsWith(WordAt(t), "s") &&
           (IsWordIn(TensedVerbs(), match->end) ||
            IsWordIn(IrregularPastVerbs(), match->end) ||
            (absl::EndsWith(WordAt(match->end), "ed") &&
             !IsCapitalizedWord(match->end)) ||
            lexicon.phrases.LongestAt(text_, tokens_, match->end)))) {
        continue;
      }
      // "the serial blasts that struck the country", "reports that emerged
      // on Friday": a cue word that is also a plural noun, before "that"
      // and a verb, is the noun a relative clause describes.
      if (match->end == t + 1 &&
          IsOneOf(WordAt(t), {"blasts", "claims", "reports", "charges", "notes",
                              "calls", "slams", "attacks", "comments", "tweets",
                              "posts", "states", "answers"}) &&
          IsWordToken(match->end, "that") && Valid(match->end + 1) &&
          !IsCapitalizedWord(match->end + 1) &&
          (IsWordIn(TensedVerbs(), match->end + 1) ||
           IsWordIn(IrregularPastVerbs(), match->end + 1) ||
           absl::EndsWith(WordAt(match->end + 1), "ed"))) {
        continue;
      }
      if (NamesAThing(t)) continue;
      // "The aides didn't say whether …", "I never said that": a denial
      // attributes nothing to its subject.
      if (IsNegatedVerb(t) || SharesADenial(t)) continue;
      // "he was accused by the press of lying": a passive reports nothing
      // of its subject ("As reported by the Herald, …" names its speaker).
      if (match->end == t + 1 && IsWordToken(match->end, "by") &&
          absl::EndsWith(WordAt(t), "ed") && !IsWordToken(t - 1, "as")) {
        continue;
      }
      // "Berg was told by aides that …", "Berg was asked whether …": a verb
      // of telling in the passive has for its subject whom the words were
      // addressed to, not who spoke them.
      if (IsTellingInThePassive(t)) continue;
      // "More than 700 people were confirmed dead": no one of them spoke.
      if (IsReportingInThePassive(t)) continue;
      // "The two taped an hourlong show": "show" is a noun but after a
      // piece of evidence ("polls show").
      if (lexicon.entries[match->id].evidence && !EvidenceBefore(t)) {
        continue;
      }
      cue_at_[t] = static_cast<uint32_t>(cues_.size());
      cues_.push_back({t, match->end, &lexicon.entries[match->id]});
      t = match->end - 1;
    }
  }

  std::vector<Attribution> claims;
  // A transcript gives one speaker two paragraphs or more: a dateline
  // ("KARACHI:") opens one. The speaker is known by the last word of the
  // label, named in full the first time ("KATE BOULDUAN:", then
  // "BOULDUAN:").
  bool transcript = false;
  absl::flat_hash_set<std::string> transcript_speakers;
  for (const Sentence& sentence : sentences_) {
    const Phrase speaker = TranscriptSpeakerAt(sentence.first_token);
    if (!speaker.empty() &&
        !transcript_speakers
             .insert(absl::AsciiStrToLower(Text(speaker.end - 1)))
             .second) {
      transcript = true;
      break;
    }
  }
  // In document order, so that "the readout" and "it" find what came
  // before; in each sentence quotations first, as their cues are theirs.
  size_t q = 0;
  // The end of the run q opens, found once: a run the sentences wait on
  // ("“a\n“b\n…", every paragraph reopening it) is not read again for
  // each of them.
  size_t run_of = SIZE_MAX;
  size_t run_end = 0;
  // One-segment quotations, for those no cue claims (AddFramedQuotations).
  std::vector<size_t> unattributed;
  for (const Sentence& sentence : sentences_) {
    // "KARACHI: …", "The Latest: …": a dateline or a rubric before the
    // colon is no speaker; the sentence after it may report one.
    const std::optional<Headline> headline =
        HeadlineOf(text_, tokens_, sentence);
    const bool headline_speaks =
        headline && headline->has_source() &&
        !IsRubric(headline->source_first, headline->source_end) &&
        !IsDateline(headline->source_first, headline->source_end);
    // "Pence: Flowers Won't Be at Debate" over a transcript is its headline.
    if (transcript && !headline_speaks) {
      AddTranscriptLine(sentence.first_token, &claims);
    }
    while (q < quotes_.size() &&
           std::min(quotes_[q].close_token, tokens_.size() - 1) <
               sentence.end_token) {
      // One run: segments [q, run_end), attributed by the last one's cue.
      if (run_of != q) {
        run_of = q;
        run_end = q + 1;
        while (run_end < quotes_.size() &&
               quotes_[run_end].run == quotes_[q].run) {
          ++run_end;
        }
      }
      if (std::min(quotes_[run_end - 1].close_token, tokens_.size() - 1) >=
          sentence.end_token) {
        break;  // the run closes in a later sentence
      }
      if (run_end == q + 1) unattributed.push_back(q);
      AddQuotation(q, run_end, &claims);
      q = run_end;
    }
    if (headline_speaks) {
      if (std::optional<Span> content =
              Content(headline->content_first, sentence.end_token, 2)) {
        // "Clinton to Planned Parenthood: …": whom it was said to is no
        // part of the speaker.
        Phrase source{headline->source_first, headline->source_end};
        for (size_t t = source.first + 1; t < source.end; ++t) {
          if (IsWordToken(t, "to")) {
            source.end = t;
            source.surface_end = headline->source_end;
            break;
          }
        }
        Add(AttributionKind::kHeadline, source,
            tokens_[headline->source_end].span, *content, {0, 0}, &claims);
      }
      continue;
    }
    AddReportedSpeech(sentence, &claims);
    AddAccordingTo(sentence, &claims);
  }
  AddFramedQuotations(unattributed, &claims);
  std::sort(claims.begin(), claims.end(),
            [](const Attribution& a, const Attribution& b) {
              return a.content_span.begin < b.content_span.begin;
            });
  return {std::move(claims), entities_.entities()};
}

}  // namespace attribution_internal

absl::string_view SpeakerName(const Attribution& claim,
                              const std::vector<Entity>& entities) {
  return claim.speaker ? absl::string_view(entities[*claim.speaker].name) : "";
}

absl::InlinedVector<Attribution, 1> QuotationClaims(
    const Attribution& attribution) {
  if (attribution.later_quotations.empty()) return {attribution};
  absl::InlinedVector<Attribution, 1> claims;
  const auto& pieces = attribution.content_spans;
  size_t first = 0;
  for (size_t q = 0; q <= attribution.later_quotations.size(); ++q) {
    const size_t end = q < attribution.later_quotations.size()
                           ? attribution.later_quotations[q]
                           : pieces.size();
    // Pieces in order, each quotation one or more (ExtendQuotation): a
    // claim built otherwise gives no empty quotation.
    if (end <= first || end > pieces.size()) continue;
    Attribution& claim = claims.emplace_back(attribution);
    claim.later_quotations.clear();
    if (q > 0) claim.kind = AttributionKind::kDirect;
    claim.content_spans.assign(pieces.begin() + first, pieces.begin() + end);
    claim.content_span = {pieces[first].begin, pieces[end - 1].end};
    claim.quoted_spans.clear();
    for (const Span& quoted : attribution.quoted_spans) {
      if (quoted.begin >= claim.content_span.begin &&
          quoted.end <= claim.content_span.end) {
        claim.quoted_spans.push_back(quoted);
      }
    }
    first = end;
  }
  return claims;
}

Attributions FindAttributions(absl::string_view text,
                              const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences,
                              const std::vector<Quote>& quotes) {
  return attribution_internal::AttributionFinder(text, tokens, sentences,
                                                 quotes)
      .Run();
}

}  // namespace factcheck::extract
