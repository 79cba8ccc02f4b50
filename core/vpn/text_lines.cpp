#include "text_lines.h"

#include "ipsecdoctor/util/utf16_text.h"
#include "ipsecdoctor/util/utf8.h"

#include <cstdint>

namespace ipsecdoctor::vpn::detail {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// Length of the valid UTF-8 sequence at s[i], 0 when it is not one.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i, std::uint32_t* cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    std::size_t n = 0;
    std::uint32_t value = 0;
    std::uint32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2;
        value = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3;
        value = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4;
        value = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            return 0;
        }
        value = (value << 6) | (b & 0x3F);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return 0;
    }
    *cp = value;
    return n;
}

std::string utf8ToUtf16(std::string_view text) {
    std::string out;
    auto put = [&](std::uint32_t u) {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>((u >> 8) & 0xFF);
    };
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0xFFFD;
        std::size_t n = utf8SequenceLength(text, i, &cp);
        if (n == 0) {
            cp = 0xFFFD;
            n = 1;
        }
        if (cp >= 0x10000) {
            put(0xD800 + ((cp - 0x10000) >> 10));
            put(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            put(cp);
        }
        i += n;
    }
    return out;
}

} // namespace

Expected<DecodedText> decodeLines(std::string_view bytes) {
    if (bytes.size() > kMaxPhonebookBytes) {
        return Error::make(ErrorCode::TooLarge,
                           "phonebook larger than " + std::to_string(kMaxPhonebookBytes) + " bytes");
    }
    DecodedText decoded;
    std::string utf16Text;
    std::string_view text = bytes;
    if (bytes.substr(0, 2) == "\xFF\xFE") {
        if (bytes.size() % 2 != 0) {
            return Error::make(ErrorCode::Malformed, "UTF-16 phonebook with an odd number of bytes");
        }
        decoded.encoding = TextEncoding::Utf16Le;
        utf16Text = utf16ToUtf8(bytes.substr(2));
        text = utf16Text;
    } else if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        decoded.encoding = TextEncoding::Utf8Bom;
        text = bytes.substr(kUtf8Bom.size());
    }
    std::size_t start = 0;
    while (start < text.size()) {
        const auto nl = text.find_first_of("\r\n", start);
        TextLine line;
        if (nl == std::string_view::npos) {
            line.text = std::string(text.substr(start));
            decoded.lines.push_back(std::move(line));
            break;
        }
        line.text = std::string(text.substr(start, nl - start));
        std::size_t next = nl + 1;
        if (text[nl] == '\r' && next < text.size() && text[next] == '\n') {
            ++next;
        }
        line.ending = std::string(text.substr(nl, next - nl));
        decoded.lines.push_back(std::move(line));
        start = next;
    }
    return decoded;
}

std::string encodeLines(const DecodedText& text) {
    std::string utf8;
    for (const auto& line : text.lines) {
        utf8 += line.text;
        utf8 += line.ending;
    }
    switch (text.encoding) {
    case TextEncoding::Utf8:
        return utf8;
    case TextEncoding::Utf8Bom:
        return std::string(kUtf8Bom) + utf8;
    case TextEncoding::Utf16Le:
        return "\xFF\xFE" + utf8ToUtf16(utf8);
    }
    return utf8;
}

std::string sanitizeUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        const std::size_t n = utf8SequenceLength(text, i, &cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

} // namespace ipsecdoctor::vpn::detail
