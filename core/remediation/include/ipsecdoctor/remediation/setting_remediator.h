#pragma once
// Applies and undoes the setting remediations of setting_ids.h: registry values through the
// Registry interface, profile settings by editing the phonebook.
//
// Why the phonebook and not Set-VpnConnectionIPsecConfiguration (VpnClient WMI/PowerShell):
//  - no PowerShell process whose command line carries the profile name (any text a user or a
//    provisioning tool chose: quotes, `$(...)`): nothing is ever parsed as code;
//  - undo is exact: the journal keeps the keys' previous text (or their absence), and only those
//    keys are written back; every other byte of the file is left as it was (vpn/phonebook.h);
//  - the same code path for the user's and the all-users phonebook, testable under Wine and on
//    any OS, and independent of the VpnClient module (absent from some SKUs, blocked by
//    constrained language mode);
//  - the field order of CustomIPSecPolicies is settled by evidence (vpn/custom_ipsec_policy.h).
// The file is replaced atomically (write beside, flush, rename) after a backup copy is taken.
// RasMan reads the phonebook at dial time: the change applies at the next connection.

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/remediation/remediator.h"

#include <filesystem>
#include <functional>
#include <string>

namespace ipsecdoctor {

struct SettingRemediatorOptions {
    std::string hostname;
    /// Where the phonebook of a scope is (systemPhonebook on Windows; a test folder in tests).
    std::function<Expected<std::filesystem::path>(PhonebookScope)> phonebookPath;
    /// Whether undo may edit back a phonebook file named with --pbk (journal_validation.h):
    /// never when elevated.
    bool allowNamedPhonebooks = false;
};

class SettingRemediator final : public FixRemediator {
public:
    /// `registry` may be null when only phonebook fixes are possible (not on Windows).
    SettingRemediator(Registry* registry, Journal& journal, SettingRemediatorOptions options)
        : m_registry(registry), m_journal(journal), m_options(std::move(options)) {}

    /// Records the state before, applies the change, journals the result.
    Expected<JournalEntry> apply(const SettingSpec& spec);
    /// Restores what the entry recorded (an absent value is deleted again) and marks it undone.
    Expected<JournalEntry> undo(std::string_view journalId) override;

    FixFamily family() const override { return FixFamily::Setting; }
    /// The fix id and its arguments (SettingArguments), parsed by parseSettingRemediation.
    Expected<JournalEntry> apply(const FixRequest& request) override;
    /// A setting entry, applied, whose values and phonebook are that fix's (journal_validation.h,
    /// with this remediator's phonebook locations).
    Expected<void> validateUndo(const JournalEntry& entry) const override;
    Expected<FixDescription> describe(std::string_view fixId) const override;

private:
    Expected<void> applyRegistry(const SettingSpec& spec, JournalEntry& entry);
    Expected<void> applyPhonebook(const SettingSpec& spec, JournalEntry& entry);
    std::filesystem::path phonebookFor(const std::string& location) const;

    Registry* m_registry;
    Journal& m_journal;
    SettingRemediatorOptions m_options;
};

/// Undoes any journal entry: a service change through `services`, a setting through `settings`.
/// With an empty id, the newest applied, reversible entry.
Expected<JournalEntry> undoJournalEntry(Journal& journal, Remediator& services, SettingRemediator& settings,
                                        std::string_view journalId);

} // namespace ipsecdoctor
