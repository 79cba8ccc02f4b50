#pragma once
// A strict reader of DER (X.690) for the parts of X.509 we read. Every length is checked
// against what remains; indefinite lengths, long-form tags and non-minimal lengths are
// rejected (DER forbids them), and nesting is bounded by the caller's structure (no recursion
// on input-controlled depth).

#include <cstdint>
#include <optional>
#include <string_view>

namespace ipsecdoctor::der {

struct Element {
    std::uint8_t tag = 0;     // identifier octet (class, constructed bit, number < 31)
    std::string_view value;   // contents octets
    std::string_view encoded; // tag + length + contents, e.g. for hashing the SPKI
};

inline constexpr std::uint8_t kBoolean = 0x01;
inline constexpr std::uint8_t kInteger = 0x02;
inline constexpr std::uint8_t kBitString = 0x03;
inline constexpr std::uint8_t kOctetString = 0x04;
inline constexpr std::uint8_t kNull = 0x05;
inline constexpr std::uint8_t kOid = 0x06;
inline constexpr std::uint8_t kUtf8String = 0x0C;
inline constexpr std::uint8_t kPrintableString = 0x13;
inline constexpr std::uint8_t kT61String = 0x14;
inline constexpr std::uint8_t kIa5String = 0x16;
inline constexpr std::uint8_t kUtcTime = 0x17;
inline constexpr std::uint8_t kGeneralizedTime = 0x18;
inline constexpr std::uint8_t kUniversalString = 0x1C;
inline constexpr std::uint8_t kBmpString = 0x1E;
inline constexpr std::uint8_t kSequence = 0x30;
inline constexpr std::uint8_t kSet = 0x31;

/// Sequential reader over the contents of one constructed element.
class Reader {
public:
    explicit Reader(std::string_view data) : m_rest(data) {}

    bool empty() const { return m_rest.empty(); }

    /// The next element, or nullopt when the encoding is invalid or nothing remains.
    std::optional<Element> next() {
        if (m_rest.size() < 2) {
            return std::nullopt;
        }
        const auto* p = reinterpret_cast<const unsigned char*>(m_rest.data());
        Element e;
        e.tag = p[0];
        if ((e.tag & 0x1F) == 0x1F) {
            return std::nullopt; // high tag numbers never occur in X.509
        }
        std::size_t length = p[1];
        std::size_t header = 2;
        if (length & 0x80) {
            const std::size_t count = length & 0x7F;
            if (count == 0 || count > 4 || m_rest.size() < 2 + count) {
                return std::nullopt; // indefinite, absurd or truncated length
            }
            length = 0;
            for (std::size_t i = 0; i < count; ++i) {
                length = (length << 8) | p[2 + i];
            }
            if (length < 0x80 || (count > 1 && p[2] == 0)) {
                return std::nullopt; // not minimal: DER requires the short form / no leading zero
            }
            header += count;
        }
        if (length > m_rest.size() - header) {
            return std::nullopt;
        }
        e.value = m_rest.substr(header, length);
        e.encoded = m_rest.substr(0, header + length);
        m_rest.remove_prefix(header + length);
        return e;
    }

    /// The next element if it has `tag`; nullopt (and nothing consumed) otherwise.
    std::optional<Element> nextIf(std::uint8_t tag) {
        if (m_rest.empty() || static_cast<std::uint8_t>(m_rest[0]) != tag) {
            return std::nullopt;
        }
        return next();
    }

    /// The next element, required to have `tag`.
    std::optional<Element> expect(std::uint8_t tag) {
        auto e = next();
        if (!e || e->tag != tag) {
            return std::nullopt;
        }
        return e;
    }

private:
    std::string_view m_rest;
};

} // namespace ipsecdoctor::der
