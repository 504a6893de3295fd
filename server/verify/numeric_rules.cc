#include "server/verify/numeric_rules.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "server/verify/intervals.h"

namespace factcheck::verify {
namespace {

std::string Place(const factcheck::v1::NumericClaim& claim) {
  return claim.location().empty() ? "" : absl::StrCat(" in ", claim.location());
}

}  // namespace

Judgement JudgeNumeric(const factcheck::v1::NumericClaim& claim,
                       std::optional<absl::Time> document_time,
                       const PriorClaims& priors) {
  const Interval mine = IntervalOf(claim.quantity());
  PriorClaims agree, rose, conflict;
  const store::IndexedClaim* latest = nullptr;
  for (const store::IndexedClaim* prior : priors) {
    const factcheck::v1::NumericClaim& theirs = prior->claim().numeric();
    if (!SameUnit(claim.quantity(), theirs.quantity())) continue;
    const Interval other = IntervalOf(theirs.quantity());
    const bool same_time =
        document_time.has_value() &&
        absl::AbsDuration(*document_time - PublishedAt(*prior)) < kSameTime;
    const bool cumulative = claim.cumulative() || theirs.cumulative();
    if (Overlap(mine, other)) {
      agree.push_back(prior);
    } else if (claim.related_article()) {
      continue;  // an earlier article's figure: later ones do not bear on it
    } else if (same_time) {
      conflict.push_back(prior);
    } else if (cumulative && Above(mine, other)) {
      rose.push_back(prior);
    } else if (cumulative) {
      conflict.push_back(prior);  // below an earlier report's floor
    } else {
      continue;  // another period's figure
    }
    if (latest == nullptr || PublishedAt(*prior) > PublishedAt(*latest)) {
      latest = prior;
    }
  }
  auto newest_first = [](PriorClaims claims) {
    std::sort(claims.begin(), claims.end(), [](auto* a, auto* b) {
      return PublishedAt(*a) > PublishedAt(*b);
    });
    return claims;
  };
  const std::string mine_text = Describe(claim.quantity());
  Judgement judgement;
  std::string note;
  if (!conflict.empty()) {
    judgement.verdict = factcheck::v1::VERDICT_CONFLICTING;
    judgement.evidence = newest_first(conflict);
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    const store::IndexedClaim& first = *judgement.evidence.front();
    const bool below_floor =
        claim.cumulative() &&
        Above(IntervalOf(first.claim().numeric().quantity()), mine);
    judgement.explanation = absl::StrCat(
        mine_text, " conflicts with ",
        Describe(first.claim().numeric().quantity()), " (", Label(first), ")",
        below_floor ? ": a running total cannot fall below an earlier count"
                    : "",
        note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.6, 0.1, 0.9);
  } else if (latest != nullptr &&
             std::find(agree.begin(), agree.end(), latest) != agree.end()) {
    judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
    judgement.evidence = newest_first(agree);
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    std::vector<std::string> said;
    for (const store::IndexedClaim* prior : judgement.evidence) {
      if (said.size() == 3) break;
      said.push_back(absl::StrCat(Describe(prior->claim().numeric().quantity()),
                                  " (", Label(*prior), ")"));
    }
    judgement.explanation = absl::StrCat(mine_text, " agrees with ",
                                         absl::StrJoin(said, "; "), note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.6, 0.1, 0.95);
  } else if (latest != nullptr) {
    judgement.verdict = factcheck::v1::VERDICT_UPDATED;
    judgement.evidence = newest_first(rose);
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    judgement.explanation = absl::StrCat(
        "rose from ", Describe(latest->claim().numeric().quantity()), " (",
        Label(*latest), ") to ", mine_text, note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.7, 0.05, 0.9);
  } else if (claim.related_article()) {
    judgement.explanation =
        absl::StrCat(mine_text,
                     " is a related article's figure; no earlier report "
                     "gives it, and its date is not known");
  } else {
    judgement.explanation =
        absl::StrCat("no earlier report gives ", claim.measure(), Place(claim));
  }
  return judgement;
}

}  // namespace factcheck::verify
