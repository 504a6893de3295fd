// The rows of a table built into the binary from data/*.tsv (embedded_text):
// one row per line, its fields split at tabs, empty lines and "#" comment
// lines skipped. Every lexicon reads its table so.
#ifndef FACTCHECK_SERVER_EXTRACT_DATA_ROWS_H_
#define FACTCHECK_SERVER_EXTRACT_DATA_ROWS_H_

#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck::extract {

// The rows of `tsv` with at least `min_fields` fields (shorter ones are
// skipped), in order; the fields are views into `tsv`.
std::vector<std::vector<absl::string_view>> DataRows(absl::string_view tsv,
                                                     size_t min_fields);

}  // namespace factcheck::extract

#endif  // FACTCHECK_SERVER_EXTRACT_DATA_ROWS_H_
