#pragma once
// Findings from an IKE probe result (Step::Connectivity and Step::Proposals), with the ids of the
// contract between issues (connectivity.*, proposal.ikev2.*, proposal.ikev1.*, proposal.version.*,
// proposal.weak-crypto). Pure: the same findings live and from a bundle.

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/probe_result.h"
#include "ipsecdoctor/model/vpn_configuration.h"

#include <optional>

#include <vector>

namespace ipsecdoctor {

/// Whose connection the probe is judged for. A connection's tunnel type replaces the tunnel types
/// the probe run judged (a bare probe judges IKEv2 and L2TP/IPsec alike).
struct ProbeJudgement {
    std::optional<TunnelType> tunnel;
    /// The sign-in method; Unknown: the one the probe run recorded (a profile's), if any.
    VpnAuthMethod auth = VpnAuthMethod::Unknown;
};

/// Connectivity, then one verdict per tunnel type judged: what the server answered to Windows'
/// own offer for it. "Nothing Windows can use" is critical only when no tunnel type judged works.
std::vector<Finding> checkProbe(const ProbeResult& probe, const ProbeJudgement& judgement = {});

} // namespace ipsecdoctor
