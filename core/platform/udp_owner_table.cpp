#include "ipsecdoctor/platform/udp_owner_table.h"

#include "ipsecdoctor/ike/udp_transport.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

constexpr std::size_t kRowBytesV4 = 12; // dwLocalAddr, dwLocalPort, dwOwningPid
constexpr std::size_t kRowBytesV6 = 28; // ucLocalAddr[16], dwLocalScopeId, dwLocalPort, dwOwningPid

/// Windows writes its own tables in the machine's order: little-endian on every Windows we run on.
std::uint32_t hostDword(std::span<const std::uint8_t> b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) | static_cast<std::uint32_t>(b[at + 1]) << 8 |
           static_cast<std::uint32_t>(b[at + 2]) << 16 | static_cast<std::uint32_t>(b[at + 3]) << 24;
}

/// dwLocalPort holds the port in network order in its first two bytes; the other two are unused.
std::uint16_t networkPort(std::span<const std::uint8_t> b, std::size_t at) {
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

} // namespace

Expected<std::vector<UdpEndpoint>> parseUdpOwnerTable(std::span<const std::uint8_t> table,
                                                      UdpTableFamily family) {
    if (table.size() < 4) {
        return Error::make(ErrorCode::Malformed, "UDP table: shorter than its entry count");
    }
    const std::uint32_t count = hostDword(table, 0);
    const std::size_t rowBytes = family == UdpTableFamily::Ipv4 ? kRowBytesV4 : kRowBytesV6;
    if (count > (table.size() - 4) / rowBytes) {
        return Error::make(ErrorCode::Malformed, "UDP table: " + std::to_string(count) +
                                                     " entries announced, " +
                                                     std::to_string((table.size() - 4) / rowBytes) +
                                                     " fit in " + std::to_string(table.size()) + " bytes");
    }
    std::vector<UdpEndpoint> rows;
    rows.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 4 + i * rowBytes;
        ike::IpAddress address;
        UdpEndpoint row;
        if (family == UdpTableFamily::Ipv4) {
            std::copy_n(table.begin() + static_cast<std::ptrdiff_t>(at), 4, address.bytes.begin());
            row.port = networkPort(table, at + 4);
            row.pid = hostDword(table, at + 8);
        } else {
            address.v6 = true;
            std::copy_n(table.begin() + static_cast<std::ptrdiff_t>(at), 16, address.bytes.begin());
            row.port = networkPort(table, at + 20);
            row.pid = hostDword(table, at + 24);
        }
        row.address = address.toString();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace ipsecdoctor
