#include "store/postgres_connection.h"

#include <postgresql/libpq-fe.h>

#include <algorithm>
#include <type_traits>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace factcheck::store {
namespace {

static_assert(std::is_same_v<Oid, unsigned int>,
              "postgres_connection.h spells libpq's Oid as unsigned int");

// The results this store reads are sent in binary: a bytea arrives as its
// bytes, with no hex to decode.
constexpr int kBinary = 1;

absl::Status FailureOf(const PGconn* conn, const PGresult* result,
                       absl::string_view what) {
  const char* field = result == nullptr
                          ? nullptr
                          : PQresultErrorField(result, PG_DIAG_SQLSTATE);
  const std::string state = field == nullptr ? "" : field;
  const std::string reason = OneLine(
      result == nullptr ? PQerrorMessage(conn) : PQresultErrorMessage(result));
  if (PQstatus(conn) != CONNECTION_OK || absl::StartsWith(state, "08") ||
      absl::StartsWith(state, "57P") || state == "53300") {
    return absl::UnavailableError(absl::StrCat("store: ", what, ": lost ",
                                               ServerOf(conn), ": ", reason,
                                               "; retry once it is back"));
  }
  if (state == "25006") {
    return absl::UnavailableError(
        absl::StrCat("store: ", what, ": ", ServerOf(conn),
                     " is a read-only standby; point --store at the primary"));
  }
  if (state == "40001" || state == "40P01" || state == "23505") {
    return absl::AbortedError(absl::StrCat("store: ", what, ": ", reason));
  }
  if (absl::StartsWith(state, "53")) {
    return absl::ResourceExhaustedError(
        absl::StrCat("store: ", what, ": ", ServerOf(conn), ": ", reason));
  }
  return absl::InternalError(
      absl::StrCat("store: ", what, ": ", reason, " (SQLSTATE ", state, ")"));
}

}  // namespace

void ResultDeleter::operator()(PGresult* result) const { PQclear(result); }

void ConnDeleter::operator()(PGconn* conn) const { PQfinish(conn); }

std::string OneLine(absl::string_view message) {
  return absl::StrReplaceAll(absl::StripAsciiWhitespace(message),
                             {{"\n\t", " "}, {"\n", " "}, {"\t", " "}});
}

std::string ServerOf(const PGconn* conn) {
  return absl::StrCat("PostgreSQL ", PQhost(conn), ":", PQport(conn),
                      " database ", PQdb(conn));
}

Params& Params::Int8(int64_t value) {
  std::string bytes;
  AppendUint64(static_cast<uint64_t>(value), &bytes);
  return Add(kInt8Oid, std::move(bytes));
}

Params& Params::Limit(size_t limit) {
  if (limit != 0) return Int8(static_cast<int64_t>(limit));
  types_.push_back(kInt8Oid);
  values_.emplace_back();
  nulls_.push_back(true);
  return *this;
}

void Params::Fill(std::vector<const char*>* values, std::vector<int>* lengths,
                  std::vector<int>* formats) const {
  for (size_t i = 0; i < values_.size(); ++i) {
    values->push_back(nulls_[i] ? nullptr : values_[i].data());
    lengths->push_back(static_cast<int>(values_[i].size()));
    formats->push_back(kBinary);
  }
}

Params& Params::Add(unsigned int type, std::string value) {
  types_.push_back(type);
  values_.push_back(std::move(value));
  nulls_.push_back(false);
  return *this;
}

absl::StatusOr<Result> Exec(PGconn* conn, const std::string& sql,
                            const Params& params, absl::string_view what) {
  std::vector<const char*> values;
  std::vector<int> lengths;
  std::vector<int> formats;
  params.Fill(&values, &lengths, &formats);
  Result result(PQexecParams(conn, sql.c_str(), params.size(), params.types(),
                             values.data(), lengths.data(), formats.data(),
                             kBinary));
  const ExecStatusType status =
      result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return FailureOf(conn, result.get(), what);
  }
  return result;
}

absl::StatusOr<std::vector<Result>> ExecPipeline(PGconn* conn,
                                                 const Pipeline& pipeline,
                                                 absl::string_view what) {
  if (PQenterPipelineMode(conn) != 1) return FailureOf(conn, nullptr, what);
  // Sent in blocking mode: libpq reads what the server sends while it waits
  // to send more, so a long pipeline cannot stall both sides.
  bool sent = true;
  for (const Pipeline::Step& step : pipeline.steps_) {
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    step.params.Fill(&values, &lengths, &formats);
    sent = step.command
               ? PQsendQueryParams(conn, step.text.c_str(), 0, nullptr, nullptr,
                                   nullptr, nullptr, kBinary) == 1
               : PQsendQueryPrepared(
                     conn, step.text.c_str(), step.params.size(), values.data(),
                     lengths.data(), formats.data(), kBinary) == 1;
    if (!sent) break;
  }
  // A pipeline that could not be sent whole leaves the connection in
  // pipeline mode; the pool closes such a connection.
  if (!sent || PQpipelineSync(conn) != 1) return FailureOf(conn, nullptr, what);
  std::vector<Result> results;
  results.reserve(pipeline.size());
  absl::Status failed;
  for (size_t i = 0; i < pipeline.size(); ++i) {
    Result result(PQgetResult(conn));
    if (result == nullptr) return FailureOf(conn, nullptr, what);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK &&
        status != PGRES_PIPELINE_ABORTED && failed.ok()) {
      failed = FailureOf(conn, result.get(), what);
    }
    results.push_back(std::move(result));
    // Each statement's results end with a null.
    if (Result end(PQgetResult(conn)); end != nullptr) {
      return FailureOf(conn, end.get(), what);
    }
  }
  Result sync(PQgetResult(conn));
  if (sync == nullptr || PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC ||
      PQexitPipelineMode(conn) != 1) {
    return FailureOf(conn, nullptr, what);
  }
  if (!failed.ok()) return failed;
  return results;
}

