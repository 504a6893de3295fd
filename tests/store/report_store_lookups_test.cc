// The store's contract for lookups (by measure and place, by speaker, by a
// quotation's words, in batches, while writers race), pinned on each
// backend (report_store_fixture.h).
#include <atomic>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/index_values.h"
#include "store/report_store.h"
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

TEST_P(ReportStoreTest, NumericClaimsComeInPublishedOrderPerMeasureAndPlace) {
  PutOne(Record(MakeReport("late", "AP", "2021-05-13T10:00:00Z", "65."),
                {NumericClaim("deaths", "Gaza", 65)}));
  PutOne(Record(MakeReport("early", "AFP", "2021-05-11T10:00:00Z", "43."),
                {NumericClaim("deaths", "Gaza", 43)}));
  PutOne(Record(MakeReport("city", "AFP", "2021-05-12T10:00:00Z", "12."),
                {NumericClaim("deaths", "Gaza City", 12),
                 NumericClaim("injured", "Gaza", 300)}));

  const absl::StatusOr<std::vector<IndexedClaim>> gaza_deaths =
      store_->NumericClaimsOn("deaths", "Gaza", {});
  ASSERT_THAT(gaza_deaths, IsOk());
  EXPECT_THAT(ReportIdsOf(*gaza_deaths), ElementsAre("early", "late"));
  EXPECT_EQ((*gaza_deaths)[0].source(), "AFP");
  EXPECT_EQ((*gaza_deaths)[0].claim().numeric().quantity().value(), 43);
}

TEST_P(ReportStoreTest, ClaimWindowEndsAtTheCutoffAndKeepsTheMostRecent) {
  for (int day = 1; day <= 9; ++day) {
    PutOne(Record(MakeReport(absl::StrCat("r", day), "AP",
                             absl::StrCat("2021-05-0", day, "T10:00:00Z"), "t"),
                  {NumericClaim("deaths", "Gaza", day * 10),
                   Quote("Joe Biden", kBlinkenQuote)}));
  }
  ClaimWindow window;
  window.published_before = testing::Time("2021-05-07T10:00:00Z");
  window.limit = 3;
  EXPECT_THAT(ReportIdsOf(*store_->NumericClaimsOn("deaths", "Gaza", window)),
              ElementsAre("r4", "r5", "r6"));
  EXPECT_THAT(ReportIdsOf(*store_->QuotesBy("Joe Biden", window)),
              ElementsAre("r4", "r5", "r6"));
  EXPECT_THAT(ReportIdsOf(*store_->QuotesSharingWords(kBlinkenQuote, window)),
              ElementsAre("r4", "r5", "r6"));
}

TEST_P(ReportStoreTest, SameWordsAreFoundWhoeverSaidThem) {
  PutOne(Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "q"),
                {Quote("Antony Blinken", kBlinkenQuote)}));
  PutOne(Record(MakeReport("r2", "AFP", "2021-05-12T10:00:00Z", "q"),
                {Quote("Joe Biden", kBlinkenQuote)}));

  // Curly quotes, case and punctuation do not hide the match.
  const absl::StatusOr<std::vector<IndexedClaim>> found =
      store_->QuotesSharingWords(
          "\xE2\x80\x9Che will urge, ON MY BEHALF and on behalf of President "
          "Biden\xE2\x80\x9D",
          {});
  ASSERT_THAT(found, IsOk());
  EXPECT_THAT(ReportIdsOf(*found), ElementsAre("r1", "r2"));
  EXPECT_EQ((*found)[1].claim().attributed().speaker(), "Joe Biden");
  EXPECT_THAT(ReportIdsOf(*store_->QuotesBy("Joe Biden", {})),
              ElementsAre("r2"));
  EXPECT_THAT(*store_->QuotesSharingWords("entirely different words here", {}),
              IsEmpty());
}

