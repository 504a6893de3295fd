#include "client/inputs.h"

#include <filesystem>
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
  const std::string one = testing::FreshTestDir() + "-1.txt";
  const std::string two = testing::FreshTestDir() + "-2.txt";
  std::ofstream(one) << "First.";
  std::ofstream(two) << "Second.";
  EXPECT_THAT(ReadDocuments({one, two}, one_id, no_stdin),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("--id")));
  std::ofstream(one, std::ios::trunc).flush();
  EXPECT_THAT(ReadDocuments({one}, {}, no_stdin),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr(one + ": is empty")));
  std::ofstream(two) << "caf\xC3";
  EXPECT_THAT(
      ReadDocuments({two}, {}, no_stdin),
      StatusIs(absl::StatusCode::kInvalidArgument,
               HasSubstr("not valid UTF-8 (first bad byte at offset 3)")));
}

TEST(DocumentReaderTest, MalformedLineIsAnItemNamingItAndReadingGoesOn) {
  const std::string path = testing::FreshTestDir() + ".jsonl";
  std::ofstream(path) << R"({"id":"a","text":"one"})"
                      << "\n{oops\n\n"
                      << R"({"id":"c","text":"three"})"
                      << "\n";
  std::istringstream no_stdin;
  DocumentReader reader({path}, {}, no_stdin);
  std::optional<InputDocument> first = reader.Next();
  std::optional<InputDocument> second = reader.Next();
  std::optional<InputDocument> third = reader.Next();
  ASSERT_TRUE(first && second && third);
  EXPECT_EQ(first->report->id(), "a");
  EXPECT_EQ(second->origin, path + ":2");
  EXPECT_THAT(second->report.status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr(path + ":2: not a report")));
  EXPECT_EQ(third->origin, path + ":4");
  EXPECT_EQ(third->report->id(), "c");
  EXPECT_FALSE(reader.Next().has_value());
}

TEST(DocumentReaderTest, DirectoryGivesItsTextFilesInNameOrder) {
  const std::string directory = testing::FreshTestDir();
  std::filesystem::create_directories(directory);
  std::ofstream(directory + "/b.txt") << "Second.";
  std::ofstream(directory + "/a.txt") << "First.";
  std::ofstream(directory + "/notes.md") << "Not a document.";
  std::istringstream no_stdin;
  DocumentReader reader({directory}, {}, no_stdin);
  std::optional<InputDocument> a = reader.Next();
  std::optional<InputDocument> b = reader.Next();
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->report->id(), "a");
  EXPECT_EQ(a->report->text(), "First.");
  EXPECT_EQ(b->report->id(), "b");
  EXPECT_FALSE(reader.Next().has_value());
  EXPECT_EQ(CountDocuments({directory}), 2u);
}

TEST(DocumentReaderTest, StandardInputMayBeJsonl) {
  std::istringstream stdin_jsonl(R"({"id":"x","text":"one"})"
                                 "\n"
                                 R"({"id":"y","text":"two"})");
  DocumentReader reader({"-"}, {}, stdin_jsonl, /*stdin_jsonl=*/true);
  std::optional<InputDocument> x = reader.Next();
  std::optional<InputDocument> y = reader.Next();
  ASSERT_TRUE(x && y);
  EXPECT_EQ(y->origin, "stdin:2");
  EXPECT_EQ(y->report->text(), "two");
  EXPECT_FALSE(reader.Next().has_value());
  EXPECT_EQ(CountDocuments({"-"}), std::nullopt);
}

TEST(DocumentReaderTest, JsonlDirectoriesAndJsonlStdinHoldManyDocuments) {
  const std::string directory = testing::FreshTestDir();
  std::filesystem::create_directories(directory);
  EXPECT_TRUE(HoldsManyDocuments({"day.jsonl"}, false));
  EXPECT_TRUE(HoldsManyDocuments({"a.txt", directory}, false));
  EXPECT_TRUE(HoldsManyDocuments({"-"}, /*stdin_jsonl=*/true));
  EXPECT_FALSE(HoldsManyDocuments({"-", "a.txt"}, false));
}

TEST(DocumentReaderTest, CountSkipsBlankLines) {
  const std::string path = testing::FreshTestDir() + ".jsonl";
  std::ofstream(path) << "{}\n  \n{}\n{}";
  EXPECT_EQ(CountDocuments({path, path}), 6u);
}

}  // namespace
}  // namespace factcheck::client
