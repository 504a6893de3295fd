// Reported speech: a cue in a sentence's own words, its speaker before or
// after it, and what was said ("The minister said 30 people died", "…,
// Xinhua quoted the mayor as saying"); AttributionFinder's pass over one
// sentence outside quotation marks.
#include <algorithm>
#include <optional>

#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"

namespace factcheck::extract::attribution_internal {

void AttributionFinder::AddReportedSpeech(const Sentence& sentence,
                                          std::vector<Attribution>* out) {
  // Where what `speaker` said begins after "as saying", within an
  // apposition's reach ("quoted the mayor of Toa Baja, a town in Puerto
  // Rico, as saying …"); 0 when no "as saying" follows.
  const auto as_saying_after = [this](const Phrase& speaker, size_t end) {
    for (size_t t = speaker.end; !speaker.empty() && t + 2 < end &&
                                 t <= speaker.end + kMaxAppositionTokens;
         ++t) {
      if (in_quote_[t] || CueAt(t) != nullptr) return size_t{0};
      if (IsWordToken(t, "as") && IsWordToken(t + 1, "saying")) return t + 2;
    }
    return size_t{0};
  };
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (in_quote_[t]) continue;
    CueMatch* cue = CueAt(t);
    if (cue == nullptr || cue->used) continue;
    size_t end = sentence.end_token;
    // "…, Xinhua news agency quoted a White House readout of the call."
    if (cue->entry->quote) {
      const Phrase conduit = PhraseBefore(cue->begin, sentence.first_token);
      const Phrase speaker = PhraseAfter(cue->end, end);
      // "Xinhua quoted the mayor of Toa Baja, a town in Puerto Rico, as
      // saying eight people drowned": what was said follows "as saying"
      // (unless it ends the sentence: "…, Reuters quoted a doctor as
      // saying.").
      const size_t said = as_saying_after(speaker, end);
      if (std::optional<Span> content =
              said == 0 ? std::nullopt
                        : Content(IsWordToken(said, "that") ? said + 1 : said,
                                  end, 3);
          content && CanSpeak(conduit) && CanSpeak(speaker)) {
        cue->used = Add(AttributionKind::kIndirect, speaker,
                        SpanOf(cue->begin, said), *content, conduit, out);
        continue;
      }
      if (!CanSpeak(speaker) || conduit.first == sentence.first_token ||
          !IsSymbol(conduit.first - 1, ",")) {
        continue;
      }
      size_t first = AfterDateline(sentence);
      // "…, in which he condemned …": the reported words follow "in which".
      for (size_t k = first; k + 1 < conduit.first; ++k) {
        if ((IsWordToken(k, "in") || IsWordToken(k, "during")) &&
            IsWordToken(k + 1, "which")) {
          first = k + 2;
        }
      }
      if (std::optional<Span> content = Content(first, conduit.first - 1, 3)) {
        cue->used = Add(AttributionKind::kIndirect, speaker,
                        SpanOf(cue->begin, cue->end), *content, conduit, out);
      }
      continue;
    }
    // "As reported by Western Journalism, …": a passive aside names its
    // speaker after "by".
    if (cue->begin > sentence.first_token &&
        IsWordToken(cue->begin - 1, "as") && IsWordToken(cue->end, "by")) {
      const Phrase speaker = PhraseAfter(cue->end + 1, end);
      if (CanSpeak(speaker) &&
          ReportAfterAs(*cue, speaker, cue->begin - 1, speaker.surface_finish(),
                        sentence, out)) {
        continue;
      }
    }
    // CLAUSE, CUE SPEAKER: "Candidates have more room to walk away, said
    // Steve Grubbs, an Iowa operative." The speaker, with any apposition,
    // ends the sentence.
    if (MayInvert(*cue) && cue->begin > sentence.first_token + 4 &&
        !in_quote_[cue->begin - 2] &&
        (!CanSpeak(SpeakerBefore(cue->begin, sentence.first_token)) ||
         NamesSpeakerAfter(*cue, end))) {
      const Phrase speaker = SpeakerAfter(cue->end, end);
      size_t speaker_end = speaker.described_end != 0
                               ? speaker.described_end
                               : speaker.surface_finish();
      while (speaker_end < end && IsPunctuation(speaker_end)) ++speaker_end;
      bool named =
          CanSpeak(speaker) && speaker_end == end && !IsTimeWord(speaker.first);
      // "…, said Mexico must rebut the claims" goes on with a clause.
      for (size_t t = speaker.first; named && t < speaker.end; ++t) {
        named = !IsVerbWord(t);
      }
      if (named &&
          // A name, a group or a description; "…, said he" is no inversion.
          (IsCapitalizedWord(speaker.first) ||
           !IsPronoun(WordAt(speaker.first))) &&
          !IsOneOf(WordAt(speaker.first),
                   {"his", "her", "its", "their", "our", "my", "your"}) &&
          (speaker.described_end == 0 || IsApposition(speaker.end + 1, end))) {
        if (std::optional<Span> content =
                Content(AfterDateline(sentence), cue->begin - 1, 4)) {
          cue->used = Add(AttributionKind::kIndirect, speaker,
                          SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
        }
        continue;
      }
    }
    // "the 30 percent of voters who said Wall Street helps", "the European
    // Union, which has argued that …": the relative pronoun stands for the
    // group named before it.
    size_t who = cue->begin;
    // "who on Friday said", "who has in the past described": when it was
    // said stands between them too.
    while (who > sentence.first_token + 2 &&
           (IsAuxiliary(WordAt(who - 1)) || IsTimeWord(who - 1) ||
            (IsWordToken(who - 1, "the") && IsTimeWord(who - 2)))) {
      --who;
    }
    if (who > sentence.first_token + 1 &&
        (IsWordToken(who - 1, "who") || IsWordToken(who - 1, "which"))) {
      --who;
      // "said Weaver, who said executives fail to understand …": a comma
      // stands between the person and the relative pronoun.
      const size_t named_end =
          IsSymbol(who - 1, ",") && who - 1 > sentence.first_token ? who - 1
                                                                   : who;
      Phrase group = PhraseBefore(named_end, sentence.first_token);
      group.pronoun = who;
      // "Berg, who said the toll was too high, voted against it": set off
      // after the sentence's subject, the relative clause ends at its comma,
      // as the main verb is still to come.
      if (named_end != who && StartsSentenceClause(group.first, sentence)) {
        end = SubordinateClauseEnd(cue->end, end);
      }
      std::optional<Span> content;
      const size_t clause = ClauseStart(*cue, end);
      // "who noted that the price had fallen": "that" opens a clause too.
      if (CanSpeak(group) && !cue->entry->strict && !cue->entry->directive &&
          (OpensClause(clause) || IsWordToken(clause, "that"))) {
        content = Content(clause, ClauseEnd(clause, end), 3);
      } else if (CanSpeak(group) && ReportsInfinitive(*cue, end)) {
        content = Content(cue->end, ClauseEnd(cue->end, end), 2);
      }
      if (content) {
        cue->used = Add(AttributionKind::kIndirect, group,
                        SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
      }
      continue;
    }
    Phrase speaker = SpeakerBefore(cue->begin, sentence.first_token);
    // "a sentence, which I said was unfair": the relative clause with its
    // speaker and cue is what was said. An object or a charge there is the
    // relative clause's own ("the plan, which he criticized,", "in which
    // he condemned the attacks"): no claim.
    if (CanSpeak(speaker) && speaker.first > sentence.first_token &&
        (IsWordToken(speaker.first - 1, "which") ||
         IsWordToken(speaker.first - 1, "what")) &&
        // "an electorate in which 67 percent say the toll is unfair":
        // the clause after the cue is what they say.
        !(AfterPrepositionAndRelative(speaker.first) && !cue->entry->object &&
          !cue->entry->charge) &&
        cue->end < end && tokens_[cue->end].kind == TokenKind::kWord &&
        !cue->entry->strict && !cue->entry->directive) {
      if (std::optional<Span> content =
              cue->entry->object || cue->entry->charge
                  ? std::nullopt
                  : Content(speaker.first - 1, ClauseEnd(cue->end, end), 4)) {
        cue->used = Add(AttributionKind::kIndirect, speaker,
                        SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
      }
      continue;
    }
    // "Some delegates at the convention in Philadelphia said …": the whole
    // subject, when the phrase by the cue is only its last part.
    if (!CanSpeak(speaker) || !StartsClause(speaker.first, sentence)) {
      if (const Phrase subject =
              SubjectBefore(cue->begin, sentence.first_token);
          !subject.empty()) {
        speaker = subject;
      }
    }
    if (!CanSpeak(speaker)) continue;
    if (ReportAfterAs(*cue, speaker, speaker.first - 1, cue->end, sentence,
                      out)) {
      continue;
    }
    // "Many of the closures, he said, have involved public courses": the
    // cue stands inside the clause it reports, after its subject alone
    // ("That, they say, will be easier"; "This, I predict, will fail").
    // The clause goes on with its verb after the cue's comma ("…, he
    // said, replacing her would be …"); "…, experts say, including …"
    // reports the clause before.
    if (speaker.first > sentence.first_token + 1 &&
        IsSymbol(speaker.first - 1, ",") && IsSymbol(cue->end, ",") &&
        speaker.end - speaker.first <= 4 && WordsBetween(cue->end + 1, end) &&
        !IsWordToken(cue->end + 1, "including") &&
        // "…, he said, on condition of anonymity": how it was said.
        !((absl::EndsWith(WordAt(cue->end + 1), "ing") ||
           IsOneOf(WordAt(cue->end + 1),
                   {"on", "in", "at", "during", "after", "before", "via"})) &&
          !TensedVerbBefore(cue->end + 2, end))) {
      std::optional<Span> before =
          Content(AfterDateline(sentence), speaker.first - 1, 1);
      std::optional<Span> after =
          Content(cue->end + 1, ClauseEnd(cue->end + 1, end), 2);
      if (before && after &&
          Add(AttributionKind::kIndirect, speaker, SpanOf(cue->begin, cue->end),
              *before, {0, 0}, out)) {
        cue->used = true;
        out->back().content_spans.push_back(*after);
        out->back().content_span.end = after->end;
        continue;
      }
    }
    // SPEAKER CUE (…) that CLAUSE. "When she said the plan had failed, the
    // crowd cheered", "an ad on which Trump pledged to spend $2 million, some
    // doubted": a subordinate or relative reporting clause ends at its
    // comma.
    if (AfterSubordinator(speaker.first, sentence) ||
        AfterPrepositionAndRelative(speaker.first)) {
      end = SubordinateClauseEnd(cue->end, end);
    }
    const size_t clause = ClauseStart(*cue, end);
    std::optional<Span> content;
    if (clause != cue->end || IsWordToken(clause, "that")) {
      content = Content(clause, ClauseEnd(clause, end), 3);
    } else if (IsAddressedCue(*cue)) {
      // "told reporters the talks had failed": the clause after whom it was
      // told to; "a spokesman told The Wall Street Journal" reports nothing.
      const size_t after = AudienceEnd(cue->end, end);
      if (after > cue->end && OpensClause(after)) {
        content = Content(after, ClauseEnd(after, end), 3);
      } else {
        // "…, the president told her."
        content = ClauseBeforeSpeaker(*cue, speaker, sentence, end);
      }
    } else if (cue->entry->charge) {
      // "accused Lewandowski of grabbing her": a charge against its object.
      // A coordinated "and blamed" is the sentence subject's only when no
      // clause of another subject opens before it: in "Christie called her
      // a disgrace after she attacked officers and blamed …" it is hers.
      if (ReportsCharge(cue->end, end) &&
          !CoordinatedInClause(*cue, sentence.first_token)) {
        content = Content(cue->end, ClauseEnd(cue->end, end), 3);
      }
    } else if (cue->entry->object) {
      // "the NAACP called for a moratorium": what was asked for, when the
      // cue's subject is the clause's own; "the laws proposed during his
      // term" is a participle with no object.
      if (cue->end < end && tokens_[cue->end].kind == TokenKind::kWord &&
          !IsWordIn(PhraseEnders(), cue->end) &&
          !IsOneOf(WordAt(cue->end),
                   {"during", "under", "until", "amid", "without", "across",
                    "through", "against", "toward", "towards"}) &&
          !CoordinatedInClause(*cue, sentence.first_token)) {
        content = Content(cue->end, ClauseEnd(cue->end, end), 3);
      }
    } else if (ShowsEvidence(*cue, speaker) && cue->end < end &&
               tokens_[cue->end].kind == TokenKind::kWord &&
               !IsWordIn(PhraseEnders(), cue->end)) {
      // "Polls show a close contest in the state", "one study found Trump
      // would raise taxes on 8 million Americans": what a poll, a study or
      // a video shows is its object, "that" or not.
      content = Content(cue->end, ClauseEnd(cue->end, end), 3);
    } else if (cue->entry->directive) {
      // "urged Congress to leave the program intact", "asked whether he
      // would run"; "asked Sanders how he was feeling": the question is
      // what was asked, without whom.
      if (const size_t question = QuestionAfterObject(cue->end, end);
          question != cue->end) {
        content = Content(question, ClauseEnd(question, end), 3);
      } else if (ReportsRequest(cue->end, end)) {
        content = Content(cue->end, ClauseEnd(cue->end, end), 3);
      }
    } else if (ReportsInfinitive(*cue, end) &&
               (StartsClause(speaker.first, sentence) ||
                IsParticipleAfterWith(*cue, speaker)) &&
               !CoordinatedInClause(*cue, sentence.first_token)) {
      // "Trump vowed to release his returns", "the campaign declined to
      // comment": the infinitive is what was promised or refused.
      content = Content(cue->end, ClauseEnd(cue->end, end), 2);
    } else if ((!cue->entry->strict || OpensTensedClause(cue->end, end)) &&
               (!cue->entry->weak || OpensClause(cue->end) ||
                TensedVerbBefore(
                    cue->end + 1,
                    std::min(end, cue->end + kMaxWordsBeforeThat))) &&
               (StartsClause(speaker.first, sentence) ||
                IsParticipleAfterWith(*cue, speaker)) &&
               (StartsSentenceClause(speaker.first, sentence) ||
                ReportsClause(cue->end, end)) &&
               cue->end < end && tokens_[cue->end].kind != TokenKind::kSymbol &&
               !NamesSpeakerAfter(*cue, end) &&
               (!EndsPhrase(WordAt(cue->end)) || OpensExistential(cue->end) ||
                OpensApproximateCount(cue->end) ||
                OpensConditionedClause(cue->end, end) ||
                (cue->entry->weak &&
                 IsOneOf(WordAt(cue->end), {"this", "these", "those"}))) &&
               (content = Content(cue->end, ClauseEnd(cue->end, end), 3))) {
      // SPEAKER CUE CLAUSE: "Officials said the talks had failed.", "In a
      // statement, the ministry said the crossing would stay closed.", "I
      // think it is over.", "Economists believe this raises costs" (after
      // "said", "this" is what was said).
    } else {
      content = ClauseBeforeSpeaker(*cue, speaker, sentence, end);
    }
    if (content) {
      cue->used = Add(AttributionKind::kIndirect, speaker,
                      SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
    }
  }
}

}  // namespace factcheck::extract::attribution_internal
