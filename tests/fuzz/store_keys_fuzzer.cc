// Fuzzes the store's key codec. Any bytes read as a key decode without
// reading past it; keys built from fuzzed strings and instants decode back to
// what went in, keep each subject's keys under its prefix, and sort by time
// (reports oldest first, claims newest first).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/keys.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using factcheck::fuzz::Check;
using factcheck::store::ClaimRef;
using factcheck::store::KeyTime;

// Takes fuzzed values from the front of the input; zeros once it is used up.
class InputReader {
 public:
  explicit InputReader(absl::string_view input) : input_(input) {}

  uint64_t Uint64() {
    uint64_t value = 0;
    const size_t n = std::min(sizeof(value), input_.size());
    std::memcpy(&value, input_.data(), n);
    input_.remove_prefix(n);
    return value;
  }

  // A string of up to the key codec's limit, ended by a 0xFF byte or the input.
  std::string String() {
    size_t end = std::min(input_.find('\xFF'), input_.size());
    std::string value(
        input_.substr(0, std::min(end, factcheck::store::kMaxKeyStringBytes)));
    input_.remove_prefix(std::min(end + 1, input_.size()));
    return value;
  }

  KeyTime Time() {
    KeyTime time;
    time.seconds = static_cast<int64_t>(Uint64());
    time.nanos = static_cast<int32_t>(Uint64() % 1000000000);
    return time;
  }

 private:
  absl::string_view input_;
};

bool Before(const KeyTime& a, const KeyTime& b) {
  return a.seconds < b.seconds || (a.seconds == b.seconds && a.nanos < b.nanos);
}

bool StartsWith(const std::string& key, const std::string& prefix) {
  return key.compare(0, prefix.size(), prefix) == 0;
}

void DecodesAnyBytes(absl::string_view raw) {
  for (int strings = 1; strings <= 3; ++strings) {
    Check(factcheck::store::SubjectLength(raw, strings) <= raw.size(),
          "subject longer than its key");
  }
  for (size_t prefix = 0; prefix <= std::min<size_t>(raw.size(), 16);
       ++prefix) {
    absl::StatusOr<std::string> id =
        factcheck::store::ReportIdFromTimeKey(raw, prefix);
    Check(!id.ok() || id->size() <= raw.size(), "id longer than its key");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace store = factcheck::store;
  const absl::string_view raw(reinterpret_cast<const char*>(data), size);
  DecodesAnyBytes(raw);

  InputReader reader(raw);
  const std::string measure = reader.String();
  const std::string location = reader.String();
  const std::string source = reader.String();
  const KeyTime earlier = reader.Time();
  const KeyTime later = reader.Time();
  ClaimRef ref;
  ref.published = earlier;
  ref.report_id = reader.String();
  ref.claim_index = static_cast<uint32_t>(reader.Uint64());

  absl::StatusOr<std::string> id = store::ReportIdFromTimeKey(
      store::ReportTimeKey(earlier, ref.report_id), 0);
  Check(id.ok() && *id == ref.report_id, "time key loses its report id");
  const std::string source_prefix = store::ReportSourcePrefix(source);
  const std::string source_key =
      store::ReportSourceKey(source, earlier, ref.report_id);
  Check(StartsWith(source_key, source_prefix), "source key outside its prefix");
  id = store::ReportIdFromTimeKey(source_key, source_prefix.size());
  Check(id.ok() && *id == ref.report_id, "source key loses its report id");

  const std::string claim_key = store::NumericClaimKey(measure, location, ref);
  const std::string claim_prefix = store::NumericClaimPrefix(measure, location);
  Check(StartsWith(claim_key, claim_prefix), "claim key outside its prefix");
  Check(store::SubjectLength(claim_key, 2) == claim_prefix.size(),
        "claim key's subject misread");
  const std::string speaker_key = store::SpeakerKey(measure, ref);
  Check(store::SubjectLength(speaker_key, 1) ==
            store::SpeakerPrefix(measure).size(),
        "speaker key's subject misread");

  if (Before(earlier, later)) {
    Check(store::ReportTimeKey(earlier, ref.report_id) <
              store::ReportTimeKey(later, ref.report_id),
          "report times sort out of order");
    ClaimRef newer = ref;
    newer.published = later;
    Check(store::NumericClaimKey(measure, location, newer) < claim_key,
          "claims do not sort newest first");
  }
  return 0;
}
