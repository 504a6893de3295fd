#include "server/verify/verifier.h"

#include <initializer_list>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "server/verify/numeric_rules.h"
#include "server/verify/quote_rules.h"

namespace factcheck::verify {
namespace {

absl::Time ToTime(const google::protobuf::Timestamp& time) {
  return absl::FromUnixSeconds(time.seconds()) +
         absl::Nanoseconds(time.nanos());
}

// The prior claims lookups returned, without the document's own copy and
// without repeats (one claim can come from two lookups).
PriorClaims Priors(
    std::initializer_list<const std::vector<store::IndexedClaim>*> lookups,
    const std::string& document_id) {
  PriorClaims priors;
  absl::flat_hash_set<std::pair<absl::string_view, absl::string_view>> seen;
  for (const std::vector<store::IndexedClaim>* found : lookups) {
    for (const store::IndexedClaim& claim : *found) {
      if (!document_id.empty() && claim.report_id() == document_id) continue;
      if (!seen.emplace(claim.report_id(), claim.claim().id()).second) {
        continue;
      }
      priors.push_back(&claim);
    }
  }
  return priors;
}

store::ClaimWindow Limited(store::ClaimWindow window, size_t limit) {
  window.limit = limit;
  return window;
}

void Count(factcheck::v1::Verdict verdict,
           factcheck::v1::DocumentSummary* summary) {
  summary->set_claims(summary->claims() + 1);
  switch (verdict) {
    case factcheck::v1::VERDICT_CONSISTENT:
      summary->set_consistent(summary->consistent() + 1);
      break;
    case factcheck::v1::VERDICT_UPDATED:
      summary->set_updated(summary->updated() + 1);
      break;
    case factcheck::v1::VERDICT_CONFLICTING:
      summary->set_conflicting(summary->conflicting() + 1);
      break;
    case factcheck::v1::VERDICT_MISQUOTED:
      summary->set_misquoted(summary->misquoted() + 1);
      break;
    case factcheck::v1::VERDICT_MISATTRIBUTED:
      summary->set_misattributed(summary->misattributed() + 1);
      break;
    default:
      summary->set_unverified(summary->unverified() + 1);
  }
}

}  // namespace

absl::StatusOr<factcheck::v1::VerifyDocumentResponse> Verifier::Verify(
    const factcheck::v1::Report& document,
    const std::vector<factcheck::v1::Claim>& claims,
    const std::optional<google::protobuf::Timestamp>& as_of) const {
  store::ClaimWindow window;
  if (as_of.has_value()) {
    window.published_before = *as_of;
  } else if (document.has_published_at()) {
    window.published_before = document.published_at();
  }
  std::optional<absl::Time> document_time;
  if (window.published_before) document_time = ToTime(*window.published_before);

  // One article often repeats a measure and place, or a speaker: each index
  // range is read once per verification.
  absl::flat_hash_map<std::string, std::vector<store::IndexedClaim>> numeric;
  absl::flat_hash_map<std::string, std::vector<store::IndexedClaim>> spoken;

  factcheck::v1::VerifyDocumentResponse response;
  response.set_document_id(document.id());
  factcheck::v1::DocumentSummary* summary = response.mutable_summary();
  for (const factcheck::v1::Claim& claim : claims) {
    // The judgement points into the lookups: they live until its evidence
    // is copied into the response.
    std::vector<store::IndexedClaim> sharing_words;
    Judgement judgement;
    if (claim.has_numeric()) {
      const std::string key = absl::StrCat(claim.numeric().measure(), "\n",
                                           claim.numeric().location());
      auto cached = numeric.find(key);
      if (cached == numeric.end()) {
        absl::StatusOr<std::vector<store::IndexedClaim>> found =
            store_->NumericClaimsOn(claim.numeric().measure(),
                                    claim.numeric().location(),
                                    Limited(window, kNumericPriors));
        if (!found.ok()) return found.status();
        cached = numeric.emplace(key, *std::move(found)).first;
      }
      judgement = JudgeNumeric(claim.numeric(), document_time,
                               Priors({&cached->second}, document.id()));
    } else {
      auto by_speaker = spoken.find(claim.attributed().speaker());
      if (by_speaker == spoken.end()) {
        absl::StatusOr<std::vector<store::IndexedClaim>> found =
            store_->QuotesBy(claim.attributed().speaker(),
                             Limited(window, kSpeakerPriors));
        if (!found.ok()) return found.status();
        by_speaker =
            spoken.emplace(claim.attributed().speaker(), *std::move(found))
                .first;
      }
      absl::StatusOr<std::vector<store::IndexedClaim>> by_words =
          store_->QuotesSharingWords(claim.attributed().content(),
                                     Limited(window, kSharedWordPriors));
      if (!by_words.ok()) return by_words.status();
      sharing_words = *std::move(by_words);
      judgement = JudgeQuote(
          claim.attributed(),
          Priors({&by_speaker->second, &sharing_words}, document.id()));
    }
    factcheck::v1::ClaimVerdict* verdict = response.add_verdicts();
    *verdict->mutable_claim() = claim;
    verdict->set_verdict(judgement.verdict);
    verdict->set_confidence(judgement.confidence);
    verdict->set_explanation(judgement.explanation);
    verdict->set_independent_sources(judgement.independent_sources);
    for (const store::IndexedClaim* prior : judgement.evidence) {
      factcheck::v1::Evidence* evidence = verdict->add_evidence();
      evidence->set_report_id(prior->report_id());
      evidence->set_source(prior->source());
      evidence->mutable_published_at()->set_seconds(prior->published_seconds());
      evidence->mutable_published_at()->set_nanos(prior->published_nanos());
      *evidence->mutable_claim() = prior->claim();
      evidence->set_excerpt(prior->excerpt());
      *evidence->mutable_span() = prior->excerpt_span();
    }
    Count(judgement.verdict, summary);
  }
  return response;
}

}  // namespace factcheck::verify
