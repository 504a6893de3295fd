// Admission of calls: at most `running` at work at once, at most `waiting`
// more queued for a turn, which they get in the order they came (a freed
// turn goes to the call that has waited longest, never to one arriving just
// then); beyond that a call is refused at once with RESOURCE_EXHAUSTED and
// a retry hint, rather than piling up until every caller times out.
//
// Two kinds of caller share the turns. A thread that may block (an HTTP
// request's, a gRPC stream's) waits for its turn and works on its own
// thread (Acquire). A call that must not block its thread for long (gRPC's
// callback API, whose few threads serve every connection) hands its work
// over (Submit): it waits in the same queue, as a closure rather than a
// thread, and runs on one of the gate's `running` threads; only on an idle
// gate does it run at once on its own thread.
//
// Thread-safe.
#ifndef FACTCHECK_SERVER_CORE_WORK_SLOTS_H_
#define FACTCHECK_SERVER_CORE_WORK_SLOTS_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <list>
#include <string>
#include <thread>
#include <vector>

#include "absl/functional/any_invocable.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "server/core/call.h"

namespace factcheck::core {

class WorkSlots {
 public:
  // A turn at work; returned to the gate when destroyed.
  class Slot {
   public:
    Slot(Slot&& other) noexcept : slots_(other.slots_) {
      other.slots_ = nullptr;
    }
    Slot& operator=(Slot&&) = delete;
    ~Slot();

   private:
    friend class WorkSlots;
    explicit Slot(WorkSlots* slots) : slots_(slots) {}
    WorkSlots* slots_;
  };

  // Counts since start, for metrics and tests.
  struct Counts {
    int64_t admitted = 0;
    int64_t refused = 0;
    size_t running = 0;
    size_t waiting = 0;
  };

  // How long a refused caller is told to wait before retrying.
  static constexpr absl::Duration kRetryAfter = absl::Milliseconds(100);

  // What Submit runs: given OK on one of the gate's threads while it holds
  // a turn (returned when it returns), or the refusal or the caller's
  // departure (CANCELLED, DEADLINE_EXCEEDED) instead of a turn.
  using Work = absl::AnyInvocable<void(absl::Status) &&>;

  // Starts the `running` threads that run submitted work.
  WorkSlots(size_t running, size_t waiting);
  // Waits for the work submitted to finish. Nothing may be submitted or
  // acquired from here on.
  ~WorkSlots();

  // A slot, after waiting for one while `call`'s caller waits.
  // RESOURCE_EXHAUSTED at once when `waiting` calls already wait (the
  // message says when to retry, and the status carries kRetryAfter as its
  // retry hint, core/retry_hint.h); the call's own status (DEADLINE_EXCEEDED,
  // CANCELLED) when its caller stops waiting first.
  absl::StatusOr<Slot> Acquire(const Call& call, absl::string_view method);

  // Runs `work` with a turn: on the calling thread when nothing is at work
  // (handing it over would only add a thread's wake-up to an idle server,
  // and at most one caller's thread is so held), otherwise without
  // blocking the caller, on one of the gate's threads, at once when a turn
  // is free, else after the calls queued before it. When `waiting` calls
  // already wait, `work` gets the refusal (as from Acquire) at once, on the
  // calling thread. A queued call whose caller has gone keeps its place
  // until its turn, and then gets `call`'s status instead of the turn.
  void Submit(const Call& call, absl::string_view method, Work work);

  Counts counts() const;

 private:
  // A call waiting for a turn: a thread in Acquire (`turn`, set when it has
  // one) or submitted work.
  struct Waiting {
    bool* turn = nullptr;
    Call call;
    std::string method;
    Work work;
  };

  // The refusal of `method` when the queue is full.
  absl::Status Busy(absl::string_view method) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_);
  void Release();
  bool ReadyOrClosing() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_) {
    return !ready_.empty() || closing_;
  }
  // One of the gate's threads: runs handed-over work until the gate closes.
  void Serve();
  // Runs `work`, which holds a turn, with its caller's status; returns the
  // turn.
  void RunWithTurn(const Call& call, absl::string_view method, Work work);

  const size_t max_running_;
  const size_t max_waiting_;
  mutable absl::Mutex mutex_;
  size_t running_ ABSL_GUARDED_BY(mutex_) = 0;
  // The calls waiting for a turn, longest first.
  std::list<Waiting> queue_ ABSL_GUARDED_BY(mutex_);
  // Submitted work that has its turn, for the gate's threads.
  std::deque<Waiting> ready_ ABSL_GUARDED_BY(mutex_);
  bool closing_ ABSL_GUARDED_BY(mutex_) = false;
  std::vector<std::thread> threads_;
  int64_t admitted_ ABSL_GUARDED_BY(mutex_) = 0;
  int64_t refused_ ABSL_GUARDED_BY(mutex_) = 0;
};

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_WORK_SLOTS_H_
