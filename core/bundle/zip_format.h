#pragma once
// Internal to zip_reader.cpp/zip_writer.cpp: the ZIP record layouts (APPNOTE.TXT 6.3.x, sections
// 4.3.7 local header, 4.3.12 central header, 4.3.16 end record), little-endian helpers and the CRC. Offsets
// are spelled out here once so the reader and the writer cannot disagree.

#include "ipsecdoctor/util/utf8.h"

#define ZLIB_CONST // next_in becomes const: no const_cast on the caller's data
#include <zlib.h>

#include <algorithm>
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

/// Quotes a name for an error detail: control bytes, bidirectional overrides and bytes that are
/// not UTF-8 are escaped (util/utf8.h's printable), backslashes doubled so that an escape in the
/// detail is ours, and long names cut at a character, so a hostile name cannot corrupt the log
/// or the JSON that carries the detail.
inline std::string quoteName(std::string_view name) {
    constexpr std::size_t kMaxShown = 80;
    std::string doubled;
    for (const char c : truncateUtf8(name, kMaxShown)) {
        doubled += c;
        if (c == '\\') {
            doubled += c;
        }
    }
    return "'" + printable(doubled) + (name.size() > kMaxShown ? "...'" : "'");
}

// zlib counts in uInt (32 bits even on 64-bit Windows); feed it in slices no larger than this.
inline constexpr std::size_t kZlibSlice = std::size_t{1} << 30;

/// The CRC-32 of `data` (APPNOTE 4.4.7), of any size.
inline std::uint32_t crcOf(std::string_view data) {
    uLong crc = crc32(0L, Z_NULL, 0);
    for (std::size_t pos = 0; pos < data.size(); pos += kZlibSlice) {
        const std::size_t n = std::min(kZlibSlice, data.size() - pos);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data() + pos), static_cast<uInt>(n));
    }
    return static_cast<std::uint32_t>(crc);
}

} // namespace ipsecdoctor::zipfmt
