// What a gRPC client in any language expects of factcheckd beyond its own
// messages: undecodable requests are the caller's error.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/byte_buffer.h"
#include "gtest/gtest.h"
#include "server/server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::IsOk;
using ::testing::HasSubstr;

class GrpcConventionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.data_dir = testing::FreshTestDir();
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    ASSERT_THAT(started, IsOk());
    server_ = *std::move(started);
    channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                                   grpc::InsecureChannelCredentials());
  }

  // Sends `bytes` as the request of `method` ("/factcheck.v1.FactCheck/…").
  grpc::Status SendRaw(const std::string& method, const std::string& bytes) {
    grpc::GenericStub stub(channel_);
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

  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(GrpcConventionsTest, UndecodableRequestIsInvalidArgumentWithAMessage) {
  // A length-delimited field 1 that claims 100 bytes and carries 2.
  const grpc::Status status =
      SendRaw("/factcheck.v1.FactCheck/ExtractClaims", "\x0a\x64xy");
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("ExtractClaims"));
  EXPECT_THAT(status.error_message(), HasSubstr("not a"));
}

}  // namespace
}  // namespace factcheck::server
