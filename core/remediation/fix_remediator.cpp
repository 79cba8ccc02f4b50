#include "ipsecdoctor/remediation/fix_remediator.h"

#include "ipsecdoctor/util/time_format.h"

#include <algorithm>

namespace ipsecdoctor {

Expected<JournalEntry> FixRemediator::entryToUndo(const Journal& journal, std::string_view journalId) const {
    auto found = journal.find(journalId);
    if (!found) {
        return found.error();
    }
    if (auto valid = validateUndo(*found); !valid) {
        return valid.error();
    }
    return found;
}

Expected<JournalEntry> FixRemediator::recordUndone(Journal& journal, JournalEntry entry) {
    entry.status = JournalStatus::Undone;
    entry.undoneAt = nowIso8601Utc();
    if (auto r = journal.update(entry); !r) {
        return r.error().withContext("undone, but the journal could not be updated");
    }
    return entry;
}

Expected<JournalEntry> journalEntryToUndo(const Journal& journal, std::string_view journalId) {
    if (!journalId.empty()) {
        return journal.find(journalId);
    }
    auto entries = journal.load();
    if (!entries) {
        return entries.error();
    }
    const auto newest = std::find_if(entries->rbegin(), entries->rend(), [](const JournalEntry& e) {
        return e.status == JournalStatus::Applied && e.reversible;
    });
    if (newest == entries->rend()) {
        return Error::make(ErrorCode::NotFound, "nothing to undo: no applied, reversible fix in the journal");
    }
    return *newest;
}

Expected<JournalEntry> undoByFamily(Journal& journal, std::span<FixRemediator* const> families,
                                    std::string_view journalId) {
    const auto target = journalEntryToUndo(journal, journalId);
    if (!target) {
        return target.error();
    }
    // The family comes from the fix id, never from which fields the entry happens to carry.
    const auto family = fixFamily(target->remediationId);
    const auto owner = std::find_if(families.begin(), families.end(), [&](const FixRemediator* r) {
        return r && family && r->family() == *family;
    });
    if (owner == families.end()) {
        return Error::make(ErrorCode::NotSupported, "journal entry '" + target->id + "' (" +
                                                        target->remediationId + ") cannot be undone here");
    }
    return (*owner)->undo(target->id);
}

} // namespace ipsecdoctor
