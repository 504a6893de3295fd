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

WorkSlots::WorkSlots(size_t running, size_t waiting)
    : max_running_(running), max_waiting_(waiting) {
  threads_.reserve(running);
  for (size_t t = 0; t < running; ++t)
    threads_.emplace_back([this] { Serve(); });
}

WorkSlots::~WorkSlots() {
  {
    absl::MutexLock lock(&mutex_);
    closing_ = true;
  }
  for (std::thread& thread : threads_) thread.join();
}

absl::Status WorkSlots::Busy(absl::string_view method) const {
  return WithRetryAfter(
      absl::ResourceExhaustedError(absl::StrCat(
          method, ": the server is busy (", running_, " calls at work, ",
          queue_.size(), " waiting); retry in ",
          absl::ToInt64Milliseconds(kRetryAfter), " ms")),
      kRetryAfter);
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
    return Busy(method);
  }
  bool turn = false;
  const auto place = queue_.insert(queue_.end(), Waiting{&turn});
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

void WorkSlots::Submit(const Call& call, absl::string_view method, Work work) {
  absl::Status refusal;
  bool inline_turn = false;
  {
    absl::MutexLock lock(&mutex_);
    if (running_ == 0 && queue_.empty()) {
      ++running_;
      ++admitted_;
      inline_turn = true;
    } else if (running_ < max_running_ && queue_.empty()) {
      ++running_;
      ++admitted_;
      ready_.push_back(
          Waiting{nullptr, call, std::string(method), std::move(work)});
      return;
    } else if (queue_.size() < max_waiting_) {
      queue_.push_back(
          Waiting{nullptr, call, std::string(method), std::move(work)});
      return;
    } else {
      ++refused_;
      refusal = Busy(method);
    }
  }
  if (inline_turn) {
    RunWithTurn(call, method, std::move(work));
  } else {
    std::move(work)(std::move(refusal));
  }
}

void WorkSlots::Release() {
  absl::MutexLock lock(&mutex_);
  if (queue_.empty()) {
    --running_;
    return;
  }
  // Handed over: the count at work stays, so that no call arriving before
  // the waiter wakes takes the turn.
  Waiting& next = queue_.front();
  if (next.turn != nullptr) {
    *next.turn = true;
  } else {
    ++admitted_;
    ready_.push_back(std::move(next));
  }
  queue_.pop_front();
}

void WorkSlots::Serve() {
  while (true) {
    Waiting next;
    {
      absl::MutexLock lock(&mutex_);
      mutex_.Await(absl::Condition(this, &WorkSlots::ReadyOrClosing));
      if (ready_.empty()) return;
      next = std::move(ready_.front());
      ready_.pop_front();
    }
    RunWithTurn(next.call, next.method, std::move(next.work));
  }
}

void WorkSlots::RunWithTurn(const Call& call, absl::string_view method,
                            Work work) {
  // Checked here, by the one thread that runs the work (core/call.h).
  std::move(work)(call.Check(absl::StrCat(method, " had a turn")));
  Release();
}

WorkSlots::Counts WorkSlots::counts() const {
  absl::MutexLock lock(&mutex_);
  return {admitted_, refused_, running_, queue_.size()};
}

}  // namespace factcheck::core
