// Reads cases (one JSON object per line with "doc_id" and "text", as
// build_cases.py writes them) on standard input and writes one prediction
// line per case on standard output: {"doc_id", "quotes": [{"content_start",
// "content_end", "content_spans", "speaker_start", "speaker_end",
// "speaker_text", "speaker", "kind"}]} with code-point offsets, the
// scorers' format ("speaker" is the entity the speaker resolves to).
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "server/extract/extractor.h"

namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

// Code-point offset of every byte offset of `text` (one past the end too).
std::vector<uint32_t> CodePointOffsets(absl::string_view text) {
  std::vector<uint32_t> offsets(text.size() + 1);
  uint32_t code_points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    offsets[i] = code_points;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++code_points;
  }
  offsets[text.size()] = code_points;
  return offsets;
}

const char* KindName(factcheck::extract::AttributionKind kind) {
  switch (kind) {
    case factcheck::extract::AttributionKind::kDirect:
      return "direct";
    case factcheck::extract::AttributionKind::kMixed:
      return "mixed";
    case factcheck::extract::AttributionKind::kIndirect:
      return "indirect";
    case factcheck::extract::AttributionKind::kAccordingTo:
      return "according_to";
    case factcheck::extract::AttributionKind::kHeadline:
      return "headline";
  }
  return "";
}

Value Number(uint32_t n) {
  Value value;
  value.set_number_value(n);
  return value;
}

Struct Predict(const std::string& text) {
  const factcheck::extract::Extraction extraction =
      factcheck::extract::Extract(text);
  const std::vector<uint32_t> cp = CodePointOffsets(text);
  Struct line;
  auto* quotes = (*line.mutable_fields())["quotes"].mutable_list_value();
  for (const factcheck::extract::Attribution& claim : extraction.attributions) {
    Struct quote;
    auto& fields = *quote.mutable_fields();
    fields["content_start"] = Number(cp[claim.content_span.begin]);
    fields["content_end"] = Number(cp[claim.content_span.end]);
    auto* spans = fields["content_spans"].mutable_list_value();
    for (const factcheck::extract::Span& span : claim.content_spans) {
      auto* pair = spans->add_values()->mutable_list_value();
      *pair->add_values() = Number(cp[span.begin]);
      *pair->add_values() = Number(cp[span.end]);
    }
    fields["speaker_start"] = Number(cp[claim.speaker_span.begin]);
    fields["speaker_end"] = Number(cp[claim.speaker_span.end]);
    fields["speaker_text"].set_string_value(
        text.substr(claim.speaker_span.begin,
                    claim.speaker_span.end - claim.speaker_span.begin));
    fields["speaker"].set_string_value(std::string(
        factcheck::extract::SpeakerName(claim, extraction.entities)));
    fields["kind"].set_string_value(KindName(claim.kind));
    *quotes->add_values()->mutable_struct_value() = std::move(quote);
  }
  return line;
}

}  // namespace

int main() {
  google::protobuf::util::JsonParseOptions parse;
  parse.ignore_unknown_fields = true;
  std::string input;
  int line_number = 0;
  while (std::getline(std::cin, input)) {
    ++line_number;
    if (input.empty()) continue;
    Struct case_line;
    if (!google::protobuf::util::JsonStringToMessage(input, &case_line, parse)
             .ok()) {
      std::cerr << "line " << line_number << ": not a JSON object\n";
      return 2;
    }
    const auto& fields = case_line.fields();
    Struct prediction = Predict(fields.at("text").string_value());
    (*prediction.mutable_fields())["doc_id"] = fields.at("doc_id");
    std::string output;
    if (!google::protobuf::util::MessageToJsonString(prediction, &output)
             .ok()) {
      return 1;
    }
    std::cout << output << '\n';
  }
  return 0;
}
