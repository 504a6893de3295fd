// Admission of calls: at most `running` at work at once, at most `waiting`
// more queued for a turn, which they get in the order they came (a freed
// turn goes to the call that has waited longest, never to one arriving just
// then); beyond that a call is refused at once with RESOURCE_EXHAUSTED and
// a retry hint, rather than piling up until every caller times out. The
// server's threads bound nothing by themselves: gRPC's synchronous server
// refuses a call outright ("Server Threadpool Exhausted") when it has no thread
// for it, even while the machine has capacity, so factcheckd gives gRPC threads
// for every admitted call and lets this gate decide.
//
// Thread-safe.
#ifndef FACTCHECK_SERVER_CORE_WORK_SLOTS_H_
#define FACTCHECK_SERVER_CORE_WORK_SLOTS_H_

#include <cstddef>
#include <cstdint>
#include <list>

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

  WorkSlots(size_t running, size_t waiting)
      : max_running_(running), max_waiting_(waiting) {}

  // A slot, after waiting for one while `call`'s caller waits.
  // RESOURCE_EXHAUSTED at once when `waiting` calls already wait (the
  // message says when to retry, and the status carries kRetryAfter as its
  // retry hint, core/retry_hint.h); the call's own status (DEADLINE_EXCEEDED,
  // CANCELLED) when its caller stops waiting first.
  absl::StatusOr<Slot> Acquire(const Call& call, absl::string_view method);

  Counts counts() const;

 private:
  void Release();

  const size_t max_running_;
  const size_t max_waiting_;
  mutable absl::Mutex mutex_;
  size_t running_ ABSL_GUARDED_BY(mutex_) = 0;
  // The calls waiting, longest first: each is the flag its turn sets.
  std::list<bool*> queue_ ABSL_GUARDED_BY(mutex_);
  int64_t admitted_ ABSL_GUARDED_BY(mutex_) = 0;
  int64_t refused_ ABSL_GUARDED_BY(mutex_) = 0;
};

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_WORK_SLOTS_H_
