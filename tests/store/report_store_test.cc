// The store's contract for writes, reads and listings, pinned on each
// backend (report_store_fixture.h); lookups: report_store_lookups_test.
#include "store/report_store.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/report_store_fixture.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::store {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::NumericClaim;
using ::factcheck::testing::Quote;
using ::factcheck::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST_P(ReportStoreTest, StoredReportReadsBackWithItsClaims) {
  const StoredReport record =
      Record(MakeReport("r1", "Reuters", "2021-05-11T10:00:00Z",
                        "Death toll rises to 43 in Gaza."),
             {NumericClaim("deaths", "Gaza", 43)});

  EXPECT_EQ(PutOne(record), PutOutcome::kCreated);

  absl::StatusOr<StoredReport> read = store_->Get("r1");
  ASSERT_THAT(read, IsOk());
  EXPECT_EQ(read->SerializeAsString(), record.SerializeAsString());
}

TEST_P(ReportStoreTest, StatsCountTheReportsAndTheirBytes) {
  EXPECT_EQ(store_->Stats().reports, 0);
  for (const char* id : {"r1", "r2", "r3"}) {
    PutOne(Record(MakeReport(id, "Reuters", "2021-05-11T10:00:00Z",
                             "Death toll rises to 43 in Gaza."),
                  {NumericClaim("deaths", "Gaza", 43)}));
  }
  const StoreStats stats = store_->Stats();
  EXPECT_EQ(stats.reports, 3);
  EXPECT_GT(stats.bytes, 0);
  Reopen();  // the reports flushed to tables are counted too
  EXPECT_EQ(store_->Stats().reports, 3);
}

TEST_P(ReportStoreTest, UnknownIdIsNotFound) {
  EXPECT_THAT(store_->Get("nope"), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(store_->Delete("nope"), StatusIs(absl::StatusCode::kNotFound));
}

TEST_P(ReportStoreTest, SameContentReingestedIsUnchanged) {
  const StoredReport record =
      Record(MakeReport("r1", "Reuters", "2021-05-11T10:00:00Z", "43 dead."),
             {NumericClaim("deaths", "Gaza", 43)});
  EXPECT_EQ(PutOne(record), PutOutcome::kCreated);
  EXPECT_EQ(PutOne(record), PutOutcome::kUnchanged);
  EXPECT_THAT(store_->NumericClaimsOn("deaths", "Gaza", {}), IsOk());
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), SizeIs(1));
}

TEST_P(ReportStoreTest, ChangedContentReplacesAndRemovesStaleIndexEntries) {
  EXPECT_EQ(PutOne(Record(MakeReport("r1", "Reuters", "2021-05-11T10:00:00Z",
                                     "43 dead in Gaza."),
                          {NumericClaim("deaths", "Gaza", 43),
                           Quote("Antony Blinken", kBlinkenQuote)})),
            PutOutcome::kCreated);

  EXPECT_EQ(PutOne(Record(MakeReport("r1", "Reuters", "2021-05-12T10:00:00Z",
                                     "20 injured in Israel."),
                          {NumericClaim("injured", "Israel", 20)})),
            PutOutcome::kReplaced);

  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), IsEmpty());
  EXPECT_THAT(*store_->QuotesBy("Antony Blinken", {}), IsEmpty());
  EXPECT_THAT(*store_->QuotesSharingWords(kBlinkenQuote, {}), IsEmpty());
  EXPECT_THAT(ReportIdsOf(*store_->NumericClaimsOn("injured", "Israel", {})),
              ElementsAre("r1"));
  // The time index follows the new publication time, with no stale entry.
  ListQuery may_11;
  may_11.published_before = testing::Time("2021-05-12T00:00:00Z");
  EXPECT_THAT(store_->List(may_11)->reports, IsEmpty());
  EXPECT_THAT(IdsOf(store_->List(ListQuery())->reports), ElementsAre("r1"));
}

