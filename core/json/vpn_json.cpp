#include "vpn_json.h"

#include "ipsecdoctor/vpn/custom_ipsec_policy.h"

namespace ipsecdoctor::json_detail {

using nlohmann::json;

namespace {

json optionalBool(const std::optional<bool>& v) {
    return v ? json(*v) : json(nullptr);
}

json policyToJson(const VpnIpsecPolicy& p) {
    return json{{"encryption_method", powerShellName(p.encryptionMethod)},
                {"integrity_check_method", powerShellName(p.integrityCheckMethod)},
                {"dh_group", powerShellName(p.dhGroup)},
                {"cipher_transform_constants", powerShellName(p.cipherTransformConstants)},
                {"authentication_transform_constants", powerShellName(p.authenticationTransformConstants)},
                {"pfs_group", powerShellName(p.pfsGroup)}};
}

} // namespace

json profileToJson(const VpnProfile& p) {
    return json{
        {"name", p.name},
        {"scope", phonebookScopeId(p.scope)},
        {"phonebook", p.phonebook},
        {"pb_version", p.pbVersion},
        {"server", p.server},
        {"device", p.device},
        {"strategy", p.strategy ? json(vpnStrategyId(*p.strategy)) : json(nullptr)},
        {"tunnel", tunnelTypeId(p.tunnel)},
        {"auth", vpnAuthMethodId(p.auth)},
        {"eap_type", p.eapType},
        {"pre_shared_key_configured", p.preSharedKeyConfigured},
        {"num_custom_policy", p.numCustomPolicy},
        {"custom_policy_hex", p.customPolicyHex},
        // Written for readers; on read it is decoded again from custom_policy_hex.
        {"custom_policy", p.customPolicy ? policyToJson(*p.customPolicy) : json(nullptr)},
        {"split_tunneling", optionalBool(p.splitTunneling)},
        {"ike_name_eku_check_disabled", optionalBool(p.ikeNameEkuCheckDisabled)},
        {"ikev2_fragmentation_disabled", optionalBool(p.ikev2FragmentationDisabled)},
        {"sources", p.sources},
    };
}

json vpnToJson(const VpnConfiguration& config) {
    json profiles = json::array();
    for (const auto& p : config.profiles) {
        profiles.push_back(profileToJson(p));
    }
    json registry = json::array();
    for (const auto& f : config.registry) {
        registry.push_back(json{{"id", f.id},
                                {"key", f.key},
                                {"name", f.name},
                                {"present", f.present},
                                {"type", f.type},
                                {"dword", f.dword ? json(*f.dword) : json(nullptr)}});
    }
    json nics = json::array();
    for (const auto& n : config.nicOffload) {
        nics.push_back(
            json{{"adapter", n.adapter}, {"key", n.key}, {"keyword", n.keyword}, {"value", n.value}});
    }
    return json{{"profiles", profiles}, {"registry", registry}, {"nic_ipsec_offload", nics}};
}

VpnConfiguration vpnFromJson(Reader& r, const json& obj, const std::string& path) {
    VpnConfiguration config;
    if (const auto* arr = r.array(obj, path, "profiles", true)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& j = (*arr)[i];
            const std::string p = path + ".profiles[" + std::to_string(i) + "]";
            VpnProfile v;
            v.name = r.string(j, p, "name");
            v.scope = r.enumeration(j, p, "scope", phonebookScopeFromId, PhonebookScope::User);
            v.phonebook = r.string(j, p, "phonebook", false);
            v.pbVersion = static_cast<int>(r.integer(j, p, "pb_version", 0, 1000));
            v.server = r.string(j, p, "server", false);
            v.device = r.string(j, p, "device", false);
            if (const auto* s = r.member(j, p, "strategy", false); s && !s->is_null()) {
                v.strategy = r.enumeration(j, p, "strategy", vpnStrategyFromId, VpnStrategy::Default);
            }
            v.tunnel = r.enumeration(j, p, "tunnel", tunnelTypeFromId, TunnelType::Unknown);
            v.auth = r.enumeration(j, p, "auth", vpnAuthMethodFromId, VpnAuthMethod::Unknown);
            v.eapType = static_cast<int>(r.integer(j, p, "eap_type", 0, INT32_MAX));
            v.preSharedKeyConfigured = r.boolean(j, p, "pre_shared_key_configured");
            v.numCustomPolicy = static_cast<int>(r.integer(j, p, "num_custom_policy", 0, INT32_MAX));
            v.customPolicyHex = r.string(j, p, "custom_policy_hex", false);
            if (v.numCustomPolicy > 0 && !v.customPolicyHex.empty()) {
                if (auto decoded = vpn::decodeCustomIpsecPolicies(v.customPolicyHex);
                    decoded && !decoded->empty()) {
                    v.customPolicy = decoded->front();
                }
            }
            v.splitTunneling = r.optionalBoolean(j, p, "split_tunneling");
            v.ikeNameEkuCheckDisabled = r.optionalBoolean(j, p, "ike_name_eku_check_disabled");
            v.ikev2FragmentationDisabled = r.optionalBoolean(j, p, "ikev2_fragmentation_disabled");
            if (const auto* src = r.member(j, p, "sources", false)) {
                if (!src->is_object()) {
                    r.fail(p + ".sources", "expected an object");
                } else {
                    for (const auto& [k, val] : src->items()) {
                        if (!val.is_string()) {
                            r.fail(p + ".sources." + k, "expected a string");
                            break;
                        }
                        v.sources[k] = val.get<std::string>();
                    }
                }
            }
            config.profiles.push_back(std::move(v));
        }
    }
    if (const auto* arr = r.array(obj, path, "registry", true)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& j = (*arr)[i];
            const std::string p = path + ".registry[" + std::to_string(i) + "]";
            RegistryFact f;
            f.id = r.string(j, p, "id");
            f.key = r.string(j, p, "key");
            f.name = r.string(j, p, "name");
            f.present = r.boolean(j, p, "present");
            f.type = static_cast<std::uint32_t>(r.integer(j, p, "type", 0, UINT32_MAX));
            if (const auto* d = r.member(j, p, "dword", false); d && !d->is_null()) {
                f.dword = static_cast<std::uint32_t>(r.integer(j, p, "dword", 0, UINT32_MAX));
            }
            config.registry.push_back(std::move(f));
        }
    }
    // Absent from bundles written before adapters were read.
    if (const auto* arr = r.array(obj, path, "nic_ipsec_offload", false)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& j = (*arr)[i];
            const std::string p = path + ".nic_ipsec_offload[" + std::to_string(i) + "]";
            NicIpsecOffload n;
            n.adapter = r.string(j, p, "adapter", false);
            n.key = r.string(j, p, "key");
            n.keyword = r.string(j, p, "keyword");
            n.value = r.string(j, p, "value", false);
            config.nicOffload.push_back(std::move(n));
        }
    }
    return config;
}

} // namespace ipsecdoctor::json_detail

namespace ipsecdoctor {

nlohmann::json toJson(const VpnProfile& profile) {
    return json_detail::profileToJson(profile);
}

nlohmann::json toJson(const VpnConfiguration& config) {
    return json_detail::vpnToJson(config);
}

} // namespace ipsecdoctor
