#include "ipsecdoctor/util/utf8.h"

#include <cstdint>
#include <cstdio>

namespace ipsecdoctor {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

/// Length of the well-formed sequence starting at `i` (1-4) with its code point, or 0 when the
/// byte there does not start one (RFC 3629: no overlong forms, surrogates or values past
/// U+10FFFF).
std::size_t sequenceAt(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1Fu;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0Fu;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if (s.size() - i < len) {
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0u) != 0x80u) {
            return 0;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return len;
}

constexpr std::uint32_t kNotUtf8 = 0xFFFFFFFF;

/// Calls visit(bytes, code point) for each character of `s` in turn, and visit(byte, kNotUtf8)
/// for each byte that is not part of a well-formed sequence; stops when visit returns false.
template <class Visit>
void forEachCharacter(std::string_view s, Visit visit) {
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto len = sequenceAt(s, i, cp);
        const auto step = len == 0 ? 1 : len;
        if (!visit(s.substr(i, step), len == 0 ? kNotUtf8 : cp)) {
            return;
        }
        i += step;
    }
}

bool isBidiControl(std::uint32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void appendHexByte(std::string& out, unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02X", b);
    out += buf;
}

void appendCodePoint(std::string& out, std::uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\u{%X}", static_cast<unsigned>(cp));
    out += buf;
}

} // namespace

bool isValidUtf8(std::string_view text) {
    bool valid = true;
    forEachCharacter(text, [&](std::string_view, std::uint32_t cp) {
        valid = cp != kNotUtf8;
        return valid;
    });
    return valid;
}

std::string toValidUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    forEachCharacter(text, [&](std::string_view bytes, std::uint32_t cp) {
        out += cp == kNotUtf8 ? kReplacement : bytes;
        return true;
    });
    return out;
}

std::string truncateUtf8(std::string_view text, std::size_t maxBytes) {
    std::size_t end = 0;
    forEachCharacter(text, [&](std::string_view bytes, std::uint32_t) {
        if (end + bytes.size() > maxBytes) {
            return false;
        }
        end += bytes.size();
        return true;
    });
    return std::string(text.substr(0, end));
}

std::string printable(std::string_view text, bool keepLineBreaks) {
    std::string out;
    out.reserve(text.size());
    forEachCharacter(text, [&](std::string_view bytes, std::uint32_t cp) {
        if (cp == kNotUtf8 || cp < 0x20 || cp == 0x7F) {
            if (keepLineBreaks && (cp == '\n' || cp == '\t')) {
                out += bytes;
            } else {
                appendHexByte(out, static_cast<unsigned char>(bytes[0]));
            }
        } else if ((cp >= 0x80 && cp <= 0x9F) || isBidiControl(cp)) {
            appendCodePoint(out, cp);
        } else {
            out += bytes;
        }
        return true;
    });
    return out;
}

} // namespace ipsecdoctor
