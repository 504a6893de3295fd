#include "client/shards.h"

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace factcheck::client {

absl::StatusOr<Shard> ParseShard(absl::string_view text) {
  const std::vector<absl::string_view> parts = absl::StrSplit(text, '/');
  Shard shard;
  if (parts.size() != 2 || !absl::SimpleAtoi(parts[0], &shard.index) ||
      !absl::SimpleAtoi(parts[1], &shard.count) || shard.count == 0 ||
      shard.index >= shard.count) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--shard takes I/N with 0 <= I < N (e.g. 0/4 .. 3/4), not '", text,
        "'"));
  }
  return shard;
}

uint64_t ShardHash(absl::string_view id) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char byte : id) {
    hash ^= byte;
    hash *= 1099511628211ULL;
  }
  return hash;
}

}  // namespace factcheck::client
