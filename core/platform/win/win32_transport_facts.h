#pragma once
// TransportFactsSource over Win32: GetExtendedUdpTable for the IKE ports' owners (their image
// names from a process snapshot, their services from the SCM), FwpmProviderEnum0 and
// FwpmCalloutEnum0 for the WFP providers. Only values Windows stores; no command output.

#include "ipsecdoctor/platform/transport_facts_source.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ipsecdoctor::win {

/// pid -> image file name ("svchost.exe") of every process, from one process snapshot: no handle
/// to each process is needed, so a standard user sees the names of services' processes too.
std::map<std::uint32_t, std::string> processImageNames();

/// pid -> the running Win32 services it hosts (one svchost.exe hosts several).
std::map<std::uint32_t, std::vector<std::string>> servicesByProcess();

class Win32TransportFacts final : public TransportFactsSource {
public:
    Expected<std::vector<UdpPortOwner>> udpPortOwners(std::span<const std::uint16_t> ports) override;
    Expected<std::vector<WfpProvider>> wfpProviders() override;
};

} // namespace ipsecdoctor::win
