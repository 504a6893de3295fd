#include "server/core/work_slots.h"

#include <optional>
#include <thread>
#include <vector>

#include "absl/synchronization/mutex.h"
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

TEST(WorkSlotsTest, TurnsGoToWaitingCallsInTheOrderTheyCame) {
  WorkSlots slots(/*running=*/1, /*waiting=*/4);
  std::optional<WorkSlots::Slot> busy;
  busy.emplace(*slots.Acquire(Call(), "Verify"));
  absl::Mutex mutex;
  std::vector<int> served;
  std::vector<std::thread> waiters;
  for (int caller = 0; caller < 3; ++caller) {
    waiters.emplace_back([&, caller] {
      absl::StatusOr<WorkSlots::Slot> turn = slots.Acquire(Call(), "Verify");
      EXPECT_THAT(turn, IsOk());
      absl::MutexLock lock(&mutex);
      served.push_back(caller);
    });
    // The next caller comes only once this one waits.
    while (slots.counts().waiting < static_cast<size_t>(caller) + 1) {
      std::this_thread::yield();
    }
  }
  busy.reset();
  for (std::thread& waiter : waiters) waiter.join();
  EXPECT_THAT(served, ::testing::ElementsAre(0, 1, 2));
}

TEST(WorkSlotsTest, AFreedTurnIsNotTakenByACallArrivingBeforeTheWaiterWakes) {
  WorkSlots slots(/*running=*/1, /*waiting=*/1);
  std::optional<WorkSlots::Slot> busy;
  busy.emplace(*slots.Acquire(Call(), "Verify"));
  absl::Notification finish;
  std::thread waiter([&] {
    absl::StatusOr<WorkSlots::Slot> turn = slots.Acquire(Call(), "Verify");
    EXPECT_THAT(turn, IsOk());
    finish.WaitForNotification();
  });
  while (slots.counts().waiting == 0) std::this_thread::yield();

  busy.reset();
  // At once, whether or not the waiter's thread has run since.
  const WorkSlots::Counts handed_over = slots.counts();
  EXPECT_EQ(handed_over.running, 1u);
  EXPECT_EQ(handed_over.waiting, 0u);
  const Call newcomer(nullptr, absl::Now() + absl::Milliseconds(60));
  EXPECT_THAT(slots.Acquire(newcomer, "Verify"),
              StatusIs(absl::StatusCode::kDeadlineExceeded))
      << "the newcomer waits behind the call that waited first";
  finish.Notify();
  waiter.join();
}

}  // namespace
}  // namespace factcheck::core
