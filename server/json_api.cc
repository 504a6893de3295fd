#include "server/json_api.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/retry_hint.h"
#include "server/rpc_status.h"

namespace factcheck::server {
namespace {

constexpr char kJson[] = "application/json; charset=utf-8";
constexpr char kJsonLines[] = "application/jsonl; charset=utf-8";
// How long an HTTP caller is served before its call is abandoned: HTTP
// carries no deadline of its own.
constexpr absl::Duration kCallTimeout = absl::Seconds(60);

std::string ToJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string json;
  // Every message answered was built from valid data; printing cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  return json;
}

// The error's answer; a busy server's refusal (429) says in Retry-After
// when to call again, in whole seconds as HTTP wants them, rounded up so
// that a caller who obeys it finds the queue moved on.
HttpAnswer Error(const absl::Status& status) {
  HttpAnswer answer{HttpStatusOf(status.code()), kJson,
                    ToJson(ToRpcStatus(status)) + "\n"};
  answer.code = status.code();
  if (const std::optional<absl::Duration> retry_after =
          core::RetryAfterOf(status)) {
    answer.headers.emplace_back(
        "Retry-After", absl::StrCat(absl::ToInt64Seconds(
                           absl::Ceil(*retry_after, absl::Seconds(1)))));
  }
  return answer;
}

// The request body, parsed strictly (an unknown field is an error); the
// error names `what` as its field ("body", "body.lines[2]").
absl::Status Parse(absl::string_view json, google::protobuf::Message* request,
                   absl::string_view what) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  const auto parsed = google::protobuf::util::JsonStringToMessage(
      std::string(json), request, options);
  if (parsed.ok()) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      what, ": not a ", request->GetDescriptor()->full_name(),
      " in protobuf's JSON mapping (", parsed.message().as_string(), ")"));
}

// The methods served; any other name under /v1/ is NOT_FOUND.
bool IsMethod(absl::string_view name) {
  for (absl::string_view method :
       {"ExtractClaims", "VerifyDocument", "VerifyDocuments", "IngestReports",
        "GetReport", "SearchClaims", "ListReports", "DeleteReport"}) {
    if (name == method) return true;
  }
  return false;
}

}  // namespace

int HttpStatusOf(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kOk:
      return 200;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
    case absl::StatusCode::kOutOfRange:
      return 400;
    case absl::StatusCode::kUnauthenticated:
      return 401;
    case absl::StatusCode::kPermissionDenied:
      return 403;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kAlreadyExists:
    case absl::StatusCode::kAborted:
      return 409;
    case absl::StatusCode::kResourceExhausted:
      return 429;
    case absl::StatusCode::kCancelled:
      return 499;
    case absl::StatusCode::kUnimplemented:
      return 501;
    case absl::StatusCode::kUnavailable:
      return 503;
    case absl::StatusCode::kDeadlineExceeded:
      return 504;
    default:
      return 500;
  }
}

HttpAnswer JsonApi::Handle(const HttpRequest& request) const {
  absl::string_view method = request.path;
  if (!absl::ConsumePrefix(&method, "/v1/") || !IsMethod(method)) {
    HttpAnswer unknown = Error(absl::NotFoundError(
        method.empty()
            ? absl::StrCat("no method at ", request.path, "; POST /v1/<Method>")
            : absl::StrCat("factcheck.v1.FactCheck has no method ", method)));
    unknown.unknown_path = true;
    return unknown;
  }
  if (request.method != "POST") {
    HttpAnswer refused = Error(absl::InvalidArgumentError(
        absl::StrCat(request.path, " takes POST, not ", request.method)));
    refused.status = 405;
    return refused;
  }
  const core::Call call([] { return false; }, absl::Now() + kCallTimeout);
  auto authorize = [&](core::Access needed) {
    if (access_ == nullptr) return absl::OkStatus();
    std::optional<absl::string_view> authorization;
    if (request.authorization) authorization = *request.authorization;
    return access_->Authorize(authorization, needed, method);
  };
  // Authorizes, parses, takes a turn at work, delegates, prints.
  auto unary = [&](core::Access needed, auto request_message, auto run) {
    if (absl::Status denied = authorize(needed); !denied.ok()) {
      return Error(denied);
    }
    if (absl::Status bad = Parse(request.body, &request_message, "body");
        !bad.ok()) {
      return Error(bad);
    }
    absl::StatusOr<core::WorkSlots::Slot> slot = slots_->Acquire(call, method);
    if (!slot.ok()) return Error(slot.status());
    auto response = run(request_message);
    if (!response.ok()) return Error(response.status());
    return HttpAnswer{200, kJson, ToJson(*response) + "\n"};
  };
  if (method == "ExtractClaims") {
    return unary(core::Access::kRead, v1::ExtractClaimsRequest(),
                 [&](const auto& r) { return checker_->ExtractClaims(r); });
  }
  if (method == "VerifyDocument") {
    return unary(
        core::Access::kRead, v1::VerifyDocumentRequest(),
        [&](const auto& r) { return checker_->VerifyDocument(r, call); });
  }
  if (method == "IngestReports") {
    return unary(
        core::Access::kWrite, v1::IngestReportsRequest(),
        [&](const auto& r) { return checker_->IngestReports(r, call); });
  }
  if (method == "GetReport") {
    return unary(core::Access::kRead, v1::GetReportRequest(),
                 [&](const auto& r) { return checker_->GetReport(r); });
  }
  if (method == "SearchClaims") {
    return unary(core::Access::kRead, v1::SearchClaimsRequest(),
                 [&](const auto& r) { return checker_->SearchClaims(r); });
  }
  if (method == "ListReports") {
    return unary(core::Access::kRead, v1::ListReportsRequest(),
                 [&](const auto& r) { return checker_->ListReports(r); });
  }
  if (method == "DeleteReport") {
    return unary(core::Access::kWrite, v1::DeleteReportRequest(),
                 [&](const auto& r) { return checker_->DeleteReport(r); });
  }
  if (method == "VerifyDocuments") {
    if (absl::Status denied = authorize(core::Access::kRead); !denied.ok()) {
      return Error(denied);
    }
    // Every line is checked before any is verified: a bad line answers
    // 400 naming it, with nothing verified.
    std::vector<v1::VerifyDocumentsRequest> documents;
    int line_index = -1;
    for (absl::string_view line : absl::StrSplit(request.body, '\n')) {
      ++line_index;
      if (absl::StripAsciiWhitespace(line).empty()) continue;
      v1::VerifyDocumentsRequest document;
      if (absl::Status bad = Parse(
              line, &document, absl::StrCat("body.lines[", line_index, "]"));
          !bad.ok()) {
        return Error(bad);
      }
      documents.push_back(std::move(document));
    }
    // Each document is verified, taking its own turn at work, as the
    // answer streams: its line goes out as soon as it is ready.
    HttpAnswer answer{200, kJsonLines, ""};
    answer.next_piece = [documents = std::move(documents), next = size_t{0},
                         checker = checker_, slots = slots_, call,
                         method =
                             std::string(method)](std::string* piece) mutable {
      if (next == documents.size()) return false;
      const v1::VerifyDocumentsResponse response =
          checker->VerifyStreamedInTurn(documents[next++], slots, method, call);
      *piece = absl::StrCat(ToJson(response), "\n");
      return true;
    };
    return answer;
  }
  // IsMethod admits only the methods above.
  return Error(absl::InternalError(absl::StrCat(
      "factcheck.v1.FactCheck's method ", method, " has no JSON handler")));
}

}  // namespace factcheck::server
