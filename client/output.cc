#include "client/output.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "client/table.h"
#include "client/timestamps.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck::client {
namespace {

std::string Number(double value) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return absl::StrFormat("%g", value);
}

std::string Interval(const factcheck::v1::Quantity& quantity) {
  std::string text = absl::StrCat(
      quantity.lower_inclusive() ? "[" : "(", Number(quantity.lower()), ", ",
      Number(quantity.upper()), quantity.upper_inclusive() ? "]" : ")");
  if (!quantity.unit().empty()) absl::StrAppend(&text, " ", quantity.unit());
  return text;
}

std::string EnumName(const google::protobuf::EnumDescriptor* descriptor,
                     int value, absl::string_view prefix) {
  const google::protobuf::EnumValueDescriptor* found =
      descriptor->FindValueByNumber(value);
  if (found == nullptr) return absl::StrCat(value);
  std::string name = found->name();
  if (absl::StartsWith(name, prefix)) name = name.substr(prefix.size());
  return name;
}

// "numeric", or how the text attributes the claim ("direct", "mixed" …).
std::string ClaimKind(const factcheck::v1::Claim& claim) {
  if (claim.has_numeric()) return "numeric";
  return absl::AsciiStrToLower(
      EnumName(factcheck::v1::AttributionKind_descriptor(),
               claim.attributed().kind(), "ATTRIBUTION_KIND_"));
}

// A claims table: the claim's words may be cut, the detail (its figure, or
// who said it) is wrapped.
TableLayout ClaimsLayout(size_t width) { return {width, 2, 3}; }

std::vector<std::string> ClaimRow(const factcheck::v1::Claim& claim) {
  if (claim.has_numeric()) {
    const factcheck::v1::NumericClaim& numeric = claim.numeric();
    std::string about = numeric.measure();
    if (!numeric.location().empty()) {
      absl::StrAppend(&about, " in ", numeric.location());
    }
    if (!numeric.source().empty()) {
      absl::StrAppend(&about, " (", numeric.source(), ")");
    }
    return {claim.id(), ClaimKind(claim), numeric.text(),
            absl::StrCat(Interval(numeric.quantity()), " ", about)};
  }
  const factcheck::v1::AttributedClaim& quote = claim.attributed();
  // "she" nobody named: how the text names the speaker, marked so.
  const std::string speaker =
      quote.speaker().empty()
          ? absl::StrCat("\"", quote.speaker_text(), "\", not named")
          : quote.speaker();
  return {claim.id(), ClaimKind(claim), quote.content(),
          absl::StrCat(speaker, " (", quote.cue(), ")")};
}

}  // namespace

std::string ToJsonLine(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string json;
  // Every message we print was built from valid data; printing cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  return json;
}

std::string IngestText(const factcheck::v1::IngestReportsResponse& response,
                       size_t width) {
  std::vector<std::vector<std::string>> rows;
  for (const factcheck::v1::IngestResult& result : response.results()) {
    rows.push_back({absl::AsciiStrToLower(
                        EnumName(factcheck::v1::IngestOutcome_descriptor(),
                                 result.outcome(), "INGEST_OUTCOME_")),
                    result.report_id(), absl::StrCat(result.claims())});
  }
  return Table({"OUTCOME", "ID", "CLAIMS"}, rows, {width, 1, std::nullopt});
}

std::string ReportText(const factcheck::v1::GetReportResponse& response,
                       size_t width) {
  const factcheck::v1::Report& report = response.report();
  std::string out =
      Table({"FIELD", "VALUE"},
            {{"id", report.id()},
             {"source", report.source()},
             {"published_at", FormatTimestamp(report.published_at())},
             {"title", report.title()},
             {"url", report.url()},
             {"text", absl::StrCat(report.text().size(), " bytes")},
             {"claims", absl::StrCat(response.claims_size())}},
            {width, std::nullopt, 1});
  if (response.claims_size() > 0) {
    std::vector<std::vector<std::string>> rows;
    for (const factcheck::v1::Claim& claim : response.claims()) {
      rows.push_back(ClaimRow(claim));
    }
    absl::StrAppend(
        &out, "\n",
        Table({"ID", "KIND", "CLAIM", "DETAIL"}, rows, ClaimsLayout(width)));
  }
  absl::StrAppend(&out, "\n", report.text());
  if (!report.text().empty() && report.text().back() != '\n') out += "\n";
  return out;
}

std::string ReportListText(
    const std::vector<factcheck::v1::ReportSummary>& reports, size_t width) {
  std::vector<std::vector<std::string>> rows;
  for (const factcheck::v1::ReportSummary& summary : reports) {
    rows.push_back({FormatTimestamp(summary.published_at()), summary.source(),
                    summary.id(), absl::StrCat(summary.claims()),
                    summary.title()});
  }
  return Table({"PUBLISHED", "SOURCE", "ID", "CLAIMS", "TITLE"}, rows,
               {width, 4, std::nullopt});
}

