// What keeps a client from flooding factcheckd's log.
#include "server/log_limit.h"

#include "gtest/gtest.h"

namespace factcheck::server {
namespace {

TEST(LogLimiterTest, BurstPassesThenLinesAreDroppedUntilThePeriodEnds) {
  LogLimiter limiter(3, absl::Seconds(60));
  const absl::Time start = absl::FromUnixSeconds(1000);
  int64_t dropped = -1;
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(limiter.Admit(start + absl::Seconds(i), &dropped));
    EXPECT_EQ(dropped, 0);
  }
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(limiter.Admit(start + absl::Seconds(10), &dropped));
  }
  ASSERT_TRUE(limiter.Admit(start + absl::Seconds(60), &dropped));
  EXPECT_EQ(dropped, 1000) << "the first line written says what was dropped";
  ASSERT_TRUE(limiter.Admit(start + absl::Seconds(61), &dropped));
  EXPECT_EQ(dropped, 0);
}

}  // namespace
}  // namespace factcheck::server
