#pragma once
// Windows writes some logs and traces as UTF-16LE, often without a byte-order mark. A secret in
// that form ("p\0a\0s\0s\0...") escapes every byte-oriented search, so redaction decodes it first.

#include <string>
#include <string_view>

namespace ipsecdoctor {

/// True when `bytes` starts with the UTF-16LE BOM, or when most of its first bytes are pairs of a
/// non-NUL byte and a NUL (ASCII text in UTF-16LE without a BOM).
bool looksLikeUtf16le(std::string_view bytes);

/// UTF-16LE (BOM dropped) to UTF-8; unpaired surrogates become U+FFFD, an odd last byte is dropped.
std::string utf16leToUtf8(std::string_view bytes);

/// UTF-8 text with every embedded run of at least 4 ASCII-in-UTF-16LE code units (printable byte,
/// NUL) collapsed to its ASCII bytes; a whole UTF-16LE text is decoded. Anything else unchanged.
std::string normalizeUtf16(std::string_view bytes);

} // namespace ipsecdoctor
