#include "server/log_limit.h"

#include <cstdio>
#include <string>

#include "google/protobuf/stubs/logging.h"
#include "grpc/support/log.h"

namespace factcheck::server {

bool LogLimiter::Admit(absl::Time now, int64_t* dropped) {
  absl::MutexLock lock(&mutex_);
  if (now - window_start_ >= period_) {
    window_start_ = now;
    written_in_window_ = 0;
  }
  if (written_in_window_ >= burst_) {
    ++dropped_;
    return false;
  }
  ++written_in_window_;
  *dropped = dropped_;
  dropped_ = 0;
  return true;
}

namespace {

LogLimiter* const library_log_limiter = new LogLimiter(20, absl::Minutes(1));

void WriteLimited(const char* library, const char* severity, const char* file,
                  int line, const char* message) {
  int64_t dropped = 0;
  if (!library_log_limiter->Admit(absl::Now(), &dropped)) return;
  if (dropped > 0) {
    std::fprintf(stderr,
                 "factcheckd: %lld library log lines dropped (at most 20 a "
                 "minute are written)\n",
                 static_cast<long long>(dropped));
  }
  std::fprintf(stderr, "factcheckd: %s %s %s:%d] %s\n", library, severity, file,
               line, message);
}

void WriteGrpcLine(gpr_log_func_args* args) {
  WriteLimited("gRPC", gpr_log_severity_string(args->severity), args->file,
               args->line, args->message);
}

void WriteProtobufLine(google::protobuf::LogLevel level, const char* file,
                       int line, const std::string& message) {
  static constexpr const char* kLevels[] = {"INFO", "WARNING", "ERROR",
                                            "FATAL"};
  WriteLimited("protobuf", kLevels[level], file, line, message.c_str());
}

}  // namespace

void LimitLibraryLogs() {
  gpr_set_log_function(WriteGrpcLine);
  google::protobuf::SetLogHandler(WriteProtobufLine);
}

}  // namespace factcheck::server
