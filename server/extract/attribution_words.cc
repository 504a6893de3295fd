// The word lists the attribution finder reads clauses and speakers by.
#include "server/extract/attribution_words.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace factcheck::extract::attribution_internal {

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
       "now",        "still",      "even",    "just",       "already",
       "long",       "soon",       "almost",  "nearly"});
  if (kWords->Contains(word)) return true;
  // Any adverb in -ly: "Democrats successfully argued", "the state
  // incorrectly stated"; not a noun or a name that ends so ("the family
  // said", "Kelly said").
  static const WordSet* const kNounsInLy =
      new WordSet({"family", "ally", "assembly", "rally", "daily", "weekly",
                   "monthly", "quarterly", "supply", "reply", "bully",
                   "anomaly", "monopoly", "elderly", "italy"});
  return word.size() > 4 && absl::EndsWith(word, "ly") &&
         absl::ascii_islower(static_cast<unsigned char>(word[0])) &&
         !kNounsInLy->Contains(word);
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
  static const WordSet* const kWords = new WordSet(
      {"close",      "privy",       "aide",         "aides",
       "adviser",    "advisers",    "advisor",      "advisors",
       "ambassador", "envoy",       "envoys",       "delegation",
       "spokesman",  "spokeswoman", "spokesperson", "assistant",
       "counselor",  "consultant",  "consultants",  "successor",
       "heir",       "lawyer",      "lawyers",      "attorney",
       "attorneys",  "secretary",   "minister",     "representative"});
  return *kWords;
}

const WordSet& CountWords() {
  static const WordSet* const kWords =
      new WordSet({"two", "three", "four", "five", "six", "seven", "eight",
                   "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
                   "seventy", "eighty", "ninety"});
  return *kWords;
}

const WordSet& IrregularPastVerbs() {
  static const WordSet* const kWords = new WordSet(
      {"began",  "took",    "made",   "gave",  "went",   "came",   "held",
       "spoke",  "met",     "led",    "won",   "lost",   "sent",   "left",
       "kept",   "brought", "bought", "got",   "ran",    "saw",    "knew",
       "became", "fell",    "rose",   "drew",  "chose",  "stood",  "sat",
       "paid",   "spent",   "built",  "felt",  "heard",  "fought", "taught",
       "sought", "caught",  "wore",   "broke", "struck", "flew",   "grew",
       "threw",  "drove",   "rode",   "shook", "forgot", "hid",    "bit"});
  return *kWords;
}

bool IsPronoun(absl::string_view word) {
  static const WordSet* const kPronouns =
      new WordSet({"he", "she", "it", "they", "we", "i"});
  return kPronouns->Contains(word);
}

}  // namespace factcheck::extract::attribution_internal