TEST_P(ReportStoreTest, QuoteOfNobodyNamedIsStoredButFoundByNoLookup) {
  PutOne(Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "q"),
                {Quote("", kBlinkenQuote)}));
  PutOne(Record(MakeReport("r2", "AFP", "2021-05-12T10:00:00Z", "q"),
                {Quote("Joe Biden", kBlinkenQuote)}));

  const absl::StatusOr<StoredReport> stored = store_->Get("r1");
  ASSERT_THAT(stored, IsOk());
  ASSERT_EQ(stored->claims_size(), 1);
  EXPECT_EQ(stored->claims(0).attributed().content(), kBlinkenQuote);
  // Only the quote of a named speaker is evidence.
  EXPECT_THAT(ReportIdsOf(*store_->QuotesSharingWords(kBlinkenQuote, {})),
              ElementsAre("r2"));
  EXPECT_THAT(*store_->QuotesBy("", {}), IsEmpty());
  // Words are still required.
  EXPECT_THAT(
      store_->Put({Record(MakeReport("r3", "AP", "2021-05-13T10:00:00Z", "q"),
                          {Quote("Joe Biden", "")})}),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("without content")));
}

TEST_P(ReportStoreTest,
       ReadsWhileReportsAreDeletedSeeEachReportWholeOrNotAtAll) {
  constexpr int kReports = 300;
  for (int i = 0; i < kReports; ++i) {
    PutOne(Record(MakeReport(absl::StrCat("r", i), "AP",
                             absl::StrCat("2021-05-11T10:", 10 + i / 60, ":",
                                          10 + i % 50, "Z"),
                             "q"),
                  {Quote("Antony Blinken", kBlinkenQuote)}));
  }
  std::atomic<bool> deleting{true};
  std::thread deleter([&] {
    for (int i = 0; i < kReports; ++i) {
      EXPECT_THAT(store_->Delete(absl::StrCat("r", i)), IsOk());
    }
    deleting = false;
  });
  int reads = 0;
  while (deleting || reads < 2) {
    ListQuery query;
    query.page_size = kMaxPageSize;
    const absl::StatusOr<ListPage> page = store_->List(query);
    ASSERT_THAT(page, IsOk());
    const absl::StatusOr<std::vector<IndexedClaim>> quotes =
        store_->QuotesSharingWords(kBlinkenQuote, {});
    ASSERT_THAT(quotes, IsOk());
    ++reads;
  }
  deleter.join();
  EXPECT_THAT(store_->List(ListQuery())->reports, IsEmpty());
}

TEST_P(ReportStoreTest, QuoteSharingMostWordsOutranksLaterOnesSharingFew) {
  PutOne(Record(MakeReport("said", "AP", "2021-03-01T10:00:00Z", "q"),
                {Quote("Lena Park",
                       "the ceasefire must hold and aid must "
                       "reach Gaza now")}));
  // Later quotes open with the same three words and share nothing else.
  for (int day = 1; day <= 9; ++day) {
    PutOne(Record(
        MakeReport(absl::StrCat("later", day), "AFP",
                   absl::StrCat("2021-05-0", day, "T10:00:00Z"), "q"),
        {Quote("Omar Haddad", absl::StrCat("the ceasefire must be respected "
                                           "by everyone, statement ",
                                           day))}));
  }
  ClaimWindow window;
  window.limit = 3;
  const absl::StatusOr<std::vector<IndexedClaim>> found =
      store_->QuotesSharingWords(
          "The ceasefire must hold and aid must reach Rafah now", window);
  ASSERT_THAT(found, IsOk());
  EXPECT_THAT(ReportIdsOf(*found), ElementsAre("said", "later8", "later9"));
}

TEST_P(ReportStoreTest, LookupsInStoredTablesKeepToTheirSubject) {
  PutOne(Record(
      MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t"),
      {NumericClaim("deaths", "Gaza", 43),
       NumericClaim("deaths", "Gaza City", 12), NumericClaim("deaths", "", 7),
       NumericClaim("injured", "Gaza", 300),
       Quote("Antony Blinken", kBlinkenQuote),
       Quote("Antony Blinke", "Entirely other words were said.")}));
  PutOne(Record(
      MakeReport("r2", "AFP", "2021-05-12T10:00:00Z", "t"),
      {NumericClaim("deaths", "Gaza", 50), Quote("Joe Biden", kBlinkenQuote)}));

  Reopen();

  EXPECT_THAT(ReportIdsOf(*store_->NumericClaimsOn("deaths", "Gaza", {})),
              ElementsAre("r1", "r2"));
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza City", {}), SizeIs(1));
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "", {}), SizeIs(1));
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaz", {}), IsEmpty());
  EXPECT_THAT(*store_->NumericClaimsOn("killed", "Gaza", {}), IsEmpty());
  EXPECT_THAT(*store_->QuotesBy("Antony Blinken", {}), SizeIs(1));
  EXPECT_THAT(*store_->QuotesBy("Antony Blink", {}), IsEmpty());
  EXPECT_THAT(ReportIdsOf(*store_->QuotesSharingWords(kBlinkenQuote, {})),
              ElementsAre("r1", "r2"));
}

