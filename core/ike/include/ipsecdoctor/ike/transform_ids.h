#pragma once
// IANA numbers for the IKE transforms Windows and common servers use, and the IKEv1 (ISAKMP)
// attribute values that carry the same algorithms. Numbers: RFC 7296 §3.3.2 and the IANA
// "IKEv2 Parameters" registry (as implemented in strongswan/strongswan:src/libstrongswan/crypto/
// transform.h, crypters/crypter.h, signers/signer.h, prfs/prf.h, key_exchange.h); IKEv1 values:
// RFC 2409 appendix A, RFC 3602, RFC 4868 (docs/ipsec-facts.md §7.2 and §7.8).
//
// The enums are open: a value received from a server that is not listed here is kept as its
// number (static_cast) and named "unknown-<n>" rather than rejected.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor::ike {

/// IKEv2 transform types (RFC 7296 §3.3.2).
enum class TransformType : std::uint8_t { Encr = 1, Prf = 2, Integ = 3, Dh = 4, Esn = 5 };

/// Security protocol ids of an IKEv2 proposal (RFC 7296 §3.3.1).
enum class Protocol : std::uint8_t { Ike = 1, Ah = 2, Esp = 3 };

/// ENCR transform ids (type 1).
enum class EncrId : std::uint16_t {
    Des = 2,
    TripleDes = 3,
    Null = 11,
    AesCbc = 12, // needs the key length attribute (128/192/256)
    AesCtr = 13,
    AesGcm8 = 18,
    AesGcm12 = 19,
    AesGcm16 = 20, // what Windows offers for GCMAES128/GCMAES256
    ChaCha20Poly1305 = 28,
};

/// PRF transform ids (type 2).
enum class PrfId : std::uint16_t {
    HmacMd5 = 1,
    HmacSha1 = 2,
    AesXcbc = 4,
    HmacSha2_256 = 5,
    HmacSha2_384 = 6,
    HmacSha2_512 = 7,
};

/// INTEG transform ids (type 3).
enum class IntegId : std::uint16_t {
    None = 0,
    HmacMd5_96 = 1,
    HmacSha1_96 = 2,
    AesXcbc96 = 5,
    HmacSha2_256_128 = 12,
    HmacSha2_384_192 = 13,
    HmacSha2_512_256 = 14,
};

/// Diffie-Hellman groups (type 4); the same numbers are used by IKEv1's group description.
enum class DhGroup : std::uint16_t {
    None = 0,
    Modp768 = 1,
    Modp1024 = 2, // Windows' default key share
    Modp1536 = 5,
    Modp2048 = 14,
    Modp3072 = 15,
    Modp4096 = 16,
    Modp6144 = 17,
    Modp8192 = 18,
    Ecp256 = 19,
    Ecp384 = 20,
    Ecp521 = 21,
    Modp2048s256 = 24,
    Curve25519 = 31,
};

/// Extended sequence numbers (type 5, ESP only).
enum class EsnId : std::uint16_t { NoEsn = 0, Esn = 1 };

/// Transform attribute "Key Length" (RFC 7296 §3.3.5), always TV format (0x800E).
inline constexpr std::uint16_t kAttributeKeyLength = 14;

/// AEAD ciphers carry their own integrity: a proposal with one has no INTEG transform.
bool isAead(EncrId id);
/// Whether the cipher needs a key length attribute (AES variants).
bool needsKeyLength(EncrId id);

/// The PRF strongSwan pairs with an integrity algorithm when a proposal names no PRF
/// (sha1 → prfsha1); nullopt for none.
std::optional<PrfId> prfForInteg(IntegId id);
/// The integrity algorithm Windows pairs with a PRF in its IKEv2 proposals (prfsha256 → sha256).
std::optional<IntegId> integForPrf(PrfId id);

/// Public key share length in bytes of a group (MODP: prime size; ECP: x‖y); 0 for unknown.
std::size_t keyShareSize(DhGroup group);
/// Whether the probe can compute a real key share for the group (MODP 1/2/5/14-18/24, ECP 19-21).
bool isSupportedKeyShare(DhGroup group);

