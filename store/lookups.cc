#include "store/lookups.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/container/flat_hash_map.h"
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

// A claim-ref tail's hash from its first and last eight bytes (its time,
// and the end of its report id with its claim index): hashing every byte of
// every match's tail cost a tenth more instructions in ranking them.
struct TailHash {
  size_t operator()(absl::string_view tail) const {
    uint64_t first = 0;
    uint64_t last = 0;
    const size_t width = std::min(tail.size(), sizeof(uint64_t));
    std::memcpy(&first, tail.data(), width);
    std::memcpy(&last, tail.data() + tail.size() - width, width);
    return absl::HashOf(first, last, tail.size());
  }
};

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
  sample.reserve(kMaxShinglesPerLookup);
  for (size_t s = 0; s < shingles.size(); s += step) {
    sample.push_back(shingles[s]);
  }
  return sample;
}

std::vector<ShingleMatch> RankSharedQuotes(
    const std::vector<ShingleMatch>& matches, size_t limit) {
  // Each quote once (a tail names one claim), with how many of the scans
  // matched it: counted in a map, since sorting every match by its tail was
  // most of this function's cost and a quote's matches are few.
  struct Quote {
    ShingleMatch match;
    int shared;
  };
  std::vector<Quote> quotes;
  quotes.reserve(matches.size());
  absl::flat_hash_map<absl::string_view, size_t, TailHash> by_tail;
  by_tail.reserve(matches.size());
  for (const ShingleMatch& match : matches) {
    const auto [found, added] = by_tail.try_emplace(match.tail, quotes.size());
    if (added) {
      quotes.push_back({match, 1});
    } else {
      ++quotes[found->second].shared;
    }
  }
  // Sharing the most first, the most recent (the smallest tail: times are
  // stored newest first) among equals.
  auto newest_first = [](const Quote& a, const Quote& b) {
    return a.match.tail < b.match.tail;
  };
  if (limit != 0 && quotes.size() > limit) {
    std::partial_sort(quotes.begin(), quotes.begin() + limit, quotes.end(),
                      [&](const Quote& a, const Quote& b) {
                        return a.shared != b.shared ? a.shared > b.shared
                                                    : newest_first(a, b);
                      });
    quotes.resize(limit);
  }
  std::sort(quotes.begin(), quotes.end(), newest_first);
  std::vector<ShingleMatch> ranked;
  ranked.reserve(quotes.size());
  for (const Quote& quote : quotes) ranked.push_back(quote.match);
  return ranked;
}

}  // namespace factcheck::store
