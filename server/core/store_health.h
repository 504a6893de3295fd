// Whether a replica can serve: the store it reads and writes answers. The
// gRPC health service says factcheck.v1.FactCheck is SERVING only while it
// does (server/server.cc turns each change into a health status), so that
// clients balancing over many replicas (round_robin with client-side health
// checking) and orchestrators' readiness probes send calls elsewhere while
// a replica has lost its database, and back once it is reachable again.
//
// The rule: the store is healthy while its most recent ReportStore::Probe
// answered OK. An embedded RocksDB store always answers once open; a
// PostgreSQL store answers while the database does (each probe is bounded
// by a few seconds, on a connection apart from the calls at work).
#ifndef FACTCHECK_SERVER_CORE_STORE_HEALTH_H_
#define FACTCHECK_SERVER_CORE_STORE_HEALTH_H_

#include <functional>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "store/report_store.h"

namespace factcheck::core {

class StoreHealth {
 public:
  // Called with the outcome of a probe: OK (healthy) or why not.
  using OnChange = std::function<void(const absl::Status& probe)>;

  // Probes `store` once before returning and calls `on_change` with the
  // outcome; then probes every `interval` (positive) on a thread of its own
  // and calls `on_change` each time health flips (OK to failed or back),
  // never twice in a row with the same health. `store` must outlive this
  // object; `on_change` runs on the constructing thread, then on the
  // probing thread, one call at a time.
  StoreHealth(const store::ReportStore* store, absl::Duration interval,
              OnChange on_change);

  // Stops (see Stop).
  ~StoreHealth();

  StoreHealth(const StoreHealth&) = delete;
  StoreHealth& operator=(const StoreHealth&) = delete;

  // Whether the most recent probe answered OK. Thread-safe.
  bool healthy() const;

  // Stops probing; waits for a probe in progress (at most a few seconds).
  // `on_change` is never called once this returns. Idempotent;
  // thread-safe.
  void Stop();

 private:
  // Probes once; calls on_change_ when health flipped (or on the first).
  void ProbeOnce(bool first);

  void Loop();

  const store::ReportStore* const store_;
  const absl::Duration interval_;
  const OnChange on_change_;
  mutable absl::Mutex mu_;
  bool healthy_ ABSL_GUARDED_BY(mu_) = false;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  // Serialises Stop's join.
  absl::Mutex stop_mu_;
  std::thread thread_ ABSL_GUARDED_BY(stop_mu_);
};

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_STORE_HEALTH_H_
