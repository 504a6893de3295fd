// AttributionFinder: where a reported clause begins and ends.
#include <algorithm>

#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"

namespace factcheck::extract::attribution_internal {

size_t AttributionFinder::ClauseStart(const CueMatch& cue, size_t end) const {
  // "called for female contestants to wear dresses that …": what an
  // object cue reports starts with its object.
  if (cue.entry->object) return cue.end;
  // "said, in a statement, that …", "says, win or lose, he's staying":
  // an aside between commas stands before the clause, and so it does after
  // the time the words were said ("said Sunday, as the damage became
  // clear, that …").
  // Not "continued, and four years later, Freddy was dead": no aside
  // opens with a conjunction, and a cue that needs "that" has it.
  size_t aside_comma = cue.end;
  while (aside_comma < end && IsTimeWord(aside_comma)) ++aside_comma;
  if (IsSymbol(aside_comma, ",") && !IsOpeningConjunction(aside_comma + 1)) {
    for (size_t k = aside_comma + 1;
         k < end && k <= aside_comma + kMaxOpeningPhraseTokens && !in_quote_[k];
         ++k) {
      // Not "said, adding that another 2,000 were …": an aside holds no
      // report, and a comma inside a number closes none.
      if (cue_at_[k] != kNoCue) break;
      if (!IsPunctuation(k) || IsNameMark(k)) continue;
      if (IsSymbol(k, ",") && k > aside_comma + 1 && Valid(k + 1) &&
          tokens_[k + 1].space_before &&
          (IsWordToken(k + 1, "that") ||
           (!cue.entry->strict &&
            (IsSubjectPronoun(k + 1) || OpensTensedClause(k + 1, end))))) {
        // "said, if elected, he would …": a condition is the clause's own,
        // not how it was said.
        if (!IsWordToken(k + 1, "that") &&
            IsOneOf(WordAt(aside_comma + 1),
                    {"if", "unless", "when", "once", "although", "though",
                     "because", "whether"})) {
          return aside_comma + 1;
        }
        return k + 1;
      }
      break;
    }
  }
  // "said on Saturday she had never seen …": the time the words were said
  // is no part of them.
  size_t after_time = cue.end;
  bool names_time = false;
  while (after_time < end && IsTimeWord(after_time)) {
    names_time = names_time || IsTimeHead(after_time);
    ++after_time;
  }
  if (names_time && OpensClause(after_time)) return after_time;
  // "says he's satisfied that …", "said they hope that …": a subject
  // pronoun has begun the clause; a later "that" is inside it.
  if (IsSubjectPronoun(cue.end)) return cue.end;
  // "said after the convention he would not accept …": so it does after
  // an adjunct of a few words.
  if (IsOneOf(WordAt(cue.end),
              {"after", "before", "during", "at", "in", "on", "since"})) {
    for (size_t t = cue.end + 1;
         t < end && t <= cue.end + kMaxWordsBeforeThat &&
         tokens_[t].kind == TokenKind::kWord && !IsVerbWord(t) &&
         cue_at_[t] == kNoCue;
         ++t) {
      if (IsSubjectPronoun(t) && t > cue.end + 1) return t;
    }
  }
  // "told reporters earlier that …": the clause follows the "that"; not in
  // "said the warning was indicative that …", whose clause has begun. An
  // adjunct ("said during a Friday evening rally in Michigan that …") or
  // the person told ("told MSNBC's \"Morning Joe\" that …") may be longer,
  // and hold a show's quoted name.
  // "said earlier on Friday during a news conference that …": the
  // adjunct may follow when it was said.
  static const WordSet* const kAdjunctOpeners =
      new WordSet({"during", "in", "at", "on", "after", "before", "to", "from",
                   "through", "via"});
  const bool adjunct_or_recipient =
      IsWordIn(*kAdjunctOpeners, cue.end) ||
      IsWordIn(*kAdjunctOpeners, after_time) ||
      IsOneOf(WordAt(cue.end - 1), {"told", "tells", "tell", "telling",
                                    "assured", "reminded", "informed"});
  const size_t that_window =
      adjunct_or_recipient
          ? after_time - cue.end + kMaxWordsBeforeThatAfterAdjunct
          : kMaxWordsBeforeThat;
  size_t that = cue.end;
  while (that < end && that < cue.end + that_window &&
         !IsWordToken(that, "that") &&
         // "told the 15-member council that …": a hyphen joins words.
         (!IsPunctuation(that) || JoinsWords(that) ||
          // "says at a campaign stop in Toledo, Ohio, that …".
          (adjunct_or_recipient &&
           IsOneOf(Text(that), {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", ","}))) &&
         !IsWordIn(TensedVerbs(), that) &&
         // "said Obama hopes that …": a report inside the clause.
         cue_at_[that] == kNoCue &&
         // "said when asked by a reporter if that remains …": another
         // clause has opened.
         !IsOneOf(WordAt(that), {"when", "if", "whether", "because"})) {
    ++that;
  }
  // The complementiser belongs to the reported clause, as annotated corpora
  // (PARC, PolNeAR) take it.
  if (IsWordToken(that, "that")) return that;
  // "told the forum he was …": without "that", a subject pronoun after
  // whom it was told (two words at most) opens the clause.
  if (IsOneOf(WordAt(cue.end - 1), {"told", "tells", "telling"})) {
    for (size_t t = cue.end + 1;
         t < end && t <= cue.end + 2 && tokens_[t - 1].kind == TokenKind::kWord;
         ++t) {
      if (IsSubjectPronoun(t)) return t;
    }
  }
  return cue.end;
}

size_t AttributionFinder::ClauseEnd(size_t first, size_t end) const {
  return WithoutMediumAtEnd(first, ReportedClauseEnd(first, end));
}

size_t AttributionFinder::ReportedClauseEnd(size_t first, size_t end) const {
  // No content takes more tokens (Content), so none need reading.
  end = std::min(end, first + kMaxContentTokens);
  for (size_t t = first; t + 1 < end; ++t) {
    if (in_quote_[t]) continue;
    // Most tokens are words that end nothing: one length test passes them.
    if (tokens_[t].kind == TokenKind::kWord) {
      // "He said A and said that B", "said A but later noted that B": the
      // speaker's second report.
      if (t > first && tokens_[t].span.end - tokens_[t].span.begin == 3 &&
          (IsWordToken(t, "and") || IsWordToken(t, "but"))) {
        size_t verb = t + 1;
        while (verb < end && verb < t + 3 && IsAuxiliary(WordAt(verb))) ++verb;
        if (ReportSoonAfter(verb, verb + 1)) return t;
      }
      // "said he would win when asked if …": how the words came to be
      // said ends them (not "leaving his car when asked to do so").
      if (t > first && IsOneOf(WordAt(t), {"when", "after", "if"}) &&
          IsOneOf(WordAt(t + 1), {"asked", "pressed", "questioned"}) &&
          (IsQuestionWord(t + 2) ||
           IsOneOf(WordAt(t + 2), {"about", "by", "on", "last", "later"}))) {
        return t;
      }
      continue;
    }
    if (IsSymbol(t, ";")) return t;
    // "… to the battle - noting that …": a participle after a dash is the
    // writer's, as after a comma.
    if (IsAsideDash(t) && absl::EndsWith(WordAt(t + 1), "ing") &&
        cue_at_[t + 1] != kNoCue) {
      return t;
    }
    if (!IsSymbol(t, ",") || tokens_[t + 1].kind != TokenKind::kWord) continue;
    // "said that, as the hours passed, …": an aside right after "that" is
    // inside the clause it opens, whatever word begins it.
    if (t == first + 1 && IsWordToken(first, "that")) continue;
    // "said A, tweeted that B": the speaker's second report, a cue that
    // reports a clause of its own (not "the plan, announced in May, …").
    if (cue_at_[t + 1] != kNoCue && !cues_[cue_at_[t + 1]].entry->weak &&
        !absl::EndsWith(WordAt(t + 1), "ing")) {
      const size_t after = cues_[cue_at_[t + 1]].end;
      if (IsWordToken(after, "that") || IsSubjectPronoun(after) ||
          OpensTensedClause(after, end)) {
        return t;
      }
    }
    // "said the ruling, which struck down the law, shows …": an aside on
    // the clause's subject, which goes on after it.
    if (const size_t resume = AfterSubjectAside(first, t, end); resume != t) {
      t = resume - 1;
      continue;
    }
    const absl::string_view next = WordAt(t + 1);
    // ", which makes him an outlier": a relative clause after a comma is
    // the writer's comment on the words reported, not part of them; so are
    // ", for whom he …" and ", even though …".
    if (IsOneOf(next, {"while", "but", "although", "though", "whereas", "yet",
                       "which", "however", "compared", "after"}) ||
        (IsOneOf(next, {"for", "to", "with", "of", "by"}) &&
         IsOneOf(WordAt(t + 2), {"whom", "which"})) ||
        (IsOneOf(next, {"even"}) &&
         IsOneOf(WordAt(t + 2), {"though", "as", "while"})) ||
        // ", a recommendation Lynch adopted", ", an admission that aides
        // trumpeted": a noun the writer puts to the whole clause (after a
        // name, one that describes the name).
        (IsOneOf(next, {"a", "an"}) && t >= first + 4 &&
         !IsCapitalizedWord(t - 1) && CommentOnTheClause(t + 2, end)) ||
        (IsOneOf(next, {"and"}) && ReportSoonAfter(t + 2, end)) ||
        // ", and he railed against …": a clause with a subject of its own.
        (IsOneOf(next, {"and"}) &&
         (IsPronoun(WordAt(t + 2)) || IsWordToken(t + 2, "the"))) ||
        (IsOneOf(next, {"as"}) && !IsWordToken(t + 2, "well")) ||
        // ", saying …" is a participle; ", during the talks" a
        // preposition inside the clause. A participle that reports nothing
        // itself, right before a quotation, is the speaker's words going
        // on.
        (absl::EndsWithIgnoreCase(next, "ing") && next.size() > 5 &&
         !IsOneOf(next, {"including", "during", "regarding", "concerning",
                         "notwithstanding", "pending", "barring"}) &&
         !IsCapitalizedWord(t + 1) &&
         !(cue_at_[t + 1] == kNoCue && QuotationOpensAt(t + 2, end)))) {
      return t;
    }
  }
  return end;
}

bool AttributionFinder::QuotationOpensAt(size_t t, size_t end) const {
  return t < end && in_quote_[t] && !in_quote_[t - 1];
}

bool AttributionFinder::CommentOnTheClause(size_t noun, size_t end) const {
  // One or two lower-case words, then a relative clause or its subject.
  for (size_t t = noun; t < end && t < noun + 3; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) return false;
    if (t > noun && (IsOneOf(WordAt(t), {"that", "which", "who"}) ||
                     (t == noun + 1 && IsCapitalizedWord(t)))) {
      return true;
    }
    if (IsCapitalizedWord(t) || IsWordIn(PhraseEnders(), t)) return false;
  }
  return false;
}

size_t AttributionFinder::AfterSubjectAside(size_t first, size_t comma,
                                            size_t end) const {
  constexpr size_t kMaxSubjectWords = 4;
  if (comma == first || comma > first + kMaxSubjectWords) return comma;
  for (size_t t = first; t < comma; ++t) {
    if (tokens_[t].kind == TokenKind::kSymbol || IsVerbWord(t) ||
        IsWordIn(PhraseEnders(), t)) {
      return comma;
    }
  }
  const absl::string_view opening = WordAt(comma + 1);
  if (!IsOneOf(opening, {"who", "which", "whose"}) &&
      !(absl::EndsWith(opening, "ing") && opening.size() > 5)) {
    return comma;
  }
  for (size_t t = comma + 2;
       t + 1 < end && t <= comma + kMaxParentheticalTokens; ++t) {
    if (in_quote_[t] || (IsPunctuation(t) && !IsSymbol(t, ",") &&
                         !IsSymbol(t, ".") && !IsSymbol(t, "-"))) {
      return comma;
    }
    if (!IsSymbol(t, ",")) continue;
    // The subject's verb follows: "…, illustrates", "…, surpassed".
    const bool verb =
        tokens_[t + 1].kind == TokenKind::kWord && !IsCapitalizedWord(t + 1) &&
        !IsWordIn(PhraseEnders(), t + 1) && !IsWordIn(Subordinators(), t + 1);
    return verb ? t + 1 : comma;
  }
  return comma;
}

bool AttributionFinder::ReportSoonAfter(size_t t, size_t end) const {
  constexpr size_t kSubjectTokens = 6;
  for (size_t k = t; k < end && k < t + kSubjectTokens && Valid(k); ++k) {
    if (in_quote_[k] || (tokens_[k].kind == TokenKind::kSymbol &&
                         !IsSymbol(k, "-") && !IsSymbol(k, "."))) {
      return false;
    }
    if (cue_at_[k] != kNoCue) return !cues_[cue_at_[k]].entry->weak;
  }
  return false;
}

bool AttributionFinder::IsAddressedCue(const CueMatch& cue) const {
  return cue.end == cue.begin + 1 &&
         IsOneOf(WordAt(cue.begin), {"told", "tells", "tell", "telling"});
}

size_t AttributionFinder::AudienceEnd(size_t first, size_t end) const {
  // Lower-case words of whom something is told: "reporters", "a press
  // conference", "parliament", "state television".
  static const WordSet* const kAudienceWords = new WordSet(
      {"reporters",   "journalists",  "lawmakers",  "legislators", "parliament",
       "senators",    "supporters",   "delegates",  "residents",   "crowds",
       "press",       "news",         "conference", "briefing",    "state",
       "television",  "tv",           "radio",      "media",       "host",
       "anchor",      "founder",      "editor",     "columnist",   "moderator",
       "interviewer", "correspondent"});
  const size_t limit = std::min(end, first + kMaxWordsBeforeThat);
  if (first < limit &&
      IsOneOf(WordAt(first), {"him", "her", "them", "us", "me"})) {
    return first + 1;
  }
  // One article, then the audience: "the BBC the toll had risen" tells
  // the BBC, and the second "the" opens what it was told.
  size_t after = first;
  if (after < limit && IsOneOf(WordAt(after), {"the", "a", "an"})) ++after;
  const size_t audience = after;
  // "host Chris Cuomo", "The Star-Ledger of Newark": a title before a name,
  // "of" between names.
  while (after < limit &&
         (IsCapitalizedWord(after) || IsWordIn(*kAudienceWords, after) ||
          JoinsWords(after) ||
          (IsWordToken(after, "of") && after > audience &&
           IsCapitalizedWord(after - 1) && IsCapitalizedWord(after + 1)))) {
    ++after;
  }
  if (after == audience) return first;
  // "… last week she would …": when it was told.
  while (after < end && after < limit + kMaxWordsBeforeThat &&
         IsTimeWord(after) && !IsSubjectPronoun(after)) {
    ++after;
  }
  return after;
}

bool AttributionFinder::OpensClause(size_t t) const {
  if (!Valid(t)) return false;
  // A subject pronoun, contracted too ("it's good").
  if (tokens_[t].kind == TokenKind::kDigits || IsCapitalizedWord(t) ||
      IsSubjectPronoun(t)) {
    return true;
  }
  return IsOneOf(WordAt(t), {"you", "there", "the", "a", "an", "his", "her",
                             "their", "its", "this", "these", "those", "some",
                             "most", "many", "our", "my", "your"});
}

bool AttributionFinder::StartsClause(size_t t, const Sentence& sentence) const {
  return StartsSentenceClause(t, sentence) || StartsInnerClause(t, sentence);
}

bool AttributionFinder::StartsSentenceClause(size_t t,
                                             const Sentence& sentence) const {
  return t == sentence.first_token || IsBoundary(t - 1) ||
         // "However Aoun rejected …" (not "said, however, that …": no
         // opening conjunction there).
         (t == sentence.first_token + 1 &&
          (IsOpeningConjunction(sentence.first_token) ||
           IsOneOf(WordAt(sentence.first_token), {"however", "instead"}))) ||
         IsSymbol(t - 1, "(") || OnlyMarksBefore(t, sentence) ||
         AfterFocusWords(sentence.first_token, t + 1) == t ||
         AfterOpeningAdjunct(t, sentence);
}

bool AttributionFinder::AfterOpeningAdjunct(size_t t,
                                            const Sentence& sentence) const {
  // "In a Bloomberg interview Trump declared …": an adjunct that lost its
  // comma, of words alone, ends where the name begins.
  const size_t first = sentence.first_token;
  if (t < first + 3 || t > first + kMaxOpeningPhraseTokens ||
      !OpensAdjunctBeforeAName(first) || !IsCapitalizedWord(t) ||
      IsCapitalizedWord(t - 1)) {
    return false;
  }
  for (size_t k = first + 2; k < t; ++k) {
    if (tokens_[k].kind != TokenKind::kWord || cue_at_[k] != kNoCue ||
        IsVerbWord(k) || IsOneOf(WordAt(k), {"of", "for", "and"})) {
      return false;
    }
  }
  return true;
}

bool AttributionFinder::OnlyMarksBefore(size_t t,
                                        const Sentence& sentence) const {
  // "-Nate Cohn explains …": a list's mark opens the line.
  size_t k = sentence.first_token;
  while (k < t && IsPunctuation(k)) ++k;
  return k == t;
}

bool AttributionFinder::StartsInnerClause(size_t t,
                                          const Sentence& sentence) const {
  if (AfterSubordinator(t, sentence) || AfterPrepositionAndRelative(t)) {
    return true;
  }
  // "The photo was taken in 1996, and Nicklaus said …": a new clause when a
  // verb stands in the clause before; "Smith, Jones, and Brown said" is one
  // subject of three names.
  // "He backs Clinton and he says …": a pronoun reporting opens a clause
  // of its own after "and" too (not one believing, which may be the
  // clause's own: "said it is complex and he feels he can win").
  if ((t >= sentence.first_token + 2 && IsSymbol(t - 2, ",") &&
       IsOneOf(WordAt(t - 1), {"and", "but", "yet", "so"})) ||
      (t >= sentence.first_token + 3 && IsSubjectPronoun(t) &&
       IsOneOf(WordAt(t - 1), {"and", "but"}) && Valid(t + 1) &&
       cue_at_[t + 1] != kNoCue && !cues_[cue_at_[t + 1]].entry->weak)) {
    for (size_t k = t - 2; k > sentence.first_token && !IsBoundary(k - 1);
         --k) {
      if (IsVerbWord(k - 1) || IsVerbLike(k - 1)) return true;
    }
  }
  return false;
}

bool AttributionFinder::JoinsObject(size_t t) const {
  return IsWordToken(t, "to") && IsWordIn(RelationsTo(), t - 1) &&
         (IsCapitalizedWord(t + 1) ||
          IsOneOf(WordAt(t + 1),
                  {"the", "a", "an", "his", "her", "their", "its", "our"}));
}

bool AttributionFinder::IsVerbWord(size_t t) const {
  return IsWordIn(TensedVerbs(), t) || IsWordIn(UntensedVerbWords(), t);
}

bool AttributionFinder::ReportsClause(size_t first, size_t end) const {
  if (!Valid(first)) return false;
  if (IsWordToken(first, "that") || IsSubjectPronoun(first)) return true;
  return TensedVerbBefore(first, std::min(end, first + kMaxWordsBeforeThat));
}

bool AttributionFinder::TensedVerbBefore(size_t from, size_t end) const {
  for (size_t t = from; t < end; ++t) {
    // "the Bergs' plan was", "Mr. Berg will": a mark inside a name or
    // after a plural's s goes on.
    if (IsPunctuation(t) && !(IsNameMark(t) && !tokens_[t].space_before)) {
      return false;
    }
    if (IsWordIn(TensedVerbs(), t)) return true;
  }
  return false;
}

size_t AttributionFinder::WithoutMediumAtEnd(size_t first, size_t end) const {
  // "called for more school investment in a statement on Thursday": how
  // and when it was said, at the clause's end, are no part of it.
  static const WordSet* const kMedia =
      new WordSet({"statement", "interview", "tweet", "letter", "post",
                   "speech", "email", "briefing", "podcast"});
  size_t tail = end;
  while (tail > first && tail + kMaxMediumTail > end &&
         (IsTimeWord(tail - 1) || IsPunctuation(tail - 1))) {
    --tail;
  }
  if (tail >= first + 4 && IsWordIn(*kMedia, tail - 1) &&
      (IsWordToken(tail - 2, "a") || IsWordToken(tail - 2, "an")) &&
      (IsWordToken(tail - 3, "in") || IsWordToken(tail - 3, "on"))) {
    return tail - 3;
  }
  return end;
}

bool AttributionFinder::OpensTensedClause(size_t first, size_t end) const {
  return OpensClause(first) &&
         TensedVerbBefore(first + 1,
                          std::min(end, first + kMaxWordsBeforeThat));
}

bool AttributionFinder::OpensConditionedClause(size_t t, size_t end) const {
  if (!Valid(t) || !IsOneOf(WordAt(t), {"if", "unless", "once", "when"})) {
    return false;
  }
  for (size_t k = t + 1; k < end && k <= t + kMaxOpeningPhraseTokens; ++k) {
    if (in_quote_[k]) return false;
    if (IsSymbol(k, ",")) return OpensTensedClause(k + 1, end);
    if (IsPunctuation(k)) return false;
    // "if elected president he could …": the condition lost its comma.
    if (k >= t + 2 && IsSubjectPronoun(k) &&
        TensedVerbBefore(k + 1, std::min(end, k + 3))) {
      return true;
    }
  }
  return false;
}

bool AttributionFinder::AfterSubordinator(size_t t,
                                          const Sentence& sentence) const {
  // Not "if" or "unless": what someone would say is not what they said.
  return t > sentence.first_token &&
         IsOneOf(WordAt(t - 1),
                 {"when", "while", "because", "after", "before", "although",
                  "though", "since", "until", "whereas", "as", "where"});
}

size_t AttributionFinder::SubordinateClauseEnd(size_t first, size_t end) const {
  for (size_t t = first; t < end && t < first + kMaxContentTokens; ++t) {
    if (!in_quote_[t] && IsSymbol(t, ",")) return t;
  }
  return end;
}

bool AttributionFinder::IsParticipleAfterWith(const CueMatch& cue,
                                              const Phrase& speaker) const {
  return IsParticiple(cue.begin) && !speaker.empty() && speaker.first > 0 &&
         IsWordToken(speaker.first - 1, "with");
}

bool AttributionFinder::IsOpeningConjunction(size_t t) const {
  return IsOneOf(WordAt(t),
                 {"but", "and", "yet", "still", "so", "now", "indeed"});
}

bool AttributionFinder::OpensApproximateCount(size_t t) const {
  size_t number = t + 1;
  if (IsWordToken(t, "at") && IsOneOf(WordAt(t + 1), {"least", "most"})) {
    number = t + 2;
  } else if (IsWordToken(t, "as") &&
             IsOneOf(WordAt(t + 1), {"many", "much", "few"}) &&
             IsWordToken(t + 2, "as")) {
    number = t + 3;
  } else if (!IsOneOf(WordAt(t), {"about", "over", "under"})) {
    return false;
  }
  return Valid(number) && (tokens_[number].kind == TokenKind::kDigits ||
                           IsWordIn(CountWords(), number) ||
                           IsOneOf(WordAt(number), {"half", "one", "a"}));
}

bool AttributionFinder::OpensExistential(size_t t) const {
  if (!IsOneOf(WordAt(t), {"there", "this", "these", "those"})) return false;
  // "those statements were wrong", "there certainly was more room": a noun
  // or an adverb may come between; a word that ends a phrase may not ("said
  // this week that", "said those who").
  constexpr size_t kMaxWordsBetween = 2;
  for (size_t k = t + 1; k <= t + 1 + kMaxWordsBetween && Valid(k); ++k) {
    if (IsWordIn(TensedVerbs(), k)) return true;
    if (tokens_[k].kind != TokenKind::kWord || IsCapitalizedWord(k) ||
        EndsPhrase(WordAt(k)) || OpensClause(k)) {
      return false;
    }
  }
  return false;
}

bool AttributionFinder::IsQuestionWord(size_t t) const {
  return IsOneOf(WordAt(t), {"whether", "if", "what", "why", "how", "when",
                             "who", "where", "which"});
}

bool AttributionFinder::ObjectThen(
    size_t first, size_t end,
    std::initializer_list<absl::string_view> links) const {
  for (size_t t = first; t + 1 < end && t < first + kMaxWordsBeforeThat; ++t) {
    if (IsPunctuation(t)) return false;
    if (tokens_[t].kind == TokenKind::kWord && IsOneOf(WordAt(t), links) &&
        tokens_[t + 1].kind == TokenKind::kWord) {
      return t > first;  // an object first: "urged Congress to act"
    }
  }
  return false;
}

bool AttributionFinder::ReportsRequest(size_t first, size_t end) const {
  return IsQuestionWord(first) || ObjectThen(first, end, {"to"});
}

bool AttributionFinder::ReportsInfinitive(const CueMatch& cue,
                                          size_t end) const {
  return cue.entry->intent && IsWordToken(cue.end, "to") && cue.end + 1 < end &&
         tokens_[cue.end + 1].kind == TokenKind::kWord &&
         !IsOneOf(WordAt(cue.end + 1),
                  {"a", "an", "the", "its", "their", "his", "her", "our",
                   "this", "that", "these", "those", "some", "about", "around",
                   "nearly", "record", "new"});
}

size_t AttributionFinder::QuestionAfterObject(size_t first, size_t end) const {
  constexpr size_t kObjectWords = 6;
  for (size_t t = first + 1; t < end && t <= first + kObjectWords; ++t) {
    if (IsPunctuation(t) || tokens_[t - 1].kind != TokenKind::kWord) {
      return first;
    }
    if (IsQuestionWord(t) && !IsCapitalizedWord(t)) return t;
  }
  return first;
}

bool AttributionFinder::CoordinatedInClause(const CueMatch& cue,
                                            size_t first) const {
  if (cue.begin == 0 || !IsWordToken(cue.begin - 1, "and")) return false;
  for (size_t t = first; t + 1 < cue.begin; ++t) {
    if (tokens_[t].kind == TokenKind::kWord &&
        IsOneOf(WordAt(t),
                {"after", "when", "because", "while", "since", "before", "as",
                 "if", "although", "though", "who", "which", "that", "whom"})) {
      return true;
    }
  }
  return false;
}

bool AttributionFinder::ReportsCharge(size_t first, size_t end) const {
  return ObjectThen(first, end, {"of", "for"});
}

bool AttributionFinder::WordsBetween(size_t first, size_t end) const {
  for (size_t t = first; t < end && t < tokens_.size(); ++t) {
    if (tokens_[t].kind != TokenKind::kSymbol) return true;
  }
  return false;
}

bool AttributionFinder::IsOpeningPhraseOnly(size_t first, size_t end) const {
  // Read as far as a content may run, so that each cue costs a bounded
  // time in a sentence of any length.
  end = std::min(end, first + kMaxContentTokens);
  static const WordSet* const kOpeningSubordinators = new WordSet(
      {"since", "as", "although", "though", "while", "when", "because", "if",
       "unless", "until", "even", "just", "rather", "given", "asked"});
  static const WordSet* const kPrepositions = new WordSet(
      {"like", "unlike", "despite", "in", "on", "at", "after", "before",
       "during", "with", "without", "for", "of", "amid", "from"});
  const auto holds_verb = [&](size_t from, size_t to, bool tensed_only) {
    for (size_t t = from; t < to; ++t) {
      if (IsWordIn(TensedVerbs(), t) ||
          (!tensed_only && IsVerbLike(t) && !IsCapitalizedWord(t))) {
        return true;
      }
    }
    return false;
  };
  // "Last week,", "A year later,", "Then, last week,": a time alone.
  const auto time_only = [&](size_t from, size_t to) {
    for (size_t t = from; t < to; ++t) {
      if (!IsTimeWord(t) && !IsOneOf(WordAt(t), {"a", "an", "the", "ago"})) {
        return false;
      }
    }
    return to > from;
  };
  size_t segment = IsOpeningConjunction(first) ? first + 1 : first;
  if (IsOneOf(WordAt(segment), {"yet", "so", "then"})) {
    ++segment;
    if (IsSymbol(segment, ",")) ++segment;
  }
  bool opened_by_a_phrase = false;
  while (segment < end) {
    size_t close = segment;
    while (close < end && !IsSymbol(close, ",")) ++close;
    const absl::string_view word = WordAt(segment);
    // "As many as 40 people died", "At least 44 people were killed",
    // "Shifting monsoon patterns could affect …": a clause with its verb.
    const bool quantity =
        IsOneOf(WordAt(segment + 1), {"least", "most", "many", "much"});
    const bool phrase =
        !quantity &&
        (IsWordIn(*kOpeningSubordinators, segment) ||
         (IsWordIn(*kPrepositions, segment) &&
          !holds_verb(segment + 1, close, true)) ||
         ((absl::EndsWith(word, "ing") || absl::EndsWith(word, "ed")) &&
          !holds_verb(segment + 1, close, true)) ||
         // "Earlier this week,", "Hours later,".
         (IsOneOf(word, {"earlier", "later", "hours", "days", "weeks", "months",
                         "moments"}) &&
          !holds_verb(segment, close, true)) ||
         time_only(segment, close));
    if (!phrase) {
      return opened_by_a_phrase && !holds_verb(segment, end, false);
    }
    opened_by_a_phrase = true;
    segment = close + 1;
  }
  return true;
}

size_t AttributionFinder::AdjunctTailEnd(size_t first, size_t end) const {
  // "…, analysts say; in 2012 …": a semicolon ends it too. A few words of
  // any kind may follow the cue ("said of the plan"); more only when they
  // open with a time, a preposition or whom it was told and hold no verb
  // ("said Friday afternoon, as …", "said in a June report, and …", "told
  // The Huffington Post on Thursday.", "told the court in his filing").
  size_t close = first;
  while (close < end && close < first + kMaxWordsBeforeThatAfterAdjunct &&
         !IsSymbol(close, ";") && !IsSymbol(close, ",")) {
    ++close;
  }
  size_t words = 0;
  for (size_t k = first; k < close; ++k) words += !IsPunctuation(k);
  if (words <= 4) return close;
  if (close >= first + kMaxWordsBeforeThatAfterAdjunct ||
      !(IsTimeWord(first) || IsCapitalizedWord(first) ||
        IsOneOf(WordAt(first), {"in", "on", "at", "during", "after", "before",
                                "to", "reporters", "me", "him", "her", "them",
                                "us", "the", "his", "their", "its"}))) {
    return kNoToken;
  }
  for (size_t k = first; k < close; ++k) {
    if (IsPunctuation(k)) continue;
    if (tokens_[k].kind == TokenKind::kSymbol || IsWordToken(k, "that") ||
        IsWordToken(k, "and") || (IsVerbLike(k) && !IsCapitalizedWord(k))) {
      return kNoToken;
    }
  }
  return close;
}

}  // namespace factcheck::extract::attribution_internal
