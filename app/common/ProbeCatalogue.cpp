// Meanings follow docs/ipsec-facts.md §3 (809, 13868) and §7 (what each IKE answer means).
#include "ProbeCatalogue.h"
#include "QtText.h"

namespace ipsecdoctor::app {
namespace {

/// "Set-VpnConnectionIPsecConfiguration … -Force" when the probe found a policy, else empty.
/// Findings saved by version 1.0 hold only the command's arguments.
QString command(const Finding& f) {
    QString command = ev(f, "recommended_powershell");
    if (command.isEmpty() || command.startsWith(QLatin1String("Set-VpnConnectionIPsecConfiguration "))) {
        return command;
    }
    return QStringLiteral("Set-VpnConnectionIPsecConfiguration -ConnectionName '<VPN>' %1 -Force")
        .arg(command);
}

} // namespace

QString ProbeCatalogue::tunnel(const std::string& tunnel) {
    return tunnel == "ikev2" ? tr("IKEv2") : tr("L2TP/IPsec");
}

QString ProbeCatalogue::verdict(const ProbeResult& r, const std::string& tunnel) {
    const auto& chosen = tunnel == "ikev2" ? r.ikev2.windowsDefaultChosen : r.ikev1.windowsDefaultChosen;
    QString verdict;
    switch (probeVerdict(r, tunnel)) {
    case ProbeVerdict::Accepted:
        verdict = tr("Windows' proposals accepted (%1)").arg(chosen ? qs(chosen->notation) : QString());
        break;
    case ProbeVerdict::OthersAccepted:
        verdict = tr("Windows' proposals refused; a custom policy would work");
        break;
    case ProbeVerdict::Refused:
        verdict = tr("nothing Windows can send is accepted");
        break;
    case ProbeVerdict::RefusedIncomplete:
        verdict = tr("Windows' proposals refused; the server stopped answering before the others were tried");
        break;
    case ProbeVerdict::NoAnswer:
        verdict = tr("no answer");
        break;
    case ProbeVerdict::NotAsked:
        verdict = tr("not asked");
        break;
    }
    return tr("%1: %2").arg(ProbeCatalogue::tunnel(tunnel), verdict);
}

QString ProbeCatalogue::largePacketState(const std::string& state) {
    return state == "delivered" ? tr("delivered")
           : state == "dropped" ? tr("dropped on the way")
                                : tr("not tested");
}

QString ProbeCatalogue::icmp(const QString& kind) {
    if (kind == QLatin1String("port-unreachable")) {
        return tr("port closed");
    }
    if (kind == QLatin1String("host-unreachable")) {
        return tr("host unreachable");
    }
    if (kind == QLatin1String("network-unreachable")) {
        return tr("network unreachable");
    }
    return kind;
}

std::optional<FindingText> ProbeCatalogue::finding(const Finding& f) {
    const QString id = QString::fromStdString(f.id);
    const QString server = QString::fromStdString(f.subject);
    if (is(id, finding::ConnectivityDnsFailed)) {
        return FindingText{
            tr("The name %1 does not resolve").arg(server),
            tr("Windows cannot find the address of the VPN server, so it cannot even try to "
               "connect (error 868)."),
            tr("Check the server name in the VPN connection, then your Internet connection and "
               "DNS settings.")};
    }
    if (is(id, finding::ConnectivityUdp500Timeout)) {
        return FindingText{
            tr("The VPN server does not answer on UDP port 500"),
            tr("IPsec Doctor sent the IKE packets Windows sends and got no answer at all: a "
               "firewall on the way drops them, or the server is down. Windows reports this as "
               "error 809."),
            tr("Ask the network administrator to allow UDP ports 500 and 4500 to the VPN server, "
               "or try from another network.")};
    }
    if (is(id, finding::ConnectivityUdp500Unreachable)) {
        return FindingText{tr("Nothing answers IKE at %1").arg(server),
                           tr("The network reported that the server cannot be reached on UDP port 500 (%1): "
                              "the VPN service does not run there, or this is not the VPN server's address.")
                               .arg(icmp(ev(f, "icmp"))),
                           tr("Check the server address; ask the server's administrator whether the VPN "
                              "service runs.")};
    }
    if (is(id, finding::ConnectivityUdp500Throttled)) {
        return FindingText{
            tr("The VPN server stopped answering after a few packets"),
            tr("It answered, then went silent: it limits connection attempts from one address. "
               "This protects it against attacks and is not a fault, but some answers are "
               "missing from this test."),
            tr("Wait a minute before testing again.")};
    }
    if (is(id, finding::ConnectivityUdp500Reachable)) {
        return FindingText{
            tr("The VPN server answers on UDP port 500"),
            tr("IKE packets reach the server and its answers come back (%1 ms).").arg(ev(f, "rtt_ms")),
            {}};
    }
    if (is(id, finding::ConnectivityUdp4500Blocked)) {
        return FindingText{
            tr("The VPN server does not answer on UDP port 4500"),
            ev(f, "nat_detected") == QLatin1String("true")
                ? tr("IKE starts on UDP port 500, then moves to port 4500 because a NAT router is on the "
                     "way; "
                     "that port gets no answer here, so the connection stops there (error 809).")
                : tr("IKE starts on UDP port 500 and moves to port 4500 behind a NAT router (home boxes, "
                     "hotels, "
                     "mobile networks); that port gets no answer here, so the VPN will fail on such networks "
                     "(error 809)."),
            tr("Ask the network or VPN administrator to allow UDP port 4500 to the server, like UDP port "
               "500.")};
    }
    if (is(id, finding::ConnectivityUdp4500Reachable)) {
        return FindingText{tr("The VPN server answers on UDP port 4500 (NAT traversal)"),
                           tr("IKE can move to port 4500 behind a NAT router, as Windows does."),
                           {}};
    }
    if (is(id, finding::ConnectivityNatDetected)) {
        return FindingText{
            tr("A NAT router sits between this computer and the server"),
            tr("Addresses are translated on the way, so IKE moves to UDP port 4500. This is normal at home; "
               "when the server itself is behind NAT, L2TP/IPsec also needs the "
               "AssumeUDPEncapsulationContextOnSendRule registry value."),
            {}};
    }
    if (is(id, finding::ConnectivityLargePacketsDropped)) {
        const bool fragmentation = ev(f, "ikev2_fragmentation_applies") == QLatin1String("true");
        const bool serverSplits = ev(f, "server_ikev2_fragmentation") == QLatin1String("true");
        const QString windows = ev(f, "windows_ikev2_fragmentation");
        QString explanation =
            fragmentation
                ? tr("A %1-byte IKE packet, split into IP fragments on the way, got no answer while small "
                     "ones do. IKEv2 can still work: Windows and this server split large IKE messages "
                     "themselves (IKEv2 fragmentation). L2TP/IPsec with certificates would fail here.")
                      .arg(ev(f, "bytes"))
                : tr("A %1-byte IKE packet, split into IP fragments on the way, got no answer while small "
                     "ones do. Sign-in with certificates sends packets that large, so the connection stops "
                     "after the first exchange (error 809 or 13805).")
                      .arg(ev(f, "bytes"));
        QString action =
            tr("Try from another network (a phone hotspot). If it works there, this network "
               "drops IP fragments: ask its administrator to let them through, or the VPN provider "
               "to enable IKEv2 fragmentation.");
        if (fragmentation) { // nothing to ask of the provider: both sides already split their messages
            action =
                tr("IKEv2 connections can work from here. If one still fails, or for L2TP/IPsec with "
                   "certificates, try from another network (a phone hotspot); if it works there, ask this "
                   "network's administrator to let IP fragments through.");
        }
        // The server splits IKEv2 messages; this Windows does not: the fix is on this PC.
        if (!fragmentation && serverSplits && windows == QLatin1String("old-build")) {
            explanation += QLatin1Char(' ') + tr("This server can split IKEv2 messages, but this version of "
                                                 "Windows cannot (IKEv2 fragmentation came with Windows 10 "
                                                 "version 1803).");
            action =
                tr("Update Windows: from Windows 10 version 1803 on, IKEv2 connections split their large "
                   "messages and no longer need IP fragments.");
        } else if (!fragmentation && serverSplits && windows == QLatin1String("disabled-in-profile")) {
            explanation += QLatin1Char(' ') + tr("This server can split IKEv2 messages, but this connection "
                                                 "has IKEv2 fragmentation turned off "
                                                 "(Disable_IKEv2_Fragmentation=1 in its phonebook entry).");
            action =
                tr("Turn IKEv2 fragmentation back on for this connection: set Disable_IKEv2_Fragmentation "
                   "to 0 in its entry of rasphone.pbk, then reconnect.");
        }
        return FindingText{tr("Large packets do not reach the server"), explanation, action};
    }
    if (is(id, finding::ConnectivityNatNone)) {
        return FindingText{tr("No NAT router between this computer and the server"),
                           tr("Addresses are not translated on the way, so IKE stays on UDP port 500."),
                           {}};
    }
    if (is(id, finding::ProposalIkev2WindowsDefaultRejected)) {
        const QString cmd = command(f);
        return FindingText{
            tr("The server refuses the encryption settings Windows proposes"),
            tr("None of the IKEv2 proposals this connection sends is accepted, so Windows fails "
               "with error 13868 (no policy match). The server accepts: %1.")
                .arg(ev(f, "accepted")),
            cmd.isEmpty() ? tr("Ask the server's administrator to accept a proposal Windows sends.")
                          : tr("Give the connection a policy the server accepts: %1").arg(cmd)};
    }
    if (is(id, finding::ProposalIkev2NoCommonProposal)) {
        return FindingText{
            tr("The server accepts no IKEv2 encryption settings Windows can use"),
            tr("Neither Windows' default IKEv2 proposals nor any custom policy Windows can be set to is "
               "accepted: the connection fails with error 13868."),
            tr("Ask the server's administrator to accept a proposal Windows supports, such as "
               "aes256-sha256-modp2048.")};
    }
    if (is(id, finding::ProposalIkev2DhGroupMismatch)) {
        const QString cmd = command(f);
        return FindingText{
            tr("The server wants a key exchange group this connection does not offer"),
            tr("The server asked for Diffie-Hellman group %1, which is not in the proposals of "
               "this connection.")
                .arg(ev(f, "ke_group_requested")),
            cmd.isEmpty() ? tr("Ask the server's administrator to accept group 2 or 14.")
                          : tr("Give the connection a policy the server accepts: %1").arg(cmd)};
    }
    if (is(id, finding::ProposalIkev2Accepted)) {
        return FindingText{
            tr("The server accepts Windows' IKEv2 proposals"), tr("It chose %1.").arg(ev(f, "chosen")), {}};
    }
    if (is(id, finding::ProposalIkev1NoCommonProposal)) {
        return FindingText{
            tr("The server accepts no L2TP/IPsec encryption settings Windows can use"),
            tr("Neither Windows' L2TP/IPsec proposals nor any custom policy Windows can be set to is "
               "accepted in IKEv1 Main Mode: the connection fails with error 788."),
            tr("Ask the server's administrator to accept AES-256 with SHA-1 and group 14.")};
    }
    if (is(id, finding::ProposalIkev1WindowsDefaultRejected)) {
        const QString cmd = command(f);
        return FindingText{
            tr("The server refuses the encryption settings Windows proposes for L2TP/IPsec"),
            tr("None of the IKEv1 Main Mode proposals this connection sends is accepted, so the L2TP/IPsec "
               "connection fails with error 788. The server accepts: %1.")
                .arg(ev(f, "accepted")),
            cmd.isEmpty() ? tr("Ask the server's administrator to accept a proposal Windows sends.")
                          : tr("Give the connection a policy the server accepts: %1").arg(cmd)};
    }
    if (is(id, finding::ProposalIkev1Accepted)) {
        return FindingText{tr("The server accepts Windows' L2TP/IPsec proposals"),
                           tr("It chose %1.").arg(ev(f, "chosen")),
                           {}};
    }
    if (is(id, finding::ProposalIkev1AggressiveOnly)) {
        return FindingText{
            tr("The server only answers IKEv1 Aggressive Mode"),
            tr("Windows uses Main Mode only, so it cannot connect to this server. With a "
               "pre-shared key, Aggressive Mode also lets an eavesdropper guess the key offline."),
            tr("Ask the server's administrator to enable Main Mode and disable Aggressive Mode.")};
    }
    if (is(id, finding::ProposalIkev1AggressiveModeAnswered)) {
        return FindingText{
            tr("The server answers IKEv1 Aggressive Mode (security risk)"),
            tr("Windows does not use it, but with a pre-shared key anyone can capture the answer "
               "and guess the key offline."),
            tr("Ask the server's administrator to disable Aggressive Mode.")};
    }
    if (is(id, finding::ProposalVersionIkev1Only)) {
        return FindingText{tr("The server only speaks IKEv1 (L2TP/IPsec)"),
                           tr("It does not answer IKEv2: an IKEv2 connection cannot work, L2TP/IPsec can."),
                           tr("Set the VPN type to L2TP/IPsec, or ask for IKEv2 on the server.")};
    }
    if (is(id, finding::ProposalVersionIkev2Only)) {
        return FindingText{tr("The server only speaks IKEv2"),
                           tr("It refuses IKEv1: an L2TP/IPsec connection cannot work, IKEv2 can."),
                           tr("Set the VPN type to IKEv2.")};
    }
    if (is(id, finding::ProposalWeakCrypto)) {
        const QString cmd = command(f);
        return FindingText{
            tr("The connection would use weak encryption (%1)").arg(ev(f, "negotiated")),
            tr("The server accepts it, but DES, 3DES, MD5 and Diffie-Hellman groups 1 and 2 can be "
               "broken today."),
            cmd.isEmpty() ? QString() : tr("Switch to a stronger policy both sides support: %1").arg(cmd)};
    }
    return std::nullopt;
}

} // namespace ipsecdoctor::app
