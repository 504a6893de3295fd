// Text tables for a person at a terminal: columns padded to their widest
// cell and, when a line would not fit the terminal, one column cut short
// ("…") and one wrapped onto further lines. The wrapped column is the one a
// reader must see whole (a verdict's reason: "attributed to Kamala Harris"),
// so it is never cut.
#ifndef FACTCHECK_CLIENT_TABLE_H_
#define FACTCHECK_CLIENT_TABLE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace factcheck::client {

struct TableLayout {
  // Characters per line; 0 for no limit (every cell whole, as --wide asks
  // and as a pipe gets).
  size_t width = 0;
  // The column cut short first when lines are too long.
  std::optional<size_t> elide;
  // The column wrapped onto further lines when cutting is not enough.
  std::optional<size_t> wrap;
};

// The narrowest a cut column and a wrapped column become.
inline constexpr size_t kMinElidedWidth = 16;
inline constexpr size_t kMinWrappedWidth = 24;

// One row per line (more for a wrapped cell); tabs and newlines in cells
// become spaces. Widths count characters (UTF-8 code points).
std::string Table(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows,
                  const TableLayout& layout = {});

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_TABLE_H_
