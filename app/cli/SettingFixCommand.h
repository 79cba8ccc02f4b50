#pragma once
// `fix` of a setting (profile policy, tunnel type, registry values) and `undo` of any service or
// setting journal entry.

#include "CliEnvironment.h"

#include "ipsecdoctor/remediation/journal.h"

#include <QString>

#include <ostream>

namespace ipsecdoctor::app {

/// fix <setting id>: a registry value, or a profile's phonebook keys (--phonebook or --pbk).
int settingFixCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err);
/// undo of `target`, a service or setting entry of `journal` (certificates and logs have their own).
int undoServiceOrSettingCommand(const CliOptions& o, CliEnvironment& env, Journal& journal,
                                const JournalEntry& target, std::ostream& out, std::ostream& err);
/// The text of a setting fix's journal entry (profile policy, tunnel type, registry values).
QString settingJournalEntryText(const JournalEntry& entry, bool undone);

} // namespace ipsecdoctor::app
