#pragma once
// What the Certificates step's parts share: the roles a certificate plays, the finding every
// certificate finding starts from, and the server side (CERTREQ against this PC's stores,
// certificate_server_checks.cpp). Internal to core/checks.

#include "ipsecdoctor/checks/certificate_checks.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::certificate_detail {

enum class Role { Machine, User };

inline std::string_view roleId(Role r) {
    return r == Role::Machine ? "machine" : "user";
}

inline bool roleNeeded(Role r, std::optional<AuthMethod> m) {
    return m && ((r == Role::Machine && *m == AuthMethod::MachineCertificate) ||
                 (r == Role::User && *m == AuthMethod::UserCertificate));
}

inline std::string_view openFixFor(CertStore s) {
    return isMachineStore(s) ? kFixOpenCertlm : kFixOpenCertmgr;
}

inline Finding baseFinding(std::string id, const CertificateRecord& c, Severity severity) {
    Finding f;
    f.id = std::move(id);
    f.subject = c.facts.subjectCommonName.empty() ? c.facts.subject : c.facts.subjectCommonName;
    f.severity = severity;
    f.step = Step::Certificates;
    f.phase = IkePhase::Phase1;
    f.evidence["thumbprint"] = c.facts.thumbprint;
    f.evidence["store"] = std::string(certStorePath(c.store));
    f.evidence["subject"] = c.facts.subject;
    f.evidence["issuer"] = c.facts.issuer;
    f.evidence["not_before"] = isoFromUnix(c.facts.notBefore);
    f.evidence["not_after"] = isoFromUnix(c.facts.notAfter);
    return f;
}

inline std::string joined(const std::vector<std::string>& items, std::string_view sep = ",") {
    std::string out;
    for (const auto& i : items) {
        if (!out.empty()) {
            out += sep;
        }
        out += i;
    }
    return out;
}

/// The server side: the CAs the server asks for (CERTREQ) against this PC's stores, which of
/// this PC's certificates chain to them, and the name-check setting.
void checkServerSide(const SystemSnapshot& snapshot, const CertificateCheckInput& input,
                     std::vector<Finding>& out);

} // namespace ipsecdoctor::certificate_detail
