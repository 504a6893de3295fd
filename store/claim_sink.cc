#include "store/claim_sink.h"

#include <algorithm>

#include "store/index_values.h"

namespace factcheck::store {

bool ClaimSink::AddRead(absl::string_view key) {
  if (quotes_read_ == nullptr) return false;
  const auto read = quotes_read_->find(key);
  if (read == quotes_read_->end()) return false;
  on_arena_->push_back(read->second);
  return true;
}

bool ClaimSink::Add(absl::string_view value, absl::string_view quote_key) {
  IndexedClaim* claim = nullptr;
  if (arena_ == nullptr) {
    claim = &values_->emplace_back();
  } else {
    claim = google::protobuf::Arena::CreateMessage<IndexedClaim>(arena_);
    on_arena_->push_back(claim);
  }
  if (!claim->ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return false;
  }
  if (arena_ == nullptr && !MakeWhole(claim)) return false;
  if (quotes_read_ != nullptr && !quote_key.empty()) {
    quotes_read_->emplace(quote_key, claim);
  }
  return true;
}

void ClaimSink::Reserve(size_t more) {
  if (arena_ == nullptr) {
    values_->reserve(values_->size() + more);
  } else {
    on_arena_->reserve(on_arena_->size() + more);
  }
}

void ClaimSink::Reverse() {
  if (arena_ == nullptr) {
    std::reverse(values_->begin(), values_->end());
  } else {
    std::reverse(on_arena_->begin(), on_arena_->end());
  }
}

}  // namespace factcheck::store