// Names as charon logs them ("AES_CBC_256", "HMAC_SHA1_96", "PRF_HMAC_SHA1", "MODP_1024") —
// the integration tests compare against charon's own log with these; "UNKNOWN_<n>" otherwise.
std::string charonName(EncrId id, std::uint16_t keyBits);
std::string charonName(PrfId id);
std::string charonName(IntegId id);
std::string charonName(DhGroup group);

/// IKEv2 notify message types the probe sends or interprets (RFC 7296 §3.10.1, RFC 7383,
/// RFC 7427; MS_NOTIFY_STATUS is Microsoft's private type, docs/ipsec-facts.md §7.3).
namespace notify {
inline constexpr std::uint16_t kUnsupportedCriticalPayload = 1;
inline constexpr std::uint16_t kInvalidIkeSpi = 4;
inline constexpr std::uint16_t kInvalidMajorVersion = 5;
inline constexpr std::uint16_t kInvalidSyntax = 7;
inline constexpr std::uint16_t kInvalidMessageId = 9;
inline constexpr std::uint16_t kInvalidSpi = 11;
inline constexpr std::uint16_t kNoProposalChosen = 14;
inline constexpr std::uint16_t kInvalidKePayload = 17;
inline constexpr std::uint16_t kAuthenticationFailed = 24;
inline constexpr std::uint16_t kTemporaryFailure = 43;
inline constexpr std::uint16_t kMsNotifyStatus = 12345;
inline constexpr std::uint16_t kInitialContact = 16384;
inline constexpr std::uint16_t kNatDetectionSourceIp = 16388;
inline constexpr std::uint16_t kNatDetectionDestinationIp = 16389;
inline constexpr std::uint16_t kCookie = 16390;
inline constexpr std::uint16_t kMobikeSupported = 16396;
inline constexpr std::uint16_t kMultipleAuthSupported = 16404;
inline constexpr std::uint16_t kRedirectSupported = 16406;
inline constexpr std::uint16_t kIkev2FragmentationSupported = 16430;
inline constexpr std::uint16_t kSignatureHashAlgorithms = 16431;
} // namespace notify

/// IKEv1 (ISAKMP) SA attribute types and values (RFC 2409 appendix A; docs/ipsec-facts.md §7.8).
namespace v1 {
inline constexpr std::uint16_t kAttrEncryption = 1;
inline constexpr std::uint16_t kAttrHash = 2;
inline constexpr std::uint16_t kAttrAuthMethod = 3;
inline constexpr std::uint16_t kAttrGroupDescription = 4;
inline constexpr std::uint16_t kAttrLifeType = 11;
inline constexpr std::uint16_t kAttrLifeDuration = 12;
inline constexpr std::uint16_t kAttrKeyLength = 14;

enum class Cipher : std::uint16_t { DesCbc = 1, TripleDesCbc = 5, AesCbc = 7 };
enum class Hash : std::uint16_t { Md5 = 1, Sha1 = 2, Sha2_256 = 4, Sha2_384 = 5, Sha2_512 = 6 };
enum class AuthMethod : std::uint16_t { PreSharedKey = 1, RsaSignature = 3 };
inline constexpr std::uint16_t kLifeTypeSeconds = 1;

/// IKEv1 notify: NO-PROPOSAL-CHOSEN has the same number as in IKEv2 (RFC 2408 §3.14.1).
inline constexpr std::uint16_t kNotifyNoProposalChosen = 14;

/// IKEv1 cipher for an IKEv2 ENCR id (DES, 3DES, AES-CBC); nullopt for ciphers IKEv1 lacks.
std::optional<Cipher> cipherFor(EncrId id);
std::optional<EncrId> encrFor(Cipher cipher);
/// IKEv1 hash for an IKEv2 integrity id (HMAC-SHA1-96 → SHA1), and back.
std::optional<Hash> hashFor(IntegId id);
std::optional<IntegId> integFor(Hash hash);

std::string_view authMethodId(AuthMethod method); // "psk" | "rsa-sig"
} // namespace v1

} // namespace ipsecdoctor::ike
