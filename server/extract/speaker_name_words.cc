// EntityTracker: the words of people's names, which may be more than one
// token each ("Moon Jae-in", "Bashar al-Assad", "Ursula von der Leyen"),
// and the known person a name's words are.
#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "server/extract/data_rows.h"
#include "server/extract/name_particles.h"
#include "server/extract/speakers.h"
#include "unicode/utf8.h"

namespace factcheck::extract {

extern const char kGivenNamesTsv[];

Gender EntityTracker::GenderOfGivenName(absl::string_view name) {
  static const absl::flat_hash_map<std::string, Gender>* const kNames = [] {
    auto* names = new absl::flat_hash_map<std::string, Gender>();
    for (const std::vector<absl::string_view>& fields :
         DataRows(kGivenNamesTsv, 2)) {
      names->emplace(std::string(fields[0]),
                     fields[1] == "f" ? Gender::kFemale : Gender::kMale);
    }
    return names;
  }();
  const size_t space = name.find(' ');
  if (space == absl::string_view::npos) return Gender::kUnknown;
  // "Luís Sánchez", "José Ramos": the list spells given names without
  // their accents.
  std::string storage;
  const auto known = kNames->find(
      unicode::WithoutLatinAccents(name.substr(0, space), &storage));
  return known == kNames->end() ? Gender::kUnknown : known->second;
}

std::optional<size_t> EntityTracker::PersonAfterABodysName(size_t first,
                                                           size_t end) {
  // The capitalised run that ends the phrase, and the name words in it.
  std::vector<size_t> words;
  size_t run = end;
  for (size_t word = NameWordBegin(run); word < run && word >= first;
       word = NameWordBegin(run)) {
    run = word;
    words.push_back(word);
  }
  // "Mr. Rubio and Senator Ted Cruz": two people, the last not the one.
  size_t first_and = first;
  while (first_and < end && !IsWordToken(first_and, "and")) ++first_and;
  // A person's name of two or three words.
  constexpr size_t kMaxPersonWords = 3;
  for (size_t given = 1; given < std::min(words.size(), kMaxPersonWords);
       ++given) {
    const size_t name = words[given];
    // Not "Ajaz Ahmad Kakroo" nor "Jorge Antonio Villasenor Llamas": a
    // name word before a given name may be the person's own.
    if (given + 2 > words.size() || first_and < name ||
        GenderOfGivenName(WordsOf(name, end)) == Gender::kUnknown ||
        !EndsABodyOrTitle(words[given + 1]) ||
        HoldsOrganizationWord(name, end)) {
      continue;
    }
    std::optional<size_t> person = PersonNamed(name, end);
    if (!person) person = Add(WordsOf(name, end), EntityType::kPerson, "");
    return person;
  }
  return std::nullopt;
}

bool EntityTracker::IsInitial(size_t t) const {
  return Valid(t) && tokens_[t].kind == TokenKind::kWord &&
         tokens_[t].span.end == tokens_[t].span.begin + 1 &&
         absl::ascii_isupper(
             static_cast<unsigned char>(text_[tokens_[t].span.begin]));
}

bool EntityTracker::HyphenGlues(size_t t) const {
  return GluesAWord(t + 1) && tokens_[t].kind == TokenKind::kWord;
}

bool EntityTracker::IsSurnameParticle(size_t t) const {
  return Valid(t) && tokens_[t].kind == TokenKind::kWord &&
         IsNameParticle(Text(t));
}

size_t EntityTracker::NameWordEnd(size_t t) const {
  size_t word = t;
  while (IsSurnameParticle(word)) word += HyphenGlues(word) ? 2 : 1;
  if (!IsCapitalizedWord(word)) return t;
  while (HyphenGlues(word)) word += 2;
  return EndsAModifier(word) ? t : word + 1;
}

bool EntityTracker::EndsAModifier(size_t last) const {
  return last > 0 && IsSymbol(last - 1, "-") && !IsCapitalizedWord(last) &&
         IsCapitalizedWord(last + 1);
}

size_t EntityTracker::NameWordBegin(size_t end) const {
  if (end == 0 || tokens_[end - 1].kind != TokenKind::kWord ||
      EndsAModifier(end - 1)) {
    return end;
  }
  size_t word = end - 1;
  while (word >= 2 && HyphenGlues(word - 2)) word -= 2;
  // The capitalised word the particles glued on it open.
  size_t head = word;
  while (head + 1 < end && IsSurnameParticle(head) && HyphenGlues(head)) {
    head += 2;
  }
  if (!IsCapitalizedWord(head)) return end;
  // "Ursula von der Leyen": spaced particles between the given name and
  // the rest of the surname.
  size_t particles = word;
  while (particles >= 1 && IsSurnameParticle(particles - 1) &&
         tokens_[particles].space_before) {
    --particles;
  }
  if (particles < word && particles >= 1 && IsCapitalizedWord(particles - 1)) {
    word = particles;
  }
  return word;
}

bool EntityTracker::EndsAGivenNameAndSurname(size_t first, size_t end) const {
  const size_t surname = NameWordBegin(end);
  if (surname == end || surname <= first) return false;
  const size_t given = NameWordBegin(surname);
  return given < surname && given >= first &&
         GenderOfGivenName(WordsOf(given, end)) != Gender::kUnknown;
}

std::string EntityTracker::WordsOf(size_t first, size_t end) const {
  std::string words;
  for (size_t t = first; t < end; ++t) {
    if (t > first && tokens_[t].space_before) words.push_back(' ');
    absl::StrAppend(&words, Text(t));
  }
  return words;
}

std::optional<size_t> EntityTracker::PersonNamed(size_t first, size_t end,
                                                 Gender gender) const {
  // The name's words, lower case, with the hyphens that glue them and no
  // other mark ("Mr." is "mr").
  std::string words;
  size_t count = 0;
  for (size_t t = first; t < end; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) continue;
    if (t >= first + 2 && HyphenGlues(t - 2)) {
      words.push_back('-');
    } else {
      if (!words.empty()) words.push_back(' ');
      ++count;
    }
    words += absl::AsciiStrToLower(Text(t));
  }
  if (count == 0) return std::nullopt;
  // "Mrs. Clinton" after Bill and a Mrs. Clinton: hers.
  if (count == 1 && gender != Gender::kUnknown) {
    if (const auto of_gender =
            people_by_surname_and_gender_.find(SurnameOfGender(words, gender));
        of_gender != people_by_surname_and_gender_.end()) {
      return of_gender->second;
    }
  }
  // "Lazar said" after Gabriela and Marcel Lazar: either.
  if (count == 1 && shared_surnames_.contains(words)) return std::nullopt;
  const auto& index = count == 1 ? people_by_surname_ : people_by_name_;
  std::optional<size_t> person;
  if (const auto it = index.find(words); it != index.end()) {
    person = it->second;
  } else if (count == 1) {
    // Alone, after a title ("Prince Alwaleed") or a sentence's first word
    // ("And Donald"), not as the last word of a longer name ("Khin Zaw
    // Win" is not Win Htein).
    if (const auto first_word = people_by_first_word_.find(words);
        first_word != people_by_first_word_.end() &&
        first_word->second != SIZE_MAX &&
        !(first > 0 && IsCapitalizedWord(first - 1) &&
          !EndsABodyOrTitle(first - 1) && !OpensASentence(first - 1))) {
      person = first_word->second;
    } else {
      person = MisspeltSurname(words);
    }
  }
  if (!person) return std::nullopt;
  const Gender known = entities_[*person].gender;
  if (gender != Gender::kUnknown && known != Gender::kUnknown &&
      known != gender) {
    return std::nullopt;
  }
  return person;
}

