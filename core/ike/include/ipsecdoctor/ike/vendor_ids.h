#pragma once
// Vendor ID payloads: the ones Windows sends (so the probe looks like Windows), and the ones that
// tell what a server is (fingerprint) or supports (NAT-T, DPD, fragmentation). Values from
// royhills/ike-scan:ike-vendor-ids (installed as /usr/share/ike-scan/ike-vendor-ids) and
// docs/ipsec-facts.md §7.9; Windows' IKEv2 set as charon logged it (tests/data/real-world/
// strongswan-charon-logs/algo-issue760_…log).

#include "ipsecdoctor/ike/bytes.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::ike {

struct KnownVendorId {
    std::string_view id;     // stable: "ms-nt5-isakmpoakley", "rfc3947-nat-t", "strongswan", …
    std::string_view vendor; // fingerprint it implies: "windows", "strongswan", "libreswan", "cisco",
                             // "sonicwall", or "" for a capability shared by many implementations
    std::string_view hex;    // the prefix that identifies it
};

/// The entry whose prefix matches `vid`; nullopt for unknown ones.
std::optional<KnownVendorId> identifyVendorId(ByteView vid);

/// "windows", "strongswan", … from a reply's vendor IDs; "unknown" when none says.
std::string fingerprintFromVendorIds(const std::vector<Bytes>& vids);

/// The four vendor IDs Windows 10/11 sends in IKE_SA_INIT, in its order: MS NT5 ISAKMPOAKLEY v9,
/// MS-Negotiation Discovery Capable, Vid-Initial-Contact, and the unidentified 01528bbb…02.
std::vector<Bytes> windowsIkev2VendorIds();
/// The vendor IDs of Windows' L2TP/IPsec Main Mode message (facts §1.2).
std::vector<Bytes> windowsIkev1VendorIds();

} // namespace ipsecdoctor::ike
