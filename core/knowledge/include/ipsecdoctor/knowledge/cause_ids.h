#pragma once
// Every root cause the diagnosis can name, declared once. The rules (diagnosis_rules.cpp) say when
// each applies; the app's DiagnosisCatalogue words it; a test proves every cause has a rule and
// French and English text.

#include <span>
#include <string_view>

namespace ipsecdoctor {

struct CauseKind {
    std::string_view id;
};

#define IPSECDOCTOR_CAUSE_KINDS(X)                                                                           \
    X(LocalIpsecServiceUnavailable, "cause.local.ipsec-service-unavailable")                                 \
    X(LocalPolicyAgentUnavailable, "cause.local.policyagent-unavailable")                                    \
    X(LocalRasManUnavailable, "cause.local.rasman-unavailable")                                              \
    X(LocalIkePortTaken, "cause.local.ike-port-taken")                                                       \
    X(TransportDns, "cause.transport.dns")                                                                   \
    X(TransportBlocked, "cause.transport.blocked")                                                           \
    X(TransportNatTBlocked, "cause.transport.nat-t-blocked")                                                 \
    X(TransportFragmentsDropped, "cause.transport.fragments-dropped")                                        \
    X(TransportServerThrottling, "cause.transport.server-throttling")                                        \
    X(TransportNatTRegistry, "cause.transport.nat-t-registry")                                               \
    X(Phase1VersionMismatch, "cause.phase1.version-mismatch")                                                \
    X(Phase1AggressiveModeOnly, "cause.phase1.aggressive-mode-only")                                         \
    X(Phase1ProposalMismatch, "cause.phase1.proposal-mismatch")                                              \
    X(CertificateExpired, "cause.certificate.expired")                                                       \
    X(CertificateMachineCertificate, "cause.certificate.machine-certificate")                                \
    X(ServerCertificate, "cause.server.certificate")                                                         \
    X(CertificateUntrusted, "cause.certificate.untrusted")                                                   \
    X(CertificateRevocation, "cause.certificate.revocation")                                                 \
    X(Phase1PskMismatch, "cause.phase1.psk-mismatch")                                                        \
    X(Phase1Authentication, "cause.phase1.authentication")                                                   \
    X(Phase2Mismatch, "cause.phase2.mismatch")                                                               \
    X(UserAuthRejected, "cause.user-auth.rejected")

namespace cause {
#define IPSECDOCTOR_DECLARE_CAUSE(Name, id) inline constexpr CauseKind Name{id};
IPSECDOCTOR_CAUSE_KINDS(IPSECDOCTOR_DECLARE_CAUSE)
#undef IPSECDOCTOR_DECLARE_CAUSE
} // namespace cause

/// Every cause above, in declaration order.
std::span<const CauseKind> causeKinds();
/// The kind of `id`; nullptr for an id this version does not know (a newer bundle's).
const CauseKind* findCauseKind(std::string_view id);

} // namespace ipsecdoctor