namespace {

// Whether `word` is of `min` to `max` lower-case ASCII letters: a surname
// whose misspellings are filed, or a word looked up among them.
bool OfLettersOnly(absl::string_view word, size_t min, size_t max) {
  return word.size() >= min && word.size() <= max &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return absl::ascii_islower(c); });
}

// `word` without its letter at `at`.
std::string WithoutLetter(absl::string_view word, size_t at) {
  return absl::StrCat(word.substr(0, at), word.substr(at + 1));
}

}  // namespace

void EntityTracker::FileMisspellings(absl::string_view surname, size_t entity) {
  if (!OfLettersOnly(surname, kMinMisspeltSurnameLetters,
                     kMaxMisspeltSurnameLetters)) {
    return;
  }
  // A plural's final "s" is no letter left out: "Republican" is not "Most
  // Republicans".
  const size_t letters =
      surname.back() == 's' ? surname.size() - 1 : surname.size();
  for (size_t at = 0; at < letters; ++at) {
    const auto [filed, added] =
        surnames_less_a_letter_.emplace(WithoutLetter(surname, at), entity);
    if (!added && filed->second != entity) filed->second = SIZE_MAX;
  }
}

std::optional<size_t> EntityTracker::MisspeltSurname(
    absl::string_view word) const {
  // A word a letter longer or shorter than a surname, or as long: one
  // letter fewer than the shortest misspelt, one more than the longest.
  if (!OfLettersOnly(word, kMinMisspeltSurnameLetters - 1,
                     kMaxMisspeltSurnameLetters + 1)) {
    return std::nullopt;
  }
  std::optional<size_t> found;
  bool ambiguous = false;
  const auto take = [&](size_t entity) {
    if (entity == SIZE_MAX || (found && *found != entity)) ambiguous = true;
    found = entity;
  };
  // A letter left out: the word is a surname less a letter.
  if (const auto it = surnames_less_a_letter_.find(word);
      it != surnames_less_a_letter_.end()) {
    take(it->second);
  }
  for (size_t at = 0; at < word.size(); ++at) {
    const std::string less = WithoutLetter(word, at);
    // A letter put in ("the Ferreiras" is a plural, no misspelling).
    if (!(at + 1 == word.size() && word.back() == 's')) {
      if (const auto it = people_by_surname_.find(less);
          it != people_by_surname_.end() &&
          less.size() >= kMinMisspeltSurnameLetters) {
        take(shared_surnames_.contains(less) ? SIZE_MAX : it->second);
      }
    }
    // A letter changed, or two swapped.
    if (const auto it = surnames_less_a_letter_.find(less);
        it != surnames_less_a_letter_.end()) {
      take(it->second);
    }
  }
  if (ambiguous) return std::nullopt;
  return found;
}

}  // namespace factcheck::extract
