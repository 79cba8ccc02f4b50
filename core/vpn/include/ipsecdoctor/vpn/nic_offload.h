#pragma once
// The IPsec task offload state of the network adapters, where Windows exposes it: the NDIS
// standardized INF keywords in each adapter's driver key under the network adapter class
// {4d36e972-e325-11ce-bfc1-08002be10318} (Microsoft, "Standardized INF Keywords for IPsec Task
// Offload"). Adapters that declare none of them have no IPsec offload and are not listed.

#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/platform/registry.h"

#include <string_view>
#include <vector>

namespace ipsecdoctor::vpn {

inline constexpr std::string_view kNetworkAdapterClass =
    "SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e972-e325-11ce-bfc1-08002be10318}";

/// Every adapter's offload keywords, in key order. Errors of single adapters are skipped (a
/// driver key the user may not read); only failing to list the class is an error.
Expected<std::vector<NicIpsecOffload>> readNicIpsecOffload(Registry& registry);

} // namespace ipsecdoctor::vpn
