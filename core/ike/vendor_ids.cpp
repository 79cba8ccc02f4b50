#include "ipsecdoctor/ike/vendor_ids.h"

#include <array>

namespace ipsecdoctor::ike {
namespace {

constexpr std::array kKnown{
    // Windows (MD5 of "MS NT5 ISAKMPOAKLEY" + 4-byte version; match the 16-byte prefix).
    KnownVendorId{"ms-nt5-isakmpoakley", "windows", "1e2b516905991c7d7c96fcbfb587e461"},
    KnownVendorId{"ms-negotiation-discovery-capable", "windows", "fb1de3cdf341b7ea16b7e5be0855f120"},
    KnownVendorId{"ms-initial-contact", "windows", "26244d38eddb61b3172a36e3d0cfb819"},
    KnownVendorId{"ike-cga-v1", "windows", "e3a5966a76379fe707228231e5ce8652"},
    KnownVendorId{"windows-ikev2-unidentified", "windows", "01528bbbc00696121849ab9a1c5b2a51"},
    // Servers.
    KnownVendorId{"strongswan", "strongswan", "882fe56d6fd20dbc2251613b2ebe5beb"},
    KnownVendorId{"cisco-unity", "cisco", "12f5f28c457168a9702d9fe274cc01"},
    KnownVendorId{"cisco-vpn-concentrator", "cisco", "1f07f70eaa6514d3b0fa96542a"},
    KnownVendorId{"sonicwall", "sonicwall", "5b362bc820f6"},
    KnownVendorId{"sonicwall", "sonicwall", "404bf439522ca3f6"},
    // Capabilities many implementations announce.
    KnownVendorId{"rfc3947-nat-t", "", "4a131c81070358455c5728f20e95452f"},
    KnownVendorId{"draft-ietf-ipsec-nat-t-ike-02n", "", "90cb80913ebb696e086381b5ec427b1f"},
    KnownVendorId{"draft-ietf-ipsec-nat-t-ike-02", "", "cd60464335df21f87cfdb2fc68b6a448"},
    KnownVendorId{"draft-ietf-ipsec-nat-t-ike-03", "", "7d9419a65310ca6f2c179d9215529d56"},
    KnownVendorId{"dpd", "", "afcad71368a1f1c96b8696fc7757"},
    KnownVendorId{"xauth", "", "09002689dfd6b712"},
    KnownVendorId{"ikev1-fragmentation", "", "4048b7d56ebce88525e7de7f00d6c2d3"},
};

Bytes hexBytes(std::string_view hex) {
    auto b = fromHex(hex);
    return b ? *b : Bytes{};
}

} // namespace

std::optional<KnownVendorId> identifyVendorId(ByteView vid) {
    const std::string hex = toHex(vid);
    for (const auto& k : kKnown) {
        if (hex.size() >= k.hex.size() && std::string_view(hex).substr(0, k.hex.size()) == k.hex) {
            return k;
        }
    }
    // Openswan and libreswan send "OE" followed by a hashed version string (ike-scan's table).
    if (vid.size() == 12 && vid[0] == 'O' && vid[1] == 'E') {
        return KnownVendorId{"libreswan-openswan", "libreswan", "4f45"};
    }
    return std::nullopt;
}

std::string fingerprintFromVendorIds(const std::vector<Bytes>& vids) {
    for (const auto& vid : vids) {
        if (auto known = identifyVendorId(vid); known && !known->vendor.empty()) {
            return std::string(known->vendor);
        }
    }
    return "unknown";
}

std::vector<Bytes> windowsIkev2VendorIds() {
    return {hexBytes("1e2b516905991c7d7c96fcbfb587e46100000009"),
            hexBytes("fb1de3cdf341b7ea16b7e5be0855f120"), hexBytes("26244d38eddb61b3172a36e3d0cfb819"),
            hexBytes("01528bbbc00696121849ab9a1c5b2a5100000002")};
}

std::vector<Bytes> windowsIkev1VendorIds() {
    return {
        hexBytes("1e2b516905991c7d7c96fcbfb587e46100000009"), hexBytes("4a131c81070358455c5728f20e95452f"),
        hexBytes("90cb80913ebb696e086381b5ec427b1f"),         hexBytes("4048b7d56ebce88525e7de7f00d6c2d3"),
        hexBytes("fb1de3cdf341b7ea16b7e5be0855f120"),         hexBytes("26244d38eddb61b3172a36e3d0cfb819"),
        hexBytes("e3a5966a76379fe707228231e5ce8652")};
}

} // namespace ipsecdoctor::ike
