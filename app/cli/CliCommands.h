#pragma once
// The CLI's entry points for main() and the tests: run a parsed command line, and the texts of
// --help and usage errors. Each command is a class (commandline/Command.h).

#include "CliEnvironment.h"
#include "CliOptions.h"
#include "ExitCodes.h"

#include <optional>
#include <ostream>
#include <string>

namespace ipsecdoctor::app {

/// Runs the command `options` names (its Command), text made printable unless --json.
int runCli(const CliOptions& options, CliEnvironment& env, std::ostream& out, std::ostream& err);

/// The localized help of one command, or of the whole tool (--help and usage errors).
std::string usageText(std::optional<CliCommand> command = std::nullopt);
/// A localized sentence for a usage error.
std::string usageErrorText(const UsageError& error);

} // namespace ipsecdoctor::app
