#include "store/lookups.h"

#include <algorithm>
#include <utility>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "store/keys.h"
#include "store/quote_shingles.h"
#include "store/record_entries.h"

namespace factcheck::store {
namespace {

// Page tokens carry this prefix so that a token of another query kind or a
// hand-made string is told apart from a real one.
constexpr char kPageTokenPrefix[] = "fc1:";

// The fields of a request that its kind takes: measure, location, speaker,
// content.
struct TakenFields {
  bool measure = false;
  bool location = false;
  bool speaker = false;
  bool content = false;
};

std::optional<TakenFields> FieldsOf(LookupRequest::Kind kind) {
  switch (kind) {
    case LookupRequest::Kind::kNumericClaimsOn:
      return TakenFields{true, true, false, false};
    case LookupRequest::Kind::kQuotesBy:
      return TakenFields{false, false, true, false};
    case LookupRequest::Kind::kQuotesSharingWords:
      return TakenFields{false, false, false, true};
  }
  return std::nullopt;
}

const char* NameOf(LookupRequest::Kind kind) {
  switch (kind) {
    case LookupRequest::Kind::kNumericClaimsOn:
      return "NumericClaimsOn";
    case LookupRequest::Kind::kQuotesBy:
      return "QuotesBy";
    case LookupRequest::Kind::kQuotesSharingWords:
      return "QuotesSharingWords";
  }
  return "unknown";
}

}  // namespace

absl::Status ValidateLookups(const std::vector<LookupRequest>& requests) {
  for (size_t i = 0; i < requests.size(); ++i) {
    const LookupRequest& request = requests[i];
    const std::optional<TakenFields> taken = FieldsOf(request.kind);
    if (!taken.has_value()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "lookups[", i, "].kind: ", static_cast<int>(request.kind),
          " is none of NumericClaimsOn, QuotesBy, QuotesSharingWords"));
    }
    const std::pair<const char*, bool> misplaced[] = {
        {"measure", !taken->measure && !request.measure.empty()},
        {"location", !taken->location && !request.location.empty()},
        {"speaker", !taken->speaker && !request.speaker.empty()},
        {"content", !taken->content && !request.content.empty()},
    };
    for (const auto& [field, set] : misplaced) {
      if (set) {
        return absl::InvalidArgumentError(
            absl::StrCat("lookups[", i, "].", field, ": a ",
                         NameOf(request.kind), " lookup takes no ", field));
      }
    }
  }
  return absl::OkStatus();
}

std::string KeySuccessor(std::string prefix) {
  while (!prefix.empty()) {
    if (static_cast<unsigned char>(prefix.back()) != 0xFF) {
      prefix.back() = static_cast<char>(prefix.back() + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

std::optional<std::string> ClaimScanStart(const ClaimWindow& window) {
  if (!window.published_before.has_value()) return std::string();
  std::string cutoff;
  AppendNewestFirst(KeyTimeOf(*window.published_before), &cutoff);
  std::string start = KeySuccessor(std::move(cutoff));
  if (start.empty()) return std::nullopt;
  return start;
}

absl::StatusOr<ListRange> ListRangeOf(const ListQuery& query) {
  if (query.page_size < 1 || query.page_size > kMaxPageSize) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page_size must be 1 to ", kMaxPageSize, ", not ", query.page_size));
  }
  ListRange range;
  range.by_source = !query.source.empty();
  if (range.by_source) range.partition = ReportSourcePrefix(query.source);
  if (query.published_after.has_value()) {
    AppendTime(KeyTimeOf(*query.published_after), &range.lower);
  }
  if (query.published_before.has_value()) {
    AppendTime(KeyTimeOf(*query.published_before), &range.upper);
  }
  if (query.page_token.empty()) return range;
  std::string key;
  if (!absl::StartsWith(query.page_token, kPageTokenPrefix) ||
      !absl::WebSafeBase64Unescape(absl::string_view(query.page_token)
                                       .substr(sizeof(kPageTokenPrefix) - 1),
                                   &key) ||
      !absl::StartsWith(key, range.partition)) {
    return absl::InvalidArgumentError(
        "page_token was not issued for this query; pass the "
        "next_page_token of the previous page with the same filters");
  }
  std::string start = key.substr(range.partition.size());
  if (start.empty() || start < range.lower ||
      (!range.upper.empty() && start >= range.upper)) {
    return absl::InvalidArgumentError(
        "page_token was not issued for this query; pass the "
        "next_page_token of the previous page with the same filters");
  }
  range.start = std::move(start);
  return range;
}

std::string PageToken(const ListRange& range, absl::string_view sort_key) {
  return absl::StrCat(kPageTokenPrefix, absl::WebSafeBase64Escape(absl::StrCat(
                                            range.partition, sort_key)));
}

std::vector<uint64_t> LookedUpShingles(absl::string_view content) {
  const std::vector<uint64_t> shingles = QuoteShingles(content);
  const size_t step = shingles.size() / kMaxShinglesPerLookup + 1;
  std::vector<uint64_t> sample;
  for (size_t s = 0; s < shingles.size(); s += step) {
    sample.push_back(shingles[s]);
  }
  return sample;
}

std::vector<ShingleMatch> RankSharedQuotes(std::vector<ShingleMatch> matches,
                                           size_t limit) {
  // Sorted by tail, the most recent come first and one quote's matches sit
  // together. Each tail's first eight bytes (its time, big-endian) are
  // compared as one number first: sorting was most of this function's
  // cost, and only the matches of one instant need their bytes compared.
  struct Sorted {
    uint64_t order;
    ShingleMatch match;
  };
  std::vector<Sorted> sorted;
  sorted.reserve(matches.size());
  for (const ShingleMatch& match : matches) {
    uint64_t order = 0;
    for (size_t i = 0; i < 8; ++i) {
      order = (order << 8) |
              (i < match.tail.size() ? static_cast<uint8_t>(match.tail[i]) : 0);
    }
    sorted.push_back({order, match});
  }
  std::sort(sorted.begin(), sorted.end(), [](const Sorted& a, const Sorted& b) {
    if (a.order != b.order) return a.order < b.order;
    const int tails = a.match.tail.compare(b.match.tail);
    return tails != 0 ? tails < 0 : a.match.speaker < b.match.speaker;
  });
  // (-shingles shared, first match).
  std::vector<std::pair<int, size_t>> ranked;
  for (size_t first = 0, end = 0; first < sorted.size(); first = end) {
    end = first + 1;
    while (end < sorted.size() && sorted[end].order == sorted[first].order &&
           sorted[end].match.tail == sorted[first].match.tail) {
      ++end;
    }
    ranked.emplace_back(static_cast<int>(first) - static_cast<int>(end), first);
  }
  std::sort(ranked.begin(), ranked.end());
  if (limit != 0 && ranked.size() > limit) ranked.resize(limit);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<ShingleMatch> quotes;
  quotes.reserve(ranked.size());
  for (const auto& [unused_rank, match] : ranked) {
    quotes.push_back(sorted[match].match);
  }
  return quotes;
}

}  // namespace factcheck::store
