// The hex forms; the digests themselves come from the OS backend (posix/, win/).
#include "ipsecdoctor/util/digest.h"

#include "ipsecdoctor/util/hex.h"

namespace ipsecdoctor {
namespace {

template <std::size_t N>
std::string_view bytesOf(const std::array<std::uint8_t, N>& digest) {
    return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

} // namespace

std::string sha1Hex(std::string_view data) {
    return hexUpper(bytesOf(sha1(data)));
}

std::string sha256Hex(std::string_view data) {
    return hexEncode(bytesOf(sha256(data)), false);
}

} // namespace ipsecdoctor
