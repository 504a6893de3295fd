#include "server/core/claim_search.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "server/core/validation.h"
#include "server/extract/places.h"
#include "server/extract/text.h"
#include "server/verify/verifier.h"

namespace factcheck::core {
namespace {

// Where a page starts: the cutoff every page shares, and how many claims
// the pages before it held.
struct PagePosition {
  google::protobuf::Timestamp cutoff;
  size_t offset = 0;
};

std::string PageToken(const PagePosition& position) {
  return absl::StrCat("c1.", position.cutoff.seconds(), ".",
                      position.cutoff.nanos(), ".", position.offset);
}

absl::StatusOr<PagePosition> ParsePageToken(absl::string_view token) {
  const std::vector<absl::string_view> parts = absl::StrSplit(token, '.');
  PagePosition position;
  int64_t seconds = 0;
  int32_t nanos = 0;
  if (parts.size() != 4 || parts[0] != "c1" ||
      !absl::SimpleAtoi(parts[1], &seconds) ||
      !absl::SimpleAtoi(parts[2], &nanos) ||
      !absl::SimpleAtoi(parts[3], &position.offset) ||
      position.offset > kMaxSearchedClaims) {
    return absl::InvalidArgumentError(
        "page_token: not a token this search issued; pass next_page_token "
        "of the previous page");
  }
  position.cutoff.set_seconds(seconds);
  position.cutoff.set_nanos(nanos);
  if (absl::Status valid = ValidateTimestamp(position.cutoff, "page_token");
      !valid.ok()) {
    return valid;
  }
  return position;
}

// The place as claims store it: "the Gaza Strip" is "Gaza".
std::string StoredPlace(absl::string_view place) {
  place = absl::StripAsciiWhitespace(place);
  if (absl::StartsWithIgnoreCase(place, "the ")) place.remove_prefix(4);
  return place.empty() ? std::string() : extract::CanonicalPlace(place);
}

absl::Status ValidateName(absl::string_view value, absl::string_view field) {
  return ValidateString(value, field, extract::kMaxNameBytes);
}

}  // namespace

absl::StatusOr<factcheck::v1::SearchClaimsResponse> SearchClaims(
    const store::ReportStore& store,
    const factcheck::v1::SearchClaimsRequest& request, absl::Time now) {
  const int page_size =
      request.has_page_size() ? request.page_size() : kDefaultSearchPageSize;
  if (page_size < 1 || page_size > kMaxSearchPageSize) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page_size: must be 1 to ", kMaxSearchPageSize, ", not ", page_size));
  }
  PagePosition position;
  if (!request.page_token().empty()) {
    absl::StatusOr<PagePosition> parsed = ParsePageToken(request.page_token());
    if (!parsed.ok()) return parsed.status();
    position = *parsed;
  } else if (request.has_published_before()) {
    if (absl::Status valid =
            ValidateTimestamp(request.published_before(), "published_before");
        !valid.ok()) {
      return valid;
    }
    position.cutoff = request.published_before();
  } else {
    position.cutoff.set_seconds(absl::ToUnixSeconds(now));
  }
  store::ClaimWindow window;
  window.published_before = position.cutoff;
  window.limit = kMaxSearchedClaims;

  absl::StatusOr<std::vector<store::IndexedClaim>> claims;
  switch (request.query_case()) {
    case factcheck::v1::SearchClaimsRequest::kFigures: {
      const factcheck::v1::FigureQuery& figures = request.figures();
      if (figures.measure().empty()) {
        return absl::InvalidArgumentError(
            "figures.measure: required (\"deaths\", \"injured\" …)");
      }
      if (absl::Status valid =
              ValidateName(figures.measure(), "figures.measure");
          !valid.ok()) {
        return valid;
      }
      if (absl::Status valid = ValidateName(figures.place(), "figures.place");
          !valid.ok()) {
        return valid;
      }
      claims = store.NumericClaimsOn(figures.measure(),
                                     StoredPlace(figures.place()), window);
      break;
    }
    case factcheck::v1::SearchClaimsRequest::kSpeaker:
      if (request.speaker().empty()) {
        return absl::InvalidArgumentError("speaker: must not be empty");
      }
      if (absl::Status valid = ValidateName(request.speaker(), "speaker");
          !valid.ok()) {
        return valid;
      }
      claims = store.QuotesBy(request.speaker(), window);
      break;
    case factcheck::v1::SearchClaimsRequest::kWords:
      if (absl::Status valid =
              ValidateString(request.words(), "words", kMaxTextBytes);
          !valid.ok()) {
        return valid;
      }
      claims = store.QuotesSharingWords(request.words(), window);
      break;
    default:
      return absl::InvalidArgumentError(
          "query: give one of figures, speaker or words");
  }
  if (!claims.ok()) return claims.status();

  factcheck::v1::SearchClaimsResponse response;
  const size_t end = std::min(claims->size(),
                              position.offset + static_cast<size_t>(page_size));
  for (size_t i = position.offset; i < end; ++i) {
    if (absl::Status made =
            verify::EvidenceOf((*claims)[i], response.add_claims());
        !made.ok()) {
      return made;
    }
  }
  if (end < claims->size()) {
    position.offset = end;
    response.set_next_page_token(PageToken(position));
  }
  return response;
}

}  // namespace factcheck::core
