// The rules of who may call what: the tokens file, roles, and the status a
// refused caller gets.
#include "server/core/access.h"

#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::core {
namespace {

using ::factcheck::testing::IsOk;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kReaderToken[] = "reader-token-0123456789";
constexpr char kWriterToken[] = "writer-token-9876543210";

std::string TokensFile(const std::string& contents) {
  const std::string path = testing::EmptyTestDir() + "/tokens";
  std::ofstream(path) << contents;
  return path;
}

TEST(TokenTableTest, ReadsTokensAndRolesSkippingCommentsAndBlankLines) {
  absl::StatusOr<TokenTable> table = TokenTable::Parse(
      absl::StrCat("# dashboards\n\n", kReaderToken, " reader\n  ",
                   kWriterToken, "\twriter  \n"));
  ASSERT_THAT(table, IsOk());
  EXPECT_EQ(table->size(), 2u);
  EXPECT_EQ(table->RoleOf(kReaderToken), Role::kReader);
  EXPECT_EQ(table->RoleOf(kWriterToken), Role::kWriter);
  EXPECT_EQ(table->RoleOf("reader-token-012345678"), std::nullopt);
  EXPECT_EQ(table->RoleOf(""), std::nullopt);
}

TEST(TokenTableTest, ErrorsNameTheLineAndNeverQuoteTheToken) {
  const std::string secret = "a-secret-token-that-must-not-leak";
  for (const std::string& line :
       {secret + " admin", secret, secret + " reader extra",
        std::string("short reader"), secret + "\x01 reader"}) {
    absl::StatusOr<TokenTable> table =
        TokenTable::Parse(absl::StrCat("# header\n", line, "\n"));
    ASSERT_FALSE(table.ok()) << line;
    EXPECT_EQ(table.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(table.status().message(), HasSubstr("line 2"));
    EXPECT_THAT(table.status().message(), Not(HasSubstr("secret")));
  }
}

TEST(TokenTableTest, TokenListedTwiceIsAnError) {
  absl::StatusOr<TokenTable> table = TokenTable::Parse(
      absl::StrCat(kReaderToken, " reader\n", kReaderToken, " writer\n"));
  ASSERT_FALSE(table.ok());
  EXPECT_THAT(table.status().message(), HasSubstr("listed twice"));
}

class AccessControlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = TokensFile(
        absl::StrCat(kReaderToken, " reader\n", kWriterToken, " writer\n"));
    absl::StatusOr<std::unique_ptr<AccessControl>> access =
        AccessControl::Open(path_);
    ASSERT_THAT(access, IsOk());
    access_ = *std::move(access);
  }

  absl::Status Authorize(std::optional<std::string> header, Access needed) {
    return access_->Authorize(header, needed, "IngestReports");
  }

  std::string path_;
  std::unique_ptr<AccessControl> access_;
};

TEST_F(AccessControlTest,
       CallWithoutTokenIsUnauthenticatedAndToldHowToSendOne) {
  const absl::Status status = Authorize(std::nullopt, Access::kRead);
  EXPECT_EQ(status.code(), absl::StatusCode::kUnauthenticated);
  EXPECT_THAT(status.message(), HasSubstr("authorization: Bearer <token>"));
}

TEST_F(AccessControlTest, UnknownOrMalformedTokenIsUnauthenticated) {
  for (const std::string& header :
       {std::string("Bearer not-a-known-token-at-all"),
        std::string(kReaderToken), absl::StrCat("Basic ", kReaderToken),
        std::string("Bearer ")}) {
    const absl::Status status = Authorize(header, Access::kRead);
    EXPECT_EQ(status.code(), absl::StatusCode::kUnauthenticated) << header;
    EXPECT_THAT(status.message(), Not(HasSubstr("not-a-known")));
  }
}

TEST_F(AccessControlTest, ReaderMayReadButNotWrite) {
  const std::string reader = absl::StrCat("Bearer ", kReaderToken);
  EXPECT_THAT(Authorize(reader, Access::kRead), IsOk());
  const absl::Status write = Authorize(reader, Access::kWrite);
  EXPECT_EQ(write.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(write.message(), HasSubstr("IngestReports"));
  EXPECT_THAT(write.message(), HasSubstr("writer"));
}

TEST_F(AccessControlTest, WriterMayReadAndWrite) {
  const std::string writer = absl::StrCat("Bearer ", kWriterToken);
  EXPECT_THAT(Authorize(writer, Access::kRead), IsOk());
  EXPECT_THAT(Authorize(writer, Access::kWrite), IsOk());
}

TEST_F(AccessControlTest, ReloadPutsTheRewrittenFileInForce) {
  const std::string replacement = "replacement-token-0123456789";
  std::ofstream(path_) << replacement << " writer\n";
  ASSERT_THAT(access_->Reload(), IsOk());
  EXPECT_EQ(
      Authorize(absl::StrCat("Bearer ", kWriterToken), Access::kRead).code(),
      absl::StatusCode::kUnauthenticated);
  EXPECT_THAT(Authorize(absl::StrCat("Bearer ", replacement), Access::kWrite),
              IsOk());
}

TEST_F(AccessControlTest, BrokenFileOnReloadLeavesTheTokensInForce) {
  std::ofstream(path_) << kWriterToken << " superuser\n";
  const absl::Status reloaded = access_->Reload();
  EXPECT_EQ(reloaded.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(reloaded.message(), HasSubstr("line 1"));
  EXPECT_THAT(reloaded.message(), HasSubstr("stay in force"));
  EXPECT_THAT(Authorize(absl::StrCat("Bearer ", kWriterToken), Access::kWrite),
              IsOk());
}

TEST(AccessControlOpenTest, MissingFileIsNotFoundNamingIt) {
  absl::StatusOr<std::unique_ptr<AccessControl>> access =
      AccessControl::Open("/nonexistent/tokens");
  ASSERT_FALSE(access.ok());
  EXPECT_EQ(access.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(access.status().message(), HasSubstr("/nonexistent/tokens"));
}

}  // namespace
}  // namespace factcheck::core
