// Progress of a long CLI job on stderr: a bar redrawn in place when stderr is
// a terminal, a plain line every few seconds when it is a log.
#ifndef FACTCHECK_CLIENT_PROGRESS_H_
#define FACTCHECK_CLIENT_PROGRESS_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace factcheck::client {

// "512/1,000 documents  85.3/s  ETA 0:06" (a bar before it when `bar_width`
// is not 0); without a total, "512 documents  85.3/s".
std::string ProgressLine(size_t done, std::optional<size_t> total,
                         absl::Duration elapsed, size_t bar_width);

class Progress {
 public:
  // How often a log gets a line by default.
  static constexpr absl::Duration kLogInterval = absl::Seconds(5);

  // `what` names the units ("documents", "reports"); `total` is how many
  // there are when known; a log gets a line every `log_interval`.
  Progress(std::ostream& out, bool terminal, std::string what,
           std::optional<size_t> total,
           absl::Duration log_interval = kLogInterval,
           absl::Time start = absl::Now());

  // Shows `done` when it is time to: at most 10 redraws a second on a
  // terminal, a line every `log_interval` otherwise.
  void Update(size_t done, absl::Time now = absl::Now());
  // Clears the bar from a terminal, so that the summary stands alone.
  void Finish();

 private:
  std::ostream& out_;
  const bool terminal_;
  const std::string what_;
  const std::optional<size_t> total_;
  const absl::Duration log_interval_;
  const absl::Time start_;
  absl::Time last_shown_;
  bool drawn_ = false;
};

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_PROGRESS_H_
