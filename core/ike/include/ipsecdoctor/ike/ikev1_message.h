#pragma once
// IKEv1 (ISAKMP, RFC 2408/2409) first messages as the probe sends them — Main Mode message 1
// (SA with many transforms) and Aggressive Mode message 1 (SA, KE, Ni, IDii) — and a parse of
// what comes back (docs/ipsec-facts.md §7.8). Same robustness rules as the IKEv2 parser.

#include "ipsecdoctor/ike/bytes.h"
#include "ipsecdoctor/ike/crypto.h"
#include "ipsecdoctor/ike/ikev2_message.h"
#include "ipsecdoctor/ike/proposal.h"
#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::ike {

enum class Ikev1Exchange : std::uint8_t { MainMode = 2, Aggressive = 4, Informational = 5 };

/// IKEv1 payload types (RFC 2408 §3.1, RFC 3947).
namespace v1payload {
inline constexpr std::uint8_t kNone = 0;
inline constexpr std::uint8_t kSa = 1;
inline constexpr std::uint8_t kProposal = 2;
inline constexpr std::uint8_t kTransform = 3;
inline constexpr std::uint8_t kKe = 4;
inline constexpr std::uint8_t kId = 5;
inline constexpr std::uint8_t kCert = 6;
inline constexpr std::uint8_t kCertReq = 7;
inline constexpr std::uint8_t kHash = 8;
inline constexpr std::uint8_t kSignature = 9;
inline constexpr std::uint8_t kNonce = 10;
inline constexpr std::uint8_t kNotification = 11;
inline constexpr std::uint8_t kDelete = 12;
inline constexpr std::uint8_t kVendorId = 13;
inline constexpr std::uint8_t kNatD = 20;
} // namespace v1payload

/// ID payload types used in phase 1 (RFC 2407 §4.6.2.1).
enum class Ikev1IdType : std::uint8_t { Ipv4 = 1, Fqdn = 2, UserFqdn = 3, Ipv6 = 5 };

struct Ikev1Request {
    Spi cookieI{};
    Ikev1Exchange exchange = Ikev1Exchange::MainMode;
    std::vector<Proposal> transforms; // single-algorithm IKE proposals, numbered 1..n
    v1::AuthMethod auth = v1::AuthMethod::PreSharedKey;
    std::uint32_t lifeSeconds = 28800;
    // Aggressive Mode only: the one group every transform must use, and the initiator's identity.
    KeyShare keyShare;
    Bytes nonce;
    Ikev1IdType idType = Ikev1IdType::Fqdn;
    Bytes idData;
    std::vector<Bytes> vendorIds;
};

/// Encodes message 1. InvalidArgument: no transform or more than 255, a transform that is not
/// single-algorithm or uses an algorithm IKEv1 lacks (AES-GCM), and in Aggressive Mode a
/// transform whose group differs from the key share, a nonce outside 8..256 bytes or an empty ID.
Expected<Bytes> encodeIkev1First(const Ikev1Request& request);

struct Ikev1Transform {
    std::uint8_t number = 1;
    Proposal proposal; // one algorithm per type; PRF = the hash's HMAC
    std::optional<v1::AuthMethod> auth;
    std::uint32_t lifeSeconds = 0;

    bool operator==(const Ikev1Transform&) const = default;
};

struct Ikev1Notify {
    std::uint8_t protocol = 0;
    std::uint16_t type = 0;
    Bytes spi;
    Bytes data;
};

struct Ikev1Message : IsakmpHeader { // spiI/spiR: the initiator's and responder's cookies
    std::vector<std::uint8_t> payloadTypes;
    std::vector<Ikev1Transform> transforms; // of the SA payload (a responder returns the chosen one)
    std::vector<Ikev1Notify> notifies;
    std::vector<Bytes> vendorIds;
    std::optional<DhGroup> keGroup; // from the transforms, when a KE payload is present
    Bytes keData;
    bool hasNonce = false;
    bool hasId = false;
    bool hasHash = false;

    const Ikev1Notify* findNotify(std::uint16_t type) const;
};

/// Parses one IKEv1 datagram. Malformed: shorter than the header, not version 1.x, length field
/// different from the datagram size, a payload running past the message, a broken SA, an
/// encrypted message (flags & 1: we never hold its keys), more than 64 payloads. TooLarge: over
/// kMaxIkeDatagram bytes.
Expected<Ikev1Message> parseIkev1Message(ByteView datagram);

} // namespace ipsecdoctor::ike
