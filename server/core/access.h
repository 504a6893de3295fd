// Who may call what. factcheckd reads bearer tokens, each with a role, from a
// tokens file; a call's `authorization: Bearer <token>` header is checked
// against it before the call does anything.
//
// Tokens file: one token and one role per line, separated by spaces or tabs
// ("3f9a…c1 writer"); blank lines and lines starting with '#' are ignored.
// A reader may call every method that reads; a writer may also write
// (IngestReports, DeleteReport). Tokens are at least 16 printable ASCII
// characters. Neither the file's errors nor any status ever quote a token.
#ifndef FACTCHECK_SERVER_CORE_ACCESS_H_
#define FACTCHECK_SERVER_CORE_ACCESS_H_

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"

namespace factcheck::core {

enum class Role { kReader, kWriter };

// What a method needs from its caller.
enum class Access { kRead, kWrite };

inline constexpr size_t kMinTokenBytes = 16;

// The tokens of one tokens file.
class TokenTable {
 public:
  // InvalidArgument naming the line for a line without exactly a token and a
  // role, an unknown role, a token too short or not printable ASCII, or a
  // token listed twice. An empty table is valid (nobody may call).
  [[nodiscard]] static absl::StatusOr<TokenTable> Parse(
      absl::string_view contents);

  // The role of `token`; nullopt when it is not in the table. Takes the same
  // time whichever entry matches, or none: every entry's SHA-256 digest is
  // compared with CRYPTO_memcmp.
  std::optional<Role> RoleOf(absl::string_view token) const;

  size_t size() const { return entries_.size(); }

 private:
  using Digest = std::array<unsigned char, 32>;
  struct Entry {
    Digest digest;
    Role role;
  };
  static Digest DigestOf(absl::string_view token);

  std::vector<Entry> entries_;
};

// The tokens file a server runs with, re-read on request (SIGHUP). Thread-safe.
class AccessControl {
 public:
  // Reads `path`. NotFound / InvalidArgument (naming the file and line) when
  // it cannot be read or parsed.
  [[nodiscard]] static absl::StatusOr<std::unique_ptr<AccessControl>> Open(
      const std::string& path);

  // Reads the file again. On error the tokens in force stay in force and the
  // error says why; calls are never left without a table.
  absl::Status Reload();

  // Whether a call whose authorization header is `authorization` (nullopt
  // when absent) may do what `needed` says. Unauthenticated without a header,
  // with one that is not "Bearer <token>", or with an unknown token;
  // PermissionDenied for a reader's token on a method that writes. `method`
  // names the method in the message ("IngestReports").
  absl::Status Authorize(std::optional<absl::string_view> authorization,
                         Access needed, absl::string_view method) const;

 private:
  AccessControl(std::string path, TokenTable tokens);

  const std::string path_;
  mutable absl::Mutex mutex_;
  std::shared_ptr<const TokenTable> tokens_ ABSL_GUARDED_BY(mutex_);
};

}  // namespace factcheck::core

#endif  // FACTCHECK_SERVER_CORE_ACCESS_H_
