#pragma once
// UTF-8 for text that comes from elsewhere (bundles, event logs, phonebooks): checks, repair,
// cuts that never split a character, and a printable form for terminals. Byte-wise cuts and
// unchecked bytes are what made JSON output abort and let escape sequences reach a terminal.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF).
bool isValidUtf8(std::string_view text);

/// `text` with every byte that is not part of a well-formed sequence replaced by U+FFFD.
std::string toValidUtf8(std::string_view text);

/// At most `maxBytes` bytes of `text`, cut before a character rather than inside it. Bytes that
/// are not UTF-8 count as one character each, so invalid input is cut at a byte.
std::string truncateUtf8(std::string_view text, std::size_t maxBytes);

/// `text` safe to write to a terminal: C0 controls, DEL and bytes that are not UTF-8 become
/// \xNN, C1 controls and the bidirectional overrides and isolates (U+202A-U+202E,
/// U+2066-U+2069) become \u{...}, and a backslash stays a backslash. With `keepLineBreaks`, LF
/// and tab are kept (for whole lines of text output); CR is always escaped, since it lets a line
/// overwrite another.
std::string printable(std::string_view text, bool keepLineBreaks = false);

/// Appends `cp` (at most U+10FFFF; the caller has replaced surrogates) as UTF-8.
inline void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace ipsecdoctor
