// Whether two attributed claims' speakers are one, and whether a speaker
// names anyone at all: the ground of every MISQUOTED and MISATTRIBUTED
// verdict (server/verify/quote_rules.h).
//
// Speakers are the same when their canonical names match, or one is the
// other's surname ("Blinken" and "Antony Blinken"); one speaks for the
// other when the text names one within how it names the other ("State
// Department" in "State Department spokesman Ned Price", "UN" in "UN human
// rights chief Michelle Bachelet"), or a ministry within its minister's
// ("Health Ministry", "Health Minister Ali Hassan"): such words are the
// body's too, no misattribution.
#ifndef FACTCHECK_SERVER_VERIFY_SPEAKER_NAMES_H_
#define FACTCHECK_SERVER_VERIFY_SPEAKER_NAMES_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"
#include "protos/claims.pb.h"

namespace factcheck::verify {

// A speaker's name as SameSpeaker and NamedByGivenNameAlone compare it:
// without a leading article or honorific, with straight apostrophes,
// without accents, hyphens as spaces ("Khaled al-Falih", "Khaled Al
// Falih") and with its initials joined. A judgement compares its
// claim's speaker with every prior's: made once, the claim's name is
// worked out once. Holds the copies those steps make, so it neither copies
// nor moves.
class ComparableName {
 public:
  explicit ComparableName(absl::string_view name);
  ComparableName(const ComparableName&) = delete;
  ComparableName& operator=(const ComparableName&) = delete;

  // The name as given.
  absl::string_view name() const { return name_; }
  // The name as compared.
  absl::string_view comparable() const { return comparable_; }

 private:
  std::string straight_, plain_, spaced_, joined_;
  absl::string_view name_, comparable_;
};

// Whether speakers `a` and `b` are one: their names alike but for case, a
// leading article or honorific ("Mr. Trump"), a possessive ending ("Donald
// Trump's"), curly or straight apostrophes and accents, hyphens or spaces
// between words ("al-Falih", "Al Falih"), the points of
// initials ("J.P. Nadda", "JP Nadda"), or one the other's surname
// ("Blinken" and "Antony Blinken").
bool SameSpeaker(const ComparableName& a, absl::string_view b);
inline bool SameSpeaker(absl::string_view a, absl::string_view b) {
  return a == b || SameSpeaker(ComparableName(a), b);
}

// The fewest letters a name has for SpelledAlike to read it as another's
// spelling: shorter names differ by a letter and are different names
// ("Lee", "Lew").
inline constexpr size_t kMinAlikeNameLetters = 5;

// Whether speakers `a` and `b`, not SameSpeaker, may be one person whose
// surname (the last word), or with one surname whose given name (the word
// before it), two reports spell two ways, a letter added, dropped or
// changed: "Anil Jasinghe" and "Jaisinghe", "Zelensky" and "Zelenskyy",
// "Saeed Abid" and "Saaed Abid" (not "Anil" and "Ravi Jasinghe"). Such
// names give no proof of a misattribution.
bool SpelledAlike(absl::string_view a, absl::string_view b);

// Whether one of speakers `a` and `b` is one word, the other's given name
// (its first word, the other having two or more): "Joko" and "Joko Widodo",
// one person as likely as two. Such names give no proof of a
// misattribution.
bool NamedByGivenNameAlone(const ComparableName& a, absl::string_view b);
inline bool NamedByGivenNameAlone(absl::string_view a, absl::string_view b) {
  return NamedByGivenNameAlone(ComparableName(a), b);
}

// Whether speakers `a` and `b`, with one surname (the last word), differ
// only in a given name one of them gives in a common short form: "Joe
// Lombardo" and "Joseph Lombardo", "Bill" and "William" (not "Jill" and
// "Joe Biden"). Such names give no proof of a misattribution.
bool GivenNameShortened(const ComparableName& a, absl::string_view b);
inline bool GivenNameShortened(absl::string_view a, absl::string_view b) {
  return GivenNameShortened(ComparableName(a), b);
}

// Whether `claim`'s speaker names no one words could be told apart by: an
// unnamed member ("a UN spokesman", "an official"), a part of a group
// ("Most Southern Democrats"), a description the text never resolved to a
// name ("the Israeli prime minister", "health officials", a title and one
// word: "Former Security") or a document ("the statement said"). Such a
// speaker's words given to another are no misattribution.
bool NamesNoOne(const factcheck::v1::AttributedClaim& claim);

// Whether one claim's speaker is named, as whole words, within how the
// other's text names its speaker (see above).
bool SpeaksFor(const factcheck::v1::AttributedClaim& a,
               const factcheck::v1::AttributedClaim& b);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_SPEAKER_NAMES_H_
