#include "store/postgres_store.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "google/protobuf/arena.h"
#include "store/index_values.h"
#include "store/keys.h"
#include "store/lookups.h"
#include "store/postgres_connection.h"
#include "store/postgres_tables.h"
#include "store/record_entries.h"

namespace factcheck::store {
namespace {

// How often a Put that lost a race (a concurrent writer created the same
// new id, or a deadlock between two batches) is tried again.
constexpr int kMaxPutAttempts = 5;

// Below this many reports (by the planner's estimate), Stats counts them:
// a fresh table has no estimate yet, and counting a small one is cheap.
constexpr int64_t kCountReportsBelow = 100000;

// How long Probe waits for a connection and for its answer.
constexpr absl::Duration kProbeTimeout = absl::Seconds(2);

// The SQL of each table's statements, made once.
struct TableSql {
  std::string insert;
  std::string remove;
};

// The prepared statement that scans a claim index (PreparedStatements).
std::string ScanStatementOf(StoreIndex index) {
  return absl::StrCat("scan_", TableOf(index));
}

// The prepared statement that reads quotes by their speaker-index keys.
constexpr char kQuotesNamed[] = "quotes_named";

// The prepared statement that scans several shingles' partitions in one
// statement, each as the single scan would, in the order given.
constexpr char kShingleScans[] = "scan_shingles";

// What every connection of the pool prepares: per claim index, a scan of
// one partition from a sort key on, at most $3 (NULL: all) in index order
// (the shingle index: of several partitions at once); and the read of the
// quotes the shingle index names, by (speaker, tail), across speakers.
std::vector<PreparedStatement> PreparedStatements() {
  std::vector<PreparedStatement> statements;
  for (StoreIndex index : {StoreIndex::kNumeric, StoreIndex::kSpeaker}) {
    statements.push_back(
        {ScanStatementOf(index),
         absl::StrCat("SELECT s, v FROM ", TableOf(index),
                      " WHERE p = $1 AND s >= $2 ORDER BY s LIMIT $3"),
         {kByteaOid, kByteaOid, kInt8Oid}});
  }
  statements.push_back(
      {kShingleScans,
       absl::StrCat("SELECT x.s, x.v FROM unnest($1::bytea[]) WITH "
                    "ORDINALITY AS u(p, k) CROSS JOIN LATERAL (SELECT s, v "
                    "FROM ",
                    TableOf(StoreIndex::kShingles),
                    " t WHERE t.p = u.p AND t.s >= $2 ORDER BY s LIMIT $3) x "
                    "ORDER BY u.k, x.s"),
       {kByteaArrayOid, kByteaOid, kInt8Oid}});
  statements.push_back(
      {kQuotesNamed,
       absl::StrCat("SELECT p, s, v FROM ", kQuotesBySpeakerFamily,
                    " WHERE (p, s) IN (SELECT * FROM unnest($1::bytea[], "
                    "$2::bytea[]))"),
       {kByteaArrayOid, kByteaArrayOid}});
  return statements;
}

class PostgresStore final : public ReportStore {
 public:
  PostgresStore(std::unique_ptr<ConnectionPool> pool,
                ConnectionOptions probe_options)
      : pool_(std::move(pool)), probe_options_(std::move(probe_options)) {
    for (StoreIndex index : kIndexes) {
      const char* table = TableOf(index);
      sql_[static_cast<size_t>(index)] = TableSql{
          absl::StrCat("INSERT INTO ", table,
                       " (p, s, v) SELECT * FROM unnest($1::bytea[], "
                       "$2::bytea[], $3::bytea[])"),
          absl::StrCat("DELETE FROM ", table,
                       " WHERE (p, s) IN (SELECT * FROM unnest($1::bytea[], "
                       "$2::bytea[]))")};
    }
  }

