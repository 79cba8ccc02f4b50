#include "ipsecdoctor/vpn/vpn_profiles.h"

#include "ipsecdoctor/vpn/custom_ipsec_policy.h"

#include "ipsecdoctor/util/ascii.h"

#include <charconv>

namespace ipsecdoctor::vpn {
namespace {

std::optional<long long> number(const PhonebookValue* v) {
    if (!v || v->value.empty()) {
        return std::nullopt;
    }
    long long n = 0;
    const char* begin = v->value.data();
    const char* end = begin + v->value.size();
    auto [ptr, ec] = std::from_chars(begin, end, n);
    if (ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return n;
}

std::string where(const PhonebookValue* v) {
    return v ? v->key + " (line " + std::to_string(v->line) + ")" : std::string("default (absent)");
}

TunnelType tunnelFromDevice(std::string_view device) {
    const std::string d = asciiLower(device);
    if (d.find("ikev2") != std::string::npos) {
        return TunnelType::Ikev2;
    }
    if (d.find("l2tp") != std::string::npos) {
        return TunnelType::L2tp;
    }
    if (d.find("sstp") != std::string::npos) {
        return TunnelType::Sstp;
    }
    if (d.find("pptp") != std::string::npos) {
        return TunnelType::Pptp;
    }
    return TunnelType::Unknown;
}

} // namespace

TunnelType tunnelFor(std::optional<VpnStrategy> strategy, std::string_view device) {
    if (strategy) {
        switch (*strategy) {
        case VpnStrategy::PptpOnly:
        case VpnStrategy::PptpFirst:
        case VpnStrategy::PptpSstp:
            return TunnelType::Pptp;
        case VpnStrategy::L2tpOnly:
        case VpnStrategy::L2tpFirst:
        case VpnStrategy::L2tpSstp:
            return TunnelType::L2tp;
        case VpnStrategy::SstpOnly:
        case VpnStrategy::SstpFirst:
            return TunnelType::Sstp;
        case VpnStrategy::Ikev2Only:
        case VpnStrategy::Ikev2First:
        case VpnStrategy::Ikev2Sstp:
            return TunnelType::Ikev2;
        case VpnStrategy::Default:
        case VpnStrategy::GreOnly:
        case VpnStrategy::ProtocolList:
            break;
        }
    }
    return tunnelFromDevice(device);
}

bool isVpnEntry(const PhonebookEntry& entry) {
    if (const auto type = number(entry.find("Type")); type && *type == 2) {
        return true;
    }
    const auto* device = entry.find("Device");
    return device && tunnelFromDevice(device->value) != TunnelType::Unknown;
}

std::vector<VpnProfile> vpnProfiles(const Phonebook& book, PhonebookScope scope, const std::string& path) {
    std::vector<VpnProfile> profiles;
    for (const auto& entry : book.entries) {
        if (!isVpnEntry(entry)) {
            continue;
        }
        VpnProfile p;
        p.name = entry.name;
        p.scope = scope;
        p.phonebook = path;
        p.sources["name"] = "[" + entry.name + "] (line " + std::to_string(entry.line) + ")";
        const auto* version = entry.find("PBVersion");
        p.pbVersion = static_cast<int>(number(version).value_or(0));
        const auto* phone = entry.find("PhoneNumber");
        p.server = phone ? phone->value : std::string();
        p.sources["server"] = where(phone);
        // "Device" is both the miniport (MEDIA block) and "DEVICE=vpn" later: the first wins, as
        // for Windows; PreferredDevice is the same miniport in newer phonebooks.
        const auto* device = entry.find("Device");
        if (!device || tunnelFromDevice(device->value) == TunnelType::Unknown) {
            if (const auto* preferred = entry.find("PreferredDevice")) {
                device = preferred;
            }
        }
        p.device = device ? device->value : std::string();
        p.sources["device"] = where(device);
        const auto* strategy = entry.find("VpnStrategy");
        if (const auto n = number(strategy)) {
            p.strategy = vpnStrategyFromNumber(static_cast<int>(*n));
        }
        p.sources["strategy"] = where(strategy);
        p.tunnel = tunnelFor(p.strategy, p.device);
        p.sources["tunnel"] =
            p.strategy && tunnelFor(p.strategy, {}) != TunnelType::Unknown ? where(strategy) : where(device);

        // Authentication: EAP type from CustomAuthKey; else the IPsec credential of L2TP
        // (IpSecFlags bit 0 = "use pre-shared key"), else the IKEv2 machine certificate
        // (AuthRestrictions bit 0x800, UNCONFIRMED), else a PPP password method.
        const auto* eap = entry.find("CustomAuthKey");
        const auto* ipsecFlags = entry.find("IpSecFlags");
        const auto* restrictions = entry.find("AuthRestrictions");
        const auto* psk = entry.find("PreSharedKey");
        p.eapType = static_cast<int>(std::max(0LL, number(eap).value_or(0)));
        // Only whether a key is stored: its value is never copied anywhere.
        p.preSharedKeyConfigured = (number(ipsecFlags).value_or(0) & 1) != 0 || (psk && !psk->value.empty());
        if (p.eapType > 0) {
            p.auth = p.eapType == 26   ? VpnAuthMethod::EapMschapv2
                     : p.eapType == 13 ? VpnAuthMethod::EapTls
                     : p.eapType == 25 ? VpnAuthMethod::Peap
                                       : VpnAuthMethod::OtherEap;
            p.sources["auth"] = where(eap);
        } else if (p.preSharedKeyConfigured) {
            p.auth = VpnAuthMethod::PreSharedKey;
            p.sources["auth"] = where(number(ipsecFlags).value_or(0) & 1 ? ipsecFlags : psk);
        } else if (p.tunnel == TunnelType::Ikev2 && (number(restrictions).value_or(0) & 0x800) != 0) {
            p.auth = VpnAuthMethod::MachineCertificate;
            p.sources["auth"] = where(restrictions) + ", bit 0x800 (inferred)";
        } else if (restrictions) {
            p.auth = VpnAuthMethod::Password;
            p.sources["auth"] = where(restrictions);
        } else {
            p.sources["auth"] = where(nullptr);
        }

        const auto* numPolicy = entry.find("NumCustomPolicy");
        const auto* policies = entry.find("CustomIPSecPolicies");
        p.numCustomPolicy = static_cast<int>(std::max(0LL, number(numPolicy).value_or(0)));
        p.customPolicyHex = policies ? policies->value : std::string();
        if (p.numCustomPolicy > 0 && policies) {
            if (auto decoded = decodeCustomIpsecPolicies(policies->value); decoded && !decoded->empty()) {
                p.customPolicy = decoded->front();
            }
            p.sources["custom_policy"] = where(policies);
        } else {
            p.sources["custom_policy"] = numPolicy ? where(numPolicy) : where(nullptr);
        }

        auto flag = [&](const char* key, const char* field, bool invert) -> std::optional<bool> {
            const auto* v = entry.find(key);
            p.sources[field] = where(v);
            if (const auto n = number(v)) {
                return invert ? *n == 0 : *n != 0;
            }
            return std::nullopt;
        };
        p.splitTunneling = flag("IpPrioritizeRemote", "split_tunneling", true);
        p.ikeNameEkuCheckDisabled = flag("DisableIKENameEkuCheck", "ike_name_eku_check_disabled", false);
        p.ikev2FragmentationDisabled =
            flag("Disable_IKEv2_Fragmentation", "ikev2_fragmentation_disabled", false);
        profiles.push_back(std::move(p));
    }
    return profiles;
}

} // namespace ipsecdoctor::vpn
