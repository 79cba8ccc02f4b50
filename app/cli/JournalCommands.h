#pragma once
// The run's journal (which file, read once) and the `journal` command.

#include "CliEnvironment.h"

#include "ipsecdoctor/remediation/journal.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>

namespace ipsecdoctor::app {

/// The journal fixes and undos of this run use, read at most once (journal.h): the machine's when
/// elevated (its folder created or checked first), else --journal or the user's (JournalLocation.h).
Expected<Journal*> runJournal(const CliOptions& options, CliEnvironment& env);

/// For `undo`: the entry of the run's journal it names (its id, or with --last the newest applied,
/// reversible entry); nullopt when there is none or the journal cannot be read (the general undo
/// path reports that).
std::optional<JournalEntry> undoTargetOfRun(const CliOptions& options, Journal& journal);

/// As root on POSIX: AccessDenied when the journal, its folder, the data folder or the --result
/// file could have been written by another user (JournalLocation.h).
std::optional<Error> untrustedRunFiles(const CliOptions& options, const CliEnvironment& env);

/// The phonebook of a scope as the environment knows it (systemPhonebooks; tests: a folder): what
/// undo compares a journal entry's phonebook with, never the entry's own text.
std::function<Expected<std::filesystem::path>(PhonebookScope)> phonebookLocator(CliEnvironment& env);

/// `journal`: the machine's and the user's journal, merged.
int listJournalCommand(const CliOptions& options, CliEnvironment& env, std::ostream& out, std::ostream& err);

} // namespace ipsecdoctor::app
