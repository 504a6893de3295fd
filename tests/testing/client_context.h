// A gRPC client context for tests: every call gets a deadline, so a server
// that stops answering fails the test instead of hanging it.
#ifndef FACTCHECK_TESTS_TESTING_CLIENT_CONTEXT_H_
#define FACTCHECK_TESTS_TESTING_CLIENT_CONTEXT_H_

#include <chrono>
#include <memory>

#include "grpcpp/client_context.h"

namespace factcheck::testing {

inline std::unique_ptr<grpc::ClientContext> ClientContextWithDeadline() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(10));
  return context;
}

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_CLIENT_CONTEXT_H_
