// A fresh, empty directory per test under the test's temporary directory.
#ifndef FACTCHECK_TESTS_TESTING_TEMP_DIR_H_
#define FACTCHECK_TESTS_TESTING_TEMP_DIR_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck::testing {

// TempDir()/<suite>.<test>[_suffix], removed first if a previous run left
// it. Call from inside a test.
std::string FreshTestDir(absl::string_view suffix = "");

// FreshTestDir, created empty: for tests that write files of their own into it.
std::string EmptyTestDir(absl::string_view suffix = "");

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_TEMP_DIR_H_
