#include "store/index_values.h"

#include <utility>

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "protos/claims.pb.h"

namespace factcheck::store {
namespace {

// Moves the string `from` points at into the one `to` points at.
void MoveText(std::string* from, std::string* to) {
  *to = std::move(*from);
  from->clear();
}

// Moves the shown fields of a numeric claim from `claim` into `shown`.
void MoveShown(factcheck::v1::NumericClaim* claim,
               factcheck::v1::NumericClaim* shown) {
  MoveText(claim->mutable_measure_text(), shown->mutable_measure_text());
  MoveText(claim->mutable_source(), shown->mutable_source());
  MoveText(claim->mutable_time_text(), shown->mutable_time_text());
  MoveText(claim->mutable_text(), shown->mutable_text());
  if (claim->has_span()) shown->mutable_span()->Swap(claim->mutable_span());
  if (claim->has_sentence_span()) {
    shown->mutable_sentence_span()->Swap(claim->mutable_sentence_span());
  }
  if (claim->has_earlier_quantity()) {
    shown->mutable_earlier_quantity()->Swap(claim->mutable_earlier_quantity());
  }
  claim->clear_span();
  claim->clear_sentence_span();
  claim->clear_earlier_quantity();
}

// The same of an attributed claim.
void MoveShown(factcheck::v1::AttributedClaim* claim,
               factcheck::v1::AttributedClaim* shown) {
  MoveText(claim->mutable_cue(), shown->mutable_cue());
  MoveText(claim->mutable_conduit(), shown->mutable_conduit());
  if (claim->has_speaker_span()) {
    shown->mutable_speaker_span()->Swap(claim->mutable_speaker_span());
  }
  if (claim->has_content_span()) {
    shown->mutable_content_span()->Swap(claim->mutable_content_span());
  }
  claim->clear_speaker_span();
  claim->clear_content_span();
  shown->mutable_quoted_spans()->Swap(claim->mutable_quoted_spans());
}

}  // namespace

std::string Serialize(const google::protobuf::Message& message) {
  std::string bytes;
  google::protobuf::io::StringOutputStream stream(&bytes);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  message.SerializeToCodedStream(&coded);
  coded.Trim();
  return bytes;
}

std::string IndexValue(IndexedClaim claim) {
  IndexedClaim shown;
  if (claim.has_excerpt_span()) {
    shown.mutable_excerpt_span()->Swap(claim.mutable_excerpt_span());
  }
  claim.clear_excerpt_span();
  MoveText(claim.mutable_url(), shown.mutable_url());
  MoveText(claim.mutable_title(), shown.mutable_title());
  factcheck::v1::Claim* body = claim.mutable_claim();
  if (body->has_numeric()) {
    MoveShown(body->mutable_numeric(),
              shown.mutable_claim()->mutable_numeric());
  } else if (body->has_attributed()) {
    MoveShown(body->mutable_attributed(),
              shown.mutable_claim()->mutable_attributed());
  }
  claim.set_shown(Serialize(shown));
  return Serialize(claim);
}

bool MakeWhole(IndexedClaim* claim) {
  if (claim->shown().empty()) return true;
  // Parsed into the claim itself: parsing merges, and the shown fields are
  // none of those in place.
  const std::string shown = std::move(*claim->mutable_shown());
  claim->clear_shown();
  return claim->MergeFromString(shown);
}

bool MakeWholeInto(const IndexedClaim& claim, IndexedClaim* whole) {
  // The shown fields parsed first and the rest merged over them: the two
  // sets are disjoint.
  if (!whole->ParseFromString(claim.shown())) return false;
  whole->MergeFrom(claim);
  whole->clear_shown();
  return true;
}

}  // namespace factcheck::store
