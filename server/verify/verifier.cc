#include "server/verify/verifier.h"

#include <initializer_list>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "server/verify/claim_time.h"
#include "server/verify/numeric_rules.h"
#include "server/verify/quote_rules.h"
#include "store/quote_shingles.h"

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

// Index ranges read during one verification, by what was looked up. One
// article often repeats a measure and place, a speaker or a whole quote:
// each range is read once. Nodes keep their address, so a range found
// stays valid while others are added.
using Lookups =
    absl::node_hash_map<std::string, std::vector<store::IndexedClaim>>;

template <typename Read>
absl::StatusOr<const std::vector<store::IndexedClaim>*> ReadOnce(
    Lookups& lookups, absl::string_view key, Read read) {
  auto found = lookups.find(key);
  if (found == lookups.end()) {
    absl::StatusOr<std::vector<store::IndexedClaim>> claims = read();
    if (!claims.ok()) return claims.status();
    found = lookups.emplace(key, *std::move(claims)).first;
  }
  return &found->second;
}

// The window and the instant a numeric claim is judged at: the
// verification's, unless the claim dates itself to a day before the
// document's ("On Saturday, officials had reported 820"). Then only what was
// reported by the end of that day is prior, and the claim stands at its
// middle, the hour being unknown. Days are UTC days.
struct ClaimMoment {
  store::ClaimWindow window;
  std::optional<absl::Time> time;
};

ClaimMoment MomentOf(const factcheck::v1::NumericClaim& claim,
                     std::optional<absl::CivilDay> published,
                     const store::ClaimWindow& window,
                     std::optional<absl::Time> cutoff) {
  if (!published.has_value()) return {window, cutoff};
  const std::optional<absl::CivilDay> day =
      DayNamed(claim.time_text(), *published);
  if (!day.has_value() || *day >= *published) return {window, cutoff};
  const absl::Time day_end = absl::FromCivil(*day + 1, absl::UTCTimeZone());
  if (cutoff.has_value() && *cutoff < day_end) return {window, cutoff};
  ClaimMoment moment{window, day_end - absl::Hours(12)};
  moment.window.published_before.emplace();
  moment.window.published_before->set_seconds(absl::ToUnixSeconds(day_end));
  return moment;
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
    case factcheck::v1::VERDICT_OUTDATED:
      summary->set_outdated(summary->outdated() + 1);
      break;
    default:
      summary->set_unverified(summary->unverified() + 1);
  }
}

}  // namespace

