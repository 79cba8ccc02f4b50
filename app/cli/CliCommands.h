#pragma once
// The CLI's commands over the core. The platform is injected so that tests run every command on
// a simulated SCM; main() passes the real one (Win32 on Windows; elsewhere only bundles work).

#include "CliOptions.h"
#include "ConsentPrompt.h"

#include "ipsecdoctor/bundle/trace_files.h"
#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/platform/trace_folder.h"
#include "ipsecdoctor/remediation/journal.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace ipsecdoctor::app {

/// Documented exit codes.
enum ExitCode : int {
    kExitHealthy = 0,      // no problem found / the command succeeded
    kExitProblems = 1,     // check found warnings or worse
    kExitUsage = 2,        // bad command line
    kExitRuntimeError = 3, // the command could not be carried out
};

struct CliEnvironment {
    std::function<Expected<LivePlatform>()> makePlatform = makeLivePlatform;
    std::string defaultJournalPath; // the user's journal
    /// The machine's journal (%ProgramData%\IPsecDoctor\journal.json); empty off Windows and in
    /// tests that have none. The elevated helper journals there (JournalLocation.h).
    std::string machineJournalPath;
    std::shared_ptr<Journal> journal; // this run's journal, read once (runJournal)
    std::function<std::string()> readLog = [] {
        return std::string();
    }; // for bundle export
    /// The user's and all-users phonebooks (tests point them at a folder).
    std::function<std::vector<PhonebookLocation>()> phonebooks = systemPhonebooks;
    /// Where RAS trace files are read for bundle export (tests point it at a folder).
    std::function<std::optional<std::filesystem::path>()> traceDirectory = systemTraceDirectory;
    /// The administrator's yes before a CA is imported (the helper's own native dialog).
    ConsentPrompt consent = showNativeConsentPrompt;
    /// The IKE probe (check --step certificates --server HOST asks the server for its CERTREQ).
    std::function<ProbeResult(const ike::ProbeOptions&)> probe = [](const ike::ProbeOptions& options) {
        auto transport = ike::makeSystemUdpTransport();
        return ike::runProbe(options, *transport);
    };
};

/// The collection context of every live command (check, bundle export, diagnose): services, VPN
/// profiles and registry facts, and — for the steps asked for — certificates, and the event logs
/// and audit policy with the --since window, where the platform has them.
CollectContext collectContextFor(const CliOptions& options, LivePlatform& platform, CliEnvironment& env);

/// A path given on the command line (UTF-8), as the file system takes it on every OS.
std::filesystem::path utf8Path(const std::string& s);

/// --result: the same JSON document, for a caller that cannot read our output (the GUI behind UAC).
void writeResultFile(const CliOptions& options, const nlohmann::json& document);
/// Logs the failure, writes it to the --result file, prints it (JSON or localized text);
/// returns kExitRuntimeError.
int failWithResult(const CliOptions& options, std::ostream& out, std::ostream& err, const Error& error);

int runCli(const CliOptions& options, CliEnvironment& env, std::ostream& out, std::ostream& err);

/// The localized usage text (for --help and usage errors).
std::string usageText();
/// A localized sentence for a usage error.
std::string usageErrorText(const UsageError& error);

} // namespace ipsecdoctor::app
