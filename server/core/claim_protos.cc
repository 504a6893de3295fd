#include "server/core/claim_protos.h"

#include <string>

#include "absl/functional/function_ref.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "unicode/utf16_offsets.h"

namespace factcheck::core {
namespace {

factcheck::v1::Span ToSpan(const unicode::Utf16Offsets& offsets,
                           extract::Span span) {
  factcheck::v1::Span proto;
  proto.set_begin(span.begin);
  proto.set_end(span.end);
  proto.set_begin_utf16(offsets.At(span.begin));
  proto.set_end_utf16(offsets.At(span.end));
  return proto;
}

// The text of `pieces`, joined by a space.
std::string JoinedText(absl::string_view text,
                       absl::Span<const extract::Span> pieces) {
  std::string joined;
  for (const extract::Span& piece : pieces) {
    if (!joined.empty()) joined.push_back(' ');
    absl::StrAppend(&joined, extract::TextOf(text, piece));
  }
  return joined;
}

factcheck::v1::Qualifier ToQualifier(extract::Qualifier qualifier) {
  switch (qualifier) {
    case extract::Qualifier::kExact:
      return factcheck::v1::QUALIFIER_EXACT;
    case extract::Qualifier::kAtLeast:
      return factcheck::v1::QUALIFIER_AT_LEAST;
    case extract::Qualifier::kMoreThan:
      return factcheck::v1::QUALIFIER_MORE_THAN;
    case extract::Qualifier::kAtMost:
      return factcheck::v1::QUALIFIER_AT_MOST;
    case extract::Qualifier::kLessThan:
      return factcheck::v1::QUALIFIER_LESS_THAN;
    case extract::Qualifier::kApproximately:
      return factcheck::v1::QUALIFIER_APPROXIMATELY;
    case extract::Qualifier::kRange:
      return factcheck::v1::QUALIFIER_RANGE;
    case extract::Qualifier::kVague:
      return factcheck::v1::QUALIFIER_VAGUE;
  }
  return factcheck::v1::QUALIFIER_UNSPECIFIED;
}

factcheck::v1::Change ToChange(extract::Change change) {
  switch (change) {
    case extract::Change::kNone:
      return factcheck::v1::CHANGE_NONE;
    case extract::Change::kUp:
      return factcheck::v1::CHANGE_UP;
    case extract::Change::kDown:
      return factcheck::v1::CHANGE_DOWN;
  }
  return factcheck::v1::CHANGE_UNSPECIFIED;
}

factcheck::v1::UnitKind ToUnitKind(extract::UnitKind kind) {
  switch (kind) {
    case extract::UnitKind::kCount:
      return factcheck::v1::UNIT_KIND_COUNT;
    case extract::UnitKind::kPercent:
      return factcheck::v1::UNIT_KIND_PERCENT;
    case extract::UnitKind::kCurrency:
      return factcheck::v1::UNIT_KIND_CURRENCY;
    case extract::UnitKind::kPhysical:
      return factcheck::v1::UNIT_KIND_PHYSICAL;
  }
  return factcheck::v1::UNIT_KIND_UNSPECIFIED;
}

factcheck::v1::AttributionKind ToKind(extract::AttributionKind kind) {
  switch (kind) {
    case extract::AttributionKind::kDirect:
      return factcheck::v1::ATTRIBUTION_KIND_DIRECT;
    case extract::AttributionKind::kMixed:
      return factcheck::v1::ATTRIBUTION_KIND_MIXED;
    case extract::AttributionKind::kIndirect:
      return factcheck::v1::ATTRIBUTION_KIND_INDIRECT;
    case extract::AttributionKind::kAccordingTo:
      return factcheck::v1::ATTRIBUTION_KIND_ACCORDING_TO;
    case extract::AttributionKind::kHeadline:
      return factcheck::v1::ATTRIBUTION_KIND_HEADLINE;
  }
  return factcheck::v1::ATTRIBUTION_KIND_UNSPECIFIED;
}

const char* EntityTypeName(extract::EntityType type) {
  switch (type) {
    case extract::EntityType::kPerson:
      return "PERSON";
    case extract::EntityType::kOrganization:
      return "ORGANIZATION";
    case extract::EntityType::kDocument:
      return "DOCUMENT";
    case extract::EntityType::kGroup:
      return "OTHER";
  }
  return "OTHER";
}

// Fills the empty `proto` where it is (on its arena, if any).
void FillQuantity(absl::string_view text, const unicode::Utf16Offsets& offsets,
                  const extract::Quantity& quantity,
                  factcheck::v1::Quantity* proto) {
  if (quantity.value) proto->set_value(*quantity.value);
  proto->set_lower(quantity.lower);
  proto->set_upper(quantity.upper);
  proto->set_lower_inclusive(quantity.lower_inclusive);
  proto->set_upper_inclusive(quantity.upper_inclusive);
  proto->set_qualifier(ToQualifier(quantity.qualifier));
  proto->set_unit(std::string(quantity.unit));
  proto->set_unit_kind(ToUnitKind(quantity.unit_kind));
  *proto->mutable_span() = ToSpan(offsets, quantity.span);
  proto->set_text(std::string(extract::TextOf(text, quantity.span)));
  proto->set_change(ToChange(quantity.change));
}

// Fills `proto` with the attributed claim `attribution`, the `number`th of
// its text.
void FillAttributedClaim(absl::string_view text,
                         const unicode::Utf16Offsets& offsets,
                         const std::vector<extract::Entity>& entities,
                         const extract::Attribution& attribution, size_t number,
                         factcheck::v1::Claim* proto) {
  proto->set_id(absl::StrCat("a", number));
  factcheck::v1::AttributedClaim* quote = proto->mutable_attributed();
  quote->set_speaker(std::string(extract::SpeakerName(attribution, entities)));
  quote->set_speaker_text(
      std::string(extract::TextOf(text, attribution.speaker_span)));
  *quote->mutable_speaker_span() = ToSpan(offsets, attribution.speaker_span);
  quote->set_cue(std::string(extract::TextOf(text, attribution.cue_span)));
  quote->set_kind(ToKind(attribution.kind));
  quote->set_content(JoinedText(text, attribution.content_spans));
  *quote->mutable_content_span() = ToSpan(offsets, attribution.content_span);
  quote->set_conduit(
      std::string(extract::TextOf(text, attribution.conduit_span)));
  // Only what content and content_span do not already say: every claim
  // is stored with its report and in the claim indexes, and a store of
  // millions of reports reads faster for each byte it is spared.
  if (attribution.content_spans.size() > 1) {
    for (const extract::Span& piece : attribution.content_spans) {
      *quote->add_content_spans() = ToSpan(offsets, piece);
    }
  }
  if (attribution.kind == extract::AttributionKind::kMixed) {
    for (const extract::Span& quoted : attribution.quoted_spans) {
      *quote->add_quoted_spans() = ToSpan(offsets, quoted);
    }
    quote->set_quotation(JoinedText(text, attribution.quoted_spans));
  }
}

// The claims of `extraction`, each filled in the empty claim `add_claim`
// returns.
void AddClaimProtos(absl::string_view text,
                    const unicode::Utf16Offsets& offsets,
                    const extract::Extraction& extraction,
                    Quotations quotations,
                    absl::FunctionRef<factcheck::v1::Claim*()> add_claim) {
  size_t numeric_claims = 0;
  for (const extract::NumericClaim& claim : extraction.numeric_claims) {
    factcheck::v1::Claim& proto = *add_claim();
    proto.set_id(absl::StrCat("n", ++numeric_claims));
    factcheck::v1::NumericClaim* numeric = proto.mutable_numeric();
    FillQuantity(text, offsets, claim.quantity, numeric->mutable_quantity());
    numeric->set_measure(std::string(claim.measure));
    numeric->set_cumulative(claim.cumulative);
    numeric->set_counts_only_who(claim.counts_only_who);
    numeric->set_related_article(claim.related_article);
    numeric->set_projection(claim.projection);
    numeric->set_guess(claim.guess);
    numeric->set_disaster_across_borders(claim.disaster_across_borders);
    numeric->set_measure_text(
        std::string(extract::TextOf(text, claim.measure_span)));
    numeric->set_location(claim.location);
    numeric->set_location_from_document(claim.location_from_document);
    numeric->set_location_may_be_a_part(claim.location_may_be_a_part);
    numeric->set_subgroup(claim.subgroup);
    numeric->set_year(claim.year);
    numeric->set_of_an_earlier_year(claim.of_an_earlier_year);
    numeric->set_per_period(claim.per_period);
    numeric->set_before_the_event(claim.before_the_event);
    numeric->set_one_attack(claim.one_attack);
    numeric->set_earlier_figure(claim.earlier_figure);
    numeric->set_claimed_by(claim.claimed_by);
    numeric->set_source(claim.source);
    numeric->set_time_text(std::string(extract::TextOf(text, claim.time_span)));
    numeric->set_text(std::string(extract::TextOf(text, claim.span)));
    *numeric->mutable_span() = ToSpan(offsets, claim.span);
    *numeric->mutable_sentence_span() = ToSpan(offsets, claim.sentence_span);
    if (claim.earlier) {
      FillQuantity(text, offsets, *claim.earlier,
                   numeric->mutable_earlier_quantity());
    }
  }
  size_t attributed = 0;
  const auto add_attributed = [&](const extract::Attribution& attribution) {
    FillAttributedClaim(text, offsets, extraction.entities, attribution,
                        ++attributed, add_claim());
  };
  for (const extract::Attribution& whole : extraction.attributions) {
    // Bounded output whatever the text (extract/extractor.h).
    if (attributed >= extract::kMaxClaimsPerKind) return;
    if (quotations == Quotations::kWholeStatements ||
        whole.later_quotations.empty()) {
      add_attributed(whole);
      continue;
    }
    for (const extract::Attribution& quotation :
         extract::QuotationClaims(whole)) {
      if (attributed == extract::kMaxClaimsPerKind) return;
      add_attributed(quotation);
    }
  }
}

}  // namespace

std::vector<factcheck::v1::Claim> ToClaimProtos(
    absl::string_view text, const extract::Extraction& extraction,
    Quotations quotations) {
  std::vector<factcheck::v1::Claim> claims;
  claims.reserve(extraction.numeric_claims.size() +
                 extraction.attributions.size());
  AddClaimProtos(text, unicode::Utf16Offsets(text), extraction, quotations,
                 [&claims] { return &claims.emplace_back(); });
  return claims;
}

void ToExtractResponse(absl::string_view text,
                       const extract::Extraction& extraction,
                       factcheck::v1::ExtractClaimsResponse* response) {
  const unicode::Utf16Offsets offsets(text);
  AddClaimProtos(text, offsets, extraction, Quotations::kEachQuotation,
                 [response] { return response->add_claims(); });
  for (const extract::Quantity& quantity : extraction.quantities) {
    FillQuantity(text, offsets, quantity, response->add_quantities());
  }
  for (const extract::Entity& entity : extraction.entities) {
    factcheck::v1::Entity* proto = response->add_entities();
    proto->set_name(entity.name);
    proto->set_type(EntityTypeName(entity.type));
    for (const extract::Span& mention : entity.mentions) {
      factcheck::v1::Mention* m = proto->add_mentions();
      m->set_text(std::string(extract::TextOf(text, mention)));
      *m->mutable_span() = ToSpan(offsets, mention);
    }
  }
}

}  // namespace factcheck::core
