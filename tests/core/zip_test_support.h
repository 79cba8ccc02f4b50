#pragma once
// Shared by the ZIP tests: an independent CRC-32, little-endian field access, and RawEntry/rawZip,
// which build archives field by field (including ones writeZip() refuses to produce), following
// the offsets APPNOTE.TXT gives for each field.

#include "ipsecdoctor/bundle/zip_archive.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::ziptest {

inline constexpr const char* kStamp = "2024-05-01T12:00:00Z";

// Independent bitwise CRC-32 (IEEE, reflected), so tests do not trust the code under test.
inline std::uint32_t crc32Of(std::string_view data) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline std::uint16_t get16(std::string_view s, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                      (static_cast<unsigned char>(s[at + 1]) << 8));
}
inline std::uint32_t get32(std::string_view s, std::size_t at) {
    return get16(s, at) | (static_cast<std::uint32_t>(get16(s, at + 2)) << 16);
}
inline void set16(std::string& s, std::size_t at, std::uint16_t v) {
    s[at] = static_cast<char>(v & 0xFF);
    s[at + 1] = static_cast<char>(v >> 8);
}
inline void set32(std::string& s, std::size_t at, std::uint32_t v) {
    set16(s, at, static_cast<std::uint16_t>(v & 0xFFFF));
    set16(s, at + 2, static_cast<std::uint16_t>(v >> 16));
}
inline void add16(std::string& s, std::uint16_t v) {
    s.append(2, '\0');
    set16(s, s.size() - 2, v);
}
inline void add32(std::string& s, std::uint32_t v) {
    s.append(4, '\0');
    set32(s, s.size() - 4, v);
}

// Offsets of the first local header (always 0), the central directory, and the end record.
inline std::size_t endOffset(std::string_view zip) {
    return zip.size() - 22;
}
inline std::size_t centralOffset(std::string_view zip) {
    return get32(zip, endOffset(zip) + 16);
}

inline std::string mustWrite(const std::vector<ZipEntry>& entries) {
    auto zip = writeZip(entries, kStamp);
    EXPECT_TRUE(zip.hasValue()) << (zip ? "" : zip.error().detail);
    return zip ? *zip : std::string();
}

// Asserts that reading fails with `code` and that the detail mentions `needle`.
inline void expectError(std::string_view zip, ErrorCode code, std::string_view needle,
                        const ZipLimits& limits = {}) {
    const auto result = readZip(zip, limits);
    ASSERT_FALSE(result.hasValue()) << "expected an error mentioning: " << needle;
    EXPECT_EQ(result.error().code, code) << result.error().detail;
    EXPECT_NE(result.error().detail.find(needle), std::string::npos) << result.error().detail;
}

// Builds archives field by field, including ones writeZip() refuses to produce.
struct RawEntry {
    std::string name;
    std::string payload; // bytes as stored (already deflated when method is 8)
    std::uint32_t size = 0;
    std::uint32_t crc = 0;
    std::uint16_t method = 0;
    std::uint16_t flags = 0x0800;
    bool dataDescriptor = false;              // zero CRC/sizes locally, descriptor after data
    std::optional<std::uint32_t> localOffset; // central directory points here instead
};

inline RawEntry stored(std::string name, std::string data) {
    RawEntry e;
    e.name = std::move(name);
    e.size = static_cast<std::uint32_t>(data.size());
    e.crc = crc32Of(data);
    e.payload = std::move(data);
    return e;
}

inline std::string localRecord(const RawEntry& e) {
    std::string out;
    const bool dd = e.dataDescriptor;
    add32(out, 0x04034b50);
    add16(out, 20);
    add16(out, static_cast<std::uint16_t>(e.flags | (dd ? 0x0008 : 0)));
    add16(out, e.method);
    add16(out, 0x6000);
    add16(out, 0x58a1);
    add32(out, dd ? 0 : e.crc);
    add32(out, dd ? 0 : static_cast<std::uint32_t>(e.payload.size()));
    add32(out, dd ? 0 : e.size);
    add16(out, static_cast<std::uint16_t>(e.name.size()));
    add16(out, 0);
    out += e.name + e.payload;
    if (dd) {
        add32(out, 0x08074b50);
        add32(out, e.crc);
        add32(out, static_cast<std::uint32_t>(e.payload.size()));
        add32(out, e.size);
    }
    return out;
}

inline std::string rawZip(const std::vector<RawEntry>& entries) {
    std::string out, central;
    for (const RawEntry& e : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        out += localRecord(e);
        add32(central, 0x02014b50);
        add16(central, (3 << 8) | 20);
        add16(central, 20);
        add16(central, static_cast<std::uint16_t>(e.flags | (e.dataDescriptor ? 0x0008 : 0)));
        add16(central, e.method);
        add16(central, 0x6000);
        add16(central, 0x58a1);
        add32(central, e.crc);
        add32(central, static_cast<std::uint32_t>(e.payload.size()));
        add32(central, e.size);
        add16(central, static_cast<std::uint16_t>(e.name.size()));
        for (int i = 0; i < 4; ++i) // extra length, comment length, disk start, internal attributes
            add16(central, 0);
        add32(central, 0);
        add32(central, e.localOffset.value_or(offset));
        central += e.name;
    }
    const auto cdOffset = static_cast<std::uint32_t>(out.size());
    out += central;
    add32(out, 0x06054b50);
    add32(out, 0);
    add16(out, static_cast<std::uint16_t>(entries.size()));
    add16(out, static_cast<std::uint16_t>(entries.size()));
    add32(out, static_cast<std::uint32_t>(central.size()));
    add32(out, cdOffset);
    add16(out, 0);
    return out;
}

// The deflated payload writeZip() produced for the first entry of `zip`.
inline std::string firstPayload(std::string_view zip) {
    return std::string(zip.substr(30 + get16(zip, 26), get32(zip, 18)));
}

} // namespace ipsecdoctor::ziptest
