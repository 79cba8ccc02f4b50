#pragma once
// Modular exponentiation for MODP key shares where the platform has none: Wine's bcrypt.dll has
// no BCRYPT_DH_ALGORITHM, and the Windows build's tests run under Wine. Private to the Windows
// backend (crypto_bcrypt.cpp uses it only when CNG refuses DH, and logs it); the native tests
// compile it too, to check it against OpenSSL under the sanitizers. Montgomery multiplication
// (CIOS) over 32-bit limbs; timing is not constant, which is acceptable because the probe throws
// the private value away after computing the public one.

#include "ipsecdoctor/ike/bytes.h"

namespace ipsecdoctor::ike {

/// base^exponent mod modulus, all big-endian; the result is left-padded to the modulus size.
/// InvalidArgument for an even or empty modulus or a base not below it.
Expected<Bytes> modExp(ByteView base, ByteView exponent, ByteView modulus);

} // namespace ipsecdoctor::ike
