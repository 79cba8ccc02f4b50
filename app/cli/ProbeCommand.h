#pragma once
// `ipsecdoctor-cli probe`: asks the VPN server what it accepts (core ike::runProbe) and prints
// the answers and the findings, as text or as the documented JSON (app/cli/README.md).

#include "CliEnvironment.h"

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/probe_result.h"

#include <QString>

#include <ostream>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

int runProbeCommand(const CliOptions& options, CliEnvironment& env, std::ostream& out, std::ostream& err);

/// Localized text of a probe result (ProbeOutput.cpp).
QString probeToText(const ProbeResult& result);

} // namespace ipsecdoctor::app
