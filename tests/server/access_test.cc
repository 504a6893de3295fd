// Who may call what, and over which transport, served for real: factcheckd's
// server on 127.0.0.1 with a tokens file, TLS and mutual TLS (certificates
// made by openssl at test time), called by real stubs. Reflection and SIGHUP
// are tested on the factcheckd process (tests/e2e), which links no reflection
// protos of its own.
#include <fstream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_health.grpc.pb.h"
#include "server/server.h"
#include "tests/testing/client_context.h"
#include "tests/testing/files.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"
#include "tests/testing/test_certificates.h"

namespace factcheck::server {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::v1::FactCheck;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kReaderToken[] = "reader-token-0123456789";
constexpr char kWriterToken[] = "writer-token-9876543210";

// A unary call with `token` (none when empty) over `channel`.
template <typename Request, typename Response, typename Method>
grpc::Status CallWithToken(const std::shared_ptr<grpc::Channel>& channel,
                           Method method, const std::string& token,
                           const Request& request, Response* response) {
  auto stub = FactCheck::NewStub(channel);
  auto context = ClientContextWithDeadline();
  if (!token.empty()) {
    context->AddMetadata("authorization", absl::StrCat("Bearer ", token));
  }
  return (stub.get()->*method)(context.get(), request, response);
}

grpc::Status List(const std::shared_ptr<grpc::Channel>& channel,
                  const std::string& token,
                  v1::ListReportsResponse* response = nullptr) {
  v1::ListReportsResponse ignored;
  return CallWithToken(channel, &FactCheck::Stub::ListReports, token,
                       v1::ListReportsRequest(),
                       response == nullptr ? &ignored : response);
}

grpc::Status Ingest(const std::shared_ptr<grpc::Channel>& channel,
                    const std::string& token, const std::string& id) {
  v1::IngestReportsRequest request;
  *request.add_reports() =
      MakeReport(id, "AP", "2021-05-11T10:00:00Z", "At least 5 were killed.");
  v1::IngestReportsResponse response;
  return CallWithToken(channel, &FactCheck::Stub::IngestReports, token, request,
                       &response);
}

grpc::Status Health(const std::shared_ptr<grpc::Channel>& channel) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  auto context = ClientContextWithDeadline();
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  return stub->Check(context.get(), request, &response);
}

class TokenAccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tokens_file_ = testing::EmptyTestDir("tokens") + "/tokens";
    std::ofstream(tokens_file_) << kReaderToken << " reader\n"
                                << kWriterToken << " writer\n";
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.data_dir = testing::EmptyTestDir();
    options.auth_tokens_file = tokens_file_;
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    ASSERT_THAT(started, IsOk());
    server_ = *std::move(started);
    channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                                   grpc::InsecureChannelCredentials());
  }

  std::string tokens_file_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(TokenAccessTest, ReadsNeedAReadersOrWritersToken) {
  const grpc::Status anonymous = List(channel_, "");
  EXPECT_EQ(anonymous.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_THAT(anonymous.error_message(), HasSubstr("Bearer"));
  EXPECT_EQ(List(channel_, "not-a-token-of-this-server").error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(List(channel_, kReaderToken).ok());
  EXPECT_TRUE(List(channel_, kWriterToken).ok());
}

TEST_F(TokenAccessTest, WritesNeedAWritersTokenAndARefusedOneStoresNothing) {
  const grpc::Status refused = Ingest(channel_, kReaderToken, "by-reader");
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_THAT(refused.error_message(), HasSubstr("IngestReports"));
  EXPECT_EQ(Ingest(channel_, "", "anonymous").error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  v1::ListReportsResponse listed;
  ASSERT_TRUE(List(channel_, kReaderToken, &listed).ok());
  EXPECT_EQ(listed.reports_size(), 0) << "a refused ingest wrote a report";

  ASSERT_TRUE(Ingest(channel_, kWriterToken, "by-writer").ok());
  v1::DeleteReportRequest remove;
  remove.set_id("by-writer");
  v1::DeleteReportResponse removed;
  EXPECT_EQ(CallWithToken(channel_, &FactCheck::Stub::DeleteReport,
                          kReaderToken, remove, &removed)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  ASSERT_TRUE(List(channel_, kReaderToken, &listed).ok());
  EXPECT_EQ(listed.reports_size(), 1) << "a refused delete removed a report";
}

TEST_F(TokenAccessTest, HealthAnswersWithoutAToken) {
  EXPECT_TRUE(Health(channel_).ok());
}

TEST_F(TokenAccessTest, ReloadedTokensFileIsInForceAtOnce) {
  const std::string replacement = "replacement-token-0123456789";
  std::ofstream(tokens_file_) << replacement << " reader\n";
  ASSERT_THAT(server_->ReloadTokens(), IsOk());
  EXPECT_EQ(List(channel_, kReaderToken).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(List(channel_, replacement).ok());

  std::ofstream(tokens_file_) << "short reader\n";
  EXPECT_FALSE(server_->ReloadTokens().ok());
  EXPECT_TRUE(List(channel_, replacement).ok())
      << "a broken file must leave the tokens in force";
}

ServerOptions OptionsIn(const std::string& data_dir) {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.data_dir = data_dir;
  return options;
}

TEST(ServerAccessOptionsTest, BrokenTokensFileStopsTheStartNamingTheFlag) {
  const std::string dir = testing::EmptyTestDir();
  ServerOptions options = OptionsIn(dir + "/data");
  options.auth_tokens_file = dir + "/tokens";
  std::ofstream(options.auth_tokens_file) << "a-token-long-enough-1 admin\n";
  absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(started.status().message(), HasSubstr("--auth_tokens_file"));
  EXPECT_THAT(started.status().message(), HasSubstr("line 1"));
  EXPECT_THAT(started.status().message(), Not(HasSubstr("long-enough")));
}

TEST(ServerAccessOptionsTest,
     NonLoopbackAddressWithoutAuthenticationIsRefused) {
  // Refused before anything binds: the test opens no port to the network.
  for (const std::string listen : {"0.0.0.0:0", "[::]:0", "192.0.2.1:0"}) {
    ServerOptions options = OptionsIn(testing::EmptyTestDir());
    options.listen = listen;
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    ASSERT_FALSE(started.ok()) << listen;
    EXPECT_EQ(started.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(started.status().message(),
                HasSubstr("--insecure_allow_unauthenticated"));
  }
  for (const std::string listen : {"localhost:0", "[::1]:0", "127.0.0.1:0"}) {
    ServerOptions options = OptionsIn(testing::EmptyTestDir());
    options.listen = listen;
    EXPECT_THAT(Server::Start(options), IsOk()) << listen;
  }
}

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<testing::TestCertificates> made =
        testing::MakeTestCertificates(testing::EmptyTestDir("certificates"));
    if (made.status().code() == absl::StatusCode::kUnavailable) {
      GTEST_SKIP() << "TLS tests skipped: " << made.status().message();
    }
    ASSERT_THAT(made, IsOk());
    certificates_ = *std::move(made);
  }

  std::unique_ptr<Server> StartTls(bool require_client_certificates) {
    ServerOptions options = OptionsIn(testing::EmptyTestDir());
    options.tls_cert_file = certificates_.server_cert;
    options.tls_key_file = certificates_.server_key;
    if (require_client_certificates) {
      options.tls_client_ca_file = certificates_.ca_cert;
    }
    absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
    EXPECT_THAT(started, IsOk());
    return started.ok() ? *std::move(started) : nullptr;
  }

  std::shared_ptr<grpc::Channel> TlsChannel(const Server& server,
                                            bool with_client_certificate) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = testing::ReadFile(certificates_.ca_cert);
    if (with_client_certificate) {
      ssl.pem_cert_chain = testing::ReadFile(certificates_.client_cert);
      ssl.pem_private_key = testing::ReadFile(certificates_.client_key);
    }
    return grpc::CreateChannel(absl::StrCat("localhost:", server.port()),
                               grpc::SslCredentials(ssl));
  }

  testing::TestCertificates certificates_;
};

TEST_F(TlsTest, TlsServerAnswersTlsClientsAndNoPlaintextOnes) {
  std::unique_ptr<Server> server = StartTls(false);
  ASSERT_NE(server, nullptr);
  EXPECT_TRUE(List(TlsChannel(*server, false), "").ok());
  const auto plaintext =
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", server->port()),
                          grpc::InsecureChannelCredentials());
  EXPECT_EQ(List(plaintext, "").error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(TlsTest, MutualTlsAnswersOnlyClientsWithACertificateOfItsCa) {
  std::unique_ptr<Server> server = StartTls(true);
  ASSERT_NE(server, nullptr);
  EXPECT_TRUE(List(TlsChannel(*server, true), "").ok());
  EXPECT_EQ(List(TlsChannel(*server, false), "").error_code(),
            grpc::StatusCode::UNAVAILABLE);
}

TEST_F(TlsTest, KeyWithoutCertificateOrUnreadableFileStopsTheStart) {
  ServerOptions options = OptionsIn(testing::EmptyTestDir());
  options.tls_key_file = certificates_.server_key;
  absl::StatusOr<std::unique_ptr<Server>> started = Server::Start(options);
  ASSERT_FALSE(started.ok());
  EXPECT_THAT(started.status().message(), HasSubstr("--tls_cert"));

  options.tls_cert_file = "/nonexistent/server.pem";
  started = Server::Start(options);
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(started.status().message(), HasSubstr("/nonexistent/server.pem"));
}

}  // namespace
}  // namespace factcheck::server