TEST_P(ReportStoreTest, SpeakerIsFoundWithOrWithoutAccentsAndBySurname) {
  PutOne(Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t"),
                {Quote("Ant\xC3\xB3nio Guterres", kBlinkenQuote),
                 Quote("Health Ministry", "The hospitals are full.")}));
  PutOne(Record(MakeReport("r2", "AFP", "2021-05-12T10:00:00Z", "t"),
                {Quote("Guterres", "The violence must stop now.")}));

  Reopen();

  EXPECT_THAT(ReportIdsOf(*store_->QuotesBy("Antonio Guterres", {})),
              ElementsAre("r1"));
  EXPECT_THAT(ReportIdsOf(*store_->QuotesBy("Ant\xC3\xB3nio Guterres", {})),
              ElementsAre("r1"));
  // A text naming the speaker by surname alone finds both reports; one
  // naming them in full finds the full name's.
  EXPECT_THAT(ReportIdsOf(*store_->QuotesBy("Guterres", {})),
              ElementsAre("r1", "r2"));
  EXPECT_THAT(*store_->QuotesBy("guterres", {}), IsEmpty());
  EXPECT_THAT(*store_->QuotesBy("Health Ministry", {}), SizeIs(1));
}

TEST_P(ReportStoreTest, WindowBeforeEveryInstantFindsNothing) {
  PutOne(Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 43),
                 Quote("Antony Blinken", kBlinkenQuote)}));
  ClaimWindow window;
  window.published_before.emplace();
  window.published_before->set_seconds(std::numeric_limits<int64_t>::min());
  EXPECT_THAT(*store_->NumericClaimsOn("deaths", "Gaza", window), IsEmpty());
  EXPECT_THAT(*store_->QuotesBy("Antony Blinken", window), IsEmpty());
  EXPECT_THAT(*store_->QuotesSharingWords(kBlinkenQuote, window), IsEmpty());
}

// Each claim serialised, so that two answers compare field by field.
std::vector<std::string> Serialized(const std::vector<IndexedClaim>& claims) {
  std::vector<std::string> bytes;
  for (const IndexedClaim& claim : claims) {
    bytes.push_back(claim.SerializeAsString());
  }
  return bytes;
}
// The same of a batch's answer, each claim made whole (its `shown` fields
// merged back) as a single lookup returns it.
std::vector<std::string> Serialized(
    const std::vector<const IndexedClaim*>& claims) {
  std::vector<std::string> bytes;
  for (const IndexedClaim* claim : claims) {
    IndexedClaim whole = *claim;
    EXPECT_TRUE(MakeWhole(&whole));
    bytes.push_back(whole.SerializeAsString());
  }
  return bytes;
}

