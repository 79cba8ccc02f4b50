#pragma once
// Hex forms used for certificate identifiers: upper case without separators, as Windows
// shows thumbprints and serial numbers (certlm.msc, Get-ChildItem Cert:).

#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

inline std::string hexUpper(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    }
    return out;
}

/// Bytes of a hex string (either case; spaces and colons between bytes are allowed, as people
/// paste thumbprints from certlm.msc or openssl). nullopt for anything else.
inline std::optional<std::string> hexDecode(std::string_view text) {
    std::string out;
    int high = -1;
    for (const char c : text) {
        int v = -1;
        if (c >= '0' && c <= '9') {
            v = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            v = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            v = c - 'A' + 10;
        } else if ((c == ' ' || c == ':') && high < 0) {
            continue;
        } else {
            return std::nullopt;
        }
        if (high < 0) {
            high = v;
        } else {
            out += static_cast<char>(high * 16 + v);
            high = -1;
        }
    }
    if (high >= 0) {
        return std::nullopt;
    }
    return out;
}

} // namespace ipsecdoctor
