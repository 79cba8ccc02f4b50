#pragma once
// IKEv2 IKE_SA_INIT on the wire (RFC 7296 §3, docs/ipsec-facts.md §7.1–§7.7): the request the
// probe sends, built like Windows builds it, and a full parse of any IKEv2 message — what a
// server answers, or a captured request. Parsing never trusts a length: a truncated, oversized
// or inconsistent datagram gives Error{Malformed} or Error{TooLarge}, never a crash.

#include "ipsecdoctor/ike/bytes.h"
#include "ipsecdoctor/ike/crypto.h"
#include "ipsecdoctor/ike/proposal.h"
#include "ipsecdoctor/util/expected.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::ike {

using Spi = std::array<std::uint8_t, 8>;
using Sha1Digest = std::array<std::uint8_t, 20>;

/// The ISAKMP header both IKE versions share (RFC 2408 §3.1, RFC 7296 §3.1), as parsed from a
/// message; in IKEv1 the two SPIs are the initiator's and the responder's cookies.
struct IsakmpHeader {
    Spi spiI{};
    Spi spiR{};
    std::uint8_t version = 0; // major in the high nibble: 0x10 IKEv1, 0x20 IKEv2
    std::uint8_t exchange = 0;
    std::uint8_t flags = 0;
    std::uint32_t messageId = 0;
};

/// Largest datagram the parsers accept (a UDP payload cannot be larger).
inline constexpr std::size_t kMaxIkeDatagram = 65535;
inline constexpr std::size_t kIkeHeaderSize = 28;

/// IKEv2 payload types (RFC 7296 §3.2).
namespace payload {
inline constexpr std::uint8_t kNone = 0;
inline constexpr std::uint8_t kSa = 33;
inline constexpr std::uint8_t kKe = 34;
inline constexpr std::uint8_t kIdi = 35;
inline constexpr std::uint8_t kIdr = 36;
inline constexpr std::uint8_t kCert = 37;
inline constexpr std::uint8_t kCertReq = 38;
inline constexpr std::uint8_t kAuth = 39;
inline constexpr std::uint8_t kNonce = 40;
inline constexpr std::uint8_t kNotify = 41;
inline constexpr std::uint8_t kDelete = 42;
inline constexpr std::uint8_t kVendorId = 43;
inline constexpr std::uint8_t kEncrypted = 46;
inline constexpr std::uint8_t kEncryptedFragment = 53;
} // namespace payload

inline constexpr std::uint8_t kExchangeIkeSaInit = 34;
inline constexpr std::uint8_t kFlagInitiator = 0x08;
inline constexpr std::uint8_t kFlagResponse = 0x20;

struct Ikev2Notify {
    std::uint8_t protocol = 0;
    std::uint16_t type = 0;
    Bytes spi;
    Bytes data;

    bool operator==(const Ikev2Notify&) const = default;
};

struct Ikev2CertReq {
    std::uint8_t encoding = 4; // 4 = X.509 Certificate - Signature
    Bytes authorities;         // concatenated SHA-1 hashes of CA SubjectPublicKeyInfo

    bool operator==(const Ikev2CertReq&) const = default;
};

struct NumberedProposal {
    std::uint8_t number = 1;
    Proposal proposal;
    Bytes spi;

    bool operator==(const NumberedProposal&) const = default;
};

/// What the probe sends as IKE_SA_INIT. Payload order is Windows': [N(COOKIE)], SA, KE, Ni,
/// N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP), [N(IKEV2_FRAGMENTATION_SUPPORTED)],
/// V…
struct Ikev2InitRequest {
    Spi spiI{};
    std::vector<Proposal> proposals; // numbered 1..n in this order
    KeyShare keyShare;               // its group must appear in the proposals
    Bytes nonce;                     // 16..256 bytes
    Bytes cookie;                    // the responder's COOKIE data when retrying; else empty
    std::optional<Sha1Digest> natSourceHash;
    std::optional<Sha1Digest> natDestinationHash;
    bool fragmentationSupported = true;
    std::vector<Bytes> vendorIds;
};

/// Encodes the request. InvalidArgument: no proposal, more than 255, a nonce outside 16..256
/// bytes, a key share whose group no proposal lists, a cookie over 64 bytes.
Expected<Bytes> encodeIkeSaInit(const Ikev2InitRequest& request);

/// A parsed IKEv2 message.
struct Ikev2Message : IsakmpHeader {
    std::vector<std::uint8_t> payloadTypes; // in message order
    std::vector<NumberedProposal> proposals;
    std::optional<DhGroup> keGroup;
    Bytes keData;
    Bytes nonce;
    std::vector<Ikev2Notify> notifies;
    std::vector<Bytes> vendorIds;
    std::vector<Ikev2CertReq> certReqs;

    bool isResponse() const { return (flags & kFlagResponse) != 0; }
    const Ikev2Notify* findNotify(std::uint16_t type) const;
    /// All 20-byte CA hashes of X.509 CERTREQ payloads, in order.
    std::vector<Sha1Digest> certReqAuthorities() const;
    /// charon's log notation of the payloads, e.g. "SA KE No N(NATD_S_IP) N(NATD_D_IP) V V".
    std::string describe() const;
};

/// Parses one datagram holding an IKEv2 message (no non-ESP marker). Malformed: shorter than
/// the header, not version 2.x, length field different from the datagram size, a payload or
/// substructure running past its parent, a broken SA payload, more than 64 payloads. TooLarge:
/// over kMaxIkeDatagram bytes.
Expected<Ikev2Message> parseIkev2Message(ByteView datagram);

/// NAT_DETECTION_*_IP data: SHA-1(SPIi ‖ SPIr ‖ address ‖ port), address as 4 or 16 raw bytes,
/// port big-endian (RFC 7296 §2.23).
Expected<Sha1Digest> natDetectionHash(const Spi& spiI, const Spi& spiR, ByteView address, std::uint16_t port);

} // namespace ipsecdoctor::ike
