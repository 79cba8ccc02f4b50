#pragma once
// Command-line parsing, pure and strict: every argument is validated here, because the same
// binary runs elevated on the GUI's behalf. Unknown options are errors, never ignored.

#include "AppPaths.h"
#include "ProbeCliOptions.h"
#include "ProposalsOptions.h"

#include "ipsecdoctor/model/auth_method.h"
#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/model/step.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
    UsageProblem problem;
    std::string argument; // the offending argument, for the message
};

/// Who runs the command: a privileged run (elevated on Windows, root elsewhere) is held to the
/// rules of checkPrivilegedCommandLine (PrivilegedCommandLine.h) before anything else.
enum class RunAs { User, Privileged };

/// Parses argv[1..]. Returns the options or the first usage problem.
std::variant<CliOptions, UsageError> parseCli(const std::vector<std::string>& args,
                                              RunAs runAs = RunAs::User);

/// "7d", "24h", "90m" → seconds; nullopt for anything else (at most 365 days).
std::optional<std::int64_t> parseSince(std::string_view text);
/// The probe command line (ProbeCliOptions.cpp); parseCli delegates to it.
std::variant<CliOptions, UsageError> parseProbeCli(const std::vector<std::string>& args);

/// True for a journal id as the journal writes them: "20261127T101500Z-3f2a9c".
bool isValidJournalId(const std::string& id);

/// The elevated helper writes only files of this name in a folder named "IPsecDoctor": a
/// process that launches it with crafted arguments cannot make it overwrite any other file.
/// True for an absolute path, without "." or ".." parts, whose file name is `fileName`, whose
/// folder is named IPsecDoctor and exists.
bool isValidDataFilePath(const std::string& path, std::string_view fileName);

} // namespace ipsecdoctor::app
