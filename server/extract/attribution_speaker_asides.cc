// AttributionFinder: a speaker set off from its cue by an aside (brackets,
// dashes, commas) and the appositions that describe the speaker.
#include <algorithm>

#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/places.h"

namespace factcheck::extract::attribution_internal {

size_t AttributionFinder::DashBegin(size_t end, size_t limit) const {
  if (end > limit && IsAsideDash(end - 1)) return end - 1;
  // "--", as plain text writes a dash.
  if (end > limit + 1 && IsSymbol(end - 1, "-") && IsSymbol(end - 2, "-") &&
      !tokens_[end - 1].space_before) {
    return end - 2;
  }
  return end;
}

size_t AttributionFinder::AsideOpeningBefore(size_t end, size_t limit) const {
  const size_t close = DashBegin(end, limit);
  if (close == end) return end;
  for (size_t k = close; k > limit + 1 && close - k < kMaxParentheticalTokens;
       --k) {
    if (IsSymbol(k - 1, ";") || in_quote_[k - 1]) return end;
    if (const size_t open = DashBegin(k, limit); open != k) return open;
  }
  return end;
}

AttributionFinder::Phrase AttributionFinder::SpeakerBeforeBrackets(
    size_t end, size_t limit) const {
  for (size_t k = end - 1; k > limit && k + kMaxAppositionTokens > end; --k) {
    if (IsSymbol(k - 1, "(")) {
      Phrase name = PhraseBefore(k - 1, limit);
      if (name.empty() || !IsCapitalizedWord(name.end - 1)) break;
      name.surface_end = end;
      return name;
    }
    if (IsPunctuation(k - 1) && !IsNameMark(k - 1)) break;
  }
  return {end, end};
}

bool AttributionFinder::IsPlaceAfterComma(size_t k, size_t end) const {
  // ("Friday, Texas, leading a coalition of 13 states, asked": a day is
  // no city.)
  return k > 1 && IsSymbol(k - 1, ",") && IsCapitalizedWord(k - 2) &&
         !IsWeekday(Text(k - 2)) && IsCapitalizedWord(k) && k < end &&
         end - k <= 3 &&
         !CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(k, end)))).empty();
}

bool AttributionFinder::OpensARelativeSegment(size_t comma,
                                              size_t limit) const {
  for (size_t t = comma; t > limit && t + kMaxParentheticalTokens > comma;
       --t) {
    if (IsSymbol(t - 1, ",")) {
      return IsOneOf(WordAt(t), {"whose", "where"});
    }
  }
  return false;
}

AttributionFinder::Phrase AttributionFinder::HomeOwnerBefore(
    size_t end, size_t limit) const {
  const Phrase state = PhraseBefore(end, limit);
  if (state.empty() || state.end != end || state.first <= limit + 2 ||
      !IsPlaceAfterComma(state.first, end)) {
    return {end, end};
  }
  // The city's words, back to the "of" or "from" before them (a phrase
  // would read "Baker of Columbia" as one name, as it does "Bank of
  // America").
  constexpr size_t kMaxCityWords = 3;
  size_t link = state.first - 1;
  while (link > limit && state.first - link <= kMaxCityWords + 1 &&
         IsCapitalizedWord(link - 1)) {
    --link;
  }
  if (link == state.first - 1 || link <= limit + 1 ||
      !IsOneOf(WordAt(link - 1), {"of", "from"})) {
    return {end, end};
  }
  Phrase person = PhraseBefore(link - 1, limit);
  if (!CanSpeak(person)) return {end, end};
  // Only the subject that opens the clause: in "Dean Johnson, a salesman
  // from Sumter, South Carolina, says" the salesman is Dean Johnson's
  // apposition (SpeakerBeforeCommas reads it so).
  for (size_t t = limit; t < person.first; ++t) {
    if (IsPunctuation(t)) return {end, end};
  }
  person.surface_end = end;
  return person;
}

