#include "unicode/utf16_offsets.h"

#include <algorithm>

namespace factcheck::unicode {
namespace {

// The UTF-16 code units a byte starts: none for a continuation byte, two for
// the lead byte of a four-byte sequence, else one.
uint32_t UnitsStartedBy(unsigned char byte) {
  if ((byte & 0xC0) == 0x80) return 0;
  return (byte & 0xF8) == 0xF0 ? 2 : 1;
}

}  // namespace

Utf16Offsets::Utf16Offsets(absl::string_view text) : text_(text) {
  for (unsigned char byte : text) {
    if (byte >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t units = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(units);
    units += UnitsStartedBy(static_cast<unsigned char>(text[i]));
  }
}

uint32_t Utf16Offsets::At(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  if (ascii_) return offset;
  const uint32_t checkpoint = offset / kStride;
  if (checkpoint == checkpoints_.size()) {
    // The text's end, on a stride boundary: count from the last checkpoint.
    uint32_t units = checkpoints_.empty() ? 0 : checkpoints_.back();
    for (uint32_t i = (checkpoint - 1) * kStride; i < offset; ++i) {
      units += UnitsStartedBy(static_cast<unsigned char>(text_[i]));
    }
    return units;
  }
  uint32_t units = checkpoints_[checkpoint];
  for (uint32_t i = checkpoint * kStride; i < offset; ++i) {
    units += UnitsStartedBy(static_cast<unsigned char>(text_[i]));
  }
  return units;
}

}  // namespace factcheck::unicode
