#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "server/extract/attribution_finder.h"

namespace factcheck::extract::attribution_internal {
namespace {

// Whether `quote` holds kMinStatementWords words or more of `tokens`.
bool IsStatement(const std::vector<Token>& tokens, const Quote& quote) {
  size_t words = 0;
  for (size_t t = quote.open_token + 1;
       t < quote.close_token && words < kMinStatementWords; ++t) {
    words += tokens[t].kind == TokenKind::kWord;
  }
  return words >= kMinStatementWords;
}

}  // namespace

void AttributionFinder::AddQuotation(size_t q, size_t run_end,
                                     std::vector<Attribution>* out) {
  const Quote& first = quotes_[q];
  const Quote& last = quotes_[run_end - 1];
  const bool one_segment = run_end == q + 1;
  const Sentence& sentence =
      SentenceOf(last.close_token < tokens_.size() ? last.close_token
                                                   : tokens_.size() - 1);
  std::optional<AttributionKind> kind;
  Phrase speaker{0, 0};
  // Who passed the words on: '"…," the Telegraph quoted Justine Greening'.
  Phrase conduit{0, 0};
  CueMatch* cue = nullptr;
  // After: "…," Biden told reporters / "…," said the readout. A quotation
  // attributed after it ends with its own punctuation ("…," "…?" "…!" "….")
  // or a comma after the mark: "is "effectively tied" with Rubio, he said"
  // quotes a phrase, and a show's title ("This Week," Carson said) is no
  // quotation.
  size_t k = last.close_token + 1;
  // "…, 'a special case,''' Mr. Putin said": the nested quotation's own
  // closing mark, glued to the outer one, opens no name.
  while (k < sentence.end_token && !tokens_[k].space_before &&
         IsApostrophe(k)) {
    ++k;
  }
  const size_t mark_first =
      IsSymbol(last.close_token, "'") && IsSymbol(last.close_token - 1, "'")
          ? last.close_token - 1
          : last.close_token;
  // Past a nested quotation's closing mark: "…'the term,' " he said.
  size_t before_mark = mark_first;
  while (before_mark > 0 && IsApostrophe(before_mark - 1)) {
    --before_mark;
  }
  const bool punctuated =
      IsSymbol(k, ",") ||
      (before_mark > 0 &&
       (IsSymbol(before_mark - 1, ",") || IsSymbol(before_mark - 1, "?") ||
        IsSymbol(before_mark - 1, "!") || IsSymbol(before_mark - 1, ".")));
  if (IsSymbol(k, ",")) ++k;
  // '“… for 50,000 children with malnutrition“Elder warned': a quotation
  // of a statement (kMinStatementWords or more) that opens its sentence is
  // signed by a name or a cue right after it, though its stop was lost
  // (not '“…” at the convention, he said', whose words go on).
  bool opens_a_statement = false;
  if (!punctuated && one_segment && k < sentence.end_token &&
      (IsCapitalizedWord(k) || CueAt(k) != nullptr) &&
      first.open_token == SentenceOf(first.open_token).first_token) {
    opens_a_statement = IsStatement(tokens_, first);
  }
  // "…?" Trump asked. "…!" she shouted: the mark inside the quotation ends
  // a sentence, but the cue after it is the quotation's.
  size_t cue_limit = sentence.end_token;
  if (last.closed && k == sentence.end_token && Valid(k) &&
      !tokens_[k].newline_before && before_mark > 0) {
    // After a full stop only a sentence of nothing but the speaker and the
    // cue is the quotation's: "…." Trump said. The mark stands before the
    // closing one, however many tokens that takes (''…?'').
    const size_t next_end = SentenceOf(k).end_token;
    if (IsSymbol(before_mark - 1, "?") || IsSymbol(before_mark - 1, "!") ||
        (IsSymbol(before_mark - 1, ".") &&
         next_end - k <= kMaxSpeakerTokens / 2 + 2)) {
      cue_limit = next_end;
    }
  }
  // 'said he would "protect our citizens," the crowd applauded': a cue
  // whose object is what it reports takes no quotation a report before it
  // holds ('"…," he mocks' it signs), and '"…," and Johnson talks about …'
  // a clause a conjunction opens is no signature.
  bool reported_before = false;
  for (size_t c = first.open_token;
       c > sentence.first_token && c + kMaxCueReach > first.open_token; --c) {
    reported_before =
        reported_before || (!in_quote_[c - 1] && CueAt(c - 1) != nullptr);
  }
  // '“…, has it not?” Sanders responded, “It has.”': a reply signs the
  // answer the quotation after it gives, not the question before it (a
  // reply that is itself a question, '“Why would I?” she replied.', has no
  // quotation after it).
  const bool asks = before_mark > 0 && IsSymbol(before_mark - 1, "?");
  const size_t next_open =
      run_end < quotes_.size() ? quotes_[run_end].open_token : tokens_.size();
  const auto answered = [&](const CueMatch& found) {
    return asks &&
           IsOneOf(WordAt(found.begin),
                   {"responded", "replied", "answered", "responds", "replies",
                    "answers", "countered", "retorted"}) &&
           run_end < quotes_.size() && next_open > found.end &&
           next_open <= found.end + kMaxSpeakerTokens + 2 &&
           SentenceOf(next_open).first_token <= found.begin;
  };
  const auto signs = [&](CueMatch* found) {
    return found != nullptr && !(found->entry->object && reported_before) &&
                   !answered(*found)
               ? found
               : nullptr;
  };
  // 'a sign that read "15%!" Her father, Brad, 39, worried that …': the
  // next sentence signs no quotation a report of its own sentence holds.
  const bool next_sentence = k >= sentence.end_token;
  if (last.closed && k < cue_limit && (punctuated || opens_a_statement) &&
      // A show's title is quoted inside a sentence ('on ABC's "This Week,"
      // Carson said'); a quotation opening its own is said ('"Like
      // Oakland," Trump said').
      (!IsTitle(last) ||
       (one_segment &&
        first.open_token == SentenceOf(first.open_token).first_token)) &&
      !IsWordIn(Subordinators(), k) && !(next_sentence && reported_before)) {
    if ((cue = signs(CueAt(k))) != nullptr) {
      // "…," referring to the party's convention: after a participle comes
      // what it is about, never who spoke.
      if (!IsParticiple(cue->begin)) {
        speaker = SpeakerAfter(cue->end, cue_limit);
      }
    } else {
      // The name may carry an apposition: "…," Ahmed Salah, 52, said.
      size_t name_end = 0;
      // A party and state in brackets ("Rep. Gwen Moore (D-Wis.)") make the
      // name no longer.
      size_t bracketed = 0;
      bool in_brackets = false;
      // Nor do the dots of initials ("U.N. Special Envoy for Syria Geir
      // Pedersen").
      size_t initial_dots = 0;
      for (size_t c = k;
           c < cue_limit && c < k + bracketed + initial_dots +
                                    kMaxSpeakerTokens + kMaxAppositionTokens;
           ++c) {
        if (IsSymbol(c, "(")) in_brackets = true;
        bracketed += in_brackets;
        if (IsSymbol(c, ")")) in_brackets = false;
        if (c > k && IsDotAfterACapital(c)) ++initial_dots;
        if (IsSymbol(c, ",")) {
          if (name_end == 0) name_end = c;
          continue;
        }
        // A name's own marks: "Harry M. Reid (D-Nev.)", "Commentary’s Noah
        // Rothman".
        if (IsPunctuation(c) && !IsSymbol(c, ".") && !IsSymbol(c, "-") &&
            !IsSymbol(c, "(") && !IsSymbol(c, ")") && !IsApostrophe(c)) {
          break;
        }
        if (CueAt(c) != nullptr) {
          if ((cue = signs(CueAt(c))) == nullptr) break;
          speaker = {k, name_end != 0 ? name_end : c};
          // '"…," the president will say', '"…," she would later write':
          // remarks prepared or made later, by the speaker before the
          // modal; '"…," a critic might say' only imagines them, and no
          // one said them.
          while (speaker.end > speaker.first) {
            const absl::string_view word = WordAt(speaker.end - 1);
            if (IsAuxiliaryAt(speaker.end - 1) || word == "will" ||
                word == "would") {
              --speaker.end;
            } else {
              if (word == "might" || word == "could" || word == "may" ||
                  word == "should" || word == "must" || word == "can") {
                speaker.end = speaker.first;
              }
              break;
            }
          }
          // "…," Tom Rath, a veteran party leader, said: the apposition is
          // part of how the text names him, with the comma that closes it.
          if (name_end != 0) speaker.surface_end = AppositionsEnd(name_end, c);
          // "…," the agency's director, Jerry Chandler, said: a description
          // names no one; the name after it is the speaker, and the
          // description is part of how the text names him (not a place:
          // "the mayor of Dayton, New Mexico,").
          if (name_end != 0 && !IsNameBetween(k, name_end)) {
            size_t named_end = name_end + 1;
            while (named_end < c && !IsSymbol(named_end, ",")) ++named_end;
            if (IsNameBetween(name_end + 1, named_end) &&
                !IsPlaceAfterComma(name_end + 1, named_end)) {
              const size_t surface_end = std::max(
                  speaker.surface_end, named_end < c ? named_end + 1 : c);
              speaker = {name_end + 1, named_end};
              speaker.surface_first = k;
              speaker.surface_end = surface_end;
            }
          }
          // '"…," the Telegraph quoted Justine Greening': a cue whose
          // object speaks names the speaker after it, and the name before
          // it passed the words on; with no one after it, no one said them.
          // In the passive the subject speaks: '"…," Braynard is quoted as
          // saying'.
          if (cue->entry->quote) {
            size_t be = 0;
            if (InThePassive(cue->begin, &be)) {
              speaker.end = std::min(speaker.end, be);
            } else {
              conduit = speaker;
              speaker = SpeakerAfter(cue->end, cue_limit);
              if (!CanSpeak(speaker)) cue = nullptr;
            }
          }
          break;
        }
        if (name_end == 0 &&
            c >= k + bracketed + initial_dots + kMaxSpeakerTokens) {
          break;
        }
        // '"…," Blige sings to Clinton before asking': a clause runs on
        // before this cue; no name does.
        if (name_end == 0 && !IsWordToken(c, "and") && !IsWordToken(c, "or") &&
            (IsWordIn(Subordinators(), c) || IsWordToken(c, "to"))) {
          break;
        }
      }
    }
    if (cue && CanSpeak(speaker)) kind = AttributionKind::kDirect;
  }
  // "The answers are "not meeting the demand," says Paul Rieckhoff": the
  // quotation finishes a sentence the writer began, and that sentence is
  // the claim.
  if (kind && one_segment) {
    const Sentence& opening = SentenceOf(first.open_token);
    size_t lead_words = 0;
    for (size_t t = opening.first_token; t < first.open_token; ++t) {
      lead_words += tokens_[t].kind == TokenKind::kWord;
    }
    if (IsWritersLeadIn(opening.first_token, first.open_token) &&
        lead_words >= 2) {
      if (std::optional<Span> content =
              Content(opening.first_token, last.close_token + 1, 1);
          content && Add(AttributionKind::kMixed, speaker,
                         SpanOf(cue->begin, cue->end), *content, {0, 0}, out)) {
        cue->used = true;
        AddQuotedFragments(q, run_end, out->size() - 1, out);
        last_direct_ =
            LastQuotation{cue, out->size() - 1, sentence.end_token, speaker};
      }
      return;
    }
  }
  // A pull quote signed after a dash: “…” ― Pamela Padilla.
  size_t dash = 0;
  if (!kind && last.closed) {
    if (const std::optional<Phrase> signer =
            DashSignature(last.close_token + 1, &dash)) {
      AddSignedQuotation(q, run_end, *signer, dash, out);
      return;
    }
  }
  // A transcript's label: Hal Harrell: “My heart was broken today.”
  if (!kind && first.open_token > 0 && IsSymbol(first.open_token - 1, ":")) {
    if (const std::optional<Phrase> label = ColonLabel(first.open_token - 1)) {
      AddSignedQuotation(q, run_end, *label, first.open_token - 1, out);
      return;
    }
  }
  // Before: Blinken said: "…" / "…," he said, "…".
  if (!kind && first.open_token > 0) {
    size_t j = first.open_token;
    // Words may stand between the cue and a colon or comma: Ruiz told the
    // BBC: "…"; the mayor said on Friday, "…".
    size_t reach = 3;
    if (IsSymbol(j - 1, ":") || IsSymbol(j - 1, ",")) {
      // "Peneha says he went into the mosque to try and help: "…"": a
      // colon opens the words of a cue its clause began with.
      reach = IsSymbol(j - 1, ":") ? kMaxWordsBeforeColon : kMaxWordsBeforeThat;
      --j;
    }
    // '"…," said Sherman, speaking of politicians, "and …"': the quotation
    // resumes after its speaker's apposition.
    if (one_segment && last_direct_ && IsSymbol(j, ",") &&
        last_direct_->speaker.described_end == j) {
      ExtendQuotation(last_direct_->claim, first.content,
                      /*later_sentence=*/false, out);
      return;
    }
    for (size_t c = j; c > 0 && c + reach > j; --c) {
      if (c < j && IsPunctuation(c)) break;
      CueMatch* before = CueAt(c - 1);
      if (before && (before->end == j || reach > 3)) {
        // "…," he said, "…": the second piece of a split quotation.
        if (before->used && one_segment && last_direct_ &&
            last_direct_->cue == before) {
          ExtendQuotation(last_direct_->claim, first.content,
                          /*later_sentence=*/false, out);
          return;
        }
        const Sentence& own = SentenceOf(before->begin);
        Phrase phrase = SpeakerBefore(before->begin, own.first_token);
        if ((phrase.empty() || !CanSpeak(phrase)) && before->end == j) {
          phrase = PhraseAfter(before->end, j);  // "said Blinken: "
        }
        if (CanSpeak(phrase)) {
          cue = before;
          speaker = phrase;
          // Blinken said "…" on Monday: words go on after the quotation, so
          // it is part of a reported clause.
          kind = WordsBetween(last.close_token + 1, sentence.end_token)
                     ? AttributionKind::kMixed
                     : AttributionKind::kDirect;
        }
        break;
      }
    }
  }
  // Inside reported speech: the top US diplomat stressed that "…".
  if (!kind) {
    const Sentence& own = SentenceOf(first.open_token);
    for (size_t c = first.open_token;
         c > own.first_token && c + kMaxCueReach > first.open_token; --c) {
      if (in_quote_[c - 1]) continue;
      CueMatch* before = CueAt(c - 1);
      if (before == nullptr) continue;
      if (before->used) {
        // A further quoted fragment of the same reported clause.
        if (last_mixed_ && last_mixed_->cue == before) {
          AddQuotedFragments(q, run_end, last_mixed_->claim, out);
          return;
        }
        continue;
      }
      // "… after she attacked officers and blamed shootings on “implicit
      // bias”": whose "and blamed" is not sure (CoordinatedInClause).
      if (CoordinatedInClause(*before, own.first_token)) break;
      Phrase phrase = SpeakerBefore(before->begin, own.first_token);
      if (CanSpeak(phrase)) {
        cue = before;
        speaker = phrase;
        kind = AttributionKind::kMixed;
        // "He says the commander believed … and that “It was the wrong
        // decision”": a belief reported inside a report; the words quoted
        // are the reporter's.
        if (before->entry->weak) {
          for (size_t b = phrase.first; b > own.first_token; --b) {
            CueMatch* outer = CueAt(b - 1);
            if (outer == nullptr) continue;
            if (outer->used || outer->entry->weak ||
                outer->end > phrase.first) {
              break;
            }
            const Phrase reporter =
                SpeakerBefore(outer->begin, own.first_token);
            if (CanSpeak(reporter)) {
              cue = outer;
              speaker = reporter;
            }
            break;
          }
        }
      }
      break;
    }
  }
  // '"People were celebrating" before the incident, she said', 'Russia
  // has suffered "significant losses of troops" in Ukraine, Peskov said':
  // the sentence holding the quotation is what its signature reports, and
  // a quotation opening the next sentence goes on in that voice.
  if (!kind && last.closed && first.open_token >= sentence.first_token &&
      OpensReportedClause(sentence.first_token, first.open_token)) {
    size_t clause_end = 0;
    size_t resumes = 0;
    if (CueMatch* signature = SignatureAtSentenceEnd(
            last.close_token + 1, sentence, &speaker, &clause_end, &resumes)) {
      if (std::optional<Span> content =
              Content(sentence.first_token, clause_end, 1);
          content && Add(AttributionKind::kMixed, speaker,
                         SpanOf(signature->begin, signature->end), *content,
                         {0, 0}, out)) {
        signature->used = true;
        AddQuotedFragments(q, run_end, out->size() - 1, out);
        if (resumes != 0) {
          if (std::optional<Span> rest =
                  Content(resumes, sentence.end_token, 1)) {
            Attribution& claim = out->back();
            claim.content_spans.push_back(*rest);
            claim.content_span.end = rest->end;
            for (size_t s = run_end; s < quotes_.size() &&
                                     quotes_[s].open_token < sentence.end_token;
                 ++s) {
              claim.quoted_spans.push_back(quotes_[s].content);
            }
          }
        }
        last_direct_ = LastQuotation{signature, out->size() - 1,
                                     sentence.end_token, speaker};
      }
      return;
    }
  }
  // A quotation that opens the sentence or paragraph right after an
  // attributed one, with no cue of its own, goes on in the same voice:
  // "…," Park said. "But …"
  // A section heading in quotation marks ('All Bets Are Off.') is none,
  // and a quotation a name or a pronoun signs after its comma with a verb
  // the cues do not know ('"I would say this," Trump answered') is no
  // longer the last speaker's.
  const bool signed_after =
      last.closed && k < cue_limit &&
      ((before_mark > 0 && IsSymbol(before_mark - 1, ",")) ||
       IsSymbol(k - 1, ",")) &&
      (IsCapitalizedWord(k) || IsSubjectPronoun(k));
  // '"…," Cruz told reporters in Fort Mill, S.C. "It seems …"': the stop
  // of an abbreviation ends the cue's sentence too, though no sentence
  // break is read there.
  const auto after_its_cues_abbreviation = [&] {
    const size_t open = first.open_token;
    if (open == 0 || !IsDotAfterACapital(open - 1) ||
        !tokens_[open].space_before || last_direct_->cue->end >= open ||
        open > last_direct_->cue->end + kMaxCueReach ||
        SentenceOf(last_direct_->cue->begin).first_token !=
            SentenceOf(open).first_token) {
      return false;
    }
    for (size_t t = last_direct_->cue->end; t < open; ++t) {
      if (in_quote_[t] || (CueAt(t) != nullptr && t > last_direct_->cue->end)) {
        return false;
      }
    }
    return true;
  };
  if (!kind && last_direct_ && !IsHeading(first) && !signed_after &&
      ((first.open_token == SentenceOf(first.open_token).first_token &&
        last_direct_->sentence_end == first.open_token) ||
       after_its_cues_abbreviation()) &&
      // Read for a sentence's first quotation, or for the few within a
      // cue's reach after its abbreviation: linear time.
      !SignedLaterInSentence(last.close_token + 1, sentence)) {
    if (one_segment) {
      ExtendQuotation(last_direct_->claim, first.content,
                      /*later_sentence=*/true, out);
      last_direct_->sentence_end = sentence.end_token;
      return;
    }
    kind = AttributionKind::kDirect;
    speaker = last_direct_->speaker;
    cue = last_direct_->cue;
  }
  if (!kind) return;
  cue->used = true;
  const Span cue_span = SpanOf(cue->begin, cue->end);
  if (kind == AttributionKind::kMixed) {
    // The content is the reported clause, from the cue (or its "that") to
    // the end of the sentence, with the quotation inside it.
    const size_t clause = ClauseStart(*cue, sentence.end_token);
    std::optional<Span> content = Content(
        clause,
        ClauseEnd(clause, std::max(sentence.end_token, last.close_token + 1)),
        1);
    // "told WDTN's \"Morning Report\" that …": a quoted name before the
    // reported clause leaves no quotation in it.
    if (last.close_token < clause) {
      if (content) {
        Add(AttributionKind::kIndirect, speaker, cue_span, *content, {0, 0},
            out);
      }
      return;
    }
    if (content && Add(*kind, speaker, cue_span, *content, {0, 0}, out)) {
      last_mixed_ = LastQuotation{cue, out->size() - 1, sentence.end_token};
      AddQuotedFragments(q, run_end, out->size() - 1, out);
    }
    return;
  }
  for (size_t s = q; s < run_end; ++s) {
    const Quote& segment = quotes_[s];
    if (std::optional<Span> content =
            Content(segment.open_token + 1, segment.close_token, 1)) {
      if (Add(*kind, speaker, cue_span, *content, conduit, out)) {
        // "…?" Trump said. "…": the cue's sentence may end after the
        // quotation's.
        last_direct_ = LastQuotation{
            cue, out->size() - 1,
            std::max(sentence.end_token, SentenceOf(cue->begin).end_token),
            speaker};
      }
    }
  }
}

void AttributionFinder::ExtendQuotation(size_t claim, Span piece,
                                        bool later_sentence,
                                        std::vector<Attribution>* out) const {
  Attribution& quotation = (*out)[claim];
  const std::optional<Span> content =
      Content(TokenAt(piece.begin), TokenAt(piece.end - 1) + 1, 1);
  if (!content) return;
  if (later_sentence) {
    quotation.later_quotations.push_back(quotation.content_spans.size());
  }
  quotation.content_spans.push_back(*content);
  quotation.quoted_spans.push_back(*content);
  quotation.content_span.end = content->end;
}

void AttributionFinder::AddQuotedFragments(size_t q, size_t run_end,
                                           size_t claim,
                                           std::vector<Attribution>* out) {
  Attribution& mixed = (*out)[claim];
  Span& content = mixed.content_span;
  for (size_t s = q; s < run_end; ++s) {
    const Quote& segment = quotes_[s];
    if (segment.close_token <= segment.open_token + 1) continue;
    Span fragment = segment.content;
    const Span open_mark = tokens_[segment.open_token].span;
    if (fragment.begin < content.begin || fragment.begin >= content.end) {
      continue;
    }
    // The clause keeps the marks around its quoted words: '… been "rigged
    // from the start."', not '… been "rigged from the start'.
    if (open_mark.end == content.begin) content.begin = open_mark.begin;
    if (segment.closed && fragment.end >= content.end) {
      content.end = tokens_[segment.close_token].span.end;
    }
    fragment.end = std::min(fragment.end, content.end);
    mixed.quoted_spans.push_back(fragment);
  }
  mixed.content_spans = {content};
}

bool AttributionFinder::IsWritersLeadIn(size_t first, size_t end) {
  for (size_t t = first; t < end; ++t) {
    if (in_quote_[t] || CueAt(t) != nullptr) return false;
  }
  return true;
}

bool AttributionFinder::OpensReportedClause(size_t first, size_t end) {
  if (first == end) return true;
  if (OpensAnAdverbial(first) || !IsWritersLeadIn(first, end)) return false;
  for (size_t t = first; t < end; ++t) {
    if (IsSymbol(t, ",")) return false;
  }
  return true;
}

void AttributionFinder::AddSignedQuotation(size_t q, size_t run_end,
                                           Phrase speaker, size_t cue,
                                           std::vector<Attribution>* out) {
  for (size_t s = q; s < run_end; ++s) {
    const Quote& segment = quotes_[s];
    if (std::optional<Span> content =
            Content(segment.open_token + 1, segment.close_token, 1)) {
      Add(AttributionKind::kDirect, speaker, SpanOf(cue, cue + 1), *content,
          {0, 0}, out);
    }
  }
  // The next quotation is no continuation: it is signed on its own.
  last_direct_.reset();
}

void AttributionFinder::AddFramedQuotations(
    const std::vector<size_t>& candidates, std::vector<Attribution>* out) {
  if (candidates.empty()) return;
  // The speaker of the claims whose cue is in each sentence: one speaker,
  // or none when no claim or two speakers' claims are.
  constexpr size_t kNone = SIZE_MAX;
  constexpr size_t kTwo = SIZE_MAX - 1;
  std::vector<size_t> speaker_of(sentences_.size(), kNone);
  std::vector<size_t> claim_of(sentences_.size(), kNone);
  const size_t made = out->size();
  for (size_t c = 0; c < made; ++c) {
    const Attribution& claim = (*out)[c];
    const size_t s =
        &SentenceOf(TokenAt(claim.cue_span.begin)) - sentences_.data();
    const size_t speaker = claim.speaker ? *claim.speaker : kTwo;
    if (speaker_of[s] == kNone) {
      speaker_of[s] = speaker;
      claim_of[s] = c;
    } else if (speaker_of[s] != speaker) {
      speaker_of[s] = kTwo;
    }
  }
  // What the claims already hold, by start, with the farthest end reached
  // so far: a quotation a cue claimed, or one that went on from the
  // quotation before, or one inside reported speech, is no candidate.
  std::vector<Span> held;
  for (size_t c = 0; c < made; ++c) {
    for (const Span& piece : (*out)[c].content_spans) held.push_back(piece);
  }
  std::sort(held.begin(), held.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<uint32_t> farthest(held.size());
  for (size_t h = 0; h < held.size(); ++h) {
    farthest[h] = std::max(held[h].end, h > 0 ? farthest[h - 1] : 0);
  }
  const auto is_held = [&](const Span& words) {
    const size_t starting_before =
        std::lower_bound(
            held.begin(), held.end(), words.end,
            [](const Span& piece, uint32_t end) { return piece.begin < end; }) -
        held.begin();
    return starting_before > 0 && farthest[starting_before - 1] > words.begin;
  };
  for (const size_t q : candidates) {
    const Quote& quote = quotes_[q];
    if (!quote.closed || quote.close_token + 1 >= tokens_.size()) continue;
    if (is_held(quote.content)) continue;
    const Sentence& first = SentenceOf(quote.open_token);
    const Sentence& last = SentenceOf(quote.close_token);
    // The quotation is its sentences whole: it opens the first, and only
    // its closing punctuation follows it in the last.
    if (first.first_token != quote.open_token ||
        last.end_token > quote.close_token + 2) {
      continue;
    }
    const size_t before = &first - sentences_.data();
    const size_t after = &last - sentences_.data() + 1;
    if (before == 0) continue;
    // Framed by one speaker's words in the sentences either side:
    // 'He said the priority is to rescue the living. "Our focus will be …"
    // He said the relief work will go on.' Or ending the paragraph whose
    // sentence before gave that speaker's words: 'He said the road was
    // badly damaged. "In this hour of grief, …"' and a new paragraph; or,
    // for a person's words, a statement that is a paragraph of its own
    // after the paragraph those words end: '…, Cundy said.' and then
    // '"Sadly I can confirm that the number … is now 17."' alone (not a
    // heading in quotation marks, "Related:", nor a crowd's "Nooooo!").
    const size_t speaker = speaker_of[before - 1];
    if (speaker == kNone || speaker == kTwo) continue;
    const bool ends_a_paragraph =
        after >= sentences_.size() ||
        tokens_[sentences_[after].first_token].newline_before;
    if (tokens_[quote.open_token].newline_before && ends_a_paragraph) {
      // The words go on in that voice, as the quotations of later sentences
      // a quotation's own signature holds: a claim each, of one attribution.
      if (entities_.entities()[speaker].type == EntityType::kPerson &&
          IsStatement(tokens_, quote)) {
        ExtendQuotation(claim_of[before - 1], quote.content,
                        /*later_sentence=*/true, out);
      }
      continue;
    }
    if (!ends_a_paragraph &&
        (after >= sentences_.size() || speaker_of[after] != speaker)) {
      continue;
    }
    const Span words = quote.content;
    if (out->size() >= kMaxClaimsPerKind) return;
    Attribution claim = (*out)[claim_of[before - 1]];
    claim.kind = AttributionKind::kDirect;
    claim.content_span = words;
    claim.content_spans = {words};
    claim.quoted_spans = {words};
    claim.conduit_span = {0, 0};
    out->push_back(std::move(claim));
  }
}

}  // namespace factcheck::extract::attribution_internal
