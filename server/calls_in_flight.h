// Counts the gRPC calls the server is serving, so that a shutdown can tell
// when the calls that do work are over and only idle connections are left.
// gRPC's own shutdown cannot: it waits for every call to end, health Watch
// streams included (they end only when their client leaves), and for every
// client to acknowledge its GOAWAY and close its connection (an idle client
// may poll it only seconds later). An idle server would wait out much or all
// of the grace.
#ifndef FACTCHECK_SERVER_CALLS_IN_FLIGHT_H_
#define FACTCHECK_SERVER_CALLS_IN_FLIGHT_H_

#include <cstdint>
#include <memory>

#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "grpcpp/support/server_interceptor.h"

namespace factcheck::server {

// Thread-safe.
class CallsInFlight {
 public:
  // Interceptors for the server (register before it starts; this must
  // outlive it) that count each call from the moment the server takes it
  // until gRPC frees it, however it ended, except health Watch streams
  // (grpc.health.v1.Health/Watch): they last as long as their client's
  // connection and do no work.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
  InterceptorFactory();

  // Waits until no counted call is in flight, or until `deadline`; true when
  // none is.
  bool AwaitNone(absl::Time deadline);

  // Called by the interceptors.
  void Add(int64_t delta);

 private:
  absl::Mutex mutex_;
  int64_t count_ ABSL_GUARDED_BY(mutex_) = 0;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_CALLS_IN_FLIGHT_H_
