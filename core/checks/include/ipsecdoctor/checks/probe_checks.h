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
/// Whether Windows on this PC splits large IKEv2 messages itself (RFC 7383).
enum class WindowsIkev2Fragmentation {
    Unknown,           // the PC is not known (a probe run from elsewhere): assumed, as on Windows 10 1803+
    Supported,         // Windows 10 1803 (build 17134) or later, not turned off for the connection
    OldBuild,          // a Windows older than 1803: no IKEv2 fragmentation at all
    DisabledInProfile, // the phonebook entry sets Disable_IKEv2_Fragmentation=1
};
std::string_view windowsIkev2FragmentationId(WindowsIkev2Fragmentation f); // "supported", "old-build", …

/// What this PC does, from its Windows build ("19045"; empty: not known) and the connection's
/// profile setting (nullopt: not known or not set).
WindowsIkev2Fragmentation windowsIkev2Fragmentation(const std::string& osBuild,
                                                    std::optional<bool> disabledInProfile);

struct ProbeJudgement {
    std::optional<TunnelType> tunnel;
    /// The sign-in method; Unknown: the one the probe run recorded (a profile's), if any.
    VpnAuthMethod auth = VpnAuthMethod::Unknown;
    WindowsIkev2Fragmentation windowsFragmentation = WindowsIkev2Fragmentation::Unknown;
};

/// Connectivity, then one verdict per tunnel type judged: what the server answered to Windows'
/// own offer for it. "Nothing Windows can use" is critical only when no tunnel type judged works.
std::vector<Finding> checkProbe(const ProbeResult& probe, const ProbeJudgement& judgement = {});

} // namespace ipsecdoctor
