#include "ipsecdoctor/proposals/windows_offer.h"

#include "ipsecdoctor/vpn/registry_values.h"

#include <charconv>

namespace ipsecdoctor::proposals {

Expected<WindowsOffer> windowsOffer(const OfferInputs& in) {
    WindowsOffer offer;
    offer.tunnel = in.tunnel;
    offer.customPolicy = in.customPolicy;
    if (in.tunnel != TunnelType::Ikev2 && in.tunnel != TunnelType::L2tp) {
        return Error::make(ErrorCode::NotSupported,
                           "tunnel " + std::string(tunnelTypeId(in.tunnel)) + " does not use IKE");
    }
    offer.version = in.tunnel == TunnelType::Ikev2 ? IkeVersion::Ikev2 : IkeVersion::Ikev1;
    if (in.customPolicy) {
        // A custom policy replaces the defaults with exactly one proposal per phase (facts §1.1),
        // for IKEv2 and for L2TP's Main Mode / Quick Mode alike; NegotiateDH2048_AES256 no longer applies.
        offer.source = "custom-policy";
        offer.ike = {ike::ikeProposal(*in.customPolicy)};
        offer.keyShare = offer.ike.front().dh.empty() ? ike::DhGroup::None : offer.ike.front().dh.front();
        offer.esp = {ike::espProposal(*in.customPolicy)};
        return offer;
    }
    if (offer.version == IkeVersion::Ikev1) {
        offer.source = "l2tp-default";
        offer.ike = ike::windowsL2tpMainModeProposals();
        offer.keyShare = offer.ike.front().dh.front();
        // Quick Mode list UNCONFIRMED (facts §8.2): the IKEv2 ESP defaults are the closest known set.
        offer.esp = ike::windowsEspDefaultProposals();
        return offer;
    }
    const auto set = ike::windowsIkev2SetFor(in.windows11, in.negotiateDh2048Aes256);
    offer.source = std::string(ike::windowsIkev2SetId(set));
    offer.ike = ike::windowsIkev2Proposals(set);
    offer.keyShare = ike::windowsIkev2KeyShare(set);
    offer.esp = ike::windowsEspDefaultProposals();
    return offer;
}

OfferInputs offerInputs(const VpnProfile& profile, const VpnConfiguration& config,
                        const std::string& osBuild) {
    OfferInputs in;
    in.tunnel = profile.tunnel;
    in.customPolicy = profile.customPolicy;
    in.negotiateDh2048Aes256 = vpn::negotiateDh2048Aes256(config);
    int build = 0;
    std::from_chars(osBuild.data(), osBuild.data() + osBuild.size(), build);
    in.windows11 = build >= 22000;
    return in;
}

} // namespace ipsecdoctor::proposals
