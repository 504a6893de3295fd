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
  if (running_ < max_running_ && queue_.empty()) {
    ++running_;
    ++admitted_;
    return Slot(this);
  }
  if (queue_.size() >= max_waiting_) {
    ++refused_;
    return WithRetryAfter(
        absl::ResourceExhaustedError(absl::StrCat(
            method, ": the server is busy (", running_, " calls at work, ",
            queue_.size(), " waiting); retry in ",
            absl::ToInt64Milliseconds(kRetryAfter), " ms")),
        kRetryAfter);
  }
  bool turn = false;
  const auto place = queue_.insert(queue_.end(), &turn);
  while (!turn) {
    mutex_.AwaitWithTimeout(absl::Condition(&turn), kCallerCheck);
    if (turn) break;
    if (absl::Status gone = call.Check(absl::StrCat(method, " had a turn"));
        !gone.ok()) {
      queue_.erase(place);
      return gone;
    }
  }
  ++admitted_;
  return Slot(this);
}

void WorkSlots::Release() {
  absl::MutexLock lock(&mutex_);
  if (queue_.empty()) {
    --running_;
    return;
  }
  // Handed over: the count at work stays, so that no call arriving before
  // the waiter wakes takes the turn.
  *queue_.front() = true;
  queue_.pop_front();
}

WorkSlots::Counts WorkSlots::counts() const {
  absl::MutexLock lock(&mutex_);
  return {admitted_, refused_, running_, queue_.size()};
}

}  // namespace factcheck::core
