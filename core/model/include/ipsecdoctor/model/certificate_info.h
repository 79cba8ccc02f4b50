#pragma once
// The certificates of the stores IKE uses, as collected: the DER (public data only), the facts
// read from it, whether a private key is associated and usable, and the platform's verdict on
// the chain. A diagnostic bundle stores exactly this.

#include "ipsecdoctor/model/certificate_facts.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// The system stores that matter for IKE (ipsec-facts.md §6).
enum class CertStore { MachineMy, UserMy, MachineRoot, MachineCa, UserRoot };

std::string_view certStoreId(CertStore s); // "machine-my" | "user-my" | "machine-root" | ...
std::optional<CertStore> certStoreFromId(std::string_view id);
std::string_view certStorePath(CertStore s); // "LocalMachine\\My", as certlm.msc/PowerShell name it
inline bool isMachineStore(CertStore s) {
    return s == CertStore::MachineMy || s == CertStore::MachineRoot || s == CertStore::MachineCa;
}

enum class PrivateKeyState {
    NotChecked,   // CA stores, or a bundle from a collector that did not look
    None,         // no private key is associated with the certificate
    Accessible,   // acquired silently by the collecting account
    Inaccessible, // associated, but could not be acquired (permissions, missing key container)
};
std::string_view privateKeyStateId(PrivateKeyState s); // "not-checked" | "none" | ...
std::optional<PrivateKeyState> privateKeyStateFromId(std::string_view id);

enum class RevocationStatus {
    NotChecked, // no chain was built
    Good,       // checked, not revoked
    Revoked,
    Unknown, // no revocation information (no CRL distribution point, or the check failed)
    Offline, // revocation server unreachable (CERT_TRUST_IS_OFFLINE_REVOCATION)
};
std::string_view revocationStatusId(RevocationStatus s); // "not-checked" | "good" | ...
std::optional<RevocationStatus> revocationStatusFromId(std::string_view id);

struct ChainElement {
    std::string subject;
    std::string thumbprint;
    std::string spkiSha1;
    std::int64_t notAfter = 0;
    bool timeValid = true;

    bool operator==(const ChainElement&) const = default;
};

/// The platform's chain verdict (Windows: CertGetCertificateChain with the machine or user
/// engine). Trust and revocation are reported separately: a chain can be trusted while its
/// revocation status is unknown.
struct ChainStatus {
    bool evaluated = false;
    bool trusted = false;          // ends in a trusted root, no trust error except revocation
    bool partial = false;          // no issuer found: missing intermediate (CERT_TRUST_IS_PARTIAL_CHAIN)
    bool untrustedRoot = false;    // ends in a root that is not trusted (CERT_TRUST_IS_UNTRUSTED_ROOT)
    bool notTimeValid = false;     // some certificate of the chain is expired or not yet valid
    bool signatureInvalid = false; // CERT_TRUST_IS_NOT_SIGNATURE_VALID
    RevocationStatus revocation = RevocationStatus::NotChecked;
    std::uint32_t errorStatus = 0;      // raw CERT_TRUST_* error flags, for support staff
    std::vector<ChainElement> elements; // the certificate itself first, the root last

    bool operator==(const ChainStatus&) const = default;
};

struct CertificateRecord {
    CertStore store = CertStore::MachineMy;
    std::string der; // the certificate, DER bytes
    CertificateFacts facts;
    PrivateKeyState privateKey = PrivateKeyState::NotChecked;
    ChainStatus chain;

    bool operator==(const CertificateRecord&) const = default;
};

struct CertificateInventory {
    bool collected = false; // false: not collected (an older bundle, or no certificate backend)
    std::vector<CertificateRecord> certificates;

    bool operator==(const CertificateInventory&) const = default;
};

} // namespace ipsecdoctor
