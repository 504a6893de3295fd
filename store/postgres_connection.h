// libpq plumbing for the PostgreSQL store (postgres_store.cc): connections,
// statements with binary parameters and results, the one conversion of
// libpq failures into absl statuses, and a pool of connections.
//
// libpq's types are only forward-declared here (PGconn is `struct pg_conn`,
// PGresult `struct pg_result`), so that libpq's headers stay in
// store/postgres_*.cc. Everything here is thread-compatible except
// ConnectionPool, which is thread-safe.
#ifndef FACTCHECK_STORE_POSTGRES_CONNECTION_H_
#define FACTCHECK_STORE_POSTGRES_CONNECTION_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "store/keys.h"

struct pg_conn;
struct pg_result;

namespace factcheck::store {

// PostgreSQL's type oids (pg_type.dat), for parameters sent in binary. An
// Oid is libpq's `unsigned int`.
inline constexpr unsigned int kByteaOid = 17;
inline constexpr unsigned int kInt8Oid = 20;
inline constexpr unsigned int kByteaArrayOid = 1001;

struct ResultDeleter {
  void operator()(pg_result* result) const;
};
// A statement's result, cleared when it goes.
using Result = std::unique_ptr<pg_result, ResultDeleter>;

struct ConnDeleter {
  void operator()(pg_conn* conn) const;
};
// An open connection, closed when it goes.
using Conn = std::unique_ptr<pg_conn, ConnDeleter>;

// `message` (libpq's, which ends in a newline and indents hints with tabs)
// on one line, for a status message.
std::string OneLine(absl::string_view message);

// Which server `conn` talks to, for messages ("PostgreSQL HOST:PORT
// database DB"): never the password.
std::string ServerOf(const pg_conn* conn);

// Parameters of one statement, each sent in binary.
class Params {
 public:
  Params& Bytes(absl::string_view value) {
    return Add(kByteaOid, std::string(value));
  }

  // A bytea[] of get(value) for each of `values`, in PostgreSQL's binary
  // array format: dimensions, no nulls, the element type, the length and
  // lower bound, then each element's length and bytes.
  template <typename Values, typename Get>
  Params& ByteaArray(const Values& values, Get get) {
    std::string array;
    AppendUint32(1, &array);
    AppendUint32(0, &array);
    AppendUint32(kByteaOid, &array);
    AppendUint32(static_cast<uint32_t>(values.size()), &array);
    AppendUint32(1, &array);
    for (const auto& value : values) {
      const absl::string_view bytes = get(value);
      AppendUint32(static_cast<uint32_t>(bytes.size()), &array);
      array.append(bytes.data(), bytes.size());
    }
    return Add(kByteaArrayOid, std::move(array));
  }

  Params& Int8(int64_t value);

  // LIMIT $n: `limit`, or no limit for 0 (LIMIT NULL).
  Params& Limit(size_t limit);

  int size() const { return static_cast<int>(values_.size()); }
  const unsigned int* types() const { return types_.data(); }

  // Pointers into the values, valid while this object lives unchanged.
  void Fill(std::vector<const char*>* values, std::vector<int>* lengths,
            std::vector<int>* formats) const;

 private:
  Params& Add(unsigned int type, std::string value);

  std::vector<unsigned int> types_;
  std::deque<std::string> values_;
  std::vector<bool> nulls_;
};

// Runs one statement on `conn`; its rows in binary (a bytea arrives as its
// bytes). `what` names the operation for errors. Errors, the one place
// where libpq failures become statuses:
// - Unavailable: the connection is lost, the server shuts down or has no
//   connection slot, or it is a read-only standby.
// - Aborted: a race that a retry resolves (serialisation failure,
//   deadlock, a unique key taken meanwhile).
// - ResourceExhausted: the server is out of a resource (disk, memory).
// - Internal: anything else, with its SQLSTATE.
[[nodiscard]] absl::StatusOr<Result> Exec(pg_conn* conn, const std::string& sql,
                                          const Params& params,
                                          absl::string_view what);

// Runs one statement without parameters or rows (BEGIN, COMMIT); errors as
// Exec's.
[[nodiscard]] absl::Status Command(pg_conn* conn, const char* sql,
                                   absl::string_view what);

// The number of rows of `result`.
int RowCount(const pg_result* result);

// The bytes of one field of `result`, valid while `result` lives.
absl::string_view Value(const pg_result* result, int row, int column);

// Statements sent together in one round trip (ExecPipeline), each a
// statement prepared on the connection (ConnectionOptions::prepared) with
// its parameters, or a command without parameters (BEGIN, COMMIT).
class Pipeline {
 public:
  // Adds a run of the prepared statement `name`; returns its index among
  // the results.
  size_t Prepared(std::string name, Params params) {
    steps_.push_back({std::move(name), std::move(params), false});
    return steps_.size() - 1;
  }

