#include "ConnectionOption.h"

#include "ipsecdoctor/analysis/analysis.h"

namespace ipsecdoctor::app {

Expected<std::optional<Connection>> requestedConnection(const CliOptions& o, const SystemSnapshot& snapshot) {
    if (o.proposals.profile.empty()) {
        return std::optional<Connection>();
    }
    auto c = connectionForProfile(snapshot, o.proposals.profile);
    if (!c) {
        return Error::make(ErrorCode::NotFound, "no VPN profile named '" + o.proposals.profile + "'");
    }
    return c;
}

} // namespace ipsecdoctor::app
