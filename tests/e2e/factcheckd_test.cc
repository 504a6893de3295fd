// factcheckd as a user runs it: a real process, stopped by signals, killed
// without warning, and asked by a second process for its data directory.
#include <signal.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "google/protobuf/descriptor.pb.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "protos/grpc_reflection_v1.grpc.pb.h"
#include "tests/testing/client_context.h"
#include "tests/testing/factcheckd_process.h"
#include "tests/testing/grpc_reflection.grpc.pb.h"
#include "tests/testing/records.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"

namespace factcheck {
namespace {

using ::factcheck::testing::ClientContextWithDeadline;
using ::factcheck::testing::FactcheckdProcess;
using ::testing::Contains;
using ::testing::HasSubstr;

std::unique_ptr<v1::FactCheck::Stub> StubFor(const FactcheckdProcess& server) {
  return v1::FactCheck::NewStub(grpc::CreateChannel(
      server.address(), grpc::InsecureChannelCredentials()));
}

grpc::Status IngestOne(v1::FactCheck::Stub* stub, const std::string& id) {
  v1::IngestReportsRequest request;
  *request.add_reports() = testing::MakeReport(id, "AP", "2021-05-11T10:00:00Z",
                                               "Death toll rises to 43.");
  v1::IngestReportsResponse response;
  return stub->IngestReports(ClientContextWithDeadline().get(), request,
                             &response);
}

grpc::StatusCode GetCode(v1::FactCheck::Stub* stub, const std::string& id) {
  v1::GetReportRequest request;
  request.set_id(id);
  v1::GetReportResponse response;
  return stub->GetReport(ClientContextWithDeadline().get(), request, &response)
      .error_code();
}

TEST(FactcheckdTest, SigtermStopsCleanlyAndKeepsTheData) {
  const std::string dir = testing::FreshTestDir();
  {
    FactcheckdProcess server(dir);
    ASSERT_FALSE(server.address().empty()) << server.Stderr();
    ASSERT_TRUE(IngestOne(StubFor(server).get(), "r1").ok());
    EXPECT_EQ(server.Stop(SIGTERM), 0) << server.Stderr();
    EXPECT_THAT(server.Stderr(), HasSubstr("store closed"));
  }
  FactcheckdProcess restarted(dir);
  ASSERT_FALSE(restarted.address().empty()) << restarted.Stderr();
  EXPECT_EQ(GetCode(StubFor(restarted).get(), "r1"), grpc::StatusCode::OK);
  EXPECT_EQ(restarted.Stop(SIGINT), 0);
}

TEST(FactcheckdTest, AcknowledgedIngestSurvivesAKilledProcess) {
  const std::string dir = testing::FreshTestDir();
  {
    FactcheckdProcess server(dir);
    ASSERT_FALSE(server.address().empty()) << server.Stderr();
    auto stub = StubFor(server);
    for (int i = 0; i < 20; ++i) {
      ASSERT_TRUE(IngestOne(stub.get(), absl::StrCat("r", i)).ok());
    }
    EXPECT_EQ(server.Stop(SIGKILL), -1);
  }
  FactcheckdProcess restarted(dir);
  ASSERT_FALSE(restarted.address().empty()) << restarted.Stderr();
  auto stub = StubFor(restarted);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(GetCode(stub.get(), absl::StrCat("r", i)), grpc::StatusCode::OK)
        << "r" << i;
  }
}

TEST(FactcheckdTest, KillsUnderConcurrentWritersLoseNoAcknowledgedReport) {
  constexpr int kCycles = 4;
  constexpr int kWriters = 4;
  const std::string dir = testing::FreshTestDir();
  // id -> text and claim count of every report a client saw acknowledged.
  std::map<std::string, std::pair<std::string, int>> acknowledged;
  for (int cycle = 0; cycle < kCycles; ++cycle) {
    FactcheckdProcess server(dir);
    ASSERT_FALSE(server.address().empty()) << server.Stderr();
    std::mutex mu;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back([&, w] {
        auto stub = StubFor(server);
        for (int i = 0;; ++i) {
          const std::string id = absl::StrCat("c", cycle, "w", w, "r", i);
          const std::string text =
              absl::StrCat("At least ", i + 3,
                           " people were killed in Gaza, officials "
                           "said. \"We are counting,\" said Ahmed Salah.");
          v1::IngestReportsRequest request;
          *request.add_reports() =
              testing::MakeReport(id, "AP", "2021-05-11T10:00:00Z", text);
          v1::IngestReportsResponse response;
          if (!stub->IngestReports(ClientContextWithDeadline().get(), request,
                                   &response)
                   .ok()) {
            return;  // the server is gone
          }
          std::lock_guard<std::mutex> lock(mu);
          acknowledged[id] = {text, response.results(0).claims()};
        }
      });
    }
    absl::SleepFor(absl::Milliseconds(300));
    EXPECT_EQ(server.Stop(SIGKILL), -1);
    for (std::thread& writer : writers) writer.join();
  }

