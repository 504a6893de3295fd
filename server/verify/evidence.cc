#include "server/verify/evidence.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "store/quote_shingles.h"

namespace factcheck::verify {
namespace {

// An excerpt's fingerprint: its letters and digits, lower-cased. Two
// excerpts with one fingerprint are copies of one story (not reports that
// merely agree). Compared without making the fingerprint: a verification
// asks this of every evidence list, whose excerpts run to hundreds of bytes.
bool IsFingerprinted(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c));
}

// FNV-1a of the fingerprint; `empty` says whether it has no character.
uint64_t FingerprintHash(absl::string_view excerpt, bool* empty) {
  uint64_t hash = store::kFnvOffsetBasis;
  *empty = true;
  for (char c : excerpt) {
    if (!IsFingerprinted(c)) continue;
    *empty = false;
    const char lower = absl::ascii_tolower(static_cast<unsigned char>(c));
    hash = store::Fnv1a(hash, absl::string_view(&lower, 1));
  }
  return hash;
}

bool SameFingerprint(absl::string_view a, absl::string_view b) {
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && !IsFingerprinted(a[i])) ++i;
    while (j < b.size() && !IsFingerprinted(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (absl::ascii_tolower(a[i]) != absl::ascii_tolower(b[j])) return false;
    ++i;
    ++j;
  }
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
  // Each claim joins the first before it of its source (compared without
  // case), and the first before it with its excerpt's fingerprint. Lists
  // are short (a lookup's window): a scan of the earlier ones, their
  // fingerprints' hashes compared first, costs less than a map of strings.
  std::vector<uint64_t> text_hashes(n);
  std::vector<bool> has_text(n);
  int copies = 0;
  for (size_t i = 0; i < n; ++i) {
    const absl::string_view source = evidence[i]->source();
    for (size_t j = 0; j < i; ++j) {
      if (absl::EqualsIgnoreCase(evidence[j]->source(), source)) {
        parent[Find(parent, i)] = Find(parent, j);
        break;
      }
    }
    bool empty = true;
    text_hashes[i] = FingerprintHash(evidence[i]->excerpt(), &empty);
    if (empty) continue;
    has_text[i] = true;
    for (size_t j = 0; j < i; ++j) {
      if (!has_text[j] || text_hashes[j] != text_hashes[i] ||
          !SameFingerprint(evidence[j]->excerpt(), evidence[i]->excerpt())) {
        continue;
      }
      if (!absl::EqualsIgnoreCase(evidence[j]->source(), source)) ++copies;
      parent[Find(parent, i)] = Find(parent, j);
      break;
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

std::string DayLabel(absl::Time time) {
  // The date as FormatTime("%d %b %Y") writes it, less the day's leading
  // zero, without FormatTime's cost (judgements label a few priors each):
  // made by hand for the four-digit years, which it writes alike.
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr",
                                            "May", "Jun", "Jul", "Aug",
                                            "Sep", "Oct", "Nov", "Dec"};
  const absl::CivilSecond civil =
      absl::ToCivilSecond(time, absl::UTCTimeZone());
  if (civil.year() >= 1000 && civil.year() <= 9999) {
    return absl::StrCat(civil.day(), " ", kMonths[civil.month() - 1], " ",
                        civil.year());
  }
  std::string date = absl::FormatTime("%d %b %Y", time, absl::UTCTimeZone());
  if (!date.empty() && date[0] == '0') date.erase(0, 1);
  return date;
}

std::string Label(const store::IndexedClaim& prior) {
  std::string date = DayLabel(PublishedAt(prior));
  return prior.source().empty() ? date
                                : absl::StrCat(prior.source(), ", ", date);
}

double Confidence(int sources, double base, double step, double ceiling) {
  return std::min(ceiling, base + step * std::max(0, sources - 1));
}

}  // namespace factcheck::verify
