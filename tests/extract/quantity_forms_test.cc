// Number forms of real copy that are no quantity, or whose unit is written
// in words news copy abbreviates: each a minimal pair, the form and the
// reading it would be mistaken for.
#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace factcheck::extract {
namespace {

// The quantity whose number is written `number` in `text`, if any.
std::optional<Quantity> QuantityOf(const std::string& text,
                                   absl::string_view number) {
  const Extraction extraction = Extract(text);
  for (const Quantity& quantity : extraction.quantities) {
    if (TextOf(text, quantity.number_span) == number) return quantity;
  }
  return std::nullopt;
}

TEST(QuantityFormsTest, QualifierInQuotationMarksStillQualifies) {
  for (const std::string text :
       {"The toll now stands at \u201capproximately\u201d 253 people.",
        "The toll now stands at \"approximately\" 253 people."}) {
    const std::optional<Quantity> toll = QuantityOf(text, "253");
    ASSERT_TRUE(toll) << text;
    EXPECT_EQ(toll->qualifier, Qualifier::kApproximately) << text;
    EXPECT_LT(toll->lower, 253) << text;
  }
  const std::optional<Quantity> quoted_word =
      QuantityOf("The toll now stands at \u201cthe\u201d 253 people.", "253");
  ASSERT_TRUE(quoted_word);
  EXPECT_EQ(quoted_word->qualifier, Qualifier::kExact)
      << "a quoted word that qualifies nothing leaves the count exact";
}

TEST(QuantityFormsTest, StrayArticleBeforeDigitsLeavesTheQualifier) {
  const std::optional<Quantity> stray = QuantityOf(
      "The toll stood at 281, with more than a 1,000 people hurt.", "1,000");
  ASSERT_TRUE(stray);
  EXPECT_EQ(stray->qualifier, Qualifier::kMoreThan);
  const std::optional<Quantity> plain =
      QuantityOf("The toll stood at 281, with a 1,000-strong crowd.", "1,000");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->qualifier, Qualifier::kExact);
}

TEST(QuantityFormsTest, ClockTimeWithDottedMeridiemIsNoQuantity) {
  EXPECT_FALSE(QuantityOf("The quake struck at 11 a.m. in Peru.", "11"));
  EXPECT_FALSE(QuantityOf("Shelling resumed at 9 p.m on Friday.", "9"));
  ASSERT_TRUE(QuantityOf("The quake killed 11 a day after it struck.", "11"));
}

TEST(QuantityFormsTest, MobileNetworkGenerationIsANameNotBillions) {
  EXPECT_FALSE(QuantityOf("The 5G network failed in Chile.", "5G"));
  const std::optional<Quantity> billions =
      QuantityOf("Sales reached 10G.", "10G");
  ASSERT_TRUE(billions);
  EXPECT_EQ(billions->value, 1e10);
}

TEST(QuantityFormsTest, AbbreviatedDegreesKeepTheirUnitInTheSpan) {
  const std::string text = "Temperatures hit 38 deg celsius in Sindh.";
  const std::optional<Quantity> heat = QuantityOf(text, "38");
  ASSERT_TRUE(heat);
  EXPECT_EQ(TextOf(text, heat->span), "38 deg celsius");
  EXPECT_EQ(heat->unit, "°C");
  const std::string spelled = "Temperatures hit 38 degrees celsius in Sindh.";
  const std::optional<Quantity> spelled_heat = QuantityOf(spelled, "38");
  ASSERT_TRUE(spelled_heat);
  EXPECT_EQ(spelled_heat->unit, "°C");
}

TEST(QuantityFormsTest, AgeKeepsItsUnitInsideTheSpan) {
  const std::string text = "The victim, 35 years old, died in Karachi.";
  const std::optional<Quantity> age = QuantityOf(text, "35");
  ASSERT_TRUE(age);
  EXPECT_EQ(TextOf(text, age->span), "35 years old");
  EXPECT_EQ(age->unit_kind, UnitKind::kPhysical);
  const std::string hyphenated = "A 9-year-old boy died in Karachi.";
  const std::optional<Quantity> boy = QuantityOf(hyphenated, "9");
  ASSERT_TRUE(boy);
  EXPECT_EQ(TextOf(hyphenated, boy->span), "9-year-old");
  const std::string people = "The victims, 35 people, died in Karachi.";
  const std::optional<Quantity> count = QuantityOf(people, "35");
  ASSERT_TRUE(count);
  EXPECT_EQ(count->unit_kind, UnitKind::kCount);
}

}  // namespace
}  // namespace factcheck::extract