  FactcheckdProcess restarted(dir);
  ASSERT_FALSE(restarted.address().empty()) << restarted.Stderr();
  auto stub = StubFor(restarted);
  ASSERT_GE(acknowledged.size(), static_cast<size_t>(kCycles * kWriters));
  for (const auto& [id, stored] : acknowledged) {
    v1::GetReportRequest request;
    request.set_id(id);
    v1::GetReportResponse response;
    ASSERT_TRUE(
        stub->GetReport(ClientContextWithDeadline().get(), request, &response)
            .ok())
        << id << " was acknowledged and is lost";
    EXPECT_EQ(response.report().text(), stored.first) << id;
    EXPECT_EQ(response.claims_size(), stored.second) << id;
  }
  // Every report the index lists reads back: no entry without its record.
  std::string token;
  size_t listed = 0;
  do {
    v1::ListReportsRequest request;
    request.set_page_size(1000);
    request.set_page_token(token);
    v1::ListReportsResponse response;
    ASSERT_TRUE(
        stub->ListReports(ClientContextWithDeadline().get(), request, &response)
            .ok());
    listed += response.reports_size();
    token = response.next_page_token();
  } while (!token.empty());
  EXPECT_GE(listed, acknowledged.size());
  // The claim indexes answer too: a verification reads them all.
  v1::VerifyDocumentRequest verify;
  verify.mutable_document()->set_text(
      "At least 5 people were killed in Gaza. \"We are counting,\" said "
      "Ahmed Salah.");
  v1::VerifyDocumentResponse verdicts;
  EXPECT_TRUE(
      stub->VerifyDocument(ClientContextWithDeadline().get(), verify, &verdicts)
          .ok());
}

TEST(FactcheckdTest, SecondProcessOnTheSameDirectoryExitsWithAClearMessage) {
  const std::string dir = testing::FreshTestDir();
  FactcheckdProcess first(dir);
  ASSERT_FALSE(first.address().empty()) << first.Stderr();

  const testing::CommandResult second = testing::RunCommand(
      {testing::RunfilePath("server/factcheckd"), "--listen=127.0.0.1:0",
       absl::StrCat("--data_dir=", dir)});

  EXPECT_EQ(second.exit_code, 1);
  EXPECT_THAT(second.stderr_text, HasSubstr(dir));
  EXPECT_THAT(second.stderr_text, HasSubstr("in use"));
  EXPECT_EQ(GetCode(StubFor(first).get(), "absent"),
            grpc::StatusCode::NOT_FOUND)
      << "the first server must keep serving";
}

