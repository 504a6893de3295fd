#include "tests/testing/temp_dir.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck::testing {

std::string FreshTestDir(absl::string_view suffix) {
  const ::testing::TestInfo* test =
      ::testing::UnitTest::GetInstance()->current_test_info();
  std::string dir = absl::StrCat(::testing::TempDir(), "/",
                                 test->test_suite_name(), ".", test->name());
  if (!suffix.empty()) absl::StrAppend(&dir, "_", suffix);
  std::filesystem::remove_all(dir);
  return dir;
}

std::string EmptyTestDir(absl::string_view suffix) {
  std::string dir = FreshTestDir(suffix);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace factcheck::testing
