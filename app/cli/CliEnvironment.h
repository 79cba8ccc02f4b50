#pragma once
// What a command runs with: the platform, the journal's places, the phonebooks, the consent
// prompt and the probe. main() passes the real ones (Win32 on Windows; elsewhere only bundles
// work); tests inject a simulated SCM and folders of their own.

#include "CliOptions.h"
#include "ConsentPrompt.h"

#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/platform/trace_folder.h"
#include "ipsecdoctor/remediation/journal.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor::app {

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
/// The platform of a command that changes the machine: AccessDenied, saying "`change` needs
/// administrator rights: run from an elevated prompt", when this process is not elevated.
Expected<LivePlatform> elevatedPlatform(CliEnvironment& env, std::string_view change);

CollectContext collectContextFor(const CliOptions& options, LivePlatform& platform, CliEnvironment& env);

} // namespace ipsecdoctor::app
