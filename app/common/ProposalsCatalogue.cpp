#include "ProposalsCatalogue.h"
#include "QtText.h"

#include "ipsecdoctor/knowledge/setting_ids.h"

namespace ipsecdoctor::app {
std::optional<FindingText> ProposalsCatalogue::finding(const Finding& f) {
    const QString id = QString::fromStdString(f.id);
    if (!id.startsWith(QLatin1String("proposal."))) {
        return std::nullopt;
    }
    const QString fixPolicy =
        ev(f, "esp_tested") == QLatin1String("false")
            ? tr("Apply the recommended IPsec settings to the VPN profile (%1). Phase 2 was not tested: they "
                 "set ESP to the first proposal Windows offers by default (%2).")
                  .arg(ev(f, "recommended_ike"), ev(f, "recommended_esp"))
            : tr("Apply the recommended IPsec settings to the VPN profile (%1).")
                  .arg(ev(f, "recommended_ike"));
    if (is(id, finding::ProposalIkev2Accepted) || is(id, finding::ProposalIkev1Accepted)) {
        return FindingText{tr("The server accepts what Windows offers"),
                           tr("Phase 1 can succeed: the strongest proposal both sides support is %1.")
                               .arg(ev(f, "strongest_common")),
                           {}};
    }
    if (is(id, finding::ProposalIkev2DhGroupMismatch)) {
        return FindingText{
            tr("The server refuses Windows' key exchange group"),
            tr("Windows offers the Diffie-Hellman group %1; the server only accepts %2. The connection fails "
               "in phase 1 (usually error 13868 or 809).")
                .arg(ev(f, "windows_groups"), ev(f, "server_groups")),
            fixPolicy};
    }
    if (is(id, finding::ProposalIkev1WindowsDefaultRejected)) {
        return FindingText{
            tr("The server refuses every L2TP/IPsec proposal Windows sends by default"),
            tr("The server accepts %1 in IKEv1 Main Mode, which Windows does not offer without a custom "
               "IPsec policy. The L2TP/IPsec connection fails in phase 1 (error 788).")
                .arg(ev(f, "server_accepts")),
            fixPolicy};
    }
    if (is(id, finding::ProposalIkev2WindowsDefaultRejected)) {
        return FindingText{
            tr("The server refuses every proposal Windows sends by default"),
            tr("The server accepts %1, which Windows does not offer without a custom IPsec policy. "
               "The connection fails in phase 1.")
                .arg(ev(f, "server_accepts")),
            fixPolicy};
    }
    if (is(id, finding::ProposalProfileCustomPolicyRejected)) {
        return FindingText{tr("The server refuses the profile's custom IPsec policy"),
                           tr("The profile sends only %1; the server accepts %2.")
                               .arg(ev(f, "windows_offers"), ev(f, "server_accepts")),
                           fixPolicy};
    }
    if (is(id, finding::ProposalIkev2NoCommonProposal) || is(id, finding::ProposalIkev1NoCommonProposal)) {
        return FindingText{tr("Windows and the server have no algorithm in common"),
                           tr("The server accepts %1, which Windows cannot send, even with a custom policy.")
                               .arg(ev(f, "server_accepts").isEmpty() ? tr("nothing Windows proposed")
                                                                      : ev(f, "server_accepts")),
                           tr("The server's administrator must allow a proposal Windows supports, such as "
                              "AES-256 / SHA-256 / group 14 (MODP 2048).")};
    }
    if (is(id, finding::ProposalIkev1AggressiveOnly)) {
        return FindingText{
            tr("The server only answers in aggressive mode"),
            tr("Windows negotiates L2TP/IPsec in main mode only; a server that requires aggressive "
               "mode never completes phase 1."),
            tr("The server must allow main mode. Nothing on this PC can change that.")};
    }
    if (is(id, finding::ProposalIkev1AggressiveModeAnswered)) {
        return FindingText{tr("The server answers aggressive mode (security risk)"),
                           tr("In aggressive mode, the server sends a hash of the pre-shared key that an "
                              "eavesdropper can attack offline."),
                           tr("Ask the server's administrator to disable aggressive mode.")};
    }
    if (is(id, finding::ProposalVersionIkev1Only)) {
        return FindingText{tr("The server only speaks IKEv1 (L2TP/IPsec)"),
                           tr("The profile uses IKEv2, which this server does not answer."),
                           tr("Switch the profile to L2TP/IPsec, or ask for IKEv2 on the server.")};
    }
    if (is(id, finding::ProposalVersionIkev2Only)) {
        return FindingText{tr("The server only speaks IKEv2"),
                           tr("The profile uses L2TP/IPsec (IKEv1), which this server does not answer."),
                           tr("Switch the profile to IKEv2.")};
    }
    if (is(id, finding::ProposalWeakCrypto)) {
        return FindingText{
            tr("Weak cryptography (security warning)"),
            ev(f, "side") == QLatin1String("profile")
                ? tr("The profile's custom policy uses %1, which are no longer considered safe.")
                      .arg(ev(f, "weak_algorithms"))
                : tr("The best proposal both sides accept uses %1, which are no longer considered safe.")
                      .arg(ev(f, "weak_algorithms")),
            tr("Prefer AES-256 with SHA-256 and group 14 or better, on the profile and on the server.")};
    }
    if (is(id, finding::ProposalNatTEncapsulationRuleMissing)) {
        return FindingText{
            tr("L2TP/IPsec through NAT is not allowed on this PC"),
            tr("There is NAT between this PC and the server, and Windows does not set up L2TP/IPsec "
               "through NAT unless AssumeUDPEncapsulationContextOnSendRule is 2 (now: %1). Typical "
               "result: error 809.")
                .arg(ev(f, "assume_udp_encapsulation")),
            tr("Set AssumeUDPEncapsulationContextOnSendRule to 2, then restart the PC.")};
    }
    if (is(id, finding::ProposalProfilePfsMismatch)) {
        return FindingText{tr("Perfect forward secrecy does not match"),
                           tr("The profile uses PFS %1 but the server's phase 2 proposals are %2. The VPN "
                              "connects, then drops at the first rekey (about an hour later).")
                               .arg(ev(f, "windows_pfs"), ev(f, "server_accepts_esp")),
                           fixPolicy};
    }
    if (is(id, finding::ProposalPhase2NoCommonProposal)) {
        return FindingText{tr("Phase 2 fails: no common ESP proposal"),
                           tr("The logs show the server refused the ESP proposals Windows sent (%1).")
                               .arg(ev(f, "windows_offers_esp")),
                           tr("Align the ESP cipher and integrity of the profile with the server's.")};
    }
    if (is(id, finding::ProposalProfileCustomPolicyUnreadable)) {
        return FindingText{tr("The profile's custom IPsec policy cannot be read"),
                           tr("The phonebook says the profile has a custom policy, but its value is not one "
                              "Windows writes. Windows may refuse to dial."),
                           tr("Apply a known policy to the profile.")};
    }
    if (is(id, finding::ProposalProfileNotIpsec)) {
        return FindingText{
            tr("This profile does not use IPsec"),
            tr("SSTP and PPTP profiles do not negotiate IKE proposals: this step does not apply."),
            {}};
    }
    if (is(id, finding::ProposalL2tpIpsecProhibited)) {
        return FindingText{
            tr("IPsec is switched off for L2TP (ProhibitIpSec = 1)"),
            tr("Windows will not protect L2TP with IPsec: servers that require IPsec refuse it, "
               "and the traffic is not encrypted by IPsec."),
            tr("Remove ProhibitIpSec unless your administrator set it on purpose.")};
    }
    if (is(id, finding::ProposalL2tpWeakCryptoAllowed)) {
        return FindingText{tr("Weak L2TP/IPsec algorithms are allowed (AllowL2TPWeakCrypto = 1)"),
                           tr("Windows accepts DES and MD5 for L2TP/IPsec: a security risk."),
                           tr("Remove AllowL2TPWeakCrypto once the server supports AES.")};
    }
    if (is(id, finding::ProposalPhase2NicOffloadEnabled)) {
        return FindingText{
            tr("A network adapter encrypts IPsec itself (task offload)"),
            tr("IPsec task offload is on for: %1. With a faulty driver, phase 1 succeeds and then no data "
               "passes (phase 2).")
                .arg(ev(f, "adapters")),
            tr("If the VPN connects but nothing passes, update the adapter's driver, or turn off "
               "\"IPsec Offload\" in the adapter's Advanced properties to test.")};
    }
    if (is(id, finding::ProposalServerNotProbed)) {
        return FindingText{tr("What the server accepts is not known yet"),
                           tr("Windows will offer: %1 (key exchange group %2).")
                               .arg(ev(f, "windows_offers"), ev(f, "key_share")),
                           {}};
    }
    if (is(id, finding::ProposalServerUnreachable)) {
        return FindingText{tr("The server did not answer"),
                           tr("Nothing came back on UDP port 500: proposals cannot be compared."),
                           tr("Check the server name and that UDP 500 and 4500 are open.")};
    }
    return FindingText{tr("Proposals: %1").arg(id),
                       tr("This finding comes from a newer version of IPsec Doctor."),
                       {},
                       false};
}

QString ProposalsCatalogue::remediationLabel(const QString& id) {
    if (id == QLatin1String(fix::kProfileIpsecPolicy.data())) {
        return tr("Apply the recommended IPsec policy");
    }
    if (id == QLatin1String(fix::kProfileTunnelType.data())) {
        return tr("Switch the tunnel type");
    }
    if (id == QLatin1String(fix::kNegotiateDh2048.data())) {
        return tr("Also offer AES-256 with group 14 (all VPNs)");
    }
    if (id == QLatin1String(fix::kAssumeUdpEncapsulation.data())) {
        return tr("Allow L2TP/IPsec through NAT");
    }
    return {};
}

QString ProposalsCatalogue::remediationDescription(const QString& id) {
    if (id == QLatin1String(fix::kProfileIpsecPolicy.data())) {
        return tr("Writes a custom IPsec policy into the VPN profile, the same setting as "
                  "Set-VpnConnectionIPsecConfiguration. Undo restores the profile's previous settings.");
    }
    if (id == QLatin1String(fix::kProfileTunnelType.data())) {
        return tr("Changes the tunnel type of the VPN profile. Undo restores the previous one.");
    }
    if (id == QLatin1String(fix::kNegotiateDh2048.data())) {
        return tr("Sets NegotiateDH2048_AES256 to 1: every IKEv2 VPN on this PC also offers AES-256 with "
                  "group 14. Undo restores the previous value (or removes it).");
    }
    if (id == QLatin1String(fix::kAssumeUdpEncapsulation.data())) {
        return tr(
            "Sets AssumeUDPEncapsulationContextOnSendRule to 2 so that L2TP/IPsec works when this PC and "
            "the server are both behind NAT. Undo restores the previous value (or removes it).");
    }
    return {};
}

QString ProposalsCatalogue::aftermath(const QString& id) {
    auto spec = parseSettingRemediation(id.toStdString(), [&] {
        SettingArguments a;
        if (id.startsWith(QLatin1String("profile."))) {
            a.profile = "x";
            if (id == QLatin1String(fix::kProfileIpsecPolicy.data())) {
                a.policy = VpnIpsecPolicy{};
            } else {
                a.strategy = VpnStrategy::Ikev2Only;
            }
        }
        return a;
    }());
    if (!spec) {
        return {};
    }
    switch (spec->aftermath) {
    case Aftermath::Reconnect:
        return tr("Takes effect the next time you connect the VPN.");
    case Aftermath::RestartRasMan:
        return tr("Takes effect after the Remote Access Connection Manager restarts (or the PC restarts); "
                  "then reconnect the VPN.");
    case Aftermath::Reboot:
        return tr("Takes effect after the PC restarts.");
    }
    return {};
}

QString ProposalsCatalogue::evidenceKey(const QString& key) {
    if (key == QLatin1String("windows_offers")) {
        return tr("Windows offers");
    }
    if (key == QLatin1String("server_accepts")) {
        return tr("Server accepts");
    }
    if (key == QLatin1String("recommended_policy")) {
        return tr("Recommended policy");
    }
    if (key == QLatin1String("offer_source")) {
        return tr("Proposal set");
    }
    if (key == QLatin1String("key_share")) {
        return tr("Key exchange group sent first");
    }
    if (key == QLatin1String("profile")) {
        return tr("VPN profile");
    }
    return {};
}

QString ProposalsCatalogue::tunnelName(TunnelType tunnel) {
    switch (tunnel) {
    case TunnelType::Ikev2:
        return QStringLiteral("IKEv2");
    case TunnelType::L2tp:
        return QStringLiteral("L2TP/IPsec");
    case TunnelType::Sstp:
        return QStringLiteral("SSTP");
    case TunnelType::Pptp:
        return QStringLiteral("PPTP");
    case TunnelType::Unknown:
        break;
    }
    return tr("unknown");
}

QString ProposalsCatalogue::authName(VpnAuthMethod auth) {
    switch (auth) {
    case VpnAuthMethod::EapMschapv2:
        return tr("EAP-MSCHAPv2 (user name and password)");
    case VpnAuthMethod::EapTls:
        return tr("EAP-TLS (certificate or smart card)");
    case VpnAuthMethod::Peap:
        return tr("PEAP");
    case VpnAuthMethod::OtherEap:
        return tr("EAP");
    case VpnAuthMethod::MachineCertificate:
        return tr("machine certificate");
    case VpnAuthMethod::PreSharedKey:
        return tr("pre-shared key");
    case VpnAuthMethod::Password:
        return tr("password");
    case VpnAuthMethod::Unknown:
        break;
    }
    return tr("unknown");
}

QString ProposalsCatalogue::profileSummary(const VpnProfile& p) {
    const QString policy = p.customPolicy          ? QString::fromStdString(policyArgument(*p.customPolicy))
                           : p.numCustomPolicy > 0 ? tr("unreadable")
                                                   : tr("Windows defaults");
    const QString split = !p.splitTunneling ? tr("unknown") : *p.splitTunneling ? tr("yes") : tr("no");
    return tr("%1 — server %2, %3 (%4), %5, IPsec policy: %6, split tunnelling: %7 [%8]")
        .arg(QString::fromStdString(p.name), QString::fromStdString(p.server), tunnelName(p.tunnel),
             p.strategy ? QString::fromUtf8(vpnStrategyId(*p.strategy).data()) : tr("no strategy"),
             authName(p.auth), policy, split, QString::fromUtf8(phonebookScopeId(p.scope).data()));
}

QString ProposalsCatalogue::whyMainAggressive() {
    return tr("Phase 1 (IKE) is where the PC and the server agree on algorithms and prove who they are. In "
              "main mode, identities are exchanged only once the channel is encrypted. Aggressive mode is "
              "faster but sends them in the clear, with a hash of the pre-shared key that can be cracked "
              "offline. Windows always uses main mode for L2TP/IPsec.");
}

QString ProposalsCatalogue::whyDhGroups() {
    return tr("A Diffie-Hellman group is the mathematics both sides use to create a shared key. For IKEv2, "
              "Windows offers only group 2 (MODP 1024) by default, which modern servers refuse as too "
              "weak; L2TP/IPsec already offers elliptic curves and group 14. A custom IPsec policy on the "
              "IKEv2 profile, or NegotiateDH2048_AES256, makes Windows offer group 14 (MODP 2048) or "
              "elliptic curves.");
}

QString ProposalsCatalogue::whyNatT() {
    return tr(
        "NAT (a home or hotel router) rewrites addresses, which breaks IPsec unless both sides wrap it in "
        "UDP port 4500 (NAT-T). IKEv2 does this by itself. For L2TP/IPsec, Windows refuses it when the "
        "server is also behind NAT unless AssumeUDPEncapsulationContextOnSendRule is set to 2.");
}

} // namespace ipsecdoctor::app
