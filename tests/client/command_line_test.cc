#include "client/command_line.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::client {
namespace {

using ::factcheck::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Optional;

const std::vector<FlagSpec> kFlags = {
    {"server"}, {"id"}, {"newest_first", true}};

TEST(CommandLineTest, FlagsMayStandBeforeAndAfterTheCommand) {
  absl::StatusOr<CommandLine> parsed =
      ParseCommandLine({"--server=host:1", "ingest", "a.txt", "--id", "x",
                        "--newest_first", "b"},
                       kFlags);
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->positional, ElementsAre("ingest", "a.txt", "b"));
  EXPECT_THAT(parsed->Flag("server"), Optional(std::string("host:1")));
  EXPECT_THAT(parsed->Flag("id"), Optional(std::string("x")));
  EXPECT_THAT(parsed->Flag("newest_first"), Optional(std::string("true")));
  EXPECT_EQ(parsed->Flag("absent"), std::nullopt);
}

TEST(CommandLineTest, DashIsStandardInputAndDoubleDashEndsFlags) {
  absl::StatusOr<CommandLine> parsed =
      ParseCommandLine({"ingest", "-", "--", "--id"}, kFlags);
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->positional, ElementsAre("ingest", "-", "--id"));
}

TEST(CommandLineTest, MisuseIsReportedForTheUser) {
  EXPECT_THAT(ParseCommandLine({"--colour=red"}, kFlags),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("unknown flag --colour")));
  EXPECT_THAT(ParseCommandLine({"get", "--id"}, kFlags),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("--id needs a value")));
  EXPECT_THAT(
      ParseCommandLine({"--id=a", "--id=b"}, kFlags),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("given twice")));
}

}  // namespace
}  // namespace factcheck::client
