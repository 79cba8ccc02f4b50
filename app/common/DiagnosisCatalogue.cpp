#include "DiagnosisCatalogue.h"
#include "QtText.h"

#include "CodeCatalogue.h"
#include "LogsCatalogue.h"
#include "ProposalsCatalogue.h"

#include "ipsecdoctor/diagnosis/diagnosis_json.h"
#include "ipsecdoctor/util/json_dump.h"

namespace ipsecdoctor::app {
namespace {

QString stepName(Step s) {
    switch (s) {
    case Step::Services:
        return DiagnosisCatalogue::tr("Windows services");
    case Step::Certificates:
        return DiagnosisCatalogue::tr("Certificates");
    case Step::Proposals:
        return DiagnosisCatalogue::tr("Security proposals");
    case Step::Logs:
        return DiagnosisCatalogue::tr("Event logs");
    case Step::Connectivity:
        return DiagnosisCatalogue::tr("Connectivity");
    }
    return {};
}

} // namespace

QString DiagnosisCatalogue::certainty(Certainty c) {
    switch (c) {
    case Certainty::Proven:
        return tr("Proven");
    case Certainty::Likely:
        return tr("Likely");
    case Certainty::Possible:
        return tr("Possible");
    }
    return tr("Possible");
}

QString DiagnosisCatalogue::certaintyHelp(Certainty c) {
    switch (c) {
    case Certainty::Proven:
        return tr("Shown by the server's answer or by a fact that stops the connection outright.");
    case Certainty::Likely:
        return tr("An error code or a fact of this computer points to it.");
    case Certainty::Possible:
        return tr("One of several readings of the evidence.");
    }
    return {};
}

QString DiagnosisCatalogue::connection(const Diagnosis& d) {
    if (!d.connectionKnown) {
        return tr(
            "No VPN connection chosen: the causes are not narrowed to one tunnel type or sign-in method.");
    }
    const auto& c = d.connection;
    QStringList parts;
    if (c.tunnel != TunnelType::Unknown) {
        parts << ProposalsCatalogue::tunnelName(c.tunnel);
    }
    if (c.auth != VpnAuthMethod::Unknown) {
        parts << ProposalsCatalogue::authName(c.auth);
    }
    if (!c.server.empty()) {
        parts << QString::fromStdString(c.server);
    }
    const QString name =
        c.profile.empty()
            ? tr("Server typed in")
            : tr("“%1”", "the name of a VPN connection, quoted").arg(QString::fromStdString(c.profile));
    return parts.isEmpty() ? name : tr("%1 \u2014 %2").arg(name, parts.join(QStringLiteral(", ")));
}

QString DiagnosisCatalogue::exchange(const std::string& id) {
    if (id == "ike-sa-init") {
        return tr("IKEv2 IKE_SA_INIT (first exchange)");
    }
    if (id == "ike-auth") {
        return tr("IKEv2 IKE_AUTH (authentication)");
    }
    if (id == "main-mode") {
        return tr("IKEv1 Main Mode (phase 1)");
    }
    if (id == "quick-mode") {
        return tr("IKEv1 Quick Mode (phase 2)");
    }
    if (id == "ppp") {
        return tr("PPP user authentication inside the L2TP/IPsec tunnel");
    }
    return tr("not known");
}

FindingText DiagnosisCatalogue::cause(const RootCause& c) {
    const QString id = QString::fromStdString(c.id);
    if (is(id, cause::LocalIpsecServiceUnavailable)) {
        return {
            tr("The IPsec services of this PC cannot run"),
            tr("The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is disabled or "
               "stopped: Windows cannot negotiate any IPsec connection (error 827)."),
            tr("Apply the fix below: IPsec Doctor restores the services' Windows defaults.")};
    }
    if (is(id, cause::LocalPolicyAgentUnavailable)) {
        return {
            tr("The IPsec Policy Agent of this PC cannot run"),
            tr("L2TP/IPsec connections need it: without it Windows has no IPsec policy for them (error 791, "
               "IKE 13825). IKEv2 connections do not use it."),
            tr("Apply the fix below: IPsec Doctor restores the service's Windows default.")};
    }
    if (is(id, cause::LocalRasManUnavailable)) {
        return {tr("The Remote Access Connection Manager cannot run"),
                tr("No VPN connection can be dialled without it (error 834)."),
                tr("Apply the fix below: IPsec Doctor restores the service's Windows default.")};
    }
    if (is(id, cause::LocalIkePortTaken)) {
        return {tr("Another program holds the IKE ports of this PC"),
                tr("Windows' IKE service needs UDP ports 500 and 4500 of this PC; another program (often "
                   "another VPN client) holds one of them, so Windows' IKE packets never reach the server or "
                   "its answers never reach Windows (error 809)."),
                tr("Quit or uninstall the program named above, or stop the service it runs, then restart the "
                   "computer and connect again.")};
    }
    if (is(id, cause::TransportDns)) {
        return {tr("The server's name does not resolve"), tr("The VPN server's name gives no address (DNS)."),
                tr("Check the server name in the connection and your Internet access.")};
    }
    if (is(id, cause::TransportBlocked)) {
        return {
            tr("The server cannot be reached on UDP 500/4500"),
            tr("IKE packets get no answer: a firewall or router between this PC and the server blocks UDP "
               "500 and 4500, or the server is down."),
            tr("Try from another network (a phone hotspot). If it works there, open UDP 500 and 4500 on this "
               "network; otherwise send the message below to your VPN provider.")};
    }
    if (is(id, cause::TransportNatTBlocked)) {
        return {
            tr("UDP 4500 is blocked on the way to the server"),
            tr("A NAT router sits between this PC and the server, so IKE moves to UDP port 4500 after the "
               "first exchange; the server answered on UDP 500 but nothing came back on UDP 4500."),
            tr("Try from another network (a phone hotspot). If it works there, allow UDP 4500 on this "
               "network; "
               "otherwise send the message below to your VPN provider.")};
    }
    if (is(id, cause::TransportFragmentsDropped)) {
        return {tr("The network drops large packets on the way to the server"),
                tr("Small IKE packets reach the server, but a packet as large as the one that carries the "
                   "certificates is split into IP fragments, and they never arrive: the connection stops "
                   "after the "
                   "first exchange."),
                tr("Try from another network (a phone hotspot). If it works there, ask this network's "
                   "administrator to let IP fragments through; otherwise send the message below to your VPN "
                   "provider (IKEv2 fragmentation on the server avoids it).")};
    }
    if (is(id, cause::TransportServerThrottling)) {
        return {
            tr("The server is limiting IKE requests"),
            tr("The server answered, then went silent or asked for a cookie: it is protecting itself against "
               "overload."),
            tr("Wait a few minutes and try again; if it persists, tell your VPN provider.")};
    }
    if (is(id, cause::TransportNatTRegistry)) {
        return {tr("Windows refuses L2TP/IPsec to a server behind NAT"),
                tr("The server sits behind a NAT router, and by default Windows does not set up L2TP/IPsec "
                   "with a "
                   "server behind NAT unless the AssumeUDPEncapsulationContextOnSendRule registry value "
                   "allows it "
                   "(typical error 809). A NAT router in front of this PC alone needs no change."),
                tr("Apply the fix below (it sets the value to 2), then restart the computer.")};
    }
    if (is(id, cause::Phase1VersionMismatch)) {
        return {tr("The server does not speak this IKE version"),
                tr("The server answers only IKEv1 or only IKEv2, and the connection uses the other."),
                tr("Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.")};
    }
    if (is(id, cause::Phase1AggressiveModeOnly)) {
        return {
            tr("The server only accepts IKEv1 Aggressive Mode"),
            tr("Windows only uses Main Mode; a server configured for Aggressive Mode never agrees with it. "
               "Aggressive Mode with a pre-shared key is also weak."),
            tr("Ask your VPN provider to enable Main Mode (or IKEv2) for Windows clients.")};
    }
    if (is(id, cause::Phase1ProposalMismatch)) {
        return {
            tr("This PC and the server have no security proposal in common"),
            tr("The encryption, integrity or Diffie-Hellman group Windows offers is refused by the server "
               "(phase 1, error 13868)."),
            tr("Align the connection with the server (Set-VpnConnectionIPsecConfiguration with the server's "
               "algorithms), or ask your VPN provider to accept Windows' proposals.")};
    }
    if (is(id, cause::CertificateExpired)) {
        return {tr("A certificate has expired or the clock is wrong"),
                tr("IKE refuses a certificate outside its validity dates."),
                tr("Check this PC's date and time, then renew the expired certificate.")};
    }
    if (is(id, cause::CertificateMachineCertificate)) {
        return {
            tr("This PC has no usable computer certificate"),
            tr("IKE needs a computer certificate with its private key and the Client Authentication purpose "
               "(error 13806)."),
            tr("Install the certificate from your VPN provider (.pfx, with its private key) in the "
               "computer's "
               "Personal store.")};
    }
    if (is(id, cause::ServerCertificate)) {
        return {tr("The server has no usable certificate for IKE"),
                tr("With EAP sign-in this PC sends no computer certificate: error 13806 means the VPN server "
                   "found "
                   "no valid certificate or trusted root of its own for IKEv2."),
                tr("Send the message below to your VPN provider: the server's IKEv2 certificate must be "
                   "installed "
                   "with its private key and the Server Authentication purpose.")};
    }
    if (is(id, cause::CertificateUntrusted)) {
        return {
            tr("This PC does not accept the server's certificate"),
            tr("Windows checks the server's certificate: it must chain to a root in the computer's Trusted "
               "Root "
               "Certification Authorities (a root only in your user's store does not count), carry the "
               "Server "
               "Authentication purpose, be valid, and name the server you dial (error 13801)."),
            tr("Install your VPN provider's root certificate in the computer's Trusted Root Certification "
               "Authorities, and dial the exact server name of its certificate.")};
    }
    if (is(id, cause::CertificateRevocation)) {
        return {
            tr("A certificate is revoked or its revocation cannot be checked"),
            tr("The revocation list or OCSP server of a certificate is unreachable, or the certificate is "
               "revoked."),
            tr("Check that the revocation addresses are reachable; ask your VPN provider otherwise.")};
    }
    if (is(id, cause::Phase1PskMismatch)) {
        return {tr("The pre-shared key does not match the server's"),
                tr("The server answered, then the IPsec authentication with the pre-shared key failed (error "
                   "789): the key typed in this connection differs from the server's."),
                tr("Open the connection's properties, Security tab, Advanced settings, and type the "
                   "pre-shared key "
                   "again exactly as your VPN provider gave it.")};
    }
    if (is(id, cause::Phase1Authentication)) {
        return {
            tr("IKE authentication failed"),
            tr("One side rejected the other's certificate or key. Most often this PC rejects the server's "
               "certificate (purpose, validity, root, name); otherwise the server rejects this PC's "
               "certificate "
               "or pre-shared key."),
            tr("Run the Certificates step with this connection; if it finds nothing, ask your VPN provider "
               "which "
               "certificate and authority it expects.")};
    }
    if (is(id, cause::Phase2Mismatch)) {
        return {
            tr("Phase 2 settings do not match"),
            tr("Phase 1 worked but the tunnel's own settings (encryption, PFS, traffic selectors, address "
               "assignment) were refused."),
            tr("Compare the phase 2 settings with your VPN provider.")};
    }
    if (is(id, cause::UserAuthRejected)) {
        return {
            tr("The server rejected the user sign-in"),
            tr("The server refused the user name, the password or the sign-in method its policy allows (in "
               "PPP "
               "after IPsec with L2TP, in EAP inside IKE_AUTH with IKEv2)."),
            tr("Check your user name and password, then ask your VPN provider which authentication method "
               "to use.")};
    }
    return {tr("Unknown cause %1").arg(id),
            tr("This cause comes from a newer version of IPsec Doctor."),
            {},
            false};
}

QStringList DiagnosisCatalogue::evidenceLines(const RootCause& c) {
    QStringList lines;
    for (const auto& f : c.evidence) {
        lines << Catalogue::finding(f).title;
    }
    return lines;
}

QString DiagnosisCatalogue::providerMessage(const Diagnosis& d, const SystemSnapshot* snapshot) {
    const auto& r = d.provider;
    QStringList m;
    m << tr("Hello,") << QString();
    m << tr("My VPN connection fails. IPsec Doctor checked this computer; here is what it found.");
    m << QString();
    m << tr("Connection: %1").arg(connection(d));
    m << tr("Failing stage: %1").arg(CodeCatalogue::stage(r.stage));
    m << tr("IKE exchange: %1").arg(exchange(r.exchange));
    if (!r.keyModule.empty()) {
        m << tr("IKE version: %1")
                 .arg(LogsCatalogue::evidenceValue(QStringLiteral("key_module"),
                                                   QString::fromStdString(r.keyModule)));
    }
    if (!r.remoteAddress.empty()) {
        m << tr("Server address seen in the logs: %1").arg(QString::fromStdString(r.remoteAddress));
    }
    if (snapshot && !snapshot->machine.osName.empty()) {
        m << tr("Computer: %1, Windows build %2")
                 .arg(QString::fromStdString(snapshot->machine.osName),
                      QString::fromStdString(snapshot->machine.osBuild));
    }
    if (snapshot && !snapshot->machine.appVersion.empty()) {
        m << tr("IPsec Doctor version: %1").arg(QString::fromStdString(snapshot->machine.appVersion));
    }
    m << QString() << tr("Errors and events:");
    if (r.failures.empty()) {
        m << tr("- none recorded");
    }
    for (const auto& f : r.failures) {
        QString line = QStringLiteral("- ") + Catalogue::finding(f).title;
        const QString symbol = ev(f, "symbol");
        if (!symbol.isEmpty()) {
            line += QStringLiteral(" [") + symbol + QLatin1Char(']');
        }
        const int n = ev(f, "count").toInt();
        if (n > 0) {
            line += QStringLiteral(" — ") +
                    tr("%n time(s), last on %1 (UTC)", nullptr, n)
                        .arg(ev(f, "last_seen").left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
        }
        m << line;
    }
    m << QString() << tr("Checked on this computer:");
    for (const auto& [step, severity] : r.checked) {
        m << QStringLiteral("- ") + tr("%1: %2").arg(stepName(step), Catalogue::severity(severity));
    }
    if (!r.topCause.empty()) {
        RootCause top;
        top.id = r.topCause;
        m << QString() << tr("Most likely explanation: %1").arg(cause(top).title);
    } else if (r.recommended) {
        m << QString() << tr("Nothing on this computer explains the failure.");
    }
    m << QString()
      << tr("Could you check the server's logs at these times and tell me which setting to change?");
    m << QString() << tr("Thank you.");
    return m.join(QLatin1Char('\n'));
}

std::vector<std::pair<std::string, std::string>>
DiagnosisCatalogue::bundleAttachments(const Diagnosis& d, const SystemSnapshot& snapshot) {
    return {{"diagnosis/diagnosis.json", dumpJson(toJson(d)) + "\n"},
            {"diagnosis/message-for-vpn-provider.txt", providerMessage(d, &snapshot).toStdString() + "\n"}};
}

} // namespace ipsecdoctor::app
