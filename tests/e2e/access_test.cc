// factcheckd with tokens and TLS, as a process: reflection follows the
// tokens, SIGHUP re-reads them, and no client can flood the log.
#include <signal.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_reflection_v1.grpc.pb.h"
#include "tests/testing/client_context.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/files.h"
#include "tests/testing/grpc_reflection.grpc.pb.h"
#include "tests/testing/temp_dir.h"
#include "tests/testing/test_certificates.h"

namespace factcheck {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::FactcheckdProcess;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kReaderToken[] = "reader-token-0123456789";

std::string TokensFile(const std::string& contents) {
  const std::string path = testing::EmptyTestDir("tokens") + "/tokens";
  std::ofstream(path) << contents;
  return path;
}

// The services reflection lists to a caller with `token` (none when empty),
// over either version of the protocol; empty when the call fails.
template <typename ServerReflection, typename Request, typename Response>
std::vector<std::string> ReflectedServices(const std::string& address,
                                           const std::string& token) {
  auto reflection = ServerReflection::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
  auto context = ClientContextWithDeadline();
  if (!token.empty()) {
    context->AddMetadata("authorization", absl::StrCat("Bearer ", token));
  }
  auto stream = reflection->ServerReflectionInfo(context.get());
  Request request;
  request.set_list_services("");
  stream->Write(request);
  stream->WritesDone();
  Response response;
  std::vector<std::string> names;
  while (stream->Read(&response)) {
    for (const auto& service : response.list_services_response().service()) {
      names.push_back(service.name());
    }
  }
  if (!stream->Finish().ok()) return {};
  return names;
}

std::vector<std::string> ReflectedByV1Alpha(const std::string& address,
                                            const std::string& token) {
  return ReflectedServices<grpc::reflection::v1alpha::ServerReflection,
                           grpc::reflection::v1alpha::ServerReflectionRequest,
                           grpc::reflection::v1alpha::ServerReflectionResponse>(
      address, token);
}

std::vector<std::string> ReflectedByV1(const std::string& address,
                                       const std::string& token) {
  return ReflectedServices<grpc::reflection::v1::ServerReflection,
                           grpc::reflection::v1::ServerReflectionRequest,
                           grpc::reflection::v1::ServerReflectionResponse>(
      address, token);
}

grpc::StatusCode ListWithToken(const std::string& address,
                               const std::string& token) {
  auto stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
  auto context = ClientContextWithDeadline();
  context->AddMetadata("authorization", absl::StrCat("Bearer ", token));
  v1::ListReportsResponse response;
  return stub->ListReports(context.get(), v1::ListReportsRequest(), &response)
      .error_code();
}

TEST(FactcheckdAccessTest, ReflectionAnswersOnlyCallersWithAToken) {
  FactcheckdProcess server(
      testing::EmptyTestDir(),
      {absl::StrCat("--auth_tokens_file=",
                    TokensFile(absl::StrCat(kReaderToken, " reader\n")))});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  EXPECT_THAT(ReflectedByV1Alpha(server.address(), ""),
              Not(Contains("factcheck.v1.FactCheck")));
  EXPECT_THAT(ReflectedByV1Alpha(server.address(), kReaderToken),
              Contains("factcheck.v1.FactCheck"));
  EXPECT_THAT(ReflectedByV1(server.address(), ""),
              Not(Contains("factcheck.v1.FactCheck")));
  EXPECT_THAT(ReflectedByV1(server.address(), kReaderToken),
              Contains("factcheck.v1.FactCheck"));
}

TEST(FactcheckdAccessTest, SighupPutsTheRewrittenTokensFileInForce) {
  const std::string tokens =
      TokensFile(absl::StrCat(kReaderToken, " reader\n"));
  FactcheckdProcess server(testing::EmptyTestDir(),
                           {absl::StrCat("--auth_tokens_file=", tokens)});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  ASSERT_EQ(ListWithToken(server.address(), kReaderToken),
            grpc::StatusCode::OK);

  const std::string replacement = "replacement-token-0123456789";
  std::ofstream(tokens) << replacement << " reader\n";
  server.Signal(SIGHUP);
  const absl::Time give_up = absl::Now() + absl::Seconds(10);
  while (ListWithToken(server.address(), kReaderToken) ==
             grpc::StatusCode::OK &&
         absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(20));
  }
  EXPECT_EQ(ListWithToken(server.address(), kReaderToken),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ListWithToken(server.address(), replacement), grpc::StatusCode::OK);
  EXPECT_THAT(server.Stderr(), HasSubstr("SIGHUP, tokens re-read"));
  EXPECT_THAT(server.Stderr(), Not(HasSubstr(replacement)));
  EXPECT_EQ(server.Stop(SIGTERM), 0);
}

TEST(FactcheckdAccessTest, FailedHandshakesAndInvalidTextDoNotFloodTheLog) {
  absl::StatusOr<testing::TestCertificates> certificates =
      testing::MakeTestCertificates(testing::EmptyTestDir("certificates"));
  if (certificates.status().code() == absl::StatusCode::kUnavailable) {
    GTEST_SKIP() << "skipped: " << certificates.status().message();
  }
  ASSERT_TRUE(certificates.ok()) << certificates.status();
  FactcheckdProcess server(
      testing::EmptyTestDir(),
      {absl::StrCat("--tls_cert=", certificates->server_cert),
       absl::StrCat("--tls_key=", certificates->server_key)});
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  const std::string log_before = server.Stderr();
  const size_t lines_before =
      std::count(log_before.begin(), log_before.end(), '\n');

  constexpr int kAttempts = 60;
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = testing::ReadFile(certificates->ca_cert);
  const std::string tls_address = absl::StrCat(
      "localhost:", server.address().substr(server.address().rfind(':') + 1));
  auto tls_stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(tls_address, grpc::SslCredentials(ssl)));
  for (int i = 0; i < kAttempts; ++i) {
    // A fresh plaintext channel per attempt: one failed TLS handshake each.
    grpc::ChannelArguments fresh;
    fresh.SetInt("factcheck.test.attempt", i);
    auto plaintext = grpc::CreateCustomChannel(
        server.address(), grpc::InsecureChannelCredentials(), fresh);
    plaintext->WaitForConnected(
        absl::ToChronoTime(absl::Now() + absl::Milliseconds(20)));
    auto context = ClientContextWithDeadline();
    v1::ExtractClaimsRequest request;
    request.set_text(absl::StrCat("At least ", i, " killed \xC3\x28 here."));
    v1::ExtractClaimsResponse response;
    EXPECT_EQ(
        tls_stub->ExtractClaims(context.get(), request, &response).error_code(),
        grpc::StatusCode::INVALID_ARGUMENT);
  }
  const std::string log = server.Stderr();
  const size_t lines_after = std::count(log.begin(), log.end(), '\n');
  EXPECT_LE(lines_after - lines_before, 25u) << log;
  EXPECT_EQ(server.Stop(SIGTERM), 0);
}

}  // namespace
}  // namespace factcheck
