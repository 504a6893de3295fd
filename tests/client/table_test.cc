#include "client/table.h"

#include <string>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::client {
namespace {

using ::testing::HasSubstr;

// Characters, not bytes: "…" is one.
size_t Columns(absl::string_view line) {
  size_t columns = 0;
  for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return columns;
}

TEST(TableTest, ColumnsLineUpAcrossMultibyteText) {
  EXPECT_EQ(Table({"A", "B"}, {{"caf\xC3\xA9", "1"}, {"xy", "22"}}),
            "A     B\n"
            "caf\xC3\xA9  1\n"
            "xy    22\n");
}

TEST(TableTest, WithoutAWidthEveryCellIsWhole) {
  const std::string long_cell(300, 'a');
  EXPECT_THAT(Table({"A", "B"}, {{long_cell, "b"}}), HasSubstr(long_cell));
}

TEST(TableTest, NarrowTerminalCutsOneColumnAndWrapsTheOther) {
  const std::string claim(100, 'c');
  const std::string reason =
      "these words were attributed to Kamala Harris (Daily Courier, 12 May "
      "2021), not Joe Biden";
  const std::string table =
      Table({"CLAIM", "WHY"}, {{claim, reason}}, {60, 0, 1});
  std::string rejoined;
  for (absl::string_view line :
       absl::StrSplit(table, '\n', absl::SkipEmpty())) {
    EXPECT_LE(Columns(line), 60u) << line;
    if (line.rfind("CLAIM", 0) == 0) continue;
    const size_t why = line.find_first_not_of(' ', line.find(' '));
    if (!rejoined.empty()) rejoined += ' ';
    rejoined += std::string(line.substr(why));
  }
  EXPECT_EQ(rejoined, reason) << table;
  EXPECT_THAT(
      table, HasSubstr(std::string(kMinElidedWidth - 1, 'c') + "\xE2\x80\xA6"));
}

TEST(TableTest, ACellWithoutSpacesIsBrokenAtTheWidth) {
  const std::string table =
      Table({"A", "B"}, {{"a", std::string(50, 'b')}}, {30, std::nullopt, 1});
  for (absl::string_view line :
       absl::StrSplit(table, '\n', absl::SkipEmpty())) {
    EXPECT_LE(Columns(line), 30u) << line;
  }
  EXPECT_THAT(table, HasSubstr(std::string(kMinWrappedWidth, 'b')));
}

}  // namespace
}  // namespace factcheck::client
