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
/// The text of a REG_SZ up to its NUL (registry strings are UTF-16LE).
std::string_view untilNul(std::string_view units) {
    for (std::size_t i = 0; i + 1 < units.size(); i += 2) {
        if (units[i] == '\0' && units[i + 1] == '\0') {
            return units.substr(0, i);
        }
    }
    return units;
}

/// A keyword's value: a number or a short word. Anything but printable ASCII shows as '?' and the
/// text stops at 64 characters, so a hostile value cannot put controls into the evidence.
std::string sz(const RegistryValue& v) {
    if (v.type == kRegDword) {
        auto d = v.asDword();
        return d ? std::to_string(*d) : "?";
    }
    std::string out;
    forEachUtf16CodePoint(untilNul(v.data), ByteOrder::Little, [&](std::uint32_t c) {
        if (out.size() <= 64) {
            out.push_back(c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '?');
        }
    });
    return out;
}

/// DriverDesc, any UTF-16 text, as UTF-8: up to its NUL, at most 256 bytes.
std::string utf8(const RegistryValue& v) {
    return truncateUtf8(utf16ToUtf8(untilNul(v.data)), 256);
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
