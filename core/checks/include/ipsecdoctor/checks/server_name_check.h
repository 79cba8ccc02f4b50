#pragma once
// Windows' IKEv2 check of the VPN server's certificate against the name dialled (unless the
// profile sets DisableIKENameEkuCheck): the name in a DNS SAN or the subject CN, and the
// Server Authentication EKU (ipsec-facts.md §6). Pure.

#include "ipsecdoctor/model/certificate_facts.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// What Windows' server-name and EKU check (unless DisableIKENameEkuCheck) would reject in a
/// server certificate for `serverName`: ids "certificate.name-check.<name-mismatch|
/// ip-address-not-dns-san|server-auth-eku-missing>". Empty when it passes.
std::vector<std::string> serverCertificateNameProblems(const CertificateFacts& server,
                                                       std::string_view serverName);

} // namespace ipsecdoctor
