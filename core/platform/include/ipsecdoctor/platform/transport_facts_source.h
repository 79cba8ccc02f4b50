#pragma once
// Who holds the IKE ports and which WFP providers are registered, on Windows:
// GetExtendedUdpTable with the owners' processes and hosted services, and FwpmProviderEnum0 with
// FwpmCalloutEnum0. Elsewhere there is no such source (the live platform leaves it null).

#include "ipsecdoctor/model/transport_facts.h"
#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ipsecdoctor {

class TransportFactsSource {
public:
    virtual ~TransportFactsSource() = default;
    /// Every UDP socket (IPv4 and IPv6) bound to one of `ports`, with its process's image name and
    /// the services that process hosts.
    virtual Expected<std::vector<UdpPortOwner>> udpPortOwners(std::span<const std::uint16_t> ports) = 0;
    /// Every registered WFP provider with the number of callouts it added (`builtIn` is left to
    /// the collector). Error{AccessDenied} when the engine refuses this account.
    virtual Expected<std::vector<WfpProvider>> wfpProviders() = 0;
};

} // namespace ipsecdoctor
