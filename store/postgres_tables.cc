#include "store/postgres_tables.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "store/keys.h"

namespace factcheck::store {
namespace {

// Serialises the creation of the tables by replicas that start together.
constexpr int64_t kSchemaLockKey = 0x66616374636b;  // "factck"

}  // namespace

const char* TableOf(StoreIndex index) {
  switch (index) {
    case StoreIndex::kReports:
      return kReportsFamily;
    case StoreIndex::kByTime:
      return kReportsByTimeFamily;
    case StoreIndex::kBySource:
      return kReportsBySourceFamily;
    case StoreIndex::kNumeric:
      return kNumericClaimsFamily;
    case StoreIndex::kSpeaker:
      return kQuotesBySpeakerFamily;
    case StoreIndex::kShingles:
      return kQuoteShinglesFamily;
  }
  return kReportsFamily;
}

absl::Status EnsureSchema(pg_conn* conn) {
  constexpr absl::string_view kWhat = "opening the store";
  if (absl::Status begun = Command(conn, "BEGIN", kWhat); !begun.ok()) {
    return begun;
  }
  if (absl::StatusOr<Result> locked =
          Exec(conn, "SELECT pg_advisory_xact_lock($1)",
               Params().Int8(kSchemaLockKey), kWhat);
      !locked.ok()) {
    return locked.status();
  }
  std::vector<std::string> tables = {kMetaFamily};
  for (StoreIndex index : kIndexes) tables.push_back(TableOf(index));
  absl::StatusOr<Result> present = Exec(
      conn,
      "SELECT t FROM unnest($1::bytea[]) AS t WHERE "
      "to_regclass(convert_from(t, 'UTF8')) IS NOT NULL",
      Params().ByteaArray(
          tables, [](const std::string& t) { return absl::string_view(t); }),
      kWhat);
  if (!present.ok()) return present.status();
  std::vector<std::string> existing;
  for (int row = 0; row < RowCount(present->get()); ++row) {
    existing.emplace_back(Value(present->get(), row, 0));
  }
  const std::string where = ServerOf(conn);
  // Records this build's schema version, in a new store or over an older
  // one.
  auto mark_schema = [&]() -> absl::Status {
    return Exec(conn,
                "INSERT INTO meta (p, s, v) VALUES ($1, '', $2) "
                "ON CONFLICT (p, s) DO UPDATE SET v = EXCLUDED.v",
                Params()
                    .Bytes(kSchemaVersionKey)
                    .Bytes(std::to_string(kSchemaVersion)),
                kWhat)
        .status();
  };
  const bool has_meta = std::find(existing.begin(), existing.end(),
                                  kMetaFamily) != existing.end();
  if (!has_meta) {
    if (!existing.empty()) {
      return absl::FailedPreconditionError(absl::StrCat(
          where, " has tables named ", absl::StrJoin(existing, ", "),
          " but no factcheck schema version: it is not a factcheck store; "
          "use another database or schema"));
    }
    for (const std::string& table : tables) {
      if (absl::Status created = Command(
              conn,
              absl::StrCat("CREATE TABLE ", table,
                           " (p bytea, s bytea, v bytea, PRIMARY KEY (p, s))")
                  .c_str(),
              kWhat);
          !created.ok()) {
        return created;
      }
    }
    if (absl::Status marked = mark_schema(); !marked.ok()) return marked;
    return Command(conn, "COMMIT", kWhat);
  }
  absl::StatusOr<Result> version =
      Exec(conn, "SELECT v FROM meta WHERE p = $1",
           Params().Bytes(kSchemaVersionKey), kWhat);
  if (!version.ok()) return version.status();
  if (RowCount(version->get()) == 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        where,
        " has a table named meta without a factcheck schema version: "
        "it is not a factcheck store; use another database or schema"));
  }
  const std::string text(Value(version->get(), 0, 0));
  int number = 0;
  if (!absl::SimpleAtoi(text, &number)) {
    return absl::DataLossError(
        absl::StrCat(where, ": unreadable schema version '", text, "'"));
  }
  if (absl::Status readable = CheckSchemaVersion(number, where, "database");
      !readable.ok()) {
    return readable;
  }
  // An older schema this build reads as it is (keys.h): from now on the
  // store holds values of this schema too.
  if (number < kSchemaVersion) {
    if (absl::Status marked = mark_schema(); !marked.ok()) return marked;
  }
  return Command(conn, "COMMIT", kWhat);
}

}  // namespace factcheck::store
