// The attribution finder's limits and the word lists it reads clauses and
// speakers by (attribution_words.cc), shared by the finder's parts. Not part
// of the library's interface: FindAttributions (attributions.h) is.
#ifndef FACTCHECK_SERVER_EXTRACT_ATTRIBUTION_WORDS_H_
#define FACTCHECK_SERVER_EXTRACT_ATTRIBUTION_WORDS_H_

#include <cstddef>

#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::extract::attribution_internal {

// How many words a speaker's name may take before or after its cue.
inline constexpr size_t kMaxSpeakerTokens = 9;
// How many a run of capitalised words (a long title and the name after it)
// may take.
inline constexpr size_t kMaxTitledSpeakerTokens = 14;
// How many tokens an apposition or parenthesis between a speaker's name and
// the cue may take ("Jeff Weaver, Sanders' campaign manager, said").
inline constexpr size_t kMaxAppositionTokens = 24;
// The fewest words of a headline in title case ("Graham Says Trump Could
// Win").
inline constexpr size_t kMinTitleCaseWords = 4;
// How many of the claims found last may hold the words an unnamed speaker
// stands in ("RUIZ: We expect …").
inline constexpr size_t kRecentClaims = 4;
// The most tokens of a party and state in brackets after a name: "(D-N.Y.)".
inline constexpr size_t kMaxPartyTokens = 8;
// How many tokens the words set off by commas between a speaker's name and
// the cue may take in all ("Sandy Ruiz, who lost a daughter in Aurora,
// Colorado, in July 2012, said").
inline constexpr size_t kMaxParentheticalTokens = 40;
// The most words of a quoted title ("Sunday Morning Futures").
inline constexpr size_t kMaxTitleWords = 5;
// Words of a quotation that states something rather than names a phrase:
// one of them may be signed without the stop before its closing mark.
inline constexpr size_t kMinStatementWords = 6;
// The most tokens of a cue's whole subject.
inline constexpr size_t kMaxSubjectTokens = 15;
// The most tokens of a relative clause inside a subject ("Supporters who
// have heard directly from the Rubio campaign said").
inline constexpr size_t kMaxRelativeClauseTokens = 9;
// How far before a quotation the cue of its reported clause may stand.
inline constexpr size_t kMaxCueReach = 60;
// How many auxiliaries and adverbs may stand between a negation and the
// verb it denies ("has not yet publicly said").
inline constexpr size_t kMaxNegationReach = 4;
// The most words of one cue in cues.tsv ("according to", "is quoted as").
inline constexpr size_t kMaxCueWords = 4;
// The most time words after "in a statement" that still close a clause
// ("on Thursday night").
inline constexpr size_t kMaxMediumTail = 6;
// The most tokens a claim's content takes: a long quotation paragraph, far
// more than any reported clause.
inline constexpr size_t kMaxContentTokens = 400;
// How many words may stand between a cue and its "that" ("told reporters
// earlier that", "told Netanyahu on Wednesday that").
inline constexpr size_t kMaxWordsBeforeThat = 6;
// The most tokens of a phrase opening a sentence before its subject
// ("During a national security speech earlier in the day, Trump …").
inline constexpr size_t kMaxOpeningPhraseTokens = 12;
// The most words of a transcript speaker's name ("SEN. JOHN SMITH:").
inline constexpr size_t kMaxTranscriptNameWords = 3;
// The most words of a dateline's place ("SAN LUIS OBISPO").
inline constexpr size_t kMaxDatelineWords = 4;
// The same after a cue followed by an adjunct or the person told ("said
// during a Friday evening rally in Michigan that …").
inline constexpr size_t kMaxWordsBeforeThatAfterAdjunct = 12;
// How many words may stand between a cue and the colon that opens its
// quotation ("says he went into the mosque to try and help: "…"").
inline constexpr size_t kMaxWordsBeforeColon = 12;

// How a cue attributes (data/cues.tsv says which it is).
struct CueEntry {
  // "quoted": the object is the speaker.
  bool quote = false;
  // "thinks": with "that", a quotation or a clause opening with its subject.
  bool weak = false;
  // "found": with "that", a quotation, or a clause with its subject and a
  // tensed verb ("found the plan would fail"); never a bare object.
  bool strict = false;
  // "urged": its object and infinitive, or a question.
  bool directive = false;
  // "accused": its object and what it is charged with ("accused the agency
  // of covering up the hacks", "blamed the law for the shortage").
  bool charge = false;
  // "called for", "criticized": its object is what it reports ("called
  // for a moratorium on charter schools", "criticized the party's lack of
  // awareness").
  bool object = false;
  // "show": a noun as often as a verb, a cue only after a piece of evidence
  // ("polls show a close race"; not "the show aired").
  bool evidence = false;
  // "vowed", "declined": reports an intent or a refusal by its infinitive
  // too ("vowed to release the records", "declined to comment").
  bool intent = false;
};

// Auxiliaries and modals a cue may stand after ("has said", "would tell").
bool IsAuxiliary(absl::string_view word);

// The word lists of attribution_words.cc, read by the finder's parts.
// Words that end a speaker's name when reading away from the cue.
const WordSet& PhraseEnders();
bool EndsPhrase(absl::string_view word);
// Words that open a clause of their own.
const WordSet& Subordinators();
// Tensed forms of "be", "have" and "do", and the modals.
const WordSet& TensedVerbs();
// With the tensed verbs, the words a subject never holds.
const WordSet& UntensedVerbWords();
// The people and bodies that stand "to" someone ("aides to Clinton").
const WordSet& RelationsTo();
// Past forms of common verbs that do not end in -ed ("began", "took").
const WordSet& IrregularPastVerbs();
// Counts written as words that open a share of people: "two" to "ten" and
// the tens ("Six in 10 voters", "more than forty people").
const WordSet& CountWords();
// "he", "she", "it", "they", "we", "i".
bool IsPronoun(absl::string_view word);

}  // namespace factcheck::extract::attribution_internal

#endif  // FACTCHECK_SERVER_EXTRACT_ATTRIBUTION_WORDS_H_
