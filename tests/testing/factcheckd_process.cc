#include "tests/testing/factcheckd_process.h"

#include "absl/strings/str_cat.h"
#include "tests/testing/files.h"

namespace factcheck::testing {

FactcheckdProcess::FactcheckdProcess(const std::string& data_dir,
                                     const std::vector<std::string>& flags)
    : stderr_path_(data_dir + ".stderr") {
  const std::string port_file = data_dir + ".port";
  std::remove(port_file.c_str());
  std::vector<std::string> argv = {
      RunfilePath("server/factcheckd"), "--listen=127.0.0.1:0",
      absl::StrCat("--data_dir=", data_dir),
      absl::StrCat("--port_file=", port_file), "--shutdown_grace=5s"};
  argv.insert(argv.end(), flags.begin(), flags.end());
  process_ = std::make_unique<Subprocess>(argv, stderr_path_);
  if (std::optional<int> port = WaitForPortFile(port_file, absl::Seconds(30))) {
    address_ = absl::StrCat("127.0.0.1:", *port);
  }
}

std::optional<int> FactcheckdProcess::Stop(int signal) {
  process_->Signal(signal);
  return process_->Wait(absl::Seconds(30));
}

void FactcheckdProcess::Signal(int signal) { process_->Signal(signal); }

std::string FactcheckdProcess::Stderr() const { return ReadFile(stderr_path_); }

}  // namespace factcheck::testing
