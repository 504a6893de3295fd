// What a verdict rests on: the judgement the rules reach, the prior claims
// behind it, and how many independent sources those are.
#ifndef FACTCHECK_SERVER_VERIFY_EVIDENCE_H_
#define FACTCHECK_SERVER_VERIFY_EVIDENCE_H_

#include <string>
#include <vector>

#include "absl/time/time.h"
#include "protos/verdict.pb.h"
#include "store/store_records.pb.h"

namespace factcheck::verify {

// Prior claims as the rules read them: pointers into the store's lookup
// results, which outlive the judgement; no claim is copied.
using PriorClaims = std::vector<const store::IndexedClaim*>;

struct Judgement {
  factcheck::v1::Verdict verdict = factcheck::v1::VERDICT_UNVERIFIED;
  double confidence = 0;
  std::string explanation;
  // The prior claims the verdict rests on, most telling first.
  PriorClaims evidence;
  int independent_sources = 0;
};

// How many independent sources `evidence` holds. Reports of one outlet count
// once, and so do copies of one wire story (the same sentence, word for
// word, under several outlets). `note` gets " (3 reports, 2 copies of one
// wire story)" when copies were merged, "" otherwise.
int IndependentSources(const PriorClaims& evidence, std::string* note);

// When the prior claim's report was published.
absl::Time PublishedAt(const store::IndexedClaim& prior);

// "11 May 2021": the day of `time` (UTC) as explanations write it.
std::string DayLabel(absl::Time time);

// "AP, 11 May 2021": who said it and when.
std::string Label(const store::IndexedClaim& prior);

// Confidence from how many independent sources agree: `base` for one, rising
// by `step` for each more, never above `ceiling`.
double Confidence(int sources, double base, double step, double ceiling);

}  // namespace factcheck::verify

#endif  // FACTCHECK_SERVER_VERIFY_EVIDENCE_H_
