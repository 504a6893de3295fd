// Invariants every fuzz harness asserts of what the extractors return, and
// the one way a harness fails: a message on stderr and abort(), which
// libFuzzer records as a crash with its input and the replay test reports.
#ifndef FACTCHECK_TESTS_FUZZ_FUZZ_CHECKS_H_
#define FACTCHECK_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <cstdio>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "server/extract/text.h"

namespace factcheck::fuzz {

[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void Check(bool holds, const char* what) {
  if (!holds) Fail(what);
}

// A span of `text`: in order and inside it. Empty spans at 0 are "none".
inline void CheckSpan(absl::string_view text, extract::Span span,
                      const char* what) {
  Check(span.begin <= span.end && span.end <= text.size(), what);
}

}  // namespace factcheck::fuzz

#endif  // FACTCHECK_TESTS_FUZZ_FUZZ_CHECKS_H_
