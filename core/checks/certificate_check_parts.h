#pragma once
// What the Certificates step's parts share: the roles a certificate plays, the finding every
// certificate finding starts from, and the server side (CERTREQ against this PC's stores,
// certificate_server_checks.cpp). Internal to core/checks.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/util/joined.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::certificate_detail {

enum class Role { Machine, User };

inline std::string_view roleId(Role r) {
    return r == Role::Machine ? "machine" : "user";
}

/// The findings about one role's certificates (finding_ids.h, "certificate.<role>.*").
struct RoleFindings {
    const FindingKind& missing;
    const FindingKind& usable;
    const FindingKind& expiringSoon;
    const FindingKind& expired;
    const FindingKind& notYetValid;
    const FindingKind& ekuMissing;
    const FindingKind& noPrivateKey;
    const FindingKind& privateKeyInaccessible;
};

inline RoleFindings roleFindings(Role r) {
    using namespace finding;
    if (r == Role::Machine) {
        return {CertificateMachineMissing,      CertificateMachineUsable,
                CertificateMachineExpiringSoon, CertificateMachineExpired,
                CertificateMachineNotYetValid,  CertificateMachineEkuMissing,
                CertificateMachineNoPrivateKey, CertificateMachinePrivateKeyInaccessible};
    }
    return {CertificateUserMissing,      CertificateUserUsable,
            CertificateUserExpiringSoon, CertificateUserExpired,
            CertificateUserNotYetValid,  CertificateUserEkuMissing,
            CertificateUserNoPrivateKey, CertificateUserPrivateKeyInaccessible};
}

inline bool roleNeeded(Role r, std::optional<AuthMethod> m) {
    return m && ((r == Role::Machine && *m == AuthMethod::MachineCertificate) ||
                 (r == Role::User && *m == AuthMethod::UserCertificate));
}

inline std::string_view openFixFor(CertStore s) {
    return isMachineStore(s) ? fix::kOpenCertlm : fix::kOpenCertmgr;
}

inline Finding baseFinding(const FindingKind& kind, const CertificateRecord& c, Severity severity) {
    Finding f = newFinding(kind, severity);
    f.subject = c.facts.subjectCommonName.empty() ? c.facts.subject : c.facts.subjectCommonName;
    f.evidence["thumbprint"] = c.facts.thumbprint;
    f.evidence["store"] = std::string(certStorePath(c.store));
    f.evidence["subject"] = c.facts.subject;
    f.evidence["issuer"] = c.facts.issuer;
    f.evidence["not_before"] = isoFromUnix(c.facts.notBefore);
    f.evidence["not_after"] = isoFromUnix(c.facts.notAfter);
    return f;
}

/// The server side: the CAs the server asks for (CERTREQ) against this PC's stores, which of
/// this PC's certificates chain to them, and the name-check setting.
void checkServerSide(const SystemSnapshot& snapshot, const CertificateCheckInput& input,
                     std::vector<Finding>& out);

} // namespace ipsecdoctor::certificate_detail
