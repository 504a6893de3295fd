#include "server/core/validation.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::core {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;

TEST(ValidationTest, IngestNeedsIdTextAndPublishedAt) {
  v1::Report report = MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "text");
  EXPECT_THAT(ValidateReportForIngest(report, "reports[0]"), IsOk());

  report.clear_published_at();
  EXPECT_THAT(ValidateReportForIngest(report, "reports[0]"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("reports[0].published_at is missing")));
  EXPECT_THAT(ValidateDocument(report, "document"), IsOk())
      << "a document to verify may leave out its time";
}

TEST(ValidationTest, IdsAreBoundedAndPrintable) {
  EXPECT_THAT(ValidateReportId(std::string(256, 'a'), "id"), IsOk());
  EXPECT_THAT(ValidateReportId(std::string(257, 'a'), "id"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("257")));
  EXPECT_THAT(ValidateReportId("a\tb", "id"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("control character")));
  EXPECT_THAT(
      ValidateReportId("", "id"),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("id is missing")));
}

TEST(ValidationTest, TimestampsOutsideTheProtobufRangeAreRejected) {
  google::protobuf::Timestamp time;
  time.set_seconds(-62135596800);  // 0001-01-01T00:00:00Z
  EXPECT_THAT(ValidateTimestamp(time, "t"), IsOk());
  time.set_seconds(-62135596801);
  EXPECT_THAT(ValidateTimestamp(time, "t"),
              StatusIs(absl::StatusCode::kInvalidArgument));
  time.set_seconds(0);
  time.set_nanos(1000000000);
  EXPECT_THAT(ValidateTimestamp(time, "as_of"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("as_of has nanos")));
}

TEST(ValidationTest, EveryTextFieldOfADocumentMustBeUtf8) {
  v1::Report report = MakeReport("r1", "AP", "2021-05-11T10:00:00Z", "text");
  report.set_title("bad \xFF title");
  EXPECT_THAT(ValidateDocument(report, "document"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("document.title is not valid UTF-8")));
}

TEST(ValidationTest, EveryFieldIsBoundedAndTheRefusalNamesIt) {
  factcheck::v1::Report report;
  report.set_text("Five people were killed.");
  report.set_title(std::string(kMaxTitleBytes, 't'));
  EXPECT_TRUE(ValidateDocument(report, "document").ok());
  report.set_title(std::string(kMaxTitleBytes + 1, 't'));
  EXPECT_THAT(ValidateDocument(report, "document"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("document.title is 1025 bytes")));
  report.clear_title();
  report.set_url(std::string(kMaxUrlBytes + 1, 'u'));
  EXPECT_THAT(
      ValidateDocument(report, "document"),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("document.url")));
  report.clear_url();
  report.set_source(std::string(kMaxSourceBytes + 1, 's'));
  EXPECT_THAT(ValidateDocument(report, "document"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("document.source")));
  report.clear_source();
  report.set_text(std::string(kMaxTextBytes + 1, 'a'));
  EXPECT_THAT(
      ValidateDocument(report, "document"),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("document.text")));
}

}  // namespace
}  // namespace factcheck::core
