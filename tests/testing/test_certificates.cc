#include "tests/testing/test_certificates.h"

#include <filesystem>
#include <fstream>
#include <vector>

#include "absl/strings/str_cat.h"
#include "tests/testing/subprocess.h"

namespace factcheck::testing {
namespace {

// Runs openssl with `args`; its stderr in the error when it fails.
absl::Status OpenSsl(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/openssl"};
  argv.insert(argv.end(), args.begin(), args.end());
  const CommandResult result = RunCommand(argv);
  if (result.exit_code != 0) {
    return absl::InternalError(
        absl::StrCat("openssl ", args[0], " failed: ", result.stderr_text));
  }
  return absl::OkStatus();
}

// A P-256 key and a certificate for `subject`, signed by the CA, with the
// extensions in `extensions` (an openssl extfile).
absl::Status SignedCertificate(const std::string& dir, const std::string& name,
                               const std::string& subject,
                               const std::string& extensions,
                               const TestCertificates& ca) {
  const std::string key = absl::StrCat(dir, "/", name, ".key");
  const std::string request = absl::StrCat(dir, "/", name, ".csr");
  const std::string extfile = absl::StrCat(dir, "/", name, ".ext");
  std::ofstream(extfile) << extensions << "\n";
  if (absl::Status made =
          OpenSsl({"req", "-new", "-newkey", "ec", "-pkeyopt",
                   "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key,
                   "-out", request, "-subj", subject});
      !made.ok()) {
    return made;
  }
  return OpenSsl({"x509", "-req", "-in", request, "-CA", ca.ca_cert, "-CAkey",
                  absl::StrCat(dir, "/ca.key"), "-CAcreateserial", "-out",
                  absl::StrCat(dir, "/", name, ".pem"), "-days", "2",
                  "-extfile", extfile});
}

}  // namespace

absl::StatusOr<TestCertificates> MakeTestCertificates(const std::string& dir) {
  if (RunCommand({"/usr/bin/openssl", "version"}).exit_code != 0) {
    return absl::UnavailableError(
        "the openssl command is not installed (Debian package openssl)");
  }
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  TestCertificates files;
  files.ca_cert = dir + "/ca.pem";
  files.server_cert = dir + "/server.pem";
  files.server_key = dir + "/server.key";
  files.client_cert = dir + "/client.pem";
  files.client_key = dir + "/client.key";
  if (absl::Status made =
          OpenSsl({"req", "-x509", "-newkey", "ec", "-pkeyopt",
                   "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                   dir + "/ca.key", "-out", files.ca_cert, "-days", "2",
                   "-subj", "/CN=factcheck test CA"});
      !made.ok()) {
    return made;
  }
  if (absl::Status made =
          SignedCertificate(dir, "server", "/CN=localhost",
                            "subjectAltName=DNS:localhost,IP:127.0.0.1", files);
      !made.ok()) {
    return made;
  }
  if (absl::Status made =
          SignedCertificate(dir, "client", "/CN=factcheck test client",
                            "extendedKeyUsage=clientAuth", files);
      !made.ok()) {
    return made;
  }
  return files;
}

}  // namespace factcheck::testing
