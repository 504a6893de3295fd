// EntityTracker: the words of people's names, which may be more than one
// token each ("Moon Jae-in", "Bashar al-Assad", "Ursula von der Leyen"),
// and the known person a name's words are.
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "server/extract/name_particles.h"
#include "server/extract/speakers.h"

namespace factcheck::extract {

bool EntityTracker::HyphenGlues(size_t t) const {
  return Valid(t + 2) && tokens_[t].kind == TokenKind::kWord &&
         IsSymbol(t + 1, "-") && !tokens_[t + 1].space_before &&
         !tokens_[t + 2].space_before &&
         tokens_[t + 2].kind == TokenKind::kWord;
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
  auto it = index.find(words);
  if (it == index.end()) return std::nullopt;
  const Gender known = entities_[it->second].gender;
  if (gender != Gender::kUnknown && known != Gender::kUnknown &&
      known != gender) {
    return std::nullopt;
  }
  return it->second;
}

}  // namespace factcheck::extract
