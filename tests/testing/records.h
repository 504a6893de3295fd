// Small builders for the reports and claims that tests store and compare, so
// that a test states only what it is about.
#ifndef FACTCHECK_TESTS_TESTING_RECORDS_H_
#define FACTCHECK_TESTS_TESTING_RECORDS_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/timestamp.pb.h"
#include "protos/claims.pb.h"
#include "protos/report.pb.h"

namespace factcheck::testing {

// An instant given as RFC 3339 ("2021-05-13T09:00:00Z"); aborts the test
// binary on a malformed literal.
google::protobuf::Timestamp Time(absl::string_view rfc3339);

// A report with every field the store requires.
factcheck::v1::Report MakeReport(absl::string_view id, absl::string_view source,
                                 absl::string_view published_rfc3339,
                                 absl::string_view text);

// A numeric claim with an exact value.
factcheck::v1::Claim NumericClaim(absl::string_view measure,
                                  absl::string_view location, double value);

// An attributed claim of the direct kind.
factcheck::v1::Claim Quote(absl::string_view speaker,
                           absl::string_view content);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_RECORDS_H_
