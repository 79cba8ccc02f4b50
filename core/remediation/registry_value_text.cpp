#include "registry_value_text.h"

#include <charconv>
#include <cstdio>

namespace ipsecdoctor {

std::string encodeRegistryValue(const RegistryValue& v) {
    std::string out = std::to_string(v.type) + ":";
    for (unsigned char c : v.data) {
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02x", c);
        out += hex;
    }
    return out;
}

std::optional<RegistryValue> decodeRegistryValue(std::string_view text) {
    constexpr std::size_t kMaxHexDigits = 2 * 64 * 1024;
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 10) {
        return std::nullopt;
    }
    const auto hex = text.substr(colon + 1);
    if (hex.size() % 2 != 0 || hex.size() > kMaxHexDigits) {
        return std::nullopt;
    }
    RegistryValue v;
    const auto type = text.substr(0, colon);
    // from_chars accepts no sign, space or prefix, and reports overflow instead of throwing.
    const auto [end, ec] = std::from_chars(type.data(), type.data() + type.size(), v.type);
    if (ec != std::errc() || end != type.data() + type.size()) {
        return std::nullopt;
    }
    v.data.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned byte = 0;
        const auto [pairEnd, pairEc] = std::from_chars(hex.data() + i, hex.data() + i + 2, byte, 16);
        if (pairEc != std::errc() || pairEnd != hex.data() + i + 2) {
            return std::nullopt;
        }
        v.data += static_cast<char>(byte);
    }
    return v;
}

} // namespace ipsecdoctor
