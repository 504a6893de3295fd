// The people, organisations and documents a text names, and the resolution
// of every way it refers to them — full names with titles ("Secretary of
// State Antony Blinken"), surnames ("Blinken"), pronouns ("he", "it") and
// descriptions ("the top US diplomat", "the readout") — to one entity each.
//
// Resolution rules, stated once:
// - A titled name creates a person named without the title; a later
//   capitalised word equal to a known surname is that person.
// - "he"/"she" is the person mentioned last before the pronoun; "it" the
//   organisation or document mentioned last; "they" the organisation or
//   group mentioned last.
// - "the readout", "the ministry": the entity last named with that head
//   noun. "the top US diplomat": the person mentioned last whose title has
//   that role (data/titles.tsv); a description that is itself a title ("the
//   mayor", "the prime minister") only a person of that title, or of none
//   ("the mayor" is never the sheriff). "the official": the person who
//   spoke last, whatever the title.
// - Anything else names a new entity, canonicalised without determiner or
//   trailing "of …" ("a White House readout of the call" is "White House
//   readout").
#ifndef FACTCHECK_SERVER_EXTRACT_SPEAKERS_H_
#define FACTCHECK_SERVER_EXTRACT_SPEAKERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "server/extract/sentences.h"
#include "server/extract/text.h"

namespace factcheck::extract {

enum class EntityType { kPerson, kOrganization, kDocument, kGroup };

// What a person's given name (data/given_names.tsv: "Hillary", "Donald";
// none borne by both) or, failing that, honorific or title says of them:
// "Mrs.", "Congresswoman" a woman, "Mr.", "Chairman" a man; most titles
// say neither.
enum class Gender { kUnknown, kFemale, kMale };

struct Entity {
  // Canonical name: "Antony Blinken", "White House readout".
  std::string name;
  EntityType type = EntityType::kGroup;
  // For people: the role of their title ("diplomat", "leader"), if any.
  std::string role;
  // For people: the title they were named with, in lower case ("interior
  // minister", "sheriff", "gen."), if any.
  std::string title;
  // Every place the text refers to it, in order.
  std::vector<Span> mentions;
  // For people: as their given name or a title they were named with says
  // ("he" and "she" refer only to a person of their own or unknown
  // gender).
  Gender gender = Gender::kUnknown;
};

class EntityTracker : private TokenQueries {
 public:
  // The gender the first word of a person's `name` says, when the name has
  // two words or more and data/given_names.tsv knows that word ("Hillary
  // Clinton": a woman).
  static Gender GenderOfGivenName(absl::string_view name);
  // `text`, `tokens`, `sentences` (SplitSentences of them) and `in_quote`
  // (whether each token stands inside a quotation, filled before the first
  // Resolve) must outlive the tracker. Titled names and known surnames are
  // found as resolution moves through the text, and for the rest of it by
  // entities().
  EntityTracker(absl::string_view text, const std::vector<Token>& tokens,
                const std::vector<Sentence>& sentences,
                const std::vector<bool>& in_quote);

  // The entity that the phrase in tokens [first, end) refers to, creating
  // it when new, and records the mention. nullopt for a phrase that names
  // nobody (an empty phrase, or a pronoun with nothing before it).
  // `sentence_first`, when known, is the first token of the phrase's
  // sentence: "he" or "she" in a sentence whose subject is another person
  // ("Mayor John Reed was booed when he said", after Maria Lopez spoke) is
  // ambiguous and names nobody.
  std::optional<size_t> Resolve(size_t first, size_t end,
                                size_t sentence_first = SIZE_MAX);

  // Every entity, with all its mentions in the whole text.
  const std::vector<Entity>& entities();

 private:
  struct Mention {
    size_t token;
    size_t entity;
  };

  // How far into a sentence a person mention stands as its subject ("Mayor
  // John Reed was booed …").
  static constexpr size_t kSubjectReach = 3;

