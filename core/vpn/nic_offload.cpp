#include "ipsecdoctor/vpn/nic_offload.h"

#include "ipsecdoctor/util/utf16_text.h"
#include "ipsecdoctor/util/utf8.h"

#include <array>

namespace ipsecdoctor::vpn {
namespace {

constexpr std::array<std::string_view, 3> kKeywords = {"*IPsecOffloadV1IPv4", "*IPsecOffloadV2",
                                                       "*IPsecOffloadV2IPv4"};

/// A REG_SZ as text: UTF-16LE in the registry's bytes, ASCII digits for these keywords; the
/// trailing NUL(s) dropped. Anything else is kept as "?" so that it shows as "not disabled".
std::string sz(const RegistryValue& v) {
    if (v.type == kRegDword) {
        auto d = v.asDword();
        return d ? std::to_string(*d) : "?";
    }
    std::string out;
    for (std::size_t i = 0; i + 1 < v.data.size(); i += 2) {
        const auto lo = static_cast<unsigned char>(v.data[i]);
        const auto hi = static_cast<unsigned char>(v.data[i + 1]);
        if (lo == 0 && hi == 0) {
            break;
        }
        out.push_back(hi == 0 && lo >= 0x20 && lo < 0x7f ? static_cast<char>(lo) : '?');
        if (out.size() > 64) {
            break;
        }
    }
    return out;
}

/// DriverDesc, any UTF-16 text, as UTF-8: up to its NUL, at most 256 bytes.
std::string utf8(const RegistryValue& v) {
    std::string_view units(v.data);
    for (std::size_t i = 0; i + 1 < units.size(); i += 2) {
        if (units[i] == '\0' && units[i + 1] == '\0') {
            units = units.substr(0, i);
            break;
        }
    }
    return truncateUtf8(utf16ToUtf8(units), 256);
}

} // namespace

Expected<std::vector<NicIpsecOffload>> readNicIpsecOffload(Registry& registry) {
    auto adapters = registry.subkeys(RegistryRoot::LocalMachine, kNetworkAdapterClass);
    if (!adapters) {
        return adapters.error();
    }
    std::vector<NicIpsecOffload> out;
    for (const auto& sub : *adapters) {
        if (sub.size() != 4 || sub.find_first_not_of("0123456789") != std::string::npos) {
            continue; // "Properties" and other non-instance keys
        }
        const std::string key = std::string(kNetworkAdapterClass) + "\\" + sub;
        std::string adapter;
        for (auto keyword : kKeywords) {
            auto value = registry.read(RegistryRoot::LocalMachine, key, keyword);
            if (!value || !*value) {
                continue;
            }
            if (adapter.empty()) {
                auto desc = registry.read(RegistryRoot::LocalMachine, key, "DriverDesc");
                adapter = desc && *desc ? utf8(**desc) : sub;
            }
            out.push_back({adapter, "HKLM\\" + key, std::string(keyword), sz(**value)});
        }
    }
    return out;
}

} // namespace ipsecdoctor::vpn
