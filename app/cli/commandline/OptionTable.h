#pragma once
// Every option of ipsecdoctor-cli, declared once: its name, its value, its help and how its value
// is checked and stored. Commands list the options they take by name (Command.h); the parser
// (CommandLine.cpp) and the generated --help read this table, so an option cannot be accepted
// without being documented, nor documented without being checked. Every value is validated here
// because the same binary runs elevated on the GUI's behalf.

#include "CliOptions.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::app {

struct OptionDef {
    std::string_view name;   // without "--"
    char shortName = 0;      // '-h' for help; 0 for none
    const char* valueName;   // QT_TRANSLATE_NOOP("CliOption", "FILE"); nullptr for a flag
    const char* description; // QT_TRANSLATE_NOOP("CliOption", ...)
    /// Checks one value (for a flag: "") and stores it; called once per occurrence, in order.
    std::optional<UsageError> (*store)(const std::string& value, CliOptions& options);
};

/// The options every command takes: --json, --lang, --help, --version.
inline constexpr std::string_view kGlobalOptions[] = {"json", "lang", "help", "version"};

const std::vector<OptionDef>& optionTable();
const OptionDef* findOption(std::string_view name);

/// The translated value name and description (context "CliOption").
QString optionValueName(const OptionDef& option);
QString optionDescription(const OptionDef& option);

} // namespace ipsecdoctor::app
