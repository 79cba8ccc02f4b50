#include "ipsecdoctor/checks/certificate_checks.h"

#include "certificate_check_parts.h"
#include "collection_errors.h"

#include "ipsecdoctor/model/certificate_facts.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

using namespace certificate_detail;

constexpr std::int64_t kDay = 86400;
// Before this no certificate of a working PKI was issued with today's algorithms: a clock that
// says so is wrong (CMOS battery, image deployed without time sync).
constexpr std::int64_t kPlausibleClockStart = 1577836800; // 2020-01-01T00:00:00Z

/// The problems of one candidate certificate for a role; each has the severity it has when the
/// role is needed and no other certificate is usable.
std::vector<Finding> candidateProblems(const CertificateRecord& c, Role role, std::int64_t now,
                                       bool elevated) {
    std::vector<Finding> out;
    const RoleFindings kinds = roleFindings(role);
    const auto& f = c.facts;
    if (now > f.notAfter) {
        auto x = baseFinding(kinds.expired, c, Severity::Error);
        x.evidence["days_since_expiry"] = std::to_string((now - f.notAfter) / kDay);
        x.remediations = {std::string(openFixFor(c.store))};
        out.push_back(std::move(x));
    } else if (now < f.notBefore) {
        auto x = baseFinding(kinds.notYetValid, c, Severity::Error);
        x.evidence["system_time"] = isoFromUnix(now);
        x.remediations = {std::string(openFixFor(c.store))};
        out.push_back(std::move(x));
    }
    if (!f.allowsEku(kEkuClientAuth)) {
        auto x = baseFinding(kinds.ekuMissing, c, Severity::Error);
        x.evidence["ekus"] = joined(f.ekus);
        x.evidence["required_eku"] = std::string(kEkuClientAuth);
        out.push_back(std::move(x));
    }
    if (c.privateKey == PrivateKeyState::None) {
        auto x = baseFinding(kinds.noPrivateKey, c, Severity::Error);
        x.remediations = {std::string(openFixFor(c.store))};
        out.push_back(std::move(x));
    } else if (c.privateKey == PrivateKeyState::Inaccessible) {
        // A standard user cannot open machine keys: only an elevated collection proves IKE
        // (running as SYSTEM) cannot either.
        const bool conclusive = role == Role::User || elevated;
        auto x = baseFinding(kinds.privateKeyInaccessible, c, conclusive ? Severity::Error : Severity::Info);
        x.evidence["collected_elevated"] = elevated ? "true" : "false";
        x.remediations = {std::string(openFixFor(c.store))};
        out.push_back(std::move(x));
    }
    const auto& ch = c.chain;
    if (ch.evaluated) {
        auto chainFinding = [&](const FindingKind& kind, Severity s) {
            auto x = baseFinding(kind, c, s);
            x.evidence["role"] = std::string(roleId(role));
            x.evidence["chain_error_status"] = std::to_string(ch.errorStatus);
            std::vector<std::string> path;
            for (const auto& e : ch.elements) {
                path.push_back(e.subject);
            }
            x.evidence["chain"] = joined(path, " > ");
            if (!ch.elements.empty()) {
                x.evidence["chain_top"] = ch.elements.back().subject;
                x.evidence["chain_top_thumbprint"] = ch.elements.back().thumbprint;
            }
            return x;
        };
        if (ch.partial) {
            // What is missing is the issuer of the chain's top. Above an intermediate that is
            // most often the root; right above the certificate, an issuing CA (checkServerSide
            // corrects this when the server's CERTREQ names a CA this PC lacks).
            auto x = chainFinding(finding::CertificateChainIncomplete, Severity::Error);
            const bool topIsCa = ch.elements.size() > 1;
            x.evidence["missing_issuer"] = topIsCa ? "root" : "issuer";
            x.remediations = {std::string(topIsCa ? fix::kImportRootCa : fix::kImportIntermediateCa),
                              std::string(fix::kOpenCertlm)};
            out.push_back(std::move(x));
        } else if (ch.untrustedRoot) {
            auto x = chainFinding(finding::CertificateChainUntrustedRoot, Severity::Error);
            x.remediations = {std::string(fix::kImportRootCa), std::string(fix::kOpenCertlm)};
            out.push_back(std::move(x));
        }
        // An expired CA above a valid certificate: the leaf's own dates are reported above.
        const bool leafValid = now >= f.notBefore && now <= f.notAfter;
        if (ch.notTimeValid && leafValid) {
            auto x = chainFinding(finding::CertificateChainExpiredCa, Severity::Error);
            for (const auto& e : ch.elements) {
                if (!e.timeValid && e.thumbprint != f.thumbprint) {
                    x.evidence["expired_ca"] = e.subject;
                    x.evidence["expired_ca_thumbprint"] = e.thumbprint;
                    x.evidence["expired_ca_not_after"] = isoFromUnix(e.notAfter);
                    break;
                }
            }
            x.remediations = {std::string(fix::kImportIntermediateCa), std::string(fix::kOpenCertlm)};
            out.push_back(std::move(x));
        }
        if (ch.signatureInvalid) {
            out.push_back(chainFinding(finding::CertificateChainSignatureInvalid, Severity::Error));
        }
        if (ch.revocation == RevocationStatus::Revoked) {
            out.push_back(chainFinding(finding::CertificateChainRevoked, Severity::Error));
        } else if (ch.revocation == RevocationStatus::Unknown || ch.revocation == RevocationStatus::Offline) {
            // Separate from trust: it only matters when the server enforces CRL checks
            // (RRAS CertAuthFlags=4); an unreachable CRL server is worth a warning, a PKI
            // without revocation information only a note.
            auto x =
                chainFinding(finding::CertificateChainRevocationUnknown,
                             ch.revocation == RevocationStatus::Offline ? Severity::Warning : Severity::Info);
            x.evidence["revocation"] = std::string(revocationStatusId(ch.revocation));
            out.push_back(std::move(x));
        }
    }
    return out;
}

