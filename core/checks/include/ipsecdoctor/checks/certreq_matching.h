#pragma once
// The server's CERTREQ (the SHA-1 of each CA's SubjectPublicKeyInfo it will accept, RFC 7296
// §3.7) against this PC's certificates: which requested CA is present, and whether a client
// certificate chains to one of them. Pure functions of the inventory.

#include "ipsecdoctor/model/certificate_info.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// One entry of the server's CERTREQ, and the local CA certificate whose SubjectPublicKeyInfo
/// hashes to it (LocalMachine\Root or \CA, or an element of a local chain); nullptr when none.
/// IKEEXT validates the server with the computer's stores, so a CA found only in the user's Trusted
/// Root store (a double-clicked .cer) is not local: it is `userRootOnly`.
struct CertreqMatch {
    std::string caSha1;
    const CertificateRecord* localCa = nullptr;
    const CertificateRecord* userRootOnly = nullptr;
};
std::vector<CertreqMatch> matchCertreq(const std::vector<std::string>& certreqCaSha1,
                                       const CertificateInventory& inventory);

/// True when some CA above `certificate` in its chain (or, without a chain, its issuer found in
/// the inventory by key identifier) has a SubjectPublicKeyInfo SHA-1 the server asked for.
bool chainsToRequestedCa(const CertificateRecord& certificate, const std::vector<std::string>& certreqCaSha1,
                         const CertificateInventory& inventory);

/// "AB12…,cd34…" (comma or space separated, colons allowed) → upper-case 40-digit hashes;
/// nullopt when an item is not a SHA-1.
std::optional<std::vector<std::string>> parseSha1List(std::string_view text);

} // namespace ipsecdoctor
