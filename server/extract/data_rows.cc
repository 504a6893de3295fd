#include "server/extract/data_rows.h"

#include "absl/strings/str_split.h"

namespace factcheck::extract {

std::vector<std::vector<absl::string_view>> DataRows(absl::string_view tsv,
                                                     size_t min_fields) {
  std::vector<std::vector<absl::string_view>> rows;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() >= min_fields) rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace factcheck::extract