  // Finds the titled names and known surnames of tokens before `end`, and
  // learns the people named by a known given name and a surname, whom the
  // surname alone names after.
  void FindNamesBefore(size_t end);
  // A name's words may be more than one token each: a capitalised word
  // with the words hyphens glue to it ("Jae-in", "Jean-Claude"), after the
  // particles that open a surname ("al-Assad", "von der Leyen", "de
  // Silva"). The token after the name word that opens at `t`, or `t` when
  // none does.
  size_t NameWordEnd(size_t t) const;
  // The first token of the name word that ends right before `end`, or
  // `end` when none does.
  size_t NameWordBegin(size_t end) const;
  // Whether the lower-case word `last`, glued on by a hyphen, ends a
  // modifier before a name rather than a name: "Texas-based Matt Ruiz",
  // not "Moon Jae-in".
  bool EndsAModifier(size_t last) const;
  // Whether the two name words of [first, end) that end at `end` are a
  // given name data/given_names.tsv knows and a surname ("Joe Biden"): a
  // whole name, that "and" does not run on into a title's words.
  bool EndsAGivenNameAndSurname(size_t first, size_t end) const;
  // How many name words and marks [first, end) holds: "Yoon Hee-keun" two,
  // "Harry M. Reid" four.
  size_t NameWordsIn(size_t first, size_t end) const;
  // Whether a nickname in quotation marks, a name word after it, opens at
  // `t`: "Joko \"Jokowi\" Widodo".
  bool IsQuotedNickname(size_t t) const;
  // Whether `t` is a single capital letter, an initial ("M" of "Harry M.
  // Reid").
  bool IsInitial(size_t t) const;
  // Whether tokens `t` and `t` + 2 are words a hyphen between them glues.
  bool HyphenGlues(size_t t) const;
  // Whether `t` is a lower-case particle of a surname ("al", "von", "de").
  bool IsSurnameParticle(size_t t) const;
  // The person a phrase [first, end) ends with when a body's name runs on
  // into theirs with no mark between: "the head of Lebanon's Red Cross
  // George Kettani" is George Kettani, whose given name data/given_names.tsv
  // knows, among the last three name words and right after a word that
  // ends a body's name or a title (EndsABodyOrTitle).
  std::optional<size_t> PersonAfterABodysName(size_t first, size_t end);
  // Whether the word at `t` closes a body's name or a title, and so is no
  // given name: a possessive ("BBC's"), an acronym ("CEO"), an
  // organisation's word ("Ministry", "Cross" of "Red Cross") or a title's
  // last word ("Secretary").
  bool EndsABodyOrTitle(size_t t) const;
  // Whether a word of [first, end) is an organisation's ("Ministry",
  // "Party").
  bool HoldsOrganizationWord(size_t first, size_t end) const;
  // The words of [first, end), a single space where the text spaces them:
  // a name as an entity keeps it ("Ana Ruiz", "Moon Jae-in").
  std::string WordsOf(size_t first, size_t end) const;
  // The known person whose full name or surname is the words of [first,
  // end), if any; of `gender` when it is known (a title's: "Mrs. Clinton"
  // is not Bill Clinton).
  std::optional<size_t> PersonNamed(size_t first, size_t end,
                                    Gender gender = Gender::kUnknown) const;
  // The one person of the text whose surname, of kMinMisspeltSurnameLetters
  // letters or more, the lower-case word `word` misspells by a letter (one left
  // out, put in or changed, or two swapped: "Wickramasinghe" for
  // "Wickremasinghe"), not as a plural ("the Ferreiras"). nullopt when no
  // one's or more than one person's.
  std::optional<size_t> MisspeltSurname(absl::string_view word) const;
  // Files `surname` of `entity` under each spelling with a letter left out
  // (surnames_less_a_letter_), when it has kMinMisspeltSurnameLetters to
  // kMaxMisspeltSurnameLetters letters.
  void FileMisspellings(absl::string_view surname, size_t entity);
  // Gives `entity` its gender and, for a person of known gender, files
  // them under their surname and gender.
  void SetGender(size_t entity, Gender gender);
  // The key of people_by_surname_and_gender_.
  static std::string SurnameOfGender(absl::string_view surname, Gender gender);
  // Whether the capitalised word at `given`, right before a known person's
  // surname and inside a sentence (not its opening word, "Then"), is a
  // given name other than that person's: "Marcel Lazar" after "Gabriela
  // Lazar" is another person. An initial agrees with a name it begins.
  bool OtherGivenName(size_t given, const Entity& person) const;
  // Resolve, without recording a speaker.
  std::optional<size_t> ResolvePhrase(size_t first, size_t end,
                                      size_t sentence_first);
  // The entity of `type` resolved as a speaker last before `token`, within
  // kPronounSpeakerReach tokens; nullopt when none.
  std::optional<size_t> LastSpeakerBefore(size_t token, EntityType type) const;
  // The person who opens the sentence at token `first` as its subject,
  // within kSubjectReach tokens, or the clause after a lead-in's or a
  // subordinate clause's comma ("When Mr. Trump tried …, Mr. Kasich
  // differed" is Kasich); none when it opens inside a quotation.
  std::optional<size_t> OpeningSubject(size_t first) const;
  // Whether a sentence opens at `token`.
  bool OpensASentence(size_t token) const;
  // The first sentence that opens at or after `token`.
  std::vector<Sentence>::const_iterator FirstSentenceFrom(size_t token) const;
  // The first token of the sentence before the one at `sentence_first`;
  // nullopt when none is.
  std::optional<size_t> PreviousSentenceFirst(size_t sentence_first) const;
  // The person who opens the sentence before the one at `sentence_first`,
  // as its subject, when `accept` takes them: whom a "he said" with no
  // speaker near goes on about ("House Speaker Paul Ryan, …, and he does
  // believe McConnell is correct. '…,' he said" is Ryan, not McConnell).
  std::optional<size_t> SubjectOfTheSentenceBefore(
      size_t sentence_first,
      absl::FunctionRef<bool(const Entity&)> accept) const;
  // The body named as one (an organisation's word or an acronym in its
  // name: "Haiti's Office of Civil Protection", "IOM"; not "Officials")
  // that spoke last, near `token`: what "the agency said" stands for.
  std::optional<size_t> BodySpeakerBefore(size_t token) const;
  // The organisation that spoke last near before `token`, at or after
  // token `after` (after the person who spoke last near, when one did),
  // whose name is one capitalised word that may be a surname, which "he"
  // or "she" then shows to be a person (it becomes one); organisations
  // named otherwise (an organisation's word, a word in capitals, a place)
  // are passed over. nullopt when none.
  std::optional<size_t> SurnameSpeakerBefore(size_t token, size_t after);
  // The entity resolved as a speaker last before `token`, within
  // kPronounSpeakerReach tokens, that `accept` takes, and where that
  // mention is (`at`, when given); nullopt when none.
  std::optional<size_t> NearSpeakerBefore(
      size_t token, absl::FunctionRef<bool(const Entity&)> accept,
      size_t* at = nullptr) const;
  // The person the text went on about after `speaker` spoke at token
  // `after`: the one, other than `speaker`, who opens the last sentence of
  // the text's own (not of a quotation, nor opening on a subordinate
  // clause: "While Obama had …") that begins after `after` and before
  // token `before` (a mention within kSubjectReach tokens of its start),
  // and that `accept` takes. `found` is false when there is none, or when
  // `speaker` opens that sentence; `gender_unsure` when that person's
  // gender is unknown and the speaker's known, so that a pronoun may be
  // either's: "Senator Mark Ellis said … Kasich took a different tack.
  // '…,' he said" names no one surely.
  struct OtherSubject {
    bool found = false;
    size_t entity = 0;
    bool gender_unsure = false;
  };
  OtherSubject SubjectBetween(
      size_t after, size_t before, size_t speaker,
      absl::FunctionRef<bool(const Entity&)> accept) const;
  // The entity mentioned last before `token`, not before `from`, that
  // `accept` takes.
  std::optional<size_t> LastBefore(
      size_t token, absl::FunctionRef<bool(const Entity&)> accept,
      size_t from = 0) const;
  size_t Add(std::string name, EntityType type, std::string role);
  void Note(size_t entity, size_t first, size_t end);

