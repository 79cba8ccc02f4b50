#pragma once
// Which journal a run writes, and which ones it shows.
//
// Machine-changing fixes (services, HKLM values, audit policy, the all-users phonebook,
// LocalMachine certificates) are journaled by the elevated helper in the machine's journal,
// %ProgramData%\IPsecDoctor\journal.json, a folder only administrators can write. Fixes of the
// user's own phonebook stay in the user's journal (%LOCALAPPDATA%\IPsecDoctor\journal.json). The
// wizard and `journal` show both, merged.

#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

/// The journal a fix or undo writes. Elevated, with a machine journal: that one, whatever
/// --journal or IPSECDOCTOR_DATA_DIR say (an elevated process acts only on what administrators
/// wrote). Otherwise --journal when given, else the user's.
std::string journalForChanges(bool elevated, const std::string& journalOption, const std::string& userJournal,
                              const std::string& machineJournal);

/// The entries of several journals for display, oldest first (ids sort by time); a missing file
/// is empty, the same file given twice is read once, an id already seen in an earlier file is
/// skipped (the machine's journal first: entries taken over from a user's journal). The first
/// unreadable journal is the error.
Expected<std::vector<JournalEntry>> journalHistory(const std::vector<std::filesystem::path>& files);

/// A run as root on POSIX refuses files another user could have planted: the first of `paths`
/// (or of their folders) that checkOwnedByThisUser refuses. nullopt otherwise, and always on
/// Windows (the elevated helper uses the machine's folder there).
std::optional<Error> untrustedPathForRoot(const std::vector<std::filesystem::path>& paths);

} // namespace ipsecdoctor::app
