#include "ipsecdoctor/model/vpn_configuration.h"

#include "ipsecdoctor/model/enum_table.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

constexpr EnumTable<PhonebookScope, 3> kScopes{{
    {PhonebookScope::User, "user"},
    {PhonebookScope::AllUsers, "all-users"},
    {PhonebookScope::File, "file"},
}};

constexpr EnumTable<VpnStrategy, 14> kStrategies{{
    {VpnStrategy::Default, "automatic"},
    {VpnStrategy::PptpOnly, "pptp-only"},
    {VpnStrategy::PptpFirst, "pptp-first"},
    {VpnStrategy::L2tpOnly, "l2tp-only"},
    {VpnStrategy::L2tpFirst, "l2tp-first"},
    {VpnStrategy::SstpOnly, "sstp-only"},
    {VpnStrategy::SstpFirst, "sstp-first"},
    {VpnStrategy::Ikev2Only, "ikev2-only"},
    {VpnStrategy::Ikev2First, "ikev2-first"},
    {VpnStrategy::GreOnly, "gre-only"},
    {VpnStrategy::PptpSstp, "pptp-sstp"},
    {VpnStrategy::L2tpSstp, "l2tp-sstp"},
    {VpnStrategy::Ikev2Sstp, "ikev2-sstp"},
    {VpnStrategy::ProtocolList, "protocol-list"},
}};

constexpr EnumTable<TunnelType, 5> kTunnels{{
    {TunnelType::Unknown, "unknown"},
    {TunnelType::Ikev2, "ikev2"},
    {TunnelType::L2tp, "l2tp"},
    {TunnelType::Sstp, "sstp"},
    {TunnelType::Pptp, "pptp"},
}};

constexpr EnumTable<VpnAuthMethod, 8> kAuth{{
    {VpnAuthMethod::Unknown, "unknown"},
    {VpnAuthMethod::EapMschapv2, "eap-mschapv2"},
    {VpnAuthMethod::EapTls, "eap-tls"},
    {VpnAuthMethod::Peap, "peap"},
    {VpnAuthMethod::OtherEap, "eap-other"},
    {VpnAuthMethod::MachineCertificate, "machine-certificate"},
    {VpnAuthMethod::PreSharedKey, "psk"},
    {VpnAuthMethod::Password, "password"},
}};

} // namespace

std::string_view phonebookScopeId(PhonebookScope s) {
    return enumId(kScopes, s);
}
std::optional<PhonebookScope> phonebookScopeFromId(std::string_view id) {
    return enumFromId(kScopes, id);
}
std::string_view vpnStrategyId(VpnStrategy s) {
    return enumId(kStrategies, s);
}
std::optional<VpnStrategy> vpnStrategyFromId(std::string_view id) {
    return enumFromId(kStrategies, id);
}
std::optional<VpnStrategy> vpnStrategyFromNumber(int n) {
    for (const auto& [value, name] : kStrategies) {
        if (static_cast<int>(value) == n) {
            return value;
        }
    }
    return std::nullopt;
}
std::string_view tunnelTypeId(TunnelType t) {
    return enumId(kTunnels, t);
}
std::optional<TunnelType> tunnelTypeFromId(std::string_view id) {
    return enumFromId(kTunnels, id);
}
std::string_view vpnAuthMethodId(VpnAuthMethod m) {
    return enumId(kAuth, m);
}
std::optional<VpnAuthMethod> vpnAuthMethodFromId(std::string_view id) {
    return enumFromId(kAuth, id);
}

const VpnProfile* VpnConfiguration::findProfile(std::string_view name) const {
    for (const auto& p : profiles) {
        if (p.name == name) {
            return &p;
        }
    }
    for (const auto& p : profiles) {
        if (equalsIgnoreCase(p.name, name)) {
            return &p;
        }
    }
    return nullptr;
}

const RegistryFact* VpnConfiguration::findRegistry(std::string_view id) const {
    auto it =
        std::find_if(registry.begin(), registry.end(), [&](const RegistryFact& f) { return f.id == id; });
    return it == registry.end() ? nullptr : &*it;
}

} // namespace ipsecdoctor
