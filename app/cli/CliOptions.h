#pragma once
// What a command line asks for, once parsed (commandline/CommandLine.cpp), and the rules its
// values follow. Parsing is pure and strict: every argument is validated, because the same binary
// runs elevated on the GUI's behalf. Unknown and misplaced options are errors, never ignored.

#include "AppPaths.h"
#include "ProbeCliOptions.h"
#include "ProposalsOptions.h"

#include "ipsecdoctor/model/auth_method.h"
#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/model/step.h"
#include "ipsecdoctor/util/path_text.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ipsecdoctor::app {

enum class CliCommand {
    Help,
    Version,
    Check,
    Fix,
    Undo,
    Journal,
    BundleExport,
    Certs,
    Explain,
    Diagnose,
    Probe,
    Profiles,
};

struct CliOptions {
    CliCommand command = CliCommand::Help;
    std::optional<CliCommand> helpTopic; // `check --help`: the command whose help is asked for
    bool json = false;
    std::string lang;          // "fr" | "en" | "" (preferred)
    std::string providerLang;  // diagnose --provider-lang: the provider's message; "" = --lang's
    std::optional<Step> step;  // check --step
    std::string bundlePath;    // check/certs/diagnose --bundle; bundle export --bundle (re-export)
    std::string remediationId; // fix <id> (validated against the allow-list)
    std::string journalId;     // undo <id>
    bool undoLast = false;     // undo --last
    std::string journalPath;   // --journal FILE (validated; default: the user's journal)
    std::string resultPath;    // --result FILE: also write the JSON document there (validated)
    std::string exportPath;    // bundle export FILE
    bool anonymize = false;    // bundle export --anonymize: names and addresses replaced
    // Certificates (CertificateCommands.cpp): what the checks need to know about the connection,
    // the store `certs` lists, and the CA file a certificate.import-ca.* fix imports.
    std::optional<AuthMethod> authMethod;            // --auth machine-cert|user-cert|psk|eap-mschapv2
    std::optional<std::vector<std::string>> certreq; // --certreq SHA1[,SHA1...]
    std::string serverName;                          // --server NAME (the name the profile dials)
    std::optional<CertStore> certStore;              // certs --store machine-my|...
    std::string certFile;                            // fix certificate.import-ca.* --file FILE
    std::string certThumbprint;                      // ... --thumbprint SHA1 (the one confirmed)
    std::string code;                                // explain CODE
    std::int64_t sinceSeconds = 7 * 86400;           // --since 7d: window of the live event logs
    std::string eventsPath;                          // --events FILE: a saved .evtx or event XML to analyse
    ProbeCliOptions probe;                           // probe HOST [options] (ProbeCliOptions.cpp)
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
    BadCertificateOption, // --auth, --certreq, --store, --file, --thumbprint value or placement
    BadSince,
    BadValue,              // an option value or argument outside what it accepts (e.g. probe --port 0)
    BadOptionValue,        // argument: "--option value"
    RefusedWhenPrivileged, // a command or option an elevated (root) run refuses (PrivilegedCommandLine.h)
    PathNotLocal,          // argument: "--option path"; a privileged run takes local absolute paths only
};

struct UsageError {
    UsageError(UsageProblem p, std::string arg) : problem(p), argument(std::move(arg)) {}

    UsageProblem problem;
    std::string argument;              // the offending argument, for the message
    std::optional<CliCommand> command; // the command it was given to, when known (for its --help)
};

/// Who runs the command: a privileged run (elevated on Windows, root elsewhere) is held to the
/// rules of checkPrivilegedCommandLine (PrivilegedCommandLine.h) before anything else.
enum class RunAs { User, Privileged };

/// Parses argv[1..] (commandline/CommandLine.cpp). Returns the options or the first usage problem.
std::variant<CliOptions, UsageError> parseCli(const std::vector<std::string>& args,
                                              RunAs runAs = RunAs::User);

/// The rules that tie options to what the command does, once the command has taken its arguments
/// (--file only with a CA import fix, --tunnel only for the proposals step...): the certificate
/// options' in CertificateCommands.cpp, validateProposalsOptions in ProposalsOptions.cpp.
std::optional<UsageError> validateCertificateOptions(const CliOptions& o);

/// "7d", "24h", "90m" → seconds; nullopt for anything else (at most 365 days).
std::optional<std::int64_t> parseSince(std::string_view text);

/// True for a journal id as the journal writes them: "20261127T101500Z-3f2a9c".
bool isValidJournalId(const std::string& id);

/// The elevated helper writes only files of this name in a folder named "IPsecDoctor": a
/// process that launches it with crafted arguments cannot make it overwrite any other file.
/// True for an absolute path, without "." or ".." parts, whose file name is `fileName`, whose
/// folder is named IPsecDoctor and exists.
bool isValidDataFilePath(const std::string& path, std::string_view fileName);

} // namespace ipsecdoctor::app
