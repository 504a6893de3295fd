// A real factcheckd process for end-to-end tests: started on 127.0.0.1 with an
// ephemeral port over a data directory, stopped with a signal.
#ifndef FACTCHECK_TESTS_TESTING_FACTCHECKD_PROCESS_H_
#define FACTCHECK_TESTS_TESTING_FACTCHECKD_PROCESS_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "tests/testing/subprocess.h"

namespace factcheck::testing {

class FactcheckdProcess {
 public:
  // Starts factcheckd (a data dependency of the test) on `data_dir`, with
  // `flags` added to its command line.
  explicit FactcheckdProcess(const std::string& data_dir,
                             const std::vector<std::string>& flags = {});

  // The address it serves on, or "" when it did not start within 30 s.
  const std::string& address() const { return address_; }

  // Sends `signal` and waits at most 30 s; the exit status, -1 when killed
  // by the signal, nullopt when it did not exit.
  std::optional<int> Stop(int signal);

  // Sends `signal` without waiting (SIGHUP: re-read the tokens file).
  void Signal(int signal);

  // What the process wrote to stderr so far.
  std::string Stderr() const;

 private:
  std::string stderr_path_;
  std::unique_ptr<Subprocess> process_;
  std::string address_;
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_FACTCHECKD_PROCESS_H_
