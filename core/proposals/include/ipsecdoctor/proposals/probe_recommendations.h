#pragma once
// What the probe's answers recommend, per tunnel type judged: the strongest policy Windows can be
// given (ike/proposal_strength.h) among those the server accepted, with Windows' own ESP, since
// the probe stops before ESP (recommendPolicy). The probe itself only asks; this layer advises.

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/model/probe_result.h"

#include <string>

namespace ipsecdoctor::proposals {

/// Runs the probe and adds its recommendations: what the CLI, the GUI and the checks read.
ProbeResult probeServer(const ike::ProbeOptions& options, ike::UdpTransport& transport);

/// Fills `result.recommendations`: one per tunnel type judged whose accepted set holds a policy
/// Windows can send, unless Windows' own offer is accepted with nothing weak in it.
void addRecommendations(ProbeResult& result);

/// "Set-VpnConnectionIPsecConfiguration -ConnectionName '<profile>' <arguments> -Force", the name
/// quoted for PowerShell (single quotes, an inner one doubled); "<VPN>" when there is no profile.
std::string powerShellCommand(const std::string& profile, const VpnIpsecPolicy& policy);

} // namespace ipsecdoctor::proposals
