#include "ipsecdoctor/proposals/probe_acceptance.h"

#include "ipsecdoctor/ike/proposal_strength.h"

#include <algorithm>

namespace ipsecdoctor::proposals {
namespace {

/// Parses the probe's proposals (it wrote them in strongSwan notation itself), without repeats.
void addParsed(std::vector<ike::Proposal>& out, const ProbeProposal& p) {
    auto parsed = ike::parseProposal(p.notation, ike::Protocol::Ike);
    if (!parsed) {
        return; // not a proposal the comparison can name; the bundle still has the raw ids
    }
    if (std::none_of(out.begin(), out.end(), [&](const ike::Proposal& q) { return q == *parsed; })) {
        out.push_back(std::move(parsed).value());
    }
}

} // namespace

ike::ProbeOptions probeOptionsFor(const std::string& host, const OfferInputs& inputs,
                                  const std::string& profile, VpnAuthMethod signIn) {
    ike::ProbeOptions options;
    options.host = host;
    options.versions = ike::IkeVersions::Both;
    options.profile = profile;
    if (signIn != VpnAuthMethod::Unknown) {
        options.signIn = std::string(vpnAuthMethodId(signIn));
    }
    if (inputs.tunnel == TunnelType::Ikev2 || inputs.tunnel == TunnelType::L2tp) {
        options.tunnels = {std::string(tunnelTypeId(inputs.tunnel))};
    }
    options.customPolicy = inputs.customPolicy;
    if (auto offer = windowsOffer(inputs)) {
        if (auto set = ike::windowsIkev2SetFromId(offer->source)) {
            options.windowsSet = *set;
        }
    }
    return options;
}

ServerAcceptance acceptanceFromProbe(const ProbeResult& r) {
    ServerAcceptance s;
    s.server = r.host;
    s.reachable = r.reachable;
    s.natDetected = r.natDetected.value_or(false);
    s.serverBehindNat = r.serverBehindNat;
    s.clientBehindNat = r.localBehindNat;
    if (r.ikev2.probed) {
        Ikev2Acceptance v2;
        v2.answered = r.ikev2.answered;
        v2.discoveryComplete = r.ikev2.discoveryComplete;
        if (r.ikev2.windowsDefaultChosen) {
            addParsed(v2.accepted, *r.ikev2.windowsDefaultChosen);
        }
        for (const auto& p : r.ikev2.accepted) {
            addParsed(v2.accepted, p);
        }
        ike::sortStrongestFirst(v2.accepted);
        if (r.ikev2.keGroupRequested) {
            v2.requestedKeGroup = static_cast<ike::DhGroup>(*r.ikev2.keGroupRequested);
        }
        s.ikev2 = std::move(v2);
    }
    if (r.ikev1.probed) {
        Ikev1Acceptance v1;
        v1.mainModeAnswered = r.ikev1.mainModeAnswered.value_or(false);
        if (r.ikev1.windowsDefaultChosen) {
            addParsed(v1.mainModeAccepted, *r.ikev1.windowsDefaultChosen);
        }
        for (const auto& p : r.ikev1.mainModeAccepted) {
            addParsed(v1.mainModeAccepted, p);
        }
        ike::sortStrongestFirst(v1.mainModeAccepted);
        v1.aggressiveModeAnswered = r.ikev1.aggressiveMode == "answered";
        s.ikev1 = std::move(v1);
    }
    return s;
}

} // namespace ipsecdoctor::proposals