TEST(FactcheckdTest, ReflectionListsTheServices) {
  FactcheckdProcess server(testing::FreshTestDir());
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  auto reflection =
      grpc::reflection::v1alpha::ServerReflection::NewStub(grpc::CreateChannel(
          server.address(), grpc::InsecureChannelCredentials()));
  auto context = ClientContextWithDeadline();
  auto stream = reflection->ServerReflectionInfo(context.get());
  grpc::reflection::v1alpha::ServerReflectionRequest request;
  request.set_list_services("");
  ASSERT_TRUE(stream->Write(request));
  grpc::reflection::v1alpha::ServerReflectionResponse response;
  ASSERT_TRUE(stream->Read(&response));
  stream->WritesDone();
  std::vector<std::string> names;
  for (const auto& service : response.list_services_response().service()) {
    names.push_back(service.name());
  }
  EXPECT_THAT(names, Contains("factcheck.v1.FactCheck"));
  EXPECT_THAT(names, Contains("grpc.health.v1.Health"));
  EXPECT_TRUE(stream->Finish().ok());
}

TEST(FactcheckdTest, ReflectionV1DescribesTheApi) {
  FactcheckdProcess server(testing::FreshTestDir());
  ASSERT_FALSE(server.address().empty()) << server.Stderr();
  auto reflection =
      grpc::reflection::v1::ServerReflection::NewStub(grpc::CreateChannel(
          server.address(), grpc::InsecureChannelCredentials()));
  auto context = ClientContextWithDeadline();
  auto stream = reflection->ServerReflectionInfo(context.get());
  grpc::reflection::v1::ServerReflectionRequest request;
  grpc::reflection::v1::ServerReflectionResponse response;

  request.set_list_services("");
  ASSERT_TRUE(stream->Write(request));
  ASSERT_TRUE(stream->Read(&response));
  std::vector<std::string> names;
  for (const auto& service : response.list_services_response().service()) {
    names.push_back(service.name());
  }
  EXPECT_THAT(names, Contains("factcheck.v1.FactCheck"));
  EXPECT_THAT(names, Contains("grpc.reflection.v1.ServerReflection"));

  request.set_file_containing_symbol("factcheck.v1.FactCheck");
  ASSERT_TRUE(stream->Write(request));
  ASSERT_TRUE(stream->Read(&response));
  std::vector<std::string> files;
  std::vector<std::string> methods;
  for (const std::string& bytes :
       response.file_descriptor_response().file_descriptor_proto()) {
    google::protobuf::FileDescriptorProto file;
    ASSERT_TRUE(file.ParseFromString(bytes));
    files.push_back(file.name());
    for (const auto& service : file.service()) {
      for (const auto& method : service.method()) {
        methods.push_back(method.name());
      }
    }
  }
  EXPECT_THAT(files, Contains("protos/factcheck_service.proto"));
  EXPECT_THAT(files, Contains("google/protobuf/timestamp.proto"))
      << "imports come with the file";
  EXPECT_THAT(methods, Contains("SearchClaims"));

  request.set_file_containing_symbol("factcheck.v1.NoSuchThing");
  ASSERT_TRUE(stream->Write(request));
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.error_response().error_code(),
            static_cast<int>(grpc::StatusCode::NOT_FOUND));

  request.Clear();
  ASSERT_TRUE(stream->Write(request));
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.error_response().error_code(),
            static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT))
      << "a request that asks nothing";
  stream->WritesDone();
  EXPECT_TRUE(stream->Finish().ok());
}

TEST(FactcheckdTest, HelpDocumentsEveryFlagAndExitsZero) {
  const testing::CommandResult help = testing::RunCommand(
      {testing::RunfilePath("server/factcheckd"), "--help"});
  EXPECT_EQ(help.exit_code, 0);
  const std::string& text = help.stdout_text;
  for (const char* flag :
       {"--listen", "--data_dir", "--max_message_bytes", "--threads",
        "--max_queued_calls", "--sync_writes", "--min_free_disk_mb",
        "--shutdown_grace", "--port_file", "--auth_tokens_file",
        "--insecure_allow_unauthenticated", "--tls_cert", "--tls_key",
        "--tls_client_ca"}) {
    EXPECT_THAT(text, HasSubstr(flag));
  }
}

}  // namespace
}  // namespace factcheck
