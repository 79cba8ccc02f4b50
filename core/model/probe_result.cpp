#include "ipsecdoctor/model/probe_result.h"

#include <algorithm>

namespace ipsecdoctor {

bool ProbeResult::judges(std::string_view tunnel) const {
    return std::find(tunnels.begin(), tunnels.end(), tunnel) != tunnels.end();
}

const ProbeRecommendation* ProbeResult::recommendationFor(std::string_view tunnel) const {
    const auto it = std::find_if(recommendations.begin(), recommendations.end(),
                                 [&](const ProbeRecommendation& r) { return r.tunnel == tunnel; });
    return it == recommendations.end() ? nullptr : &*it;
}

ProbeVerdict probeVerdict(const ProbeResult& r, std::string_view tunnel) {
    if (tunnel == "ikev2") {
        const auto& v2 = r.ikev2;
        if (!v2.probed) {
            return ProbeVerdict::NotAsked;
        }
        if (!v2.answered || !v2.windowsDefaultAccepted) {
            return ProbeVerdict::NoAnswer;
        }
        if (*v2.windowsDefaultAccepted) {
            return ProbeVerdict::Accepted;
        }
        if (!v2.accepted.empty() || v2.keGroupRequested) {
            return ProbeVerdict::OthersAccepted; // INVALID_KE: a proposal with another group is taken
        }
        return v2.discoveryComplete ? ProbeVerdict::Refused : ProbeVerdict::RefusedIncomplete;
    }
    if (tunnel == "l2tp") {
        const auto& v1 = r.ikev1;
        if (!v1.probed) {
            return ProbeVerdict::NotAsked;
        }
        if (v1.mainModeAnswered != true || !v1.windowsDefaultAccepted) {
            return ProbeVerdict::NoAnswer;
        }
        if (*v1.windowsDefaultAccepted) {
            return ProbeVerdict::Accepted;
        }
        if (!v1.mainModeAccepted.empty()) {
            return ProbeVerdict::OthersAccepted;
        }
        return v1.discoveryComplete ? ProbeVerdict::Refused : ProbeVerdict::RefusedIncomplete;
    }
    return ProbeVerdict::NotAsked;
}

std::string_view probeVerdictId(ProbeVerdict verdict) {
    switch (verdict) {
    case ProbeVerdict::Accepted:
        return "accepted";
    case ProbeVerdict::OthersAccepted:
        return "others-accepted";
    case ProbeVerdict::Refused:
        return "refused";
    case ProbeVerdict::RefusedIncomplete:
        return "refused-incomplete";
    case ProbeVerdict::NoAnswer:
        return "no-answer";
    case ProbeVerdict::NotAsked:
        return "not-asked";
    }
    return "not-asked";
}

bool usable(ProbeVerdict verdict) {
    return verdict == ProbeVerdict::Accepted || verdict == ProbeVerdict::OthersAccepted;
}

} // namespace ipsecdoctor
