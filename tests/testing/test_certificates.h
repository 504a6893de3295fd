// Throwaway TLS material for tests, made with the openssl command at test
// time: a CA, a server certificate for localhost and 127.0.0.1, and a client
// certificate, all signed by the CA and valid for two days.
#ifndef FACTCHECK_TESTS_TESTING_TEST_CERTIFICATES_H_
#define FACTCHECK_TESTS_TESTING_TEST_CERTIFICATES_H_

#include <string>

#include "absl/status/statusor.h"

namespace factcheck::testing {

// Paths of PEM files.
struct TestCertificates {
  std::string ca_cert;
  std::string server_cert;
  std::string server_key;
  std::string client_cert;
  std::string client_key;
};

// Writes the files under `dir` (created when missing). Unavailable when openssl
// cannot be run (the caller skips, saying so); Internal when it fails.
absl::StatusOr<TestCertificates> MakeTestCertificates(const std::string& dir);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_TEST_CERTIFICATES_H_