  // Adds `sql`, which takes no parameters; returns its index.
  size_t Command(std::string sql) {
    steps_.push_back({std::move(sql), Params(), true});
    return steps_.size() - 1;
  }

  bool empty() const { return steps_.empty(); }
  size_t size() const { return steps_.size(); }

 private:
  friend absl::StatusOr<std::vector<Result>> ExecPipeline(
      pg_conn* conn, const Pipeline& pipeline, absl::string_view what);

  struct Step {
    // The prepared statement's name, or the command's SQL.
    std::string text;
    Params params;
    bool command = false;
  };
  std::vector<Step> steps_;
};

// Runs every statement of `pipeline` on `conn` in one round trip, in libpq's
// pipeline mode: all are sent, then one sync, then every result is read.
// Returns one result per statement, in order, rows in binary as Exec's.
// Statements up to the sync form one implicit transaction, unless the
// pipeline runs BEGIN: that transaction stays open after it. Errors as
// Exec's, for the first statement that failed (the server skips the rest).
[[nodiscard]] absl::StatusOr<std::vector<Result>> ExecPipeline(
    pg_conn* conn, const Pipeline& pipeline, absl::string_view what);

// Checks that `conninfo` is a libpq connection URI or key=value string that
// parses, or a bare database name. InvalidArgument, with libpq's reason,
// when it is not.
[[nodiscard]] absl::Status ValidateConninfo(const std::string& conninfo);

// A statement prepared on each connection as it opens (PQprepare), run by
// name in a Pipeline: parsed and planned once per connection, not per run.
struct PreparedStatement {
  std::string name;
  std::string sql;
  // The type oid of each parameter ($1, $2, …).
  std::vector<unsigned int> types;
};

// Where and how to connect.
struct ConnectionOptions {
  // A libpq connection string (see PostgresStoreOptions::conninfo).
  std::string conninfo;
  // How long making one connection may take unless `conninfo` says; whole
  // seconds, at least 2 (libpq's floor). Default 5 s.
  absl::Duration connect_timeout = absl::Seconds(5);
  // When positive, how long a statement may run (statement_timeout) and
  // sent data may stay unacknowledged (tcp_user_timeout) before the
  // server or the kernel gives up on it, unless `conninfo` says; a probe's
  // bound on a stuck server or network. Zero (the default): no bound.
  absl::Duration io_timeout = absl::ZeroDuration();
  // Prepared on every connection Connect opens; their tables must exist by
  // then. Default none.
  std::vector<PreparedStatement> prepared;
};

// Opens a connection as application "factcheckd" and prepares
// `options.prepared` on it. Unavailable, with libpq's reason, when the
// server cannot be reached or refuses; ResourceExhausted when libpq has no
// memory for it; a statement that does not prepare fails as Exec does.
[[nodiscard]] absl::StatusOr<Conn> Connect(const ConnectionOptions& options);

// A fixed number of connections, opened when first needed and reopened
// after they break. Thread-safe.
class ConnectionPool {
 public:
  // At most `size` (at least 1) connections open at once.
  ConnectionPool(ConnectionOptions options, int size)
      : options_(std::move(options)), size_(size) {}

  ~ConnectionPool();

  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Runs `work` (pg_conn* -> Status or StatusOr) on a connection of the
  // pool, waiting for one when all are busy, and returns what it returns
  // (or Connect's error). A connection that had been idle may have been
  // closed by the server meanwhile (a restart, a fail-over): work that
  // fails because it was is run once more on a new connection. A
  // transaction `work` leaves open is rolled back.
  template <typename Work>
  auto Run(Work work) -> decltype(work(nullptr)) {
    for (int attempt = 0;; ++attempt) {
      bool reused = false;
      absl::StatusOr<Conn> conn = Acquire(&reused);
      if (!conn.ok()) return conn.status();
      auto result = work(conn->get());
      const bool lost = IsBroken(conn->get());
      Release(*std::move(conn));
      if (result.ok() || !lost || !reused || attempt > 0) return result;
    }
  }

 private:
  static bool IsBroken(const pg_conn* conn);

  // An idle connection (`reused`) or a new one.
  absl::StatusOr<Conn> Acquire(bool* reused);

  bool CanAcquire() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return !idle_.empty() || open_ < size_;
  }

  // Takes `conn` back, rolled back to no transaction; closes it when it is
  // broken.
  void Release(Conn conn);

  const ConnectionOptions options_;
  const int size_;
  absl::Mutex mu_;
  std::vector<Conn> idle_ ABSL_GUARDED_BY(mu_);
  // Connections idle, in use or being made.
  int open_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_POSTGRES_CONNECTION_H_
