#include "ipsecdoctor/util/utf16_text.h"

#include "ipsecdoctor/util/utf8.h"

#include <algorithm>
#include <cstdint>

namespace ipsecdoctor {
namespace {

bool hasBom(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
           static_cast<unsigned char>(bytes[1]) == 0xFE;
}

/// A UTF-16LE code unit of printable ASCII at `i`; false past the end (checked before reading).
bool isAsciiUnit(std::string_view bytes, std::size_t i) {
    if (i + 1 >= bytes.size() || bytes[i + 1] != '\0') {
        return false;
    }
    const auto c = static_cast<unsigned char>(bytes[i]);
    return c == '\t' || c == '\r' || c == '\n' || (c >= 0x20 && c < 0x7F);
}

} // namespace

bool looksLikeUtf16le(std::string_view bytes) {
    if (hasBom(bytes)) {
        return true;
    }
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
    if (sample < 8) {
        return false;
    }
    std::size_t units = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        units += bytes[i] != '\0' && bytes[i + 1] == '\0' ? 1 : 0;
    }
    return units * 10 >= (sample / 2) * 9; // 90%: a whole UTF-16 text, not a fragment inside UTF-8
}

std::string utf16ToUtf8(std::string_view bytes, ByteOrder order) {
    std::string out;
    out.reserve(bytes.size() / 2);
    forEachUtf16CodePoint(
        bytes, order, [&](std::uint32_t cp) { appendUtf8(out, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp); });
    return out;
}

std::optional<std::string> utf16ToUtf8Strict(std::string_view bytes, ByteOrder order) {
    std::string out;
    out.reserve(bytes.size() / 2);
    bool paired = true;
    forEachUtf16CodePoint(bytes, order, [&](std::uint32_t cp) {
        paired = paired && !(cp >= 0xD800 && cp <= 0xDFFF);
        appendUtf8(out, cp);
    });
    if (!paired) {
        return std::nullopt;
    }
    return out;
}

std::string utf16leToUtf8(std::string_view bytes) {
    return utf16ToUtf8(hasBom(bytes) ? bytes.substr(2) : bytes);
}

std::string normalizeUtf16(std::string_view bytes) {
    if (looksLikeUtf16le(bytes)) {
        return utf16leToUtf8(bytes);
    }
    if (bytes.find('\0') == std::string_view::npos) {
        return std::string(bytes);
    }
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t run = i;
        while (isAsciiUnit(bytes, run)) {
            run += 2;
        }
        if (run - i >= 8) {
            for (std::size_t k = i; k < run; k += 2) {
                out += bytes[k];
            }
            i = run;
        } else {
            out += bytes[i++];
        }
    }
    return out;
}

} // namespace ipsecdoctor
