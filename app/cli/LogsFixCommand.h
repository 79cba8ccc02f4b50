#pragma once
// The CLI side of the Logs step's fixes: `fix audit.ipsec.enable`, `fix tracing.ras.enable`, and
// `undo` of their journal entries. Hooked into CliCommands by one line for each verb.

#include "CliEnvironment.h"
#include "CliOptions.h"

#include "ipsecdoctor/remediation/journal.h"

#include <QString>

#include <optional>
#include <ostream>

namespace ipsecdoctor::app {

/// A Logs fix, or the undo of a Logs journal entry (also with --last when it is the newest);
/// nullopt when `o` is neither.
std::optional<int> runLogsRemediation(const CliOptions& o, CliEnvironment& env, std::ostream& out,
                                      std::ostream& err);

/// Text for a Logs journal entry (fix, undo, journal).
QString logsJournalEntryText(const JournalEntry& entry, bool undone);

} // namespace ipsecdoctor::app
