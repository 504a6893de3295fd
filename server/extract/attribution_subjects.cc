// AttributionFinder: the subject of a sentence or of a clause as the
// speaker of its verb of saying ("The head of the Red Cross, George
// Kettani, said …"), read back from the cue past appositions, asides and
// the words that open a sentence.
#include <algorithm>

#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/places.h"

namespace factcheck::extract::attribution_internal {

AttributionFinder::Phrase AttributionFinder::SubjectOfTheVerbBefore(
    size_t limit, size_t end) const {
  // "the camera is facing the ground, and she becomes upset, shouting": the
  // verb is the last clause's, whose subject follows its "and".
  // "The crowd cheered when Trump spotted a sign and asked …": the verb is
  // the subordinate clause's, whose subject follows its conjunction.
  static const WordSet* const kClauseConjunctions = new WordSet(
      {"when", "while", "after", "before", "because", "since", "although",
       "though", "until", "once", "if", "whereas", "unless"});
  bool in_the_verbs_clause = true;
  // "and Buddy Jantoc, 79, adding": a name (and its age) alone between
  // "and" and the participle ends a list of names the sentence's subject
  // spoke of, no clause of its own.
  const auto only_a_name_from = [&](size_t first) {
    for (size_t t = first; t < end; ++t) {
      if (!IsCapitalizedWord(t) && !IsSymbol(t, ",") &&
          tokens_[t].kind != TokenKind::kDigits) {
        return false;
      }
    }
    return true;
  };
  for (size_t t = end; t >= limit + 2; --t) {
    if (t >= limit + 3 && IsSymbol(t - 3, ",") &&
        (IsWordToken(t - 2, "and") || IsWordToken(t - 2, "but")) &&
        (IsSubjectPronoun(t - 1) ||
         (IsCapitalizedWord(t - 1) && !only_a_name_from(t)))) {
      limit = t - 1;
      break;
    }
    in_the_verbs_clause = in_the_verbs_clause && !IsPunctuation(t - 1);
    // A pronoun there may be the sentence's subject again ("Clinton,
    // though she praised Garland and said …"): only a name or a noun
    // phrase opens a subject of the clause's own.
    if (in_the_verbs_clause && IsWordIn(*kClauseConjunctions, t - 2) &&
        !IsSubjectPronoun(t - 1) &&
        (IsCapitalizedWord(t - 1) ||
         IsOneOf(WordAt(t - 1), {"the", "a", "an"}))) {
      limit = t - 1;
      break;
    }
  }
  Phrase subject = SentenceSubject(limit, end);
  if (subject.empty()) return subject;
  subject.end = NounsBeforeTheVerb(subject.end, end);
  // "France's far-right party leader, Marine Le Pen, said": a possessive
  // whose noun does not lead to the verb is no subject ("Ryan's campaign
  // said" is one, and "She's said" a pronoun).
  if (IsPossessive(Text(subject.end - 1)) &&
      !IsSubjectPronoun(subject.end - 1)) {
    return {end, end};
  }
  // "One employee at a software firm declined …, saying", "Republican
  // establishment figures — whose party … — both suggested": a number, a
  // quantifier or an adjective whose noun does not lead to the verb names
  // no one ("Some have suggested" does).
  if (subject.end == subject.first + 1 && !IsVerbLike(subject.end) &&
      (IsWordIn(CountWords(), subject.first) ||
       IsOneOf(WordAt(subject.first), {"one", "some", "many", "most", "several",
                                       "others", "another"}) ||
       (IsOneOf(WordAt(subject.first),
                {"republican", "democratic", "american", "conservative",
                 "liberal", "progressive", "other"}) &&
        Valid(subject.end) && tokens_[subject.end].kind == TokenKind::kWord &&
        !IsCapitalizedWord(subject.end)))) {
    return {end, end};
  }
  // "Sen. David Perdue (R-Ga.) said …, arguing that …".
  if (const size_t party = PartyEnd(subject.end, end); party > subject.end) {
    subject.surface_end = party;
    return subject;
  }
  return WithAppositions(subject, end);
}

AttributionFinder::Phrase AttributionFinder::SentenceSubject(size_t limit,
                                                             size_t end) const {
  if (const size_t after = AfterDatelineAt(limit, end); after != limit) {
    return SentenceSubject(after, end);
  }
  if (IsOneOf(WordAt(limit), {"but", "and", "meanwhile", "still", "yet", "so",
                              "then", "however", "instead"})) {
    // "But Trump attacked …", "Then she shattered …", "However Lebanese
    // President Michel Aoun rejected …": the subject follows the
    // conjunction, with or without its comma.
    size_t after = limit + 1;
    if (IsSymbol(after, ",")) ++after;
    return after < end ? SubjectIfAVerbFollows(SentenceSubject(after, end), end)
                       : Phrase{end, end};
  }
  // "Once in my twenties, when …, I laughed": a phrase or a clause before
  // the subject.
  if (OpensAnAdverbial(limit)) {
    // "During a speech in Ohio, Trump attacked …": the subject follows the
    // opening phrase's comma; in "In Concord, N.H., Trump …" the place's
    // state is no subject.
    // A subordinate clause may be longer, and report ("when my mother
    // mentioned the devil to me while driving, I laughed").
    const bool clause = IsWordIn(Subordinators(), limit);
    const size_t reach =
        clause ? kMaxParentheticalTokens : kMaxOpeningPhraseTokens;
    for (size_t t = limit + 1; t < end && t <= limit + reach; ++t) {
      if ((cue_at_[t] != kNoCue && !clause) || in_quote_[t]) break;
      if (!IsSymbol(t, ",") || t + 1 >= end) continue;
      const Phrase subject = SentenceSubject(t + 1, end);
      if (subject.empty() || !IsSymbol(subject.end, ",")) {
        return SubjectIfAVerbFollows(subject, end);
      }
    }
    return {end, end};
  }
  size_t subject_end = limit;
  while (subject_end < end &&
         (IsCapitalizedWord(subject_end) ||
          (IsSymbol(subject_end, ".") && subject_end > limit &&
           !tokens_[subject_end].space_before))) {
    ++subject_end;
  }
  // "KARACHI: The mayor toured …": a dateline or label before a colon is
  // no subject; the sentence's own comes after it.
  if (subject_end > limit && subject_end + 1 < end &&
      IsSymbol(subject_end, ":")) {
    return SentenceSubject(subject_end + 1, end);
  }
  if (subject_end == limit && IsPronoun(WordAt(limit))) {
    subject_end = limit + 1;
  }
  // "On his Facebook page, the president spelled out …, saying": a
  // description in lower case, when its nouns lead to the verb.
  if (subject_end == limit &&
      IsOneOf(WordAt(limit), {"the", "a", "an", "his", "her", "their", "its",
                              "our", "this", "these", "those"})) {
    // Not "a few days later," nor "a screen image captured by …".
    const size_t verb = NounsBeforeTheVerb(limit + 1, end);
    if (verb > limit + 1 && !IsWordToken(verb + 1, "by") &&
        (cue_at_[verb] != kNoCue || IsWordIn(TensedVerbs(), verb) ||
         IsWordIn(IrregularPastVerbs(), verb) ||
         absl::EndsWith(WordAt(verb), "ed"))) {
      subject_end = verb;
    }
  }
  // "Even China, Pyongyang's only ally, … warned": no focus word.
  return {AfterFocusWords(limit, subject_end), subject_end};
}

bool AttributionFinder::OpensAnAdverbial(size_t t) const {
  // "Hours later, Trump returned …", "Last month, the company wrote …",
  // "Absent a defense, voters …".
  static const WordSet* const kOpeners = new WordSet(
      {"in",         "on",       "at",      "after",   "before", "when",
       "while",      "as",       "since",   "during",  "for",    "with",
       "if",         "although", "though",  "once",    "later",  "earlier",
       "hours",      "minutes",  "moments", "days",    "weeks",  "months",
       "last",       "late",     "early",   "over",    "by",     "back",
       "more",       "despite",  "amid",    "without", "absent", "shortly",
       "here",       "to",       "beyond",  "just",    "like",   "unlike",
       "alongside",  "inside",   "outside", "across",  "near",   "from",
       "throughout", "within",   "around",  "behind",  "among",  "following",
       "through",    "between",  "against", "upon",    "toward", "towards"});
  if (IsWordIn(*kOpeners, t)) return true;
  // "There, the district chairman declined …", "Now, Trump says …": an
  // adverb of place or time set off by its comma.
  if (IsOneOf(WordAt(t), {"there", "now", "today", "yesterday", "tonight",
                          "elsewhere", "separately", "afterward", "afterwards",
                          "overall", "again", "indeed"}) &&
      IsSymbol(t + 1, ",")) {
    return true;
  }
  const absl::string_view opening = WordAt(t);
  // "A month later, he paid …", "Two weeks ago, the mayor said …", "The
  // next day, he told …": a time, a few words set off by a comma.
  constexpr size_t kMaxTimePhraseWords = 4;
  for (size_t end = t + 1; end <= t + kMaxTimePhraseWords && Valid(end);
       ++end) {
    if (!IsSymbol(end, ",")) {
      if (tokens_[end].kind != TokenKind::kWord &&
          tokens_[end].kind != TokenKind::kDigits) {
        break;
      }
      continue;
    }
    const absl::string_view last = WordAt(end - 1);
    if (IsOneOf(last, {"later", "earlier", "ago"}) ||
        (IsOneOf(last, {"day", "week", "month", "year", "morning", "afternoon",
                        "evening", "night", "weekend"}) &&
         IsOneOf(opening,
                 {"the", "that", "this", "a", "an", "one", "next", "last"}))) {
      return true;
    }
    break;
  }
  // "Ultimately, Yanukovych refused …", "Hastily politicizing the
  // tragedy, Trump cast …".
  if (absl::EndsWith(opening, "ly") && opening.size() > 4 && Valid(t + 1) &&
      (IsSymbol(t + 1, ",") || absl::EndsWith(WordAt(t + 1), "ing"))) {
    return true;
  }
  // "Chastened by the analyses, Trump revised …", "Speaking Sunday on ABC,
  // Carson admitted …", "Facing mounting criticism, Trump released …": a
  // participle, before a preposition, a time or a word in lower case.
  return (absl::EndsWith(opening, "ed") || absl::EndsWith(opening, "ing")) &&
         Valid(t + 1) && tokens_[t + 1].kind == TokenKind::kWord &&
         (IsOneOf(WordAt(t + 1), {"by", "with", "in", "at", "on", "to", "from",
                                  "about", "after", "before", "for"}) ||
          IsTimeWord(t + 1) ||
          (!IsCapitalizedWord(t + 1) && !IsVerbLike(t + 1) &&
           !IsWordIn(PhraseEnders(), t + 1)));
}

bool AttributionFinder::IsVerbLike(size_t t) const {
  const absl::string_view word = WordAt(t);
  // "Azerbaijan hasn't disclosed its losses, but says …".
  return cue_at_[t] != kNoCue || HasNegativeContraction(word) ||
         IsAuxiliary(word) || IsWordIn(TensedVerbs(), t) ||
         IsWordIn(IrregularPastVerbs(), t) ||
         absl::EndsWithIgnoreCase(word, "ed") ||
         absl::EndsWithIgnoreCase(word, "ly");
}

size_t AttributionFinder::NounsBeforeTheVerb(size_t from, size_t end) const {
  // "The Clinton campaign pushed back", "Republican presidential candidate
  // Donald Trump quickly took": the subject goes on over lower-case nouns
  // and further names when its verb follows them.
  size_t t = from;
  // "The retired neurosurgeon has …": a participle before its noun
  // describes it.
  if (t > 0 &&
      (IsWordToken(t - 1, "the") || IsWordToken(t - 1, "a") ||
       IsWordToken(t - 1, "an")) &&
      t + 1 < end && absl::EndsWith(WordAt(t), "ed") && cue_at_[t] == kNoCue &&
      tokens_[t + 1].kind == TokenKind::kWord && !IsCapitalizedWord(t + 1) &&
      !IsVerbLike(t + 1) && !IsWordIn(PhraseEnders(), t + 1)) {
    ++t;
  }
  while (t < end && t < from + kMaxSpeakerTokens && !IsVerbLike(t) &&
         tokens_[t].kind == TokenKind::kWord && !IsWordIn(PhraseEnders(), t) &&
         !IsPronoun(WordAt(t))) {
    ++t;
  }
  return t > from && t < end && IsVerbLike(t) ? t : from;
}

AttributionFinder::Phrase AttributionFinder::SubjectIfAVerbFollows(
    const Phrase& subject, size_t end) const {
  // "In a statement, Republican Presidential candidate Donald Trump said",
  // "In 2013, Syrian hackers hijacked": capitals that a noun goes on from
  // are no whole subject; a verb follows one.
  return Valid(subject.end) && IsVerbLike(subject.end) ? subject
                                                       : Phrase{end, end};
}

bool AttributionFinder::IsBoundary(size_t i) const {
  // "WASHINGTON -- President Obama said": hyphens set apart by spaces are
  // a dash; the comma of "1,409 teachers" is the figure's.
  return (IsSymbol(i, ",") && !GroupsDigits(i)) || IsSymbol(i, ";") ||
         IsSymbol(i, ":") || IsSymbol(i, "\xE2\x80\x94") ||
         IsSymbol(i, "\xE2\x80\x93") ||
         (IsSymbol(i, "-") && (tokens_[i].space_before ||
                               (Valid(i + 1) && tokens_[i + 1].space_before)));
}

bool AttributionFinder::IsProgressive(size_t cue_begin) const {
  return cue_begin > 0 &&
         IsOneOf(WordAt(cue_begin - 1), {"is", "are", "was", "were", "been"});
}

bool AttributionFinder::IsSubjectVerbWord(size_t t) const {
  // "A 2014 study by Harvard found": the author of a piece of evidence,
  // not a passive's agent.
  return IsVerbWord(t) && !(IsWordToken(t, "by") && IsEvidenceNoun(t - 1));
}

bool AttributionFinder::AfterPrepositionAndRelative(size_t t) const {
  return t >= 2 && IsOneOf(WordAt(t - 1), {"which", "whom"}) &&
         IsOneOf(WordAt(t - 2), {"in", "of", "for", "among", "by", "with", "at",
                                 "on", "from", "under", "to"});
}

bool AttributionFinder::CoordinatesTheSubject(size_t t, size_t limit) const {
  // "Federal and state officials said", "The former first lady and U.S.
  // senator said", "Experts on North Korea and nuclear nonproliferation
  // said": the words before the conjunction, from the sentence's start or
  // a boundary mark, name no verb of their own.
  if (!(IsWordToken(t, "and") || IsWordToken(t, "or")) || t <= limit) {
    return false;
  }
  for (size_t k = t; k > limit && t - k < kMaxSpeakerTokens; --k) {
    const size_t word = k - 1;
    if (IsBoundary(word)) return k < t;
    const bool name_mark =
        IsSymbol(word, ".") || IsApostrophe(word) || JoinsWords(word);
    if ((tokens_[word].kind == TokenKind::kSymbol && !name_mark) ||
        cue_at_[word] != kNoCue || IsSubjectVerbWord(word) ||
        IsWordIn(Subordinators(), word) ||
        // "The bridge closed and …", not "The retired mayor and …".
        (absl::EndsWith(WordAt(word), "ed") && word > limit &&
         !IsOneOf(WordAt(word - 1),
                  {"the", "a", "an", "his", "her", "their", "its", "our"}))) {
      return false;
    }
    if (word == limit) return true;
  }
  return false;
}

AttributionFinder::Phrase AttributionFinder::SubjectBefore(size_t cue_begin,
                                                           size_t limit) const {
  if (IsParticiple(cue_begin) && !IsProgressive(cue_begin)) {
    return {cue_begin, cue_begin};
  }
  size_t end = IsProgressive(cue_begin) ? cue_begin - 1 : cue_begin;
  while (end > limit && IsAuxiliaryAt(end - 1)) --end;
  // "But many Democrats say": the conjunction opens the sentence, not the
  // subject.
  if (IsOpeningConjunction(limit) && limit + 1 < end) ++limit;
  size_t first = end;
  // "Current and former officials who spoke with The Huffington Post said":
  // a relative clause inside the subject is passed over whole.
  // The cue must be the subject's own verb, not the relative clause's: not
  // "a professor who has successfully predicted", "a strategist who worked
  // for Bush and has advised", "executives who almost universally say".
  for (size_t t = end;
       t > limit + 1 && end - t < kMaxSubjectTokens && !IsBoundary(t - 1);
       --t) {
    // "A 2014 study that appeared in the journal found": a piece of
    // evidence has its relative clause too, and so has a noun whose "that"
    // opens with its verb ("organizations that have endorsed him say"; a
    // complement's "that" opens with its subject: "argued that the
    // officials say").
    if (!IsWordToken(t - 1, "who") &&
        !(IsWordToken(t - 1, "that") &&
          (IsEvidenceNoun(t - 2) || OpensARelativeClause(t - 1)))) {
      continue;
    }
    // "told Yahoo! News in a story that posted this week that he believes":
    // with a complement's "that" after it, the clause is no part of the
    // cue's subject.
    if (IsWordToken(t - 1, "that") && !IsEvidenceNoun(t - 2) &&
        std::any_of(tokens_.begin() + t, tokens_.begin() + end,
                    [&](const Token& token) {
                      return IsWordToken(&token - tokens_.data(), "that");
                    })) {
      continue;
    }
    // Its own clause has a verb and an object ("who have battled online
    // threats say"); auxiliaries and adverbs alone lead to the cue.
    size_t clause_words = 0;
    bool own_clause = !absl::EndsWithIgnoreCase(WordAt(end - 1), "ly");
    for (size_t k = t; k < end && own_clause; ++k) {
      own_clause = !IsWordToken(k, "and") && !IsWordToken(k, "or") &&
                   !IsWordToken(k, "what") && k < t + kMaxRelativeClauseTokens;
      clause_words += !IsVerbWord(k) &&
                      !absl::EndsWithIgnoreCase(WordAt(k), "ly") &&
                      !IsAuxiliary(WordAt(k));
    }
    if (own_clause && clause_words >= 2) first = t - 1;
    break;
  }
  // Brackets closed inside the subject: "Sen. Rand Paul (R-Ky.)"; one
  // left open holds it: "(Mr. Mannix said it was easy)".
  bool in_brackets = false;
  while (first > limit && end - first < kMaxSubjectTokens &&
         !IsBoundary(first - 1)) {
    const size_t t = first - 1;
    if (IsSymbol(t, ")")) in_brackets = true;
    if (IsSymbol(t, "(") && !std::exchange(in_brackets, false)) break;
    if (tokens_[t].kind == TokenKind::kSymbol) {
      // Marks inside a name or a figure: "Sen. Rand Paul (R-Ky.)", "10%",
      // "1,409 teachers".
      if (!IsSymbol(t, ".") && !IsSymbol(t, "-") && !IsSymbol(t, "(") &&
          !IsSymbol(t, ")") && !IsApostrophe(t) && !IsSymbol(t, "%") &&
          !GroupsDigits(t)) {
        return {end, end};
      }
    } else if (first < end &&
               (IsOneOf(WordAt(t), {"after", "before", "when", "because",
                                    "although", "though", "since", "while"}) ||
                AfterPrepositionAndRelative(first) ||
                (IsSymbol(t - 1, ",") && IsOpeningConjunction(t) &&
                 StartsInnerClause(first, SentenceOf(first))))) {
      // "… after leaked documents from his tax return show", "It is popular,
      // but 55 percent of voters say": a subordinate or a second clause
      // opens, whose subject this is.
      break;
    } else if (tokens_[t].kind == TokenKind::kWord &&
               ((IsWordIn(Subordinators(), t) && !ComparesACount(t)) ||
                (IsSubjectVerbWord(t) && !JoinsObject(t) &&
                 // "Those close to him say".
                 !(IsWordToken(t, "to") && IsWordIn(RelationsTo(), t - 1))) ||
                cue_at_[t] != kNoCue) &&
               !CoordinatesTheSubject(t, limit)) {
      return {end, end};
    }
    first = t;
  }
  if (first == end ||
      (first > limit && !IsBoundary(first - 1) && !IsSymbol(first - 1, "(") &&
       !AfterSubordinator(first, SentenceOf(first)) &&
       !StartsInnerClause(first, SentenceOf(first)))) {
    return {end, end};
  }
  // "-Nate Cohn explains": a list's mark is no part of the subject.
  while (first < end && IsPunctuation(first)) ++first;
  first = AfterFocusWords(first, end);
  if (first == end) return {end, end};
  // The subject's head: its words before the first preposition ("Some
  // delegates" of "Some delegates at the convention in Philadelphia") or
  // the adjective that opens what describes them ("sources close to the
  // talks", "people familiar with the matter").
  size_t head_end = first;
  while (head_end < end &&
         !IsOneOf(WordAt(head_end),
                  {"of", "at", "in", "from", "for", "with", "on", "among",
                   "across", "who", "whose", "by", "that"}) &&
         !OpensPostmodifier(head_end)) {
    ++head_end;
  }
  const Phrase head{first, head_end};
  const absl::string_view lead = WordAt(first);
  // "More than six in 10 said": a comparison opens the share.
  const size_t count = IsOneOf(lead, {"more", "fewer", "less"}) &&
                               IsWordToken(first + 1, "than") && first + 2 < end
                           ? first + 2
                           : first;
  // "Six in 10 Democratic voters", "about half of Republicans": a share
  // names its group whole; "Some delegates" is a group of its own.
  const bool share =
      tokens_[count].kind == TokenKind::kDigits ||
      IsOneOf(WordAt(count), {"about", "nearly", "almost", "half", "majorities",
                              "majority"}) ||
      IsWordIn(CountWords(), count) || absl::StrContains(WordAt(count), "-");
  const bool quantified =
      share || IsOneOf(lead, {"some", "many", "most", "several", "few", "all",
                              "more", "fewer", "both", "each"});
  if (head.empty() || (!CanSpeak(head) && !quantified)) return {end, end};
  if (share) return {first, end};
  return {first, head_end, end};
}

}  // namespace factcheck::extract::attribution_internal
