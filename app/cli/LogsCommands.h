#pragma once
// The commands of the Logs step and the diagnosis: `explain CODE`, `diagnose`, and what `check`
// needs for logs (the collection window, a saved .evtx/XML file).
#include "CliEnvironment.h"
#include "CliOutput.h"

#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <ostream>

namespace ipsecdoctor::app {

/// --events FILE: replaces snapshot.logs with the saved log's events (read-only analysis).
Expected<void> attachSavedEvents(const CliOptions& options, SystemSnapshot& snapshot);

int explainCommand(const CliOptions& options, std::ostream& out, std::ostream& err);
int diagnoseCommand(const CliOptions& options, CliEnvironment& env, std::ostream& out, std::ostream& err);

} // namespace ipsecdoctor::app
