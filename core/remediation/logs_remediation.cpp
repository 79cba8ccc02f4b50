#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"

#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"

#include "registry_value_text.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

constexpr std::string_view kAuditKind = "audit";
constexpr std::string_view kRegistryKind = "registry";
constexpr std::string_view kHklm = "HKLM\\";

// ipsec-facts.md §2: the components `netsh ras set tracing` covers on a VPN client. RASTAPI
// traces the WAN miniports (the IKEv2/L2TP devices) and is where a dial's device errors show.
constexpr std::array<std::string_view, 6> kComponents{"RASMAN", "RASAPI32", "RASPPP",
                                                      "RASTLS", "RASCHAP",  "RASTAPI"};

const AuditSubcategory* ipsecSubcategory(std::string_view guid) {
    for (const auto& sub : ipsecAuditSubcategories()) {
        if (sub.guid == guid) {
            return &sub;
        }
    }
    return nullptr;
}

std::optional<std::string_view> componentOf(std::string_view location) {
    for (auto c : kComponents) {
        if (location == std::string(kHklm) + tracingKey(c)) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace

bool isLogsRemediationId(std::string_view id) {
    return fixFamily(id) == FixFamily::Logs;
}

std::vector<std::string> allLogsRemediationIds() {
    auto ids = allFixIds();
    std::erase_if(ids, [](const std::string& id) { return !isLogsRemediationId(id); });
    return ids;
}

std::span<const std::string_view> rasTracingComponents() {
    return kComponents;
}

std::string tracingKey(std::string_view component) {
    return "SOFTWARE\\Microsoft\\Tracing\\" + std::string(component);
}

std::string auditSettingText(AuditSetting s) {
    return s.success && s.failure ? "success,failure"
           : s.success            ? "success"
           : s.failure            ? "failure"
                                  : "none";
}

std::optional<AuditSetting> auditSettingFromText(std::string_view text) {
    for (AuditSetting s : {AuditSetting{true, true}, AuditSetting{true, false}, AuditSetting{false, true},
                           AuditSetting{false, false}}) {
        if (auditSettingText(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

bool tracingValueEnabled(const std::optional<RegistryValue>& value) {
    const auto dword = value ? value->asDword() : std::nullopt;
    return dword && *dword != 0;
}

std::vector<SettingChange> planAuditEnable(const std::vector<AuditPrior>& prior) {
    std::vector<SettingChange> changes;
    for (const auto& p : prior) {
        const auto* sub = ipsecSubcategory(p.guid);
        if (!sub) {
            continue; // only the IPsec subcategories are ever changed
        }
        SettingChange c;
        c.kind = std::string(kAuditKind);
        c.location = std::string(sub->guid);
        c.name = std::string(sub->id);
        c.before = auditSettingText(p.setting);
        c.after = auditSettingText(AuditSetting{true, true});
        changes.push_back(std::move(c));
    }
    return changes;
}

Expected<std::vector<AuditWrite>> planAuditUndo(const JournalEntry& entry) {
    std::vector<AuditWrite> writes;
    for (const auto& c : entry.settings) {
        const auto* sub = c.kind == kAuditKind ? ipsecSubcategory(c.location) : nullptr;
        if (!sub) {
            return Error::make(ErrorCode::Malformed,
                               "journal entry '" + entry.id +
                                   "' names an audit setting IPsec Doctor does not change: " + c.kind + " " +
                                   c.location);
        }
        const auto before = c.before ? auditSettingFromText(*c.before) : std::nullopt;
        if (!before) {
            return Error::make(ErrorCode::Malformed, "journal entry '" + entry.id +
                                                         "': unreadable prior audit setting of " +
                                                         c.location);
        }
        writes.push_back({c.location, *before});
    }
    if (writes.empty()) {
        return Error::make(ErrorCode::Malformed, "journal entry '" + entry.id + "' records no audit setting");
    }
    return writes;
}

std::vector<SettingChange> planTracingEnable(const std::vector<TracingPrior>& prior) {
    std::vector<SettingChange> changes;
    for (const auto& p : prior) {
        SettingChange c;
        c.kind = std::string(kRegistryKind);
        c.location = std::string(kHklm) + tracingKey(p.component);
        c.name = std::string(kEnableFileTracing);
        if (p.value) {
            c.before = encodeRegistryValue(*p.value);
        }
        c.after = encodeRegistryValue(RegistryValue::dword(1));
        changes.push_back(std::move(c));
    }
    return changes;
}

Expected<std::vector<TracingRestore>> planTracingUndo(const JournalEntry& entry) {
    std::vector<TracingRestore> restores;
    for (const auto& c : entry.settings) {
        const auto component =
            c.kind == kRegistryKind && c.name == kEnableFileTracing ? componentOf(c.location) : std::nullopt;
        if (!component) {
            return Error::make(ErrorCode::Malformed,
                               "journal entry '" + entry.id +
                                   "' names a registry value tracing.ras.enable does not change: " +
                                   c.location + "\\" + c.name);
        }
        TracingRestore r{std::string(*component), std::nullopt};
        if (c.before) {
            r.value = decodeRegistryValue(*c.before);
            if (!r.value) {
                return Error::make(ErrorCode::Malformed, "journal entry '" + entry.id +
                                                             "': unreadable prior value '" + *c.before + "'");
            }
        }
        restores.push_back(std::move(r));
    }
    if (restores.empty()) {
        return Error::make(ErrorCode::Malformed, "journal entry '" + entry.id + "' records no tracing value");
    }
    return restores;
}

Expected<void> LogsRemediator::applyAudit(JournalEntry& entry) {
    if (!m_audit) {
        return Error::make(ErrorCode::NotSupported, "no audit policy on this system");
    }
    std::vector<AuditPrior> prior;
    for (const auto& sub : ipsecAuditSubcategories()) {
        auto setting = m_audit->query(sub.guid);
        if (!setting) {
            return setting.error().withContext("reading the audit policy of " + std::string(sub.id));
        }
        prior.push_back({sub.guid, *setting});
    }
    entry.settings = planAuditEnable(prior);
    entry.service = "IPsec audit policy";
    if (auto journaled = m_journal.append(entry); !journaled) {
        return journaled.error().withContext("cannot write the journal, nothing was changed");
    }
    for (std::size_t i = 0; i < prior.size(); ++i) {
        if (auto set = m_audit->set(prior[i].guid, AuditSetting{true, true}); !set) {
            for (std::size_t k = 0; k < i; ++k) { // put back what was already changed
                (void)m_audit->set(prior[k].guid, prior[k].setting);
            }
            return set.error().withContext("setting the audit policy of " + entry.settings[i].name);
        }
    }
    return {};
}

Expected<void> LogsRemediator::applyTracing(JournalEntry& entry) {
    if (!m_registry) {
        return Error::make(ErrorCode::NotSupported, "the registry exists only on Windows");
    }
    if (!m_registry->canModify()) {
        return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
    }
    std::vector<TracingPrior> prior;
    for (auto component : kComponents) {
        auto value = m_registry->read(RegistryRoot::LocalMachine, tracingKey(component), kEnableFileTracing);
        if (!value) {
            return value.error().withContext("reading " + tracingKey(component));
        }
        prior.push_back({component, *value});
    }
    entry.settings = planTracingEnable(prior);
    entry.service = "RAS tracing";
    if (auto undoable = undoableOrRefused(entry); !undoable) {
        return undoable;
    }
    if (auto journaled = m_journal.append(entry); !journaled) {
        return journaled.error().withContext("cannot write the journal, nothing was changed");
    }
    for (std::size_t i = 0; i < prior.size(); ++i) {
        const auto key = tracingKey(prior[i].component);
        if (auto written = m_registry->write(RegistryRoot::LocalMachine, key, kEnableFileTracing,
                                             RegistryValue::dword(1));
            !written) {
            for (std::size_t k = 0; k < i; ++k) {
                const auto previous = tracingKey(prior[k].component);
                (void)(prior[k].value
                           ? m_registry->write(RegistryRoot::LocalMachine, previous, kEnableFileTracing,
                                               *prior[k].value)
                           : m_registry->remove(RegistryRoot::LocalMachine, previous, kEnableFileTracing));
            }
            return written.error().withContext("writing " + key);
        }
    }
    return {};
}

Expected<JournalEntry> LogsRemediator::apply(std::string_view remediationId) {
    if (!isLogsRemediationId(remediationId)) {
        return Error::make(ErrorCode::InvalidArgument,
                           "'" + std::string(remediationId) + "' is not a fix of the Logs step");
    }
    JournalEntry entry;
    entry.id = newJournalEntryId();
    entry.remediationId = std::string(remediationId);
    entry.appliedAt = nowIso8601Utc();
    entry.reversible = true;
    entry.hostname = m_hostname;
    const bool audit = remediationId == fix::kAuditIpsecEnable;
    auto result = audit ? applyAudit(entry) : applyTracing(entry);
    if (!result) {
        logger()->warn("{} failed: {} (native {})", remediationId, result.error().detail,
                       result.error().native);
        (void)m_journal.remove(entry.id); // nothing changed (or it was put back)
        return result.error();
    }
    if (auto journaled = m_journal.update(entry); !journaled) {
        return journaled.error().withContext("the fix was applied but the journal could not be updated");
    }
    for (const auto& c : entry.settings) {
        logger()->info("{} (journal {}): {} {} was {}", remediationId, entry.id, c.location, c.name,
                       c.before.value_or("absent"));
    }
    return entry;
}

Expected<void> LogsRemediator::validateUndo(const JournalEntry& entry) const {
    if (!isLogsRemediationId(entry.remediationId)) {
        return Error::make(ErrorCode::InvalidArgument,
                           "journal entry '" + entry.id + "' is not a fix of the Logs step");
    }
    if (entry.status == JournalStatus::Undone) {
        return Error::make(ErrorCode::InvalidArgument, "journal entry '" + entry.id + "' was already undone");
    }
    if (auto valid = validateJournalEntry(entry, {}); !valid) {
        return valid.error();
    }
    return {};
}

Expected<FixDescription> LogsRemediator::describe(std::string_view fixId) const {
    if (!isLogsRemediationId(fixId)) {
        return Error::make(ErrorCode::InvalidArgument, std::string(fixId) + " is not a fix of the Logs step");
    }
    return FixDescription{FixFamily::Logs, FixRights::Administrator, true};
}

Expected<JournalEntry> LogsRemediator::undo(std::string_view journalId) {
    auto toUndo = entryToUndo(m_journal, journalId);
    if (!toUndo) {
        return toUndo.error();
    }
    JournalEntry entry = std::move(toUndo).value();
    if (entry.remediationId == fix::kAuditIpsecEnable) {
        auto writes = planAuditUndo(entry);
        if (!writes) {
            return writes.error();
        }
        if (!m_audit) {
            return Error::make(ErrorCode::NotSupported, "no audit policy on this system");
        }
        for (const auto& w : *writes) {
            if (auto set = m_audit->set(w.guid, w.setting); !set) {
                return set.error().withContext("undo: restoring the audit policy of " + w.guid);
            }
        }
    } else {
        auto restores = planTracingUndo(entry);
        if (!restores) {
            return restores.error();
        }
        if (!m_registry || !m_registry->canModify()) {
            return Error::make(ErrorCode::ReadOnly, "the registry cannot be changed here");
        }
        for (const auto& r : *restores) {
            const auto key = tracingKey(r.component);
            auto restored =
                r.value ? m_registry->write(RegistryRoot::LocalMachine, key, kEnableFileTracing, *r.value)
                        : m_registry->remove(RegistryRoot::LocalMachine, key, kEnableFileTracing);
            if (!restored) {
                return restored.error().withContext("undo: restoring " + key);
            }
        }
    }
    auto undone = recordUndone(m_journal, std::move(entry));
    if (undone) {
        logger()->info("undid {} ({})", undone->remediationId, undone->id);
    }
    return undone;
}

} // namespace ipsecdoctor
