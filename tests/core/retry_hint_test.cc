#include "server/core/retry_hint.h"

#include <optional>

#include "gtest/gtest.h"

namespace factcheck::core {
namespace {

TEST(RetryHintTest, AHintSurvivesCopiesOfTheStatus) {
  const absl::Status refused = WithRetryAfter(
      absl::ResourceExhaustedError("busy"), absl::Milliseconds(250));
  const absl::Status copy = refused;
  EXPECT_EQ(RetryAfterOf(copy), absl::Milliseconds(250));
  EXPECT_EQ(copy.message(), "busy");
}

TEST(RetryHintTest, AStatusWithoutAHintHasNone) {
  EXPECT_EQ(RetryAfterOf(absl::ResourceExhaustedError("the disk is full")),
            std::nullopt);
}

}  // namespace
}  // namespace factcheck::core
