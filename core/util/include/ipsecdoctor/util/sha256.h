#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// SHA-256 (FIPS 180-4) of `data`; portable, used for bundle integrity (not for secrets).
std::array<std::uint8_t, 32> sha256(std::string_view data);
/// Lower-case hex of sha256(data).
std::string sha256Hex(std::string_view data);

} // namespace ipsecdoctor
