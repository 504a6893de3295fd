// SearchClaims: what the store holds about a figure, a speaker or a
// quotation's words, oldest first, for dashboards (a toll's history, a
// speaker's quotations) and the CLI's `history` and `quotes`.
//
// Paging: the first page fixes the cutoff (published_before, default now),
// so that reports ingested meanwhile do not shift the pages; each page
// token carries the cutoff and how many claims came before. The 10,000 most
// recent claims before the cutoff are searched, so that a call's cost is
// bounded however much the store holds.
#ifndef FACTCHECK_SERVER_CORE_CLAIM_SEARCH_H_
#define FACTCHECK_SERVER_CORE_CLAIM_SEARCH_H_

#include <cstddef>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "protos/factcheck_service.pb.h"
#include "store/report_store.h"

namespace factcheck::core {

inline constexpr size_t kMaxSearchedClaims = 10000;
inline constexpr int kDefaultSearchPageSize = 100;
inline constexpr int kMaxSearchPageSize = 500;

// InvalidArgument naming the field for a request without exactly one query,
// a figure query without a measure, an over-long name, a page size out of
// range or a page token this search did not issue; the store's errors
// otherwise. `now` is the default cutoff.
[[nodiscard]] absl::StatusOr<factcheck::v1::SearchClaimsResponse> SearchClaims(
    const store::ReportStore& store,
    const factcheck::v1::SearchClaimsRequest& request, absl::Time now);

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_CLAIM_SEARCH_H_
