#include "client/output.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::client {
namespace {

using ::testing::HasSubstr;

TEST(OutputTest, TableColumnsLineUpAcrossMultibyteText) {
  EXPECT_EQ(Table({"A", "B"}, {{"caf\xC3\xA9", "1"}, {"xy", "22"}}),
            "A     B\n"
            "caf\xC3\xA9  1\n"
            "xy    22\n");
}

TEST(OutputTest, LongCellsAreCutAtACharacterBoundary) {
  const std::string row = Table({"A"}, {{std::string(79, 'a') + "\xC3\xA9z"}});
  EXPECT_THAT(row, HasSubstr(std::string(79, 'a') + "\xE2\x80\xA6"));
}

TEST(OutputTest, JsonUsesProtoFieldNames) {
  v1::ReportSummary summary;
  summary.set_id("r1");
  summary.mutable_published_at()->set_seconds(1620900000);
  const std::string json = ToJsonLine(summary);
  EXPECT_THAT(json, HasSubstr("\"published_at\":\"2021-05-13T10:00:00Z\""));
  EXPECT_THAT(json, HasSubstr("\"id\":\"r1\""));
}

}  // namespace
}  // namespace factcheck::client
