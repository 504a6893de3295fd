// Which of N shards a document belongs to, so that N batch jobs (a
// Kubernetes Indexed Job, or `xargs -P`) over the same input each verify
// a disjoint part of it and together all of it, once.
//
// The hash is FNV-1a, 64 bits, over the bytes of the document's id (offset
// basis 14695981039346656037, prime 1099511628211), reduced modulo N. It is
// part of the command line's contract: it never changes, on any machine, so
// that a job restarted (or resumed) takes the same documents.
#ifndef FACTCHECK_CLIENT_SHARDS_H_
#define FACTCHECK_CLIENT_SHARDS_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck::client {

// Shard `index` of `count`: 0 <= index < count.
struct Shard {
  uint64_t index = 0;
  uint64_t count = 1;
};

// Parses "i/N" (--shard): InvalidArgument unless 0 <= i < N.
[[nodiscard]] absl::StatusOr<Shard> ParseShard(absl::string_view text);

// FNV-1a 64 of `id`.
uint64_t ShardHash(absl::string_view id);

// Whether the document with `id` belongs to `shard`.
inline bool InShard(absl::string_view id, const Shard& shard) {
  return ShardHash(id) % shard.count == shard.index;
}

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_SHARDS_H_
