#pragma once
// Applies allow-listed remediations through ServiceControl, journaling the prior state first,
// and undoes them.

#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/platform/service_control.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <chrono>
#include <string>
#include <string_view>

namespace ipsecdoctor {

struct RemediatorOptions {
    std::chrono::milliseconds stateTimeout{30000}; // per start/stop wait
    std::string hostname;                          // recorded in journal entries
};

class Remediator final : public FixRemediator {
public:
    Remediator(ServiceControl& services, Journal& journal, RemediatorOptions options = {})
        : m_services(services), m_journal(journal), m_options(std::move(options)) {}

    /// Validates `remediationId`, records the state before, applies it and journals the result.
    /// Error{ReadOnly} on a bundle; Error{AccessDenied} when not elevated.
    Expected<JournalEntry> apply(std::string_view remediationId);

    /// Restores the state recorded in the journal entry `journalId` and marks it undone.
    Expected<JournalEntry> undo(std::string_view journalId) override;

    FixFamily family() const override { return FixFamily::Service; }
    Expected<JournalEntry> apply(const FixRequest& request) override {
        return apply(std::string_view(request.fixId));
    }
    /// A service entry (not a setting's or a certificate's), applied, of a reversible action,
    /// naming the service its id names (journal_validation.h).
    Expected<void> validateUndo(const JournalEntry& entry) const override;
    Expected<FixDescription> describe(std::string_view fixId) const override;

    /// Undoes the newest entry that is still applied and reversible.
    Expected<JournalEntry> undoLast();

private:
    Expected<ServiceStateRecord> currentState(const std::string& service);
    Expected<void> reachState(const std::string& service, ServiceState target);
    Expected<void> restart(const std::string& service, std::vector<std::string>& dependents);

    ServiceControl& m_services;
    Journal& m_journal;
    RemediatorOptions m_options;
};

} // namespace ipsecdoctor
