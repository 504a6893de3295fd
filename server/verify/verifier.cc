#include "server/verify/verifier.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "google/protobuf/arena.h"
#include "server/verify/claim_time.h"
#include "server/verify/intervals.h"
#include "server/verify/numeric_rules.h"
#include "server/verify/quote_rules.h"
#include "server/verify/text_figures.h"
#include "store/index_values.h"
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
    std::initializer_list<const std::vector<const store::IndexedClaim*>*>
        lookups,
    const std::string& document_id) {
  size_t found_in_all = 0;
  for (const std::vector<const store::IndexedClaim*>* found : lookups) {
    found_in_all += found->size();
  }
  PriorClaims priors;
  priors.reserve(found_in_all);
  absl::flat_hash_set<std::pair<absl::string_view, absl::string_view>> seen;
  seen.reserve(found_in_all);
  for (const std::vector<const store::IndexedClaim*>* found : lookups) {
    for (const store::IndexedClaim* claim : *found) {
      if (!document_id.empty() && claim->report_id() == document_id) continue;
      if (!seen.emplace(claim->report_id(), claim->claim().id()).second) {
        continue;
      }
      priors.push_back(claim);
    }
  }
  return priors;
}

// The lookups of one phase of a verification, gathered and then sent to the
// store together (ReportStore::Lookups: one round trip to a networked
// store). One article often repeats a measure and place, a speaker or a
// whole quote: each lookup is added once, under a key naming what it reads.
class LookupBatch {
 public:
  // The slot of the lookup under `key`, added unless it is there.
  size_t Add(std::string key, store::LookupRequest request) {
    const auto [slot, added] =
        slots_.try_emplace(std::move(key), requests_.size());
    if (added) requests_.push_back(std::move(request));
    return slot->second;
  }

  // The slot of the lookup under `key`, if it was added.
  std::optional<size_t> Find(absl::string_view key) const {
    const auto slot = slots_.find(key);
    if (slot == slots_.end()) return std::nullopt;
    return slot->second;
  }

  // Sends every lookup added; the store's error, if any.
  [[nodiscard]] absl::Status Run(const store::ReportStore& store) {
    if (requests_.empty()) return absl::OkStatus();
    absl::StatusOr<store::LookupAnswers> answers = store.Lookups(requests_);
    if (!answers.ok()) return answers.status();
    answers_ = *std::move(answers);
    return absl::OkStatus();
  }

  // What the lookup in `slot` found, once Run has succeeded; valid while
  // the batch lives.
  const std::vector<const store::IndexedClaim*>& Answer(size_t slot) const {
    return answers_.claims[slot];
  }

 private:
  absl::flat_hash_map<std::string, size_t> slots_;
  std::vector<store::LookupRequest> requests_;
  store::LookupAnswers answers_;
};

// The key of a numeric lookup on `measure` at `place` within `window`.
std::string NumericKey(absl::string_view measure, absl::string_view place,
                       const store::ClaimWindow& window) {
  return absl::StrCat("numeric\n", measure, "\n", place, "\n",
                      window.published_before.has_value()
                          ? window.published_before->seconds()
                          : 0);
}

// The window and the instant a numeric claim is judged at: the
// verification's, unless the claim dates itself to a day before the
// document's ("On Saturday, officials had reported 820"). Then only what was
// reported by the end of that day is prior, and the claim stands at its
// middle, the hour being unknown. Days are UTC days. A day's rise ("106
// people died on Thursday") is no older total: the reports of the days
// after, which give it, are prior too (a rise is only ever found to
// agree).
struct ClaimMoment {
  store::ClaimWindow window;
  std::optional<absl::Time> time;
  // The day the claim dates itself to, when it is before the document's.
  std::optional<absl::CivilDay> named_day;
  // The day the claim's text gives its figure for, the document's own day
  // too ("on Sunday" in Sunday's copy).
  std::optional<absl::CivilDay> figure_day;
};

