#include "store/keys.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "unicode/utf8.h"

namespace factcheck::store {
namespace {

constexpr size_t kTimeBytes = 12;
constexpr uint64_t kSignBit = uint64_t{1} << 63;

std::string ClaimRefTail(std::string key, const ClaimRef& ref) {
  AppendNewestFirst(ref.published, &key);
  key.append(ref.report_id);
  AppendUint32(ref.claim_index, &key);
  return key;
}

}  // namespace

absl::Status CheckSchemaVersion(int version, absl::string_view where,
                                absl::string_view container) {
  if (version >= kOldestReadSchemaVersion && version <= kSchemaVersion) {
    return absl::OkStatus();
  }
  return absl::FailedPreconditionError(absl::StrCat(
      where, " holds a factcheck store of schema ", version,
      "; this build reads schema ", kOldestReadSchemaVersion, " to ",
      kSchemaVersion,
      version > kSchemaVersion
          ? " (use a newer factcheck)"
          : absl::StrCat(" (re-ingest into a new ", container, ")")));
}

void AppendUint64(uint64_t value, std::string* key) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    key->push_back(static_cast<char>((value >> shift) & 0xFF));
  }
}

void AppendUint32(uint32_t value, std::string* key) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    key->push_back(static_cast<char>((value >> shift) & 0xFF));
  }
}

void AppendString(absl::string_view value, std::string* key) {
  key->push_back(static_cast<char>((value.size() >> 8) & 0xFF));
  key->push_back(static_cast<char>(value.size() & 0xFF));
  key->append(value.data(), value.size());
}

void AppendTime(KeyTime time, std::string* key) {
  AppendUint64(static_cast<uint64_t>(time.seconds) ^ kSignBit, key);
  AppendUint32(static_cast<uint32_t>(time.nanos), key);
}

void AppendNewestFirst(KeyTime time, std::string* key) {
  const size_t start = key->size();
  AppendTime(time, key);
  for (size_t i = start; i < key->size(); ++i) (*key)[i] = ~(*key)[i];
}

std::string ReportTimeKey(KeyTime published, absl::string_view report_id) {
  std::string key;
  AppendTime(published, &key);
  key.append(report_id.data(), report_id.size());
  return key;
}

std::string ReportSourcePrefix(absl::string_view source) {
  std::string key;
  AppendString(source, &key);
  return key;
}

std::string ReportSourceKey(absl::string_view source, KeyTime published,
                            absl::string_view report_id) {
  std::string key = ReportSourcePrefix(source);
  key.append(ReportTimeKey(published, report_id));
  return key;
}

std::string NumericClaimPrefix(absl::string_view measure,
                               absl::string_view location) {
  std::string key;
  AppendString(measure, &key);
  AppendString(location, &key);
  return key;
}

std::string NumericClaimKey(absl::string_view measure,
                            absl::string_view location, const ClaimRef& ref) {
  return ClaimRefTail(NumericClaimPrefix(measure, location), ref);
}

std::string IndexedSpeaker(absl::string_view speaker) {
  std::string plain;
  return std::string(unicode::WithoutLatinAccents(speaker, &plain));
}

std::string SpeakerSurname(absl::string_view speaker) {
  const std::string indexed = IndexedSpeaker(speaker);
  const std::vector<absl::string_view> words =
      absl::StrSplit(indexed, ' ', absl::SkipEmpty());
  if (words.size() < 2) return "";
  for (absl::string_view word : words) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(word.front()))) {
      return "";
    }
  }
  return std::string(words.back());
}

std::string SpeakerPrefix(absl::string_view speaker) {
  std::string key;
  std::string plain;
  AppendString(unicode::WithoutLatinAccents(speaker, &plain), &key);
  return key;
}

std::string SpeakerKey(absl::string_view speaker, const ClaimRef& ref) {
  return ClaimRefTail(SpeakerPrefix(speaker), ref);
}

void AppendSpeakerKey(absl::string_view speaker, absl::string_view tail,
                      std::string* keys) {
  // Once for each quote a shingle lookup reads: a name without accents is
  // appended as it is, with no copy.
  std::string plain;
  AppendString(unicode::WithoutLatinAccents(speaker, &plain), keys);
  keys->append(tail.data(), tail.size());
}

std::string ShinglePrefix(uint64_t shingle_hash) {
  std::string key;
  AppendUint64(shingle_hash, &key);
  return key;
}

std::string ShingleKey(uint64_t shingle_hash, const ClaimRef& ref) {
  return ClaimRefTail(ShinglePrefix(shingle_hash), ref);
}

size_t SubjectLength(absl::string_view key, int strings) {
  size_t length = 0;
  for (int s = 0; s < strings; ++s) {
    if (key.size() < length + 2) return 0;
    length += 2 + ((static_cast<size_t>(static_cast<unsigned char>(key[length]))
                    << 8) |
                   static_cast<unsigned char>(key[length + 1]));
    if (key.size() < length) return 0;
  }
  return length;
}

absl::StatusOr<std::string> ReportIdFromTimeKey(absl::string_view key,
                                                size_t prefix_len) {
  if (key.size() < prefix_len + kTimeBytes) {
    return absl::DataLossError("store: time index key too short");
  }
  return std::string(key.substr(prefix_len + kTimeBytes));
}

}  // namespace factcheck::store
