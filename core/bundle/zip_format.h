#pragma once
// Internal to zip_reader.cpp/zip_writer.cpp: the ZIP record layouts (APPNOTE.TXT 6.3.x, sections
// 4.3.7 local header, 4.3.12 central header, 4.3.16 end record) and little-endian helpers. Offsets
// are spelled out here once so the reader and the writer cannot disagree.

#include "ipsecdoctor/util/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ipsecdoctor::zipfmt {

inline constexpr std::uint32_t kLocalSig = 0x04034b50;
inline constexpr std::uint32_t kCentralSig = 0x02014b50;
inline constexpr std::uint32_t kEndSig = 0x06054b50;
inline constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;

inline constexpr std::size_t kLocalSize = 30;   // fixed part, then name, then extra
inline constexpr std::size_t kCentralSize = 46; // fixed part, then name, extra, comment
inline constexpr std::size_t kEndSize = 22;     // fixed part, then comment
inline constexpr std::size_t kZip64LocatorSize = 20;
inline constexpr std::size_t kMaxCommentSize = 0xFFFF;

// Local header field offsets.
inline constexpr std::size_t kLocFlags = 6, kLocMethod = 8, kLocTime = 10, kLocDate = 12, kLocCrc = 14,
                             kLocCompSize = 18, kLocSize = 22, kLocNameLen = 26, kLocExtraLen = 28;
// Central header field offsets.
inline constexpr std::size_t kCenMadeBy = 4, kCenNeeded = 6, kCenFlags = 8, kCenMethod = 10, kCenTime = 12,
                             kCenDate = 14, kCenCrc = 16, kCenCompSize = 20, kCenSize = 24, kCenNameLen = 28,
                             kCenExtraLen = 30, kCenCommentLen = 32, kCenDiskStart = 34, kCenIntAttr = 36,
                             kCenExtAttr = 38, kCenLocalOffset = 42;
// End-of-central-directory field offsets.
inline constexpr std::size_t kEndDisk = 4, kEndCdDisk = 6, kEndDiskEntries = 8, kEndEntries = 10,
                             kEndCdSize = 12, kEndCdOffset = 16, kEndCommentLen = 20;

// General-purpose flags.
inline constexpr std::uint16_t kFlagEncrypted = 0x0001;
inline constexpr std::uint16_t kFlagDataDescriptor = 0x0008; // sizes/CRC follow the data
inline constexpr std::uint16_t kFlagStrongEncryption = 0x0040;
inline constexpr std::uint16_t kFlagUtf8 = 0x0800;
inline constexpr std::uint16_t kFlagMaskedHeaders = 0x2000; // central directory encryption

inline constexpr std::uint16_t kMethodStore = 0;
inline constexpr std::uint16_t kMethodDeflate = 8;

// Values that mean "the real value is in a zip64 extra field".
inline constexpr std::uint16_t kZip64Marker16 = 0xFFFF;
inline constexpr std::uint32_t kZip64Marker32 = 0xFFFFFFFF;

// Callers check bounds before reading: these helpers only assemble bytes.
inline std::uint16_t le16(std::string_view s, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                      (static_cast<unsigned char>(s[at + 1]) << 8));
}
inline std::uint32_t le32(std::string_view s, std::size_t at) {
    return static_cast<std::uint32_t>(le16(s, at)) | (static_cast<std::uint32_t>(le16(s, at + 2)) << 16);
}
inline void put16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}
inline void put32(std::string& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

/// Lower-cases ASCII only: duplicate detection folds case like Windows would for ASCII names.
inline std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Quotes a name for an error detail: control bytes, backslashes and (when the name is not valid
/// UTF-8) high bytes become \xNN, so a hostile name cannot corrupt the log or the JSON that
/// carries the detail; long names are cut.
inline std::string quoteName(std::string_view name) {
    constexpr std::size_t kMaxShown = 80;
    const bool utf8 = isValidUtf8(name);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "'";
    for (std::size_t i = 0; i < name.size() && i < kMaxShown; ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == '\\') {
            out += "\\\\";
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !utf8)) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (name.size() > kMaxShown) {
        // Cutting may split a UTF-8 sequence; drop a partial tail so the detail stays valid.
        std::size_t lead = out.size();
        while (lead > 1 && (static_cast<unsigned char>(out[lead - 1]) & 0xC0) == 0x80)
            --lead;
        if (lead > 1 && static_cast<unsigned char>(out[lead - 1]) >= 0xC0) {
            const auto c = static_cast<unsigned char>(out[lead - 1]);
            const std::size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (out.size() - (lead - 1) < want)
                out.resize(lead - 1);
        }
        out += "...";
    }
    out += "'";
    return out;
}

} // namespace ipsecdoctor::zipfmt
