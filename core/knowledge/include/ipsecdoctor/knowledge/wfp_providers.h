#pragma once
// The Windows Filtering Platform providers that are part of Windows, so that the others (an
// antivirus, another VPN client, a firewall) can be named as what they are: third-party code on
// the path of IKE's packets.

#include <string_view>

namespace ipsecdoctor {

/// `key` ("{10ad9216-…}", any case, braces optional) is one of Windows' own providers.
bool isWindowsWfpProviderKey(std::string_view key);

/// `service` is a Windows service known to register its own WFP provider (mpssvc, IKEEXT, …).
bool isWindowsWfpProviderService(std::string_view service);

/// A provider is Windows' own by its key or by the service that registered it.
bool isWindowsWfpProvider(std::string_view key, std::string_view service);

} // namespace ipsecdoctor
