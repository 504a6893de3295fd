#include "store/quote_shingles.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace factcheck::store {
namespace {

// Typographic punctuation (U+2000..U+206F: curly quotes, dashes, ellipsis)
// is 0xE2 0x80..0x81 xx in UTF-8. U+2018/U+2019 are the curly single quotes,
// also the typographic apostrophe; wire copy mixes them with straight ones.
enum class Mark { kNone, kApostrophe, kSeparator };

Mark TypographicMark(absl::string_view text, size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) {
    return Mark::kNone;
  }
  const unsigned char second = static_cast<unsigned char>(text[i + 1]);
  if (second != 0x80 && second != 0x81) return Mark::kNone;
  const unsigned char third = static_cast<unsigned char>(text[i + 2]);
  if (second == 0x80 && (third == 0x98 || third == 0x99)) {
    return Mark::kApostrophe;
  }
  return Mark::kSeparator;
}

}  // namespace

void ForEachQuoteWord(absl::string_view content,
                      absl::FunctionRef<void(absl::string_view)> word) {
  // One buffer for every word, as long as the content (no word is longer),
  // written by index: no growth to test at each byte.
  std::string buffer(content.size(), '\0');
  size_t length = 0;
  auto end_word = [&] {
    // A trailing apostrophe ("the US'") is a quotation mark more often than
    // not.
    while (length > 0 && buffer[length - 1] == '\'') --length;
    if (length > 0) word(absl::string_view(buffer.data(), length));
    length = 0;
  };
  for (size_t i = 0; i < content.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(content[i]);
    const Mark mark = TypographicMark(content, i);
    if (mark != Mark::kNone) {
      // An apostrophe inside a word ("Israel’s") stays part of it.
      if (mark == Mark::kApostrophe && length > 0) {
        buffer[length++] = '\'';
      } else {
        end_word();
      }
      i += 2;
    } else if (c >= 0x80 || absl::ascii_isalnum(c)) {
      buffer[length++] = static_cast<char>(absl::ascii_tolower(c));
    } else if (c == '\'' && length > 0) {
      buffer[length++] = '\'';
    } else if (c != '-') {
      // A hyphen joins ("de-escalate" equals "deescalate"); every other mark
      // and white space separates words.
      end_word();
    }
  }
  end_word();
}

std::vector<std::string> NormalizedQuoteWords(absl::string_view content) {
  std::vector<std::string> words;
  ForEachQuoteWord(
      content, [&words](absl::string_view word) { words.emplace_back(word); });
  return words;
}

std::vector<uint64_t> QuoteShingles(absl::string_view content) {
  // The words one after the other in one buffer, and where each ends.
  std::string bytes;
  bytes.reserve(content.size());
  std::vector<size_t> ends;
  ForEachQuoteWord(content, [&](absl::string_view word) {
    bytes.append(word.data(), word.size());
    ends.push_back(bytes.size());
  });
  std::vector<uint64_t> hashes;
  if (ends.empty()) return hashes;
  auto word = [&](size_t w) {
    const size_t begin = w == 0 ? 0 : ends[w - 1];
    return absl::string_view(bytes).substr(begin, ends[w] - begin);
  };
  const size_t width = std::min(kShingleWords, ends.size());
  hashes.reserve(ends.size() - width + 1);
  for (size_t start = 0; start + width <= ends.size(); ++start) {
    uint64_t hash = kFnvOffsetBasis;
    for (size_t w = start; w < start + width; ++w) {
      if (w > start) hash = Fnv1a(hash, " ");
      hash = Fnv1a(hash, word(w));
    }
    hashes.push_back(hash);
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

absl::string_view ComparedWords(const factcheck::v1::AttributedClaim& claim) {
  return claim.quotation().empty() ? absl::string_view(claim.content())
                                   : absl::string_view(claim.quotation());
}

std::vector<absl::string_view> ComparedPieces(
    const factcheck::v1::AttributedClaim& claim) {
  if (claim.content_spans_size() < 2 || !claim.quotation().empty()) return {};
  const absl::string_view content = claim.content();
  std::vector<absl::string_view> pieces;
  size_t at = 0;
  for (const factcheck::v1::Span& span : claim.content_spans()) {
    if (span.end() < span.begin()) return {};
    const size_t length = span.end() - span.begin();
    if (!pieces.empty()) {
      if (at >= content.size() || content[at] != ' ') return {};
      ++at;
    }
    if (length > content.size() - at) return {};
    pieces.push_back(content.substr(at, length));
    at += length;
  }
  if (at != content.size()) return {};
  return pieces;
}

}  // namespace factcheck::store
