#include "store/index_values.h"

#include <string>
#include <utility>

#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

factcheck::v1::Span SpanOf(uint32_t begin, uint32_t end) {
  factcheck::v1::Span span;
  span.set_begin(begin);
  span.set_end(end);
  span.set_begin_utf16(begin);
  span.set_end_utf16(end);
  return span;
}

// A stored claim with every field of its own, and of its report, set.
IndexedClaim Stored(factcheck::v1::Claim claim) {
  IndexedClaim stored;
  stored.set_report_id("r1");
  stored.set_source("AP");
  stored.set_published_seconds(1620864000);
  stored.set_published_nanos(5);
  *stored.mutable_claim() = std::move(claim);
  stored.set_excerpt("At least 43 people were killed in Gaza on Monday.");
  *stored.mutable_excerpt_span() = SpanOf(10, 60);
  stored.set_url("https://example.com/gaza");
  stored.set_title("Gaza toll rises");
  return stored;
}

factcheck::v1::Claim Numeric() {
  factcheck::v1::Claim claim;
  claim.set_id("n1");
  factcheck::v1::NumericClaim* numeric = claim.mutable_numeric();
  factcheck::v1::Quantity* quantity = numeric->mutable_quantity();
  quantity->set_value(43);
  quantity->set_lower(43);
  quantity->set_upper(1e300);
  quantity->set_lower_inclusive(true);
  quantity->set_qualifier(factcheck::v1::QUALIFIER_AT_LEAST);
  quantity->set_unit_kind(factcheck::v1::UNIT_KIND_COUNT);
  *quantity->mutable_span() = SpanOf(10, 21);
  quantity->set_text("At least 43");
  quantity->set_change(factcheck::v1::CHANGE_NONE);
  numeric->set_measure("deaths");
  numeric->set_measure_text("killed");
  numeric->set_location("Gaza");
  numeric->set_source("officials");
  numeric->set_time_text("on Monday");
  numeric->set_text("At least 43 people were killed");
  *numeric->mutable_span() = SpanOf(10, 40);
  *numeric->mutable_sentence_span() = SpanOf(10, 60);
  *numeric->mutable_earlier_quantity() = *quantity;
  numeric->set_cumulative(true);
  numeric->set_subgroup("children");
  numeric->set_year(2021);
  numeric->set_location_from_document(true);
  numeric->set_projection(true);
  numeric->set_location_may_be_a_part(true);
  return claim;
}

factcheck::v1::Claim Quote() {
  factcheck::v1::Claim claim;
  claim.set_id("a1");
  factcheck::v1::AttributedClaim* quote = claim.mutable_attributed();
  quote->set_speaker("Antony Blinken");
  quote->set_speaker_text("the top US diplomat");
  *quote->mutable_speaker_span() = SpanOf(1, 5);
  quote->set_cue("said");
  quote->set_kind(factcheck::v1::ATTRIBUTION_KIND_MIXED);
  quote->set_content("the country faced \"a long winter\" as prices rose");
  *quote->mutable_content_span() = SpanOf(6, 50);
  quote->set_conduit("Xinhua");
  *quote->add_content_spans() = SpanOf(6, 20);
  *quote->add_quoted_spans() = SpanOf(25, 38);
  quote->set_quotation("a long winter");
  return claim;
}

// `stored` without the fields no rule reads (index_values.h).
IndexedClaim Judged(IndexedClaim stored) {
  stored.clear_excerpt_span();
  stored.clear_url();
  stored.clear_title();
  if (stored.claim().has_numeric()) {
    factcheck::v1::NumericClaim* numeric =
        stored.mutable_claim()->mutable_numeric();
    numeric->clear_measure_text();
    numeric->clear_source();
    numeric->clear_time_text();
    numeric->clear_text();
    numeric->clear_span();
    numeric->clear_sentence_span();
    numeric->clear_earlier_quantity();
  } else {
    factcheck::v1::AttributedClaim* quote =
        stored.mutable_claim()->mutable_attributed();
    quote->clear_speaker_span();
    quote->clear_cue();
    quote->clear_content_span();
    quote->clear_conduit();
    quote->clear_quoted_spans();
  }
  return stored;
}

// `stored` as its index value reads: parsed, not yet made whole.
IndexedClaim AsRead(const IndexedClaim& stored) {
  IndexedClaim read;
  EXPECT_TRUE(read.ParseFromString(IndexValue(stored)));
  return read;
}

TEST(IndexValuesTest, AClaimReadsWithItsJudgedFieldsInPlace) {
  for (const factcheck::v1::Claim& claim : {Numeric(), Quote()}) {
    const IndexedClaim stored = Stored(claim);
    IndexedClaim read = AsRead(stored);
    EXPECT_FALSE(read.shown().empty());
    IndexedClaim judged = read;
    judged.clear_shown();
    EXPECT_EQ(Serialize(judged), Serialize(Judged(stored))) << claim.id();
    ASSERT_TRUE(MakeWhole(&read));
    EXPECT_EQ(Serialize(read), Serialize(stored)) << claim.id();
  }
}

TEST(IndexValuesTest, AClaimMadeWholeIntoAnotherIsTheSameWholeClaim) {
  for (const factcheck::v1::Claim& claim : {Numeric(), Quote()}) {
    const IndexedClaim stored = Stored(claim);
    IndexedClaim whole;
    ASSERT_TRUE(MakeWholeInto(AsRead(stored), &whole));
    EXPECT_EQ(Serialize(whole), Serialize(stored)) << claim.id();
  }
  IndexedClaim damaged = AsRead(Stored(Numeric()));
  damaged.set_shown(damaged.shown().substr(0, damaged.shown().size() - 1));
  IndexedClaim whole;
  EXPECT_FALSE(MakeWholeInto(damaged, &whole));
}

TEST(IndexValuesTest, AValueOfTheFirstSchemaIsWholeAsItIs) {
  IndexedClaim read;
  ASSERT_TRUE(read.ParseFromString(Serialize(Stored(Numeric()))));
  ASSERT_TRUE(MakeWhole(&read));
  EXPECT_EQ(Serialize(read), Serialize(Stored(Numeric())));
}

TEST(IndexValuesTest, DamagedShownFieldsAreRefused) {
  IndexedClaim read = AsRead(Stored(Numeric()));
  read.set_shown(read.shown().substr(0, read.shown().size() - 1));
  EXPECT_FALSE(MakeWhole(&read));
}

}  // namespace
}  // namespace factcheck::store