absl::StatusOr<factcheck::v1::VerifyDocumentResponse> Verifier::Verify(
    const factcheck::v1::Report& document,
    const std::vector<factcheck::v1::Claim>& claims,
    const std::optional<google::protobuf::Timestamp>& as_of,
    const core::Call& call) const {
  store::ClaimWindow window;
  if (as_of.has_value()) {
    window.published_before = *as_of;
  } else if (document.has_published_at()) {
    window.published_before = document.published_at();
  }
  std::optional<absl::Time> document_time;
  if (window.published_before) document_time = ToTime(*window.published_before);
  // The day the document's own time words ("on Saturday") are read from.
  std::optional<absl::CivilDay> published_day;
  if (document.has_published_at()) {
    published_day =
        absl::ToCivilDay(ToTime(document.published_at()), absl::UTCTimeZone());
  }

  const TextFigures text_figures(claims);
  Lookups numeric;
  Lookups spoken;
  Lookups worded;

  factcheck::v1::VerifyDocumentResponse response;
  response.set_document_id(document.id());
  factcheck::v1::DocumentSummary* summary = response.mutable_summary();
  for (const factcheck::v1::Claim& claim : claims) {
    if (absl::Status waiting = call.Check("verifying every claim");
        !waiting.ok()) {
      return waiting;
    }
    Judgement judgement;
    if (claim.has_numeric()) {
      const factcheck::v1::NumericClaim& numeric_claim = claim.numeric();
      const ClaimMoment moment =
          MomentOf(numeric_claim, published_day, window, document_time);
      // A claim compared with nothing needs no read of the store.
      if (!ComparedWithPriors(numeric_claim, moment.time)) {
        judgement = JudgeNumeric(numeric_claim, moment.time, {});
      } else {
        // The prior claims on the claim's measure at `place`, read once
        // per verification.
        auto priors_at = [&](const std::string& place) {
          return ReadOnce(
              numeric,
              absl::StrCat(numeric_claim.measure(), "\n", place, "\n",
                           moment.window.published_before.has_value()
                               ? moment.window.published_before->seconds()
                               : 0),
              [&] {
                return store_->NumericClaimsOn(
                    numeric_claim.measure(), place,
                    Limited(moment.window, kNumericPriors));
              });
        };
        absl::StatusOr<const std::vector<store::IndexedClaim>*> on_subject =
            priors_at(numeric_claim.location());
        if (!on_subject.ok()) return on_subject.status();
        judgement = JudgeNumeric(numeric_claim, moment.time,
                                 Priors({*on_subject}, document.id()));
        // Nothing on the story's subdivision: the story-level figures of
        // its country may still agree or be passed.
        const std::optional<std::string> country =
            judgement.evidence.empty() ? StoryCountryOf(numeric_claim)
                                       : std::nullopt;
        if (country.has_value()) {
          absl::StatusOr<const std::vector<store::IndexedClaim>*> on_country =
              priors_at(*country);
          if (!on_country.ok()) return on_country.status();
          Judgement wider =
              JudgeNumeric(numeric_claim, moment.time,
                           StoryLevel(Priors({*on_country}, document.id())));
          if (wider.verdict == factcheck::v1::VERDICT_CONSISTENT ||
              wider.verdict == factcheck::v1::VERDICT_UPDATED) {
            absl::StrAppend(&wider.explanation, " (the story's place, ",
                            numeric_claim.location(), ", is in ", *country,
                            ")");
            judgement = std::move(wider);
          }
        }
        // Below an earlier report, but the text itself gives more: it may
        // be counting a part or an earlier moment, not contradicting.
        if (judgement.verdict == factcheck::v1::VERDICT_OUTDATED ||
            judgement.verdict == factcheck::v1::VERDICT_CONFLICTING) {
          if (const factcheck::v1::NumericClaim* higher =
                  text_figures.HigherThan(numeric_claim)) {
            judgement = BesideAHigherFigure(numeric_claim, *higher);
          }
        }
      }
    } else {
      const factcheck::v1::AttributedClaim& quote = claim.attributed();
      absl::StatusOr<const std::vector<store::IndexedClaim>*> by_speaker =
          ReadOnce(spoken, quote.speaker(), [&] {
            return store_->QuotesBy(quote.speaker(),
                                    Limited(window, kSpeakerPriors));
          });
      if (!by_speaker.ok()) return by_speaker.status();
      absl::StatusOr<const std::vector<store::IndexedClaim>*> by_words =
          ReadOnce(worded, store::ComparedWords(quote), [&] {
            return store_->QuotesSharingWords(
                store::ComparedWords(quote),
                Limited(window, kSharedWordPriors));
          });
      if (!by_words.ok()) return by_words.status();
      judgement =
          JudgeQuote(quote, Priors({*by_speaker, *by_words}, document.id()));
    }
    factcheck::v1::ClaimVerdict* verdict = response.add_verdicts();
    *verdict->mutable_claim() = claim;
    verdict->set_verdict(judgement.verdict);
    verdict->set_confidence(judgement.confidence);
    verdict->set_explanation(judgement.explanation);
    verdict->set_independent_sources(judgement.independent_sources);
    for (const store::IndexedClaim* prior : judgement.evidence) {
      *verdict->add_evidence() = EvidenceOf(*prior);
    }
    Count(judgement.verdict, summary);
  }
  return response;
}

factcheck::v1::Evidence EvidenceOf(const store::IndexedClaim& prior) {
  factcheck::v1::Evidence evidence;
  evidence.set_report_id(prior.report_id());
  evidence.set_source(prior.source());
  evidence.set_url(prior.url());
  evidence.set_title(prior.title());
  evidence.mutable_published_at()->set_seconds(prior.published_seconds());
  evidence.mutable_published_at()->set_nanos(prior.published_nanos());
  *evidence.mutable_claim() = prior.claim();
  evidence.set_excerpt(prior.excerpt());
  *evidence.mutable_span() = prior.excerpt_span();
  return evidence;
}

}  // namespace factcheck::verify
