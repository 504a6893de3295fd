// Patterns of real copy, each a minimal pair: a figure given as what may
// come (a modal verb, a condition) or denied, beside the same figure given
// as what is.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/numeric_claims.h"
#include "tests/extract/numeric_claims_fixture.h"

namespace factcheck::extract {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(NumericClaimsTest, FigureAModalVerbTiesToItsMeasureIsAProjection) {
  const auto projection = [](const std::string& text) {
    const Claims claims(text);
    EXPECT_EQ(claims.all().size(), 1u) << claims.Describe();
    return !claims.all().empty() && claims.all()[0].projection;
  };
  EXPECT_TRUE(projection("Up to 4 million people may leave Ukraine."));
  EXPECT_FALSE(projection("Up to 4 million people have left Ukraine."));
  EXPECT_TRUE(projection("The death toll could rise to 10,000."));
  EXPECT_FALSE(projection("The death toll rose to 10,000."));
  EXPECT_FALSE(
      projection("At least 300 people were killed and more will die."));
  // A condition is no count either.
  EXPECT_TRUE(
      projection("If the death toll does reach 10,000, aid will fail."));
  EXPECT_FALSE(
      projection("The death toll reached 10,000, even if villages were cut "
                 "off."));
  // The month is no modal.
  EXPECT_TRUE(projection("The death toll may rise on Monday to 120."));
  EXPECT_FALSE(projection("The death toll rose on Monday, May 3, to 120."));
  EXPECT_FALSE(projection("The death toll rose on 3 May to 120."));
}

TEST(NumericClaimsTest, CountThatCouldBeIsAProjection) {
  const Claims could("The sheriff said there could be hundreds of deaths.");
  ASSERT_THAT(could.all(), SizeIs(1)) << could.Describe();
  EXPECT_TRUE(could.all()[0].projection);
  const Claims were("The sheriff said there were hundreds of deaths.");
  ASSERT_THAT(were.all(), SizeIs(1)) << were.Describe();
  EXPECT_FALSE(were.all()[0].projection);
}

TEST(NumericClaimsTest, DeniedCountIsNoClaim) {
  EXPECT_THAT(Claims("There are not hundreds of bodies on the beaches.").all(),
              IsEmpty());
  EXPECT_THAT(Claims("There are hundreds of bodies on the beaches.").all(),
              SizeIs(1));
  // Denied through a verb of having: "it is a miracle that we do not have
  // hundreds of deaths", a Prime Minister's relief, no toll.
  EXPECT_THAT(Claims("We don't have hundreds of deaths here.").all(),
              IsEmpty());
  EXPECT_THAT(Claims("We do not have hundreds of deaths here.").all(),
              IsEmpty());
  EXPECT_THAT(Claims("We have hundreds of deaths here.").all(), SizeIs(1));
}

}  // namespace
}  // namespace factcheck::extract
