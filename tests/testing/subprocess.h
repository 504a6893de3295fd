// Runs the project's real binaries (factcheckd, factcheck) from tests, bounded
// in time, with their output captured.
#ifndef FACTCHECK_TESTS_TESTING_SUBPROCESS_H_
#define FACTCHECK_TESTS_TESTING_SUBPROCESS_H_

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/time/time.h"

namespace factcheck::testing {

// The path of a binary built into the test's runfiles, e.g.
// RunfilePath("server/factcheckd").
std::string RunfilePath(const std::string& workspace_relative);

struct CommandResult {
  // The exit status, or -1 when the command was killed by a signal or timed
  // out (then `timed_out`).
  int exit_code = -1;
  bool timed_out = false;
  std::string stdout_text;
  std::string stderr_text;
};

// Runs argv[0] with `argv`, `stdin_text` on its standard input, and waits at
// most `timeout` (then kills it).
CommandResult RunCommand(const std::vector<std::string>& argv,
                         const std::string& stdin_text = "",
                         absl::Duration timeout = absl::Seconds(30));

// A long-running child process: a server under test.
class Subprocess {
 public:
  // Starts argv; stderr goes to `stderr_path`.
  Subprocess(const std::vector<std::string>& argv,
             const std::string& stderr_path);
  // Kills the process if it is still running.
  ~Subprocess();

  Subprocess(const Subprocess&) = delete;
  Subprocess& operator=(const Subprocess&) = delete;

  // Sends `signal` to the process.
  void Signal(int signal);

  // Waits at most `timeout` for the process to end; its exit status, -1 when
  // killed by a signal, nullopt when still running.
  std::optional<int> Wait(absl::Duration timeout);

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
};

// Waits at most `timeout` for `path` to hold a port number written by
// factcheckd --port_file; nullopt when it never does.
std::optional<int> WaitForPortFile(const std::string& path,
                                   absl::Duration timeout);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_SUBPROCESS_H_
