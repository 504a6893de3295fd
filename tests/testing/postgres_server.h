// A PostgreSQL 15 server of the test's own (Debian's postgresql-15): a new
// cluster in a temporary directory, listening on a Unix socket in that
// directory only (no TCP port), fsync off, stopped and removed when the
// object goes. initdb refuses to run as root, so under root the server runs
// as the `postgres` user, in a directory it owns; the server is killed if
// the test process dies first.
//
// Tests that need it skip, saying why, where PostgreSQL is not installed:
//   if (auto why = PostgresServer::NotInstalled()) GTEST_SKIP() << *why;
// (a test with a server and a database of its own derives from
// PostgresTest, tests/testing/postgres_test.h, which does this).
// Not thread-safe: one test thread drives it.
#ifndef FACTCHECK_TESTS_TESTING_POSTGRES_SERVER_H_
#define FACTCHECK_TESTS_TESTING_POSTGRES_SERVER_H_

#include <sys/types.h>

#include <memory>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck::testing {

class PostgresServer {
 public:
  // Why the server cannot be started here (no PostgreSQL 15 binaries; root
  // without a postgres user), or nullopt when it can.
  static std::optional<std::string> NotInstalled();

  // Makes a cluster and starts it; waits at most 60 s in all. Errors name
  // the step that failed, with its output.
  static absl::StatusOr<std::unique_ptr<PostgresServer>> Start();

  // Stops the server (fast shutdown, then SIGKILL after 10 s) and removes
  // its directory.
  ~PostgresServer();

  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  // A libpq connection string for `database` on this server, as its
  // superuser.
  std::string ConnInfo(absl::string_view database) const;

  // The store URL factcheckd's --store takes for `database` on this server:
  // "postgresql://postgres@/DATABASE?host=SOCKET_DIR".
  std::string StoreUrl(absl::string_view database) const;

  // A new, empty database with a name of its own; returns its name.
  absl::StatusOr<std::string> CreateDatabase();

  // Runs `sql` with psql in `database`; its output, unaligned, tuples only.
  absl::StatusOr<std::string> Sql(absl::string_view database,
                                  absl::string_view sql) const;

  // Stops the server, keeping its data; Restart starts it again.
  absl::Status Stop();
  absl::Status Restart();

 private:
  explicit PostgresServer(std::string dir) : dir_(std::move(dir)) {}

  // Starts `postgres` on the cluster and waits until it accepts
  // connections.
  absl::Status Launch();

  const std::string dir_;
  pid_t pid_ = -1;
  int databases_ = 0;
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_POSTGRES_SERVER_H_
