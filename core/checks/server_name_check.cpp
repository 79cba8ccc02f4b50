#include "ipsecdoctor/checks/server_name_check.h"

#include "ipsecdoctor/knowledge/finding_ids.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

bool nameMatches(std::string_view pattern, std::string_view name) {
    if (equalsIgnoreCase(pattern, name)) {
        return true;
    }
    // "*.example.com" for exactly one leftmost label (UNCONFIRMED for Windows' IKEv2 client,
    // which documents only exact names; accepted so that a wildcard is not reported as wrong).
    if (pattern.size() > 2 && pattern.substr(0, 2) == "*.") {
        const auto dot = name.find('.');
        return dot != std::string_view::npos && dot > 0 &&
               equalsIgnoreCase(pattern.substr(1), name.substr(dot));
    }
    return false;
}

} // namespace

std::vector<std::string> serverCertificateNameProblems(const CertificateFacts& server,
                                                       std::string_view serverName) {
    std::vector<std::string> out;
    if (!server.allowsEku(kEkuServerAuth)) {
        out.emplace_back(finding::CertificateNameCheckServerAuthEkuMissing.id);
    }
    bool inDns = std::any_of(server.sanDns.begin(), server.sanDns.end(),
                             [&](const std::string& n) { return nameMatches(n, serverName); });
    const bool inCn = nameMatches(server.subjectCommonName, serverName);
    if (!inDns && !inCn) {
        const bool inIpSan = std::any_of(server.sanIp.begin(), server.sanIp.end(),
                                         [&](const std::string& ip) { return ip == serverName; });
        out.emplace_back(inIpSan ? finding::CertificateNameCheckIpAddressNotDnsSan.id
                                 : finding::CertificateNameCheckNameMismatch.id);
    }
    return out;
}

} // namespace ipsecdoctor
