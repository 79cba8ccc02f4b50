#pragma once
// The CLI's Proposals step and `profiles`, over the core's proposals/ (the setting fixes are in
// SettingFixCommand.h).

#include "CliEnvironment.h"
#include "CliOutput.h"

#include "ipsecdoctor/proposals/proposal_checks.h"

#include <ostream>

namespace ipsecdoctor::app {

int listProfilesCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err);
int checkProposalsCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err);

/// The VPN configuration a command works on: a --pbk file, a --bundle, or this machine (whose
/// platform may be missing when a server is typed by hand).
Expected<SystemSnapshot> loadVpnConfiguration(const CliOptions& o, CliEnvironment& env, CheckSource& source,
                                              std::ostream& err);

/// What the server is said to accept (--accepts), as the comparison's input.
proposals::ServerAcceptance acceptanceFromOptions(const ProposalsOptions& p, TunnelType tunnel);

} // namespace ipsecdoctor::app
