#include "client/table.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace factcheck::client {
namespace {

bool StartsCharacter(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

// Display width in characters: UTF-8 continuation bytes take no column.
size_t Width(const std::string& text) {
  return std::count_if(text.begin(), text.end(), StartsCharacter);
}

// The byte offset where character `characters` of `text` starts (or its
// size).
size_t ByteOfCharacter(const std::string& text, size_t characters) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (StartsCharacter(text[i]) && seen++ == characters) return i;
  }
  return text.size();
}

std::string Elided(const std::string& text, size_t width) {
  if (Width(text) <= width) return text;
  return absl::StrCat(text.substr(0, ByteOfCharacter(text, width - 1)),
                      "\xE2\x80\xA6");
}

// `text` in lines of at most `width` characters, broken at spaces where
// there are any.
std::vector<std::string> Wrapped(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::string rest = text;
  while (Width(rest) > width) {
    size_t cut = ByteOfCharacter(rest, width);
    const size_t space = rest.rfind(' ', cut);
    if (space != std::string::npos && space > 0) cut = space;
    lines.push_back(rest.substr(0, cut));
    rest = rest.substr(cut);
    if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
  }
  lines.push_back(rest);
  return lines;
}

}  // namespace

std::string Table(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows,
                  const TableLayout& layout) {
  std::vector<std::vector<std::string>> cells = {headers};
  for (const std::vector<std::string>& row : rows) {
    std::vector<std::string>& line = cells.emplace_back();
    for (const std::string& cell : row) {
      line.push_back(absl::StrReplaceAll(cell, {{"\n", " "}, {"\t", " "}}));
    }
  }
  const size_t columns = headers.size();
  std::vector<size_t> widths(columns, 0);
  for (const auto& line : cells) {
    for (size_t c = 0; c < line.size() && c < columns; ++c) {
      widths[c] = std::max(widths[c], Width(line[c]));
    }
  }
  // Narrow the cut column, then the wrapped one, until the lines fit.
  if (layout.width > 0) {
    size_t total = 2 * (columns - 1);
    for (size_t width : widths) total += width;
    for (const auto& [column, least] :
         {std::pair{layout.elide, kMinElidedWidth},
          std::pair{layout.wrap, kMinWrappedWidth}}) {
      if (!column || *column >= columns || total <= layout.width) continue;
      const size_t narrowed =
          std::max(least, widths[*column] -
                              std::min(widths[*column], total - layout.width));
      if (narrowed < widths[*column]) {
        total -= widths[*column] - narrowed;
        widths[*column] = narrowed;
      }
    }
  }
  std::string out;
  for (auto& line : cells) {
    std::vector<std::string> wrapped;
    for (size_t c = 0; c < line.size() && c < columns; ++c) {
      if (layout.elide == c) line[c] = Elided(line[c], widths[c]);
      if (layout.wrap == c && Width(line[c]) > widths[c]) {
        wrapped = Wrapped(line[c], widths[c]);
        line[c] = wrapped[0];
      }
    }
    for (size_t k = 0; k == 0 || k < wrapped.size(); ++k) {
      std::string text;
      for (size_t c = 0; c < line.size(); ++c) {
        const std::string& cell =
            k == 0 ? line[c] : (layout.wrap == c ? wrapped[k] : "");
        absl::StrAppend(&text, cell);
        if (c + 1 < line.size()) {
          text.append(widths[c] - std::min(widths[c], Width(cell)) + 2, ' ');
        }
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      absl::StrAppend(&out, text, "\n");
    }
  }
  return out;
}

}  // namespace factcheck::client
