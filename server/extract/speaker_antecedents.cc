// EntityTracker: who a pronoun or a description may stand for, among the
// speakers and the mentions before it: the speaker near, the person the
// text went on about since.
#include <algorithm>
#include <iterator>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "server/extract/speaker_words.h"
#include "server/extract/speakers.h"

namespace factcheck::extract {
namespace {

// Words that open a subordinate clause, whose subject is not the
// sentence's: "When Mr. Trump tried …, Mr. Kasich differed".
const WordSet& Subordinators() {
  static const WordSet* const kWords =
      new WordSet({"while", "although", "though", "if", "when", "as", "after",
                   "before", "because", "since", "unless", "until", "whereas"});
  return *kWords;
}

// Whether a person's name, as the name scan took it, names them as a
// sentence's subject: not a possessive ("Mrs. Clinton's confidants say"),
// nor a run the scan took from a word that opens no name ("Neither Johnson
// nor Weld", "He has made").
bool NamedAsASubject(const Entity& person) {
  static const WordSet* const kNoNames =
      new WordSet({"he", "she", "it", "they", "neither", "either", "both",
                   "despite", "most", "many", "some", "the", "his", "her"});
  const absl::string_view name = person.name;
  return !absl::EndsWith(name, "'s") &&
         !absl::EndsWith(name, "\xE2\x80\x99s") &&
         !kNoNames->Contains(name.substr(0, name.find(' ')));
}

// How far back "the readout" and "the top US diplomat" look, in mentions.
constexpr size_t kMaxMentionsBack = 400;
// How far after a speaker "he" or "she" may still be that speaker.
constexpr size_t kPronounSpeakerReach = 80;

}  // namespace

std::optional<size_t> EntityTracker::NearSpeakerBefore(
    size_t token, absl::FunctionRef<bool(const Entity&)> accept,
    size_t* at) const {
  auto it =
      std::lower_bound(spoke_.begin(), spoke_.end(), token,
                       [](const Mention& m, size_t t) { return m.token < t; });
  while (it != spoke_.begin()) {
    --it;
    if (it->token + kPronounSpeakerReach < token) break;
    if (accept(entities_[it->entity])) {
      if (at != nullptr) *at = it->token;
      return it->entity;
    }
  }
  return std::nullopt;
}

std::optional<size_t> EntityTracker::OpeningSubject(size_t first) const {
  if (in_quote_[first]) return std::nullopt;
  const auto person = [](const Entity& e) {
    return e.type == EntityType::kPerson;
  };
  // A subordinate clause's subject is not the sentence's ("When Mr. Trump
  // tried …, Mr. Kasich differed").
  const bool subordinate = IsWordIn(Subordinators(), first);
  if (!subordinate) {
    if (const std::optional<size_t> subject =
            LastBefore(first + kSubjectReach, person, first)) {
      return subject;
    }
  }
  // "At a rally in Portland, Maine, on Thursday afternoon, Trump included
  // …", "Speaking to reporters, Biden said", "As darkness fell, Mario
  // Anderson grew concerned": after a lead-in of where, when or how, or a
  // subordinate clause, the subject opens the clause after one of its
  // commas; "One resident, Adrian Rodriguez, returned": so it does after
  // who the person is.
  static const WordSet* const kLeadIns =
      new WordSet({"at", "in", "on", "during", "speaking", "later", "earlier",
                   "meanwhile", "separately", "one", "another", "a", "an"});
  constexpr size_t kMaxLeadInTokens = 16;
  if (!subordinate && !IsWordIn(*kLeadIns, first)) return std::nullopt;
  for (size_t t = first + 1; t < first + kMaxLeadInTokens && Valid(t); ++t) {
    if (in_quote_[t] ||
        (tokens_[t].kind == TokenKind::kSymbol && !IsSymbol(t, ","))) {
      break;
    }
    if (!IsSymbol(t, ",")) continue;
    if (const std::optional<size_t> subject =
            LastBefore(t + 1 + kSubjectReach, person, t + 1)) {
      return subject;
    }
  }
  return std::nullopt;
}

EntityTracker::OtherSubject EntityTracker::SubjectBetween(
    size_t after, size_t before, size_t speaker,
    absl::FunctionRef<bool(const Entity&)> accept) const {
  const Gender speaker_gender = entities_[speaker].gender;
  auto sentence = FirstSentenceFrom(before);
  while (sentence != sentences_.begin()) {
    --sentence;
    const size_t first = sentence->first_token;
    if (first <= after) break;
    const std::optional<size_t> subject = OpeningSubject(first);
    if (!subject) continue;
    if (*subject == speaker) return {};
    const Entity& person = entities_[*subject];
    if (!accept(person) || !NamedAsASubject(person)) return {};
    const bool gender_unsure =
        speaker_gender != Gender::kUnknown && person.gender == Gender::kUnknown;
    return {true, *subject, gender_unsure};
  }
  return {};
}

std::optional<size_t> EntityTracker::LastBefore(
    size_t token, absl::FunctionRef<bool(const Entity&)> accept,
    size_t from) const {
  auto it =
      std::lower_bound(mentions_.begin(), mentions_.end(), token,
                       [](const Mention& m, size_t t) { return m.token < t; });
  for (size_t back = 0; it != mentions_.begin() && back < kMaxMentionsBack;
       ++back) {
    --it;
    if (it->token < from) break;
    if (accept(entities_[it->entity])) return it->entity;
  }
  return std::nullopt;
}

std::optional<size_t> EntityTracker::LastSpeakerBefore(size_t token,
                                                       EntityType type) const {
  return NearSpeakerBefore(
      token, [type](const Entity& entity) { return entity.type == type; });
}

std::optional<size_t> EntityTracker::BodySpeakerBefore(size_t token) const {
  return NearSpeakerBefore(token, [](const Entity& entity) {
    if (entity.type != EntityType::kOrganization) return false;
    for (const absl::string_view word : absl::StrSplit(entity.name, ' ')) {
      if (IsOrganizationWord(word) || IsInCapitals(word)) return true;
    }
    return false;
  });
}

bool EntityTracker::OpensASentence(size_t token) const {
  const auto sentence = FirstSentenceFrom(token);
  return sentence != sentences_.end() && sentence->first_token == token;
}

std::vector<Sentence>::const_iterator EntityTracker::FirstSentenceFrom(
    size_t token) const {
  return std::lower_bound(
      sentences_.begin(), sentences_.end(), token,
      [](const Sentence& s, size_t t) { return s.first_token < t; });
}

std::optional<size_t> EntityTracker::PreviousSentenceFirst(
    size_t sentence_first) const {
  const auto sentence = FirstSentenceFrom(sentence_first);
  if (sentence == sentences_.begin()) return std::nullopt;
  return std::prev(sentence)->first_token;
}

std::optional<size_t> EntityTracker::SubjectOfTheSentenceBefore(
    size_t sentence_first,
    absl::FunctionRef<bool(const Entity&)> accept) const {
  const std::optional<size_t> previous = PreviousSentenceFirst(sentence_first);
  if (!previous) return std::nullopt;
  const std::optional<size_t> subject = OpeningSubject(*previous);
  if (!subject || !accept(entities_[*subject]) ||
      !NamedAsASubject(entities_[*subject])) {
    return std::nullopt;
  }
  return subject;
}

}  // namespace factcheck::extract