TEST_P(ReportStoreTest, BatchedLookupsAnswerAsEachSingleLookupDoes) {
  for (int day = 1; day <= 9; ++day) {
    PutOne(
        Record(MakeReport(absl::StrCat("r", day), day % 2 ? "AP" : "AFP",
                          absl::StrCat("2021-05-0", day, "T10:00:00Z"), "t"),
               {NumericClaim("deaths", day % 3 ? "Gaza" : "Israel", day * 10),
                Quote(day % 2 ? "Joe Biden" : "Antony Blinken", kBlinkenQuote),
                Quote("Lena Park",
                      absl::StrCat("the ceasefire must hold, day ", day))}));
  }
  ClaimWindow recent;
  recent.published_before = testing::Time("2021-05-07T10:00:00Z");
  recent.limit = 3;
  ClaimWindow before_everything;
  before_everything.published_before.emplace();
  before_everything.published_before->set_seconds(
      std::numeric_limits<int64_t>::min());
  const std::vector<LookupRequest> requests = {
      LookupRequest::NumericClaimsOn("deaths", "Gaza", {}),
      LookupRequest::QuotesBy("Joe Biden", recent),
      LookupRequest::QuotesSharingWords(kBlinkenQuote, recent),
      LookupRequest::NumericClaimsOn("deaths", "Israel", recent),
      LookupRequest::QuotesSharingWords("the ceasefire must hold", {}),
      LookupRequest::QuotesBy("Nobody Known", {}),
      LookupRequest::NumericClaimsOn("deaths", "Gaza", {}),
      LookupRequest::QuotesSharingWords("entirely different words here", {}),
      LookupRequest::NumericClaimsOn("deaths", "Gaza", before_everything),
      LookupRequest::QuotesSharingWords("", {}),
      // Quotes that earlier lookups of the batch found too.
      LookupRequest::QuotesSharingWords(kBlinkenQuote, {}),
      LookupRequest::QuotesBy("Antony Blinken", {}),
      // Shingles that earlier lookups of the batch scanned, in the same
      // window and (after another window) in an earlier one.
      LookupRequest::QuotesSharingWords("the ceasefire must hold, day 5", {}),
      LookupRequest::QuotesSharingWords(kBlinkenQuote, recent),
  };
  const absl::StatusOr<LookupAnswers> answers = store_->Lookups(requests);
  ASSERT_THAT(answers, IsOk());
  ASSERT_THAT(answers->claims, SizeIs(requests.size()));
  for (size_t i = 0; i < requests.size(); ++i) {
    const LookupRequest& request = requests[i];
    absl::StatusOr<std::vector<IndexedClaim>> single;
    switch (request.kind) {
      case LookupRequest::Kind::kNumericClaimsOn:
        single = store_->NumericClaimsOn(request.measure, request.location,
                                         request.window);
        break;
      case LookupRequest::Kind::kQuotesBy:
        single = store_->QuotesBy(request.speaker, request.window);
        break;
      case LookupRequest::Kind::kQuotesSharingWords:
        single = store_->QuotesSharingWords(request.content, request.window);
        break;
    }
    ASSERT_THAT(single, IsOk());
    EXPECT_EQ(Serialized(answers->claims[i]), Serialized(*single))
        << "lookups[" << i << "]";
  }
  EXPECT_THAT(ReportIdsOf(answers->claims[1]), ElementsAre("r1", "r3", "r5"));
  EXPECT_THAT(ReportIdsOf(answers->claims[2]), ElementsAre("r4", "r5", "r6"));
  EXPECT_THAT(answers->claims[4], SizeIs(9));
  EXPECT_THAT(answers->claims[5], IsEmpty());
  EXPECT_THAT(answers->claims[8], IsEmpty());
  EXPECT_THAT(answers->claims[10], SizeIs(9));
  EXPECT_THAT(answers->claims[12], SizeIs(9));
  EXPECT_THAT(ReportIdsOf(answers->claims[13]), ElementsAre("r4", "r5", "r6"));
}

// The RocksDB store keeps the claims its lookups parsed for later calls:
// a report stored again under the same id and time, whose index entries
// keep their keys, must be read as it now is.

