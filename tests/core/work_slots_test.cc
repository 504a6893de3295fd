#include "server/core/work_slots.h"

#include <optional>
#include <thread>

#include "absl/synchronization/notification.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/core/retry_hint.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::core {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;

TEST(WorkSlotsTest, ExcessCallsWaitForATurnAndBeyondTheQueueAreRefused) {
  WorkSlots slots(/*running=*/2, /*waiting=*/1);
  absl::StatusOr<WorkSlots::Slot> first = slots.Acquire(Call(), "Verify");
  absl::StatusOr<WorkSlots::Slot> second = slots.Acquire(Call(), "Verify");
  ASSERT_THAT(first, IsOk());
  ASSERT_THAT(second, IsOk());

  absl::Notification admitted;
  std::thread waiter([&] {
    absl::StatusOr<WorkSlots::Slot> third = slots.Acquire(Call(), "Verify");
    EXPECT_THAT(third, IsOk());
    admitted.Notify();
  });
  while (slots.counts().waiting == 0) std::this_thread::yield();
  const absl::StatusOr<WorkSlots::Slot> refused =
      slots.Acquire(Call(), "Verify");
  EXPECT_THAT(refused, StatusIs(absl::StatusCode::kResourceExhausted,
                                HasSubstr("retry in 100 ms")));
  EXPECT_EQ(RetryAfterOf(refused.status()), absl::Milliseconds(100))
      << "the refusal carries the hint each face of the server sends";
  EXPECT_FALSE(admitted.HasBeenNotified()) << "no slot is free yet";

  { WorkSlots::Slot done = *std::move(first); }
  admitted.WaitForNotification();
  waiter.join();
  const WorkSlots::Counts counts = slots.counts();
  EXPECT_EQ(counts.admitted, 3);
  EXPECT_EQ(counts.refused, 1);
  EXPECT_EQ(counts.waiting, 0u);
}

TEST(WorkSlotsTest, AWaitingCallerWhoLeavesGivesUpItsPlace) {
  WorkSlots slots(/*running=*/1, /*waiting=*/4);
  absl::StatusOr<WorkSlots::Slot> busy = slots.Acquire(Call(), "Verify");
  ASSERT_THAT(busy, IsOk());
  const Call impatient(nullptr, absl::Now() + absl::Milliseconds(120));
  const absl::StatusOr<WorkSlots::Slot> late =
      slots.Acquire(impatient, "Verify");
  EXPECT_THAT(
      late, StatusIs(absl::StatusCode::kDeadlineExceeded, HasSubstr("Verify")));
  EXPECT_EQ(RetryAfterOf(late.status()), std::nullopt)
      << "a caller who left is told nothing about retrying";
  EXPECT_EQ(slots.counts().waiting, 0u);
}

}  // namespace
}  // namespace factcheck::core