absl::Status Command(PGconn* conn, const char* sql, absl::string_view what) {
  absl::StatusOr<Result> result = Exec(conn, sql, Params(), what);
  return result.status();
}

int RowCount(const PGresult* result) { return PQntuples(result); }

absl::string_view Value(const PGresult* result, int row, int column) {
  return absl::string_view(
      PQgetvalue(result, row, column),
      static_cast<size_t>(PQgetlength(result, row, column)));
}

absl::Status ValidateConninfo(const std::string& conninfo) {
  // A bare word is a database name; anything else must parse.
  if (!absl::StrContains(conninfo, "=") &&
      !absl::StrContains(conninfo, "://")) {
    return absl::OkStatus();
  }
  char* error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(conninfo.c_str(), &error);
  if (parsed == nullptr) {
    const std::string reason =
        error == nullptr ? "out of memory" : OneLine(error);
    PQfreemem(error);
    return absl::InvalidArgumentError(absl::StrCat(
        "store: malformed PostgreSQL connection string: ", reason));
  }
  PQconninfoFree(parsed);
  return absl::OkStatus();
}

absl::StatusOr<Conn> Connect(const ConnectionOptions& options) {
  const std::string timeout = std::to_string(
      std::max<int64_t>(2, absl::ToInt64Seconds(options.connect_timeout)));
  // Later keywords override earlier ones: what conninfo says wins.
  std::vector<const char*> keywords = {"connect_timeout", "application_name"};
  std::vector<const char*> values = {timeout.c_str(), "factcheckd"};
  const std::string io_ms = std::to_string(
      std::max<int64_t>(1, absl::ToInt64Milliseconds(options.io_timeout)));
  const std::string statement_timeout =
      absl::StrCat("-c statement_timeout=", io_ms);
  if (options.io_timeout > absl::ZeroDuration()) {
    keywords.insert(keywords.end(), {"tcp_user_timeout", "options"});
    values.insert(values.end(), {io_ms.c_str(), statement_timeout.c_str()});
  }
  keywords.insert(keywords.end(), {"dbname", nullptr});
  values.insert(values.end(), {options.conninfo.c_str(), nullptr});
  Conn conn(PQconnectdbParams(keywords.data(), values.data(),
                              /*expand_dbname=*/1));
  if (conn == nullptr) {
    return absl::ResourceExhaustedError(
        "store: no memory for a PostgreSQL connection");
  }
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return absl::UnavailableError(absl::StrCat(
        "store: cannot connect to PostgreSQL: ",
        OneLine(PQerrorMessage(conn.get())),
        " (is the server up, and does --store name it and its database?)"));
  }
  for (const PreparedStatement& statement : options.prepared) {
    Result prepared(PQprepare(
        conn.get(), statement.name.c_str(), statement.sql.c_str(),
        static_cast<int>(statement.types.size()), statement.types.data()));
    if (prepared == nullptr ||
        PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
      return FailureOf(conn.get(), prepared.get(),
                       absl::StrCat("preparing ", statement.name));
    }
  }
  return conn;
}

ConnectionPool::~ConnectionPool() {
  absl::MutexLock lock(&mu_);
  idle_.clear();
}

bool ConnectionPool::IsBroken(const PGconn* conn) {
  return PQstatus(conn) != CONNECTION_OK;
}

absl::StatusOr<Conn> ConnectionPool::Acquire(bool* reused) {
  mu_.LockWhen(absl::Condition(this, &ConnectionPool::CanAcquire));
  if (!idle_.empty()) {
    Conn conn = std::move(idle_.back());
    idle_.pop_back();
    mu_.Unlock();
    *reused = true;
    return conn;
  }
  ++open_;
  mu_.Unlock();
  absl::StatusOr<Conn> conn = Connect(options_);
  if (!conn.ok()) {
    absl::MutexLock lock(&mu_);
    --open_;
  }
  return conn;
}

void ConnectionPool::Release(Conn conn) {
  if (PQstatus(conn.get()) == CONNECTION_OK &&
      PQtransactionStatus(conn.get()) != PQTRANS_IDLE) {
    Result(PQexec(conn.get(), "ROLLBACK"));
  }
  const bool healthy = PQstatus(conn.get()) == CONNECTION_OK &&
                       PQpipelineStatus(conn.get()) == PQ_PIPELINE_OFF &&
                       PQtransactionStatus(conn.get()) == PQTRANS_IDLE;
  absl::MutexLock lock(&mu_);
  if (healthy) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;
  }
}

}  // namespace factcheck::store
