// SearchClaims through the real FactChecker on a RocksDB store: what a
// dashboard asks for a toll's history or a speaker's quotations.
#include "server/core/claim_search.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/core/fact_checker.h"
#include "tests/testing/checker_on_disk.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class ClaimSearchTest : public testing::CheckerOnDiskTest {
 protected:
  void Store(const std::string& id, const std::string& time,
             const std::string& text) {
    v1::IngestReportsRequest request;
    v1::Report* report = request.add_reports();
    *report = MakeReport(id, "Wire", time, text);
    report->set_url("https://example.org/" + id);
    ASSERT_THAT(checker_->IngestReports(request), IsOk());
  }

  static v1::SearchClaimsRequest Figures(const std::string& measure,
                                         const std::string& place) {
    v1::SearchClaimsRequest request;
    request.mutable_figures()->set_measure(measure);
    request.mutable_figures()->set_place(place);
    return request;
  }

  static std::vector<std::string> ReportIds(
      const v1::SearchClaimsResponse& response) {
    std::vector<std::string> ids;
    for (const v1::Evidence& claim : response.claims()) {
      ids.push_back(claim.report_id());
    }
    return ids;
  }
};

TEST_F(ClaimSearchTest, TollHistoryComesOldestFirstWithItsReports) {
  Store("day3", "2021-05-13T10:00:00Z",
        "At least 65 people have been killed in the Gaza Strip.");
  Store("day1", "2021-05-11T10:00:00Z",
        "The death toll in Gaza rose to 43 on Tuesday.");
  Store("day2", "2021-05-12T10:00:00Z", "At least 53 people died in Gaza.");
  Store("elsewhere", "2021-05-12T11:00:00Z", "Two people died in Lod.");

  absl::StatusOr<v1::SearchClaimsResponse> history =
      checker_->SearchClaims(Figures("deaths", "the Gaza Strip"));
  ASSERT_THAT(history, IsOk());
  EXPECT_THAT(ReportIds(*history), ElementsAre("day1", "day2", "day3"));
  std::vector<double> figures;
  for (const v1::Evidence& claim : history->claims()) {
    figures.push_back(claim.claim().numeric().quantity().lower());
  }
  EXPECT_THAT(figures, ElementsAre(43, 53, 65));
  EXPECT_EQ(history->claims(0).source(), "Wire");
  EXPECT_EQ(history->claims(0).url(), "https://example.org/day1");
  EXPECT_EQ(history->claims(0).published_at().seconds(), 1620727200);
  EXPECT_THAT(history->claims(0).excerpt(), HasSubstr("rose to 43"));
  EXPECT_TRUE(history->next_page_token().empty());
}

TEST_F(ClaimSearchTest, PagesGoOnInTimeOrderUntilTheLast) {
  for (int day = 1; day <= 5; ++day) {
    Store(absl::StrCat("day", day),
          absl::StrCat("2021-05-1", day, "T10:00:00Z"),
          absl::StrCat("At least ", 40 + day, " people died in Gaza."));
  }
  v1::SearchClaimsRequest request = Figures("deaths", "Gaza");
  request.set_page_size(2);
  std::vector<std::string> pages;
  for (int page = 0; page < 5; ++page) {
    absl::StatusOr<v1::SearchClaimsResponse> response =
        checker_->SearchClaims(request);
    ASSERT_THAT(response, IsOk());
    pages.push_back(absl::StrJoin(ReportIds(*response), ","));
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  EXPECT_THAT(pages, ElementsAre("day1,day2", "day3,day4", "day5"));
}

TEST_F(ClaimSearchTest, SpeakersQuotationsAndSharedWordsAreFound) {
  Store("q1", "2021-05-11T10:00:00Z",
        "\"We will rebuild every school in the district,\" Governor Ana Ruiz "
        "said.");
  Store("q2", "2021-05-12T10:00:00Z",
        "\"The bridge opens in June,\" Governor Ana Ruiz said on Tuesday.");
  v1::SearchClaimsRequest by_speaker;
  by_speaker.set_speaker("Ana Ruiz");
  absl::StatusOr<v1::SearchClaimsResponse> quotes =
      checker_->SearchClaims(by_speaker);
  ASSERT_THAT(quotes, IsOk());
  EXPECT_THAT(ReportIds(*quotes), ElementsAre("q1", "q2"));

  v1::SearchClaimsRequest by_words;
  by_words.set_words("rebuild every school in the district");
  absl::StatusOr<v1::SearchClaimsResponse> sharing =
      checker_->SearchClaims(by_words);
  ASSERT_THAT(sharing, IsOk());
  ASSERT_THAT(ReportIds(*sharing), ElementsAre("q1"));
  EXPECT_EQ(sharing->claims(0).claim().attributed().speaker(), "Ana Ruiz");
}

TEST_F(ClaimSearchTest, CutoffLeavesOutLaterReports) {
  Store("early", "2021-05-11T10:00:00Z", "At least 43 people died in Gaza.");
  Store("late", "2021-05-13T10:00:00Z", "At least 65 people died in Gaza.");
  v1::SearchClaimsRequest request = Figures("deaths", "Gaza");
  request.mutable_published_before()->set_seconds(1620800000);  // 12 May
  absl::StatusOr<v1::SearchClaimsResponse> response =
      checker_->SearchClaims(request);
  ASSERT_THAT(response, IsOk());
  EXPECT_THAT(ReportIds(*response), ElementsAre("early"));
}

TEST_F(ClaimSearchTest, BadRequestsNameTheField) {
  EXPECT_THAT(checker_->SearchClaims(v1::SearchClaimsRequest()),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("query")));
  EXPECT_THAT(checker_->SearchClaims(Figures("", "Gaza")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("figures.measure")));
  v1::SearchClaimsRequest request = Figures("deaths", "Gaza");
  request.set_page_size(0);
  EXPECT_THAT(
      checker_->SearchClaims(request),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_size")));
  request.set_page_size(core::kMaxSearchPageSize + 1);
  EXPECT_THAT(
      checker_->SearchClaims(request),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_size")));
  request.clear_page_size();
  request.set_page_token("c1.x.0.0");
  EXPECT_THAT(
      checker_->SearchClaims(request),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_token")));
  v1::SearchClaimsRequest speaker;
  speaker.set_speaker(std::string(300, 'a'));
  EXPECT_THAT(
      checker_->SearchClaims(speaker),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("speaker")));
  v1::SearchClaimsRequest bad_utf8;
  bad_utf8.set_words("\xff\xfe");
  EXPECT_THAT(checker_->SearchClaims(bad_utf8),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("words")));
}

}  // namespace
}  // namespace factcheck
