#pragma once
// UTF-16 text from Windows (phonebooks, event XML, traces, registry strings) and certificates
// (BMPString, big-endian), decoded in one place with one surrogate policy: a pair is combined,
// an unpaired surrogate becomes U+FFFD (or, where the text must be exactly what was written,
// makes it invalid). Windows writes some logs and traces as UTF-16LE, often without a byte-order
// mark; a secret in that form ("p\0a\0s\0s\0...") escapes every byte-oriented search, so
// redaction decodes it first.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

enum class ByteOrder { Little, Big };

/// Calls `sink(codePoint)` for each code point of the UTF-16 `bytes` (a BOM is not treated
/// specially): a surrogate pair is combined, an unpaired surrogate is passed as itself, an odd
/// last byte is dropped.
template <class Sink>
void forEachUtf16CodePoint(std::string_view bytes, ByteOrder order, Sink&& sink) {
    const auto unit = [&](std::size_t i) {
        const auto first = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i]));
        const auto second = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1]));
        return order == ByteOrder::Little ? first | (second << 8) : (first << 8) | second;
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        std::uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
            const std::uint32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        sink(cp);
    }
}

/// UTF-16 (no BOM handling) to UTF-8; unpaired surrogates become U+FFFD.
std::string utf16ToUtf8(std::string_view bytes, ByteOrder order = ByteOrder::Little);
/// The same, but nothing when a surrogate is unpaired: for text that must be exactly what was
/// written.
std::optional<std::string> utf16ToUtf8Strict(std::string_view bytes, ByteOrder order = ByteOrder::Little);

/// True when `bytes` starts with the UTF-16LE BOM, or when most of its first bytes are pairs of a
/// non-NUL byte and a NUL (ASCII text in UTF-16LE without a BOM).
bool looksLikeUtf16le(std::string_view bytes);

/// UTF-16LE (BOM dropped) to UTF-8; unpaired surrogates become U+FFFD, an odd last byte is dropped.
std::string utf16leToUtf8(std::string_view bytes);

/// UTF-8 text with every embedded run of at least 4 ASCII-in-UTF-16LE code units (printable byte,
/// NUL) collapsed to its ASCII bytes; a whole UTF-16LE text is decoded. Anything else unchanged.
std::string normalizeUtf16(std::string_view bytes);

} // namespace ipsecdoctor
