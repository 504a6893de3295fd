// How the RocksDB report store is opened.
#ifndef FACTCHECK_STORE_STORE_OPTIONS_H_
#define FACTCHECK_STORE_STORE_OPTIONS_H_

#include <cstddef>
#include <cstdint>

namespace factcheck::store {

struct StoreOptions {
  // fsync the write-ahead log before a write returns, so that acknowledged
  // writes survive a machine crash, not only a process crash. Default true.
  // One Put call is one fsync however many records it holds, so batching
  // keeps the cost low.
  bool sync_writes = true;

  // Create the data directory (and its parents) when it does not exist.
  // Default true.
  bool create_if_missing = true;

  // Free space the store keeps on its disk: a write that would leave less
  // is refused with RESOURCE_EXHAUSTED (reads go on), and a store opened
  // with less serves reads only. RocksDB needs the room to flush and
  // compact. Default 256 MiB.
  uint64_t min_free_disk_bytes = uint64_t{256} << 20;

  // RocksDB block cache for reads, in bytes. Default 64 MiB.
  size_t block_cache_bytes = size_t{64} << 20;

  // The memo of parsed claims that lookups share (parsed_claim_cache.h), in
  // bytes (estimated); 0 turns it off, and with it the memo of the keys they
  // were read under (claim_key_memo.h, about 6% more) and the memo of what
  // recent scans of the claim indexes found (scan_memo.h, an eighth more).
  // Default 64 MiB: some forty thousand claims, the recent ones of many
  // subjects.
  size_t parsed_claim_cache_bytes = size_t{64} << 20;
};

}  // namespace factcheck::store

#endif  // FACTCHECK_STORE_STORE_OPTIONS_H_
