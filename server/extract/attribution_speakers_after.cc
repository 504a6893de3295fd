// AttributionFinder: who speaks when the name follows the cue ("…," said
// Rep. Gwen Moore (D-Wis.), a member of the panel), and the tests of a
// name's words and appositions both sides share.
#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/calendar.h"
#include "server/extract/places.h"

namespace factcheck::extract::attribution_internal {

AttributionFinder::Phrase AttributionFinder::PhraseAfter(size_t begin,
                                                         size_t limit) const {
  size_t end = begin;
  // A long title runs on to the name it ends with: "said the United
  // Nations Resident and Humanitarian Coordinator for Peru Ana Ortiz".
  while (end < limit &&
         (end - begin < kMaxSpeakerTokens ||
          (end - begin < kMaxTitledSpeakerTokens && IsCapitalizedWord(end)))) {
    if (tokens_[end].kind == TokenKind::kWord) {
      const absl::string_view lower = WordAt(end);
      const bool joins_title = IsOneOf(lower, {"for", "and"}) &&
                               IsCapitalizedWord(end - 1) &&
                               IsCapitalizedWord(end + 1);
      // "said people familiar with the matter": what they know is no part
      // of the name.
      // "said President Moon Jae-in": a word a hyphen glues on ends
      // nothing.
      const bool glued_on = end > begin && JoinsWords(end - 1);
      // "said Correa during his regular Saturday TV broadcast": when and
      // how he spoke is no part of the name.
      const bool ends = (IsWordIn(PhraseEnders(), end) && !joins_title &&
                         !glued_on && !IsMonthOrModalEndingAName(end)) ||
                        (end > begin && (OpensPostmodifier(end) ||
                                         IsOneOf(lower, {"during", "amid"})));
      if (ends && end > begin) break;
      if (ends) return {begin, begin};
      ++end;
    } else if (IsSymbol(end, ".") && !tokens_[end].space_before &&
               end + 1 < limit && IsCapitalizedWord(end + 1) &&
               Text(end - 1).size() <= 4) {
      ++end;
    } else if (JoinsWords(end) || (tokens_[end].kind == TokenKind::kDigits &&
                                   (JoinsWords(end + 1) ||
                                    (end > begin && JoinsWords(end - 1))))) {
      ++end;  // "9/11 widow Terry Strada", "said 17-year-old Ana Ruiz"
    } else if (IsSymbol(end, "-") && end > begin &&
               !tokens_[end].space_before && Valid(end + 1) &&
               !tokens_[end + 1].space_before &&
               tokens_[end + 1].kind == TokenKind::kWord) {
      ++end;  // "Joung-ah Ghedini-Williams"
    } else {
      break;
    }
  }
  return {begin, end};
}

AttributionFinder::Phrase AttributionFinder::SpeakerAfter(
    size_t cue_end, size_t sentence_end) const {
  Phrase speaker = PhraseAfter(cue_end, sentence_end);
  size_t words_end = WithBodyOrPlace(speaker, sentence_end);
  if (words_end > speaker.end) speaker.surface_end = words_end;
  // "…," said the head of the agency, Jerry Chandler: a description and the
  // body it serves, then the person's name, who is the speaker (not a
  // place: "said the mayor of Dayton, New Mexico").
  if (!speaker.empty() && words_end == speaker.end &&
      !IsCapitalizedWord(speaker.end - 1) &&
      IsOneOf(WordAt(speaker.end), {"of", "for", "at", "with"})) {
    size_t comma = speaker.end + 1;
    while (comma < sentence_end && comma < speaker.end + kMaxSpeakerTokens &&
           (!IsPunctuation(comma) || IsNameMark(comma))) {
      ++comma;
    }
    size_t name_end = comma + 1;
    while (name_end < sentence_end &&
           (!IsPunctuation(name_end) || IsNameMark(name_end))) {
      ++name_end;
    }
    // The sentence's full stop is no initial's.
    if (name_end == sentence_end && IsSymbol(name_end - 1, ".")) --name_end;
    if (IsSymbol(comma, ",") && IsNameBetween(comma + 1, name_end) &&
        !IsPlaceAfterComma(comma + 1, name_end)) {
      const size_t described = speaker.first;
      speaker = {comma + 1, name_end};
      speaker.surface_first = described;
      words_end = name_end;
    }
  }
  // "…, said one GOP source in the room.": a description's place, when it
  // ends the sentence, is how the text names the speaker too.
  if (!speaker.empty() && words_end == speaker.end &&
      !IsCapitalizedWord(speaker.end - 1) &&
      IsOneOf(WordAt(speaker.end), {"in", "on", "at", "from", "with"})) {
    size_t place_end = speaker.end + 1;
    while (place_end < sentence_end &&
           place_end < speaker.end + kMaxSpeakerTokens &&
           tokens_[place_end].kind == TokenKind::kWord &&
           !IsVerbWord(place_end) && !IsTimeHead(place_end) &&
           cue_at_[place_end] == kNoCue) {
      ++place_end;
    }
    size_t rest = place_end;
    while (rest < sentence_end && IsPunctuation(rest) && !in_quote_[rest]) {
      ++rest;
    }
    if (rest == sentence_end && place_end > speaker.end + 1) {
      speaker.surface_end = place_end;
    }
  }
  if (!speaker.empty() && IsSymbol(words_end, ",")) {
    // The apposition ends where the quotation resumes after a comma:
    // '"A," said Sherman, speaking of politicians, "and B."' (not at a
    // quoted title inside it: 'the author of "Destiny and Power,"').
    size_t end = words_end + 1;
    while (end < sentence_end &&
           !(in_quote_[end] && !in_quote_[end - 1] && IsSymbol(end - 1, ","))) {
      ++end;
    }
    while (end > words_end + 1 && IsPunctuation(end - 1)) --end;
    // "…, said Trump, adding that …": a participle goes on with the
    // sentence.
    if (end > words_end + 1 && end - words_end <= kMaxParentheticalTokens &&
        IsApposition(words_end + 1, end)) {
      // "…," said Suleiman's father, Brahim Aytnasr, whose eyes …: a
      // person's name after a description is the speaker.
      size_t name_end = words_end + 1;
      while (name_end < end && !IsPunctuation(name_end)) ++name_end;
      if (words_end == speaker.end &&
          IsNameBetween(speaker.end + 1, name_end) &&
          !IsNameBetween(speaker.first, speaker.end)) {
        speaker.surface_first = speaker.first;
        speaker.first = speaker.end + 1;
        speaker.end = name_end;
      }
      speaker.described_end = end;
      speaker.surface_end = AppositionsEnd(words_end, end);
    }
  }
  // "said Richard Trumka, president of the A.F.L.-C.I.O.", "said John Smith
  // Jr.": the period that ends the sentence ends the abbreviation too.
  const size_t words = speaker.surface_finish();
  if (!speaker.empty() && EndsAnAbbreviation(words)) {
    speaker.surface_end = words + 1;
  }
  return speaker;
}

size_t AttributionFinder::PartyEnd(size_t open, size_t end) const {
  if (!IsSymbol(open, "(")) return open;
  for (size_t t = open + 1; t < end && t <= open + kMaxPartyTokens; ++t) {
    if (IsSymbol(t, ")")) return t + 1;
    if ((IsPunctuation(t) && !IsNameMark(t)) ||
        (tokens_[t].kind == TokenKind::kWord && !IsCapitalizedWord(t))) {
      break;
    }
  }
  return open;
}

bool AttributionFinder::EndsAnAbbreviation(size_t t) const {
  return IsSymbol(t, ".") && !tokens_[t].space_before && t > 0 &&
         ((Text(t - 1).size() == 1 && IsCapitalizedWord(t - 1)) ||
          IsOneOf(WordAt(t - 1), {"jr", "sr", "inc", "corp", "co", "ltd"}));
}

size_t AttributionFinder::WithBodyOrPlace(const Phrase& name,
                                          size_t sentence_end) const {
  // "said Rep. Gwen Moore (D-Wis.)": a party and state in brackets belong
  // to the name's words.
  if (!name.empty() && IsCapitalizedWord(name.end - 1)) {
    if (const size_t party = PartyEnd(name.end, sentence_end);
        party > name.end) {
      return party;
    }
  }
  // "said one Democrat familiar with the talks, who …", "said people close
  // to the campaign's staff": what the speaker knows belongs to the words
  // that name them.
  if (!name.empty() && OpensPostmodifier(name.end)) {
    const size_t known = name.end + 2;
    size_t end = known;
    while (end < sentence_end && end < known + kMaxSpeakerTokens &&
           ((tokens_[end].kind == TokenKind::kWord && !IsVerbWord(end) &&
             cue_at_[end] == kNoCue) ||
            IsApostrophe(end) || IsSymbol(end, "-"))) {
      ++end;
    }
    if (end > known) return end;
  }
  // "said Sen. Tom Carper of Delaware", "said Ann Lee of the Tax Policy
  // Center": the place or body a name is of belongs to its words.
  if (name.empty() || !IsCapitalizedWord(name.end - 1) ||
      !IsWordToken(name.end, "of")) {
    return name.end;
  }
  size_t body = name.end + 1;
  if (IsWordToken(body, "the")) ++body;
  if (!IsCapitalizedWord(body)) return name.end;
  const Phrase words = PhraseAfter(body, sentence_end);
  return words.empty() ? name.end : words.end;
}

bool AttributionFinder::IsAge(size_t first, size_t end) const {
  // "Jim Bennett, 57,", "said Carla Cruz, 24."
  return Valid(first) && tokens_[first].kind == TokenKind::kDigits &&
         (first + 1 == end || IsSymbol(first + 1, ","));
}

bool AttributionFinder::IsApposition(size_t first, size_t end) const {
  if (!Valid(first) || absl::EndsWithIgnoreCase(WordAt(first), "ing") ||
      IsVerbWord(first) || (IsTimeWord(first) && !IsAge(first, end)) ||
      IsOneOf(WordAt(first),
              {"and", "but", "or", "so", "with", "in", "on", "at", "for",
               "from", "to", "by", "which", "that", "including", "as"})) {
    return false;
  }
  for (size_t t = first; t < end; ++t) {
    if (in_quote_[t]) return false;
  }
  return true;
}

bool AttributionFinder::IsNameBetween(size_t first, size_t end) const {
  if (end < first + 2 || end - first > kMaxSpeakerTokens) return false;
  for (size_t t = first; t < end; ++t) {
    // "John F. Kennedy": an initial's period; "Jean-Max Bellerive", "Yoon
    // Hee-keun": a hyphen and the word it glues on.
    const bool glued = t > first && IsSymbol(t - 1, "-") && JoinsWords(t - 1);
    if (!IsCapitalizedWord(t) && !glued &&
        !(IsSymbol(t, ".") && t > first && !tokens_[t].space_before) &&
        !(IsSymbol(t, "-") && t > first && JoinsWords(t))) {
      return false;
    }
  }
  return IsCapitalizedWord(end - 1);
}

bool AttributionFinder::IsLoneName(size_t first, size_t end) const {
  return end == first + 1 && IsCapitalizedWord(first) &&
         !IsWeekday(Text(first)) &&
         MonthNameOf(Text(first)) != MonthName::kFull &&
         !IsKnownPlace(CanonicalPlace(Text(first)));
}

size_t AttributionFinder::NameEndBeforeItsBody(size_t first, size_t end) const {
  for (size_t t = first + 2; t < end && t <= first + kMaxSpeakerTokens; ++t) {
    if (IsOneOf(WordAt(t), {"of", "from", "at"})) {
      return IsNameBetween(first, t) ? t : end;
    }
  }
  return end;
}

}  // namespace factcheck::extract::attribution_internal
