#pragma once
// From phonebook entries to VPN profiles: the keys Windows uses, interpreted, with where each
// value came from. Entries that are not VPN entries (PPPoE, dial-up: Type != 2 and no VPN
// device) are left out.

#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/vpn/phonebook.h"

#include <string>
#include <vector>

namespace ipsecdoctor::vpn {

/// The VPN profiles of a parsed phonebook.
std::vector<VpnProfile> vpnProfiles(const Phonebook& book, PhonebookScope scope, const std::string& path);

/// Whether an entry is a VPN entry (Type=2, or a "WAN Miniport (IKEv2|L2TP|SSTP|PPTP)" device).
bool isVpnEntry(const PhonebookEntry& entry);

/// The tunnel a strategy dials first; Automatic and lists fall back to the entry's device.
TunnelType tunnelFor(std::optional<VpnStrategy> strategy, std::string_view device);

} // namespace ipsecdoctor::vpn
