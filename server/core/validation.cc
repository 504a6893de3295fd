#include "server/core/validation.h"

#include "absl/strings/str_cat.h"
#include "store/report_store.h"
#include "unicode/utf8.h"

namespace factcheck::core {
namespace {

// google.protobuf.Timestamp's documented range.
constexpr int64_t kMinTimestampSeconds = -62135596800;  // 0001-01-01
constexpr int64_t kMaxTimestampSeconds = 253402300799;  // 9999-12-31

absl::Status Invalid(absl::string_view field, absl::string_view problem) {
  return absl::InvalidArgumentError(absl::StrCat(field, " ", problem));
}

}  // namespace

absl::Status ValidateUtf8(absl::string_view value, absl::string_view field) {
  if (std::optional<size_t> bad = unicode::FirstInvalidUtf8Byte(value)) {
    return Invalid(field, absl::StrCat("is not valid UTF-8 (first bad byte at "
                                       "offset ",
                                       *bad, ")"));
  }
  return absl::OkStatus();
}

absl::Status ValidateString(absl::string_view value, absl::string_view field,
                            size_t max_bytes) {
  if (value.size() > max_bytes) {
    return Invalid(field, absl::StrCat("is ", value.size(), " bytes; at most ",
                                       max_bytes, " are allowed"));
  }
  return ValidateUtf8(value, field);
}

absl::Status ValidateText(absl::string_view text, absl::string_view field) {
  if (text.empty()) return Invalid(field, "is empty; send the news text");
  return ValidateString(text, field, kMaxTextBytes);
}

absl::Status ValidateReportId(absl::string_view id, absl::string_view field) {
  if (id.empty()) return Invalid(field, "is missing; every report needs an id");
  if (id.size() > store::kMaxReportIdBytes) {
    return Invalid(field,
                   absl::StrCat("is ", id.size(), " bytes; at most ",
                                store::kMaxReportIdBytes, " are allowed"));
  }
  if (absl::Status utf8 = ValidateUtf8(id, field); !utf8.ok()) return utf8;
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7F) {
      return Invalid(field, "contains a control character");
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateTimestamp(const google::protobuf::Timestamp& time,
                               absl::string_view field) {
  if (time.seconds() < kMinTimestampSeconds ||
      time.seconds() > kMaxTimestampSeconds) {
    return Invalid(field, "is outside years 0001 to 9999");
  }
  if (time.nanos() < 0 || time.nanos() > 999999999) {
    return Invalid(field, "has nanos outside [0, 999999999]");
  }
  return absl::OkStatus();
}

absl::Status ValidateDocument(const factcheck::v1::Report& document,
                              absl::string_view field) {
  if (absl::Status text =
          ValidateText(document.text(), absl::StrCat(field, ".text"));
      !text.ok()) {
    return text;
  }
  if (document.has_id()) {
    if (absl::Status id =
            ValidateReportId(document.id(), absl::StrCat(field, ".id"));
        !id.ok()) {
      return id;
    }
  }
  struct Limited {
    const std::string& value;
    const char* name;
    size_t max_bytes;
  };
  for (const Limited& limited :
       {Limited{document.source(), "source", kMaxSourceBytes},
        Limited{document.url(), "url", kMaxUrlBytes},
        Limited{document.title(), "title", kMaxTitleBytes}}) {
    if (absl::Status valid = ValidateString(
            limited.value, absl::StrCat(field, ".", limited.name),
            limited.max_bytes);
        !valid.ok()) {
      return valid;
    }
  }
  if (document.has_published_at()) {
    return ValidateTimestamp(document.published_at(),
                             absl::StrCat(field, ".published_at"));
  }
  return absl::OkStatus();
}

absl::Status ValidateReportForIngest(const factcheck::v1::Report& report,
                                     absl::string_view field) {
  if (absl::Status id =
          ValidateReportId(report.id(), absl::StrCat(field, ".id"));
      !id.ok()) {
    return id;
  }
  if (!report.has_published_at()) {
    return Invalid(absl::StrCat(field, ".published_at"),
                   "is missing; stored reports are compared by time");
  }
  return ValidateDocument(report, field);
}

}  // namespace factcheck::core