AttributionFinder::Phrase AttributionFinder::SpeakerBeforeCommas(
    size_t end, size_t limit) const {
  const size_t last_comma = end - 1;
  // "Commander Stuart Cundy, said: "…"": a comma set by mistake between the
  // person's name that opens the sentence and its verb, before a colon.
  if (const size_t first = SentenceOf(last_comma).first_token;
      IsSymbol(end + 1, ":") && first >= limit && first + 2 <= last_comma &&
      last_comma - first <= kMaxSpeakerTokens &&
      std::all_of(tokens_.begin() + first, tokens_.begin() + last_comma,
                  [&](const Token& token) {
                    return IsCapitalizedWord(&token - tokens_.data());
                  })) {
    // A title and a name ("Commander Stuart Cundy"), not an opening phrase
    // ("In Paris", "After Monday").
    static const WordSet* const kOpeningWords = new WordSet(
        {"in",     "on",     "at",    "for",  "from",  "with",     "after",
         "before", "during", "since", "by",   "the",   "a",        "an",
         "and",    "but",    "as",    "when", "while", "meanwhile"});
    Phrase name{first, last_comma};
    if (!IsWordIn(*kOpeningWords, first) && CanSpeak(name)) {
      name.surface_end = end;
      return name;
    }
  }
  // "Tom Hale of Columbia, Missouri, said": the place is his home.
  if (Phrase owner = HomeOwnerBefore(last_comma, limit); !owner.empty()) {
    owner.surface_end = end;
    return owner;
  }
  // The comma that closes the words between k and it.
  size_t segment_end = last_comma;
  for (size_t k = last_comma; k > limit && k + kMaxParentheticalTokens > end;
       --k) {
    // "a spokeswoman for the UN High Commissioner for Refugees (UNHCR)":
    // brackets and a name's own marks stay inside.
    if (IsPunctuation(k - 1) && !IsSymbol(k - 1, ",") && !IsNameMark(k - 1) &&
        !IsSymbol(k - 1, "(") && !IsSymbol(k - 1, ")")) {
      break;
    }
    // "a golfer from Columbus, Ohio,": the comma of a place and its state
    // or country stays inside the words it ends.
    if (!IsSymbol(k - 1, ",") || IsPlaceAfterComma(k, segment_end)) continue;
    const bool nearest = segment_end == last_comma;
    const Phrase name = PhraseBefore(k - 1, limit);
    // "The president of the Provincial Defense Council of Pinar del Río,
    // Yamilé Ramos Cordero, reported": a person's name after a title that
    // names a body is the speaker. So after a body a possessive names ("The
    // head of Lebanon's Red Cross, George Kettani,"), which no person's
    // name is.
    // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist
    // Church, said": so is a name whose body follows it.
    // "Indonesia's leading security minister, Wiranto, said", "The Head of
    // the Agency (BNPB), Willem Rampangilei, told": so is a name of one
    // word, or one after a description that ends in a bracket.
    const size_t name_end =
        nearest ? NameEndBeforeItsBody(k, last_comma) : last_comma;
    const Phrase described =
        name.empty() && nearest ? SubjectBefore(k - 1, limit) : name;
    // A lone word only after the description that opens the clause, not
    // inside an aside ("Michael Seaman, who lives outside the state
    // capital, Sacramento, said").
    if (nearest && !described.empty() &&
        (IsNameBetween(k, name_end) ||
         (IsLoneName(k, name_end) &&
          std::none_of(tokens_.begin() + limit,
                       tokens_.begin() + described.first,
                       [](const Token& token) {
                         return token.kind == TokenKind::kWord;
                       }))) &&
        (!IsNameBetween(described.first, described.end) ||
         // "The Head of the Agency (BNPB), Willem Rampangilei,": an
         // article opens no name.
         IsOneOf(WordAt(described.first), {"the", "a", "an"}) ||
         std::any_of(tokens_.begin() + described.first,
                     tokens_.begin() + described.end - 1,
                     [&](const Token& token) {
                       return IsPossessive(TextOf(text_, token.span));
                     }))) {
      Phrase person{k, name_end};
      person.surface_first = described.first;
      // "one of the family's attorneys, Justin Bamberg,", "A lawyer for the
      // news outlets, David Schulz,": the title's head is how the text
      // names him too.
      if (const Phrase head = HeadBeforeLink(described, limit,
                                             {"of", "for", "at", "with", "to"});
          !head.empty()) {
        person.surface_first = head.first;
      }
      person.surface_end = end;
      return person;
    }
    Phrase speaker = name;
    // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
    // 2012, said", "Ana Ruiz, whose hometown, Miami, is …, argues": a
    // place's state, or a name set off inside a relative clause, is the
    // aside's, no subject (unlike "Nevada's governor, Brian Sandoval, a
    // Republican, said").
    const bool in_an_aside = !name.empty() && name.first > limit + 1 &&
                             IsSymbol(name.first - 1, ",") &&
                             (IsPlaceAfterComma(name.first, name.end) ||
                              OpensARelativeSegment(name.first - 1, limit));
    if (name.empty() || !IsCapitalizedWord(name.end - 1) || in_an_aside ||
        !OpensParentheticals(name, nearest, limit)) {
      // "A White House official, who requested anonymity, said",
      // "Supporters of abortion rights, on the other hand, argued": the
      // subject that opens the sentence, named or not.
      speaker = SubjectBefore(k - 1, limit);
      if (speaker.empty() || !OpensParentheticals(speaker, false, limit)) {
        speaker = {end, end};
      }
    }
    if (!speaker.empty()) {
      speaker.surface_end = AppositionsEnd(k - 1, end);
      return speaker;
    }
    // Only a name opens them ("The state's campaign chairman, Phil Lovas,
    // said" has its speaker after the title); a clause of its own ends the
    // search ("the talks failed, officials said").
    if (!IsParenthetical(k, segment_end)) break;
    segment_end = k - 1;
  }
  return {end, end};
}

