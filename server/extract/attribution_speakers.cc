// AttributionFinder: who speaks, read from the words around a cue.
#include <utility>

#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/places.h"

namespace factcheck::extract::attribution_internal {

AttributionFinder::Phrase AttributionFinder::PhraseBefore(size_t end,
                                                          size_t limit) const {
  while (end > limit && IsAuxiliaryAt(end - 1)) --end;
  // "The State Department less than two weeks ago said": when the speaker
  // spoke is no part of the name.
  if (end > limit + 1 && IsWordToken(end - 1, "ago")) {
    size_t since = end - 1;
    while (since > limit + 1 && MeasuresATimeAgo(since - 1)) --since;
    if (since < end - 1) end = since;
  }
  // "the Times on Saturday wrote": the adjunct is no part of the name.
  size_t adjunct = end;
  bool names_a_time = false;
  while (adjunct > limit + 1 && IsTimeWord(adjunct - 1) &&
         !IsMonthOrModalEndingAName(adjunct - 1)) {
    --adjunct;
    names_a_time = names_a_time || IsTimeHead(adjunct);
  }
  // "a poll released in late August found": after a participle the time
  // is the poll's own, shown with its words.
  const size_t time_end = end;
  const bool dated = names_a_time && adjunct > limit &&
                     absl::EndsWithIgnoreCase(WordAt(adjunct - 1), "ed");
  if (names_a_time) {
    end = adjunct;
    // "Wells Fargo just this month announced".
    while (end > limit && IsAuxiliaryAt(end - 1)) --end;
  }
  size_t first = end;
  // Words, not tokens: the dots of "U.N. Special Envoy for Syria Geir
  // Pedersen" take no word's place. A long title runs on to its start:
  // "Former Minister of Foreign Affairs Mariam El Sadig El Mahdi told".
  size_t words = 0;
  // "of", "for" and "and" join the words of a title.
  const auto joins_title_at = [&](size_t t) {
    return IsOneOf(WordAt(t), {"of", "for", "and"}) &&
           IsCapitalizedWord(t + 1) && IsCapitalizedWord(t - 1);
  };
  const auto title_word = [&](size_t t) {
    return IsCapitalizedWord(t) || IsDotAfterACapital(t) ||
           (t > limit && joins_title_at(t));
  };
  // Whether every word read so far is a title's.
  bool all_title_words = true;
  while (first > limit &&
         (words < kMaxSpeakerTokens ||
          (all_title_words && words < kMaxTitledSpeakerTokens &&
           title_word(first - 1)))) {
    const size_t t = first - 1;
    all_title_words = all_title_words && title_word(t);
    if (tokens_[t].kind == TokenKind::kWord ||
        tokens_[t].kind == TokenKind::kDigits) {
      ++words;
    }
    if (tokens_[t].kind == TokenKind::kWord) {
      // "the Labor Department announced it added": no speaker reaches back
      // across another cue.
      if (cue_at_[t] != kNoCue) break;
      const bool joins_title = joins_title_at(t);
      // "President Moon Jae-in": a word a hyphen glues on ends nothing.
      const bool glued_on = t > limit && JoinsWords(t - 1);
      if (IsWordIn(PhraseEnders(), t) && !joins_title && !glued_on &&
          !(t + 1 == end && IsMonthOrModalEndingAName(t))) {
        // "…,” this source told the Post": a demonstrative opens the
        // phrase after a quotation or a comma.
        if (t + 1 < end && OpensDemonstrativePhrase(t) &&
            (t == limit || IsPunctuation(t - 1))) {
          first = t;
        }
        break;
      }
      first = t;
    } else if (IsDotAfterACapital(t)) {
      first = t;  // "Mr."
    } else if (IsApostrophe(t) && !tokens_[t].space_before && t > limit &&
               tokens_[t - 1].kind == TokenKind::kWord) {
      // "the ministry's spokesman", not the closing marks of "…,'' Ms.
      // Acosta said".
      first = t;
    } else if (JoinsWords(t) ||
               (tokens_[t].kind == TokenKind::kDigits && JoinsWords(t + 1))) {
      first = t;  // "front-runner", "17-year-old", "a CNN/ORC poll"
    } else {
      break;
    }
  }
  // Start at a determiner, a capital or a pronoun: "recognising the right
  // to self-defence the top diplomat" is not a name. Where a clause opens
  // the words are all the subject's: "although few experts believe",
  // "After campaign aides insisted".
  const bool opens_clause = first == limit || IsPunctuation(first - 1) ||
                            IsWordIn(Subordinators(), first - 1);
  while (!opens_clause && first < end &&
         tokens_[first].kind == TokenKind::kWord && !IsCapitalizedWord(first) &&
         !IsPronoun(WordAt(first))) {
    const absl::string_view lower = WordAt(first);
    if (IsOneOf(lower, {"the", "a", "an", "another", "his", "her", "its",
                        "their", "my", "our", "your"}) ||
        TitlesTheNameAfter(first)) {
      break;
    }
    if (end - first == 1) break;  // a bare noun: "officials said"
    ++first;
  }
  // "protests that saw angry residents blame the authorities": the verb
  // of perception before is no part of the subject after it.
  if (first + 1 < end && IsOneOf(WordAt(first), {"saw", "see", "sees", "heard",
                                                 "hear", "hears", "watched"})) {
    ++first;
  }
  first = AfterFocusWords(first, end);
  // "During a long interview Ruiz said": the preposition may open the
  // sentence, where no phrase ender stopped the words.
  if (first + 1 < end && OpensAdjunctBeforeAName(first)) ++first;
  // "In a Bloomberg interview Trump declared": an adjunct that lost its
  // comma; the name closing it speaks. Not "in the Center for Global
  // Development", nor a title ("Mr.") or an apposition.
  if (first > limit && OpensAdjunctBeforeAName(first - 1)) {
    // "In a speech Mrs. Clinton said": the dot of a title is the name's.
    const auto title_dot = [&](size_t t) {
      return t > first && IsDotAfterACapital(t);
    };
    size_t name = end;
    while (name > first &&
           (IsCapitalizedWord(name - 1) || title_dot(name - 1))) {
      --name;
    }
    bool words_only = true;
    for (size_t t = first; t < end; ++t) {
      words_only =
          words_only && (tokens_[t].kind == TokenKind::kWord || title_dot(t));
    }
    if (words_only && name > first + 1 && name < end &&
        !IsOneOf(WordAt(name - 1), {"of", "for", "and"})) {
      first = name;
    }
  }
  Phrase phrase{first, end};
  if (dated && first < end) phrase.surface_end = time_end;
  return phrase;
}

bool AttributionFinder::MeasuresATimeAgo(size_t t) const {
  static const WordSet* const kWords = new WordSet(
      {"a",       "an",       "one",    "two",   "three",  "four",   "five",
       "six",     "seven",    "eight",  "nine",  "ten",    "few",    "several",
       "many",    "long",     "some",   "about", "nearly", "almost", "just",
       "only",    "less",     "more",   "than",  "over",   "second", "seconds",
       "minute",  "minutes",  "hour",   "hours", "day",    "days",   "week",
       "weeks",   "month",    "months", "year",  "years",  "decade", "decades",
       "century", "centuries"});
  return (Valid(t) && tokens_[t].kind == TokenKind::kDigits) ||
         IsWordIn(*kWords, t);
}

bool AttributionFinder::OpensAdjunctBeforeAName(size_t t) const {
  return IsOneOf(WordAt(t), {"in", "during", "at", "after", "with"}) &&
         IsOneOf(WordAt(t + 1), {"a", "an", "the"});
}

bool AttributionFinder::IsMonthOrModalEndingAName(size_t t) const {
  // "Prime Minister Theresa May said", '"…," May said', "columnist George
  // Will wrote": no time, and no modal; in a headline in title case the
  // words after it are capitalised too ("Museum Will Tell").
  return t > 0 && IsCapitalizedWord(t) && !IsCapitalizedWord(t + 1) &&
         (MonthNameOf(WordAt(t)) == MonthName::kFull || WordAt(t) == "Will") &&
         ((IsCapitalizedWord(t - 1) && !IsTimeWord(t - 1)) ||
          IsPunctuation(t - 1));
}

AttributionFinder::Phrase AttributionFinder::SubjectAfterWith(
    size_t participle, size_t limit) const {
  size_t subject_end = participle;
  while (subject_end > limit &&
         absl::EndsWithIgnoreCase(WordAt(subject_end - 1), "ly")) {
    --subject_end;
  }
  for (size_t t = subject_end; t > limit && subject_end - t < kMaxSpeakerTokens;
       --t) {
    if (IsWordToken(t - 1, "with")) {
      const Phrase subject{t, subject_end};
      if (subject.end > subject.first &&
          (CanSpeak(subject) ||
           tokens_[subject.first].kind == TokenKind::kDigits)) {
        return subject;
      }
      break;
    }
    // Not a subject of its own: "with officials underlining X and
    // vowing", "with Trump while", "with the group on Wednesday urging".
    const size_t word = t - 1;
    const bool joins_names =
        (IsWordToken(word, "and") || IsWordToken(word, "or")) &&
        word + 1 < subject_end;
    const bool mark_in_name = IsSymbol(word, "%") ||
                              (IsNameMark(word) && !tokens_[word].space_before);
    if ((IsPunctuation(word) && !mark_in_name) || cue_at_[word] != kNoCue ||
        IsTimeHead(word) || (IsWordIn(Subordinators(), word) && !joins_names)) {
      break;
    }
  }
  return {participle, participle};
}

AttributionFinder::Phrase AttributionFinder::SpeakerBefore(size_t cue_begin,
                                                           size_t limit) const {
  // "Trump tweeted on Friday, saying that …": a participle reports for the
  // subject of its sentence; without the comma it is no cue ("taxpayers
  // reporting capital gains").
  if (IsParticiple(cue_begin)) {
    // "Trump is demanding that …": a progressive is the verb itself.
    if (IsProgressive(cue_begin)) {
      return PhraseBefore(cue_begin - 1, limit);
    }
    if (const Phrase subject = SubjectAfterWith(cue_begin, limit);
        !subject.empty()) {
      return subject;
    }
    const size_t comma = MarkBeforeParticiple(cue_begin, limit);
    if (comma == cue_begin) return {cue_begin, cue_begin};
    // "…,” Trump said, adding that …", "…,” said Trump, adding …": the
    // speaker of the cue the participle follows.
    for (size_t back = 2;
         back <= kMaxCueWords + kMaxSpeakerTokens && back <= cue_begin - limit;
         ++back) {
      const uint32_t before = cue_at_[cue_begin - back];
      if (before == kNoCue) continue;
      const CueMatch& cue = cues_[before];
      if (cue.end == comma) {
        const Phrase speaker = SpeakerBefore(cue.begin, limit);
        if (!speaker.empty()) return speaker;
        break;
      }
      // "pushed back on those claims Thursday, saying": a time is no name;
      // '"…," Carson tells Breitbart News, responding': after a subject the
      // name is whom the cue told.
      const bool after_its_subject =
          cue.begin > limit && tokens_[cue.begin - 1].kind == TokenKind::kWord;
      bool named = cue.end < comma && !after_its_subject;
      for (size_t t = cue.end; named && t < comma; ++t) {
        named = IsCapitalizedWord(t) && !IsTimeWord(t);
      }
      if (named) return {cue.end, comma};
      // "…,” said the UN coordinator Jamie McGoldrick, adding …", "…, said
      // the NDMA, adding": after a quotation or a comma a verb of saying may
      // be inverted, and the phrase after it, opening with a determiner or
      // a name or closing with a name, speaks (not the object of "urged a
      // strong stand, saying", nor the clause of "George Kettani, said it
      // was a catastrophe").
      const bool inverted =
          cue.begin > limit &&
          ((in_quote_[cue.begin - 1] && !in_quote_[cue.begin]) ||
           IsSymbol(cue.begin - 1, ","));
      if (inverted &&
          IsOneOf(WordAt(cue.begin),
                  {"said", "says", "wrote", "writes", "added", "adds", "asked",
                   "explained", "noted", "continued", "insisted", "argued",
                   "declared", "replied", "warned", "stressed"})) {
        // The name's last word may be the second half of "Ki-moon".
        const size_t last_word = comma >= cue.end + 3 && JoinsWords(comma - 2)
                                     ? comma - 3
                                     : comma - 1;
        const Phrase after = PhraseAfter(cue.end, comma);
        if (cue.end < comma && !IsTimeWord(last_word) &&
            (IsCapitalizedWord(cue.end) || IsCapitalizedWord(last_word) ||
             IsOneOf(WordAt(cue.end), {"the", "a", "an", "its", "their"})) &&
            after.first == cue.end && after.end == comma && CanSpeak(after)) {
          return after;
        }
      }
      // "The head of the Red Cross, George Kettani, said it was a
      // catastrophe, adding": the speaker of the cue and its clause, when
      // the cue is a verb of saying (not "made an unprompted call for …,
      // calling", "decried Trump's repeated calls …, noting").
      if (IsOneOf(WordAt(cue.begin), {"said", "says", "told", "tells", "wrote",
                                      "writes", "described", "describes"})) {
        const Phrase speaker = SpeakerBefore(cue.begin, limit);
        if (!speaker.empty()) return speaker;
      }
      break;
    }
    return SubjectOfTheVerbBefore(limit, cue_begin);
  }
  // "He spoke to the families and said …": the second verb shares the
  // subject of the first.
  size_t verb = cue_begin;
  while (verb > limit && IsAuxiliaryAt(verb - 1)) --verb;
  if (verb > limit &&
      (IsWordToken(verb - 1, "and") || IsWordToken(verb - 1, "but"))) {
    return SubjectOfTheVerbBefore(limit, verb - 1);
  }
  if (ModifiesTheNounAfter(cue_begin, limit)) return {cue_begin, cue_begin};
  size_t end = cue_begin;
  while (end > limit && IsAuxiliaryAt(end - 1)) --end;
  // "Cruz and Rubio have both urged", "the mayors all said": a quantifier
  // floating after the subject; the subject before it speaks ("Both said"
  // and "And both said" have no other).
  if (end > limit + 1 && IsOneOf(WordAt(end - 1), {"both", "all", "each"}) &&
      (tokens_[end - 2].kind != TokenKind::kWord || IsAuxiliaryAt(end - 2) ||
       !IsWordIn(PhraseEnders(), end - 2))) {
    --end;
    while (end > limit && IsAuxiliaryAt(end - 1)) --end;
  }
  if (end > limit && IsSymbol(end - 1, ")")) {
    return SpeakerBeforeBrackets(end, limit);
  }
  if (end > limit && IsSymbol(end - 1, ",")) {
    return SpeakerBeforeCommas(end, limit);
  }
  // "Joyce — who is listed as an attorney — told": the name before the
  // aside speaks, described by it (one aside: no chain of them is read).
  if (const size_t open = AsideOpeningBefore(end, limit); open != end) {
    if (AsideOpeningBefore(open, limit) != open) return {cue_begin, cue_begin};
    Phrase speaker = SpeakerBefore(open, limit);
    if (!speaker.empty()) speaker.surface_end = end;
    return speaker;
  }
  // "Stacy Baker of Columbia, South Carolina says": not the state.
  if (const Phrase owner = HomeOwnerBefore(end, limit); !owner.empty()) {
    return owner;
  }
  Phrase phrase = PhraseBefore(end, limit);
  // "the commander at the scene believed", "officials in Gaza said": the
  // place a preposition joins is no speaker; the head before it is, with the
  // place in its words.
  if (Phrase head = HeadBeforeLink(
          phrase, limit, {"at", "in", "on", "from", "of", "for", "by", "with"});
      CanSpeak(head)) {
    head.surface_end = phrase.end;
    return head;
  }
  return phrase;
}

size_t AttributionFinder::MarkBeforeParticiple(size_t cue_begin,
                                               size_t limit) const {
  if (cue_begin == limit) return cue_begin;
  const size_t before = cue_begin - 1;
  // "…, saying", "flipped his choice – saying", "defended \"New York
  // values,\" saying": set off from the clause before.
  if (IsSymbol(before, ",") || IsSymbol(before, "\xE2\x80\x95")) return before;
  if (const size_t dash = DashBegin(cue_begin, limit); dash != cue_begin) {
    return dash;
  }
  if (before > limit && IsSymbol(before - 1, ",") &&
      (IsSymbol(before, "\xE2\x80\x9D") || IsSymbol(before, "\""))) {
    return before;
  }
  // "distanced himself from the movement by saying", "…, while saying":
  // the means or the manner of the sentence's verb.
  if (IsWordToken(before, "by") || IsWordToken(before, "while")) return before;
  return cue_begin;
}

bool AttributionFinder::ModifiesTheNounAfter(size_t cue_begin,
                                             size_t limit) const {
  // "Trump's proposed tax cuts", "the mayor's highly criticized speech": a
  // past participle between a possessive and its noun says what the noun
  // is; "Trump's said" would be "Trump has said", which news copy does not
  // write.
  if (!absl::EndsWithIgnoreCase(WordAt(cue_begin), "ed")) return false;
  size_t owner = cue_begin;
  while (owner > limit && absl::EndsWithIgnoreCase(WordAt(owner - 1), "ly")) {
    --owner;
  }
  return owner > limit && IsPossessive(Text(owner - 1)) &&
         !IsSubjectPronoun(owner - 1);
}

AttributionFinder::Phrase AttributionFinder::HeadBeforeLink(
    const Phrase& phrase, size_t limit,
    std::initializer_list<absl::string_view> links) const {
  if (phrase.empty() || phrase.first <= limit + 1 ||
      !IsOneOf(WordAt(phrase.first - 1), links)) {
    return {phrase.first, phrase.first};
  }
  return PhraseBefore(phrase.first - 1, limit);
}

bool AttributionFinder::IsAuxiliaryAt(size_t t) const {
  return IsAuxiliary(WordAt(t)) &&
         !(t > 0 && IsCapitalizedWord(t) && IsCapitalizedWord(t - 1) &&
           !IsCapitalizedWord(t + 1));
}

bool AttributionFinder::TitlesTheNameAfter(size_t t) const {
  // "former President Bill Clinton", "columnist Jonathan Chait": a
  // lower-case title or its modifier before a capitalised name.
  static const WordSet* const kTitles = new WordSet(
      {"former",     "late",      "then",        "retired",  "candidate",
       "nominee",    "hopeful",   "columnist",   "aide",     "host",
       "pollster",   "spokesman", "spokeswoman", "adviser",  "advisor",
       "strategist", "economist", "analyst",     "reporter", "correspondent",
       "anchor",     "attorney",  "lawyer",      "activist", "author"});
  return IsWordIn(*kTitles, t) && IsCapitalizedWord(t + 1);
}

size_t AttributionFinder::AfterFocusWords(size_t first, size_t end) const {
  // "Even the organizer of the rally says", "Now Jeb Bush hopes": the
  // adverb bears on the sentence, not on who speaks.
  while (first + 1 < end &&
         IsOneOf(WordAt(first),
                 {"even", "now", "just", "only", "yet", "also", "still"})) {
    ++first;
  }
  return first;
}

bool AttributionFinder::JoinsWords(size_t i) const {
  return (IsSymbol(i, "-") || IsSymbol(i, "/")) && i > 0 &&
         !tokens_[i].space_before && Valid(i + 1) &&
         !tokens_[i + 1].space_before &&
         tokens_[i - 1].kind != TokenKind::kSymbol &&
         tokens_[i + 1].kind != TokenKind::kSymbol;
}

bool AttributionFinder::IsNameMark(size_t i) const {
  return IsSymbol(i, ".") || IsSymbol(i, "-") || IsApostrophe(i) ||
         IsSymbol(i, "&");
}

bool AttributionFinder::IsLightGerund(size_t t) const {
  return IsOneOf(WordAt(t), {"doing", "being", "having", "getting", "making",
                             "taking", "going", "giving", "saying"});
}

bool AttributionFinder::ComparesACount(size_t t) const {
  // Not "10,000 more than most party insiders expected": a count follows.
  return IsWordToken(t, "than") && t > 0 &&
         IsOneOf(WordAt(t - 1), {"more", "fewer", "less"}) && Valid(t + 1) &&
         (tokens_[t + 1].kind == TokenKind::kDigits ||
          IsOneOf(WordAt(t + 1), {"a", "half", "one"}) ||
          IsWordIn(CountWords(), t + 1));
}

bool AttributionFinder::GroupsDigits(size_t t) const {
  return IsSymbol(t, ",") && t > 0 && Valid(t + 1) &&
         tokens_[t - 1].kind == TokenKind::kDigits &&
         tokens_[t + 1].kind == TokenKind::kDigits &&
         !tokens_[t].space_before && !tokens_[t + 1].space_before;
}

bool AttributionFinder::OpensPostmodifier(size_t t) const {
  return ((IsWordToken(t, "close") || IsWordToken(t, "privy")) &&
          IsWordToken(t + 1, "to")) ||
         (IsWordToken(t, "familiar") && IsWordToken(t + 1, "with")) ||
         (IsWordToken(t, "briefed") && IsWordToken(t + 1, "on")) ||
         (IsWordToken(t, "knowledgeable") && IsWordToken(t + 1, "about"));
}

bool AttributionFinder::OpensDemonstrativePhrase(size_t t) const {
  return IsWordToken(t, "this") && Valid(t + 1) &&
         tokens_[t + 1].kind == TokenKind::kWord &&
         !IsAuxiliary(WordAt(t + 1)) && !absl::EndsWith(WordAt(t + 1), "ly") &&
         !IsTimeWord(t + 1);
}

bool AttributionFinder::IsCollectiveSpeaker(size_t t) const {
  // Nouns of a group that speaks as one, plural without an "s": "state
  // media said", "local television reported", "people in the town said".
  static const WordSet* const kCollectives =
      new WordSet({"people", "police", "media", "television", "tv", "radio",
                   "press", "staff", "personnel"});
  return IsWordIn(*kCollectives, t);
}

bool AttributionFinder::CanSpeak(Phrase phrase) const {
  if (phrase.empty()) return false;
  // '"…," when Clinton blasted him': a subordinate clause opens, whose
  // subject says something else.
  static const WordSet* const kClauseOpeners =
      new WordSet({"when", "while", "because", "if", "although", "though",
                   "since", "after", "before", "whereas", "unless", "until",
                   "where", "whether", "that", "which", "lest"});
  if (IsWordIn(*kClauseOpeners, phrase.first)) return false;
  // "Hurricane Ian confirmed deaths reach 118" (a headline): a disaster
  // is no one who speaks.
  static const WordSet* const kEvents = new WordSet(
      {"hurricane", "typhoon", "cyclone", "storm", "tornado", "earthquake",
       "quake", "tsunami", "flood", "floods", "flooding", "wildfire", "blast",
       "explosion", "coronavirus", "pandemic", "outbreak"});
  if (IsWordIn(*kEvents, IsOneOf(WordAt(phrase.first), {"the", "a", "an"})
                             ? phrase.first + 1
                             : phrase.first)) {
    return false;
  }
  // "There are reports that …", "Here is what he said": an adverb in the
  // subject's place is no one.
  if (phrase.end == phrase.first + 1 &&
      IsOneOf(WordAt(phrase.first), {"there", "here"})) {
    return false;
  }
  // The last digits of a number ("7,711 cases reported within the
  // country") are no count of speakers.
  if (tokens_[phrase.first].kind == TokenKind::kDigits && phrase.first > 0 &&
      !tokens_[phrase.first].space_before) {
    return false;
  }
  // "less than two weeks ago said", "Tuesday in Dayton, after winning
  // …,": a time, never who spoke.
  // "April Mellody" is a name, and so is '"…," May said'.
  if (IsWordToken(phrase.end - 1, "ago") ||
      (IsTimeHead(phrase.first) && !IsPossessive(Text(phrase.first)) &&
       !(phrase.end == phrase.first + 1 &&
         IsMonthOrModalEndingAName(phrase.first)) &&
       !(MonthNameOf(Text(phrase.first)) == MonthName::kFull &&
         phrase.first + 1 < phrase.end &&
         IsCapitalizedWord(phrase.first + 1)))) {
    return false;
  }
  // "A few minutes later they said", "who has in the past described": a
  // stretch of time is no one either.
  static const WordSet* const kSpansOfTime =
      new WordSet({"seconds", "minutes", "hours", "days", "weeks", "months",
                   "years", "decades", "moments", "past"});
  if (IsWordIn(*kSpansOfTime, phrase.end - 1)) return false;
  // "about 42,638 confirmed cases": a figure alone counts nobody who
  // speaks ("six in 10 say", "those over 60 say" do).
  if (tokens_[phrase.end - 1].kind == TokenKind::kDigits) {
    bool figure_alone = true;
    for (size_t t = phrase.first; t < phrase.end && figure_alone; ++t) {
      figure_alone =
          tokens_[t].kind != TokenKind::kWord ||
          IsOneOf(WordAt(t), {"about", "nearly", "almost", "around", "roughly",
                              "some", "over", "more", "than", "at", "least",
                              "up", "to", "approximately", "an", "estimated"});
    }
    if (figure_alone) return false;
  }
  // A pronoun speaks alone: "a major reason it thought" names no speaker.
  if (phrase.end > phrase.first + 1 && IsPronoun(WordAt(phrase.end - 1))) {
    return false;
  }
  // A piece of a clause is no one who spoke: "It also changed its",
  // "some supporters stayed home in" leave a determiner or a preposition
  // at the end.
  // (A word a hyphen glues on is no preposition: "Moon Jae-in".)
  if (phrase.end > phrase.first + 1 && !JoinsWords(phrase.end - 2) &&
      IsOneOf(WordAt(phrase.end - 1),
              {"its", "their", "his", "her", "our", "in", "of", "to", "for",
               "at", "on", "with", "by", "from"})) {
    return false;
  }
  for (size_t t = phrase.first; t < phrase.end; ++t) {
    if (IsCapitalizedWord(t)) return true;
  }
  // "those surveyed say": the people a poll asked.
  if (phrase.end == phrase.first + 2 && IsWordToken(phrase.first, "those") &&
      IsOneOf(WordAt(phrase.first + 1),
              {"surveyed", "polled", "questioned", "interviewed", "sampled"})) {
    return true;
  }
  const absl::string_view first = WordAt(phrase.first);
  if (phrase.end == phrase.first + 1) {
    // A pronoun, a bare plural of speakers ("officials", "police") or a
    // whole group ("To varying degrees, all agreed").
    return IsPronoun(first) || absl::EndsWithIgnoreCase(first, "s") ||
           IsCollectiveSpeaker(phrase.first) ||
           IsOneOf(first, {"all", "both", "many", "most", "some", "several",
                           "someone", "everyone"});
  }
  // A plural with a word or two before it: "local engineers", "political
  // experts said"; not "initial analysis", not "those promises add up", and
  // never the object of a participle cue ("recalling summer visits").
  const auto plural = [this](size_t t) {
    const absl::string_view noun = WordAt(t);
    return (noun.size() > 3 && absl::EndsWithIgnoreCase(noun, "s") &&
            !absl::EndsWithIgnoreCase(noun, "ss") &&
            !absl::EndsWithIgnoreCase(noun, "is") &&
            !absl::EndsWithIgnoreCase(noun, "us")) ||
           IsCollectiveSpeaker(t);
  };
  // "medics and residents", "police and hospital officials": two groups
  // speaking together.
  const auto joins_groups = [&](size_t t) {
    return (IsWordToken(t, "and") || IsWordToken(t, "or")) &&
           t > phrase.first && plural(t - 1);
  };
  size_t joined = 0;
  for (size_t t = phrase.first; t < phrase.end; ++t) {
    joined += JoinsWords(t) || joins_groups(t);
  }
  if (phrase.end <= phrase.first + 3 + 2 * joined && plural(phrase.end - 1) &&
      !IsOneOf(first, {"those", "these"}) &&
      !(phrase.first > 0 && cue_at_[phrase.first - 1] != kNoCue &&
        absl::EndsWithIgnoreCase(WordAt(phrase.first - 1), "ing"))) {
    // Not a participle's object: "noting flagging economic conditions";
    // where the phrase opens its clause an -ing word describes ("But
    // hacking specialists say", "Fleeing residents said"), unless it is a
    // light verb's, which takes an object ("— doing imitations of …").
    const bool opens_clause = phrase.first == 0 ||
                              IsPunctuation(phrase.first - 1) ||
                              IsOpeningConjunction(phrase.first - 1);
    bool modifiers = true;
    for (size_t t = phrase.first; t + 1 < phrase.end; ++t) {
      // "labor-policy experts".
      if (JoinsWords(t) || joins_groups(t)) continue;
      modifiers = modifiers && tokens_[t].kind == TokenKind::kWord &&
                  !IsVerbWord(t) && !IsWordIn(Subordinators(), t) &&
                  cue_at_[t] == kNoCue &&
                  ((opens_clause && !IsLightGerund(t)) ||
                   !absl::EndsWithIgnoreCase(WordAt(t), "ing"));
    }
    if (modifiers) return true;
  }
  // A determiner, or a quantifier of a group: "many economists", "most
  // voters", "52 percent of voters".
  return IsOneOf(
             first,
             {"the",    "a",     "an",         "another", "his",   "her",
              "its",    "their", "some",       "many",    "most",  "several",
              "few",    "all",   "both",       "each",    "about", "nearly",
              "almost", "half",  "majorities", "our",     "other", "one",
              "my",     "your",  "two",        "three",   "four",  "five",
              "six",    "seven", "eight",      "nine",    "ten"}) ||
         OpensDemonstrativePhrase(phrase.first) ||
         tokens_[phrase.first].kind == TokenKind::kDigits;
}

}  // namespace factcheck::extract::attribution_internal
