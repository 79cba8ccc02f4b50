#pragma once
// SHA-1 and SHA-256 through the operating system's crypto: OpenSSL's EVP on Linux
// (posix/digest_openssl.cpp), CNG on Windows (win/digest_cng.cpp). No hand-written hash: the
// thumbprints Windows shows and the bundle's integrity depend on these being right.
//
// Hashing valid memory fails only when the library cannot allocate or load its provider; that is
// reported as std::runtime_error (caught at the top of the CLI and the GUI), as std::bad_alloc is.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// SHA-1. Only for identifiers the protocols define with it: certificate thumbprints (Windows),
/// CA SubjectPublicKeyInfo hashes (IKE CERTREQ, RFC 7296 §3.7) and NAT detection (§2.23).
std::array<std::uint8_t, 20> sha1(std::string_view data);
/// Upper-case hex of sha1(data), as Windows shows thumbprints.
std::string sha1Hex(std::string_view data);

/// SHA-256, for bundle integrity (not for secrets).
std::array<std::uint8_t, 32> sha256(std::string_view data);
/// Lower-case hex of sha256(data).
std::string sha256Hex(std::string_view data);

} // namespace ipsecdoctor
