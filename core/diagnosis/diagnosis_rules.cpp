// The diagnosis rules as data. Strengths: a server's answer (or its silence) and a fact that stops
// IPsec outright prove; a failure code that names the cause, or a fact of this PC that leads to
// one, makes it likely; a code with several readings makes it possible. Where a rule applies
// follows the tunnel type and sign-in method (docs/diagnosis.md gives the sources).
#include "ipsecdoctor/diagnosis/diagnosis.h"

// Each rule names only the members it uses; the others keep their defaults on purpose.
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

namespace ipsecdoctor {

std::span<const DiagnosisRule> diagnosisRules() {
    using S = CodeStage;
    using T = TunnelType;
    using A = VpnAuthMethod;
    constexpr auto P = Strength::Proves;
    constexpr auto L = Strength::Likely;
    constexpr auto Po = Strength::Possible;
    const std::vector<VpnAuthMethod> serverCertificateChecked{A::MachineCertificate, A::EapTls, A::Peap,
                                                              A::EapMschapv2, A::OtherEap};
    const std::vector<VpnAuthMethod> eap{A::EapMschapv2, A::EapTls, A::Peap, A::OtherEap};
    static const std::vector<DiagnosisRule> rules{
        // BFE and IKEEXT negotiate every IKE SA: while either cannot run, nothing else matters.
        {.cause = "cause.local.ipsec-service-unavailable",
         .stage = S::LocalService,
         .local = true,
         .applies = {{T::Ikev2, T::L2tp}, {}},
         .anchors = {{"service.ikeext.disabled", P},
                     {"service.ikeext.stopped", P},
                     {"service.ikeext.failed", P},
                     {"service.ikeext.missing", P},
                     {"service.ikeext.dependency-unavailable", P},
                     {"service.bfe.disabled", P},
                     {"service.bfe.stopped", P},
                     {"service.bfe.failed", P},
                     {"service.bfe.missing", P},
                     {"logs.ike.ikeext-not-running", L}},
         .codes = {{827, L}, {13891, Po}}},
        // The Policy Agent serves L2TP/IPsec's policy (error 791); IKEv2 dials without it.
        {.cause = "cause.local.policyagent-unavailable",
         .stage = S::LocalService,
         .local = true,
         .applies = {{T::L2tp}, {}},
         .anchors = {{"service.policyagent.disabled", L},
                     {"service.policyagent.stopped", L},
                     {"service.policyagent.failed", L},
                     {"service.policyagent.missing", L},
                     {"service.policyagent.dependency-unavailable", L}},
         .codes = {{791, L}, {13825, Po}, {13850, Po}},
         .needsFailure = true},
        {.cause = "cause.local.rasman-unavailable",
         .stage = S::LocalService,
         .local = true,
         .anchors = {{"service.rasman.disabled", P},
                     {"service.rasman.failed", P},
                     {"service.rasman.missing", P},
                     {"service.rasman.dependency-unavailable", P},
                     {"service.sstpsvc.disabled", L},
                     {"service.sstpsvc.failed", L},
                     {"service.sstpsvc.missing", L}},
         .codes = {{834, L}}},
        {.cause = "cause.transport.dns",
         .stage = S::Transport,
         .anchors = {{"connectivity.dns.failed", P}},
         .codes = {{868, L}}},
        {.cause = "cause.transport.blocked",
         .stage = S::Transport,
         .anchors = {{"connectivity.udp500.timeout", P},
                     {"connectivity.udp500.unreachable", P},
                     {"proposal.server.unreachable", L}},
         .codes = {{809, L}, {13805, L}, {13813, Po}, {792, Po}, {800, Po}, {619, Po}},
         .supports = {"logs.ike.invalid-packet"},
         .against = {"connectivity.udp500.reachable"},
         .logStage = S::Transport},
        // Behind NAT, IKE moves to UDP 4500 after IKE_SA_INIT (and L2TP's ESP rides in it).
        {.cause = "cause.transport.nat-t-blocked",
         .stage = S::Transport,
         .anchors = {{"connectivity.udp4500.blocked", P, Severity::Error}},
         .codes = {{809, L}, {13805, L}},
         .supports = {"connectivity.nat.detected"},
         // No NAT on the path now: IKE had no reason to move to 4500 (the failures may still be
         // from another network, so it only lowers the certainty).
         .against = {"connectivity.nat.none"},
         .refutedBy = {"connectivity.udp4500.reachable"},
         .ruledOutByProbeAnswer = false},
        {.cause = "cause.transport.server-throttling",
         .stage = S::Transport,
         .anchors = {{"connectivity.udp500.throttled", P}},
         .codes = {{13890, Po}, {13903, Po}}},
        // KB926179: only a server behind NAT needs AssumeUDPEncapsulationContextOnSendRule.
        {.cause = "cause.transport.nat-t-registry",
         .stage = S::Transport,
         .local = true,
         .applies = {{T::L2tp}, {}},
         .anchors = {{"proposal.nat-t.encapsulation-rule-missing", L}},
         .codes = {{809, L, false}},
         .supports = {"connectivity.nat.detected"},
         .ruledOutByProbeAnswer = false},
        // The server's IKE version against the connection's: an IKEv1-only server is what an
        // L2TP/IPsec connection needs, so each half applies to the other tunnel type only.
        {.cause = "cause.phase1.version-mismatch",
         .stage = S::Phase1Proposal,
         .applies = {{T::Ikev2}, {}},
         .anchors = {{"proposal.version.ikev1-only", P}},
         // Refusing IKEv2 altogether, the server's NO_PROPOSAL_CHOSEN is Windows' 13868.
         .codes = {{13880, L}, {13868, L, false}}},
        {.cause = "cause.phase1.version-mismatch",
         .stage = S::Phase1Proposal,
         .applies = {{T::L2tp}, {}},
         .anchors = {{"proposal.version.ikev2-only", P}},
         .codes = {{13880, L}}},
        {.cause = "cause.phase1.aggressive-mode-only",
         .stage = S::Phase1Proposal,
         .anchors = {{"proposal.ikev1.aggressive-only", P}},
         .codes = {{788, L, false}, {13868, L, false}, {809, L, false}, {13805, L, false}},
         .supports = {"proposal.ikev1.aggressive-mode-answered"}},
        {.cause = "cause.phase1.proposal-mismatch",
         .stage = S::Phase1Proposal,
         .anchors = {{"proposal.ikev2.windows-default-rejected", P},
                     {"proposal.ikev2.no-common-proposal", P},
                     {"proposal.ikev2.dh-group-mismatch", P},
                     {"proposal.ikev1.no-common-proposal", P},
                     {"proposal.profile.custom-policy-rejected", P},
                     {"proposal.profile.custom-policy-unreadable", Po}},
         .codes = {{13868, L}, {788, L}, {13802, Po}, {13873, Po}, {13874, Po}, {13865, Po}},
         .supports = {"proposal.weak-crypto"},
         .logStage = S::Phase1Proposal},
        {.cause = "cause.certificate.expired",
         .stage = S::Certificate,
         .local = true,
         .anchors = {{"certificate.*.expired", L},
                     {"certificate.*.not-yet-valid", L},
                     {"certificate.clock-skew", L}},
         .codes = {{0x800B0101u, L}, {13801, L, false}, {13806, L, false}, {13819, L, false}},
         .supports = {"certificate.*.expiring-soon"}},
        // 13806 on the client means "no usable computer certificate" only when one signs in.
        {.cause = "cause.certificate.machine-certificate",
         .stage = S::Certificate,
         .local = true,
         .applies = {{}, {A::MachineCertificate}},
         .anchors = {{"certificate.machine.missing", L},
                     {"certificate.*.no-private-key", L},
                     {"certificate.*.private-key-inaccessible", L},
                     {"certificate.*.eku-missing", L}},
         .codes = {{13806, L}, {13820, L}, {786, L}, {766, L}, {798, Po}, {13818, Po}}},
        // With EAP the PC sends no certificate: 13806 means the server has none it can use.
        {.cause = "cause.server.certificate",
         .stage = S::Certificate,
         .applies = {{T::Ikev2}, eap},
         .codes = {{13806, L}}},
        // Microsoft's first readings of 13801: this PC rejects the server's certificate.
        {.cause = "cause.certificate.untrusted",
         .stage = S::Certificate,
         .local = true,
         .applies = {{}, serverCertificateChecked},
         .anchors = {{"certificate.chain.untrusted-root", L},
                     {"certificate.chain.incomplete", L},
                     {"certificate.server-ca.not-installed", L},
                     {"certificate.server-ca.user-store-only", L},
                     {"certificate.name-check.name-mismatch", L},
                     {"certificate.name-check.server-auth-eku-missing", L},
                     {"certificate.name-check.ip-address-not-dns-san", L}},
         .codes = {{13801, L},
                   {0x800B0109u, L},
                   {0x800B010Au, L},
                   {0x800B0112u, L},
                   {0x800B010Fu, L},
                   {0x800B0110u, L},
                   {0x80070040u, L},
                   {864, L},
                   {801, Po},
                   {810, Po},
                   {835, Po},
                   {13887, Po},
                   {13847, Po}},
         .supports = {"certificate.server-ca.not-requested"},
         .logStage = S::Certificate,
         .needsFailure = true},
        {.cause = "cause.certificate.revocation",
         .stage = S::Certificate,
         .anchors = {{"certificate.chain.revoked", P}, {"certificate.chain.revocation-unknown", Po}},
         .codes =
             {{13817, L}, {13848, L}, {0x80092012u, L}, {0x80092013u, L}, {0x800B010Cu, L}, {0x80092010u, L}},
         .needsFailure = true},
        // 789 with a pre-shared key: the key typed on this PC differs from the server's.
        {.cause = "cause.phase1.psk-mismatch",
         .stage = S::Phase1Auth,
         .local = true,
         .applies = {{T::L2tp}, {A::PreSharedKey}},
         .codes = {{789, L}, {811, L}, {787, Po}},
         .localFromCode = true},
        {.cause = "cause.phase1.authentication",
         .stage = S::Phase1Auth,
         .codes = {{13801, Po}, {787, Po}, {13826, Po}},
         .logStage = S::Phase1Auth},
        {.cause = "cause.phase2.mismatch",
         .stage = S::Phase2,
         .anchors = {{"proposal.phase2.no-common-proposal", L}, {"proposal.profile.pfs-mismatch", Po}},
         .codes = {{13868, L}, {842, L}, {841, L}, {840, Po}, {13899, L}, {13900, L}},
         .supports = {"proposal.phase2.nic-offload-enabled"},
         .logStage = S::Phase2},
        // PPP after IPsec for L2TP; EAP inside IKE_AUTH for IKEv2.
        {.cause = "cause.user-auth.rejected",
         .stage = S::UserAuth,
         .codes = {{691, L}, {812, L}, {853, L}, {720, Po}},
         .logStage = S::UserAuth},
    };
    return rules;
}

} // namespace ipsecdoctor
