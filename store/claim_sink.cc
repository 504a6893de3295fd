#include "store/claim_sink.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "store/index_values.h"

namespace factcheck::store {

bool ClaimSink::AddRead(absl::string_view key) {
  if (quotes_read_ == nullptr) return false;
  const auto read = quotes_read_->find(key);
  if (read == quotes_read_->end()) return false;
  batch_claims_->push_back(read->second);
  return true;
}

const IndexedClaim* ClaimSink::AddToBatch(absl::string_view value) {
  if (cache_ != nullptr) {
    std::shared_ptr<const IndexedClaim> claim = cache_->Parse(value);
    if (claim == nullptr) return nullptr;
    batch_claims_->push_back(claim.get());
    answers_->shared.push_back(std::move(claim));
    return batch_claims_->back();
  }
  IndexedClaim* claim = google::protobuf::Arena::CreateMessage<IndexedClaim>(
      answers_->arena.get());
  batch_claims_->push_back(claim);
  if (!claim->ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return nullptr;
  }
  return claim;
}

bool ClaimSink::Add(absl::string_view value, absl::string_view quote_key) {
  if (answers_ == nullptr) {
    IndexedClaim& claim = values_->emplace_back();
    return claim.ParseFromArray(value.data(), static_cast<int>(value.size())) &&
           MakeWhole(&claim);
  }
  const IndexedClaim* claim = AddToBatch(value);
  if (claim == nullptr) return false;
  if (quotes_read_ != nullptr && !quote_key.empty()) {
    quotes_read_->emplace(quote_key, claim);
  }
  return true;
}

void ClaimSink::AddParsed(std::shared_ptr<const IndexedClaim> claim,
                          absl::string_view quote_key) {
  batch_claims_->push_back(claim.get());
  if (!quote_key.empty()) quotes_read_->emplace(quote_key, claim.get());
  answers_->shared.push_back(std::move(claim));
}

void ClaimSink::Reserve(size_t more) {
  if (answers_ == nullptr) {
    values_->reserve(values_->size() + more);
  } else {
    batch_claims_->reserve(batch_claims_->size() + more);
  }
}

void ClaimSink::Reverse() {
  if (answers_ == nullptr) {
    std::reverse(values_->begin(), values_->end());
  } else {
    std::reverse(batch_claims_->begin(), batch_claims_->end());
  }
}

}  // namespace factcheck::store