TEST_P(ReportStoreTest, BatchedLookupsAfterAReplacementReadTheNewClaims) {
  PutOne(Record(MakeReport("r1", "Reuters", "2021-05-11T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 43),
                 Quote("Antony Blinken", kBlinkenQuote)}));
  const absl::StatusOr<LookupAnswers> before = LookUpGazaTollAndBlinken();
  ASSERT_THAT(before->claims[0], SizeIs(1));
  EXPECT_EQ(before->claims[0][0]->claim().numeric().quantity().value(), 43);

  EXPECT_EQ(PutOne(Record(MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "t"),
                          {NumericClaim("deaths", "Gaza", 50),
                           Quote("Antony Blinken", kBlinkenQuote)})),
            PutOutcome::kReplaced);
  const absl::StatusOr<LookupAnswers> after = LookUpGazaTollAndBlinken();
  ASSERT_THAT(after->claims[0], SizeIs(1));
  EXPECT_EQ(after->claims[0][0]->claim().numeric().quantity().value(), 50);
  for (size_t i = 1; i < 3; ++i) {
    ASSERT_THAT(after->claims[i], SizeIs(1)) << "lookups[" << i << "]";
    EXPECT_EQ(after->claims[i][0]->source(), "AP") << "lookups[" << i << "]";
  }
  // The claims read before the replacement are still there to read.
  EXPECT_EQ(before->claims[1][0]->source(), "Reuters");
}

// The RocksDB store remembers what its scans of a subject found: a report
// stored since, under the same subjects, must be found by the next batch.

TEST_P(ReportStoreTest, RepeatedLookupsFindTheReportsStoredSince) {
  PutOne(Record(MakeReport("r1", "Reuters", "2021-05-11T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 43),
                 Quote("Antony Blinken", kBlinkenQuote)}));
  for (int repeat = 0; repeat < 2; ++repeat) {
    const absl::StatusOr<LookupAnswers> before = LookUpGazaTollAndBlinken();
    for (size_t i = 0; i < 3; ++i) {
      EXPECT_THAT(ReportIdsOf(before->claims[i]), ElementsAre("r1"))
          << "lookups[" << i << "]";
    }
  }
  PutOne(Record(MakeReport("r2", "AP", "2021-05-12T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 50),
                 Quote("Antony Blinken", kBlinkenQuote)}));
  const absl::StatusOr<LookupAnswers> after = LookUpGazaTollAndBlinken();
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_THAT(ReportIdsOf(after->claims[i]), ElementsAre("r1", "r2"))
        << "lookups[" << i << "]";
  }
  ASSERT_THAT(store_->Delete("r1"), IsOk());
  const absl::StatusOr<LookupAnswers> deleted = LookUpGazaTollAndBlinken();
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_THAT(ReportIdsOf(deleted->claims[i]), ElementsAre("r2"))
        << "lookups[" << i << "]";
  }
}

// Batches racing a writer that adds reports see each as of one moment: as
// many claims on a measure and place as quotes by the speaker and quotes
// sharing the words, every report holding one of each, however the
// batches' scans are remembered between writes.

TEST_P(ReportStoreTest, LookupsRacingNewReportsReadOneMomentOfTheStore) {
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    for (int i = 0; i < 40; ++i) {
      ASSERT_THAT(
          store_->Put({Record(
              MakeReport(absl::StrCat("r", i), "AP",
                         absl::StrCat("2021-05-11T10:", 10 + i, ":00Z"), "t"),
              {NumericClaim("deaths", "Gaza", 43 + i),
               Quote("Antony Blinken", kBlinkenQuote)})}),
          IsOk());
    }
    writing = false;
  });
  int batches = 0;
  do {
    const absl::StatusOr<LookupAnswers> answers = LookUpGazaTollAndBlinken();
    ASSERT_THAT(answers, IsOk());
    ASSERT_EQ(answers->claims[0].size(), answers->claims[1].size())
        << "batch " << batches;
    ASSERT_EQ(answers->claims[0].size(), answers->claims[2].size())
        << "batch " << batches;
    ++batches;
  } while (writing);
  writer.join();
}

// The quotes a lookup by words finds are known by key alone, and the
// RocksDB store remembers which claim a key held: replacing or deleting a
// report, whose entries keep their keys when it is stored again, must end
// that.

