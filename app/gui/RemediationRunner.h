#pragma once
// Runs one fix or undo, synchronously (the session calls it on a worker thread). Elevated
// sessions, and actions that need no administrator rights, go through the remediator of the fix's
// family (fix_remediator.h) in this process; otherwise the allow-listed CLI helper runs elevated
// (UAC) and the journal tells what it changed. Qt-free: plain core types in and out.

#include "ipsecdoctor/platform/audit_policy.h"
#include "ipsecdoctor/platform/certificate_store.h"
#include "ipsecdoctor/platform/elevation.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/platform/service_control.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/error.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::gui {

enum class ActionKind { Fix, Undo, UndoLast };

struct ActionRequest {
    ActionKind kind = ActionKind::Fix;
    std::string target;                // Fix: remediation id; Undo: journal entry id; UndoLast: empty
    bool elevated = false;             // the session itself runs elevated
    std::filesystem::path journalFile; // the user's journal (fixes of the user's own phonebook)
    std::string journalFileArgument;   // the same file, UTF-8, for the CLI's --journal
    /// The machine's journal, where the elevated helper (or this process, when elevated) journals
    /// machine changes; empty off Windows (then journalFile serves for both).
    std::filesystem::path machineJournalFile;
    std::filesystem::path resultFile; // where the elevated helper leaves its JSON result
    std::string resultFileArgument;   // the same file, UTF-8, for the CLI's --result
    std::string cliPath;              // the elevated helper, UTF-8
    std::string hostname;             // recorded in journal entries
    std::string certFile;             // certificate.import-ca.*: the CA file the user chose (UTF-8)
    std::string certThumbprint;       // ... and the thumbprint the user confirmed
};

struct ActionResult {
    ActionKind kind = ActionKind::Fix;
    std::string target;
    std::optional<JournalEntry> entry; // the journal entry written or undone, when known
    std::optional<Error> error;
    bool viaElevatedHelper = false;
    bool problemsRemain = false; // the helper's exit code 1: done, but the service is still not healthy

    bool ok() const { return !error.has_value(); }
};

/// CLI exit codes (app/cli): 0 success, 1 done but problems remain, 2 usage, 3 runtime error.
inline constexpr int kCliExitOk = 0;
inline constexpr int kCliExitProblemsRemain = 1;
inline constexpr int kCliExitUsage = 2;
inline constexpr int kCliExitRuntimeError = 3;

class RemediationRunner {
public:
    RemediationRunner(ServiceControl& services, Elevation& elevation,
                      CertificateStore* certificates = nullptr)
        : m_services(services), m_elevation(elevation), m_certificates(certificates) {}

    ActionResult run(const ActionRequest& request);

    /// The backends of the Logs step's fixes (audit.ipsec.enable, tracing.ras.enable) when they
    /// run in this process (an elevated session); either may be null.
    void setLogsBackends(AuditPolicy* audit, Registry* registry) {
        m_audit = audit;
        m_registry = registry;
    }

    /// True when `remediationId` would be run through the elevated helper (UAC prompt).
    static bool needsElevationPrompt(const std::string& remediationId, bool sessionElevated);

    /// The arguments given to the elevated helper for a fix or an undo.
    static std::vector<std::string> cliArguments(const ActionRequest& request, const std::string& target);

    /// What "Undo last" undoes: the newest applied, reversible entry of a family this runner
    /// applies (services, auditing and tracing, CA imports), chosen by its fix id.
    static std::optional<JournalEntry> lastUndoable(const std::vector<JournalEntry>& entries);

    /// The journal machine changes are written to: the machine's when there is one.
    static std::filesystem::path changesJournal(const ActionRequest& request);

private:
    ActionResult runInProcess(const ActionRequest& request);
    ActionResult runElevatedHelper(const ActionRequest& request);

    ServiceControl& m_services;
    Elevation& m_elevation;
    CertificateStore* m_certificates;
    AuditPolicy* m_audit = nullptr;
    Registry* m_registry = nullptr;
};

} // namespace ipsecdoctor::gui
