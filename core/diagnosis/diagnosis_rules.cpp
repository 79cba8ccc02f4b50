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
        {.cause = cause::LocalIpsecServiceUnavailable.id,
         .stage = S::LocalService,
         .local = true,
         .applies = {{T::Ikev2, T::L2tp}, {}},
         .anchors = {{finding::ServiceIkeextDisabled.id, P},
                     {finding::ServiceIkeextStopped.id, P},
                     {finding::ServiceIkeextFailed.id, P},
                     {finding::ServiceIkeextMissing.id, P},
                     {finding::ServiceIkeextDependencyUnavailable.id, P},
                     {finding::ServiceBfeDisabled.id, P},
                     {finding::ServiceBfeStopped.id, P},
                     {finding::ServiceBfeFailed.id, P},
                     {finding::ServiceBfeMissing.id, P},
                     {finding::LogsIkeIkeextNotRunning.id, L}},
         .codes = {{827, L}, {13891, Po}}},
        // The Policy Agent serves L2TP/IPsec's policy (error 791); IKEv2 dials without it.
        {.cause = cause::LocalPolicyAgentUnavailable.id,
         .stage = S::LocalService,
         .local = true,
         .applies = {{T::L2tp}, {}},
         .anchors = {{finding::ServicePolicyAgentDisabled.id, L},
                     {finding::ServicePolicyAgentStopped.id, L},
                     {finding::ServicePolicyAgentFailed.id, L},
                     {finding::ServicePolicyAgentMissing.id, L},
                     {finding::ServicePolicyAgentDependencyUnavailable.id, L}},
         .codes = {{791, L}, {13825, Po}, {13850, Po}},
         .needsFailure = true},
        {.cause = cause::LocalRasManUnavailable.id,
         .stage = S::LocalService,
         .local = true,
         .anchors = {{finding::ServiceRasManDisabled.id, P},
                     {finding::ServiceRasManFailed.id, P},
                     {finding::ServiceRasManMissing.id, P},
                     {finding::ServiceRasManDependencyUnavailable.id, P},
                     {finding::ServiceSstpSvcDisabled.id, L},
                     {finding::ServiceSstpSvcFailed.id, L},
                     {finding::ServiceSstpSvcMissing.id, L}},
         .codes = {{834, L}}},
        // Another program on UDP 500/4500 of this PC takes IKE's packets; the probe sends from an
        // ephemeral port, so its answers say nothing about it. Without a failure it is a note.
        {.cause = cause::LocalIkePortTaken.id,
         .stage = S::LocalService,
         .local = true,
         .applies = {{T::Ikev2, T::L2tp}, {}},
         .anchors = {{finding::ConnectivityLocalPortTaken.id, L, Severity::Error}},
         .codes = {{809, L, false}, {13805, L, false}, {13801, Po, false}},
         .supports = {finding::ConnectivityWfpThirdParty.id},
         .needsFailure = true,
         .ruledOutByProbeAnswer = false},
        {.cause = cause::TransportDns.id,
         .stage = S::Transport,
         .anchors = {{finding::ConnectivityDnsFailed.id, P}},
         .codes = {{868, L}}},
        {.cause = cause::TransportBlocked.id,
         .stage = S::Transport,
         .anchors = {{finding::ConnectivityUdp500Timeout.id, P},
                     {finding::ConnectivityUdp500Unreachable.id, P},
                     {finding::ProposalServerUnreachable.id, L}},
         .codes = {{809, L}, {13805, L}, {13813, Po}, {792, Po}, {800, Po}, {619, Po}},
         .supports = {finding::LogsIkeInvalidPacket.id, finding::ConnectivityWfpThirdParty.id},
         .against = {finding::ConnectivityUdp500Reachable.id},
         .logStage = S::Transport},
        // Behind NAT, IKE moves to UDP 4500 after IKE_SA_INIT (and L2TP's ESP rides in it).
        {.cause = cause::TransportNatTBlocked.id,
         .stage = S::Transport,
         .anchors = {{finding::ConnectivityUdp4500Blocked.id, P, Severity::Error}},
         .codes = {{809, L}, {13805, L}},
         .supports = {finding::ConnectivityNatDetected.id},
         // No NAT on the path now: IKE had no reason to move to 4500 (the failures may still be
         // from another network, so it only lowers the certainty).
         .against = {finding::ConnectivityNatNone.id},
         .refutedBy = {finding::ConnectivityUdp4500Reachable.id},
         .ruledOutByProbeAnswer = false},
        // The small packets pass and the large ones (IKE_AUTH with certificates) do not.
        {.cause = cause::TransportFragmentsDropped.id,
         .stage = S::Transport,
         .anchors = {{finding::ConnectivityLargePacketsDropped.id, P, Severity::Error}},
         // The same codes as any timeout: they corroborate the probe's finding, never stand for it.
         .codes = {{809, L, false}, {13805, L, false}, {13801, Po, false}},
         .ruledOutByProbeAnswer = false},
        {.cause = cause::TransportServerThrottling.id,
         .stage = S::Transport,
         .anchors = {{finding::ConnectivityUdp500Throttled.id, P}},
         .codes = {{13890, Po}, {13903, Po}}},
        // KB926179: only a server behind NAT needs AssumeUDPEncapsulationContextOnSendRule.
        {.cause = cause::TransportNatTRegistry.id,
         .stage = S::Transport,
         .local = true,
         .applies = {{T::L2tp}, {}},
         .anchors = {{finding::ProposalNatTEncapsulationRuleMissing.id, L}},
         .codes = {{809, L, false}},
         .supports = {finding::ConnectivityNatDetected.id},
         .ruledOutByProbeAnswer = false},
        // The server's IKE version against the connection's: an IKEv1-only server is what an
        // L2TP/IPsec connection needs, so each half applies to the other tunnel type only.
        {.cause = cause::Phase1VersionMismatch.id,
         .stage = S::Phase1Proposal,
         .applies = {{T::Ikev2}, {}},
         .anchors = {{finding::ProposalVersionIkev1Only.id, P}},
         // Refusing IKEv2 altogether, the server's NO_PROPOSAL_CHOSEN is Windows' 13868.
         .codes = {{13880, L}, {13868, L, false}}},
        {.cause = cause::Phase1VersionMismatch.id,
         .stage = S::Phase1Proposal,
         .applies = {{T::L2tp}, {}},
         .anchors = {{finding::ProposalVersionIkev2Only.id, P}},
         .codes = {{13880, L}}},
        {.cause = cause::Phase1AggressiveModeOnly.id,
         .stage = S::Phase1Proposal,
         .anchors = {{finding::ProposalIkev1AggressiveOnly.id, P}},
         .codes = {{788, L, false}, {13868, L, false}, {809, L, false}, {13805, L, false}},
         .supports = {finding::ProposalIkev1AggressiveModeAnswered.id}},
        {.cause = cause::Phase1ProposalMismatch.id,
         .stage = S::Phase1Proposal,
         .anchors = {{finding::ProposalIkev2WindowsDefaultRejected.id, P},
                     {finding::ProposalIkev2NoCommonProposal.id, P},
                     {finding::ProposalIkev2DhGroupMismatch.id, P},
                     {finding::ProposalIkev1NoCommonProposal.id, P},
                     {finding::ProposalIkev1WindowsDefaultRejected.id, P},
                     {finding::ProposalProfileCustomPolicyRejected.id, P},
                     {finding::ProposalProfileCustomPolicyUnreadable.id, Po}},
         .codes = {{13868, L}, {788, L}, {13802, Po}, {13873, Po}, {13874, Po}, {13865, Po}},
         .supports = {finding::ProposalWeakCrypto.id},
         .logStage = S::Phase1Proposal},
        {.cause = cause::CertificateExpired.id,
         .stage = S::Certificate,
         .local = true,
         .anchors = {{"certificate.*.expired", L},
                     {"certificate.*.not-yet-valid", L},
                     {finding::CertificateClockSkew.id, L}},
         .codes = {{0x800B0101u, L}, {13801, L, false}, {13806, L, false}, {13819, L, false}},
         .supports = {"certificate.*.expiring-soon"}},
        // 13806 on the client means "no usable computer certificate" only when one signs in.
        {.cause = cause::CertificateMachineCertificate.id,
         .stage = S::Certificate,
         .local = true,
         .applies = {{}, {A::MachineCertificate}},
         .anchors = {{finding::CertificateMachineMissing.id, L},
                     {"certificate.*.no-private-key", L},
                     {"certificate.*.private-key-inaccessible", L},
                     {"certificate.*.eku-missing", L}},
         .codes = {{13806, L}, {13820, L}, {786, L}, {766, L}, {798, Po}, {13818, Po}}},
        // With EAP the PC sends no certificate: 13806 means the server has none it can use.
        {.cause = cause::ServerCertificate.id,
         .stage = S::Certificate,
         .applies = {{T::Ikev2}, eap},
         .codes = {{13806, L}}},
        // Microsoft's first readings of 13801: this PC rejects the server's certificate.
        {.cause = cause::CertificateUntrusted.id,
         .stage = S::Certificate,
         .local = true,
         .applies = {{}, serverCertificateChecked},
         .anchors = {{finding::CertificateChainUntrustedRoot.id, L},
                     {finding::CertificateChainIncomplete.id, L},
                     {finding::CertificateServerCaNotInstalled.id, L},
                     {finding::CertificateServerCaUserStoreOnly.id, L},
                     {finding::CertificateNameCheckNameMismatch.id, L},
                     {finding::CertificateNameCheckServerAuthEkuMissing.id, L},
                     {finding::CertificateNameCheckIpAddressNotDnsSan.id, L}},
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
         .supports = {finding::CertificateServerCaNotRequested.id},
         .logStage = S::Certificate,
         .needsFailure = true},
        {.cause = cause::CertificateRevocation.id,
         .stage = S::Certificate,
         .anchors = {{finding::CertificateChainRevoked.id, P},
                     {finding::CertificateChainRevocationUnknown.id, Po}},
         .codes =
             {{13817, L}, {13848, L}, {0x80092012u, L}, {0x80092013u, L}, {0x800B010Cu, L}, {0x80092010u, L}},
         .needsFailure = true},
        // 789 with a pre-shared key: the key typed on this PC differs from the server's.
        {.cause = cause::Phase1PskMismatch.id,
         .stage = S::Phase1Auth,
         .local = true,
         .applies = {{T::L2tp}, {A::PreSharedKey}},
         .codes = {{789, L}, {811, L}, {787, Po}},
         .localFromCode = true},
        {.cause = cause::Phase1Authentication.id,
         .stage = S::Phase1Auth,
         .codes = {{13801, Po}, {787, Po}, {13826, Po}},
         .logStage = S::Phase1Auth},
        {.cause = cause::Phase2Mismatch.id,
         .stage = S::Phase2,
         .anchors = {{finding::ProposalPhase2NoCommonProposal.id, L},
                     {finding::ProposalProfilePfsMismatch.id, Po}},
         .codes = {{13868, L}, {842, L}, {841, L}, {840, Po}, {13899, L}, {13900, L}},
         .supports = {finding::ProposalPhase2NicOffloadEnabled.id},
         .logStage = S::Phase2},
        // PPP after IPsec for L2TP; EAP inside IKE_AUTH for IKEv2.
        {.cause = cause::UserAuthRejected.id,
         .stage = S::UserAuth,
         .codes = {{691, L}, {812, L}, {853, L}, {720, Po}},
         .logStage = S::UserAuth},
    };
    return rules;
}

} // namespace ipsecdoctor
