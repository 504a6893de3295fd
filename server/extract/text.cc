#include "server/extract/text.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "unicode/characters.h"

namespace factcheck::extract {
namespace {

bool IsAsciiLetter(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Where a word that starts at `begin` ends: letters (ASCII or wide), with
// apostrophes, straight or curly, between letters ("Israel's", "Libya’s").
size_t WordEnd(absl::string_view text, size_t begin) {
  size_t end = begin;
  const size_t n = text.size();
  while (end < n) {
    const unsigned char d = static_cast<unsigned char>(text[end]);
    if (IsAsciiLetter(d)) {
      ++end;
    } else if (d == 0xE2 && end > begin && end + 3 < n &&
               text.substr(end, 3) == "\xE2\x80\x99" &&
               IsAsciiLetter(static_cast<unsigned char>(text[end + 3]))) {
      end += 4;
    } else if (d >= 0x80) {
      const size_t length = unicode::SequenceLength(text, end);
      if (length == 0 || unicode::ClassifyWide(text, end, length) !=
                             unicode::WideKind::kLetter) {
        break;
      }
      end += length;
    } else if (d == '\'' && end > begin && end + 1 < n &&
               IsAsciiLetter(static_cast<unsigned char>(text[end + 1]))) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 4);
  bool space = false;
  bool newline = false;
  size_t i = 0;
  const size_t n = text.size();
  auto emit = [&](size_t begin, size_t end, TokenKind kind) {
    tokens.push_back(
        Token{{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)},
              kind,
              space || tokens.empty(),
              newline,
              WordFilter::Slot(text.substr(begin, end - begin))});
    space = false;
    newline = false;
  };
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        space = true;
        ++i;
      } else if (c == '\n') {
        space = true;
        newline = true;
        ++i;
      } else if (c >= '0' && c <= '9') {
        size_t end = i + 1;
        while (end < n && text[end] >= '0' && text[end] <= '9') ++end;
        emit(i, end, TokenKind::kDigits);
        i = end;
      } else if (IsAsciiLetter(c)) {
        const size_t end = WordEnd(text, i);
        emit(i, end, TokenKind::kWord);
        i = end;
      } else {
        emit(i, i + 1, TokenKind::kSymbol);
        ++i;
      }
      continue;
    }
    const size_t length = unicode::SequenceLength(text, i);
    if (length == 0) {
      // Not UTF-8: one byte, one symbol, so the scan always moves on.
      emit(i, i + 1, TokenKind::kSymbol);
      ++i;
      continue;
    }
    switch (unicode::ClassifyWide(text, i, length)) {
      case unicode::WideKind::kSpace:
        space = true;
        i += length;
        break;
      case unicode::WideKind::kSymbol:
        emit(i, i + length, TokenKind::kSymbol);
        i += length;
        break;
      case unicode::WideKind::kLetter: {
        const size_t end = WordEnd(text, i);
        emit(i, end, TokenKind::kWord);
        i = end;
        break;
      }
    }
  }
  return tokens;
}

size_t FirstTokenFrom(const std::vector<Token>& tokens, size_t from, size_t end,
                      uint32_t offset) {
  // Gallop: from, from+1, from+3, from+7, … until a token begins at or after
  // `offset`, then bisect the last step.
  size_t low = from;
  size_t step = 1;
  while (low < end && tokens[low].span.begin < offset) {
    const size_t probe = std::min(end, low + step);
    if (probe == end || tokens[probe].span.begin >= offset) {
      return std::lower_bound(tokens.begin() + low + 1, tokens.begin() + probe,
                              offset,
                              [](const Token& token, uint32_t value) {
                                return token.span.begin < value;
                              }) -
             tokens.begin();
    }
    low = probe + 1;
    step *= 2;
  }
  return low;
}

absl::string_view LowerInto(absl::string_view word, char* buffer) {
  for (size_t k = 0; k < word.size(); ++k) {
    buffer[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  return absl::string_view(buffer, word.size());
}

WordSet::WordSet(std::initializer_list<absl::string_view> lower_words) {
  for (absl::string_view word : lower_words) {
    filter_.Add(word);
    words_.emplace(word);
  }
}

bool WordSet::ContainsLower(absl::string_view word) const {
  char lower[kLongest];
  return words_.contains(LowerInto(word, lower));
}

}  // namespace factcheck::extract
