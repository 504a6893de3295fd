#include "server/verify/evidence.h"

#include <algorithm>
#include <numeric>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"

namespace factcheck::verify {
namespace {

// Words of an excerpt, for telling copies of one story apart from reports
// that merely agree.
std::string Fingerprint(const std::string& excerpt) {
  std::string out;
  for (char c : excerpt) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

int IndependentSources(const PriorClaims& evidence, std::string* note) {
  note->clear();
  const size_t n = evidence.size();
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  absl::flat_hash_map<std::string, size_t> by_source;
  absl::flat_hash_map<std::string, size_t> by_text;
  int copies = 0;
  for (size_t i = 0; i < n; ++i) {
    const std::string source = absl::AsciiStrToLower(evidence[i]->source());
    if (auto [it, fresh] = by_source.emplace(source, i); !fresh) {
      parent[Find(parent, i)] = Find(parent, it->second);
    }
    const std::string text = Fingerprint(evidence[i]->excerpt());
    if (text.empty()) continue;
    if (auto [it, fresh] = by_text.emplace(text, i); !fresh) {
      if (absl::AsciiStrToLower(evidence[it->second]->source()) != source) {
        ++copies;
      }
      parent[Find(parent, i)] = Find(parent, it->second);
    }
  }
  int groups = 0;
  for (size_t i = 0; i < n; ++i) groups += Find(parent, i) == i;
  if (copies > 0) {
    *note = absl::StrCat(" (", n, " reports, ", copies + 1,
                         " copies of one wire story)");
  }
  return groups;
}

absl::Time PublishedAt(const store::IndexedClaim& prior) {
  return absl::FromUnixSeconds(prior.published_seconds()) +
         absl::Nanoseconds(prior.published_nanos());
}

std::string Label(const store::IndexedClaim& prior) {
  std::string date =
      absl::FormatTime("%d %b %Y", PublishedAt(prior), absl::UTCTimeZone());
  if (!date.empty() && date[0] == '0') date.erase(0, 1);
  return prior.source().empty() ? date
                                : absl::StrCat(prior.source(), ", ", date);
}

double Confidence(int sources, double base, double step, double ceiling) {
  return std::min(ceiling, base + step * std::max(0, sources - 1));
}

}  // namespace factcheck::verify
