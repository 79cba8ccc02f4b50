#pragma once
// The factories of the command classes, one file each in this folder; commandline/Commands.cpp
// lists them in --help order.

#include "Command.h"

#include <memory>

namespace ipsecdoctor::app {

std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeCertsCommand();
std::unique_ptr<Command> makeProfilesCommand();
std::unique_ptr<Command> makeProbeCommand();
std::unique_ptr<Command> makeExplainCommand();
std::unique_ptr<Command> makeDiagnoseCommand();
std::unique_ptr<Command> makeFixCommand();
std::unique_ptr<Command> makeUndoCommand();
std::unique_ptr<Command> makeJournalCommand();
std::unique_ptr<Command> makeBundleExportCommand();

} // namespace ipsecdoctor::app
