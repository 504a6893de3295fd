#include "server/access_log.h"

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"
#include "protos/access_log.pb.h"

namespace factcheck::server {

std::string AccessLogLine(const CallRecord& call, int64_t skipped) {
  ops::AccessLogLine line;
  line.set_time(absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", call.start,
                                 absl::UTCTimeZone()));
  line.set_method(call.method);
  line.set_status(call.status);
  line.set_peer(call.peer);
  line.set_latency_ms(absl::ToDoubleMilliseconds(call.latency));
  line.set_request_messages(static_cast<int32_t>(call.request_messages));
  line.set_response_messages(static_cast<int32_t>(call.response_messages));
  if (call.request_bytes >= 0) {
    line.set_request_bytes(static_cast<double>(call.request_bytes));
  }
  if (call.response_bytes >= 0) {
    line.set_response_bytes(static_cast<double>(call.response_bytes));
  }
  line.set_skipped(static_cast<int32_t>(skipped));
  if (call.http_status != 0) line.set_http_status(call.http_status);
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string json;
  // A message of strings and numbers always prints.
  (void)google::protobuf::util::MessageToJsonString(line, &json, options);
  return json;
}

absl::StatusOr<std::unique_ptr<AccessLog>> AccessLog::Open(
    const std::string& path, int lines_per_second) {
  if (path == "-") {
    return std::unique_ptr<AccessLog>(
        new AccessLog(stderr, /*owned=*/false, lines_per_second));
  }
  std::FILE* out = std::fopen(path.c_str(), "a");
  if (out == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--access_log: cannot open ", path, ": ", std::strerror(errno)));
  }
  return std::unique_ptr<AccessLog>(
      new AccessLog(out, /*owned=*/true, lines_per_second));
}

AccessLog::AccessLog(std::FILE* out, bool owned, int lines_per_second)
    : out_(out), owned_(owned), limiter_(lines_per_second, absl::Seconds(1)) {}

AccessLog::~AccessLog() {
  if (owned_) std::fclose(out_);
}

void AccessLog::Record(const CallRecord& call) {
  int64_t skipped = 0;
  if (!limiter_.Admit(call.start + call.latency, &skipped)) return;
  const std::string line = AccessLogLine(call, skipped);
  absl::MutexLock lock(&write_mutex_);
  std::fprintf(out_, "%s\n", line.c_str());
  std::fflush(out_);
}

}  // namespace factcheck::server
