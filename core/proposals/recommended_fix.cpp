#include "ipsecdoctor/proposals/recommended_fix.h"

namespace ipsecdoctor::proposals {

std::optional<SettingSpec> recommendedFix(const Finding& finding, const ProposalSubject& subject) {
    if (finding.remediations.empty()) {
        return std::nullopt;
    }
    const std::string& id = finding.remediations.front();
    auto evidence = [&](const char* key) {
        auto it = finding.evidence.find(key);
        return it == finding.evidence.end() ? std::string() : it->second;
    };
    SettingArguments args;
    if (id == fix::kProfileIpsecPolicy || id == fix::kProfileTunnelType) {
        args.profile = subject.profile;
        args.scope = subject.scope;
        if (id == fix::kProfileIpsecPolicy) {
            auto policy = parsePolicyArgument(evidence("recommended_policy"));
            if (!policy) {
                return std::nullopt;
            }
            args.policy = *policy;
        } else {
            args.strategy = vpnStrategyFromId(evidence("recommended_strategy"));
        }
    }
    auto spec = parseSettingRemediation(id, args);
    return spec ? std::optional<SettingSpec>(*spec) : std::nullopt;
}

} // namespace ipsecdoctor::proposals
