// The PostgreSQL implementation of ReportStore: one database shared by any
// number of stateless factcheckd replicas, or a Citus cluster, which
// distributes the same schema unchanged (docs/scale-out.md).
//
// Each index of the store (record_entries.h) is one table
// `(p bytea, s bytea, v bytea, PRIMARY KEY (p, s))`, named as RocksDB's
// column family (keys.h): p the partition a lookup never crosses, s the sort
// key inside it (lookups.h), v the value. The entries are RocksDB's, byte
// for byte, split at IndexEntry::partition_size. The table `meta` holds the
// schema version. Every lookup reads one partition of one table: under
// Citus, one shard.
//
// One transaction per Put or Delete, which locks the stored row of each
// report it touches (in id order) before it reads it: writers in any number
// of processes may race on one report id, and each gets the outcome it would
// have had had they taken turns (a race lost on a new id is retried). A
// write that returned OK is committed as the server's synchronous_commit
// says (on by default: flushed to its write-ahead log). List and
// QuotesSharingWords read their index and the rows it names in one
// repeatable-read transaction, so a report deleted meanwhile is absent
// from both.
//
// Thread-safe. Calls share a pool of connections; a call that finds every
// connection busy waits for one. libpq, PostgreSQL's own C client, is used
// in store/postgres_connection.cc only.
#ifndef FACTCHECK_STORE_POSTGRES_STORE_H_
#define FACTCHECK_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "store/report_store.h"

namespace factcheck::store {

struct PostgresStoreOptions {
  // Where the database is: a libpq connection URI
  // ("postgresql://factcheck@db.example:5432/factcheck") or key=value string
  // ("host=/run/postgresql dbname=factcheck"). Passwords are best kept in
  // ~/.pgpass or PGPASSWORD; libpq's PG* environment variables fill in what
  // it leaves out. Required.
  std::string conninfo;

  // Connections kept open: the most store calls at work at once; more wait
  // for a connection. At least 1. Default 8.
  int pool_size = 8;

  // How long making one connection may take, unless `conninfo` gives its
  // own connect_timeout. Whole seconds, at least 2 (libpq's floor). Default
  // 5 s.
  absl::Duration connect_timeout = absl::Seconds(5);
};

// Connects to the database and checks its factcheck schema version, first
// creating the tables when the database has none of them (replicas that
// start together create them once).
//
// Errors:
// - InvalidArgument: a malformed conninfo, or a pool size below 1.
// - Unavailable: the server cannot be reached or refuses the connection
//   (the message names the server and gives libpq's reason).
// - FailedPrecondition: the database holds tables of the store's names that
//   are not a factcheck store, or a store of another schema version.
[[nodiscard]] absl::StatusOr<std::unique_ptr<ReportStore>> OpenPostgresStore(
    const PostgresStoreOptions& options);

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_POSTGRES_STORE_H_
