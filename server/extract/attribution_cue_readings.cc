// AttributionFinder: whether a cue word reports, read from the words
// around it: a piece of evidence before "show" or "found", a denial
// ("did not say", "didn't come out and say"), a verb of telling in the
// passive ("was told").
#include "absl/strings/match.h"
#include "server/extract/attribution_finder.h"

namespace factcheck::extract::attribution_internal {

bool AttributionFinder::ShowsEvidence(const CueMatch& cue,
                                      const Phrase& speaker) const {
  static const WordSet* const kShowing =
      new WordSet({"show", "shows", "showed", "find", "finds", "found",
                   "indicates", "indicated", "reveals", "revealed"});
  return cue.end == cue.begin + 1 && IsWordIn(*kShowing, cue.begin) &&
         !speaker.empty() && IsEvidenceNoun(speaker.end - 1);
}

bool AttributionFinder::IsEvidenceNoun(size_t t) const {
  static const WordSet* const kEvidence = new WordSet(
      {"poll",    "polls",     "survey",        "surveys",    "study",
       "studies", "analysis",  "data",          "video",      "videos",
       "footage", "report",    "reports",       "average",    "averages",
       "figures", "documents", "records",       "transcript", "research",
       "review",  "audit",     "investigation", "census",     "estimates",
       "slide",   "chart",     "map",           "tests",      "statistics"});
  return IsWordIn(*kEvidence, t);
}

bool AttributionFinder::OpensARelativeClause(size_t that) const {
  if (that < 1 || !Valid(that + 1) ||
      tokens_[that - 1].kind != TokenKind::kWord || IsVerbWord(that - 1) ||
      cue_at_[that - 1] != kNoCue ||
      tokens_[that + 1].kind != TokenKind::kWord) {
    return false;
  }
  // A tensed verb or a past form ("that have endorsed", "that backed"),
  // not an adverb ("that even three years later remains").
  const absl::string_view next = WordAt(that + 1);
  return IsVerbWord(that + 1) ||
         (next.size() > 4 && absl::EndsWith(next, "ed"));
}

bool AttributionFinder::NamesAThing(size_t t) const {
  // Things named in the news, not people: "a man called the police" may
  // be a call, "a group called for calm" is not read here ("called for" is
  // a cue of its own).
  static const WordSet* const kNamedThings =
      new WordSet({"group",     "organization", "organisation", "movement",
                   "coalition", "campaign",     "initiative",   "project",
                   "program",   "programme",    "pac",          "company",
                   "firm",      "fund",         "foundation",   "book",
                   "film",      "movie",        "documentary",  "play",
                   "show",      "series",       "song",         "album",
                   "band",      "account",      "website",      "site",
                   "app",       "podcast",      "newsletter",   "blog",
                   "video",     "class",        "course",       "culture",
                   "plan",      "bill",         "policy",       "strategy",
                   "operation", "network",      "party",        "militia",
                   "faction",   "town",         "village",      "neighborhood",
                   "district",  "doctrine",     "theory",       "phenomenon"});
  if (!IsWordToken(t, "called") || t < 2 || !IsWordIn(*kNamedThings, t - 1)) {
    return false;
  }
  // "a new super PAC", "one anti-Trump group": a few words of no
  // punctuation back to the article.
  constexpr size_t kMaxWordsAfterArticle = 4;
  for (size_t k = t - 1; k > 0 && t - k <= kMaxWordsAfterArticle; --k) {
    if (IsOneOf(WordAt(k - 1), {"a", "an", "one"})) return true;
    if (tokens_[k - 1].kind == TokenKind::kSymbol && !JoinsWords(k - 1)) {
      return false;
    }
  }
  return false;
}

bool AttributionFinder::IsNegatedVerb(size_t t) const {
  for (size_t k = t; k > 0 && t - k < kMaxNegationReach; --k) {
    const absl::string_view word = WordAt(k - 1);
    if (IsNegation(word)) return true;
    if (!IsAuxiliary(word) && !IsWordIn(TensedVerbs(), k - 1) &&
        word != "yet") {
      return false;
    }
  }
  return false;
}

bool AttributionFinder::SharesADenial(size_t t) const {
  // "Sanders didn't come out and say Obama should be replaced": a base
  // form after "and" or "or" is denied with the verb before it (not a past
  // form: "did not hesitate and said" says it).
  if (t < 2 || !IsOneOf(WordAt(t - 1), {"and", "or"})) return false;
  const absl::string_view cue = WordAt(t);
  if (absl::EndsWith(cue, "ed") || absl::EndsWith(cue, "s") ||
      IsWordIn(IrregularPastVerbs(), t) ||
      IsOneOf(cue, {"said", "told", "wrote", "thought", "felt", "knew"})) {
    return false;
  }
  for (size_t k = t - 1; k > 0 && t - k <= kMaxNegationReach + 2; --k) {
    if (IsPunctuation(k - 1)) return false;
    const absl::string_view word = WordAt(k - 1);
    if (IsNegation(word)) return true;
  }
  return false;
}

bool AttributionFinder::EvidenceBefore(size_t t) const {
  if (t == 0) return false;
  if (IsEvidenceNoun(t - 1)) return true;
  // "leaked documents from his 1995 tax return show": the evidence, then
  // what it is of or from.
  for (size_t k = t - 1; k + kMaxSpeakerTokens > t && k > 1; --k) {
    if (tokens_[k].kind == TokenKind::kSymbol || IsVerbWord(k) ||
        cue_at_[k] != kNoCue) {
      return false;
    }
    if (IsOneOf(WordAt(k), {"of", "from", "by", "on"})) {
      return IsEvidenceNoun(k - 1);
    }
  }
  return false;
}

bool AttributionFinder::InThePassive(size_t t, size_t* be) const {
  // "was repeatedly warned": adverbs may stand between; "had told" is no
  // passive.
  size_t verb = t;
  while (verb > 0 && IsAuxiliary(WordAt(verb - 1)) &&
         !IsOneOf(WordAt(verb - 1), {"has", "have", "had"})) {
    --verb;
  }
  if (be != nullptr) *be = verb - 1;
  return verb > 0 && IsOneOf(WordAt(verb - 1), {"is", "are", "was", "were",
                                                "be", "been", "being"});
}

bool AttributionFinder::IsReportingInThePassive(size_t t) const {
  static const WordSet* const kReported =
      new WordSet({"reported", "confirmed", "announced", "said", "stated",
                   "declared", "claimed", "estimated", "feared", "believed",
                   "presumed", "pronounced", "listed", "described"});
  size_t be = 0;
  // "In its statement, the ministry … it was stated that …": an "it" that
  // stands for no one before it is read as the body whose words they are.
  return IsWordIn(*kReported, t) && InThePassive(t, &be) &&
         !(be > 0 && IsWordToken(be - 1, "it"));
}

bool AttributionFinder::IsTellingInThePassive(size_t t) const {
  static const WordSet* const kTelling =
      new WordSet({"told", "asked", "informed", "warned", "assured", "reminded",
                   "advised", "urged", "questioned", "pressed"});
  return IsWordIn(*kTelling, t) && InThePassive(t, nullptr);
}

}  // namespace factcheck::extract::attribution_internal