std::string ClaimsText(const factcheck::v1::ExtractClaimsResponse& response,
                       size_t width) {
  std::vector<std::vector<std::string>> claims;
  for (const factcheck::v1::Claim& claim : response.claims()) {
    claims.push_back(ClaimRow(claim));
  }
  std::vector<std::vector<std::string>> quantities;
  for (const factcheck::v1::Quantity& quantity : response.quantities()) {
    quantities.push_back(
        {quantity.text(), Interval(quantity),
         absl::AsciiStrToLower(EnumName(factcheck::v1::Qualifier_descriptor(),
                                        quantity.qualifier(), "QUALIFIER_")),
         absl::AsciiStrToLower(EnumName(factcheck::v1::Change_descriptor(),
                                        quantity.change(), "CHANGE_"))});
  }
  std::vector<std::vector<std::string>> entities;
  for (const factcheck::v1::Entity& entity : response.entities()) {
    std::vector<std::string> mentions;
    for (const factcheck::v1::Mention& mention : entity.mentions()) {
      mentions.push_back(mention.text());
    }
    entities.push_back({entity.name(), absl::AsciiStrToLower(entity.type()),
                        absl::StrJoin(mentions, ", ")});
  }
  return absl::StrCat(
      response.claims_size(), " claims\n",
      Table({"ID", "KIND", "CLAIM", "DETAIL"}, claims, ClaimsLayout(width)),
      "\n", response.quantities_size(), " quantities\n",
      Table({"TEXT", "VALUE", "QUALIFIER", "CHANGE"}, quantities,
            {width, 0, std::nullopt}),
      "\n", response.entities_size(), " entities\n",
      Table({"NAME", "TYPE", "MENTIONS"}, entities, {width, std::nullopt, 2}));
}

namespace {

// The value a figure is plotted at: its lower bound, or its upper bound
// when it has only that ("fewer than 10").
double PlottedValue(const factcheck::v1::Quantity& quantity) {
  return std::isfinite(quantity.lower()) ? quantity.lower() : quantity.upper();
}

}  // namespace

std::string HistoryText(const std::vector<factcheck::v1::Evidence>& figures,
                        bool plot, size_t width) {
  // Cells are cut at kMaxCellBytes: a bar of 3-byte blocks fits.
  constexpr int kBarWidth = 24;
  double largest = 0;
  for (const factcheck::v1::Evidence& figure : figures) {
    const double value = PlottedValue(figure.claim().numeric().quantity());
    if (std::isfinite(value)) largest = std::max(largest, value);
  }
  std::vector<std::vector<std::string>> rows;
  for (const factcheck::v1::Evidence& figure : figures) {
    const factcheck::v1::Quantity& quantity =
        figure.claim().numeric().quantity();
    std::vector<std::string> row = {FormatTimestamp(figure.published_at()),
                                    quantity.text()};
    if (plot) {
      const double value = PlottedValue(quantity);
      const int width =
          largest > 0 && std::isfinite(value) && value > 0
              ? std::max(1, static_cast<int>(value / largest * kBarWidth))
              : 0;
      std::string bar;
      for (int i = 0; i < width; ++i) bar += "\xE2\x96\x88";  // █
      row.push_back(bar);
    }
    row.insert(row.end(),
               {figure.source(), figure.report_id(), figure.excerpt()});
    rows.push_back(std::move(row));
  }
  std::vector<std::string> headers = {"PUBLISHED", "FIGURE"};
  if (plot) headers.push_back("");
  headers.insert(headers.end(), {"SOURCE", "REPORT", "EXCERPT"});
  return absl::StrCat(
      Table(headers, rows, {width, headers.size() - 1, std::nullopt}),
      figures.size(), " figures\n");
}

std::string QuotesText(const std::vector<factcheck::v1::Evidence>& quotes,
                       size_t width) {
  std::vector<std::vector<std::string>> rows;
  for (const factcheck::v1::Evidence& quote : quotes) {
    rows.push_back({FormatTimestamp(quote.published_at()),
                    quote.claim().attributed().speaker(),
                    quote.claim().attributed().content(), quote.source(),
                    quote.report_id()});
  }
  return absl::StrCat(
      Table({"PUBLISHED", "SPEAKER", "WORDS", "SOURCE", "REPORT"}, rows,
            {width, std::nullopt, 2}),
      quotes.size(), " quotations\n");
}

const std::string& ClaimWords(const factcheck::v1::Claim& claim) {
  return claim.has_numeric() ? claim.numeric().text()
                             : claim.attributed().content();
}

std::string VerdictsText(const factcheck::v1::VerifyDocumentResponse& response,
                         size_t width) {
  std::vector<std::vector<std::string>> rows;
  for (const factcheck::v1::ClaimVerdict& verdict : response.verdicts()) {
    const factcheck::v1::Claim& claim = verdict.claim();
    rows.push_back({ClaimKind(claim), ClaimWords(claim),
                    EnumName(factcheck::v1::Verdict_descriptor(),
                             verdict.verdict(), "VERDICT_"),
                    verdict.explanation()});
  }
  const factcheck::v1::DocumentSummary& summary = response.summary();
  // The claim may be cut; the reason for its verdict never is.
  return absl::StrCat(
      Table({"KIND", "CLAIM", "VERDICT", "EXPLANATION"}, rows, {width, 1, 3}),
      absl::StrFormat("%d claims: %d consistent, %d updated, %d outdated, "
                      "%d conflicting, %d misquoted, %d misattributed, "
                      "%d unverified\n",
                      summary.claims(), summary.consistent(), summary.updated(),
                      summary.outdated(), summary.conflicting(),
                      summary.misquoted(), summary.misattributed(),
                      summary.unverified()));
}

}  // namespace factcheck::client