TEST_P(ReportStoreTest, DeleteRemovesReportAndEveryIndexEntry) {
  PutOne(Record(MakeReport("r1", "Reuters", "2021-05-11T10:00:00Z", "43."),
                {NumericClaim("deaths", "Gaza", 43),
                 Quote("Antony Blinken", kBlinkenQuote)}));

  ASSERT_THAT(store_->Delete("r1"), IsOk());

  EXPECT_THAT(store_->Get("r1"), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), IsEmpty());
  EXPECT_THAT(*store_->QuotesBy("Antony Blinken", {}), IsEmpty());
  EXPECT_THAT(*store_->QuotesSharingWords(kBlinkenQuote, {}), IsEmpty());
  ListQuery by_source;
  by_source.source = "Reuters";
  EXPECT_THAT(store_->List(by_source)->reports, IsEmpty());
  EXPECT_THAT(store_->List(ListQuery())->reports, IsEmpty());
}

TEST_P(ReportStoreTest, InvalidRecordInBatchWritesNothing) {
  const StoredReport good =
      Record(MakeReport("good", "AP", "2021-05-11T10:00:00Z", "43 dead."),
             {NumericClaim("deaths", "Gaza", 43)});
  StoredReport bad =
      Record(MakeReport("bad", "AP", "2021-05-11T11:00:00Z", "some dead."),
             {NumericClaim("deaths", "Gaza", 40), NumericClaim("", "Gaza", 1)});

  EXPECT_THAT(store_->Put({good, bad}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("records[1]: claims[1]")));

  EXPECT_THAT(store_->Get("good"), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), IsEmpty());
  EXPECT_THAT(store_->List(ListQuery())->reports, IsEmpty());
}

TEST_P(ReportStoreTest, FailedReplacementKeepsTheStoredVersion) {
  const StoredReport original =
      Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "43 dead."),
             {NumericClaim("deaths", "Gaza", 43)});
  PutOne(original);
  StoredReport broken =
      Record(MakeReport("r1", "AP", "2021-05-12T10:00:00Z", "quote"),
             {Quote("Antony Blinken", kBlinkenQuote), Quote("Joe Biden", "")});

  EXPECT_THAT(store_->Put({broken}),
              StatusIs(absl::StatusCode::kInvalidArgument));

  EXPECT_EQ(store_->Get("r1")->SerializeAsString(),
            original.SerializeAsString());
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), SizeIs(1));
  EXPECT_THAT(*store_->QuotesBy("Antony Blinken", {}), IsEmpty());
}

TEST_P(ReportStoreTest, DuplicateIdsInOneWriteAreRejected) {
  const StoredReport record =
      Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "text"));
  EXPECT_THAT(
      store_->Put({record, record}),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("appears twice")));
  EXPECT_THAT(store_->Get("r1"), StatusIs(absl::StatusCode::kNotFound));
}

TEST_P(ReportStoreTest, RecordsWithoutRequiredFieldsAreRejected) {
  factcheck::v1::Report no_time;
  no_time.set_id("r1");
  no_time.set_text("text");
  EXPECT_THAT(
      store_->Put({Record(no_time)}),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("published_at")));
  EXPECT_THAT(store_->Put({Record(MakeReport(std::string(257, 'x'), "AP",
                                             "2021-05-11T10:00:00Z", "t"))}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("id")));
  EXPECT_THAT(store_->List(ListQuery())->reports, IsEmpty());
}

TEST_P(ReportStoreTest, ListPagesThroughReportsInPublishedOrder) {
  for (int day = 9; day >= 1; --day) {
    PutOne(Record(MakeReport(absl::StrCat("r", day), day % 2 ? "AP" : "AFP",
                             absl::StrCat("2021-05-0", day, "T10:00:00Z"),
                             "text")));
  }
  std::vector<std::string> seen;
  ListQuery query;
  query.page_size = 4;
  int pages = 0;
  do {
    absl::StatusOr<ListPage> page = store_->List(query);
    ASSERT_THAT(page, IsOk());
    for (const std::string& id : IdsOf(page->reports)) seen.push_back(id);
    query.page_token = page->next_page_token;
    ++pages;
  } while (!query.page_token.empty() && pages < 10);

  EXPECT_EQ(pages, 3);
  EXPECT_THAT(
      seen, ElementsAre("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"));
}

