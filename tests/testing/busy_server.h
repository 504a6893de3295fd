// Keeps a factcheckd's work gate full, for tests of what a busy server
// answers: callers on their own threads send long ExtractClaims calls over
// gRPC, one after another, until destroyed. With more callers than the
// server's --threads and no room to wait (--max_queued_calls 0), nearly
// every other call finds the gate full and is refused.
#ifndef FACTCHECK_TESTS_TESTING_BUSY_SERVER_H_
#define FACTCHECK_TESTS_TESTING_BUSY_SERVER_H_

#include <atomic>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace factcheck::testing {

class BusyServer {
 public:
  // Starts `callers` callers of the server at 127.0.0.1:`port`, each call
  // extracting the claims of `text_bytes` of text: the more, the longer a
  // turn stays taken, and the longer the destructor waits for the calls
  // under way (200 KiB takes most of a second on a busy 2-core machine).
  BusyServer(int port, int callers, size_t text_bytes = 200 << 10);
  // Stops the callers and waits for their calls to end.
  ~BusyServer();

  BusyServer(const BusyServer&) = delete;
  BusyServer& operator=(const BusyServer&) = delete;

 private:
  std::atomic<bool> stop_{false};
  std::vector<std::thread> callers_;
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_BUSY_SERVER_H_
