#pragma once
// One interface for every fix family (fix_ids.h): apply a fix, check a journal entry before undo
// touches anything, undo it, and say what a fix of the family changes. The four families that
// change something implement it (Remediator: services; SettingRemediator: registry values and
// phonebooks; LogsRemediator: auditing and tracing; CertificateRemediator: CA imports), so undo
// can be routed by the entry's fix id alone (undoByFamily) and a test can hold every family to
// the same rules.

#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace ipsecdoctor {

struct CaCandidate;

/// What a fix needs besides its id: the setting fixes their arguments, a CA import its file, the
/// thumbprint the administrator was shown and the consent prompt.
struct FixRequest {
    std::string fixId;
    SettingArguments setting;   // profile.* (profile, scope, policy or tunnel type)
    std::string caFileContents; // certificate.import-ca.*
    std::string caThumbprint;   // certificate.import-ca.*: the one confirmed
    std::function<bool(const CaCandidate&, CertStore)> caConsent; // certificate.import-ca.*
};

/// Who may apply a fix: an administrator (the machine's services, registry, audit policy and
/// stores), or whoever may write the phonebook (profile.*: the user for their own phonebook, an
/// administrator for the all-users one).
enum class FixRights { Administrator, PhonebookOwner };

/// What a fix of a family changes, for the journal's readers and the allow-list's tests.
struct FixDescription {
    FixFamily family = FixFamily::Service;
    FixRights rights = FixRights::Administrator;
    /// Undo can put back what it changed (a service restart, for instance, changes no setting).
    bool reversible = true;
};

class FixRemediator {
public:
    virtual ~FixRemediator() = default;

    virtual FixFamily family() const = 0;
    /// Records the state before, applies the fix, journals the result.
    virtual Expected<JournalEntry> apply(const FixRequest& request) = 0;
    /// Whether undo may act on `entry`: a fix of this family, not undone yet, reversible, and
    /// valid by journal_validation.h with this remediator's context. Nothing is changed.
    virtual Expected<void> validateUndo(const JournalEntry& entry) const = 0;
    /// Restores what the entry `journalId` recorded (after validateUndo) and marks it undone.
    virtual Expected<JournalEntry> undo(std::string_view journalId) = 0;
    /// What a fix of this family changes; Error{InvalidArgument} for an id of another family.
    virtual Expected<FixDescription> describe(std::string_view fixId) const = 0;

protected:
    /// The entry `journalId` of `journal`, once validateUndo accepted it: every undo starts here.
    Expected<JournalEntry> entryToUndo(const Journal& journal, std::string_view journalId) const;
    /// Marks `entry` undone, now, in `journal`: the last step of every undo, once the change is
    /// reverted (a journal that cannot be written then is an error that says so).
    static Expected<JournalEntry> recordUndone(Journal& journal, JournalEntry entry);
};

/// The entry `journalId`, or with an empty id the newest applied, reversible one; NotFound else.
Expected<JournalEntry> journalEntryToUndo(const Journal& journal, std::string_view journalId);

/// The journal entry `journalId` (empty: the newest applied, reversible one), undone by the
/// remediator of its fix's family among `families`; NotSupported when none of them is that family.
Expected<JournalEntry> undoByFamily(Journal& journal, std::span<FixRemediator* const> families,
                                    std::string_view journalId);

} // namespace ipsecdoctor
