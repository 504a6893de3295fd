#include "client/output.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factcheck::client {
namespace {

using ::testing::HasSubstr;

TEST(OutputTest, VerdictsShowTheKindAndTheWholeReasonOnANarrowTerminal) {
  v1::VerifyDocumentResponse response;
  v1::ClaimVerdict* verdict = response.add_verdicts();
  v1::AttributedClaim* quote = verdict->mutable_claim()->mutable_attributed();
  quote->set_kind(v1::ATTRIBUTION_KIND_DIRECT);
  quote->set_content(
      "the ongoing violent clashes between Israelis and Palestinians will be "
      "closing down sooner than later");
  verdict->set_verdict(v1::VERDICT_MISATTRIBUTED);
  verdict->set_explanation(
      "these words were attributed to Kamala Harris (Daily Courier, 12 May "
      "2021), not Joe Biden");
  const std::string narrow = VerdictsText(response, 80);
  EXPECT_THAT(narrow, HasSubstr("direct"));
  EXPECT_THAT(narrow, HasSubstr("MISATTRIBUTED"));
  EXPECT_THAT(narrow, HasSubstr("\xE2\x80\xA6")) << "the claim is cut";
  // The explanation starts in its column on the first line and goes on in
  // the same column on the lines after; the summary line ends the table.
  std::string reason;
  for (absl::string_view line : absl::StrSplit(narrow, '\n')) {
    if (absl::StrContains(line, " claims: ")) break;
    EXPECT_LE(line.size(), 80u + 2) << line;  // "…" is 3 bytes, 1 column
    const size_t at =
        reason.empty() ? line.find("these words") : line.find_first_not_of(' ');
    if (at == absl::string_view::npos) continue;
    absl::StrAppend(&reason, reason.empty() ? "" : " ", line.substr(at));
  }
  EXPECT_EQ(reason, verdict->explanation());
  EXPECT_THAT(VerdictsText(response, 0), HasSubstr(quote->content()))
      << "no width: every cell whole";
}

TEST(OutputTest, ClaimOfNobodyNamedShowsHowTheTextNamesThem) {
  v1::ExtractClaimsResponse response;
  v1::AttributedClaim* quote = response.add_claims()->mutable_attributed();
  quote->set_kind(v1::ATTRIBUTION_KIND_DIRECT);
  quote->set_content("Don't shoot him");
  quote->set_speaker_text("she");
  quote->set_cue("said");
  EXPECT_THAT(ClaimsText(response, 0), HasSubstr("\"she\", not named (said)"));
  quote->set_speaker("Lena Ortiz");
  EXPECT_THAT(ClaimsText(response, 0), HasSubstr("Lena Ortiz (said)"));
}

TEST(OutputTest, JsonUsesProtoFieldNames) {
  v1::ReportSummary summary;
  summary.set_id("r1");
  summary.mutable_published_at()->set_seconds(1620900000);
  const std::string json = ToJsonLine(summary);
  EXPECT_THAT(json, HasSubstr("\"published_at\":\"2021-05-13T10:00:00Z\""));
  EXPECT_THAT(json, HasSubstr("\"id\":\"r1\""));
}

}  // namespace
}  // namespace factcheck::client
