#include "server/core/work_slots.h"

#include <optional>
#include <string>
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

TEST(WorkSlotsTest, SubmittedWorkRunsOnTheCallersThreadWhenNothingIsAtWork) {
  WorkSlots slots(/*running=*/1, /*waiting=*/1);
  std::thread::id ran_on;
  slots.Submit(Call(), "Verify", [&](absl::Status turn) {
    EXPECT_THAT(turn, IsOk());
    EXPECT_EQ(slots.counts().running, 1u) << "it holds a turn";
    ran_on = std::this_thread::get_id();
  });
  EXPECT_EQ(ran_on, std::this_thread::get_id());
  EXPECT_EQ(slots.counts().admitted, 1);
  EXPECT_EQ(slots.counts().running, 0u) << "the turn is back";
}

TEST(WorkSlotsTest, SubmittedWorkRunsOnTheGatesThreadsBesideOtherWork) {
  WorkSlots slots(/*running=*/2, /*waiting=*/1);
  std::optional<WorkSlots::Slot> busy;
  busy.emplace(*slots.Acquire(Call(), "Verify"));
  absl::Notification ran;
  std::thread::id ran_on;
  slots.Submit(Call(), "Verify", [&](absl::Status turn) {
    EXPECT_THAT(turn, IsOk());
    ran_on = std::this_thread::get_id();
    ran.Notify();
  });
  ran.WaitForNotification();
  EXPECT_NE(ran_on, std::this_thread::get_id()) << "the caller went on";
  EXPECT_EQ(slots.counts().admitted, 2);
}

TEST(WorkSlotsTest, SubmittedWorkWaitsInTheSameQueueAsBlockedCallers) {
  WorkSlots slots(/*running=*/1, /*waiting=*/2);
  std::optional<WorkSlots::Slot> busy;
  busy.emplace(*slots.Acquire(Call(), "Verify"));
  absl::Mutex mutex;
  std::vector<std::string> served;
  std::thread blocked([&] {
    absl::StatusOr<WorkSlots::Slot> turn = slots.Acquire(Call(), "Verify");
    EXPECT_THAT(turn, IsOk());
    absl::MutexLock lock(&mutex);
    served.push_back("blocked");
  });
  while (slots.counts().waiting == 0) std::this_thread::yield();
  absl::Notification submitted_ran;
  slots.Submit(Call(), "Verify", [&](absl::Status turn) {
    EXPECT_THAT(turn, IsOk());
    {
      absl::MutexLock lock(&mutex);
      served.push_back("submitted");
    }
    submitted_ran.Notify();
  });
  EXPECT_EQ(slots.counts().waiting, 2u);

  absl::Status refusal;
  slots.Submit(Call(), "Verify",
               [&](absl::Status turn) { refusal = std::move(turn); });
  EXPECT_THAT(refusal, StatusIs(absl::StatusCode::kResourceExhausted,
                                HasSubstr("retry in 100 ms")))
      << "refused at once, on the submitting thread, with the queue full";
  EXPECT_EQ(RetryAfterOf(refusal), absl::Milliseconds(100));

  busy.reset();
  blocked.join();
  submitted_ran.WaitForNotification();
  EXPECT_THAT(served, ::testing::ElementsAre("blocked", "submitted"));
}

TEST(WorkSlotsTest, QueuedWorkWhoseCallerLeftGetsTheCallersStatus) {
  WorkSlots slots(/*running=*/1, /*waiting=*/1);
  std::optional<WorkSlots::Slot> busy;
  busy.emplace(*slots.Acquire(Call(), "Verify"));
  absl::Notification answered;
  absl::Status status;
  slots.Submit(Call([] { return true; }, absl::InfiniteFuture()), "Verify",
               [&](absl::Status turn) {
                 status = std::move(turn);
                 answered.Notify();
               });
  busy.reset();
  answered.WaitForNotification();
  EXPECT_THAT(status,
              StatusIs(absl::StatusCode::kCancelled, HasSubstr("Verify")));
  while (slots.counts().running != 0) std::this_thread::yield();
  EXPECT_THAT(slots.Acquire(Call(), "Verify"), IsOk())
      << "the departed call's turn is free again";
}

}  // namespace
}  // namespace factcheck::core
