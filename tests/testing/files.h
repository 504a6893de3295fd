// Reading test data and process output from files.
#ifndef FACTCHECK_TESTS_TESTING_FILES_H_
#define FACTCHECK_TESTS_TESTING_FILES_H_

#include <string>

namespace factcheck::testing {

// The whole file's bytes; "" when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_FILES_H_
