#include "store/record_entries.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "store/index_values.h"
#include "store/quote_shingles.h"
#include "store/report_store.h"
#include "unicode/utf16_offsets.h"

namespace factcheck::store {
namespace {

// The longest excerpt kept with an index entry; evidence needs the claim's
// sentence, not the report.
constexpr size_t kMaxExcerptBytes = 600;

// The bytes of `text` covered by `span`, clipped to kMaxExcerptBytes, and
// where they are (UTF-16 offsets too).
std::pair<std::string, factcheck::v1::Span> Excerpt(
    absl::string_view text, const unicode::Utf16Offsets& offsets,
    const factcheck::v1::Span& span) {
  const size_t begin = std::min<size_t>(span.begin(), text.size());
  size_t end =
      std::min<size_t>(std::max<size_t>(span.end(), begin),
                       std::min<size_t>(text.size(), begin + kMaxExcerptBytes));
  // Never cut a UTF-8 sequence: back off to the start of the character.
  while (end > begin && end < text.size() &&
         (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  factcheck::v1::Span clipped;
  clipped.set_begin(static_cast<uint32_t>(begin));
  clipped.set_end(static_cast<uint32_t>(end));
  clipped.set_begin_utf16(offsets.At(clipped.begin()));
  clipped.set_end_utf16(offsets.At(clipped.end()));
  return {std::string(
              text.substr(clipped.begin(), clipped.end() - clipped.begin())),
          clipped};
}

}  // namespace

KeyTime KeyTimeOf(const google::protobuf::Timestamp& time) {
  return KeyTime{time.seconds(), time.nanos()};
}

absl::Status ValidateRecord(const StoredReport& record) {
  const factcheck::v1::Report& report = record.report();
  if (report.id().empty()) return absl::InvalidArgumentError("id is empty");
  if (report.id().size() > kMaxReportIdBytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("id is ", report.id().size(), " bytes; at most ",
                     kMaxReportIdBytes, " are allowed"));
  }
  if (!report.has_published_at()) {
    return absl::InvalidArgumentError("published_at is missing");
  }
  if (report.text().empty()) return absl::InvalidArgumentError("text is empty");
  if (report.source().size() > kMaxKeyStringBytes) {
    return absl::InvalidArgumentError("source is too long");
  }
  for (int i = 0; i < record.claims_size(); ++i) {
    const factcheck::v1::Claim& claim = record.claims(i);
    const std::string where = absl::StrCat("claims[", i, "]");
    if (claim.has_numeric()) {
      if (claim.numeric().measure().empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, " is numeric without a measure"));
      }
      if (claim.numeric().measure().size() > kMaxKeyStringBytes ||
          claim.numeric().location().size() > kMaxKeyStringBytes) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, " has a measure or location too long"));
      }
    } else if (claim.has_attributed()) {
      // A speaker may be unknown ("'…,' she said" about a woman the text
      // never names); the words may not.
      if (claim.attributed().content().empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, " is attributed without content"));
      }
      if (claim.attributed().speaker().size() > kMaxKeyStringBytes) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, " has a speaker too long"));
      }
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat(where, " is neither numeric nor attributed"));
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateRecords(const std::vector<StoredReport>& records) {
  absl::flat_hash_set<absl::string_view> ids;
  for (size_t i = 0; i < records.size(); ++i) {
    if (absl::Status valid = ValidateRecord(records[i]); !valid.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("records[", i, "]: ", valid.message()));
    }
    if (!ids.insert(records[i].report().id()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("records[", i, "]: id ", records[i].report().id(),
                       " appears twice in one write"));
    }
  }
  return absl::OkStatus();
}

std::vector<IndexEntry> EntriesOf(const StoredReport& record) {
  const factcheck::v1::Report& report = record.report();
  const KeyTime published = KeyTimeOf(report.published_at());
  const unicode::Utf16Offsets offsets(report.text());
  std::vector<IndexEntry> entries;
  entries.push_back({StoreIndex::kReports, report.id(), Serialize(record),
                     report.id().size()});
  entries.push_back(
      {StoreIndex::kByTime, ReportTimeKey(published, report.id()), "", 0});
  entries.push_back({StoreIndex::kBySource,
                     ReportSourceKey(report.source(), published, report.id()),
                     "", ReportSourcePrefix(report.source()).size()});
  for (int i = 0; i < record.claims_size(); ++i) {
    const factcheck::v1::Claim& claim = record.claims(i);
    // An earlier article's figure, or one the text gives as earlier, dated
    // here as the report: no evidence.
    if (claim.has_numeric() && (claim.numeric().related_article() ||
                                claim.numeric().earlier_figure())) {
      continue;
    }
    // Words the text gives nobody it names are evidence of nothing: who
    // said them is what a quotation is compared on.
    if (claim.has_attributed() && claim.attributed().speaker().empty()) {
      continue;
    }
    const ClaimRef ref{published, report.id(), static_cast<uint32_t>(i)};
    IndexedClaim indexed;
    indexed.set_report_id(report.id());
    indexed.set_source(report.source());
    indexed.set_url(report.url());
    indexed.set_title(report.title());
    indexed.set_published_seconds(published.seconds);
    indexed.set_published_nanos(published.nanos);
    *indexed.mutable_claim() = claim;
    if (claim.has_numeric()) {
      auto [excerpt, span] =
          Excerpt(report.text(), offsets, claim.numeric().sentence_span());
      indexed.set_excerpt(std::move(excerpt));
      *indexed.mutable_excerpt_span() = span;
      entries.push_back({StoreIndex::kNumeric,
                         NumericClaimKey(claim.numeric().measure(),
                                         claim.numeric().location(), ref),
                         IndexValue(std::move(indexed)),
                         NumericClaimPrefix(claim.numeric().measure(),
                                            claim.numeric().location())
                             .size()});
      continue;
    }
    const factcheck::v1::AttributedClaim& quote = claim.attributed();
    auto [excerpt, span] =
        Excerpt(report.text(), offsets, quote.content_span());
    indexed.set_excerpt(std::move(excerpt));
    *indexed.mutable_excerpt_span() = span;
    std::string value = IndexValue(std::move(indexed));
    // "Guterres said" in one report, "António Guterres said" in another:
    // the surname's partition holds the quotes of both.
    if (const std::string surname = SpeakerSurname(quote.speaker());
        !surname.empty()) {
      entries.push_back({StoreIndex::kSpeaker, SpeakerKey(surname, ref), value,
                         SpeakerPrefix(surname).size()});
    }
    entries.push_back({StoreIndex::kSpeaker, SpeakerKey(quote.speaker(), ref),
                       std::move(value),
                       SpeakerPrefix(quote.speaker()).size()});
    // A shingle entry names the speaker; the claim itself is read from the
    // speaker index, so that a long quote does not copy it dozens of times.
    for (uint64_t shingle : QuoteShingles(ComparedWords(quote))) {
      entries.push_back({StoreIndex::kShingles, ShingleKey(shingle, ref),
                         quote.speaker(), ShinglePrefix(shingle).size()});
    }
  }
  return entries;
}

}  // namespace factcheck::store
