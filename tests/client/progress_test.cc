#include "client/progress.h"

#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::client {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ProgressLineTest, KnownTotalShowsBarRateAndTimeLeft) {
  EXPECT_EQ(ProgressLine(500, 2000, absl::Seconds(10), 8),
            "[##......] 500/2,000  50.0/s  ETA 0:30");
}

TEST(ProgressLineTest, UnknownTotalShowsCountAndRateOnly) {
  EXPECT_EQ(ProgressLine(1234567, std::nullopt, absl::Seconds(2), 8),
            "1,234,567  617283.5/s");
}

TEST(ProgressLineTest, LongJobsCountHours) {
  EXPECT_THAT(ProgressLine(1, 10000, absl::Seconds(1), 0),
              HasSubstr("ETA 2:46:39"));
}

TEST(ProgressTest, LogGetsALineOnlyEveryInterval) {
  std::ostringstream log;
  const absl::Time start = absl::UnixEpoch();
  Progress progress(log, /*terminal=*/false, "documents", 100, absl::Seconds(5),
                    start);
  progress.Update(1, start + absl::Seconds(1));
  EXPECT_EQ(log.str(), "");
  progress.Update(10, start + absl::Seconds(5));
  progress.Update(11, start + absl::Seconds(6));
  EXPECT_EQ(log.str(), "progress: 10/100  2.0/s  ETA 0:45 documents\n");
}

TEST(ProgressTest, TerminalBarIsRedrawnInPlaceAndClearedAtTheEnd) {
  std::ostringstream terminal;
  const absl::Time start = absl::UnixEpoch();
  Progress progress(terminal, /*terminal=*/true, "documents", 4,
                    Progress::kLogInterval, start);
  progress.Update(2, start + absl::Seconds(1));
  EXPECT_THAT(terminal.str(), HasSubstr("\r"));
  EXPECT_THAT(terminal.str(), HasSubstr("2/4"));
  EXPECT_THAT(terminal.str(), Not(HasSubstr("\n")));
  progress.Finish();
  EXPECT_THAT(terminal.str(), testing::EndsWith("\r\x1b[K"));
}

}  // namespace
}  // namespace factcheck::client
