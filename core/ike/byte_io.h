#pragma once
// Big-endian writer and bounds-checked reader for IKE messages. The reader never reads past its
// view: every accessor reports failure instead, and the parsers turn that into Error{Malformed}.

#include "ipsecdoctor/ike/bytes.h"

#include <cstdint>
#include <cstring>
#include <optional>

namespace ipsecdoctor::ike {

class ByteWriter {
public:
    ByteWriter() { m_out.reserve(512); }
    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u16(std::uint16_t v) {
        u8(static_cast<std::uint8_t>(v >> 8));
        u8(static_cast<std::uint8_t>(v));
    }
    void u32(std::uint32_t v) {
        u16(static_cast<std::uint16_t>(v >> 16));
        u16(static_cast<std::uint16_t>(v));
    }
    void bytes(ByteView v) {
        // resize + memcpy rather than insert(): GCC 12 at -O3 (mingw) warns about insert() of
        // an empty range (-Wstringop-overflow false positive).
        if (v.empty()) {
            return;
        }
        const std::size_t old = m_out.size();
        m_out.resize(old + v.size());
        std::memcpy(m_out.data() + old, v.data(), v.size());
    }
    /// Overwrites a 16-bit field written earlier (payload lengths known only at the end).
    void patch16(std::size_t offset, std::uint16_t v) {
        m_out.at(offset) = static_cast<std::uint8_t>(v >> 8);
        m_out.at(offset + 1) = static_cast<std::uint8_t>(v);
    }
    void patch32(std::size_t offset, std::uint32_t v) {
        patch16(offset, static_cast<std::uint16_t>(v >> 16));
        patch16(offset + 2, static_cast<std::uint16_t>(v));
    }
    std::size_t size() const { return m_out.size(); }
    Bytes take() { return std::move(m_out); }

private:
    Bytes m_out;
};

class ByteReader {
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    std::size_t remaining() const { return m_data.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

    std::optional<std::uint8_t> u8() {
        if (remaining() < 1) {
            return std::nullopt;
        }
        return m_data[m_pos++];
    }
    std::optional<std::uint16_t> u16() {
        if (remaining() < 2) {
            return std::nullopt;
        }
        const auto v = static_cast<std::uint16_t>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
        m_pos += 2;
        return v;
    }
    std::optional<std::uint32_t> u32() {
        auto hi = u16();
        auto lo = hi ? u16() : std::nullopt;
        if (!lo) {
            return std::nullopt;
        }
        return (static_cast<std::uint32_t>(*hi) << 16) | *lo;
    }
    /// The next n bytes as a view (valid as long as the underlying buffer).
    std::optional<ByteView> view(std::size_t n) {
        if (remaining() < n) {
            return std::nullopt;
        }
        auto v = m_data.subspan(m_pos, n);
        m_pos += n;
        return v;
    }
    std::optional<Bytes> bytes(std::size_t n) {
        auto v = view(n);
        if (!v) {
            return std::nullopt;
        }
        return Bytes(v->begin(), v->end());
    }

private:
    ByteView m_data;
    std::size_t m_pos = 0;
};

} // namespace ipsecdoctor::ike
