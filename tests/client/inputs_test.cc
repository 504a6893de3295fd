#include "client/inputs.h"

#include <fstream>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace factcheck::client {
namespace {

using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;

TEST(InputsTest, JsonlLinesBecomeReportsAndFlagsFillTheGaps) {
  const std::string path = testing::FreshTestDir() + ".jsonl";
  std::ofstream(path)
      << R"({"id":"a","text":"one","published_at":"2021-05-11T10:00:00Z"})"
      << "\n   \n"
      << R"({"id":"b","source":"AFP","text":"two"})"
      << "\n";
  DocumentDefaults defaults;
  defaults.source = "AP";
  std::istringstream no_stdin;

  absl::StatusOr<std::vector<v1::Report>> reports =
      ReadDocuments({path}, defaults, no_stdin);

  ASSERT_TRUE(reports.ok()) << reports.status();
  ASSERT_EQ(reports->size(), 2);
  EXPECT_EQ((*reports)[0].source(), "AP");
  EXPECT_EQ((*reports)[0].published_at().seconds(), 1620727200);
  EXPECT_EQ((*reports)[1].source(), "AFP");
  EXPECT_FALSE((*reports)[1].has_published_at());
}

TEST(InputsTest, PlainTextFileIsNamedAfterItselfUnlessAnIdIsGiven) {
  const std::string path = testing::FreshTestDir() + ".txt";
  std::ofstream(path) << "At least 65 killed.";
  std::istringstream no_stdin;
  absl::StatusOr<std::vector<v1::Report>> reports =
      ReadDocuments({path}, {}, no_stdin);
  ASSERT_TRUE(reports.ok());
  EXPECT_EQ((*reports)[0].id(),
            "InputsTest.PlainTextFileIsNamedAfterItselfUnlessAnIdIsGiven");
  EXPECT_EQ((*reports)[0].text(), "At least 65 killed.");

  std::istringstream stdin_text("From a pipe.");
  DocumentDefaults named;
  named.id = "piped";
  reports = ReadDocuments({"-"}, named, stdin_text);
  ASSERT_TRUE(reports.ok());
  EXPECT_EQ((*reports)[0].id(), "piped");
  EXPECT_EQ((*reports)[0].text(), "From a pipe.");
}

TEST(InputsTest, BadInputNamesTheFileAndLine) {
  const std::string path = testing::FreshTestDir() + ".jsonl";
  std::ofstream(path) << R"({"id":"a","text":"fine"})"
                      << "\n"
                      << R"({"id":"b","colour":"red"})"
                      << "\n";
  std::istringstream no_stdin;
  EXPECT_THAT(
      ReadDocuments({path}, {}, no_stdin),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr(path + ":2:")));
  EXPECT_THAT(
      ReadDocuments({"/no/such/file"}, {}, no_stdin),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("/no/such/file")));
  DocumentDefaults one_id;
  one_id.id = "x";
  EXPECT_THAT(ReadDocuments({"-", "-"}, one_id, no_stdin),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("--id")));
}

}  // namespace
}  // namespace factcheck::client
