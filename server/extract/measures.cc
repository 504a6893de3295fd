#include "server/extract/measures.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_split.h"
#include "server/extract/data_rows.h"

namespace factcheck::extract {

extern const char kMeasuresTsv[];

MeasureLexicon::MeasureLexicon() {
  for (const std::vector<absl::string_view>& fields :
       DataRows(kMeasuresTsv, 2)) {
    MeasureEntry entry;
    entry.measure = std::string(fields[1]);
    if (fields.size() > 2) {
      for (absl::string_view flag : absl::StrSplit(fields[2], ',')) {
        if (flag == "cumulative") entry.cumulative = true;
        if (flag == "subject") entry.subject = true;
        if (flag == "head") entry.head = true;
        if (flag == "taken") entry.taken = true;
        if (flag == "flight") entry.flight = true;
        if (flag == "launched") entry.launched = true;
        if (flag == "physical" || flag == "area") entry.physical = true;
        if (flag == "area") entry.area = true;
        if (flag == "percent") entry.percent = true;
      }
    }
    entries_.push_back(entry);
    phrases_.Add(fields[0], static_cast<uint32_t>(entries_.size() - 1));
  }
}

const WordSet& HomeNouns() {
  static const WordSet* const kHomes = new WordSet(
      {"homes", "home", "houses", "house", "buildings", "building", "dwellings",
       "structures", "shops", "huts", "shelters", "apartments", "flats",
       "properties", "residences", "units", "households"});
  return *kHomes;
}

const MeasureLexicon& MeasureLexicon::Get() {
  static const MeasureLexicon* const kLexicon = new MeasureLexicon();
  return *kLexicon;
}

std::optional<MeasureMatch> MeasureLexicon::At(absl::string_view text,
                                               const std::vector<Token>& tokens,
                                               size_t i) const {
  std::optional<PhraseTable::Match> match = phrases_.LongestAt(text, tokens, i);
  if (!match) return std::nullopt;
  return MeasureMatch{&entries_[match->id], match->begin, match->end};
}

bool MeasureLexicon::IsCumulative(absl::string_view measure) const {
  for (const MeasureEntry& entry : entries_) {
    if (entry.measure == measure) return entry.cumulative;
  }
  return false;
}

size_t MeasureLexicon::MeasureCount() const {
  absl::flat_hash_set<std::string> names;
  for (const MeasureEntry& entry : entries_) names.insert(entry.measure);
  return names.size();
}

}  // namespace factcheck::extract
