#include "server/core/work_slots.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "server/core/retry_hint.h"

namespace factcheck::core {
namespace {

// How often a waiting call looks whether its caller has gone.
constexpr absl::Duration kCallerCheck = absl::Milliseconds(50);

}  // namespace

WorkSlots::Slot::~Slot() {
  if (slots_ != nullptr) slots_->Release();
}

absl::StatusOr<WorkSlots::Slot> WorkSlots::Acquire(const Call& call,
                                                   absl::string_view method) {
  absl::MutexLock lock(&mutex_);
  if (running_ < max_running_) {
    ++running_;
    ++admitted_;
    return Slot(this);
  }
  if (waiting_ >= max_waiting_) {
    ++refused_;
    return WithRetryAfter(
        absl::ResourceExhaustedError(
            absl::StrCat(method, ": the server is busy (", running_,
                         " calls at work, ", waiting_, " waiting); retry in ",
                         absl::ToInt64Milliseconds(kRetryAfter), " ms")),
        kRetryAfter);
  }
  ++waiting_;
  const auto free = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_) {
    return running_ < max_running_;
  };
  while (!free()) {
    mutex_.AwaitWithTimeout(absl::Condition(&free), kCallerCheck);
    if (!free()) {
      if (absl::Status gone = call.Check(absl::StrCat(method, " had a turn"));
          !gone.ok()) {
        --waiting_;
        return gone;
      }
    }
  }
  --waiting_;
  ++running_;
  ++admitted_;
  return Slot(this);
}

void WorkSlots::Release() {
  absl::MutexLock lock(&mutex_);
  --running_;
}

WorkSlots::Counts WorkSlots::counts() const {
  absl::MutexLock lock(&mutex_);
  return {admitted_, refused_, running_, waiting_};
}

}  // namespace factcheck::core
