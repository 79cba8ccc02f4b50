#pragma once
// The registry values that change what the Windows VPN client offers or accepts
// (docs/ipsec-facts.md §2), and how Windows interprets them.

#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/platform/registry.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ipsecdoctor::vpn {

struct KnownRegistryValue {
    std::string_view id;
    RegistryRoot root;
    std::string_view key;
    std::string_view name;
};

inline constexpr std::string_view kRasManParameters =
    "SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters";
inline constexpr std::string_view kPolicyAgent = "SYSTEM\\CurrentControlSet\\Services\\PolicyAgent";

namespace reg {
inline constexpr std::string_view kNegotiateDh2048Aes256 = "negotiate-dh2048-aes256";
inline constexpr std::string_view kAssumeUdpEncapsulation = "assume-udp-encapsulation";
inline constexpr std::string_view kProhibitIpsec = "prohibit-ipsec";
inline constexpr std::string_view kAllowL2tpWeakCrypto = "allow-l2tp-weak-crypto";
inline constexpr std::string_view kDisableIkeNameEkuCheck = "disable-ike-name-eku-check";
} // namespace reg

/// Every value collected, in a stable order.
const std::vector<KnownRegistryValue>& knownRegistryValues();
const KnownRegistryValue* findKnownRegistryValue(std::string_view id);

/// The fact as the snapshot records it ("HKLM\\..." key, present, type, DWORD).
RegistryFact toFact(const KnownRegistryValue& known, const std::optional<RegistryValue>& value);

/// The DWORD Windows acts on: the value when it is a REG_DWORD, 0 when absent or of another type.
std::uint32_t effectiveDword(const VpnConfiguration& config, std::string_view id);

/// NegotiateDH2048_AES256 as RasMan honours it: 1 or 2 from a REG_DWORD, anything else is 0.
int negotiateDh2048Aes256(const VpnConfiguration& config);

} // namespace ipsecdoctor::vpn
