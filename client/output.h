// How the CLI prints responses: readable tables for a person, or protobuf's
// JSON mapping (proto field names such as "published_at", one object per line)
// for scripts and dashboards.
#ifndef FACTCHECK_CLIENT_OUTPUT_H_
#define FACTCHECK_CLIENT_OUTPUT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "google/protobuf/message.h"
#include "protos/factcheck_service.pb.h"

namespace factcheck::client {

// One line of JSON, without a trailing newline.
std::string ToJsonLine(const google::protobuf::Message& message);

// A claim's own words: a figure's part of its sentence, or what was said.
const std::string& ClaimWords(const factcheck::v1::Claim& claim);

// The tables below fit lines of `width` characters (0: no limit, every cell
// whole), cutting the least needed column and wrapping the one that must be
// read whole (see table.h).
std::string IngestText(const factcheck::v1::IngestReportsResponse& response,
                       size_t width);
std::string ReportText(const factcheck::v1::GetReportResponse& response,
                       size_t width);
std::string ReportListText(
    const std::vector<factcheck::v1::ReportSummary>& reports, size_t width);
// An extraction: its claims (with their kind), quantities and entities.
std::string ClaimsText(const factcheck::v1::ExtractClaimsResponse& response,
                       size_t width);
// A figure's history, oldest first: date, figure, source, report and the
// words around it; with `plot`, a bar per figure, scaled to the largest.
std::string HistoryText(const std::vector<factcheck::v1::Evidence>& figures,
                        bool plot, size_t width);
// Stored quotations, oldest first: date, speaker, words, source and report.
std::string QuotesText(const std::vector<factcheck::v1::Evidence>& quotes,
                       size_t width);
// Each claim's kind, words, verdict and explanation (never cut), then the
// counts per verdict.
std::string VerdictsText(const factcheck::v1::VerifyDocumentResponse& response,
                         size_t width);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_OUTPUT_H_
