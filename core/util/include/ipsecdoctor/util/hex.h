#pragma once
// Hex, the one implementation: upper case without separators for certificate identifiers, as
// Windows shows thumbprints and serial numbers (certlm.msc, Get-ChildItem Cert:); lower case for
// packet bytes; digits for the parsers of phonebook blobs and IKE captures.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// The value of one hex digit (either case); -1 for anything else.
inline int hexDigitValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/// Two digits per byte, no separators.
inline std::string hexEncode(std::string_view bytes, bool upperCase) {
    const char* digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

inline std::string hexUpper(std::string_view bytes) {
    return hexEncode(bytes, true);
}

/// True for 40 hex digits, either case: a SHA-1 thumbprint or key hash as written in a journal,
/// a bundle or a CERTREQ list.
inline bool isSha1Hex(std::string_view text) {
    return text.size() == 40 &&
           std::all_of(text.begin(), text.end(), [](char c) { return hexDigitValue(c) >= 0; });
}

/// Bytes of a hex string (either case; spaces and colons between bytes are allowed, as people
/// paste thumbprints from certlm.msc or openssl). nullopt for anything else.
inline std::optional<std::string> hexDecode(std::string_view text) {
    std::string out;
    int high = -1;
    for (const char c : text) {
        const int v = hexDigitValue(c);
        if (v < 0 && (c == ' ' || c == ':') && high < 0) {
            continue;
        }
        if (v < 0) {
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
