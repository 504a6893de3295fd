// The lower-case particles of people's names ("Ursula von der Leyen",
// "Bashar al-Assad", "Harsha de Silva"): the words a name holds that are
// not capitalised. The extractor reads them as the surname's, and the
// verifier as no sign that a speaker is a description rather than a name.
#ifndef FACTCHECK_SERVER_EXTRACT_NAME_PARTICLES_H_
#define FACTCHECK_SERVER_EXTRACT_NAME_PARTICLES_H_

#include <algorithm>
#include <iterator>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

// Whether `word`, as written (case-sensitive: "Al" and "De" open words of
// their own), is a name's particle.
inline bool IsNameParticle(absl::string_view word) {
  static constexpr absl::string_view kParticles[] = {
      "de",  "da",    "do",  "dos", "das", "di",  "du",
      "del", "della", "der", "den", "van", "von", "ter",
      "bin", "ibn",   "al",  "el",  "la",  "le",  "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) !=
         std::end(kParticles);
}

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_NAME_PARTICLES_H_
