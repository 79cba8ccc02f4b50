#pragma once
// The VPN side of a snapshot: the profiles of the phonebooks and the registry values that change
// what Windows offers (docs/ipsec-facts.md §1.4, §2). Never a pre-shared key: only whether one is
// configured.

#include "ipsecdoctor/model/vpn_ipsec_policy.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// Which phonebook a profile came from.
enum class PhonebookScope {
    User,     // %APPDATA%\Microsoft\Network\Connections\Pbk\rasphone.pbk
    AllUsers, // %ProgramData%\Microsoft\Network\Connections\Pbk\rasphone.pbk
    File,     // a file named on the command line
};
std::string_view phonebookScopeId(PhonebookScope s); // "user" | "all-users" | "file"
std::optional<PhonebookScope> phonebookScopeFromId(std::string_view id);

/// RASENTRY dwVpnStrategy, as the phonebook's VpnStrategy key stores it (facts §1.4).
enum class VpnStrategy {
    Default = 0, // "Automatic"
    PptpOnly = 1,
    PptpFirst = 2,
    L2tpOnly = 3,
    L2tpFirst = 4,
    SstpOnly = 5,
    SstpFirst = 6,
    Ikev2Only = 7,
    Ikev2First = 8,
    GreOnly = 9,
    PptpSstp = 12,
    L2tpSstp = 13,
    Ikev2Sstp = 14,
    ProtocolList = 15,
};
std::string_view vpnStrategyId(VpnStrategy s); // "automatic", "ikev2-only", "l2tp-first", ...
std::optional<VpnStrategy> vpnStrategyFromId(std::string_view id);
std::optional<VpnStrategy> vpnStrategyFromNumber(int n);

/// The tunnel a profile dials first, which decides the IKE version (IKEv2 or IKEv1 for L2TP).
enum class TunnelType { Unknown, Ikev2, L2tp, Sstp, Pptp };
std::string_view tunnelTypeId(TunnelType t); // "unknown" | "ikev2" | "l2tp" | "sstp" | "pptp"
std::optional<TunnelType> tunnelTypeFromId(std::string_view id);

enum class VpnAuthMethod {
    Unknown,
    EapMschapv2,
    EapTls,
    Peap,
    OtherEap,
    MachineCertificate,
    PreSharedKey,
    Password
};
std::string_view vpnAuthMethodId(VpnAuthMethod m); // "eap-mschapv2", "machine-certificate", "psk", ...
std::optional<VpnAuthMethod> vpnAuthMethodFromId(std::string_view id);

struct VpnProfile {
    std::string name;
    PhonebookScope scope = PhonebookScope::User;
    std::string phonebook; // path of the file it was read from
    int pbVersion = 0;     // 0 when absent (legacy phonebooks)
    std::string server;    // PhoneNumber: host name or address
    std::string device;    // "WAN Miniport (IKEv2)"
    std::optional<VpnStrategy> strategy;
    TunnelType tunnel = TunnelType::Unknown;
    VpnAuthMethod auth = VpnAuthMethod::Unknown;
    int eapType = 0;                     // CustomAuthKey (26 MSCHAPv2, 13 TLS, 25 PEAP)
    bool preSharedKeyConfigured = false; // never the key itself
    int numCustomPolicy = 0;
    std::string customPolicyHex;                    // CustomIPSecPolicies as stored
    std::optional<VpnIpsecPolicy> customPolicy;     // decoded when NumCustomPolicy >= 1 and valid
    std::optional<bool> splitTunneling;             // IpPrioritizeRemote=0
    std::optional<bool> ikeNameEkuCheckDisabled;    // DisableIKENameEkuCheck
    std::optional<bool> ikev2FragmentationDisabled; // Disable_IKEv2_Fragmentation
    /// Where each value came from: field → "PhoneNumber (line 145)" or "default (absent)".
    std::map<std::string, std::string> sources;

    bool operator==(const VpnProfile&) const = default;
};

/// One registry value as read (facts §2): present or not, its type and DWORD value.
struct RegistryFact {
    std::string id;   // "negotiate-dh2048-aes256"
    std::string key;  // "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters"
    std::string name; // "NegotiateDH2048_AES256"
    bool present = false;
    std::uint32_t type = 0;             // REG_DWORD = 4, REG_SZ = 1, ...
    std::optional<std::uint32_t> dword; // when type is REG_DWORD

    bool operator==(const RegistryFact&) const = default;
};

/// One network adapter's IPsec task offload setting: the NDIS standardized keywords
/// *IPsecOffloadV1IPv4 / *IPsecOffloadV2 / *IPsecOffloadV2IPv4 in its driver key (REG_SZ "0"
/// disabled, "1" AH, "2" ESP, "3" AH and ESP). Faulty offload drivers break ESP after a working
/// phase 1, which is why the Proposals step shows it next to phase 2.
struct NicIpsecOffload {
    std::string adapter; // DriverDesc
    std::string key;     // "HKLM\SYSTEM\...\{4d36e972-...}\0007"
    std::string keyword; // "*IPsecOffloadV2"
    std::string value;   // as stored, "0".."3"

    bool enabled() const { return !value.empty() && value != "0"; }
    bool operator==(const NicIpsecOffload&) const = default;
};

struct VpnConfiguration {
    std::vector<VpnProfile> profiles;
    std::vector<RegistryFact> registry;
    std::vector<NicIpsecOffload> nicOffload; // adapters that declare an IPsec offload keyword

    const VpnProfile* findProfile(std::string_view name) const; // exact, then case-insensitive
    const RegistryFact* findRegistry(std::string_view id) const;
    bool operator==(const VpnConfiguration&) const = default;
};

} // namespace ipsecdoctor
