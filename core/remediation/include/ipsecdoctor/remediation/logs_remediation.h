#pragma once
// The two remediations of the Logs step, both needing administrator rights and no restart:
//
//   audit.ipsec.enable  success+failure auditing of the IPsec subcategories (by GUID, through
//                       AuditSetSystemPolicy). The journal records each subcategory's prior
//                       success/failure flags; undo writes exactly those back.
//   tracing.ras.enable  RAS file tracing: EnableFileTracing=1 under
//                       HKLM\SOFTWARE\Microsoft\Tracing\<component> for the RAS components
//                       (what `netsh ras set tracing` toggles; never run here). The journal records
//                       each component's prior value, or that it was absent; undo restores exactly
//                       that (an absent value is deleted again; a key the fix created stays, empty
//                       of our value, since the Registry interface deletes values, not keys).
//
// The plans (new state from the prior one, undo from a journal entry) are pure functions so the
// journaling logic is tested on any OS; LogsRemediator runs them through AuditPolicy/Registry.

#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/platform/audit_policy.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

bool isLogsRemediationId(std::string_view id);
std::vector<std::string> allLogsRemediationIds();

/// The RAS components whose file tracing tracing.ras.enable turns on (ipsec-facts.md §2).
std::span<const std::string_view> rasTracingComponents();
/// "SOFTWARE\\Microsoft\\Tracing\\RASMAN" (under HKLM).
std::string tracingKey(std::string_view component);
inline constexpr std::string_view kEnableFileTracing = "EnableFileTracing";

/// "success,failure" | "success" | "failure" | "none": how an audit setting is journaled.
std::string auditSettingText(AuditSetting setting);
std::optional<AuditSetting> auditSettingFromText(std::string_view text);

struct AuditPrior {
    std::string_view guid;
    AuditSetting setting;
};
/// The journal changes of audit.ipsec.enable: one per IPsec subcategory, before = its prior
/// flags, after = prior plus success and failure (enabling never turns a flag off).
std::vector<SettingChange> planAuditEnable(const std::vector<AuditPrior>& prior);

struct AuditWrite {
    std::string guid;
    AuditSetting setting;
    bool operator==(const AuditWrite&) const = default;
};
/// What undo writes: each subcategory's recorded prior flags. Error{Malformed} when the entry
/// names a GUID that is not an IPsec subcategory or a setting it cannot read (a journal is a
/// file: it is checked before anything is written).
Expected<std::vector<AuditWrite>> planAuditUndo(const JournalEntry& entry);

struct TracingPrior {
    std::string_view component;
    std::optional<RegistryValue> value; // nullopt: absent
};
/// The journal changes of tracing.ras.enable: one per component, before = its prior value
/// ("<type>:<hex>", or null when absent), after = DWORD 1.
std::vector<SettingChange> planTracingEnable(const std::vector<TracingPrior>& prior);

struct TracingRestore {
    std::string component;
    std::optional<RegistryValue> value; // nullopt: delete the value
    bool operator==(const TracingRestore&) const = default;
};
/// What undo writes back per component; Error{Malformed} for a component or location that is
/// not one tracing.ras.enable changes, or an unreadable value.
Expected<std::vector<TracingRestore>> planTracingUndo(const JournalEntry& entry);

/// True when the value turns file tracing on (a non-zero DWORD).
bool tracingValueEnabled(const std::optional<RegistryValue>& value);

class LogsRemediator final : public FixRemediator {
public:
    /// Either backend may be null (then its fix fails with NotSupported).
    LogsRemediator(AuditPolicy* audit, Registry* registry, Journal& journal, std::string hostname)
        : m_audit(audit), m_registry(registry), m_journal(journal), m_hostname(std::move(hostname)) {}

    /// Reads the prior state, journals it, applies the change, journals the result. When a write
    /// fails half-way, what was already changed is put back and the entry is removed.
    Expected<JournalEntry> apply(std::string_view remediationId);
    /// Restores what the entry recorded and marks it undone.
    Expected<JournalEntry> undo(std::string_view journalId) override;

    FixFamily family() const override { return FixFamily::Logs; }
    Expected<JournalEntry> apply(const FixRequest& request) override {
        return apply(std::string_view(request.fixId));
    }
    /// A Logs-step entry, applied, whose subcategories or components are that fix's.
    Expected<void> validateUndo(const JournalEntry& entry) const override;
    Expected<FixDescription> describe(std::string_view fixId) const override;

private:
    Expected<void> applyAudit(JournalEntry& entry);
    Expected<void> applyTracing(JournalEntry& entry);

    AuditPolicy* m_audit;
    Registry* m_registry;
    Journal& m_journal;
    std::string m_hostname;
};

} // namespace ipsecdoctor
