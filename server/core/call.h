// The caller of one piece of work, as the work sees it: whether it still
// waits for the answer. Long work (a verification, a batch of reports)
// checks between its steps and stops when the caller has gone (a cancelled
// call, a passed deadline, a server shutting down), so that abandoned work
// neither holds a thread nor delays shutdown. Writes check that time is left
// before they start: a write the caller was told failed must not happen.
#ifndef FACTCHECK_SERVER_CORE_CALL_H_
#define FACTCHECK_SERVER_CORE_CALL_H_

#include <functional>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace factcheck::core {

class Call {
 public:
  // A caller that waits forever: tests, the CLI's in-process paths.
  Call() = default;
  // `cancelled` answers whether the caller has gone; `deadline` is when it
  // stops waiting. A Call is checked by the one thread doing its work, so
  // `cancelled` may keep state between checks (a gRPC call's asks gRPC at
  // most every few milliseconds, server/factcheck_service.cc).
  Call(std::function<bool()> cancelled, absl::Time deadline)
      : cancelled_(std::move(cancelled)), deadline_(deadline) {}

  // OK while the caller waits; CANCELLED or DEADLINE_EXCEEDED once it has
  // gone, naming `step`, the work that was stopped.
  absl::Status Check(absl::string_view step) const {
    if (absl::Now() >= deadline_) {
      return absl::DeadlineExceededError(
          absl::StrCat("the deadline passed before ", step));
    }
    if (cancelled_ && cancelled_()) {
      return absl::CancelledError(
          absl::StrCat("the call was cancelled before ", step));
    }
    return absl::OkStatus();
  }

  // Like Check, and also DEADLINE_EXCEEDED when less than `needed` is left:
  // before a write that must finish within the deadline or not happen.
  absl::Status CheckTimeLeft(absl::Duration needed,
                             absl::string_view step) const {
    if (absl::Now() + needed > deadline_) {
      return absl::DeadlineExceededError(
          absl::StrCat("too little time left before the deadline for ", step,
                       "; nothing was written"));
    }
    return Check(step);
  }

 private:
  std::function<bool()> cancelled_;
  absl::Time deadline_ = absl::InfiniteFuture();
};

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_CALL_H_
