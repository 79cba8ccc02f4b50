#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// SHA-1 (FIPS 180-4). Only for identifiers the protocols define with it: certificate
/// thumbprints (Windows) and CA SubjectPublicKeyInfo hashes (IKE CERTREQ, RFC 7296 3.7).
std::array<std::uint8_t, 20> sha1(std::string_view data);
/// Upper-case hex of sha1(data), as Windows shows thumbprints.
std::string sha1Hex(std::string_view data);

} // namespace ipsecdoctor
