#include "tests/testing/records.h"

#include <cstdlib>
#include <iostream>

#include "absl/time/time.h"

namespace factcheck::testing {

google::protobuf::Timestamp Time(absl::string_view rfc3339) {
  absl::Time time;
  std::string error;
  if (!absl::ParseTime(absl::RFC3339_full, rfc3339, &time, &error)) {
    std::cerr << "bad time literal in test: " << rfc3339 << ": " << error;
    std::abort();
  }
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(absl::ToUnixSeconds(time));
  timestamp.set_nanos(static_cast<int32_t>(absl::ToInt64Nanoseconds(
      time - absl::FromUnixSeconds(timestamp.seconds()))));
  return timestamp;
}

factcheck::v1::Report MakeReport(absl::string_view id, absl::string_view source,
                                 absl::string_view published_rfc3339,
                                 absl::string_view text) {
  factcheck::v1::Report report;
  report.set_id(std::string(id));
  report.set_source(std::string(source));
  *report.mutable_published_at() = Time(published_rfc3339);
  report.set_text(std::string(text));
  return report;
}

factcheck::v1::Claim NumericClaim(absl::string_view measure,
                                  absl::string_view location, double value) {
  factcheck::v1::Claim claim;
  factcheck::v1::NumericClaim* numeric = claim.mutable_numeric();
  numeric->set_measure(std::string(measure));
  numeric->set_location(std::string(location));
  factcheck::v1::Quantity* quantity = numeric->mutable_quantity();
  quantity->set_value(value);
  quantity->set_lower(value);
  quantity->set_upper(value);
  quantity->set_lower_inclusive(true);
  quantity->set_upper_inclusive(true);
  quantity->set_qualifier(factcheck::v1::QUALIFIER_EXACT);
  return claim;
}

factcheck::v1::Claim Quote(absl::string_view speaker,
                           absl::string_view content) {
  factcheck::v1::Claim claim;
  factcheck::v1::AttributedClaim* quote = claim.mutable_attributed();
  quote->set_speaker(std::string(speaker));
  quote->set_content(std::string(content));
  quote->set_kind(factcheck::v1::ATTRIBUTION_KIND_DIRECT);
  return claim;
}

}  // namespace factcheck::testing
