#include "server/core/access.h"

#include <fstream>
#include <sstream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "openssl/crypto.h"
#include "openssl/evp.h"

namespace factcheck::core {
namespace {

constexpr absl::string_view kBearer = "Bearer ";

bool IsPrintableAscii(absl::string_view token) {
  for (char c : token) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

}  // namespace

TokenTable::Digest TokenTable::DigestOf(absl::string_view token) {
  Digest digest;
  unsigned int length = 0;
  EVP_Digest(token.data(), token.size(), digest.data(), &length, EVP_sha256(),
             nullptr);
  return digest;
}

absl::StatusOr<TokenTable> TokenTable::Parse(absl::string_view contents) {
  TokenTable table;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<absl::string_view> fields =
        absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    const std::string where = absl::StrCat("line ", line_number, ": ");
    if (fields.size() != 2) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, "expected a token and a role (reader or writer)"));
    }
    Entry entry;
    if (fields[1] == "reader") {
      entry.role = Role::kReader;
    } else if (fields[1] == "writer") {
      entry.role = Role::kWriter;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "the role must be reader or writer"));
    }
    if (fields[0].size() < kMinTokenBytes || !IsPrintableAscii(fields[0])) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "a token is at least ", kMinTokenBytes,
                       " printable ASCII characters"));
    }
    entry.digest = DigestOf(fields[0]);
    for (const Entry& listed : table.entries_) {
      if (listed.digest == entry.digest) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, "this token is listed twice"));
      }
    }
    table.entries_.push_back(entry);
  }
  return table;
}

std::optional<Role> TokenTable::RoleOf(absl::string_view token) const {
  const Digest digest = DigestOf(token);
  std::optional<Role> role;
  for (const Entry& entry : entries_) {
    // No early exit: the time taken says nothing of which entry matched.
    if (CRYPTO_memcmp(entry.digest.data(), digest.data(), digest.size()) == 0) {
      role = entry.role;
    }
  }
  return role;
}

namespace {

absl::StatusOr<TokenTable> ReadTokens(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return absl::NotFoundError(
        absl::StrCat("cannot read the tokens file ", path));
  }
  std::ostringstream contents;
  contents << file.rdbuf();
  absl::StatusOr<TokenTable> tokens = TokenTable::Parse(contents.str());
  if (!tokens.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ", ", tokens.status().message()));
  }
  return tokens;
}

}  // namespace

AccessControl::AccessControl(std::string path, TokenTable tokens)
    : path_(std::move(path)),
      tokens_(std::make_shared<const TokenTable>(std::move(tokens))) {}

absl::StatusOr<std::unique_ptr<AccessControl>> AccessControl::Open(
    const std::string& path) {
  absl::StatusOr<TokenTable> tokens = ReadTokens(path);
  if (!tokens.ok()) return tokens.status();
  return std::unique_ptr<AccessControl>(
      new AccessControl(path, *std::move(tokens)));
}

absl::Status AccessControl::Reload() {
  absl::StatusOr<TokenTable> tokens = ReadTokens(path_);
  if (!tokens.ok()) {
    return absl::Status(tokens.status().code(),
                        absl::StrCat(tokens.status().message(),
                                     "; the tokens read before stay in force"));
  }
  auto table = std::make_shared<const TokenTable>(*std::move(tokens));
  absl::MutexLock lock(&mutex_);
  tokens_ = std::move(table);
  return absl::OkStatus();
}

absl::Status AccessControl::Authorize(
    std::optional<absl::string_view> authorization, Access needed,
    absl::string_view method) const {
  if (!authorization.has_value()) {
    return absl::UnauthenticatedError(
        "this server needs a token: send the header 'authorization: Bearer "
        "<token>' (the factcheck CLI: --token or FACTCHECK_TOKEN)");
  }
  if (!absl::StartsWith(*authorization, kBearer)) {
    return absl::UnauthenticatedError(
        "the authorization header must be 'Bearer <token>'");
  }
  std::shared_ptr<const TokenTable> tokens;
  {
    absl::MutexLock lock(&mutex_);
    tokens = tokens_;
  }
  const std::optional<Role> role =
      tokens->RoleOf(authorization->substr(kBearer.size()));
  if (!role.has_value()) {
    return absl::UnauthenticatedError("the token is not valid on this server");
  }
  if (needed == Access::kWrite && *role != Role::kWriter) {
    return absl::PermissionDeniedError(absl::StrCat(
        method,
        " writes to the store and needs a writer's token; this token "
        "is a reader's"));
  }
  return absl::OkStatus();
}

}  // namespace factcheck::core