  absl::StatusOr<std::vector<PutOutcome>> Put(
      const std::vector<StoredReport>& records) override;
  absl::StatusOr<StoredReport> Get(absl::string_view report_id) const override;
  absl::Status Delete(absl::string_view report_id) override;
  absl::StatusOr<ListPage> List(const ListQuery& query) const override;
  absl::StatusOr<std::vector<IndexedClaim>> NumericClaimsOn(
      absl::string_view measure, absl::string_view location,
      const ClaimWindow& window) const override;
  absl::StatusOr<std::vector<IndexedClaim>> QuotesBy(
      absl::string_view speaker, const ClaimWindow& window) const override;
  absl::StatusOr<std::vector<IndexedClaim>> QuotesSharingWords(
      absl::string_view content, const ClaimWindow& window) const override;
  // One pipeline of every scan; a second for the quotes that shingles name.
  absl::StatusOr<LookupAnswers> Lookups(
      const std::vector<LookupRequest>& requests) const override;
  StoreStats Stats() const override;
  absl::Status Probe() const override;

 private:
  // The entries to delete and to insert in one write, by index.
  struct Changes {
    std::array<std::vector<IndexEntry>, kIndexes.size()> removed;
    std::array<std::vector<IndexEntry>, kIndexes.size()> added;
  };

  const TableSql& SqlOf(StoreIndex index) const {
    return sql_[static_cast<size_t>(index)];
  }

  // One attempt at Put, in one transaction on `conn`.
  absl::StatusOr<std::vector<PutOutcome>> PutOnce(
      pg_conn* conn, const std::vector<StoredReport>& records) const;

  // The stored record of `report_id`, locked for this transaction when
  // `for_update`; nullopt when there is none.
  absl::StatusOr<std::optional<StoredReport>> Read(pg_conn* conn,
                                                   absl::string_view report_id,
                                                   bool for_update) const;

  // Writes `changes`: deletions first, then insertions, each table's rows
  // in key order so that concurrent writers lock them in one order.
  absl::Status Apply(pg_conn* conn, Changes& changes,
                     absl::string_view what) const;

  // A batch of one: the single lookups are Lookups' special case.
  absl::StatusOr<std::vector<IndexedClaim>> LookUpOne(
      LookupRequest request) const;

