// Runs one fuzz harness (linked beside this file) over its seed corpus and
// every crash fuzzing ever found, without libFuzzer: the regression test that
// `bazel test` runs with the ordinary toolchain. The corpus directories are
// the test's arguments; a harness that breaks an invariant aborts the test.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::string>* corpus_directories = new std::vector<std::string>;

TEST(FuzzReplay, EverySeedAndEveryCrashFoundRunsClean) {
  ASSERT_FALSE(corpus_directories->empty()) << "no corpus directory given";
  size_t inputs = 0;
  for (const std::string& directory : *corpus_directories) {
    ASSERT_TRUE(std::filesystem::is_directory(directory)) << directory;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
      if (!entry.is_regular_file()) continue;
      const std::string input =
          factcheck::testing::ReadFile(entry.path().string());
      SCOPED_TRACE(entry.path().string());
      EXPECT_EQ(
          LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()),
                                 input.size()),
          0);
      ++inputs;
    }
  }
  EXPECT_GT(inputs, 0u) << "the corpus is empty";
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i) corpus_directories->push_back(argv[i]);
  return RUN_ALL_TESTS();
}
