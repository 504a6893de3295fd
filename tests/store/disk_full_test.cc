// A store on a disk that fills up: writes are refused with a clear status
// and nothing half-written, reads go on, writes resume once space returns,
// and a store reopened on a full disk serves reads. The disk is a small
// tmpfs this test mounts (root, or a user namespace that allows it);
// elsewhere the test is skipped and says why.
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/rocksdb_store.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::store {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::NumericClaim;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr uint64_t kReserveBytes = uint64_t{1} << 20;

StoredReport Record(int i) {
  StoredReport record;
  // Some 40 KB of text per report: a few dozen fill a 4 MiB disk.
  std::string text;
  for (int k = 0; k < 400; ++k) {
    absl::StrAppend(&text, "At least ", i + k,
                    " people were killed in Peru, officials said. ");
  }
  *record.mutable_report() =
      MakeReport(absl::StrCat("r", i), "Wire", "2022-01-01T00:00:00Z", text);
  *record.add_claims() = NumericClaim("deaths", "Peru", i);
  return record;
}

class DiskFullTest : public ::testing::Test {
 protected:
  void SetUp() override {
    mount_point_ = testing::FreshTestDir();
    std::filesystem::create_directories(mount_point_);
    if (mount("tmpfs", mount_point_.c_str(), "tmpfs", 0, "size=4m") != 0) {
      GTEST_SKIP() << "cannot mount a small tmpfs here ("
                   << std::strerror(errno)
                   << "): the disk-full behaviour is not tested";
    }
    mounted_ = true;
    data_dir_ = mount_point_ + "/store";
  }

  void TearDown() override {
    store_.reset();
    if (mounted_) umount2(mount_point_.c_str(), MNT_DETACH);
  }

  void Open() {
    store_.reset();
    StoreOptions options;
    options.min_free_disk_bytes = kReserveBytes;
    absl::StatusOr<std::unique_ptr<ReportStore>> opened =
        OpenRocksDbStore(data_dir_, options);
    ASSERT_THAT(opened, IsOk());
    store_ = *std::move(opened);
  }

  void Resize(absl::string_view size) {
    const std::string options = absl::StrCat("size=", size);
    ASSERT_EQ(mount("tmpfs", mount_point_.c_str(), "tmpfs", MS_REMOUNT,
                    options.c_str()),
              0)
        << std::strerror(errno);
  }

  // Writes reports one by one until one is refused; returns how many were
  // stored and the refusal.
  absl::Status FillUp(int* stored) {
    for (*stored = 0; *stored < 1000; ++*stored) {
      absl::StatusOr<std::vector<PutOutcome>> put =
          store_->Put({Record(*stored)});
      if (!put.ok()) return put.status();
    }
    return absl::OkStatus();
  }

  std::string mount_point_;
  std::string data_dir_;
  bool mounted_ = false;
  std::unique_ptr<ReportStore> store_;
};

TEST_F(DiskFullTest, FullDiskRefusesWritesKeepsReadsAndResumesWithSpace) {
  Open();
  int stored = 0;
  const absl::Status refused = FillUp(&stored);
  ASSERT_GT(stored, 0);
  EXPECT_THAT(refused, StatusIs(absl::StatusCode::kResourceExhausted,
                                HasSubstr("disk is full")));
  // The refusal names no server path.
  EXPECT_THAT(std::string(refused.message()), Not(HasSubstr(mount_point_)));
  // Nothing of the refused report is stored; the others read back.
  EXPECT_THAT(store_->Get(absl::StrCat("r", stored)),
              StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(store_->Get("r0"), IsOk());
  EXPECT_THAT(store_->NumericClaimsOn("deaths", "Peru", ClaimWindow()), IsOk());

  Resize("64m");
  EXPECT_THAT(store_->Put({Record(stored)}), IsOk());
  EXPECT_THAT(store_->Get(absl::StrCat("r", stored)), IsOk());
}

TEST_F(DiskFullTest, StoreOpenedOnAFullDiskServesReads) {
  Open();
  ASSERT_THAT(store_->Put({Record(0)}), IsOk());
  store_.reset();
  {
    // Fill what is left.
    std::ofstream filler(mount_point_ + "/filler", std::ios::binary);
    const std::string block(1 << 16, 'x');
    while (filler.write(block.data(), block.size())) {
    }
  }
  Open();
  EXPECT_THAT(store_->Get("r0"), IsOk());
  EXPECT_THAT(store_->Put({Record(1)}),
              StatusIs(absl::StatusCode::kUnavailable,
                       HasSubstr("opened for reads only")));
}

}  // namespace
}  // namespace factcheck::store
