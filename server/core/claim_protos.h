// Converts server/extract's plain structs into the factcheck.v1 messages the
// API returns and the store keeps. Every Span gets its UTF-16 offsets too.
#ifndef FACTCHECK_SERVER_CORE_CLAIM_PROTOS_H_
#define FACTCHECK_SERVER_CORE_CLAIM_PROTOS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "protos/claims.pb.h"
#include "protos/factcheck_service.pb.h"
#include "server/extract/extractor.h"

namespace factcheck::core {

// What an attribution that goes on in later sentences ('"A," she said.
// "B."') gives as claims.
enum class Quotations {
  // One claim, as the store keeps a statement: a later document that
  // quotes the statement split another way is compared with all of it.
  kWholeStatements,
  // One claim per quotation (extract::QuotationClaims), as a verified
  // document's verdicts are given and ExtractClaims shows them.
  kEachQuotation,
};

// The claims of an extraction: numeric ones with ids "n1", "n2", …, then
// attributed ones with ids "a1", "a2", …, each kind in text order.
std::vector<factcheck::v1::Claim> ToClaimProtos(
    absl::string_view text, const extract::Extraction& extraction,
    Quotations quotations);

// The ExtractClaims answer for `text`: claims (one per quotation),
// every quantity, entities,
// built in the empty `response` where it is (on its arena, if it has one).
void ToExtractResponse(absl::string_view text,
                       const extract::Extraction& extraction,
                       factcheck::v1::ExtractClaimsResponse* response);

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_CLAIM_PROTOS_H_
