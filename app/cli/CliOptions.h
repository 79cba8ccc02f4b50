#pragma once
// Command-line parsing, pure and strict: every argument is validated here, because the same
// binary runs elevated on the GUI's behalf. Unknown options are errors, never ignored.

#include "AppPaths.h"
#include "ProposalsOptions.h"

#include "ipsecdoctor/model/step.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ipsecdoctor::app {

enum class CliCommand { Help, Version, Check, Fix, Undo, Journal, BundleExport, Profiles };

struct CliOptions {
    CliCommand command = CliCommand::Help;
    bool json = false;
    std::string lang;           // "fr" | "en" | "" (preferred)
    std::optional<Step> step;   // check --step
    std::string bundlePath;     // check --bundle
    std::string remediationId;  // fix <id> (validated against the allow-list)
    std::string journalId;      // undo <id>
    bool undoLast = false;      // undo --last
    std::string journalPath;    // --journal FILE (validated; default: the user's journal)
    std::string resultPath;     // --result FILE: also write the JSON document there (validated)
    std::string exportPath;     // bundle export FILE
    ProposalsOptions proposals; // check --step proposals, profiles, profile fixes (ProposalsOptions.h)
};

enum class UsageProblem {
    MissingCommand,
    UnknownCommand,
    UnknownOption,
    MissingValue,
    BadLanguage,
    BadStep,
    MissingArgument,
    UnexpectedArgument,
    BadRemediationId,
    BadJournalId,
    BadJournalPath,
    BadResultPath,
    BadOptionValue, // argument: "--option value"
};

struct UsageError {
    UsageProblem problem;
    std::string argument; // the offending argument, for the message
};

/// Parses argv[1..]. Returns the options or the first usage problem.
std::variant<CliOptions, UsageError> parseCli(const std::vector<std::string>& args);

/// True for a journal id as the journal writes them: "20261127T101500Z-3f2a9c".
bool isValidJournalId(const std::string& id);

/// The elevated helper writes only files of this name in a folder named "IPsecDoctor": a
/// process that launches it with crafted arguments cannot make it overwrite any other file.
/// True for an absolute path, without "." or ".." parts, whose file name is `fileName`, whose
/// folder is named IPsecDoctor and exists.
bool isValidDataFilePath(const std::string& path, std::string_view fileName);

} // namespace ipsecdoctor::app