ClaimMoment MomentOf(const factcheck::v1::NumericClaim& claim,
                     std::optional<absl::CivilDay> published,
                     const store::ClaimWindow& window,
                     std::optional<absl::Time> cutoff) {
  if (!published.has_value()) return {window, cutoff};
  const std::optional<absl::CivilDay> day =
      DayNamed(claim.time_text(), *published);
  if (!day.has_value()) return {window, cutoff};
  if (*day >= *published || !IsLevel(claim.quantity())) {
    return {window, cutoff, std::nullopt, day};
  }
  const absl::Time day_end = absl::FromCivil(*day + 1, absl::UTCTimeZone());
  if (cutoff.has_value() && *cutoff < day_end) {
    return {window, cutoff, std::nullopt, day};
  }
  ClaimMoment moment{window, day_end - absl::Hours(12), *day, *day};
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

absl::Status Verifier::Verify(
    const factcheck::v1::Report& document,
    std::vector<factcheck::v1::Claim> claims,
    const std::optional<google::protobuf::Timestamp>& as_of,
    const core::Call& call, std::optional<size_t> evidence_limit,
    factcheck::v1::VerifyDocumentResponse* response) const {
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
  const absl::flat_hash_set<std::string> document_countries =
      CountriesPlacedIn(claims);
  // What each claim reads, planned first so that a verification's lookups
  // go to the store together: every claim's own lookups in one batch, then
  // the story-country lookups of the numeric claims that found nothing on
  // their own place (they depend on the first batch's answers).
  struct Plan {
    ClaimMoment moment;
    // Whether the claim is compared with priors at all.
    bool compared = false;
    // Numeric: the claim's place. Quote: by speaker, and by words.
    size_t subject = 0;
    size_t words = 0;
    // The numeric claim's story country, when it is read.
    std::optional<std::string> country;
    std::optional<size_t> on_country;
    // A claim dated to an earlier day: its place read up to the document,
    // for the reports after that day (GivenAfterItsDay).
    std::optional<size_t> after_its_day;
    Judgement judgement;
  };
  std::vector<Plan> plans(claims.size());
  LookupBatch own;
  for (size_t c = 0; c < claims.size(); ++c) {
    const factcheck::v1::Claim& claim = claims[c];
    Plan& plan = plans[c];
    if (claim.has_numeric()) {
      const factcheck::v1::NumericClaim& numeric_claim = claim.numeric();
      plan.moment =
          MomentOf(numeric_claim, published_day, window, document_time);
      // A claim compared with nothing needs no read of the store.
      plan.compared = ComparedWithPriors(numeric_claim, plan.moment.time);
      if (!plan.compared) continue;
      plan.subject =
          own.Add(NumericKey(numeric_claim.measure(), numeric_claim.location(),
                             plan.moment.window),
                  store::LookupRequest::NumericClaimsOn(
                      numeric_claim.measure(), numeric_claim.location(),
                      Limited(plan.moment.window, kNumericPriors)));
      if (plan.moment.named_day.has_value()) {
        plan.after_its_day =
            own.Add(NumericKey(numeric_claim.measure(),
                               numeric_claim.location(), window),
                    store::LookupRequest::NumericClaimsOn(
                        numeric_claim.measure(), numeric_claim.location(),
                        Limited(window, kNumericPriors)));
      }
    } else {
      const factcheck::v1::AttributedClaim& quote = claim.attributed();
      // Nobody named says it: JudgeQuote answers without priors.
      if (quote.speaker().empty()) continue;
      plan.compared = true;
      plan.subject =
          own.Add(absl::StrCat("speaker\n", quote.speaker()),
                  store::LookupRequest::QuotesBy(
                      quote.speaker(), Limited(window, kSpeakerPriors)));
      const absl::string_view words = store::ComparedWords(quote);
      plan.words = own.Add(absl::StrCat("words\n", words),
                           store::LookupRequest::QuotesSharingWords(
                               words, Limited(window, kSharedWordPriors)));
    }
  }
  if (!claims.empty()) {
    if (absl::Status waiting = call.Check("verifying every claim");
        !waiting.ok()) {
      return waiting;
    }
  }
  if (absl::Status read = own.Run(*store_); !read.ok()) return read;

  LookupBatch countries;
  QuoteWords quote_words;
  for (size_t c = 0; c < claims.size(); ++c) {
    if (absl::Status waiting = call.Check("verifying every claim");
        !waiting.ok()) {
      return waiting;
    }
    const factcheck::v1::Claim& claim = claims[c];
    Plan& plan = plans[c];
    if (!claim.has_numeric()) {
      plan.judgement = JudgeQuote(
          claim.attributed(),
          plan.compared
              ? Priors({&own.Answer(plan.subject), &own.Answer(plan.words)},
                       document.id())
              : PriorClaims{},
          quote_words, document_time);
      continue;
    }
    const factcheck::v1::NumericClaim& numeric_claim = claim.numeric();
    if (!plan.compared) {
      plan.judgement = JudgeNumeric(numeric_claim, plan.moment.time, {});
      continue;
    }
    const PriorClaims priors =
        Priors({&own.Answer(plan.subject)}, document.id());
    plan.judgement = JudgeNumeric(numeric_claim, plan.moment.time, priors);
    std::optional<Judgement> given_after;
    if (plan.after_its_day.has_value() &&
        plan.judgement.verdict == factcheck::v1::VERDICT_UNVERIFIED &&
        plan.judgement.evidence.empty()) {
      given_after = GivenAfterItsDay(
          numeric_claim, *plan.moment.named_day, document_time,
          Priors({&own.Answer(*plan.after_its_day)}, document.id()));
    }
    if (given_after.has_value()) {
      plan.judgement = *std::move(given_after);
    } else if (priors.empty() && plan.moment.named_day.has_value()) {
      // Reports of the days between are not "no earlier report": say why
      // they were not read.
      absl::StrAppend(&plan.judgement.explanation,
                      " by the end of the day its text gives the figure for (",
                      DayLabel(absl::FromCivil(*plan.moment.named_day,
                                               absl::UTCTimeZone())),
                      "): later reports are not compared");
    }
    // Nothing on the claim's own place: the story-level figures of its
    // country may still agree or be passed. A place its sentence names is
    // left to its own figures of the count when it has any, even
    // inconclusive ones.
    // A rise on the story's place may be the country's figure already
    // given (GivenForTheWhole).
    if ((plan.judgement.evidence.empty() &&
         (numeric_claim.location_from_document() ||
          !AnyComparable(numeric_claim, priors))) ||
        (numeric_claim.location_from_document() &&
         plan.judgement.verdict == factcheck::v1::VERDICT_UPDATED)) {
      plan.country = WiderCountryOf(numeric_claim, document_countries);
    }
    if (plan.country.has_value()) {
      const std::string key = NumericKey(numeric_claim.measure(), *plan.country,
                                         plan.moment.window);
      // Read in the first batch when another claim is on the country.
      if (!own.Find(key).has_value()) {
        plan.on_country = countries.Add(
            key, store::LookupRequest::NumericClaimsOn(
                     numeric_claim.measure(), *plan.country,
                     Limited(plan.moment.window, kNumericPriors)));
      }
    }
  }
  if (absl::Status read = countries.Run(*store_); !read.ok()) return read;

  response->set_document_id(document.id());
  factcheck::v1::DocumentSummary* summary = response->mutable_summary();
  for (size_t c = 0; c < claims.size(); ++c) {
    const factcheck::v1::Claim& claim = claims[c];
    Plan& plan = plans[c];
    Judgement& judgement = plan.judgement;
    if (claim.has_numeric() && plan.compared) {
      const factcheck::v1::NumericClaim& numeric_claim = claim.numeric();
      if (plan.country.has_value()) {
        const std::vector<const store::IndexedClaim*>& on_country =
            plan.on_country.has_value()
                ? countries.Answer(*plan.on_country)
                : own.Answer(
                      *own.Find(NumericKey(numeric_claim.measure(),
                                           *plan.country, plan.moment.window)));
        const PriorClaims country_priors = Priors({&on_country}, document.id());
        if (std::optional<Judgement> whole = GivenForTheWhole(
                numeric_claim, *plan.country, judgement, country_priors)) {
          judgement = *std::move(whole);
        } else if (judgement.evidence.empty()) {
          Judgement wider =
              JudgeNumeric(numeric_claim, plan.moment.time,
                           NotAbove(numeric_claim, plan.moment.time,
                                    StoryLevel(country_priors)));
          if (wider.verdict == factcheck::v1::VERDICT_CONSISTENT ||
              wider.verdict == factcheck::v1::VERDICT_UPDATED) {
            absl::StrAppend(&wider.explanation,
                            numeric_claim.location_from_document()
                                ? absl::StrCat(" (the story's place, ",
                                               numeric_claim.location(),
                                               ", is in ", *plan.country, ")")
                                : absl::StrCat(" (", numeric_claim.location(),
                                               " is in ", *plan.country, ")"));
            judgement = std::move(wider);
          }
        }
      }
      // Below a total reported before the day the text dates its figure to:
      // that day's count, not an older total.
      if ((judgement.verdict == factcheck::v1::VERDICT_OUTDATED ||
           judgement.verdict == factcheck::v1::VERDICT_CONFLICTING) &&
          plan.moment.figure_day.has_value() &&
          TotalBeforeItsDay(numeric_claim, document.text(),
                            *plan.moment.figure_day,
                            *judgement.evidence.front())) {
        judgement =
            BelowATotalOfAnEarlierDay(numeric_claim, *plan.moment.figure_day,
                                      *judgement.evidence.front());
      }
      if (plan.moment.named_day.has_value() &&
          ConflictsWithinItsDay(numeric_claim, judgement)) {
        judgement = EarlierCountOfItsDay(numeric_claim, *plan.moment.named_day,
                                         *judgement.evidence.front());
      }
      // Below an earlier report, but the text itself gives more: it may be
      // counting a part or an earlier moment, not contradicting.
      if (judgement.verdict == factcheck::v1::VERDICT_OUTDATED ||
          judgement.verdict == factcheck::v1::VERDICT_CONFLICTING) {
        if (const factcheck::v1::NumericClaim* higher =
                text_figures.HigherThan(numeric_claim)) {
          judgement = BesideAHigherFigure(numeric_claim, *higher);
        }
      }
    }
    factcheck::v1::ClaimVerdict* verdict = response->add_verdicts();
    verdict->set_verdict(judgement.verdict);
    verdict->set_confidence(judgement.confidence);
    verdict->set_explanation(judgement.explanation);
    verdict->set_independent_sources(judgement.independent_sources);
    const size_t shown =
        std::min(judgement.evidence.size(), evidence_limit.value_or(SIZE_MAX));
    for (size_t e = 0; e < shown; ++e) {
      if (absl::Status made =
              EvidenceOf(*judgement.evidence[e], verdict->add_evidence());
          !made.ok()) {
        return made;
      }
    }
    Count(judgement.verdict, summary);
  }
  // Moved only now: TextFigures points into the claims until the last
  // verdict.
  for (size_t c = 0; c < claims.size(); ++c) {
    *response->mutable_verdicts(static_cast<int>(c))->mutable_claim() =
        std::move(claims[c]);
  }
  return absl::OkStatus();
}

absl::Status EvidenceOf(const store::IndexedClaim& prior,
                        factcheck::v1::Evidence* evidence) {
  // Made whole on the evidence's arena, so that its parts move into the
  // evidence rather than being copied again.
  google::protobuf::Arena* const arena = evidence->GetArena();
  store::IndexedClaim* const whole =
      google::protobuf::Arena::CreateMessage<store::IndexedClaim>(arena);
  const std::unique_ptr<store::IndexedClaim> owned(arena == nullptr ? whole
                                                                    : nullptr);
  if (!store::MakeWholeInto(prior, whole)) {
    return absl::DataLossError("store: damaged claim index entry");
  }
  evidence->set_report_id(std::move(*whole->mutable_report_id()));
  evidence->set_source(std::move(*whole->mutable_source()));
  evidence->set_url(std::move(*whole->mutable_url()));
  evidence->set_title(std::move(*whole->mutable_title()));
  evidence->mutable_published_at()->set_seconds(whole->published_seconds());
  evidence->mutable_published_at()->set_nanos(whole->published_nanos());
  evidence->mutable_claim()->Swap(whole->mutable_claim());
  evidence->set_excerpt(std::move(*whole->mutable_excerpt()));
  evidence->mutable_span()->Swap(whole->mutable_excerpt_span());
  return absl::OkStatus();
}

}  // namespace factcheck::verify
