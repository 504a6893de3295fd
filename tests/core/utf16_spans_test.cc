// Every span the API returns slices its text in UTF-16 as in bytes: what a
// dashboard in JavaScript does with text.slice(begin_utf16, end_utf16).
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/checker_on_disk.h"
#include "tests/testing/records.h"
#include "tests/testing/status_matchers.h"

namespace factcheck {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::MakeReport;

// UTF-8 to UTF-16, for well-formed input.
std::u16string Utf16(const std::string& utf8) {
  std::u16string out;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char lead = static_cast<unsigned char>(utf8[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    if (code > 0xFFFF) {
      code -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (code >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (code & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(code));
    }
    i += length;
  }
  return out;
}

// The span's bytes and its UTF-16 units are the same words.
void ExpectSameSlice(const std::string& text, const v1::Span& span) {
  const std::string bytes =
      text.substr(span.begin(), span.end() - span.begin());
  EXPECT_EQ(Utf16(text).substr(span.begin_utf16(),
                               span.end_utf16() - span.begin_utf16()),
            Utf16(bytes))
      << bytes;
}

// Accents, a dash and a character beyond U+FFFF before the claims.
const char kText[] =
    "Z\xC3\xBCrich \xE2\x80\x94 \xF0\x9F\x8C\x8A floods: at least 12 people "
    "died in Z\xC3\xBCrich on Monday. \"We will rebuild,\" Mayor Ren\xC3\xA9"
    "e M\xC3\xBCller said.";

TEST(Utf16SpansTest, ExtractedSpansSliceTheTextInUtf16) {
  absl::StatusOr<testing::CheckerOnDisk> on_disk = testing::OpenCheckerOnDisk();
  ASSERT_THAT(on_disk, IsOk());
  v1::ExtractClaimsRequest request;
  request.set_text(kText);
  absl::StatusOr<v1::ExtractClaimsResponse> response =
      on_disk->checker->ExtractClaims(request);
  ASSERT_THAT(response, IsOk());
  ASSERT_FALSE(response->quantities().empty());
  for (const v1::Quantity& quantity : response->quantities()) {
    EXPECT_GT(quantity.span().begin(), quantity.span().begin_utf16());
    ExpectSameSlice(kText, quantity.span());
  }
  int attributed = 0;
  for (const v1::Claim& claim : response->claims()) {
    if (claim.has_numeric()) {
      ExpectSameSlice(kText, claim.numeric().span());
      ExpectSameSlice(kText, claim.numeric().sentence_span());
    } else {
      ++attributed;
      ExpectSameSlice(kText, claim.attributed().speaker_span());
      ExpectSameSlice(kText, claim.attributed().content_span());
    }
  }
  EXPECT_EQ(attributed, 1);
  for (const v1::Entity& entity : response->entities()) {
    for (const v1::Mention& mention : entity.mentions()) {
      ExpectSameSlice(kText, mention.span());
    }
  }
}

TEST(Utf16SpansTest, EvidenceSpansSliceThePriorReportInUtf16) {
  absl::StatusOr<testing::CheckerOnDisk> on_disk = testing::OpenCheckerOnDisk();
  ASSERT_THAT(on_disk, IsOk());
  v1::IngestReportsRequest ingest;
  *ingest.add_reports() =
      MakeReport("prior", "Wire", "2024-03-11T09:00:00Z", kText);
  ASSERT_THAT(on_disk->checker->IngestReports(ingest), IsOk());
  v1::VerifyDocumentRequest verify;
  *verify.mutable_document() =
      MakeReport("later", "Desk", "2024-03-12T09:00:00Z",
                 "At least 12 people died in Z\xC3\xBCrich, officials said.");
  absl::StatusOr<v1::VerifyDocumentResponse> response =
      on_disk->checker->VerifyDocument(verify);
  ASSERT_THAT(response, IsOk());
  int evidence = 0;
  for (const v1::ClaimVerdict& verdict : response->verdicts()) {
    for (const v1::Evidence& prior : verdict.evidence()) {
      ++evidence;
      ExpectSameSlice(kText, prior.span());
      ExpectSameSlice(kText, prior.claim().numeric().span());
    }
  }
  EXPECT_GT(evidence, 0);
}

}  // namespace
}  // namespace factcheck
