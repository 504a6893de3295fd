// The fixture of the verdict tests (verifier_test, quote_verdicts_test,
// compared_with_nothing_test): prior reports stored and a document verified
// through the real FactChecker (extraction, a RocksDB store on a temporary
// directory, verification).
#ifndef FACTCHECK_TESTS_VERIFY_VERDICT_TEST_H_
#define FACTCHECK_TESTS_VERIFY_VERDICT_TEST_H_

#include <string>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "protos/factcheck_service.pb.h"
#include "tests/testing/checker_on_disk.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::testing {

class VerdictTest : public CheckerOnDiskTest {
 protected:
  // Stores one prior report.
  void Prior(const std::string& id, const std::string& source,
             const std::string& time, const std::string& text) {
    v1::IngestReportsRequest request;
    *request.add_reports() = MakeReport(id, source, time, text);
    ASSERT_THAT(checker_->IngestReports(request), IsOk());
  }

  // The answer to a document from the desk, with `id` when one is given.
  v1::VerifyDocumentResponse Verify(const std::string& time,
                                    const std::string& text,
                                    const std::string& id = "") {
    v1::VerifyDocumentRequest request;
    *request.mutable_document() = MakeReport(id, "Desk", time, text);
    if (id.empty()) request.mutable_document()->clear_id();
    absl::StatusOr<v1::VerifyDocumentResponse> response =
        checker_->VerifyDocument(request);
    EXPECT_THAT(response, IsOk());
    return *response;
  }

  // The verdict on the document's only claim of that kind.
  static v1::ClaimVerdict Only(const v1::VerifyDocumentResponse& r,
                               bool numeric) {
    const v1::ClaimVerdict* found = nullptr;
    for (const v1::ClaimVerdict& verdict : r.verdicts()) {
      if (verdict.claim().has_numeric() == numeric) {
        EXPECT_EQ(found, nullptr) << "more than one claim of the kind";
        found = &verdict;
      }
    }
    EXPECT_NE(found, nullptr) << "no claim of the kind";
    return found ? *found : v1::ClaimVerdict();
  }
};

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_VERIFY_VERDICT_TEST_H_