TEST_P(ReportStoreTest, ListFiltersBySourceAndTimeRangeNewestFirst) {
  for (int day = 1; day <= 9; ++day) {
    PutOne(Record(MakeReport(absl::StrCat("r", day), day % 2 ? "AP" : "AFP",
                             absl::StrCat("2021-05-0", day, "T10:00:00Z"),
                             "text")));
  }
  ListQuery query;
  query.source = "AP";
  query.published_after = testing::Time("2021-05-03T10:00:00Z");
  query.published_before = testing::Time("2021-05-09T10:00:00Z");
  query.newest_first = true;
  query.page_size = 2;

  absl::StatusOr<ListPage> first = store_->List(query);
  ASSERT_THAT(first, IsOk());
  EXPECT_THAT(IdsOf(first->reports), ElementsAre("r7", "r5"));
  query.page_token = first->next_page_token;
  absl::StatusOr<ListPage> second = store_->List(query);
  ASSERT_THAT(second, IsOk());
  EXPECT_THAT(IdsOf(second->reports), ElementsAre("r3"));
  EXPECT_THAT(second->next_page_token, IsEmpty());
}

TEST_P(ReportStoreTest, PageTokenOfAnotherQueryIsRejected) {
  for (int day = 1; day <= 3; ++day) {
    PutOne(Record(MakeReport(absl::StrCat("r", day), "AP",
                             absl::StrCat("2021-05-0", day, "T10:00:00Z"),
                             "text")));
  }
  ListQuery query;
  query.page_size = 1;
  const std::string token = store_->List(query)->next_page_token;
  ASSERT_THAT(token, ::testing::Not(IsEmpty()));

  ListQuery other_source = query;
  other_source.source = "AFP";
  other_source.page_token = token;
  EXPECT_THAT(
      store_->List(other_source),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_token")));
  ListQuery garbage = query;
  garbage.page_token = "not a token";
  EXPECT_THAT(store_->List(garbage),
              StatusIs(absl::StatusCode::kInvalidArgument));
  ListQuery too_big = query;
  too_big.page_size = kMaxPageSize + 1;
  EXPECT_THAT(
      store_->List(too_big),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_size")));
}

TEST_P(ReportStoreTest, ReopenKeepsEverything) {
  PutOne(Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "43."),
                {NumericClaim("deaths", "Gaza", 43),
                 Quote("Antony Blinken", kBlinkenQuote)}));

  Reopen();

  EXPECT_THAT(store_->Get("r1"), IsOk());
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), SizeIs(1));
  EXPECT_THAT(*store_->QuotesBy("Antony Blinken", {}), SizeIs(1));
  EXPECT_THAT(IdsOf(store_->List(ListQuery())->reports), ElementsAre("r1"));
}

// Reopening moves RocksDB's claims from the write-ahead log into tables,
// where lookups go through Bloom filters of their subjects.

TEST_P(ReportStoreTest, WritersRacingOnOneNewIdCreateItOnce) {
  const StoredReport record =
      Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "43 dead."),
             {NumericClaim("deaths", "Gaza", 43),
              Quote("Antony Blinken", kBlinkenQuote)});
  constexpr int kWriters = 4;
  std::vector<PutOutcome> outcomes(kWriters);
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      absl::StatusOr<std::vector<PutOutcome>> put = store_->Put({record});
      ASSERT_THAT(put, IsOk());
      outcomes[w] = put->front();
    });
  }
  for (std::thread& writer : writers) writer.join();

  EXPECT_EQ(std::count(outcomes.begin(), outcomes.end(), PutOutcome::kCreated),
            1);
  EXPECT_EQ(
      std::count(outcomes.begin(), outcomes.end(), PutOutcome::kUnchanged),
      kWriters - 1);
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", {}), SizeIs(1));
  EXPECT_THAT(*store_->QuotesSharingWords(kBlinkenQuote, {}), SizeIs(1));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportStoreTest,
                         ::testing::Values(Backend::kRocksDb,
                                           Backend::kPostgres),
                         BackendName);

}  // namespace
}  // namespace factcheck::store
