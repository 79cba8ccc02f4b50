#pragma once
// The crypto the probe needs, behind one narrow interface: real Diffie-Hellman key shares
// (a server answers an invalid public value with NO_PROPOSAL_CHOSEN, indistinguishable from a
// real mismatch), random SPIs and nonces (SHA-1 for NAT detection is util/digest.h's). Implemented with
// OpenSSL (core/ike/posix/crypto_openssl.cpp) and Windows CNG (core/ike/win/crypto_bcrypt.cpp); the private
// half of a key share is thrown away: the probe never completes an exchange.

#include "ipsecdoctor/ike/bytes.h"
#include "ipsecdoctor/ike/transform_ids.h"
#include "ipsecdoctor/util/expected.h"

#include <array>
#include <string_view>

namespace ipsecdoctor::ike {

struct KeyShare {
    DhGroup group = DhGroup::None;
    Bytes publicValue; // KE payload data: MODP g^x mod p left-padded to the prime size; ECP x‖y
};

/// A fresh key share of the group. NotSupported for groups the backend cannot compute
/// (Curve25519; MODP above 4096 bits with CNG).
Expected<KeyShare> generateKeyShare(DhGroup group);
/// Cryptographically random bytes (SPIs, cookies, nonces).
Expected<Bytes> randomBytes(std::size_t count);
/// "openssl" or "bcrypt", for logs and the probe result.
std::string_view cryptoBackendName();

} // namespace ipsecdoctor::ike
