#pragma once
// One IKE SA or ESP proposal as a value: the lists of algorithms of each transform type, in
// order of preference. Written and read in strongSwan's notation (swanctl.conf `proposals`,
// docs.strongswan.org "IKEv2 Cipher Suites"), the notation support staff and server admins use:
//   "aes256-sha1-modp1024"          AES-CBC-256, HMAC-SHA1-96, PRF-HMAC-SHA1 (implied), MODP1024
//   "aes256gcm16-prfsha384-ecp384"  AES-GCM-16-256 (AEAD: no INTEG), PRF-HMAC-SHA2-384, ECP384
//   "3des-aes128-sha1-sha256-modp1024" several algorithms of a type in one proposal
// Like strongSwan, an IKE proposal that names no PRF gets the PRFs matching its integrity
// algorithms, and an AEAD proposal's plain hash keywords ("aes128gcm16-sha256-…") name its PRF.

#include "ipsecdoctor/ike/transform_ids.h"
#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::ike {

struct Encryption {
    EncrId id = EncrId::AesCbc;
    std::uint16_t keyBits = 0; // 0 when the cipher has no key length attribute (DES, 3DES)

    bool operator==(const Encryption&) const = default;
};

/// One transform as it travels on the wire (type, IANA id, key length or 0).
struct Transform {
    TransformType type = TransformType::Encr;
    std::uint16_t id = 0;
    std::uint16_t keyBits = 0;

    bool operator==(const Transform&) const = default;
};

struct Proposal {
    Protocol protocol = Protocol::Ike;
    std::vector<Encryption> encryption;
    std::vector<IntegId> integrity; // empty for AEAD proposals
    std::vector<PrfId> prf;         // IKE only
    std::vector<DhGroup> dh;        // IKE: the key exchange; ESP: PFS groups (may be empty)
    std::vector<EsnId> esn;         // ESP only

    bool operator==(const Proposal&) const = default;

    /// True when every cipher is AEAD (AES-GCM, ChaCha20-Poly1305).
    bool isAead() const;
    /// Wire transforms in RFC 7296 order: ENCR, PRF, INTEG, D-H, ESN.
    std::vector<Transform> transforms() const;
    /// strongSwan notation, lower case, e.g. "aes256-sha1-modp1024". The PRFs are written
    /// explicitly ("prfsha256") only when they differ from those the integrity algorithms imply.
    std::string toString() const;
    /// Charon's log notation ("IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024").
    std::string toCharonString() const;
    /// Splits a proposal with several algorithms per type into single-algorithm proposals
    /// (encryption × integrity-or-prf × group), in preference order. A PRF that an integrity
    /// algorithm implies stays paired with it, as Windows sends them.
    std::vector<Proposal> expand() const;
};

/// Parses strongSwan notation. Errors (InvalidArgument): unknown keyword, missing encryption,
/// missing integrity for a non-AEAD proposal, missing D-H group for IKE, mixing AEAD and
/// non-AEAD ciphers, empty input.
Expected<Proposal> parseProposal(std::string_view text, Protocol protocol = Protocol::Ike);

/// Builds a proposal from wire transforms (a server returns one per type). Malformed when ENCR
/// is missing or a transform type is unknown; unknown algorithm ids are kept as numbers.
Expected<Proposal> proposalFromTransforms(Protocol protocol, const std::vector<Transform>& transforms);

/// strongSwan keyword of one algorithm ("aes256", "aes128gcm16", "sha384", "prfsha1", "ecp384");
/// "unknown-<n>" when there is none.
std::string keyword(const Encryption& encryption);
std::string keyword(IntegId id);
std::string keyword(PrfId id);
std::string keyword(DhGroup group);

} // namespace ipsecdoctor::ike
