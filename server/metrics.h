// What factcheckd counts for operators, in Prometheus' text format: calls
// per method and status code, a latency histogram per method, the gauges
// and counters of the work gate (calls at work, waiting, admitted,
// refused), reports and claims ingested, and the store's size and block
// cache (bytes, hits and misses). Fed with every call's CallRecord
// (server/call_record.h), gRPC's and HTTP's; read by the metrics endpoint (GET
// /metrics, server/server.cc).
//
// Thread-safe.
#ifndef FACTCHECK_SERVER_METRICS_H_
#define FACTCHECK_SERVER_METRICS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include "absl/synchronization/mutex.h"
#include "server/call_record.h"
#include "server/core/fact_checker.h"
#include "server/core/work_slots.h"
#include "store/report_store.h"

namespace factcheck::server {

// The latency histogram's upper bounds, in seconds ("le" labels).
inline constexpr std::array<double, 12> kLatencyBuckets = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

class Metrics : public CallSink {
 public:
  // `gate` reads the work gate's counts, `store` the store's size and cache
  // and `ingested` what was ingested when the text is built; any may be
  // empty (no such metrics).
  explicit Metrics(
      std::function<core::WorkSlots::Counts()> gate,
      std::function<store::StoreStats()> store = nullptr,
      std::function<core::FactChecker::IngestTotals()> ingested = nullptr)
      : gate_(std::move(gate)),
        store_(std::move(store)),
        ingested_(std::move(ingested)) {}

  // Counts one finished call.
  void Record(const CallRecord& call) override;

  // Everything, in Prometheus' text exposition format (version 0.0.4).
  std::string PrometheusText() const;

 private:
  struct Latencies {
    std::array<int64_t, kLatencyBuckets.size()> buckets{};  // not cumulative
    int64_t count = 0;
    double sum_seconds = 0;
  };

  const std::function<core::WorkSlots::Counts()> gate_;
  const std::function<store::StoreStats()> store_;
  const std::function<core::FactChecker::IngestTotals()> ingested_;
  mutable absl::Mutex mutex_;
  // (method, status) -> calls; ordered, so the text is stable.
  std::map<std::pair<std::string, std::string>, int64_t> calls_
      ABSL_GUARDED_BY(mutex_);
  std::map<std::string, Latencies> latencies_ ABSL_GUARDED_BY(mutex_);
  std::map<std::string, int64_t> request_bytes_ ABSL_GUARDED_BY(mutex_);
  std::map<std::string, int64_t> response_bytes_ ABSL_GUARDED_BY(mutex_);
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_METRICS_H_
