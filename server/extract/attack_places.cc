// CountPlaces: where an attack's count is, and where it is not: the target
// an opening names ("After Russian strikes on Kharkiv, …"), the place fire
// came from ("rocket fire from Gaza"), and the dead a speaker's own side
// killed ("Israel said it had killed 160 militants").
#include <algorithm>

#include "server/extract/count_places.h"

namespace factcheck::extract {
namespace {

// What an attack is made with or of, before where it came from: "rocket
// fire from Gaza", "missiles launched from Lebanon".
bool IsAttackWord(absl::string_view word) {
  static constexpr absl::string_view kWords[] = {
      "fire",    "fired",   "rocket", "rockets",  "missile",  "missiles",
      "mortar",  "mortars", "shells", "shelling", "launched", "attack",
      "attacks", "strikes", "drone",  "drones",   "barrage",  "shot"};
  return IsOneOf(word, kWords);
}

}  // namespace

size_t CountPlaces::AttackOpening(size_t first, size_t comma,
                                  Span* place) const {
  // "As a result of the Armenian army attack on Ganja", "After Russian
  // strikes on Kharkiv", "Following the shelling of Mariupol": a few words
  // before the attack's noun, then whatever the opening adds before its
  // comma ("- located outside the frontline - within 24 hours of the
  // truce"), so long as it names no other place.
  constexpr size_t kMaxWordsToTheAttack = 6;
  constexpr size_t kMaxTokensAfterTheTarget = 16;
  const auto opening_at = [&](size_t t) -> size_t {
    if (IsWordToken(t, "as") && IsWordToken(t + 1, "a") &&
        IsWordToken(t + 2, "result") && IsWordToken(t + 3, "of")) {
      t += 4;
    } else if (Valid(t) && tokens_[t].kind == TokenKind::kWord &&
               IsOneOf(Text(t), {"after", "following", "in", "during"})) {
      ++t;
    } else {
      return comma;
    }
    for (const size_t words_end = std::min(comma, t + kMaxWordsToTheAttack);
         t < words_end && tokens_[t].kind == TokenKind::kWord; ++t) {
      Span target;
      const size_t target_end = TargetAfter(t, comma, &target);
      if (target_end == t) continue;
      if (comma > target_end + kMaxTokensAfterTheTarget) return comma;
      for (size_t k = target_end; k < comma; ++k) {
        Span other;
        if (PlaceAfter(k, comma, &other) != k) return comma;
      }
      *place = target;
      return t - 1;
    }
    return comma;
  };
  if (const size_t noun = opening_at(first); noun != comma) return noun;
  // Or the clause a speaker's "that" opens: "the prosecutors announced that
  // as a result of the attack on Ganja, nine were killed", within an
  // opening's length of the comma (so that a sentence of thousands of
  // counts is read in linear time).
  constexpr size_t kMaxOpeningTokens = 32;
  const size_t window_first =
      comma > first + kMaxOpeningTokens ? comma - kMaxOpeningTokens : first;
  for (size_t k = comma; k > window_first; --k) {
    if (IsWordToken(k - 1, "that")) return opening_at(k);
  }
  return comma;
}

bool CountPlaces::AttackOriginAt(size_t k) const {
  return k > 0 && IsWordToken(k, "from") && IsAttackWord(Text(k - 1));
}

bool CountPlaces::NamesAttackOrigin(size_t first, size_t end) const {
  // "Rocket fire from Gaza has killed": a few words before the count (a
  // window, so that a sentence of many counts is read in linear time).
  constexpr size_t kWindow = 12;
  for (size_t k = end > first + kWindow ? end - kWindow : first; k < end; ++k) {
    Span origin;
    if (AttackOriginAt(k) && PlaceAfter(k, end, &origin) != k) return true;
  }
  return false;
}

bool CountPlaces::KilledBySpeaker(size_t verb) const {
  if (!Valid(verb) || !IsOneOf(Text(verb), {"killed", "kill", "kills"})) {
    return false;
  }
  size_t subject = verb;
  while (subject > 0 && IsOneOf(Text(subject - 1), {"had", "has", "have"})) {
    --subject;
  }
  if (subject == 0) return false;
  const absl::string_view before = Text(subject - 1);
  return IsOneOf(before, {"it", "they", "we"}) ||
         (subject >= 2 && IsOneOf(before, {"forces", "troops", "army"}) &&
          IsOneOf(Text(subject - 2), {"its", "their", "our"}));
}

}  // namespace factcheck::extract
