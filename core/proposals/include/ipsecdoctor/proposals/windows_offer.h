#pragma once
// What Windows will offer for a profile: the exact IKEv2 IKE SA and ESP proposals, or the IKEv1
// Main Mode and Quick Mode proposals of an L2TP profile, from the profile's custom policy and the
// registry (NegotiateDH2048_AES256), per docs/ipsec-facts.md §1.1–§1.3.

#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/model/vpn_configuration.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::proposals {

enum class IkeVersion { Ikev2, Ikev1 };

struct WindowsOffer {
    TunnelType tunnel = TunnelType::Ikev2;
    IkeVersion version = IkeVersion::Ikev2;
    /// Which set: "custom-policy", or an ike::windowsIkev2SetId ("windows10-default", ...), or
    /// "l2tp-default".
    std::string source;
    std::vector<ike::Proposal> ike;                 // IKE SA (IKEv2) or Main Mode (IKEv1), Windows' order
    ike::DhGroup keyShare = ike::DhGroup::Modp1024; // IKEv2: group of the first KE payload
    std::vector<ike::Proposal> esp;                 // CHILD SA in IKE_AUTH, or Quick Mode
    std::optional<VpnIpsecPolicy> customPolicy;
};

struct OfferInputs {
    TunnelType tunnel = TunnelType::Ikev2;
    std::optional<VpnIpsecPolicy> customPolicy;
    int negotiateDh2048Aes256 = 0; // as RasMan honours it (vpn::negotiateDh2048Aes256)
    bool windows11 = false;        // build >= 22000: AES-GCM IKE proposals too
};

/// The offer; NotSupported for SSTP/PPTP/unknown tunnels (no IKE).
Expected<WindowsOffer> windowsOffer(const OfferInputs& inputs);

/// Inputs for a profile on a machine (its custom policy, the registry, the OS build).
OfferInputs offerInputs(const VpnProfile& profile, const VpnConfiguration& config,
                        const std::string& osBuild);

} // namespace ipsecdoctor::proposals
