// The Certificates step's server side: what the VPN server asks for (CERTREQ) against this PC's
// stores, and the profile's name-check setting.
#include "certificate_check_parts.h"

#include "ipsecdoctor/checks/certreq_matching.h"

#include <algorithm>

namespace ipsecdoctor::certificate_detail {

void checkServerSide(const SystemSnapshot& snapshot, const CertificateCheckInput& input,
                     std::vector<Finding>& out) {
    const auto method = input.authMethod;
    const bool psk = method && *method == AuthMethod::PreSharedKey;
    if (input.certreqCaSha1 && !input.certreqCaSha1->empty()) {
        const auto matches = matchCertreq(*input.certreqCaSha1, snapshot.certificates);
        std::vector<std::string> missing;
        std::vector<std::string> found;
        const CertificateRecord* userRootOnly = nullptr;
        for (const auto& m : matches) {
            (m.localCa ? found : missing).push_back(m.caSha1);
            if (!userRootOnly) {
                userRootOnly = m.userRootOnly;
            }
        }
        // Its kind is set below, from what the stores hold.
        Finding f = newFinding(finding::CertificateServerCaInstalled, Severity::Ok);
        f.subject = input.serverName;
        f.evidence["requested_ca_sha1"] = joined(*input.certreqCaSha1);
        f.evidence["installed_ca_sha1"] = joined(found);
        f.evidence["missing_ca_sha1"] = joined(missing);
        if (!missing.empty()) {
            // Installed by double-click, a root lands in the user's store, which IKEEXT (running
            // as the computer) never reads (ipsec-facts §6).
            f.id = userRootOnly ? finding::CertificateServerCaUserStoreOnly.id
                                : finding::CertificateServerCaNotInstalled.id;
            if (userRootOnly) {
                f.evidence["user_root_subject"] = userRootOnly->facts.subject;
                f.evidence["user_root_thumbprint"] = userRootOnly->facts.thumbprint;
            }
            // None of the server's CAs here: the server's own certificate will not validate either
            // (it is normally issued by one of them) → 13801.
            // CERTREQ names the CAs the server accepts for *this PC's* certificate (RFC 7296
            // §3.7): with a certificate sign-in that is decisive; with a password it only hints
            // at the server's own CA, which Windows may trust through another root.
            const bool certificateSignIn = method && (*method == AuthMethod::MachineCertificate ||
                                                      *method == AuthMethod::UserCertificate);
            f.severity = !found.empty() || psk ? Severity::Info
                         : certificateSignIn   ? Severity::Error
                                               : Severity::Warning;
            f.remediations = {std::string(fix::kImportRootCa), std::string(fix::kOpenCertlm)};
            out.push_back(f);
            // A chain that stops right above its certificate while the server's trusted CA is
            // missing here: the missing issuer is that CA (a one-level PKI, as most VPN servers
            // use), so the root's import comes first.
            if (found.empty()) {
                for (auto& x : out) {
                    // Only the certificates this connection signs in with chain to the server's CA.
                    const auto role = x.evidence.find("role");
                    const bool candidate =
                        role != x.evidence.end() &&
                        ((role->second == roleId(Role::Machine) && roleNeeded(Role::Machine, method)) ||
                         (role->second == roleId(Role::User) && roleNeeded(Role::User, method)));
                    if (candidate && x.id == finding::CertificateChainIncomplete.id &&
                        x.evidence["missing_issuer"] == "issuer") {
                        x.evidence["missing_issuer"] = "requested-ca";
                        x.remediations = {std::string(fix::kImportRootCa), std::string(fix::kOpenCertlm)};
                    }
                }
            }
        } else {
            // Say it when everything the server asks for is here: the answer to "does this
            // computer have the VPN's CA?" is then yes, with the evidence.
            out.push_back(f);
        }
        for (Role role : {Role::Machine, Role::User}) {
            if (!roleNeeded(role, method)) {
                continue;
            }
            const CertStore store = role == Role::Machine ? CertStore::MachineMy : CertStore::UserMy;
            std::vector<std::string> notRequested;
            bool anyRequested = false;
            for (const auto& c : snapshot.certificates.certificates) {
                if (c.store != store || c.facts.isCa || !c.facts.allowsEku(kEkuClientAuth)) {
                    continue;
                }
                if (chainsToRequestedCa(c, *input.certreqCaSha1, snapshot.certificates)) {
                    anyRequested = true;
                } else if (c.chain.evaluated && c.chain.partial) {
                    // Its chain stops below the CAs: which one issued it is unknown, and the
                    // incomplete chain is already the finding.
                    continue;
                } else {
                    notRequested.push_back(c.facts.thumbprint);
                }
            }
            if (!anyRequested && !notRequested.empty()) {
                Finding n = f;
                n.id = finding::CertificateServerCaNotRequested.id;
                n.severity = Severity::Error;
                n.evidence["role"] = std::string(roleId(role));
                n.evidence["local_certificates"] = joined(notRequested);
                n.remediations = {std::string(openFixFor(store))};
                out.push_back(std::move(n));
            }
        }
    }
    if (!psk && input.nameEkuCheckDisabled.value_or(false)) {
        Finding f = newFinding(finding::CertificateNameCheckDisabled, Severity::Warning);
        f.subject = input.serverName;
        f.evidence["disable_ike_name_eku_check"] = "1";
        out.push_back(std::move(f));
    }
    const bool isIp =
        !input.serverName.empty() && (input.serverName.find(':') != std::string::npos ||
                                      std::all_of(input.serverName.begin(), input.serverName.end(),
                                                  [](char c) { return (c >= '0' && c <= '9') || c == '.'; }));
    if (!psk && isIp && !input.nameEkuCheckDisabled.value_or(false)) {
        Finding f = newFinding(finding::CertificateNameCheckServerIsIpAddress, Severity::Info);
        f.subject = input.serverName;
        f.evidence["server"] = input.serverName;
        out.push_back(std::move(f));
    }
}

} // namespace ipsecdoctor::certificate_detail
