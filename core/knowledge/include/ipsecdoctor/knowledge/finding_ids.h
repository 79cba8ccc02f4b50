#pragma once
// Every finding a check can emit, declared once: its id, the wizard step that shows it and the part
// of the negotiation it explains. Checks build findings from these kinds (newFinding), the
// diagnosis rules and the app's catalogues name them by constant, and a test proves each has French
// and English text. Severity is the check's call: the same fact can be a note or an error
// depending on the connection.
//
// Adding a finding: one X(...) line below (or in a family), then the check, its text in the
// catalogue, and a rule if it establishes a cause (CONTRIBUTING.md).

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/ike_phase.h"
#include "ipsecdoctor/model/step.h"

#include <optional>
#include <span>
#include <string_view>

namespace ipsecdoctor {

struct FindingKind {
    std::string_view id;
    Step step = Step::Services;
    /// nullopt: the phase comes from the evidence (an event's failure stage).
    std::optional<IkePhase> phase;
};

// A service's state, for each service IPsec Doctor watches (known_services.h): the id is
// "service.<lower-case name>.<condition>".
#define IPSECDOCTOR_SERVICE_FINDINGS(X, Name, name)                                                          \
    X(Service##Name##Missing, "service." name ".missing", Services, Local)                                   \
    X(Service##Name##Disabled, "service." name ".disabled", Services, Local)                                 \
    X(Service##Name##Failed, "service." name ".failed", Services, Local)                                     \
    X(Service##Name##Stopped, "service." name ".stopped", Services, Local)                                   \
    X(Service##Name##Paused, "service." name ".paused", Services, Local)                                     \
    X(Service##Name##Pending, "service." name ".pending", Services, Local)                                   \
    X(Service##Name##NotAutomatic, "service." name ".not-automatic", Services, Local)                        \
    X(Service##Name##Running, "service." name ".running", Services, Local)                                   \
    X(Service##Name##StoppedOnDemand, "service." name ".stopped-on-demand", Services, Local)                 \
    X(Service##Name##DependencyUnavailable, "service." name ".dependency-unavailable", Services, Local)      \
    X(Service##Name##NotChecked, "service." name ".not-checked", Services, Local)

// A client certificate of one role ("machine": IKEv2/L2TP machine certificate; "user": EAP-TLS or
// a user certificate), "certificate.<role>.<condition>".
#define IPSECDOCTOR_ROLE_FINDINGS(X, Role, role)                                                             \
    X(Certificate##Role##Missing, "certificate." role ".missing", Certificates, Phase1)                      \
    X(Certificate##Role##Usable, "certificate." role ".usable", Certificates, Phase1)                        \
    X(Certificate##Role##ExpiringSoon, "certificate." role ".expiring-soon", Certificates, Phase1)           \
    X(Certificate##Role##Expired, "certificate." role ".expired", Certificates, Phase1)                      \
    X(Certificate##Role##NotYetValid, "certificate." role ".not-yet-valid", Certificates, Phase1)            \
    X(Certificate##Role##EkuMissing, "certificate." role ".eku-missing", Certificates, Phase1)               \
    X(Certificate##Role##NoPrivateKey, "certificate." role ".no-private-key", Certificates, Phase1)          \
    X(Certificate##Role##PrivateKeyInaccessible, "certificate." role ".private-key-inaccessible",            \
      Certificates, Phase1)

#define IPSECDOCTOR_FINDING_KINDS(X)                                                                         \
    IPSECDOCTOR_SERVICE_FINDINGS(X, Bfe, "bfe")                                                              \
    IPSECDOCTOR_SERVICE_FINDINGS(X, Ikeext, "ikeext")                                                        \
    IPSECDOCTOR_SERVICE_FINDINGS(X, PolicyAgent, "policyagent")                                              \
    IPSECDOCTOR_SERVICE_FINDINGS(X, RasMan, "rasman")                                                        \
    IPSECDOCTOR_SERVICE_FINDINGS(X, SstpSvc, "sstpsvc")                                                      \
    IPSECDOCTOR_ROLE_FINDINGS(X, Machine, "machine")                                                         \
    IPSECDOCTOR_ROLE_FINDINGS(X, User, "user")                                                               \
    X(CertificateChainIncomplete, "certificate.chain.incomplete", Certificates, Phase1)                      \
    X(CertificateChainUntrustedRoot, "certificate.chain.untrusted-root", Certificates, Phase1)               \
    X(CertificateChainExpiredCa, "certificate.chain.expired-ca", Certificates, Phase1)                       \
    X(CertificateChainSignatureInvalid, "certificate.chain.signature-invalid", Certificates, Phase1)         \
    X(CertificateChainRevoked, "certificate.chain.revoked", Certificates, Phase1)                            \
    X(CertificateChainRevocationUnknown, "certificate.chain.revocation-unknown", Certificates, Phase1)       \
    X(CertificateClockSkew, "certificate.clock-skew", Certificates, Phase1)                                  \
    X(CertificateCollectionFailed, "certificate.collection.failed", Certificates, Local)                     \
    X(CertificateAuthMethodUnknown, "certificate.auth-method.unknown", Certificates, Local)                  \
    X(CertificateServerCaInstalled, "certificate.server-ca.installed", Certificates, Phase1)                 \
    X(CertificateServerCaNotInstalled, "certificate.server-ca.not-installed", Certificates, Phase1)          \
    X(CertificateServerCaNotRequested, "certificate.server-ca.not-requested", Certificates, Phase1)          \
    X(CertificateServerCaUserStoreOnly, "certificate.server-ca.user-store-only", Certificates, Phase1)       \
    X(CertificateServerCaUnknown, "certificate.server-ca.unknown", Certificates, Phase1)                     \
    X(CertificateNameCheckDisabled, "certificate.name-check.disabled", Certificates, Phase1)                 \
    X(CertificateNameCheckServerIsIpAddress, "certificate.name-check.server-is-ip-address", Certificates,    \
      Phase1)                                                                                                \
    X(CertificateNameCheckIpAddressNotDnsSan, "certificate.name-check.ip-address-not-dns-san", Certificates, \
      Phase1)                                                                                                \
    X(CertificateNameCheckNameMismatch, "certificate.name-check.name-mismatch", Certificates, Phase1)        \
    X(CertificateNameCheckServerAuthEkuMissing, "certificate.name-check.server-auth-eku-missing",            \
      Certificates, Phase1)                                                                                  \
    X(ConnectivityDnsFailed, "connectivity.dns.failed", Connectivity, Transport)                             \
    X(ConnectivityUdp500Timeout, "connectivity.udp500.timeout", Connectivity, Transport)                     \
    X(ConnectivityUdp500Unreachable, "connectivity.udp500.unreachable", Connectivity, Transport)             \
    X(ConnectivityUdp500Throttled, "connectivity.udp500.throttled", Connectivity, Transport)                 \
    X(ConnectivityUdp500Reachable, "connectivity.udp500.reachable", Connectivity, Transport)                 \
    X(ConnectivityUdp4500Blocked, "connectivity.udp4500.blocked", Connectivity, Transport)                   \
    X(ConnectivityUdp4500Reachable, "connectivity.udp4500.reachable", Connectivity, Transport)               \
    X(ConnectivityLargePacketsDropped, "connectivity.large-packets.dropped", Connectivity, Transport)        \
    X(ConnectivityNatDetected, "connectivity.nat.detected", Connectivity, Transport)                         \
    X(ConnectivityNatNone, "connectivity.nat.none", Connectivity, Transport)                                 \
    X(ConnectivityLocalPortTaken, "connectivity.local-port.taken", Connectivity, Local)                      \
    X(ConnectivityLocalFactsNotCollected, "connectivity.local-facts.not-collected", Connectivity, Local)     \
    X(ConnectivityWfpThirdParty, "connectivity.wfp.third-party", Connectivity, Local)                        \
    X(ProposalIkev2Accepted, "proposal.ikev2.accepted", Proposals, Phase1)                                   \
    X(ProposalIkev2NoCommonProposal, "proposal.ikev2.no-common-proposal", Proposals, Phase1)                 \
    X(ProposalIkev2DhGroupMismatch, "proposal.ikev2.dh-group-mismatch", Proposals, Phase1)                   \
    X(ProposalIkev2WindowsDefaultRejected, "proposal.ikev2.windows-default-rejected", Proposals, Phase1)     \
    X(ProposalIkev1Accepted, "proposal.ikev1.accepted", Proposals, Phase1)                                   \
    X(ProposalIkev1NoCommonProposal, "proposal.ikev1.no-common-proposal", Proposals, Phase1)                 \
    X(ProposalIkev1WindowsDefaultRejected, "proposal.ikev1.windows-default-rejected", Proposals, Phase1)     \
    X(ProposalIkev1AggressiveModeAnswered, "proposal.ikev1.aggressive-mode-answered", Proposals, Phase1)     \
    X(ProposalIkev1AggressiveOnly, "proposal.ikev1.aggressive-only", Proposals, Phase1)                      \
    X(ProposalVersionIkev1Only, "proposal.version.ikev1-only", Proposals, Phase1)                            \
    X(ProposalVersionIkev2Only, "proposal.version.ikev2-only", Proposals, Phase1)                            \
    X(ProposalWeakCrypto, "proposal.weak-crypto", Proposals, Phase1)                                         \
    X(ProposalPhase2NoCommonProposal, "proposal.phase2.no-common-proposal", Proposals, Phase2)               \
    X(ProposalPhase2NicOffloadEnabled, "proposal.phase2.nic-offload-enabled", Proposals, Phase2)             \
    X(ProposalProfilePfsMismatch, "proposal.profile.pfs-mismatch", Proposals, Phase2)                        \
    X(ProposalProfileCustomPolicyUnreadable, "proposal.profile.custom-policy-unreadable", Proposals, Local)  \
    X(ProposalProfileCustomPolicyRejected, "proposal.profile.custom-policy-rejected", Proposals, Phase1)     \
    X(ProposalProfileNotIpsec, "proposal.profile.not-ipsec", Proposals, Local)                               \
    X(ProposalL2tpIpsecProhibited, "proposal.l2tp.ipsec-prohibited", Proposals, Local)                       \
    X(ProposalL2tpWeakCryptoAllowed, "proposal.l2tp.weak-crypto-allowed", Proposals, Local)                  \
    X(ProposalServerNotProbed, "proposal.server.not-probed", Proposals, Phase1)                              \
    X(ProposalServerUnreachable, "proposal.server.unreachable", Proposals, Transport)                        \
    X(ProposalNatTEncapsulationRuleMissing, "proposal.nat-t.encapsulation-rule-missing", Proposals,          \
      Transport)                                                                                             \
    X(LogsAuditEnabled, "logs.audit.enabled", Logs, Local)                                                   \
    X(LogsAuditDisabled, "logs.audit.disabled", Logs, Local)                                                 \
    X(LogsAuditNotChecked, "logs.audit.not-checked", Logs, Local)                                            \
    X(LogsTracingEnabled, "logs.tracing.enabled", Logs, Local)                                               \
    X(LogsTracingDisabled, "logs.tracing.disabled", Logs, Local)                                             \
    X(LogsReadFailed, "logs.read-failed", Logs, Local)                                                       \
    X(LogsNone, "logs.none", Logs, Local)                                                                    \
    X(LogsIkeFailure, "logs.ike.failure", Logs, FromEvidence)                                                \
    X(LogsIkeEstablished, "logs.ike.established", Logs, FromEvidence)                                        \
    X(LogsIkeInvalidPacket, "logs.ike.invalid-packet", Logs, FromEvidence)                                   \
    X(LogsIkeIkeextNotRunning, "logs.ike.ikeext-not-running", Logs, FromEvidence)                            \
    X(LogsIpsecDriverDrop, "logs.ipsec.driver-drop", Logs, FromEvidence)                                     \
    X(LogsIpsecDriverFailure, "logs.ipsec.driver-failure", Logs, FromEvidence)                               \
    X(LogsRasclientError, "logs.rasclient.error", Logs, FromEvidence)                                        \
    X(LogsRasclientConnected, "logs.rasclient.connected", Logs, FromEvidence)                                \
    X(LogsRemoteaccessError, "logs.remoteaccess.error", Logs, FromEvidence)

namespace finding_detail {
// X's phase column: an IkePhase enumerator, or FromEvidence.
inline constexpr std::optional<IkePhase> Local = IkePhase::Local;
inline constexpr std::optional<IkePhase> Transport = IkePhase::Transport;
inline constexpr std::optional<IkePhase> Phase1 = IkePhase::Phase1;
inline constexpr std::optional<IkePhase> Phase2 = IkePhase::Phase2;
inline constexpr std::optional<IkePhase> FromEvidence = std::nullopt;
} // namespace finding_detail

namespace finding {
#define IPSECDOCTOR_DECLARE_FINDING(Name, id, step, phase)                                                   \
    inline constexpr FindingKind Name{id, Step::step, finding_detail::phase};
IPSECDOCTOR_FINDING_KINDS(IPSECDOCTOR_DECLARE_FINDING)
#undef IPSECDOCTOR_DECLARE_FINDING
} // namespace finding

/// Every kind above, in declaration order.
std::span<const FindingKind> findingKinds();
/// The kind of `id`; nullptr for an id no check emits (a newer bundle's).
const FindingKind* findFindingKind(std::string_view id);
/// '*' matches any run of characters (including dots); everything else literally.
bool matchesPattern(std::string_view pattern, std::string_view id);
/// Whether a pattern names at least one declared finding.
bool namesSomeFinding(std::string_view pattern);

/// A finding of `kind` with its id, step and (when fixed) phase filled in.
Finding newFinding(const FindingKind& kind, Severity severity);
/// For a kind whose phase comes from the evidence.
Finding newFinding(const FindingKind& kind, Severity severity, IkePhase phase);

/// The state finding of a watched service: "service.<name>.<condition>" (nullptr when not declared).
const FindingKind* serviceFinding(std::string_view serviceName, std::string_view condition);

} // namespace ipsecdoctor
