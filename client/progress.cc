#include "client/progress.h"

#include <algorithm>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace factcheck::client {
namespace {

constexpr size_t kTerminalBarWidth = 24;
constexpr absl::Duration kTerminalInterval = absl::Milliseconds(100);

std::string Grouped(size_t n) {
  std::string digits = absl::StrCat(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<size_t>(at), ",");
  }
  return digits;
}

std::string Clock(absl::Duration duration) {
  const int64_t seconds = absl::ToInt64Seconds(duration);
  if (seconds >= 3600) {
    return absl::StrFormat("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                           seconds % 60);
  }
  return absl::StrFormat("%d:%02d", seconds / 60, seconds % 60);
}

}  // namespace

std::string ProgressLine(size_t done, std::optional<size_t> total,
                         absl::Duration elapsed, size_t bar_width) {
  const double seconds = absl::ToDoubleSeconds(elapsed);
  const double rate = seconds > 0 ? done / seconds : 0;
  std::string line;
  if (total && bar_width > 0) {
    const size_t filled = *total == 0
                              ? bar_width
                              : std::min(bar_width, done * bar_width / *total);
    absl::StrAppend(&line, "[", std::string(filled, '#'),
                    std::string(bar_width - filled, '.'), "] ");
  }
  absl::StrAppend(&line, Grouped(done));
  if (total) absl::StrAppend(&line, "/", Grouped(*total));
  absl::StrAppend(&line, absl::StrFormat("  %.1f/s", rate));
  if (total && rate > 0 && done <= *total) {
    absl::StrAppend(&line, "  ETA ",
                    Clock(absl::Seconds((*total - done) / rate)));
  }
  return line;
}

Progress::Progress(std::ostream& out, bool terminal, std::string what,
                   std::optional<size_t> total, absl::Duration log_interval,
                   absl::Time start)
    : out_(out),
      terminal_(terminal),
      what_(std::move(what)),
      total_(total),
      log_interval_(log_interval),
      start_(start),
      last_shown_(start) {}

void Progress::Update(size_t done, absl::Time now) {
  if (now - last_shown_ < (terminal_ ? kTerminalInterval : log_interval_)) {
    return;
  }
  last_shown_ = now;
  const std::string line = ProgressLine(done, total_, now - start_,
                                        terminal_ ? kTerminalBarWidth : 0);
  if (terminal_) {
    out_ << "\r\x1b[K" << line << " " << what_ << std::flush;
    drawn_ = true;
  } else {
    out_ << "progress: " << line << " " << what_ << std::endl;
  }
}

void Progress::Finish() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace factcheck::client
