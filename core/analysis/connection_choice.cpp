// Which connection a snapshot is about when nobody said: a bundle records the user's choice; a PC
// with one IPsec profile has no other; failure events that name one profile point at it.
#include "connection_choice.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/checks/log_checks.h"

#include <set>

namespace ipsecdoctor {
namespace {

bool isIpsec(const VpnProfile& p) {
    return p.tunnel == TunnelType::Ikev2 || p.tunnel == TunnelType::L2tp;
}

} // namespace

namespace analysis_detail {

std::optional<Connection> chooseConnection(const SystemSnapshot& snapshot,
                                           const std::vector<Finding>& logFindings) {
    if (snapshot.connection) {
        return snapshot.connection;
    }
    if (!snapshot.vpn) {
        return std::nullopt;
    }
    const VpnProfile* only = nullptr;
    int ipsec = 0;
    for (const auto& p : snapshot.vpn->profiles) {
        if (isIpsec(p)) {
            only = &p;
            ++ipsec;
        }
    }
    if (ipsec == 1) {
        return connectionFromProfile(*only, ConnectionOrigin::OnlyProfile);
    }
    std::set<const VpnProfile*> named;
    for (const auto& f : logFindings) {
        auto it = f.evidence.find("connection");
        if (f.severity >= Severity::Error && it != f.evidence.end()) {
            if (const auto* p = snapshot.vpn->findProfile(it->second)) {
                named.insert(p);
            }
        }
    }
    if (named.size() == 1) {
        return connectionFromProfile(**named.begin(), ConnectionOrigin::Events);
    }
    return std::nullopt;
}

} // namespace analysis_detail

std::optional<Connection> chooseConnection(const SystemSnapshot& snapshot) {
    return analysis_detail::chooseConnection(snapshot, checkLogs(snapshot));
}

std::optional<Connection> connectionForProfile(const SystemSnapshot& snapshot, const std::string& name) {
    if (!snapshot.vpn) {
        return std::nullopt;
    }
    const auto* p = snapshot.vpn->findProfile(name);
    return p ? std::optional<Connection>(connectionFromProfile(*p, ConnectionOrigin::Chosen)) : std::nullopt;
}

} // namespace ipsecdoctor
