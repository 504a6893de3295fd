#include "tests/testing/files.h"

#include <fstream>
#include <sstream>

namespace factcheck::testing {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

}  // namespace factcheck::testing