bool AttributionFinder::OpensParentheticals(const Phrase& name, bool nearest,
                                            size_t limit) const {
  // "a spokesman for CREDO Action, which organized the letter, said": a
  // name that a preposition joins to a title names no speaker of its own.
  if (nearest) {
    return name.first == limit ||
           !IsOneOf(WordAt(name.first - 1), {"of", "for", "at", "in", "by",
                                             "with", "from", "to", "on"});
  }
  // Across further commas only the sentence's opening name speaks, after
  // an opening adverbial if one leads ("Earlier this week, senior
  // Democrats on the committee, along with …, wrote").
  if (name.first == limit ||
      (name.first == limit + 1 && IsOpeningConjunction(limit))) {
    return true;
  }
  // An adverbial is a few words (as a parenthetical is): bounded, each
  // cue's search costs a bounded time in a sentence of any length.
  if (name.first <= limit + 1 || name.first > limit + kMaxParentheticalTokens ||
      !IsSymbol(name.first - 1, ",") || !OpensAnAdverbial(limit)) {
    return false;
  }
  for (size_t t = limit; t + 1 < name.first; ++t) {
    if (IsPunctuation(t)) return false;
  }
  return true;
}

bool AttributionFinder::IsParenthetical(size_t first, size_t end) const {
  // "who lost her daughter in 2012", "58", "for his part", "a veteran who
  // now is a clerk": not a clause of its own ("the bridge will reopen").
  size_t verb_end = end;
  for (size_t t = first; t < end; ++t) {
    if (IsOneOf(WordAt(t), {"who", "whose", "which"})) {
      verb_end = t;
      break;
    }
  }
  return !TensedVerbBefore(first, verb_end);
}

