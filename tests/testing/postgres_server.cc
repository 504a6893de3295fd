#include "tests/testing/postgres_server.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "tests/testing/files.h"

namespace factcheck::testing {
namespace {

constexpr char kBinDir[] = "/usr/lib/postgresql/15/bin";
// The socket is <dir>/.s.PGSQL.<port>; the port only names it.
constexpr int kPort = 5432;

std::string Bin(absl::string_view name) {
  return absl::StrCat(kBinDir, "/", name);
}

// The user the server runs as: postgres under root, else ourselves
// (nullptr).
const passwd* ServerUser() {
  if (geteuid() != 0) return nullptr;
  return getpwnam("postgres");
}

// In a forked child: becomes the server's user, dies with the test
// process, sends output to `log`, then runs argv. Never returns.
[[noreturn]] void ExecAsServerUser(const std::vector<std::string>& argv,
                                   const std::string& log, pid_t parent) {
  if (const passwd* user = ServerUser(); user != nullptr) {
    if (setgid(user->pw_gid) != 0 ||
        initgroups(user->pw_name, user->pw_gid) != 0 ||
        setuid(user->pw_uid) != 0) {
      _exit(125);
    }
  }
  // Set after the change of user, which clears it.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(124);
  const int in = open("/dev/null", O_RDONLY);
  const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (in < 0 || out < 0) _exit(126);
  dup2(in, STDIN_FILENO);
  dup2(out, STDOUT_FILENO);
  dup2(out, STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  execv(args[0], args.data());
  _exit(127);
}

pid_t Spawn(const std::vector<std::string>& argv, const std::string& log) {
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) ExecAsServerUser(argv, log, parent);
  return pid;
}

// Waits at most `timeout` for `pid`; its exit code, -1 for a signal,
// nullopt while it runs.
std::optional<int> WaitFor(pid_t pid, absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (done < 0 || absl::Now() > deadline) return std::nullopt;
    absl::SleepFor(absl::Milliseconds(20));
  }
}

// Runs argv as the server's user to its end (at most `timeout`).
absl::Status RunToEnd(const std::vector<std::string>& argv,
                      const std::string& log, absl::Duration timeout) {
  const pid_t pid = Spawn(argv, log);
  if (pid < 0)
    return absl::InternalError(absl::StrCat("fork: ", strerror(errno)));
  const std::optional<int> code = WaitFor(pid, timeout);
  if (!code.has_value()) {
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
  }
  if (code != 0) {
    return absl::InternalError(
        absl::StrCat(argv[0], code.has_value() ? " failed" : " timed out",
                     ":\n", ReadFile(log)));
  }
  return absl::OkStatus();
}

}  // namespace

std::optional<std::string> PostgresServer::NotInstalled() {
  for (const char* binary : {"initdb", "postgres", "psql"}) {
    if (access(Bin(binary).c_str(), X_OK) != 0) {
      return absl::StrCat(
          "PostgreSQL 15 is not installed (no ", Bin(binary),
          "); scripts/install-deps.sh installs postgresql-15: skipped");
    }
  }
  if (geteuid() == 0 && ServerUser() == nullptr) {
    return std::string(
        "running as root, and there is no postgres user to run PostgreSQL "
        "as (initdb refuses root): skipped");
  }
  return std::nullopt;
}

absl::StatusOr<std::unique_ptr<PostgresServer>> PostgresServer::Start() {
  // Not under TEST_TMPDIR: under root that is in /root, which the postgres
  // user cannot enter, and a socket path must stay short.
  std::string dir = "/tmp/factcheck-pg-XXXXXX";
  if (mkdtemp(dir.data()) == nullptr) {
    return absl::InternalError(absl::StrCat("mkdtemp: ", strerror(errno)));
  }
  std::unique_ptr<PostgresServer> server(new PostgresServer(dir));
  if (const passwd* user = ServerUser(); user != nullptr) {
    if (chown(dir.c_str(), user->pw_uid, user->pw_gid) != 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "cannot give ", dir, " to the postgres user: ", strerror(errno),
          " (a sandbox that maps only root? tag the test no-sandbox)"));
    }
  }
  if (absl::Status made =
          RunToEnd({Bin("initdb"), "-D", dir + "/data", "-U", "postgres", "-A",
                    "trust", "-E", "UTF8", "--locale=C", "--no-sync"},
                   dir + "/initdb.log", absl::Seconds(60));
      !made.ok()) {
    return made;
  }
  if (absl::Status launched = server->Launch(); !launched.ok()) {
    return launched;
  }
  return server;
}

absl::Status PostgresServer::Launch() {
  pid_ =
      Spawn({Bin("postgres"), "-D", dir_ + "/data", "-k", dir_, "-p",
             absl::StrCat(kPort), "-c", "listen_addresses=", "-c", "fsync=off",
             "-c", "full_page_writes=off", "-c", "max_connections=100"},
            dir_ + "/server.log");
  if (pid_ < 0) {
    return absl::InternalError(absl::StrCat("fork: ", strerror(errno)));
  }
  const absl::Time deadline = absl::Now() + absl::Seconds(30);
  while (absl::Now() < deadline) {
    if (WaitFor(pid_, absl::ZeroDuration()).has_value()) {
      pid_ = -1;
      return absl::InternalError(
          absl::StrCat("postgres exited:\n", ReadFile(dir_ + "/server.log")));
    }
    if (Sql("postgres", "SELECT 1").ok()) return absl::OkStatus();
    absl::SleepFor(absl::Milliseconds(50));
  }
  return absl::DeadlineExceededError(
      absl::StrCat("postgres did not accept connections within 30 s:\n",
                   ReadFile(dir_ + "/server.log")));
}

PostgresServer::~PostgresServer() {
  Stop().IgnoreError();
  std::error_code error;
  std::filesystem::remove_all(dir_, error);
}

absl::Status PostgresServer::Stop() {
  if (pid_ < 0) return absl::OkStatus();
  kill(pid_, SIGINT);  // fast shutdown: ends sessions, then a checkpoint
  if (!WaitFor(pid_, absl::Seconds(10)).has_value()) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  pid_ = -1;
  return absl::OkStatus();
}

absl::Status PostgresServer::Restart() {
  if (absl::Status stopped = Stop(); !stopped.ok()) return stopped;
  return Launch();
}

std::string PostgresServer::StoreUrl(absl::string_view database) const {
  return absl::StrCat("postgresql://postgres@/", database, "?host=", dir_);
}

std::string PostgresServer::ConnInfo(absl::string_view database) const {
  return absl::StrCat("host=", dir_, " port=", kPort,
                      " user=postgres dbname=", database);
}

absl::StatusOr<std::string> PostgresServer::CreateDatabase() {
  const std::string name = absl::StrCat("test_", ++databases_);
  absl::StatusOr<std::string> made =
      Sql("postgres", absl::StrCat("CREATE DATABASE ", name));
  if (!made.ok()) return made.status();
  return name;
}

absl::StatusOr<std::string> PostgresServer::Sql(absl::string_view database,
                                                absl::string_view sql) const {
  static int runs = 0;
  const std::string out = absl::StrCat(dir_, "/psql_", getpid(), "_", ++runs);
  absl::Status ran =
      RunToEnd({Bin("psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-h", dir_, "-p", absl::StrCat(kPort), "-U", "postgres", "-d",
                std::string(database), "-c", std::string(sql)},
               out, absl::Seconds(30));
  std::string output = ReadFile(out);
  std::error_code error;
  std::filesystem::remove(out, error);
  if (!ran.ok()) return ran;
  return output;
}

}  // namespace factcheck::testing
