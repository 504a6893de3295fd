// Parses the factcheck CLI's command line: `--name=value`, `--name value` and
// boolean `--name` flags may stand before or after the subcommand and its
// positional arguments; `--` ends the flags.
#ifndef FACTCHECK_CLIENT_COMMAND_LINE_H_
#define FACTCHECK_CLIENT_COMMAND_LINE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck::client {

// A flag the command line accepts.
struct FlagSpec {
  std::string name;
  // Boolean flags take no value (`--newest_first`); others need one.
  bool is_boolean = false;
};

struct CommandLine {
  // Non-flag arguments in order: the subcommand first.
  std::vector<std::string> positional;
  // Flag name -> value ("true" for a boolean flag given bare).
  std::map<std::string, std::string> flags;

  // The value of a flag, if given.
  std::optional<std::string> Flag(absl::string_view name) const;
};

// InvalidArgument for an unknown flag, a missing value or a repeated flag,
// with a message fit for the user.
[[nodiscard]] absl::StatusOr<CommandLine> ParseCommandLine(
    const std::vector<std::string>& args, const std::vector<FlagSpec>& known);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_COMMAND_LINE_H_
