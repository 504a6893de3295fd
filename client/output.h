// How the CLI prints responses: readable tables for a person, or protobuf's
// JSON mapping (proto field names such as "published_at", one object per line)
// for scripts and dashboards.
#ifndef FACTCHECK_CLIENT_OUTPUT_H_
#define FACTCHECK_CLIENT_OUTPUT_H_

#include <string>
#include <vector>

#include "google/protobuf/message.h"
#include "protos/factcheck_service.pb.h"

namespace factcheck::client {

// One line of JSON, without a trailing newline.
std::string ToJsonLine(const google::protobuf::Message& message);

// Columns padded to their widest cell, one row per line; cells are cut to
// 80 bytes (at a UTF-8 boundary) with "…".
std::string Table(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows);

// A claim's own words: a figure's part of its sentence, or what was said.
const std::string& ClaimWords(const factcheck::v1::Claim& claim);

std::string IngestText(const factcheck::v1::IngestReportsResponse& response);
std::string ReportText(const factcheck::v1::GetReportResponse& response);
std::string ReportListText(
    const std::vector<factcheck::v1::ReportSummary>& reports);
std::string ClaimsText(const factcheck::v1::ExtractClaimsResponse& response);
// A figure's history, oldest first: date, figure, source, report and the
// words around it; with `plot`, a bar per figure, scaled to the largest.
std::string HistoryText(const std::vector<factcheck::v1::Evidence>& figures,
                        bool plot);
// Stored quotations, oldest first: date, speaker, words, source and report.
std::string QuotesText(const std::vector<factcheck::v1::Evidence>& quotes);

std::string VerdictsText(const factcheck::v1::VerifyDocumentResponse& response);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_OUTPUT_H_