  const std::unique_ptr<ConnectionPool> pool_;
  // Probe's own connection, apart from the pool so that a health check
  // never waits behind the calls at work; opened when first needed and
  // after it breaks.
  const ConnectionOptions probe_options_;
  mutable absl::Mutex probe_mu_;
  mutable Conn probe_conn_ ABSL_GUARDED_BY(probe_mu_);
  std::array<TableSql, kIndexes.size()> sql_;
};

absl::StatusOr<std::optional<StoredReport>> PostgresStore::Read(
    pg_conn* conn, absl::string_view report_id, bool for_update) const {
  absl::StatusOr<Result> result =
      Exec(conn,
           for_update ? "SELECT v FROM reports WHERE p = $1 FOR UPDATE"
                      : "SELECT v FROM reports WHERE p = $1",
           Params().Bytes(report_id), absl::StrCat("reading ", report_id));
  if (!result.ok()) return result.status();
  if (RowCount(result->get()) == 0) return std::nullopt;
  const absl::string_view value = Value(result->get(), 0, 0);
  StoredReport record;
  if (!record.ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return absl::DataLossError(
        absl::StrCat("store: the record of ", report_id, " is damaged"));
  }
  return record;
}

absl::Status PostgresStore::Apply(pg_conn* conn, Changes& changes,
                                  absl::string_view what) const {
  const auto by_key = [](const IndexEntry& a, const IndexEntry& b) {
    return std::make_tuple(a.partition(), a.sort_key()) <
           std::make_tuple(b.partition(), b.sort_key());
  };
  const auto partition = [](const IndexEntry& e) { return e.partition(); };
  const auto sort_key = [](const IndexEntry& e) { return e.sort_key(); };
  const auto value = [](const IndexEntry& e) {
    return absl::string_view(e.value);
  };
  for (StoreIndex index : kIndexes) {
    std::vector<IndexEntry>& removed = changes.removed[static_cast<int>(index)];
    if (removed.empty()) continue;
    std::sort(removed.begin(), removed.end(), by_key);
    if (absl::StatusOr<Result> done = Exec(conn, SqlOf(index).remove,
                                           Params()
                                               .ByteaArray(removed, partition)
                                               .ByteaArray(removed, sort_key),
                                           what);
        !done.ok()) {
      return done.status();
    }
  }
  for (StoreIndex index : kIndexes) {
    std::vector<IndexEntry>& added = changes.added[static_cast<int>(index)];
    if (added.empty()) continue;
    std::sort(added.begin(), added.end(), by_key);
    if (absl::StatusOr<Result> done = Exec(conn, SqlOf(index).insert,
                                           Params()
                                               .ByteaArray(added, partition)
                                               .ByteaArray(added, sort_key)
                                               .ByteaArray(added, value),
                                           what);
        !done.ok()) {
      return done.status();
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<PutOutcome>> PostgresStore::PutOnce(
    pg_conn* conn, const std::vector<StoredReport>& records) const {
  constexpr absl::string_view kWhat = "storing reports";
  if (absl::Status begun = Command(conn, "BEGIN", kWhat); !begun.ok()) {
    return begun;
  }
  // Rows are locked in id order, so that two batches sharing ids never
  // wait on each other in a cycle.
  std::vector<size_t> order(records.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return records[a].report().id() < records[b].report().id();
  });
  std::vector<PutOutcome> outcomes(records.size(), PutOutcome::kCreated);
  Changes changes;
  for (size_t i : order) {
    const StoredReport& record = records[i];
    absl::StatusOr<std::optional<StoredReport>> stored =
        Read(conn, record.report().id(), /*for_update=*/true);
    if (!stored.ok()) return stored.status();
    if (stored->has_value()) {
      if (Serialize(**stored) == Serialize(record)) {
        outcomes[i] = PutOutcome::kUnchanged;
        continue;
      }
      outcomes[i] = PutOutcome::kReplaced;
      for (IndexEntry& entry : EntriesOf(**stored)) {
        changes.removed[static_cast<int>(entry.index)].push_back(
            std::move(entry));
      }
    }
    for (IndexEntry& entry : EntriesOf(record)) {
      changes.added[static_cast<int>(entry.index)].push_back(std::move(entry));
    }
  }
  if (absl::Status applied = Apply(conn, changes, kWhat); !applied.ok()) {
    return applied;
  }
  if (absl::Status committed = Command(conn, "COMMIT", kWhat);
      !committed.ok()) {
    return committed;
  }
  return outcomes;
}

absl::StatusOr<std::vector<PutOutcome>> PostgresStore::Put(
    const std::vector<StoredReport>& records) {
  if (absl::Status valid = ValidateRecords(records); !valid.ok()) {
    return valid;
  }
  absl::Status last;
  for (int attempt = 0; attempt < kMaxPutAttempts; ++attempt) {
    absl::StatusOr<std::vector<PutOutcome>> outcomes =
        pool_->Run([&](pg_conn* conn) { return PutOnce(conn, records); });
    if (!absl::IsAborted(outcomes.status())) return outcomes;
    last = outcomes.status();
  }
  return absl::UnavailableError(absl::StrCat(
      last.message(), "; gave up after ", kMaxPutAttempts,
      " attempts, each lost to a concurrent writer of the same reports"));
}

absl::StatusOr<StoredReport> PostgresStore::Get(
    absl::string_view report_id) const {
  absl::StatusOr<std::optional<StoredReport>> stored =
      pool_->Run([&](pg_conn* conn) {
        return Read(conn, report_id, /*for_update=*/false);
      });
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) {
    return absl::NotFoundError(absl::StrCat("no report with id ", report_id));
  }
  return std::move(**stored);
}

absl::Status PostgresStore::Delete(absl::string_view report_id) {
  const std::string what = absl::StrCat("deleting ", report_id);
  return pool_->Run([&](pg_conn* conn) -> absl::Status {
    if (absl::Status begun = Command(conn, "BEGIN", what); !begun.ok()) {
      return begun;
    }
    absl::StatusOr<std::optional<StoredReport>> stored =
        Read(conn, report_id, /*for_update=*/true);
    if (!stored.ok()) return stored.status();
    if (!stored->has_value()) {
      return absl::NotFoundError(absl::StrCat("no report with id ", report_id));
    }
    Changes changes;
    for (IndexEntry& entry : EntriesOf(**stored)) {
      changes.removed[static_cast<int>(entry.index)].push_back(
          std::move(entry));
    }
    if (absl::Status applied = Apply(conn, changes, what); !applied.ok()) {
      return applied;
    }
    return Command(conn, "COMMIT", what);
  });
}

absl::StatusOr<ListPage> PostgresStore::List(const ListQuery& query) const {
  absl::StatusOr<ListRange> range = ListRangeOf(query);
  if (!range.ok()) return range.status();
  // One more than a page: the first of the next page gives its token.
  Params params;
  params.Bytes(range->partition).Bytes(range->lower);
  std::string sql = absl::StrCat(
      "SELECT s FROM ",
      range->by_source ? kReportsBySourceFamily : kReportsByTimeFamily,
      " WHERE p = $1 AND s >= $2");
  if (!range->upper.empty()) {
    params.Bytes(range->upper);
    absl::StrAppend(&sql, " AND s < $", params.size());
  }
  if (range->start.has_value()) {
    params.Bytes(*range->start);
    absl::StrAppend(&sql, query.newest_first ? " AND s <= $" : " AND s >= $",
                    params.size());
  }
  params.Int8(query.page_size + 1);
  absl::StrAppend(&sql, " ORDER BY s", query.newest_first ? " DESC" : "",
                  " LIMIT $", params.size());

  constexpr absl::string_view kWhat = "listing reports";
  return pool_->Run([&](pg_conn* conn) -> absl::StatusOr<ListPage> {
    // The index and the records it names, as of one moment.
    if (absl::Status begun = Command(
            conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", kWhat);
        !begun.ok()) {
      return begun;
    }
    absl::StatusOr<Result> keys = Exec(conn, sql, params, kWhat);
    if (!keys.ok()) return keys.status();
    ListPage page;
    std::vector<std::string> ids;
    for (int row = 0; row < RowCount(keys->get()); ++row) {
      const absl::string_view sort_key = Value(keys->get(), row, 0);
      if (ids.size() == static_cast<size_t>(query.page_size)) {
        page.next_page_token = PageToken(*range, sort_key);
        break;
      }
      absl::StatusOr<std::string> id = ReportIdFromTimeKey(sort_key, 0);
      if (!id.ok()) return id.status();
      ids.push_back(*std::move(id));
    }
    if (ids.empty()) return page;
    absl::StatusOr<Result> rows = Exec(
        conn, "SELECT p, v FROM reports WHERE p = ANY($1::bytea[])",
        Params().ByteaArray(
            ids, [](const std::string& id) { return absl::string_view(id); }),
        kWhat);
    if (!rows.ok()) return rows.status();
    std::map<absl::string_view, absl::string_view> values;
    for (int row = 0; row < RowCount(rows->get()); ++row) {
      values.emplace(Value(rows->get(), row, 0), Value(rows->get(), row, 1));
    }
    for (const std::string& id : ids) {
      const auto found = values.find(id);
      if (found == values.end()) {
        return absl::DataLossError(
            absl::StrCat("store: time index names ", id, " but has no record"));
      }
      if (!page.reports.emplace_back().ParseFromArray(
              found->second.data(), static_cast<int>(found->second.size()))) {
        return absl::DataLossError(
            absl::StrCat("store: the record of ", id, " is damaged"));
      }
    }
    if (absl::Status committed = Command(conn, "COMMIT", kWhat);
        !committed.ok()) {
      return committed;
    }
    return page;
  });
}

absl::StatusOr<LookupAnswers> PostgresStore::Lookups(
    const std::vector<LookupRequest>& requests) const {
  if (absl::Status valid = ValidateLookups(requests); !valid.ok()) {
    return valid;
  }
  // Every scan of every request, sent in one pipeline: one per subject,
  // one statement for a quotation's looked-up shingles.
  struct Scan {
    size_t request;
    StoreIndex index;
    std::vector<std::string> partitions;
    std::string start;
  };
  std::vector<Scan> planned;
  bool by_words = false;
  for (size_t i = 0; i < requests.size(); ++i) {
    const LookupRequest& request = requests[i];
    std::optional<std::string> start = ClaimScanStart(request.window);
    if (!start.has_value()) continue;
    switch (request.kind) {
      case LookupRequest::Kind::kNumericClaimsOn:
        if (request.measure.size() <= kMaxKeyStringBytes &&
            request.location.size() <= kMaxKeyStringBytes) {
          planned.push_back(
              {i,
               StoreIndex::kNumeric,
               {NumericClaimPrefix(request.measure, request.location)},
               *start});
        }
        break;
      case LookupRequest::Kind::kQuotesBy:
        if (request.speaker.size() <= kMaxKeyStringBytes) {
          planned.push_back({i,
                             StoreIndex::kSpeaker,
                             {SpeakerPrefix(request.speaker)},
                             *start});
        }
        break;
      case LookupRequest::Kind::kQuotesSharingWords: {
        Scan shingles{i, StoreIndex::kShingles, {}, *start};
        for (uint64_t shingle : LookedUpShingles(request.content)) {
          shingles.partitions.push_back(ShinglePrefix(shingle));
        }
        if (!shingles.partitions.empty()) {
          planned.push_back(std::move(shingles));
          by_words = true;
        }
        break;
      }
    }
  }
  if (planned.empty()) {
    return LookupAnswers{
        NewLookupArena(),
        std::vector<std::vector<const IndexedClaim*>>(requests.size())};
  }
  Pipeline scans;
  // The shingle index and the quotes it names (read in a second round
  // trip), as of one moment: a quote deleted meanwhile is absent from both.
  if (by_words)
    scans.Command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  std::vector<std::vector<size_t>> steps(requests.size());
  for (const Scan& scan : planned) {
    const size_t limit = requests[scan.request].window.limit;
    steps[scan.request].push_back(
        scan.index == StoreIndex::kShingles
            ? scans.Prepared(kShingleScans,
                             Params()
                                 .ByteaArray(scan.partitions,
                                             [](const std::string& p) {
                                               return absl::string_view(p);
                                             })
                                 .Bytes(scan.start)
                                 .Limit(limit))
            : scans.Prepared(ScanStatementOf(scan.index),
                             Params()
                                 .Bytes(scan.partitions.front())
                                 .Bytes(scan.start)
                                 .Limit(limit)));
  }

  constexpr absl::string_view kWhat = "looking up claims";
  return pool_->Run([&](pg_conn* conn) -> absl::StatusOr<LookupAnswers> {
    absl::StatusOr<std::vector<Result>> rows = ExecPipeline(conn, scans, kWhat);
    if (!rows.ok()) return rows.status();
    LookupAnswers answers{NewLookupArena(), {}};
    answers.claims.resize(requests.size());
    // A new claim of request `i`'s answer, parsed from `value`; null when
    // it is damaged.
    auto add = [&](size_t i, absl::string_view value) -> IndexedClaim* {
      IndexedClaim* claim =
          google::protobuf::Arena::CreateMessage<IndexedClaim>(
              answers.arena.get());
      answers.claims[i].push_back(claim);
      return claim->ParseFromArray(value.data(), static_cast<int>(value.size()))
                 ? claim
                 : nullptr;
    };
    // The quotes found by their shingles, to read from the speaker index.
    struct Named {
      size_t request;
      std::vector<std::string> partitions;
      std::vector<ShingleMatch> quotes;
      size_t step = 0;
    };
    std::vector<Named> named;
    Pipeline reads;
    for (size_t i = 0; i < requests.size(); ++i) {
      if (requests[i].kind == LookupRequest::Kind::kQuotesSharingWords) {
        std::vector<ShingleMatch> matches;
        for (size_t step : steps[i]) {
          const pg_result* result = (*rows)[step].get();
          for (int row = 0; row < RowCount(result); ++row) {
            // Views into `rows`, which outlive the quotes read below.
            matches.push_back({Value(result, row, 0), Value(result, row, 1)});
          }
        }
        Named quotes{
            i, {}, RankSharedQuotes(matches, requests[i].window.limit)};
        if (quotes.quotes.empty()) continue;
        for (const ShingleMatch& quote : quotes.quotes) {
          quotes.partitions.push_back(SpeakerPrefix(quote.speaker));
        }
        quotes.step = reads.Prepared(
            kQuotesNamed,
            Params()
                .ByteaArray(
                    quotes.partitions,
                    [](const std::string& p) { return absl::string_view(p); })
                .ByteaArray(quotes.quotes, [](const ShingleMatch& quote) {
                  return absl::string_view(quote.tail);
                }));
        named.push_back(std::move(quotes));
        continue;
      }
      for (size_t step : steps[i]) {
        const pg_result* result = (*rows)[step].get();
        // Newest first in the index, oldest first in the answer.
        for (int row = RowCount(result) - 1; row >= 0; --row) {
          if (add(i, Value(result, row, 1)) == nullptr) {
            return absl::DataLossError("store: damaged claim index entry");
          }
        }
      }
    }
    if (!by_words) return answers;
    reads.Command("COMMIT");
    absl::StatusOr<std::vector<Result>> quoted =
        ExecPipeline(conn, reads, kWhat);
    if (!quoted.ok()) return quoted.status();
    for (const Named& quotes : named) {
      const pg_result* result = (*quoted)[quotes.step].get();
      std::map<std::pair<absl::string_view, absl::string_view>,
               absl::string_view>
          values;
      for (int row = 0; row < RowCount(result); ++row) {
        values.emplace(
            std::make_pair(Value(result, row, 0), Value(result, row, 1)),
            Value(result, row, 2));
      }
      std::vector<absl::string_view> found(quotes.quotes.size());
      for (size_t k = 0; k < quotes.quotes.size(); ++k) {
        const auto value =
            values.find({quotes.partitions[k], quotes.quotes[k].tail});
        if (value == values.end()) {
          return absl::DataLossError(
              "store: the shingle index names a quote the speaker index "
              "lacks");
        }
        found[k] = value->second;
      }
      // Newest first in `quotes`, oldest first in the answer.
      for (size_t k = found.size(); k-- > 0;) {
        if (add(quotes.request, found[k]) == nullptr) {
          return absl::DataLossError("store: damaged quote index entry");
        }
      }
    }
    return answers;
  });
}

absl::StatusOr<std::vector<IndexedClaim>> PostgresStore::LookUpOne(
    LookupRequest request) const {
  absl::StatusOr<LookupAnswers> answers = Lookups({std::move(request)});
  if (!answers.ok()) return answers.status();
  // Copied off the arena, and made whole: a round trip costs far more.
  std::vector<IndexedClaim> claims;
  claims.reserve(answers->claims.front().size());
  for (const IndexedClaim* claim : answers->claims.front()) {
    if (!MakeWhole(&claims.emplace_back(*claim))) {
      return absl::DataLossError("store: damaged claim index entry");
    }
  }
  return claims;
}

absl::StatusOr<std::vector<IndexedClaim>> PostgresStore::NumericClaimsOn(
    absl::string_view measure, absl::string_view location,
    const ClaimWindow& window) const {
  return LookUpOne(LookupRequest::NumericClaimsOn(measure, location, window));
}

absl::StatusOr<std::vector<IndexedClaim>> PostgresStore::QuotesBy(
    absl::string_view speaker, const ClaimWindow& window) const {
  return LookUpOne(LookupRequest::QuotesBy(speaker, window));
}

absl::StatusOr<std::vector<IndexedClaim>> PostgresStore::QuotesSharingWords(
    absl::string_view content, const ClaimWindow& window) const {
  return LookUpOne(LookupRequest::QuotesSharingWords(content, window));
}

StoreStats PostgresStore::Stats() const {
  std::vector<std::string> tables;
  for (StoreIndex index : kIndexes) tables.push_back(TableOf(index));
  const absl::StatusOr<StoreStats> stats =
      pool_->Run([&](pg_conn* conn) -> absl::StatusOr<StoreStats> {
        constexpr absl::string_view kWhat = "reading store statistics";
        absl::StatusOr<Result> sizes = Exec(
            conn,
            absl::StrCat("SELECT (SELECT reltuples::int8 FROM pg_class WHERE "
                         "oid = 'reports'::regclass), (SELECT "
                         "sum(pg_total_relation_size(t::regclass))::int8 FROM "
                         "unnest(ARRAY['",
                         absl::StrJoin(tables, "','"), "']) AS t)"),
            Params(), kWhat);
        if (!sizes.ok()) return sizes.status();
        const auto int8 = [&](const pg_result* result, int column) {
          uint64_t value = 0;
          for (char byte : Value(result, 0, column)) {
            value = (value << 8) | static_cast<unsigned char>(byte);
          }
          return static_cast<int64_t>(value);
        };
        StoreStats stats;
        stats.reports = int8(sizes->get(), 0);
        stats.bytes = int8(sizes->get(), 1);
        // The buffer cache is the server's, shared by every replica.
        if (stats.reports < kCountReportsBelow) {
          absl::StatusOr<Result> count =
              Exec(conn, "SELECT count(*) FROM reports", Params(), kWhat);
          if (!count.ok()) return count.status();
          stats.reports = int8(count->get(), 0);
        }
        return stats;
      });
  return stats.ok() ? *stats : StoreStats();
}

absl::Status PostgresStore::Probe() const {
  absl::MutexLock lock(&probe_mu_);
  if (probe_conn_ == nullptr) {
    absl::StatusOr<Conn> conn = Connect(probe_options_);
    if (!conn.ok()) return absl::UnavailableError(conn.status().message());
    probe_conn_ = *std::move(conn);
  }
  if (absl::Status answered =
          Command(probe_conn_.get(), "SELECT 1", "probing the store");
      !answered.ok()) {
    probe_conn_.reset();
    return absl::UnavailableError(answered.message());
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<ReportStore>> OpenPostgresStore(
    const PostgresStoreOptions& options) {
  if (options.pool_size < 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "store: the connection pool needs at least 1 connection, not ",
        options.pool_size));
  }
  if (options.conninfo.empty()) {
    return absl::InvalidArgumentError(
        "store: a PostgreSQL connection string is required");
  }
  if (absl::Status valid = ValidateConninfo(options.conninfo); !valid.ok()) {
    return valid;
  }
  ConnectionOptions connection{options.conninfo, options.connect_timeout};
  // The tables exist before the pool's connections prepare statements on
  // them.
  {
    absl::StatusOr<Conn> setup = Connect(connection);
    if (!setup.ok()) return setup.status();
    if (absl::Status schema = EnsureSchema(setup->get()); !schema.ok()) {
      return schema;
    }
  }
  connection.prepared = PreparedStatements();
  auto pool = std::make_unique<ConnectionPool>(std::move(connection),
                                               options.pool_size);
  ConnectionOptions probe;
  probe.conninfo = options.conninfo;
  probe.connect_timeout = kProbeTimeout;
  probe.io_timeout = kProbeTimeout;
  return std::unique_ptr<ReportStore>(
      new PostgresStore(std::move(pool), std::move(probe)));
}

}  // namespace factcheck::store
