#pragma once
// What stands between Windows' IKE service and the network on this PC: who holds the IKE ports
// (UDP 500 and 4500) and which network filters other than Windows' own are registered with the
// Windows Filtering Platform. Another VPN client, a NAT service or a packet-filtering driver
// there can take IKE's packets before IKEEXT sees them.

#include <cstdint>
#include <string>
#include <vector>

namespace ipsecdoctor {

/// The local ports of IKE: 500 (ISAKMP) and 4500 (NAT traversal).
inline constexpr std::uint16_t kIkePort = 500;
inline constexpr std::uint16_t kNatTraversalPort = 4500;

/// One UDP socket bound to an IKE port.
struct UdpPortOwner {
    std::uint16_t port = 0;
    std::string address;               // the local address bound: "0.0.0.0", "::", "192.168.1.20"
    std::uint32_t pid = 0;             // 0: the system idle process, 4: the kernel ("System")
    std::string process;               // image file name ("svchost.exe"); empty when not readable
    std::vector<std::string> services; // services hosted by that process ("IKEEXT", "PolicyAgent")

    /// The process hosts Windows' IKE service (IKEEXT).
    bool isIkeext() const;
    bool operator==(const UdpPortOwner&) const = default;
};

/// One provider registered with the Windows Filtering Platform (FwpmProviderEnum0).
struct WfpProvider {
    std::string key;     // "{10ad9216-ccde-456c-8b16-e9f04e60a90b}", lower case
    std::string name;    // display name as registered (the vendor's words, not parsed)
    std::string service; // the service whose running enables its filters; may be empty
    bool persistent = false;
    bool disabled = false;
    int callouts = 0;     // kernel callouts it registered: code that inspects or changes packets
    bool builtIn = false; // one of Windows' own providers (knowledge/wfp_providers)

    bool operator==(const WfpProvider&) const = default;
};

struct TransportFacts {
    std::vector<UdpPortOwner> udpOwners;   // every socket bound to UDP 500 or 4500
    std::vector<WfpProvider> wfpProviders; // every provider, Windows' own included
    bool wfpListed = false;                // false: not read (see the snapshot's errors)

    /// The owners of `port` that are not IKEEXT.
    std::vector<const UdpPortOwner*> otherOwners(std::uint16_t port) const;
    /// IKEEXT holds `port` (on any address).
    bool ikeextHolds(std::uint16_t port) const;
    std::vector<const WfpProvider*> thirdPartyProviders() const;
    bool operator==(const TransportFacts&) const = default;
};

} // namespace ipsecdoctor
