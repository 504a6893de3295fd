#include "store/quote_shingles.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "unicode/characters.h"

namespace factcheck::store {
namespace {

// Whether the `length`-byte character at text[i] is an apostrophe: the
// curly single quotes (U+2018, U+2019: wire copy mixes them with straight
// ones), the acute accent and the modifier letter apostrophe some copy
// writes for one ("Israel´s", "Israelʼs").
bool IsWideApostrophe(absl::string_view text, size_t i, size_t length) {
  const absl::string_view character = text.substr(i, length);
  return character == "\xE2\x80\x98" || character == "\xE2\x80\x99" ||
         character == "\xC2\xB4" || character == "\xCA\xBC";
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
    if (c >= 0x80) {
      // A stray byte of no well-formed character is kept, as a letter.
      const size_t bytes =
          std::max<size_t>(1, unicode::SequenceLength(content, i));
      if (IsWideApostrophe(content, i, bytes)) {
        // An apostrophe inside a word ("Israel’s") stays part of it.
        if (length > 0) {
          buffer[length++] = '\'';
        } else {
          end_word();
        }
      } else if (bytes == 1 || unicode::ClassifyWide(content, i, bytes) ==
                                   unicode::WideKind::kLetter) {
        content.copy(&buffer[length], bytes, i);
        length += bytes;
      } else if (content.substr(i, bytes) != "\xC2\xAD") {
        // A no-break space, a dash, a guillemet, "€" separate words; a soft
        // hyphen joins them, as a hyphen does.
        end_word();
      }
      i += bytes - 1;
    } else if (absl::ascii_isalnum(c)) {
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
