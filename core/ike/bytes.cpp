#include "ipsecdoctor/ike/bytes.h"

#include "ipsecdoctor/util/hex.h"

namespace ipsecdoctor::ike {

std::string toHex(ByteView bytes) {
    return hexEncode({reinterpret_cast<const char*>(bytes.data()), bytes.size()}, false);
}

Expected<Bytes> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) {
        return Error::make(ErrorCode::Malformed, "odd number of hex digits");
    }
    Bytes out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = hexDigitValue(hex[i]);
        const int lo = hexDigitValue(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            return Error::make(ErrorCode::Malformed, "not a hex digit");
        }
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

} // namespace ipsecdoctor::ike
