#include "ipsecdoctor/vpn/registry_values.h"

#include <algorithm>

namespace ipsecdoctor::vpn {

const std::vector<KnownRegistryValue>& knownRegistryValues() {
    static const std::vector<KnownRegistryValue> values{
        {reg::kNegotiateDh2048Aes256, RegistryRoot::LocalMachine, kRasManParameters,
         "NegotiateDH2048_AES256"},
        {reg::kAssumeUdpEncapsulation, RegistryRoot::LocalMachine, kPolicyAgent,
         "AssumeUDPEncapsulationContextOnSendRule"},
        {reg::kProhibitIpsec, RegistryRoot::LocalMachine, kRasManParameters, "ProhibitIpSec"},
        {reg::kAllowL2tpWeakCrypto, RegistryRoot::LocalMachine, kRasManParameters, "AllowL2TPWeakCrypto"},
        {reg::kDisableIkeNameEkuCheck, RegistryRoot::LocalMachine, kRasManParameters,
         "DisableIKENameEkuCheck"},
    };
    return values;
}

const KnownRegistryValue* findKnownRegistryValue(std::string_view id) {
    const auto& values = knownRegistryValues();
    auto it =
        std::find_if(values.begin(), values.end(), [&](const KnownRegistryValue& v) { return v.id == id; });
    return it == values.end() ? nullptr : &*it;
}

RegistryFact toFact(const KnownRegistryValue& known, const std::optional<RegistryValue>& value) {
    RegistryFact fact;
    fact.id = std::string(known.id);
    fact.key = std::string(registryRootId(known.root)) + "\\" + std::string(known.key);
    fact.name = std::string(known.name);
    fact.present = value.has_value();
    if (value) {
        fact.type = value->type;
        fact.dword = value->asDword();
    }
    return fact;
}

std::uint32_t effectiveDword(const VpnConfiguration& config, std::string_view id) {
    const auto* fact = config.findRegistry(id);
    return fact && fact->present && fact->dword ? *fact->dword : 0;
}

int negotiateDh2048Aes256(const VpnConfiguration& config) {
    const auto v = effectiveDword(config, reg::kNegotiateDh2048Aes256);
    return v == 1 || v == 2 ? static_cast<int>(v) : 0;
}

} // namespace ipsecdoctor::vpn
