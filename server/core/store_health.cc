#include "server/core/store_health.h"

#include <utility>

namespace factcheck::core {

StoreHealth::StoreHealth(const store::ReportStore* store,
                         absl::Duration interval, OnChange on_change)
    : store_(store), interval_(interval), on_change_(std::move(on_change)) {
  ProbeOnce(/*first=*/true);
  absl::MutexLock lock(&stop_mu_);
  thread_ = std::thread([this] { Loop(); });
}

StoreHealth::~StoreHealth() { Stop(); }

bool StoreHealth::healthy() const {
  absl::MutexLock lock(&mu_);
  return healthy_;
}

void StoreHealth::Stop() {
  absl::MutexLock stop_lock(&stop_mu_);
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  if (thread_.joinable()) thread_.join();
}

void StoreHealth::ProbeOnce(bool first) {
  const absl::Status probe = store_->Probe();
  {
    absl::MutexLock lock(&mu_);
    if (stopping_ || (!first && probe.ok() == healthy_)) return;
    healthy_ = probe.ok();
  }
  // Only this thread calls on_change_, and Stop joins it before returning.
  on_change_(probe);
}

void StoreHealth::Loop() {
  while (true) {
    {
      absl::MutexLock lock(&mu_);
      if (mu_.AwaitWithTimeout(absl::Condition(&stopping_), interval_)) return;
    }
    ProbeOnce(/*first=*/false);
  }
}

}  // namespace factcheck::core