  const std::vector<Sentence>& sentences_;
  const std::vector<bool>& in_quote_;
  std::vector<Entity> entities_;
  // Mentions in token order.
  std::vector<Mention> mentions_;
  // The mentions resolved as speakers, in token order.
  std::vector<Mention> spoke_;
  // Where the name scan has reached.
  size_t names_scanned_ = 0;
  // People by lower-cased full name and by surname.
  absl::flat_hash_map<std::string, size_t> people_by_name_;
  absl::flat_hash_map<std::string, size_t> people_by_surname_;
  // People of two or three name words by lower-cased first word, which
  // alone names them when it is no one's surname: "Yoon" of "Yoon
  // Hee-keun" and "Kim" of "Kim Mi Sung", whose surnames come first, or
  // "Maria" of "Maria Lopez". SIZE_MAX when two people's first words are
  // one.
  absl::flat_hash_map<std::string, size_t> people_by_first_word_;
  // How many letters a surname has for a spelling one letter off to name
  // its person: a short one ("Kahn", "Khan") may be another's; the longest
  // bound the work a word costs.
  static constexpr size_t kMinMisspeltSurnameLetters = 6;
  static constexpr size_t kMaxMisspeltSurnameLetters = 24;
  // Each long surname of the text with one letter left out, and whose it
  // is; SIZE_MAX when two people's give it.
  absl::flat_hash_map<std::string, size_t> surnames_less_a_letter_;
  // Surnames two people of the text share: alone, they name neither.
  absl::flat_hash_set<std::string> shared_surnames_;
  // People of known gender by lower-cased surname and gender
  // (SurnameOfGender), the first so named: a title's gender picks one of
  // two who share a surname.
  absl::flat_hash_map<std::string, size_t> people_by_surname_and_gender_;
  // Entities that resolution named, by lower-cased name.
  absl::flat_hash_map<std::string, size_t> entities_by_name_;
};

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_SPEAKERS_H_
