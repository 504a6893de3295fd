#include "server/extract/attributions.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "server/extract/attribution_finder.h"
#include "server/extract/calendar.h"
#include "server/extract/headlines.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"

namespace factcheck::extract {

extern const char kCuesTsv[];

namespace attribution_internal {

struct CueLexicon {
  PhraseTable phrases;
  std::vector<CueEntry> entries;
};

const CueLexicon& Cues() {
  static const CueLexicon* const kCues = [] {
    auto* cues = new CueLexicon();
    for (absl::string_view line : absl::StrSplit(kCuesTsv, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
      CueEntry entry;
      if (fields.size() > 1) {
        entry.quote = fields[1] == "quote";
        entry.weak = fields[1] == "weak";
        entry.strict = fields[1] == "strict";
        entry.directive = fields[1] == "directive";
        entry.charge = fields[1] == "charge";
        entry.object = fields[1] == "object";
      }
      cues->entries.push_back(entry);
      cues->phrases.Add(fields[0],
                        static_cast<uint32_t>(cues->entries.size() - 1));
    }
    return cues;
  }();
  return *kCues;
}

// Words that end a speaker's name when reading away from the cue: clause
// links, auxiliaries and prepositions.
const WordSet& PhraseEnders() {
  static const WordSet* const kWords = new WordSet(
      {"that",    "which",  "who",        "whom",   "and",      "but",
       "or",      "while",  "when",       "as",     "if",       "because",
       "after",   "before", "since",      "though", "although", "where",
       "has",     "have",   "had",        "is",     "was",      "were",
       "are",     "will",   "would",      "could",  "should",   "may",
       "might",   "also",   "earlier",    "later",  "then",     "on",
       "in",      "at",     "to",         "for",    "with",     "from",
       "by",      "of",     "said",       "says",   "told",     "not",
       "however", "again",  "previously", "once",   "there",    "this",
       "these",   "those",  "than",       "so",     "yet",      "still",
       "into",    "about",  "over"});
  return *kWords;
}

bool EndsPhrase(absl::string_view word) {
  return PhraseEnders().Contains(word);
}

bool IsAuxiliary(absl::string_view word) {
  static const WordSet* const kWords = new WordSet(
      {"has",        "have",       "had",     "also",       "later",
       "earlier",    "then",       "again",   "previously", "reportedly",
       "once",       "repeatedly", "further", "initially",  "first",
       "recently",   "often",      "always",  "never",      "publicly",
       "privately",  "quickly",    "flatly",  "simply",     "openly",
       "explicitly", "clearly",    "falsely", "wrongly",    "correctly",
       "now",        "still",      "even",    "just",       "already"});
  return kWords->Contains(word);
}

// Words that open a clause of their own: a subject never reaches back
// across them.
const WordSet& Subordinators() {
  static const WordSet* const kWords = new WordSet(
      {"that",     "which",  "who",     "whom",   "whose", "when",  "while",
       "because",  "if",     "as",      "but",    "since", "after", "before",
       "although", "though", "where",   "than",   "so",    "then",  "whether",
       "and",      "or",     "whereas", "unless", "until"});
  return *kWords;
}

// Tensed forms of "be", "have" and "do", and the modals: a clause has one
// ("the plan had failed"), an object does not ("a large lead").
const WordSet& TensedVerbs() {
  static const WordSet* const kWords = new WordSet(
      {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
       "could", "may", "might", "must", "should", "shall", "does", "did"});
  return *kWords;
}

// With the tensed verbs, the words a subject never holds ("Clinton is
// likely to have a majority of those pledged delegates").
const WordSet& UntensedVerbWords() {
  static const WordSet* const kWords =
      new WordSet({"be", "been", "being", "am", "do", "to", "not", "by"});
  return *kWords;
}

// The people and bodies that stand "to" someone in a speaker's words
// ("aides to Clinton", "sources close to the talks", "Chad's ambassador to
// France"); after other words "to" is a verb's ("moves to", "traced … to").
const WordSet& RelationsTo() {
  static const WordSet* const kWords =
      new WordSet({"close",       "aide",         "aides",         "adviser",
                   "advisers",    "advisor",      "advisors",      "ambassador",
                   "envoy",       "envoys",       "delegation",    "spokesman",
                   "spokeswoman", "spokesperson", "assistant",     "counselor",
                   "consultant",  "consultants",  "successor",     "heir",
                   "lawyer",      "lawyers",      "attorney",      "attorneys",
                   "secretary",   "minister",     "representative"});
  return *kWords;
}

bool IsPronoun(absl::string_view word) {
  static const WordSet* const kPronouns =
      new WordSet({"he", "she", "it", "they", "we", "i"});
  return kPronouns->Contains(word);
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

AttributionFinder::Phrase AttributionFinder::PhraseBefore(size_t end,
                                                          size_t limit) const {
  while (end > limit && IsAuxiliary(WordAt(end - 1))) --end;
  // "the Times on Saturday wrote": the adjunct is no part of the name.
  size_t adjunct = end;
  bool names_a_time = false;
  while (adjunct > limit + 1 && IsTimeWord(adjunct - 1)) {
    --adjunct;
    names_a_time = names_a_time || IsTimeHead(adjunct);
  }
  if (names_a_time) end = adjunct;
  size_t first = end;
  while (first > limit && end - first < kMaxSpeakerTokens) {
    const size_t t = first - 1;
    if (tokens_[t].kind == TokenKind::kWord) {
      // "the Labor Department announced it added": no speaker reaches back
      // across another cue.
      if (cue_at_[t] != kNoCue) break;
      const absl::string_view lower = WordAt(t);
      // "of", "for" and "and" join the words of a title.
      const bool joins_title = IsOneOf(lower, {"of", "for", "and"}) &&
                               IsCapitalizedWord(t + 1) &&
                               IsCapitalizedWord(t - 1);
      if (IsWordIn(PhraseEnders(), t) && !joins_title) break;
      first = t;
    } else if (IsSymbol(t, ".") && !tokens_[t].space_before &&
               IsCapitalizedWord(t - 1)) {
      first = t;  // "Mr."
    } else if (IsSymbol(t, "'") || IsSymbol(t, "\xE2\x80\x99")) {
      first = t;  // "the ministry's spokesman"
    } else {
      break;
    }
  }
  // Start at a determiner, a capital or a pronoun: "recognising the right
  // to self-defence the top diplomat" is not a name.
  while (first < end && tokens_[first].kind == TokenKind::kWord &&
         !IsCapitalizedWord(first) && !IsPronoun(WordAt(first))) {
    const absl::string_view lower = WordAt(first);
    if (IsOneOf(lower, {"the", "a", "an", "his", "her", "its", "their"})) {
      break;
    }
    if (end - first == 1) break;  // a bare noun: "officials said"
    ++first;
  }
  return {first, end};
}

AttributionFinder::Phrase AttributionFinder::SpeakerBefore(size_t cue_begin,
                                                           size_t limit) const {
  // "Trump tweeted on Friday, saying that …": a participle reports for the
  // subject of its sentence; without the comma it is no cue ("taxpayers
  // reporting capital gains").
  if (absl::EndsWithIgnoreCase(WordAt(cue_begin), "ing")) {
    // "Trump is demanding that …": a progressive is the verb itself.
    if (IsProgressive(cue_begin)) {
      return PhraseBefore(cue_begin - 1, limit);
    }
    if (cue_begin == limit || !IsSymbol(cue_begin - 1, ",")) {
      return {cue_begin, cue_begin};
    }
    // "…,” Trump said, adding that …", "…,” said Trump, adding …": the
    // speaker of the cue the participle follows.
    const size_t comma = cue_begin - 1;
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
      bool named = cue.end < comma;
      for (size_t t = cue.end; named && t < comma; ++t) {
        named = IsCapitalizedWord(t);
      }
      if (named) return {cue.end, comma};
      break;
    }
    return SentenceSubject(limit, cue_begin);
  }
  // "He spoke to the families and said …": the second verb shares the
  // subject of the first.
  size_t verb = cue_begin;
  while (verb > limit && IsAuxiliary(WordAt(verb - 1))) --verb;
  if (verb > limit &&
      (IsWordToken(verb - 1, "and") || IsWordToken(verb - 1, "but"))) {
    return SentenceSubject(limit, verb - 1);
  }
  size_t end = cue_begin;
  while (end > limit && IsAuxiliary(WordAt(end - 1))) --end;
  if (end > limit && (IsSymbol(end - 1, ")") || IsSymbol(end - 1, ","))) {
    const absl::string_view open = IsSymbol(end - 1, ")") ? "(" : ",";
    for (size_t k = end - 1; k > limit && k + kMaxAppositionTokens > end; --k) {
      // "a golfer from Columbus, Ohio,": the comma of a place and its state
      // or country stays inside the apposition.
      if (open == "," && IsSymbol(k - 1, ",") && k > limit + 1 && k + 1 < end &&
          IsCapitalizedWord(k - 2) && IsCapitalizedWord(k) &&
          end - 1 - k <= 3 &&
          !CountriesOf(CanonicalPlace(TextOf(text_, SpanOf(k, end - 1))))
               .empty()) {
        continue;
      }
      if (IsSymbol(k - 1, open)) {
        Phrase name = PhraseBefore(k - 1, limit);
        // Only a name stands before an apposition: "the talks failed,
        // officials said" has none.
        if (!name.empty() && IsCapitalizedWord(name.end - 1)) {
          name.surface_end = open == "(" ? end : end - 1;
          return name;
        }
        break;
      }
      // "a spokeswoman for the UN High Commissioner for Refugees (UNHCR)":
      // an abbreviation in brackets stays inside the apposition.
      if (IsPunctuation(k - 1) && !IsSymbol(k - 1, ".") &&
          !IsSymbol(k - 1, "-") && !IsSymbol(k - 1, "'") &&
          !IsSymbol(k - 1, "\xE2\x80\x99") &&
          !(open == "," && (IsSymbol(k - 1, "(") || IsSymbol(k - 1, ")")))) {
        break;
      }
    }
    return {end, end};
  }
  Phrase phrase = PhraseBefore(end, limit);
  // "the commander at the scene believed", "officials in Gaza said": the
  // place a preposition joins is no speaker; the head before it is, with the
  // place in its words.
  if (!phrase.empty() && phrase.first > limit + 1 &&
      IsOneOf(WordAt(phrase.first - 1), {"at", "in", "on", "from"})) {
    Phrase head = PhraseBefore(phrase.first - 1, limit);
    if (CanSpeak(head)) {
      head.surface_end = phrase.end;
      return head;
    }
  }
  return phrase;
}

AttributionFinder::Phrase AttributionFinder::SentenceSubject(size_t limit,
                                                             size_t end) const {
  if (IsOneOf(
          WordAt(limit),
          {"in",   "on",       "at",     "after",     "before", "but", "and",
           "when", "while",    "as",     "since",     "during", "for", "with",
           "if",   "although", "though", "meanwhile", "still",  "yet", "so"})) {
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
  return {limit, subject_end};
}

bool AttributionFinder::IsBoundary(size_t i) const {
  return IsSymbol(i, ",") || IsSymbol(i, ";") || IsSymbol(i, ":") ||
         IsSymbol(i, "\xE2\x80\x94") || IsSymbol(i, "\xE2\x80\x93");
}

bool AttributionFinder::IsProgressive(size_t cue_begin) const {
  return cue_begin > 0 &&
         IsOneOf(WordAt(cue_begin - 1), {"is", "are", "was", "were", "been"});
}

AttributionFinder::Phrase AttributionFinder::SubjectBefore(size_t cue_begin,
                                                           size_t limit) const {
  if (absl::EndsWithIgnoreCase(WordAt(cue_begin), "ing") &&
      !IsProgressive(cue_begin)) {
    return {cue_begin, cue_begin};
  }
  size_t end = IsProgressive(cue_begin) ? cue_begin - 1 : cue_begin;
  while (end > limit && IsAuxiliary(WordAt(end - 1))) --end;
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
    if (!IsWordToken(t - 1, "who")) continue;
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
  while (first > limit && end - first < kMaxSubjectTokens &&
         !IsBoundary(first - 1)) {
    const size_t t = first - 1;
    if (tokens_[t].kind == TokenKind::kSymbol) {
      // Marks inside a name or a figure: "Sen. Rand Paul (R-Ky.)", "10%".
      if (!IsSymbol(t, ".") && !IsSymbol(t, "-") && !IsSymbol(t, "(") &&
          !IsSymbol(t, ")") && !IsSymbol(t, "'") && !IsSymbol(t, "%") &&
          !IsSymbol(t, "\xE2\x80\x99")) {
        return {end, end};
      }
    } else if (tokens_[t].kind == TokenKind::kWord &&
               (IsWordIn(Subordinators(), t) ||
                (IsVerbWord(t) && !JoinsObject(t)) || cue_at_[t] != kNoCue)) {
      return {end, end};
    }
    first = t;
  }
  if (first == end || (first > limit && !IsBoundary(first - 1))) {
    return {end, end};
  }
  // The subject's head: its words before the first preposition ("Some
  // delegates" of "Some delegates at the convention in Philadelphia").
  size_t head_end = first;
  while (
      head_end < end &&
      !IsOneOf(WordAt(head_end), {"of", "at", "in", "from", "for", "with", "on",
                                  "among", "across", "who", "whose"})) {
    ++head_end;
  }
  const Phrase head{first, head_end};
  const absl::string_view lead = WordAt(first);
  // "Six in 10 Democratic voters", "about half of Republicans": a share
  // names its group whole; "Some delegates" is a group of its own.
  const bool share =
      tokens_[first].kind == TokenKind::kDigits ||
      IsOneOf(lead,
              {"about", "nearly", "almost",  "half",   "majorities", "majority",
               "two",   "three",  "four",    "five",   "six",        "seven",
               "eight", "nine",   "ten",     "twenty", "thirty",     "forty",
               "fifty", "sixty",  "seventy", "eighty", "ninety"}) ||
      absl::StrContains(lead, "-");
  const bool quantified =
      share || IsOneOf(lead, {"some", "many", "most", "several", "few", "all",
                              "more", "fewer", "both", "each"});
  if (head.empty() || (!CanSpeak(head) && !quantified)) return {end, end};
  if (share) return {first, end};
  return {first, head_end, end};
}

AttributionFinder::Phrase AttributionFinder::PhraseAfter(size_t begin,
                                                         size_t limit) const {
  size_t end = begin;
  while (end < limit && end - begin < kMaxSpeakerTokens) {
    if (tokens_[end].kind == TokenKind::kWord) {
      const absl::string_view lower = WordAt(end);
      const bool joins_title = IsOneOf(lower, {"for", "and"}) &&
                               IsCapitalizedWord(end - 1) &&
                               IsCapitalizedWord(end + 1);
      const bool ends = IsWordIn(PhraseEnders(), end) && !joins_title;
      if (ends && end > begin) break;
      if (ends) return {begin, begin};
      ++end;
    } else if (IsSymbol(end, ".") && !tokens_[end].space_before &&
               end + 1 < limit && IsCapitalizedWord(end + 1) &&
               Text(end - 1).size() <= 4) {
      ++end;
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
  if (!speaker.empty() && IsSymbol(speaker.end, ",")) {
    // The apposition ends where the quotation resumes after a comma:
    // '"A," said Sherman, speaking of politicians, "and B."' (not at a
    // quoted title inside it: 'the author of "Destiny and Power,"').
    size_t end = speaker.end + 1;
    while (end < sentence_end &&
           !(in_quote_[end] && !in_quote_[end - 1] && IsSymbol(end - 1, ","))) {
      ++end;
    }
    while (end > speaker.end + 1 && IsPunctuation(end - 1)) --end;
    // "…, said Trump, adding that …": a participle goes on with the
    // sentence.
    if (end > speaker.end + 1 && end - speaker.end <= kMaxAppositionTokens &&
        IsApposition(speaker.end + 1, end)) {
      speaker.surface_end = end;
    }
  }
  return speaker;
}

bool AttributionFinder::IsApposition(size_t first, size_t end) const {
  if (!Valid(first) || absl::EndsWithIgnoreCase(WordAt(first), "ing") ||
      IsVerbWord(first) || IsTimeWord(first) ||
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

bool AttributionFinder::CanSpeak(Phrase phrase) const {
  if (phrase.empty()) return false;
  // A pronoun speaks alone: "a major reason it thought" names no speaker.
  if (phrase.end > phrase.first + 1 && IsPronoun(WordAt(phrase.end - 1))) {
    return false;
  }
  for (size_t t = phrase.first; t < phrase.end; ++t) {
    if (IsCapitalizedWord(t)) return true;
  }
  const absl::string_view first = WordAt(phrase.first);
  if (phrase.end == phrase.first + 1) {
    // A pronoun, or a bare plural of speakers: "officials", "police".
    return IsPronoun(first) || absl::EndsWithIgnoreCase(first, "s") ||
           IsOneOf(first, {"police"});
  }
  // A plural with a word or two before it: "local engineers", "political
  // experts said"; not "initial analysis", not "those promises add up", and
  // never the object of a participle cue ("recalling summer visits").
  const absl::string_view noun = WordAt(phrase.end - 1);
  if (phrase.end <= phrase.first + 3 && noun.size() > 3 &&
      absl::EndsWithIgnoreCase(noun, "s") &&
      !absl::EndsWithIgnoreCase(noun, "ss") &&
      !absl::EndsWithIgnoreCase(noun, "is") &&
      !absl::EndsWithIgnoreCase(noun, "us") &&
      !IsOneOf(first, {"those", "these"}) &&
      !(phrase.first > 0 && cue_at_[phrase.first - 1] != kNoCue &&
        absl::EndsWithIgnoreCase(WordAt(phrase.first - 1), "ing"))) {
    // Not a participle's object: "noting flagging economic conditions".
    bool modifiers = true;
    for (size_t t = phrase.first; t + 1 < phrase.end; ++t) {
      modifiers = modifiers && tokens_[t].kind == TokenKind::kWord &&
                  !IsVerbWord(t) && !IsWordIn(Subordinators(), t) &&
                  cue_at_[t] == kNoCue &&
                  !absl::EndsWithIgnoreCase(WordAt(t), "ing");
    }
    if (modifiers) return true;
  }
  // A determiner, or a quantifier of a group: "many economists", "most
  // voters", "52 percent of voters".
  return IsOneOf(first,
                 {"the",   "a",          "an",   "his",   "her",     "its",
                  "their", "some",       "many", "most",  "several", "few",
                  "all",   "both",       "each", "about", "nearly",  "almost",
                  "half",  "majorities", "our",  "other"}) ||
         tokens_[phrase.first].kind == TokenKind::kDigits;
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
  if (!entity) return false;
  Attribution claim;
  claim.kind = kind;
  claim.speaker = *entity;
  claim.speaker_span =
      speaker.pronoun != kNoToken
          ? tokens_[speaker.pronoun].span
          : SpanOf(speaker.first, std::max(speaker.end, speaker.surface_end));
  claim.cue_span = cue;
  claim.content_span = content;
  claim.content_spans = {content};
  if (kind == AttributionKind::kDirect) claim.quoted_spans = {content};
  if (!conduit.empty()) {
    entities_.Resolve(conduit.first, conduit.end);
    claim.conduit_span = SpanOf(conduit.first, conduit.end);
  }
  out->push_back(claim);
  return true;
}

size_t AttributionFinder::ClauseStart(const CueMatch& cue, size_t end) const {
  // "called for female contestants to wear dresses that …": what an
  // object cue reports starts with its object.
  if (cue.entry->object) return cue.end;
  // "said on Saturday she had never seen …": the time the words were said
  // is no part of them.
  size_t after_time = cue.end;
  bool names_time = false;
  while (after_time < end && IsTimeWord(after_time)) {
    names_time = names_time || IsTimeHead(after_time);
    ++after_time;
  }
  if (names_time && OpensClause(after_time)) return after_time;
  // "told reporters earlier that …": the clause follows the "that"; not in
  // "said the warning was indicative that …", whose clause has begun. An
  // adjunct ("said during a Friday evening rally in Michigan that …") or
  // the person told ("told MSNBC's \"Morning Joe\" that …") may be longer,
  // and hold a show's quoted name.
  const bool adjunct_or_recipient =
      IsOneOf(WordAt(cue.end), {"during", "in", "at", "on", "after", "before",
                                "to", "from", "through", "via"}) ||
      IsOneOf(WordAt(cue.end - 1), {"told", "tells", "tell", "telling",
                                    "assured", "reminded", "informed"});
  const size_t that_window = adjunct_or_recipient
                                 ? kMaxWordsBeforeThatAfterAdjunct
                                 : kMaxWordsBeforeThat;
  size_t that = cue.end;
  while (that < end && that < cue.end + that_window &&
         !IsWordToken(that, "that") &&
         (!IsPunctuation(that) ||
          (adjunct_or_recipient &&
           IsOneOf(Text(that), {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D"}))) &&
         !IsWordIn(TensedVerbs(), that)) {
    ++that;
  }
  // The complementiser belongs to the reported clause, as annotated corpora
  // (PARC, PolNeAR) take it.
  if (IsWordToken(that, "that")) return that;
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
    if (IsSymbol(t, ";")) return t;
    // "He said A and said that B", "said A but noted that B": the
    // speaker's second report.
    if (t > first && (IsWordToken(t, "and") || IsWordToken(t, "but")) &&
        ReportSoonAfter(t + 1, t + 2)) {
      return t;
    }
    if (!IsSymbol(t, ",") || tokens_[t + 1].kind != TokenKind::kWord) continue;
    const absl::string_view next = WordAt(t + 1);
    if (IsOneOf(next, {"while", "but", "although", "though", "whereas", "yet",
                       "however", "compared", "after"}) ||
        (IsOneOf(next, {"and"}) && ReportSoonAfter(t + 2, end)) ||
        // ", and he railed against …": a clause with a subject of its own.
        (IsOneOf(next, {"and"}) &&
         (IsPronoun(WordAt(t + 2)) || IsWordToken(t + 2, "the"))) ||
        (IsOneOf(next, {"as"}) && !IsWordToken(t + 2, "well")) ||
        (absl::EndsWithIgnoreCase(next, "ing") && next.size() > 5 &&
         !IsOneOf(next, {"including"}) && !IsCapitalizedWord(t + 1))) {
      return t;
    }
  }
  return end;
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

bool AttributionFinder::OpensClause(size_t t) const {
  if (!Valid(t)) return false;
  if (tokens_[t].kind == TokenKind::kDigits || IsCapitalizedWord(t)) {
    return true;
  }
  return IsOneOf(WordAt(t), {"he",   "she",   "it",   "they", "we",    "i",
                             "you",  "there", "the",  "a",    "an",    "his",
                             "her",  "their", "its",  "this", "these", "those",
                             "some", "most",  "many", "our",  "my",    "your"});
}

bool AttributionFinder::StartsClause(size_t t, const Sentence& sentence) const {
  return StartsSentenceClause(t, sentence) || StartsInnerClause(t, sentence);
}

bool AttributionFinder::StartsSentenceClause(size_t t,
                                             const Sentence& sentence) const {
  return t == sentence.first_token || IsBoundary(t - 1) ||
         (t == sentence.first_token + 1 &&
          IsOpeningConjunction(sentence.first_token));
}

bool AttributionFinder::StartsInnerClause(size_t t,
                                          const Sentence& sentence) const {
  if (AfterSubordinator(t, sentence)) return true;
  // "The photo was taken in 1996, and Nicklaus said …": a new clause when a
  // verb stands in the clause before; "Smith, Jones, and Brown said" is one
  // subject of three names.
  if (t >= sentence.first_token + 2 && IsSymbol(t - 2, ",") &&
      IsOneOf(WordAt(t - 1), {"and", "but", "yet", "so"})) {
    for (size_t k = t - 2; k > sentence.first_token && !IsBoundary(k - 1);
         --k) {
      if (IsVerbWord(k - 1)) return true;
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
  if (IsWordToken(first, "that") || IsPronoun(WordAt(first))) return true;
  return TensedVerbBefore(first, std::min(end, first + kMaxWordsBeforeThat));
}

bool AttributionFinder::TensedVerbBefore(size_t from, size_t end) const {
  for (size_t t = from; t < end; ++t) {
    if (IsPunctuation(t)) return false;
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

bool AttributionFinder::AfterSubordinator(size_t t,
                                          const Sentence& sentence) const {
  // Not "if" or "unless": what someone would say is not what they said.
  return t > sentence.first_token &&
         IsOneOf(WordAt(t - 1),
                 {"when", "while", "because", "after", "before", "although",
                  "though", "since", "until", "whereas", "as"});
}

size_t AttributionFinder::SubordinateClauseEnd(size_t first, size_t end) const {
  for (size_t t = first; t < end && t < first + kMaxContentTokens; ++t) {
    if (!in_quote_[t] && IsSymbol(t, ",")) return t;
  }
  return end;
}

bool AttributionFinder::IsOpeningConjunction(size_t t) const {
  return IsOneOf(WordAt(t),
                 {"but", "and", "yet", "still", "so", "now", "indeed"});
}

bool AttributionFinder::OpensExistential(size_t t) const {
  return IsOneOf(WordAt(t), {"there", "this", "these", "those"}) &&
         IsOneOf(WordAt(t + 1),
                 {"is", "are", "was", "were", "has", "have", "had", "will",
                  "would", "could", "may", "might", "must", "should", "can"});
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

void AttributionFinder::AddReportedSpeech(const Sentence& sentence,
                                          std::vector<Attribution>* out) {
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (in_quote_[t]) continue;
    CueMatch* cue = CueAt(t);
    if (cue == nullptr || cue->used) continue;
    size_t end = sentence.end_token;
    // "…, Xinhua news agency quoted a White House readout of the call."
    if (cue->entry->quote) {
      const Phrase conduit = PhraseBefore(cue->begin, sentence.first_token);
      const Phrase speaker = PhraseAfter(cue->end, end);
      if (!CanSpeak(speaker) || conduit.first == sentence.first_token ||
          !IsSymbol(conduit.first - 1, ",")) {
        continue;
      }
      size_t first = sentence.first_token;
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
    // CLAUSE, CUE SPEAKER: "Candidates have more room to walk away, said
    // Steve Grubbs, an Iowa operative." The speaker, with any apposition,
    // ends the sentence.
    if (!cue->entry->weak && !cue->entry->strict && !cue->entry->directive &&
        !IsAddressedCue(*cue) &&
        !absl::EndsWithIgnoreCase(WordAt(cue->begin), "ing") &&
        cue->begin > sentence.first_token + 4 &&
        IsSymbol(cue->begin - 1, ",") && !in_quote_[cue->begin - 2] &&
        !CanSpeak(SpeakerBefore(cue->begin, sentence.first_token))) {
      const Phrase speaker = SpeakerAfter(cue->end, end);
      size_t speaker_end =
          speaker.surface_end != 0 ? speaker.surface_end : speaker.end;
      while (speaker_end < end && IsPunctuation(speaker_end)) ++speaker_end;
      bool named =
          CanSpeak(speaker) && speaker_end == end && !IsTimeWord(speaker.first);
      // "…, said Mexico must rebut the claims" goes on with a clause.
      for (size_t t = speaker.first; named && t < speaker.end; ++t) {
        named = !IsVerbWord(t);
      }
      if (named &&
          (IsCapitalizedWord(speaker.first) ||
           IsOneOf(WordAt(speaker.first), {"the", "a", "an", "one"})) &&
          (speaker.surface_end == 0 || IsApposition(speaker.end + 1, end))) {
        if (std::optional<Span> content =
                Content(sentence.first_token, cue->begin - 1, 4)) {
          cue->used = Add(AttributionKind::kIndirect, speaker,
                          SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
        }
        continue;
      }
    }
    // "the 30 percent of voters who said Wall Street helps": the relative
    // pronoun stands for the group named before it.
    if (size_t who = cue->begin;
        who > sentence.first_token + 1 && IsWordToken(who - 1, "who")) {
      --who;
      Phrase group = PhraseBefore(who, sentence.first_token);
      group.pronoun = who;
      std::optional<Span> content;
      if (CanSpeak(group) && !cue->entry->strict && !cue->entry->directive &&
          OpensClause(ClauseStart(*cue, end))) {
        const size_t clause = ClauseStart(*cue, end);
        content = Content(clause, ClauseEnd(clause, end), 3);
      }
      if (content) {
        cue->used = Add(AttributionKind::kIndirect, group,
                        SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
      }
      continue;
    }
    Phrase speaker = SpeakerBefore(cue->begin, sentence.first_token);
    // "a sentence, which I said was unfair": the relative clause with its
    // speaker and cue is what was said.
    if (CanSpeak(speaker) && speaker.first > sentence.first_token &&
        (IsWordToken(speaker.first - 1, "which") ||
         IsWordToken(speaker.first - 1, "what")) &&
        cue->end < end && tokens_[cue->end].kind == TokenKind::kWord &&
        !cue->entry->strict && !cue->entry->directive) {
      if (std::optional<Span> content =
              Content(speaker.first - 1, ClauseEnd(cue->end, end), 4)) {
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
    // "Many of the closures, he said, have involved public courses": the
    // cue stands inside the clause it reports.
    if (!cue->entry->weak && speaker.first > sentence.first_token + 1 &&
        IsSymbol(speaker.first - 1, ",") && IsSymbol(cue->end, ",") &&
        speaker.end - speaker.first <= 4 && WordsBetween(cue->end + 1, end)) {
      std::optional<Span> before =
          Content(sentence.first_token, speaker.first - 1, 2);
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
    // crowd cheered": a subordinate reporting clause ends at its comma.
    if (AfterSubordinator(speaker.first, sentence)) {
      end = SubordinateClauseEnd(cue->end, end);
    }
    const size_t clause = ClauseStart(*cue, end);
    std::optional<Span> content;
    if (clause != cue->end || IsWordToken(clause, "that")) {
      content = Content(clause, ClauseEnd(clause, end), 3);
    } else if (IsAddressedCue(*cue)) {
      // "told reporters the talks had failed": the clause after whom it was
      // told to; "a spokesman told The Wall Street Journal" reports nothing.
      size_t after = cue->end;
      while (after < end && after < cue->end + kMaxWordsBeforeThat &&
             (IsCapitalizedWord(after) ||
              IsOneOf(WordAt(after),
                      {"him", "her", "them", "us", "me", "reporters",
                       "journalists", "the", "a", "an"}))) {
        ++after;
      }
      if (after > cue->end && OpensClause(after)) {
        content = Content(after, ClauseEnd(after, end), 3);
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
      // cue's subject is the clause's own.
      if (cue->end < end && tokens_[cue->end].kind == TokenKind::kWord &&
          !IsWordIn(PhraseEnders(), cue->end) &&
          !CoordinatedInClause(*cue, sentence.first_token)) {
        content = Content(cue->end, ClauseEnd(cue->end, end), 3);
      }
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
    } else if ((!cue->entry->strict || OpensTensedClause(cue->end, end)) &&
               (!cue->entry->weak || OpensClause(cue->end)) &&
               StartsClause(speaker.first, sentence) &&
               (StartsSentenceClause(speaker.first, sentence) ||
                ReportsClause(cue->end, end)) &&
               cue->end < end && tokens_[cue->end].kind != TokenKind::kSymbol &&
               (!EndsPhrase(WordAt(cue->end)) || OpensExistential(cue->end)) &&
               (content = Content(cue->end, ClauseEnd(cue->end, end), 3))) {
      // SPEAKER CUE CLAUSE: "Officials said the talks had failed.", "In a
      // statement, the ministry said the crossing would stay closed.", "I
      // think it is over."
    } else if (!cue->entry->weak && !cue->entry->strict &&
               !cue->entry->directive && speaker.first > sentence.first_token &&
               IsSymbol(speaker.first - 1, ",")) {
      // CLAUSE, SPEAKER CUE: "The talks failed, officials said."
      // "…, analysts say; in 2012 …": a semicolon ends it too.
      bool ends_sentence = true;
      for (size_t k = cue->end; k < end && !IsSymbol(k, ";"); ++k) {
        ends_sentence = ends_sentence && (IsPunctuation(k) || k < cue->end + 4);
      }
      if (ends_sentence) {
        content = Content(sentence.first_token, speaker.first - 1, 3);
      }
    }
    if (content) {
      cue->used = Add(AttributionKind::kIndirect, speaker,
                      SpanOf(cue->begin, cue->end), *content, {0, 0}, out);
    }
  }
}

void AttributionFinder::AddAccordingTo(const Sentence& sentence,
                                       std::vector<Attribution>* out) {
  for (size_t t = sentence.first_token; t + 2 < sentence.end_token; ++t) {
    if (in_quote_[t] || !IsWordToken(t, "according") ||
        !IsWordToken(t + 1, "to")) {
      continue;
    }
    size_t speaker_end = t + 2;
    while (speaker_end < sentence.end_token && !IsPunctuation(speaker_end)) {
      ++speaker_end;
    }
    const Phrase speaker{t + 2, speaker_end};
    std::optional<Span> content;
    if (t == sentence.first_token && IsSymbol(speaker_end, ",")) {
      content = Content(speaker_end + 1, sentence.end_token, 3);
    } else if (t > sentence.first_token && IsSymbol(t - 1, ",")) {
      content = Content(sentence.first_token, t - 1, 3);
    }
    if (content && !speaker.empty()) {
      Add(AttributionKind::kAccordingTo, speaker, SpanOf(t, t + 2), *content,
          {0, 0}, out);
    }
  }
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
  for (size_t t = 0; t < tokens_.size(); ++t) {
    while (sentences_[sentence].end_token <= t) ++sentence;
    if (in_quote_[t] || tokens_[t].kind != TokenKind::kWord) continue;
    // A capitalised cue word mid-sentence is a name: "the United States".
    if (IsCapitalizedWord(t) && t != sentences_[sentence].first_token) {
      continue;
    }
    if (std::optional<PhraseTable::Match> match =
            lexicon.phrases.LongestAt(text_, tokens_, t)) {
      // After "to" a cue word is an infinitive ("too soon to say whether").
      if (t > 0 && IsWordToken(t - 1, "to")) continue;
      cue_at_[t] = static_cast<uint32_t>(cues_.size());
      cues_.push_back({t, match->end, &lexicon.entries[match->id]});
      t = match->end - 1;
    }
  }

  std::vector<Attribution> claims;
  // In document order, so that "the readout" and "it" find what came
  // before; in each sentence quotations first, as their cues are theirs.
  size_t q = 0;
  for (const Sentence& sentence : sentences_) {
    while (q < quotes_.size() &&
           std::min(quotes_[q].close_token, tokens_.size() - 1) <
               sentence.end_token) {
      // One run: segments [q, run_end), attributed by the last one's cue.
      size_t run_end = q + 1;
      while (run_end < quotes_.size() &&
             quotes_[run_end].run == quotes_[q].run) {
        ++run_end;
      }
      if (std::min(quotes_[run_end - 1].close_token, tokens_.size() - 1) >=
          sentence.end_token) {
        break;  // the run closes in a later sentence
      }
      AddQuotation(q, run_end, &claims);
      q = run_end;
    }
    if (std::optional<Headline> headline = HeadlineOf(text_, tokens_, sentence);
        headline && headline->has_source()) {
      if (IsRubric(headline->source_first, headline->source_end)) continue;
      if (std::optional<Span> content =
              Content(headline->content_first, sentence.end_token, 2)) {
        Add(AttributionKind::kHeadline,
            {headline->source_first, headline->source_end},
            tokens_[headline->source_end].span, *content, {0, 0}, &claims);
      }
      continue;
    }
    AddReportedSpeech(sentence, &claims);
    AddAccordingTo(sentence, &claims);
  }
  std::sort(claims.begin(), claims.end(),
            [](const Attribution& a, const Attribution& b) {
              return a.content_span.begin < b.content_span.begin;
            });
  return {std::move(claims), entities_.entities()};
}

}  // namespace attribution_internal

Attributions FindAttributions(absl::string_view text,
                              const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences,
                              const std::vector<Quote>& quotes) {
  return attribution_internal::AttributionFinder(text, tokens, sentences,
                                                 quotes)
      .Run();
}

}  // namespace factcheck::extract
