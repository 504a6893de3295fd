#include "tests/testing/raw_call.h"

#include <condition_variable>
#include <mutex>
#include <utility>

#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/support/byte_buffer.h"
#include "tests/testing/client_context.h"

namespace factcheck::testing {

grpc::Status SendRawUnary(const std::shared_ptr<grpc::Channel>& channel,
                          const std::string& method, const std::string& bytes) {
  grpc::GenericStub stub(channel);
  auto context = ClientContextWithDeadline();
  grpc::Slice slice(bytes);
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  grpc::Status status;
  bool done = false;
  std::mutex mutex;
  std::condition_variable finished;
  stub.UnaryCall(context.get(), method, grpc::StubOptions(), &request,
                 &response, [&](grpc::Status answered) {
                   std::lock_guard<std::mutex> lock(mutex);
                   status = std::move(answered);
                   done = true;
                   finished.notify_one();
                 });
  std::unique_lock<std::mutex> lock(mutex);
  finished.wait(lock, [&] { return done; });
  return status;
}

}  // namespace factcheck::testing
