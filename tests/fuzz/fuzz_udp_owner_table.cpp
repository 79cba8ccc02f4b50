// Fuzz target for the UDP owner tables of GetExtendedUdpTable as parseUdpOwnerTable reads them
// (the Win32 backend hands it the API's buffer as is). The first byte chooses the layout (even:
// MIB_UDPTABLE_OWNER_PID, odd: MIB_UDP6TABLE_OWNER_PID), the rest is the table. Invariants: a
// table either fails with Malformed or yields exactly the rows its count announces, each with an
// address that reads back as one; the owners then go through the transport checks and the
// snapshot's JSON and read back equal.
//
// Seeds in corpus/udp_table: tables built from udpmib.h's layout (IKEEXT on 500/4500 over IPv4
// and IPv6, another program on 500, an empty table, a count larger than the buffer).

#include "fuzz_output.h"

#include "ipsecdoctor/checks/transport_checks.h"
#include "ipsecdoctor/ike/udp_transport.h"
#include "ipsecdoctor/platform/udp_owner_table.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    if (size == 0) {
        return 0;
    }
    const auto family = data[0] % 2 == 0 ? UdpTableFamily::Ipv4 : UdpTableFamily::Ipv6;
    const std::span<const std::uint8_t> table(data + 1, size - 1);
    auto rows = parseUdpOwnerTable(table, family);
    if (!rows) {
        fuzz_output::require(rows.error().code == ErrorCode::Malformed, "fuzz_udp_owner_table",
                             "a table that does not parse is Malformed");
        return 0;
    }
    const std::uint32_t count =
        static_cast<std::uint32_t>(table[0]) | static_cast<std::uint32_t>(table[1]) << 8 |
        static_cast<std::uint32_t>(table[2]) << 16 | static_cast<std::uint32_t>(table[3]) << 24;
    fuzz_output::require(rows->size() == count, "fuzz_udp_owner_table", "one row per announced entry");
    SystemSnapshot snapshot;
    snapshot.collectedAt = "2026-12-08T00:00:00Z";
    snapshot.transport = TransportFacts{};
    for (const auto& row : *rows) {
        const auto address = ike::parseIpAddress(row.address);
        fuzz_output::require(address.has_value() && address->v6 == (family == UdpTableFamily::Ipv6),
                             "fuzz_udp_owner_table", "the address reads back");
        if (row.port == 500 || row.port == 4500) {
            snapshot.transport->udpOwners.push_back(
                UdpPortOwner{row.port, row.address, row.pid, row.pid % 2 ? "svchost.exe" : "", {"IKEEXT"}});
        }
    }
    (void)checkTransportFacts(snapshot);
    auto back = snapshotFromJson(nlohmann::json::parse(dumpJson(toJson(snapshot))));
    fuzz_output::require(back.hasValue() && back->transport == snapshot.transport, "fuzz_udp_owner_table",
                         "the owners survive the JSON round trip");
    return 0;
}
