#pragma once
// Byte strings of the IKE code: packets, key shares, hashes.

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::ike {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

/// Lower-case hex, two digits per byte.
std::string toHex(ByteView bytes);
/// Parses hex (either case, even length, no separators); Malformed otherwise.
Expected<Bytes> fromHex(std::string_view hex);

} // namespace ipsecdoctor::ike
