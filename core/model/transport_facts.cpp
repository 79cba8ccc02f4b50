#include "ipsecdoctor/model/transport_facts.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>

namespace ipsecdoctor {

bool UdpPortOwner::isIkeext() const {
    return std::any_of(services.begin(), services.end(),
                       [](const std::string& s) { return equalsIgnoreCase(s, "IKEEXT"); });
}

std::vector<const UdpPortOwner*> TransportFacts::otherOwners(std::uint16_t port) const {
    std::vector<const UdpPortOwner*> out;
    for (const auto& o : udpOwners) {
        if (o.port == port && !o.isIkeext()) {
            out.push_back(&o);
        }
    }
    return out;
}

bool TransportFacts::ikeextHolds(std::uint16_t port) const {
    return std::any_of(udpOwners.begin(), udpOwners.end(),
                       [&](const UdpPortOwner& o) { return o.port == port && o.isIkeext(); });
}

std::vector<const WfpProvider*> TransportFacts::thirdPartyProviders() const {
    std::vector<const WfpProvider*> out;
    for (const auto& p : wfpProviders) {
        if (!p.builtIn) {
            out.push_back(&p);
        }
    }
    return out;
}

} // namespace ipsecdoctor
