#include "ipsecdoctor/remediation/remediator.h"

#include "ipsecdoctor/knowledge/known_services.h"
#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"

#include <algorithm>
#include <chrono>

namespace ipsecdoctor {
namespace {} // namespace

Expected<ServiceStateRecord> Remediator::currentState(const std::string& service) {
    auto info = m_services.query(service);
    if (!info) {
        return info.error();
    }
    if (!info->present) {
        return Error::make(ErrorCode::NotFound, "service '" + service + "' is not installed", 1060);
    }
    return ServiceStateRecord{info->startType, info->delayedAutoStart, info->state};
}

Expected<void> Remediator::reachState(const std::string& service, ServiceState target) {
    auto asked = target == ServiceState::Running ? m_services.start(service) : m_services.stop(service);
    if (!asked) {
        return asked;
    }
    return m_services.waitForState(service, target, m_options.stateTimeout);
}

Expected<void> Remediator::restart(const std::string& service, std::vector<std::string>& dependents) {
    auto active = m_services.activeDependents(service);
    if (!active) {
        return active.error();
    }
    // activeDependents lists them in the order they must stop (as EnumDependentServices does).
    for (const auto& dep : *active) {
        if (auto stopped = reachState(dep, ServiceState::Stopped); !stopped) {
            return stopped.error().withContext("stopping dependent " + dep);
        }
        dependents.push_back(dep);
    }
    if (auto stopped = reachState(service, ServiceState::Stopped); !stopped) {
        return stopped.error().withContext("stopping " + service);
    }
    if (auto started = reachState(service, ServiceState::Running); !started) {
        return started.error().withContext("starting " + service);
    }
    for (auto it = dependents.rbegin(); it != dependents.rend(); ++it) {
        if (auto started = reachState(*it, ServiceState::Running); !started) {
            return started.error().withContext("starting dependent " + *it);
        }
    }
    return {};
}

Expected<JournalEntry> Remediator::apply(std::string_view remediationId) {
    auto spec = parseRemediationId(remediationId);
    if (!spec) {
        return spec.error();
    }
    if (!m_services.canModify()) {
        return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
    }
    auto before = currentState(spec->service);
    if (!before) {
        return before.error();
    }

    JournalEntry entry;
    entry.id = newJournalEntryId();
    entry.remediationId = spec->id;
    entry.service = spec->service;
    entry.appliedAt = nowIso8601Utc();
    entry.reversible = spec->reversible;
    entry.before = *before;
    entry.after = *before;
    entry.hostname = m_options.hostname;
    // Journal before touching anything: if we are killed half-way, the prior state is on disk.
    if (auto journaled = m_journal.append(entry); !journaled) {
        return journaled.error().withContext("cannot write the journal, nothing was changed");
    }
    logger()->info("applying {} (journal {}): {} was {}/{}", spec->id, entry.id, spec->service,
                   startTypeId(before->startType), serviceStateId(before->state));

    const KnownService* known = findKnownService(spec->service);
    Expected<void> result;
    switch (spec->action) {
    case ServiceAction::Start:
        result = reachState(spec->service, ServiceState::Running);
        break;
    case ServiceAction::Restart:
        result = before->state == ServiceState::Running ? restart(spec->service, entry.restartedDependents)
                                                        : reachState(spec->service, ServiceState::Running);
        break;
    case ServiceAction::SetDefaultStart:
    case ServiceAction::SetAutomatic: {
        const StartType type =
            spec->action == ServiceAction::SetAutomatic ? StartType::Automatic : known->windowsDefault;
        result = m_services.setStartType(spec->service, type, false);
        if (result) {
            result = reachState(spec->service, ServiceState::Running);
        }
        break;
    }
    }

    auto after = currentState(spec->service);
    if (after) {
        entry.after = *after;
    }
    if (!result) {
        logger()->warn("{} failed: {} (native {})", spec->id, result.error().detail, result.error().native);
        // Keep the entry only if something changed, so that undo can restore it.
        if (after && *after == *before && entry.restartedDependents.empty()) {
            (void)m_journal.remove(entry.id);
        } else {
            (void)m_journal.update(entry);
        }
        return result.error();
    }
    if (auto journaled = m_journal.update(entry); !journaled) {
        return journaled.error().withContext("the fix was applied but the journal could not be updated");
    }
    logger()->info("applied {}: {} is now {}/{}", spec->id, spec->service, startTypeId(entry.after.startType),
                   serviceStateId(entry.after.state));
    return entry;
}

Expected<void> Remediator::validateUndo(const JournalEntry& entry) const {
    if (entry.certificate) {
        return Error::make(ErrorCode::InvalidArgument,
                           "journal entry '" + entry.id +
                               "' is a certificate change (CertificateRemediator)");
    }
    if (!entry.settings.empty()) {
        return Error::make(ErrorCode::NotSupported,
                           "journal entry '" + entry.id +
                               "' changed a setting, not a service: see undoJournalEntry");
    }
    if (entry.status == JournalStatus::Undone) {
        return Error::make(ErrorCode::InvalidArgument, "journal entry '" + entry.id + "' was already undone");
    }
    // What to change comes from the id; the entry only says what the state was before.
    if (auto valid = validateJournalEntry(entry, {}); !valid) {
        return valid.error();
    }
    const auto spec = parseRemediationId(entry.remediationId);
    if (!spec) {
        return Error::make(ErrorCode::InvalidArgument,
                           "journal entry '" + entry.id + "' is not a service fix");
    }
    if (!spec->reversible) {
        return Error::make(ErrorCode::NotSupported,
                           entry.remediationId + " changes no setting: nothing to undo");
    }
    return {};
}

Expected<FixDescription> Remediator::describe(std::string_view fixId) const {
    const auto spec = parseRemediationId(fixId);
    if (!spec) {
        return Error::make(ErrorCode::InvalidArgument, std::string(fixId) + " is not a service fix");
    }
    return FixDescription{FixFamily::Service, FixRights::Administrator, spec->reversible};
}

Expected<JournalEntry> Remediator::undo(std::string_view journalId) {
    if (!m_services.canModify()) {
        return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
    }
    auto toUndo = entryToUndo(m_journal, journalId);
    if (!toUndo) {
        return toUndo.error();
    }
    JournalEntry entry = std::move(toUndo).value();
    auto spec = parseRemediationId(entry.remediationId); // checked by validateUndo
    const std::string& service = spec->service;
    auto current = currentState(service);
    if (!current) {
        return current.error();
    }
    const auto& target = entry.before;
    // A start changes no start type, so its undo restores none.
    const bool changesStartType =
        spec->action == ServiceAction::SetAutomatic || spec->action == ServiceAction::SetDefaultStart;
    const bool startTypeDiffers = changesStartType && (current->startType != target.startType ||
                                                       current->delayedAutoStart != target.delayedAutoStart);
    const bool wantRunning = target.state == ServiceState::Running;
    const bool isRunning = current->state != ServiceState::Stopped;

    // Stop before disabling, and enable before starting: a disabled service cannot start.
    if (!wantRunning && isRunning) {
        if (auto r = reachState(service, ServiceState::Stopped); !r) {
            return r.error().withContext("undo: stopping " + service);
        }
    }
    if (startTypeDiffers) {
        if (auto r = m_services.setStartType(service, target.startType, target.delayedAutoStart); !r) {
            return r.error().withContext("undo: restoring the start type of " + service);
        }
    }
    if (wantRunning && !isRunning) {
        if (auto r = reachState(service, ServiceState::Running); !r) {
            return r.error().withContext("undo: starting " + service);
        }
    }
    auto after = currentState(service);
    if (after) {
        entry.after = *after;
    }
    auto undone = recordUndone(m_journal, std::move(entry));
    if (undone) {
        logger()->info("undid {} ({}): {} restored to {}/{}", undone->remediationId, undone->id, service,
                       startTypeId(target.startType), serviceStateId(target.state));
    }
    return undone;
}

Expected<JournalEntry> Remediator::undoLast() {
    auto entries = m_journal.load();
    if (!entries) {
        return entries.error();
    }
    for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
        if (it->status == JournalStatus::Applied && it->reversible &&
            fixFamily(it->remediationId) == FixFamily::Service) {
            return undo(it->id);
        }
    }
    return Error::make(ErrorCode::NotFound, "nothing to undo: no applied, reversible fix in the journal");
}

} // namespace ipsecdoctor