TEST_P(ReportStoreTest, QuotesFoundByTheirWordsAreReadAsStoredNow) {
  const auto source_by_words = [&]() -> std::string {
    absl::StatusOr<LookupAnswers> answers =
        store_->Lookups({LookupRequest::QuotesSharingWords(kBlinkenQuote, {})});
    EXPECT_THAT(answers, IsOk());
    if (!answers.ok() || answers->claims[0].size() != 1) return "";
    return answers->claims[0][0]->source();
  };
  const auto put = [&](absl::string_view source) {
    PutOne(Record(MakeReport("r1", source, "2021-05-11T10:00:00Z", "t"),
                  {Quote("Antony Blinken", kBlinkenQuote)}));
  };
  put("Reuters");
  EXPECT_EQ(source_by_words(), "Reuters");
  EXPECT_EQ(source_by_words(), "Reuters");
  put("AP");
  EXPECT_EQ(source_by_words(), "AP");
  ASSERT_THAT(store_->Delete("r1"), IsOk());
  put("AFP");
  EXPECT_EQ(source_by_words(), "AFP");
}

// One batch reads one version of a report however often it is replaced
// meanwhile: its numeric claim and the quote found by words (by key, and
// perhaps remembered from an earlier batch) come from the same source.

TEST_P(ReportStoreTest, LookupsRacingReplacementsReadOneVersionOfAReport) {
  const auto put = [&](absl::string_view source) {
    return store_->Put(
        {Record(MakeReport("r1", source, "2021-05-11T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 43),
                 Quote("Antony Blinken", kBlinkenQuote)})});
  };
  ASSERT_THAT(put("AP"), IsOk());
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    for (int i = 0; i < 60; ++i) {
      ASSERT_THAT(put(i % 2 ? "AP" : "AFP"), IsOk());
    }
    writing = false;
  });
  int batches = 0;
  do {
    const absl::StatusOr<LookupAnswers> answers =
        store_->Lookups({LookupRequest::NumericClaimsOn("deaths", "Gaza", {}),
                         LookupRequest::QuotesSharingWords(kBlinkenQuote, {})});
    ASSERT_THAT(answers, IsOk());
    ASSERT_THAT(answers->claims[0], SizeIs(1));
    ASSERT_THAT(answers->claims[1], SizeIs(1));
    ASSERT_EQ(answers->claims[0][0]->source(), answers->claims[1][0]->source())
        << "batch " << batches;
    ++batches;
  } while (writing);
  writer.join();
}

TEST_P(ReportStoreTest, EmptyBatchOfLookupsHasAnEmptyAnswer) {
  PutOne(Record(MakeReport("r", "AP", "2021-05-11T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 43)}));
  const absl::StatusOr<LookupAnswers> answers = store_->Lookups({});
  ASSERT_THAT(answers, IsOk());
  EXPECT_THAT(answers->claims, IsEmpty());
}

TEST_P(ReportStoreTest,
       BatchWithAFieldItsKindDoesNotTakeIsRefusedNamingTheField) {
  PutOne(Record(MakeReport("r", "AP", "2021-05-11T10:00:00Z", "t"),
                {NumericClaim("deaths", "Gaza", 43)}));
  // A speaker filled in on a request left the default kind would otherwise
  // be answered as a lookup of deaths in "".
  LookupRequest speaker_on_numeric;
  speaker_on_numeric.speaker = "Joe Biden";
  EXPECT_THAT(
      store_->Lookups({LookupRequest::NumericClaimsOn("deaths", "Gaza", {}),
                       speaker_on_numeric}),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("lookups[1].speaker")));
  LookupRequest measure_on_quote = LookupRequest::QuotesBy("Joe Biden", {});
  measure_on_quote.measure = "deaths";
  EXPECT_THAT(store_->Lookups({measure_on_quote}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("lookups[0].measure")));
  LookupRequest no_kind = LookupRequest::QuotesBy("Joe Biden", {});
  no_kind.kind = static_cast<LookupRequest::Kind>(7);
  EXPECT_THAT(store_->Lookups({no_kind}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("lookups[0].kind")));
  // The store answers on afterwards.
  const absl::StatusOr<LookupAnswers> answers =
      store_->Lookups({LookupRequest::NumericClaimsOn("deaths", "Gaza", {})});
  ASSERT_THAT(answers, IsOk());
  EXPECT_THAT(ReportIdsOf(answers->claims.front()), ElementsAre("r"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportStoreTest,
                         ::testing::Values(Backend::kRocksDb,
                                           Backend::kPostgres),
                         BackendName);

}  // namespace
}  // namespace factcheck::store
