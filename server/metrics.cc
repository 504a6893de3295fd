#include "server/metrics.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace factcheck::server {
namespace {

// A label value as the text format wants it: backslash, quote and newline
// escaped.
std::string LabelValue(absl::string_view value) {
  std::string escaped;
  for (char c : value) {
    if (c == '\\' || c == '"') escaped.push_back('\\');
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped.push_back(c);
  }
  return escaped;
}

// One counter without labels, with its help text.
void AppendCounter(std::string* text, absl::string_view name,
                   absl::string_view help, int64_t value) {
  absl::StrAppend(text, "# HELP ", name, " ", help, "\n# TYPE ", name,
                  " counter\n", name, " ", value, "\n");
}

}  // namespace

void Metrics::Record(const CallRecord& call) {
  const double seconds = absl::ToDoubleSeconds(call.latency);
  absl::MutexLock lock(&mutex_);
  ++calls_[{call.method, call.status}];
  Latencies& latencies = latencies_[call.method];
  for (size_t b = 0; b < kLatencyBuckets.size(); ++b) {
    if (seconds <= kLatencyBuckets[b]) {
      ++latencies.buckets[b];
      break;
    }
  }
  ++latencies.count;
  latencies.sum_seconds += seconds;
  if (call.request_bytes >= 0)
    request_bytes_[call.method] += call.request_bytes;
  if (call.response_bytes >= 0) {
    response_bytes_[call.method] += call.response_bytes;
  }
}

std::string Metrics::PrometheusText() const {
  std::string text;
  {
    absl::MutexLock lock(&mutex_);
    absl::StrAppend(&text,
                    "# HELP factcheck_calls_total Calls finished, by method "
                    "and gRPC status code.\n"
                    "# TYPE factcheck_calls_total counter\n");
    for (const auto& [key, count] : calls_) {
      absl::StrAppend(&text, "factcheck_calls_total{method=\"",
                      LabelValue(key.first), "\",code=\"",
                      LabelValue(key.second), "\"} ", count, "\n");
    }
    absl::StrAppend(&text,
                    "# HELP factcheck_call_seconds Call latency, from the "
                    "first byte received to the status sent.\n"
                    "# TYPE factcheck_call_seconds histogram\n");
    for (const auto& [method, latencies] : latencies_) {
      const std::string label = LabelValue(method);
      int64_t cumulative = 0;
      for (size_t b = 0; b < kLatencyBuckets.size(); ++b) {
        cumulative += latencies.buckets[b];
        absl::StrAppend(&text, "factcheck_call_seconds_bucket{method=\"", label,
                        "\",le=\"", kLatencyBuckets[b], "\"} ", cumulative,
                        "\n");
      }
      absl::StrAppend(&text, "factcheck_call_seconds_bucket{method=\"", label,
                      "\",le=\"+Inf\"} ", latencies.count, "\n",
                      "factcheck_call_seconds_sum{method=\"", label, "\"} ",
                      absl::StrFormat("%.6f", latencies.sum_seconds), "\n",
                      "factcheck_call_seconds_count{method=\"", label, "\"} ",
                      latencies.count, "\n");
    }
    for (const auto& [name, sizes, help] :
         {std::make_tuple("factcheck_request_bytes_total", &request_bytes_,
                          "Serialized bytes of the requests received"),
          std::make_tuple("factcheck_response_bytes_total", &response_bytes_,
                          "Serialized bytes of the responses sent")}) {
      absl::StrAppend(&text, "# HELP ", name, " ", help,
                      ", by method.\n# TYPE ", name, " counter\n");
      for (const auto& [method, bytes] : *sizes) {
        absl::StrAppend(&text, name, "{method=\"", LabelValue(method), "\"} ",
                        bytes, "\n");
      }
    }
  }
  if (gate_) {
    const core::WorkSlots::Counts counts = gate_();
    absl::StrAppend(
        &text,
        "# HELP factcheck_calls_running Calls at work now (at most "
        "--threads).\n# TYPE factcheck_calls_running gauge\n"
        "factcheck_calls_running ",
        counts.running,
        "\n# HELP factcheck_calls_waiting Calls waiting for a turn now (at "
        "most --max_queued_calls).\n# TYPE factcheck_calls_waiting gauge\n"
        "factcheck_calls_waiting ",
        counts.waiting,
        "\n# HELP factcheck_calls_admitted_total Calls the work gate let "
        "work.\n# TYPE factcheck_calls_admitted_total counter\n"
        "factcheck_calls_admitted_total ",
        counts.admitted,
        "\n# HELP factcheck_calls_refused_total Calls refused with "
        "RESOURCE_EXHAUSTED because the queue was full.\n"
        "# TYPE factcheck_calls_refused_total counter\n"
        "factcheck_calls_refused_total ",
        counts.refused, "\n");
  }
  if (store_) {
    const store::StoreStats stats = store_();
    absl::StrAppend(
        &text,
        "# HELP factcheck_store_reports Reports stored (an estimate).\n"
        "# TYPE factcheck_store_reports gauge\nfactcheck_store_reports ",
        stats.reports,
        "\n# HELP factcheck_store_bytes Bytes the store takes on disk and in "
        "memory tables.\n# TYPE factcheck_store_bytes gauge\n"
        "factcheck_store_bytes ",
        stats.bytes,
        "\n# HELP factcheck_store_cache_bytes Bytes of the block cache in "
        "use.\n# TYPE factcheck_store_cache_bytes gauge\n"
        "factcheck_store_cache_bytes ",
        stats.cache_bytes, "\n");
    // Counters since the store opened: Prometheus' rate() of hits over hits
    // and misses is the hit rate.
    if (stats.cache_hits >= 0 && stats.cache_misses >= 0) {
      AppendCounter(&text, "factcheck_store_cache_hits_total",
                    "Block cache lookups that found their block.",
                    stats.cache_hits);
      AppendCounter(&text, "factcheck_store_cache_misses_total",
                    "Block cache lookups that read their block from a table.",
                    stats.cache_misses);
    }
    if (stats.parsed_claim_hits >= 0 && stats.parsed_claim_misses >= 0) {
      AppendCounter(&text, "factcheck_store_parsed_claim_hits_total",
                    "Claims lookups took from the memo of parsed claims.",
                    stats.parsed_claim_hits);
      AppendCounter(&text, "factcheck_store_parsed_claim_misses_total",
                    "Claims lookups parsed from the store's bytes.",
                    stats.parsed_claim_misses);
    }
    if (stats.scan_hits >= 0) {
      AppendCounter(&text, "factcheck_store_scan_hits_total",
                    "Lookups answered by the memo of recent index scans, "
                    "reading no index.",
                    stats.scan_hits);
    }
  }
  if (ingested_) {
    const core::FactChecker::IngestTotals totals = ingested_();
    absl::StrAppend(
        &text,
        "# HELP factcheck_reports_ingested_total Reports ingested, by "
        "outcome (an unchanged report writes nothing).\n"
        "# TYPE factcheck_reports_ingested_total counter\n"
        "factcheck_reports_ingested_total{outcome=\"created\"} ",
        totals.created,
        "\nfactcheck_reports_ingested_total{outcome=\"replaced\"} ",
        totals.replaced,
        "\nfactcheck_reports_ingested_total{outcome=\"unchanged\"} ",
        totals.unchanged,
        "\n# HELP factcheck_claims_ingested_total Claims stored with the "
        "reports created or replaced.\n"
        "# TYPE factcheck_claims_ingested_total counter\n"
        "factcheck_claims_ingested_total ",
        totals.claims, "\n");
  }
  return text;
}

}  // namespace factcheck::server
