#include "tests/testing/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <thread>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "tests/testing/files.h"

namespace factcheck::testing {
namespace {

[[noreturn]] void ExecOrDie(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  execv(args[0], args.data());
  _exit(127);
}

void RedirectTo(const std::string& path, int target_fd, int flags) {
  const int fd = open(path.c_str(), flags, 0644);
  if (fd < 0) _exit(126);
  dup2(fd, target_fd);
  close(fd);
}

// Polls waitpid until the child ends or the deadline passes.
std::optional<int> WaitPid(pid_t pid, absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (done < 0 || absl::Now() > deadline) return std::nullopt;
    absl::SleepFor(absl::Milliseconds(10));
  }
}

std::string TempFile(absl::string_view name) {
  static int counter = 0;
  return absl::StrCat(
      std::getenv("TEST_TMPDIR") ? std::getenv("TEST_TMPDIR") : "/tmp", "/",
      name, "_", getpid(), "_", ++counter);
}

}  // namespace

std::string RunfilePath(const std::string& workspace_relative) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  if (srcdir == nullptr || workspace == nullptr) return workspace_relative;
  return absl::StrCat(srcdir, "/", workspace, "/", workspace_relative);
}

CommandResult RunCommand(const std::vector<std::string>& argv,
                         const std::string& stdin_text,
                         absl::Duration timeout) {
  const std::string in_path = TempFile("stdin");
  const std::string out_path = TempFile("stdout");
  const std::string err_path = TempFile("stderr");
  std::ofstream(in_path, std::ios::binary) << stdin_text;
  const pid_t pid = fork();
  if (pid == 0) {
    RedirectTo(in_path, STDIN_FILENO, O_RDONLY);
    RedirectTo(out_path, STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    RedirectTo(err_path, STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    ExecOrDie(argv);
  }
  CommandResult result;
  std::optional<int> code = WaitPid(pid, timeout);
  if (!code.has_value()) {
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    result.timed_out = true;
  } else {
    result.exit_code = *code;
  }
  result.stdout_text = ReadFile(out_path);
  result.stderr_text = ReadFile(err_path);
  return result;
}

Subprocess::Subprocess(const std::vector<std::string>& argv,
                       const std::string& stderr_path) {
  pid_ = fork();
  if (pid_ == 0) {
    RedirectTo("/dev/null", STDIN_FILENO, O_RDONLY);
    RedirectTo(stderr_path, STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    ExecOrDie(argv);
  }
}

Subprocess::~Subprocess() {
  if (pid_ > 0 && !reaped_) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

void Subprocess::Signal(int signal) {
  if (pid_ > 0 && !reaped_) kill(pid_, signal);
}

std::optional<int> Subprocess::Wait(absl::Duration timeout) {
  if (reaped_) return std::nullopt;
  std::optional<int> code = WaitPid(pid_, timeout);
  if (code.has_value()) reaped_ = true;
  return code;
}

std::optional<int> WaitForPortFile(const std::string& path,
                                   absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    int port = 0;
    if (absl::SimpleAtoi(absl::StripAsciiWhitespace(ReadFile(path)), &port) &&
        port > 0) {
      return port;
    }
    absl::SleepFor(absl::Milliseconds(20));
  }
  return std::nullopt;
}

}  // namespace factcheck::testing
