#pragma once
// The tables GetExtendedUdpTable(UDP_TABLE_OWNER_PID) fills, read from their bytes: one parser
// for Windows (where the Win32 backend hands it the API's buffer) and for the recorded tables
// the tests replay everywhere. The layouts are the SDK's udpmib.h: a DWORD count, then rows of
// MIB_UDPROW_OWNER_PID (12 bytes) or MIB_UDP6ROW_OWNER_PID (28 bytes), addresses and ports in
// network byte order.

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ipsecdoctor {

enum class UdpTableFamily { Ipv4, Ipv6 };

struct UdpEndpoint {
    std::string address; // "0.0.0.0", "::", "fe80::1" (RFC 5952)
    std::uint16_t port = 0;
    std::uint32_t pid = 0;
    bool operator==(const UdpEndpoint&) const = default;
};

/// Every row of `table`. Error{Malformed} when the count does not fit the buffer.
Expected<std::vector<UdpEndpoint>> parseUdpOwnerTable(std::span<const std::uint8_t> table,
                                                      UdpTableFamily family);

} // namespace ipsecdoctor
