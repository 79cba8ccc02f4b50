#pragma once
// What IPsec Doctor reads from one X.509 certificate (RFC 5280), parsed from its DER by our own
// strict reader (x509_parser.cpp) so that a bundle opens the same way on any OS. Public data
// only: a certificate never carries its private key.

#include "ipsecdoctor/util/expected.h"
#include "ipsecdoctor/util/time_format.h" // isoFromUnix / unixFromIso, used with these facts

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// Extended key usages IKE cares about (ipsec-facts.md §6).
inline constexpr std::string_view kEkuServerAuth = "1.3.6.1.5.5.7.3.1";
inline constexpr std::string_view kEkuClientAuth = "1.3.6.1.5.5.7.3.2";
inline constexpr std::string_view kEkuIkeIntermediate = "1.3.6.1.5.5.8.2.2";
inline constexpr std::string_view kEkuAny = "2.5.29.37.0";

/// KeyUsage bits (RFC 5280 4.2.1.3), as a mask with digitalSignature = bit 0.
enum KeyUsageBit : std::uint16_t {
    kKuDigitalSignature = 1u << 0,
    kKuNonRepudiation = 1u << 1,
    kKuKeyEncipherment = 1u << 2,
    kKuDataEncipherment = 1u << 3,
    kKuKeyAgreement = 1u << 4,
    kKuKeyCertSign = 1u << 5,
    kKuCrlSign = 1u << 6,
};

struct CertificateFacts {
    std::string thumbprint; // SHA-1 of the DER, upper-case hex (what certlm.msc shows)
    std::string spkiSha1;   // SHA-1 of the DER SubjectPublicKeyInfo (IKE CERTREQ form)
    std::string subject;    // "CN=vpn.example.com, O=Example": RFC 4514 order, as PowerShell shows it
    std::string subjectCommonName;
    std::string issuer;
    std::string serial;         // upper-case hex of the serial number's content octets
    std::int64_t notBefore = 0; // seconds since 1970-01-01 UTC
    std::int64_t notAfter = 0;
    std::string keyAlgorithm;       // "rsa" | "ec" | "ed25519" | "ed448" | "dsa" | dotted OID
    int keyBits = 0;                // RSA modulus / EC curve size; 0 when unknown
    std::string curve;              // "P-256", "P-384", "P-521", or the OID, for "ec"
    std::string signatureAlgorithm; // dotted OID
    bool hasKeyUsage = false;
    std::uint16_t keyUsage = 0;    // KeyUsageBit mask
    bool hasEku = false;           // no EKU extension = every usage allowed (RFC 5280)
    std::vector<std::string> ekus; // dotted OIDs, in certificate order
    std::vector<std::string> sanDns;
    std::vector<std::string> sanIp; // "192.0.2.1", "2001:db8::1"
    bool isCa = false;              // basicConstraints cA
    bool selfIssued = false;        // subject == issuer (byte for byte)
    std::string subjectKeyId;       // hex, empty when absent
    std::string authorityKeyId;     // hex keyIdentifier, empty when absent

    bool listsEku(std::string_view oid) const;
    /// True when the certificate may be used for `oid`: no EKU extension, the OID itself, or
    /// anyExtendedKeyUsage.
    bool allowsEku(std::string_view oid) const;

    bool operator==(const CertificateFacts&) const = default;
};

/// Parses one DER certificate. Error{Malformed} with the reason for anything that is not a
/// well-formed X.509 v1-v3 certificate; never reads past `der`. Signatures are not verified
/// here (chain building is the platform's job).
Expected<CertificateFacts> parseCertificate(std::string_view der);

/// The DER of a certificate file's contents: DER as is, or the first PEM "CERTIFICATE" block.
/// Error{Malformed} when neither is found.
Expected<std::string> certificateDerFromFile(std::string_view contents);

/// Names of the KeyUsage bits set in `mask` ("digital-signature", "key-encipherment", ...).
std::vector<std::string> keyUsageNames(std::uint16_t mask);

} // namespace ipsecdoctor