AttributionFinder::Phrase AttributionFinder::WithAppositions(Phrase subject,
                                                             size_t end) const {
  // "Huma Abedin, vice chairwoman of the campaign, emailed supporters,
  // telling them …": the sentence's subject with its appositions, which end
  // at the comma before its predicate ("emailed supporters").
  if (subject.empty() || !IsSymbol(subject.end, ",") ||
      end > subject.end + kMaxParentheticalTokens) {
    return subject;
  }
  size_t predicate = IsSymbol(end - 1, ",") ? end - 1 : end;
  while (predicate > subject.end + 1 && !IsSymbol(predicate - 1, ",")) {
    --predicate;
  }
  if (predicate > subject.end + 1) {
    subject.surface_end = AppositionsEnd(subject.end, predicate);
  }
  return subject;
}

size_t AttributionFinder::SegmentEnd(size_t first, size_t end) const {
  for (size_t t = first; t < end; ++t) {
    if (!IsSymbol(t, ",")) continue;
    size_t next = t + 1;
    while (next < end && !IsSymbol(next, ",")) ++next;
    // "a golfer from Columbus, Ohio,": the comma of a place and its state
    // or country stays inside the words it ends.
    if (!IsPlaceAfterComma(t + 1, next)) return t;
    t = next - 1;
  }
  return end;
}

size_t AttributionFinder::AppositionsEnd(size_t comma, size_t end) const {
  // "Ana Ruiz, 58, the mayor of Dayton, who grew up there, said": the
  // appositions, each with its closing comma, are how the text names her;
  // an adverbial ("meanwhile", "in a statement") or a participle
  // ("referring to …") is not.
  size_t surface = comma;
  for (size_t first = comma + 1; first < end;) {
    const size_t close = SegmentEnd(first, end);
    if (!IsAppositiveSegment(first, close) ||
        DescribesThePlaceBefore(first, comma)) {
      break;
    }
    surface = close < end ? close + 1 : close;
    first = close + 1;
  }
  return surface;
}

bool AttributionFinder::DescribesThePlaceBefore(size_t first,
                                                size_t name_comma) const {
  // "Jean-Marc Ayrault, the foreign minister of France, a permanent member
  // of the Security Council,", "Scott Pruitt, the attorney general of
  // Oklahoma, one of the states suing": after "of" and a name, "a …" or
  // "one of …" describes the place or the body, not the person.
  if (first < name_comma + 4 || !IsSymbol(first - 1, ",") ||
      !IsOneOf(WordAt(first), {"a", "an", "one"})) {
    return false;
  }
  size_t place = first - 1;
  while (place > name_comma + 1 && place + kMaxSpeakerTokens > first &&
         IsCapitalizedWord(place - 1)) {
    --place;
  }
  return place < first - 1 &&
         (IsWordToken(place - 1, "of") || IsWordToken(place - 1, "the"));
}

bool AttributionFinder::IsAppositiveSegment(size_t first, size_t end) const {
  if (IsAge(first, end)) return true;
  // "Chris Cox, who runs the lobbying arm, says": a relative clause
  // describes the person too; not one that reports ("said Ann Kamin, who
  // emphasized that …"), a claim of its own.
  if (IsOneOf(WordAt(first), {"who", "whose"})) {
    for (size_t t = first + 1; t < end; ++t) {
      if (cue_at_[t] != kNoCue && IsWordToken(cues_[cue_at_[t]].end, "that")) {
        return false;
      }
    }
    return true;
  }
  // "Proponents, including the Conference of Mayors, have urged": the
  // members named are how the text names the group.
  if (IsWordToken(first, "including")) return true;
  return IsApposition(first, end) &&
         !absl::EndsWithIgnoreCase(WordAt(first), "ed") &&
         !IsOneOf(WordAt(first),
                  {"meanwhile", "however",    "though",  "too",    "instead",
                   "still",     "again",      "after",   "before", "during",
                   "when",      "while",      "because", "if",     "himself",
                   "herself",   "themselves", "itself",  "like",   "unlike"});
}

}  // namespace factcheck::extract::attribution_internal
