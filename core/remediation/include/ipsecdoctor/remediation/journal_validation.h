#pragma once
// Undo re-derives what to change from the fix id; a journal entry only supplies the prior values,
// and each is checked against exactly what that fix can have changed before anything is touched:
//
//   service.<name>.<action>      the service the id names; start type and state as enums
//   registry.*                   that fix's one HKLM value; before absent or REG_DWORD 0..2
//   tracing.ras.enable           EnableFileTracing of the six RAS components; REG_DWORD 0..1
//   audit.ipsec.enable           the IPsec audit subcategories (by GUID); known flag texts
//   profile.*                    that fix's phonebook keys, in the phonebook Windows uses for the
//                                user or for all users (found by the platform, never the entry's
//                                text); a file named with --pbk only when not elevated
//   certificate.import-ca.*      the store of that id, a 40-hex thumbprint, and only one the
//                                import recorded on this machine (certificate_record.h)
//
// Anything else is Error{JournalEntryInvalid} with evidence (entry, remediation id, field, value,
// reason); the caller changes nothing.

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

struct JournalValidationContext {
    /// Where Windows keeps the phonebook of a scope (systemPhonebook; tests: a folder).
    std::function<Expected<std::filesystem::path>(PhonebookScope)> phonebookPath;
    /// A phonebook file named on the command line may be edited back only by a run that has the
    /// rights of whoever named it: never by the elevated helper.
    bool allowNamedPhonebooks = false;
    /// Whether an import recorded this thumbprint for this store; unset: none was recorded.
    std::function<Expected<bool>(CertStore, std::string_view thumbprint)> certificateRecorded;
};

Expected<void> validateJournalEntry(const JournalEntry& entry, const JournalValidationContext& context);

/// For a fix about to journal `entry`: InvalidArgument when undo would refuse it (a prior registry
/// value of another type or out of range), so that nothing is changed that could not be undone.
Expected<void> undoableOrRefused(const JournalEntry& entry);

/// The entries of a user's journal (IPsec Doctor 0.1 journaled machine changes there) that an
/// elevated fix takes over into the machine's journal: applied and reversible, changing the machine
/// (not the user's own phonebook), not already in `machine`, and valid by validateJournalEntry
/// with `context` (a certificate import of 0.1 was never recorded, so it never qualifies).
std::vector<JournalEntry> entriesToMigrate(const std::vector<JournalEntry>& user,
                                           const std::vector<JournalEntry>& machine,
                                           const JournalValidationContext& context);

/// True for 40 hex digits (a SHA-1 thumbprint).
bool isThumbprint(std::string_view text);

} // namespace ipsecdoctor