bool usable(const std::vector<Finding>& problems) {
    return std::none_of(problems.begin(), problems.end(), [](const Finding& f) {
        return f.severity >= Severity::Error && f.id != finding::CertificateChainRevocationUnknown.id;
    });
}

void checkRole(const SystemSnapshot& snapshot, Role role, const CertificateCheckInput& input,
               std::int64_t now, std::vector<Finding>& out) {
    const CertStore store = role == Role::Machine ? CertStore::MachineMy : CertStore::UserMy;
    const bool needed = roleNeeded(role, input.authMethod);
    std::vector<const CertificateRecord*> candidates;
    for (const auto& c : snapshot.certificates.certificates) {
        if (c.store == store && !c.facts.isCa) {
            candidates.push_back(&c);
        }
    }
    if (candidates.empty()) {
        if (needed) {
            Finding f = newFinding(roleFindings(role).missing, Severity::Error);
            f.subject = std::string(certStorePath(store));
            f.evidence["store"] = std::string(certStorePath(store));
            f.evidence["auth_method"] = std::string(authMethodId(*input.authMethod));
            f.remediations = {std::string(openFixFor(store))};
            out.push_back(std::move(f));
        }
        return;
    }
    std::vector<std::vector<Finding>> problems;
    bool anyUsable = false;
    for (const auto* c : candidates) {
        problems.push_back(candidateProblems(*c, role, now, snapshot.machine.elevated));
        anyUsable = anyUsable || usable(problems.back());
    }
    bool anyClientAuth = false;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& c = *candidates[i];
        const bool isUsable = usable(problems[i]);
        anyClientAuth = anyClientAuth || c.facts.allowsEku(kEkuClientAuth);
        for (auto& p : problems[i]) {
            // Errors only for the certificates the connection needs, and only while no other
            // certificate can do the job; everything else is context.
            if (!needed || (anyUsable && !isUsable)) {
                p.severity = std::min(p.severity, Severity::Info);
            }
            p.evidence["role"] = std::string(roleId(role));
            out.push_back(std::move(p));
        }
        if (isUsable) {
            auto ok = baseFinding(roleFindings(role).usable, c, Severity::Ok);
            ok.evidence["role"] = std::string(roleId(role));
            ok.evidence["needed"] = needed ? "true" : "false";
            ok.evidence["ike_intermediate_eku"] = c.facts.listsEku(kEkuIkeIntermediate) ? "true" : "false";
            out.push_back(std::move(ok));
            if (now <= c.facts.notAfter && c.facts.notAfter - now < kExpiringSoonDays * kDay) {
                auto soon = baseFinding(roleFindings(role).expiringSoon, c,
                                        needed ? Severity::Warning : Severity::Info);
                soon.evidence["days_left"] = std::to_string((c.facts.notAfter - now) / kDay);
                soon.evidence["role"] = std::string(roleId(role));
                soon.remediations = {std::string(openFixFor(c.store))};
                out.push_back(std::move(soon));
            }
        }
    }
    if (needed && !anyUsable && !anyClientAuth) {
        // Nothing in the store could ever be chosen: say so once, as Windows would (13806).
        Finding f = newFinding(roleFindings(role).missing, Severity::Error);
        f.subject = std::string(certStorePath(store));
        f.evidence["store"] = std::string(certStorePath(store));
        f.evidence["candidates"] = std::to_string(candidates.size());
        f.evidence["auth_method"] = std::string(authMethodId(*input.authMethod));
        f.remediations = {std::string(openFixFor(store))};
        out.push_back(std::move(f));
    }
}

void checkClock(const SystemSnapshot& snapshot, std::int64_t now, std::vector<Finding>& out) {
    const CertificateRecord* future = nullptr;
    for (const auto& c : snapshot.certificates.certificates) {
        if (c.facts.notBefore > now && (!future || c.facts.notBefore > future->facts.notBefore)) {
            future = &c;
        }
    }
    if (now >= kPlausibleClockStart && !future) {
        return;
    }
    Finding f = newFinding(finding::CertificateClockSkew, Severity::Warning);
    f.subject = snapshot.machine.hostname;
    f.evidence["system_time"] = isoFromUnix(now);
    if (future) {
        f.evidence["thumbprint"] = future->facts.thumbprint;
        f.evidence["subject"] = future->facts.subject;
        f.evidence["not_before"] = isoFromUnix(future->facts.notBefore);
    }
    out.push_back(std::move(f));
}

} // namespace

std::vector<Finding> checkCertificates(const SystemSnapshot& snapshot, const CertificateCheckInput& input) {
    std::vector<Finding> out;
    addCollectionErrors(snapshot, "certificates", finding::CertificateCollectionFailed, "store", out);
    if (!snapshot.certificates.collected) {
        return out; // an older bundle, or no certificate backend: nothing to say
    }
    if (!input.authMethod) {
        out.push_back(newFinding(finding::CertificateAuthMethodUnknown, Severity::Info));
    }
    const std::int64_t now = input.now ? *input.now : unixFromIso(snapshot.collectedAt).value_or(0);
    checkRole(snapshot, Role::Machine, input, now, out);
    checkRole(snapshot, Role::User, input, now, out);
    checkClock(snapshot, now, out);
    checkServerSide(snapshot, input, out);
    return out;
}

} // namespace ipsecdoctor
