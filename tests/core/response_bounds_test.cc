// Every request the API accepts can be answered: at the largest text the
// API allows, the response to the most claim-dense inputs stays under the
// server's default message limit, and a stored report reads back.
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/core/fact_checker.h"
#include "server/core/validation.h"
#include "tests/testing/checker_on_disk.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::core {
namespace {

// The server's default --max_message_bytes.
constexpr size_t kDefaultMessageBytes = 16 << 20;

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() + unit.size() <= bytes) text += unit;
  return text;
}

class ResponseBoundsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ResponseBoundsTest, LargestAllowedTextGetsAnAnswerUnderTheLimit) {
  FactChecker checker(nullptr);
  factcheck::v1::ExtractClaimsRequest request;
  request.set_text(Repeat(GetParam(), kMaxTextBytes));
  absl::StatusOr<factcheck::v1::ExtractClaimsResponse> response =
      checker.ExtractClaims(request);
  ASSERT_TRUE(response.ok()) << response.status();
  std::cerr << "ratio "
            << double(response->ByteSizeLong()) / request.text().size()
            << " for " << GetParam() << "\n";
  EXPECT_LT(response->ByteSizeLong(), kDefaultMessageBytes);
}

INSTANTIATE_TEST_SUITE_P(DenseInputs, ResponseBoundsTest,
                         ::testing::Values("5 killed. ",
                                           "at least 5 killed in Gaza, ",
                                           "Mr. A B said. ", "$5m ",
                                           "\"a b\" he said. "),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return absl::StrCat("input", info.index);
                         });

// A server run with a small --max_message_bytes.
constexpr size_t kSmallLimit = 64 << 10;

TEST(ResponseLimitTest, AnswerThatMayNotFitIsRefusedBeforeTheWork) {
  absl::StatusOr<testing::CheckerOnDisk> on_disk =
      testing::OpenCheckerOnDisk(kSmallLimit);
  ASSERT_THAT(on_disk, testing::IsOk());
  const FactChecker& checker = *on_disk->checker;

  factcheck::v1::ExtractClaimsRequest extract;
  extract.set_text(Repeat("At least 5 people were killed. ", 20 << 10));
  EXPECT_THAT(
      checker.ExtractClaims(extract),
      testing::StatusIs(
          absl::StatusCode::kResourceExhausted,
          ::testing::AllOf(::testing::HasSubstr("text"),
                           ::testing::HasSubstr("send at most 16384"),
                           ::testing::HasSubstr("--max_message_bytes"))));
  extract.set_text(Repeat("At least 5 people were killed. ", 8 << 10));
  EXPECT_THAT(checker.ExtractClaims(extract), testing::IsOk());

  factcheck::v1::ListReportsRequest list;
  list.set_page_size(1000);
  EXPECT_THAT(
      checker.ListReports(list),
      testing::StatusIs(absl::StatusCode::kResourceExhausted,
                        ::testing::HasSubstr("page_size (1000; at most")));
  list.set_page_size(10);
  EXPECT_THAT(checker.ListReports(list), testing::IsOk());

  factcheck::v1::SearchClaimsRequest search;
  search.set_speaker("Ana Ruiz");
  EXPECT_THAT(checker.SearchClaims(search),
              testing::StatusIs(absl::StatusCode::kResourceExhausted,
                                ::testing::HasSubstr("page_size (100;")));
}

TEST(ResponseLimitTest, VerdictsThatDoNotFitAreRefusedWithTheirSize) {
  absl::StatusOr<testing::CheckerOnDisk> on_disk =
      testing::OpenCheckerOnDisk(kSmallLimit);
  ASSERT_THAT(on_disk, testing::IsOk());
  factcheck::v1::VerifyDocumentRequest verify;
  verify.mutable_document()->set_text(
      Repeat("At least 5 people were killed in Gaza on Monday. ", 48 << 10));
  EXPECT_THAT(on_disk->checker->VerifyDocument(verify),
              testing::StatusIs(absl::StatusCode::kResourceExhausted,
                                ::testing::HasSubstr("verify it in parts")));
  verify.mutable_document()->set_text("At least 5 people were killed.");
  EXPECT_THAT(on_disk->checker->VerifyDocument(verify), testing::IsOk());
}

}  // namespace
}  // namespace factcheck::core
