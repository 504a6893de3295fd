// Fuzzes the whole ExtractClaims path, validation to response, with any
// bytes: invalid text is refused with INVALID_ARGUMENT, valid text answered
// with a response bounded by a multiple of the text (response_bounds_test
// pins the densest texts; this looks for others).
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "server/core/fact_checker.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using factcheck::fuzz::Check;
  static const factcheck::core::FactChecker* const checker =
      new factcheck::core::FactChecker(nullptr);
  factcheck::v1::ExtractClaimsRequest request;
  request.set_text(std::string(reinterpret_cast<const char*>(data), size));
  absl::StatusOr<factcheck::v1::ExtractClaimsResponse> response =
      checker->ExtractClaims(request);
  if (!response.ok()) {
    Check(response.status().code() == absl::StatusCode::kInvalidArgument,
          "bad text refused with a code other than INVALID_ARGUMENT");
    return 0;
  }
  // A claim repeats at most a sentence of its text plus fixed fields.
  Check(response->ByteSizeLong() <= 64 * size + 4096,
        "response out of proportion to the text");
  return 0;
}
