#include "ipsecdoctor/proposals/probe_recommendations.h"

#include "ipsecdoctor/proposals/proposal_matching.h"

namespace ipsecdoctor::proposals {
namespace {

std::vector<ike::Proposal> parsed(const std::vector<ProbeProposal>& list,
                                  const std::optional<ProbeProposal>& windowsChosen) {
    std::vector<ike::Proposal> out;
    auto add = [&](const ProbeProposal& p) {
        if (auto proposal = ike::parseProposal(p.notation, ike::Protocol::Ike)) {
            out.push_back(std::move(proposal).value());
        }
    };
    if (windowsChosen) {
        add(*windowsChosen);
    }
    for (const auto& p : list) {
        add(p);
    }
    return out;
}

void recommend(ProbeResult& result, const std::string& tunnel, const std::vector<ike::Proposal>& accepted,
               const std::optional<ProbeProposal>& windowsChosen) {
    // Windows' own offer accepted with nothing weak: nothing to recommend.
    if (windowsChosen) {
        const auto chosen = ike::parseProposal(windowsChosen->notation, ike::Protocol::Ike);
        if (chosen && weakAlgorithms(*chosen).empty()) {
            return;
        }
    }
    const auto policy = recommendPolicy(accepted, {});
    if (!policy) {
        return;
    }
    ProbeRecommendation r;
    r.tunnel = tunnel;
    r.proposal = ike::ikeProposal(*policy).toString();
    // Not weaker than what Windows' own offer already gets.
    if (windowsChosen && r.proposal == windowsChosen->notation) {
        return;
    }
    r.powerShell = powerShellCommand(result.profile, *policy);
    r.encryptionMethod = powerShellName(policy->encryptionMethod);
    r.integrityCheckMethod = powerShellName(policy->integrityCheckMethod);
    r.dhGroup = powerShellName(policy->dhGroup);
    r.cipherTransformConstants = powerShellName(policy->cipherTransformConstants);
    r.authenticationTransformConstants = powerShellName(policy->authenticationTransformConstants);
    r.pfsGroup = powerShellName(policy->pfsGroup);
    result.recommendations.push_back(std::move(r));
}

} // namespace

ProbeResult probeServer(const ike::ProbeOptions& options, ike::UdpTransport& transport) {
    auto result = ike::runProbe(options, transport);
    addRecommendations(result);
    return result;
}

void addRecommendations(ProbeResult& result) {
    result.recommendations.clear();
    if (result.judges("ikev2") && result.ikev2.probed) {
        recommend(result, "ikev2", parsed(result.ikev2.accepted, result.ikev2.windowsDefaultChosen),
                  result.ikev2.windowsDefaultChosen);
    }
    if (result.judges("l2tp") && result.ikev1.probed) {
        recommend(result, "l2tp", parsed(result.ikev1.mainModeAccepted, result.ikev1.windowsDefaultChosen),
                  result.ikev1.windowsDefaultChosen);
    }
}

std::string powerShellCommand(const std::string& profile, const VpnIpsecPolicy& policy) {
    // Inside single quotes PowerShell expands nothing; a quote is escaped by doubling it, and the
    // typographic quotes U+2018-U+201B count as quotes too.
    const std::string_view text = profile.empty() ? std::string_view("<VPN>") : std::string_view(profile);
    std::string name = "'";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool typographic = i + 2 < text.size() && text.substr(i, 2) == "\xE2\x80" &&
                                 static_cast<unsigned char>(text[i + 2]) >= 0x98 &&
                                 static_cast<unsigned char>(text[i + 2]) <= 0x9B;
        if (typographic) {
            name.append(text.substr(i, 3)).append(text.substr(i, 3));
            i += 2;
            continue;
        }
        name += text[i];
        if (text[i] == '\'') {
            name += '\'';
        }
    }
    name += "'";
    return "Set-VpnConnectionIPsecConfiguration -ConnectionName " + name + " " + powerShellArguments(policy) +
           " -Force";
}

} // namespace ipsecdoctor::proposals
