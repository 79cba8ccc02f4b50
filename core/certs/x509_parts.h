#pragma once
// The parts of the X.509 reader (x509_parser.cpp) that read names and extensions. Internal to
// core/certs.

#include "ipsecdoctor/certs/der.h"
#include "ipsecdoctor/model/certificate_facts.h"

#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor::x509 {

/// Dotted form of an OBJECT IDENTIFIER's contents; empty when invalid.
std::string oidToString(std::string_view v);

/// Text of a directory string, as valid UTF-8 without control characters.
std::string directoryString(const der::Element& e);

struct NameText {
    std::string text;       // "CN=VPN CA, O=Example" (RFC 4514 order: most specific first)
    std::string commonName; // the last CN, the most specific one
};

/// A Name (RFC 5280 §4.1.2.4) as text; nullopt when it is not a valid Name.
std::optional<NameText> readName(const der::Element& name);

/// The extensions this product reads (key usage, EKU, SAN, basic constraints, key ids) into `f`;
/// false when one of them is malformed. Unknown extensions are skipped.
bool readExtensions(const der::Element& wrapper, CertificateFacts& f);

} // namespace ipsecdoctor::x509
