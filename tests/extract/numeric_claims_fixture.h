// Numeric claims of short texts, found by their own words: the helpers of
// the numeric-claim tests.
#ifndef FACTCHECK_TESTS_EXTRACT_NUMERIC_CLAIMS_FIXTURE_H_
#define FACTCHECK_TESTS_EXTRACT_NUMERIC_CLAIMS_FIXTURE_H_

#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace factcheck::extract {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// What a test expects of one claim, found by its own words.
struct Expected {
  std::string text;
  std::string measure;
  std::string location;
  Qualifier qualifier;
  double lower;
  double upper;
};

class Claims {
 public:
  explicit Claims(std::string text)
      : text_(std::move(text)), extraction_(Extract(text_)) {}

  const std::vector<NumericClaim>& all() const {
    return extraction_.numeric_claims;
  }

  const NumericClaim* Find(absl::string_view words) const {
    for (const NumericClaim& claim : all()) {
      if (TextOf(text_, claim.span) == words) return &claim;
    }
    return nullptr;
  }

  // The measure of the claim of these words; a failure, and "(no claim)",
  // when there is none.
  std::string MeasureOf(absl::string_view words) const {
    const NumericClaim* claim = Find(words);
    if (claim == nullptr) {
      ADD_FAILURE() << "no claim '" << words << "' in: " << text_
                    << "\nclaims: " << Describe();
      return "(no claim)";
    }
    return std::string(claim->measure);
  }

  std::string Text(Span span) const { return std::string(TextOf(text_, span)); }

  void ExpectClaim(const Expected& e) const {
    const NumericClaim* claim = Find(e.text);
    ASSERT_NE(claim, nullptr) << "no claim '" << e.text << "' in: " << text_
                              << "\nclaims: " << Describe();
    EXPECT_EQ(claim->measure, e.measure) << e.text;
    EXPECT_EQ(claim->location, e.location) << e.text;
    EXPECT_EQ(claim->quantity.qualifier, e.qualifier) << e.text;
    EXPECT_DOUBLE_EQ(claim->quantity.lower, e.lower) << e.text;
    EXPECT_DOUBLE_EQ(claim->quantity.upper, e.upper) << e.text;
  }

  std::string Describe() const {
    std::string out;
    for (const NumericClaim& claim : all()) {
      absl::StrAppend(&out, "'", Text(claim.span), "' (", claim.measure, ") ");
    }
    return out;
  }

 private:
  std::string text_;
  Extraction extraction_;
};

// The place of the only numeric claim of `text`; "?" (and a failure) when
// it has not exactly one.
inline std::string PlaceOfOnlyClaim(const std::string& text) {
  const Claims claims(text);
  EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
  return claims.all().size() == 1 ? claims.all()[0].location : "?";
}

}  // namespace factcheck::extract

#endif  // FACTCHECK_TESTS_EXTRACT_NUMERIC_CLAIMS_FIXTURE_H_
