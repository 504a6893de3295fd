#include "tests/extract/attribution_scoring.h"

#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "server/extract/extractor.h"
#include "tests/testing/files.h"

namespace factcheck::extract {
namespace {

const char* KindName(AttributionKind kind) {
  switch (kind) {
    case AttributionKind::kDirect:
      return "DIRECT";
    case AttributionKind::kMixed:
      return "MIXED";
    case AttributionKind::kIndirect:
      return "INDIRECT";
    case AttributionKind::kAccordingTo:
      return "ACCORDING_TO";
    case AttributionKind::kHeadline:
      return "HEADLINE";
  }
  return "?";
}

double WordF1(const std::string& a, const std::string& b) {
  const std::vector<std::string> x = absl::StrSplit(a, ' ', absl::SkipEmpty());
  const std::vector<std::string> y = absl::StrSplit(b, ' ', absl::SkipEmpty());
  if (x.empty() || y.empty()) return 0;
  std::multiset<std::string> pool(y.begin(), y.end());
  int common = 0;
  for (const std::string& word : x) {
    auto it = pool.find(word);
    if (it != pool.end()) {
      ++common;
      pool.erase(it);
    }
  }
  const double p = double(common) / x.size();
  const double r = double(common) / y.size();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

std::string Joined(absl::string_view text, absl::Span<const Span> pieces) {
  std::string joined;
  for (const Span& piece : pieces) {
    if (!joined.empty()) joined.push_back(' ');
    absl::StrAppend(&joined, TextOf(text, piece));
  }
  return joined;
}

double Ratio(int part, int whole) {
  return whole == 0 ? 1.0 : double(part) / whole;
}

}  // namespace

double KindScore::precision() const {
  return Ratio(true_positives, true_positives + false_positives);
}
double KindScore::recall() const {
  return Ratio(true_positives, true_positives + false_negatives);
}
double KindScore::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

KindScore AttributionScore::Total(const std::vector<std::string>& kinds) const {
  KindScore total;
  for (const auto& [kind, score] : by_kind) {
    if (!kinds.empty() &&
        std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      continue;
    }
    total.true_positives += score.true_positives;
    total.false_positives += score.false_positives;
    total.false_negatives += score.false_negatives;
  }
  return total;
}

double AttributionScore::SpeakerAccuracy() const {
  return Ratio(speaker_correct, matched);
}

std::string AttributionScore::Report() const {
  std::string out =
      absl::StrFormat("%-14s %5s %5s %5s %9s %6s %6s\n", "kind", "gold",
                      "found", "match", "precision", "recall", "F1");
  auto row = [&](const std::string& name, const KindScore& s) {
    absl::StrAppendFormat(&out, "%-14s %5d %5d %5d %9.3f %6.3f %6.3f\n", name,
                          s.true_positives + s.false_negatives,
                          s.true_positives + s.false_positives,
                          s.true_positives, s.precision(), s.recall(), s.f1());
  };
  for (const auto& [kind, score] : by_kind) row(kind, score);
  row("all", Total());
  absl::StrAppendFormat(&out, "speaker accuracy %.3f (%d of %d matched)\n",
                        SpeakerAccuracy(), speaker_correct, matched);
  return out;
}

std::string NormalizeContent(absl::string_view content) {
  std::string out;
  bool space = true;
  for (size_t i = 0; i < content.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(content[i]);
    if (absl::ascii_isalnum(c) || c >= 0x80) {
      // Curly marks (E2 80 xx) are punctuation, not letters.
      if (c == 0xE2 && i + 2 < content.size() &&
          static_cast<unsigned char>(content[i + 1]) == 0x80) {
        i += 2;
        if (!space) out.push_back(' ');
        space = true;
        continue;
      }
      out.push_back(static_cast<char>(absl::ascii_tolower(c)));
      space = false;
    } else if (c == '\'' && !space) {
      out.push_back('\'');
    } else if (!space) {
      out.push_back(' ');
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<AttributedItem> LoadGold(const std::string& path) {
  google::protobuf::Struct gold;
  std::vector<AttributedItem> items;
  if (!google::protobuf::util::JsonStringToMessage(testing::ReadFile(path),
                                                   &gold)
           .ok()) {
    return items;
  }
  for (const auto& entry :
       gold.fields().at("attributed").list_value().values()) {
    const auto& fields = entry.struct_value().fields();
    const auto quotation = fields.find("quotation");
    items.push_back(
        {fields.at("kind").string_value(), fields.at("speaker").string_value(),
         fields.at("content").string_value(),
         quotation == fields.end() ? "" : quotation->second.string_value()});
  }
  return items;
}

std::vector<AttributedItem> Extracted(absl::string_view text) {
  const Extraction extraction = Extract(text);
  std::vector<AttributedItem> items;
  for (const Attribution& a : extraction.attributions) {
    items.push_back(
        {KindName(a.kind), std::string(SpeakerName(a, extraction.entities)),
         Joined(text, a.content_spans), Joined(text, a.quoted_spans),
         std::string(TextOf(text, a.speaker_span))});
  }
  return items;
}

void ScoreDocument(const std::string& name,
                   const std::vector<AttributedItem>& gold,
                   const std::vector<AttributedItem>& found,
                   AttributionScore* score) {
  std::vector<bool> used(found.size(), false);
  for (const AttributedItem& g : gold) {
    const std::string want = NormalizeContent(g.content);
    int best = -1;
    for (size_t k = 0; k < found.size(); ++k) {
      if (used[k] || found[k].kind != g.kind) continue;
      const std::string have = NormalizeContent(found[k].content);
      if (have == want || WordF1(have, want) >= 0.8) {
        best = static_cast<int>(k);
        break;
      }
    }
    if (best < 0) {
      ++score->by_kind[g.kind].false_negatives;
      score->mismatches.push_back(absl::StrCat(
          name, ": missed ", g.kind, " by ", g.speaker, ": ", g.content));
      continue;
    }
    used[best] = true;
    if (!g.quotation.empty() && NormalizeContent(g.quotation) !=
                                    NormalizeContent(found[best].quotation)) {
      score->mismatches.push_back(absl::StrCat(name, ": quoted words \"",
                                               found[best].quotation,
                                               "\" for \"", g.quotation, "\""));
    }
    ++score->by_kind[g.kind].true_positives;
    ++score->matched;
    if (absl::AsciiStrToLower(found[best].speaker) ==
        absl::AsciiStrToLower(g.speaker)) {
      ++score->speaker_correct;
    } else {
      score->mismatches.push_back(absl::StrCat(
          name, ": speaker ", found[best].speaker, " for ", g.speaker));
    }
  }
  for (size_t k = 0; k < found.size(); ++k) {
    if (used[k]) continue;
    ++score->by_kind[found[k].kind].false_positives;
    score->mismatches.push_back(absl::StrCat(name, ": extra ", found[k].kind,
                                             " by ", found[k].speaker, ": ",
                                             found[k].content));
  }
}

}  // namespace factcheck::extract
