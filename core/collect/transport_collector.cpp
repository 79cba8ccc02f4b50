#include "ipsecdoctor/collect/transport_collector.h"

#include "ipsecdoctor/knowledge/wfp_providers.h"
#include "ipsecdoctor/util/logging.h"

#include <array>

namespace ipsecdoctor {

TransportFacts collectTransportFacts(TransportFactsSource& source, std::vector<CollectionError>& errors) {
    TransportFacts facts;
    constexpr std::array<std::uint16_t, 2> ports{kIkePort, kNatTraversalPort};
    if (auto owners = source.udpPortOwners(ports)) {
        facts.udpOwners = std::move(owners).value();
    } else {
        logger()->warn("UDP port owners: {}", owners.error().detail);
        errors.push_back({"transport", "udp-owners", std::string(errorCodeId(owners.error().code)),
                          owners.error().native});
    }
    if (auto providers = source.wfpProviders()) {
        facts.wfpProviders = std::move(providers).value();
        for (auto& p : facts.wfpProviders) {
            p.builtIn = isWindowsWfpProvider(p.key, p.service);
        }
        facts.wfpListed = true;
    } else {
        logger()->warn("WFP providers: {}", providers.error().detail);
        errors.push_back({"transport", "wfp-providers", std::string(errorCodeId(providers.error().code)),
                          providers.error().native});
    }
    return facts;
}

} // namespace ipsecdoctor
