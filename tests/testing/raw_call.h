// A unary call whose request is raw bytes, not a message: for what a
// server answers to bytes no stub would send.
#ifndef FACTCHECK_TESTS_TESTING_RAW_CALL_H_
#define FACTCHECK_TESTS_TESTING_RAW_CALL_H_

#include <memory>
#include <string>

#include "grpcpp/channel.h"
#include "grpcpp/support/status.h"

namespace factcheck::testing {

// Sends `bytes` as the request of `method` ("/factcheck.v1.FactCheck/…")
// with a 10-second deadline; the call's status.
grpc::Status SendRawUnary(const std::shared_ptr<grpc::Channel>& channel,
                          const std::string& method, const std::string& bytes);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TESTING_RAW_CALL_H_
