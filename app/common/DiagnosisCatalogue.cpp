#include "DiagnosisCatalogue.h"

#include "CodeCatalogue.h"
#include "LogsCatalogue.h"

#include "ipsecdoctor/diagnosis/diagnosis_json.h"
#include "ipsecdoctor/util/json_dump.h"

namespace ipsecdoctor::app {
namespace {

QString ev(const Finding& f, const char* key) {
    auto it = f.evidence.find(key);
    return it == f.evidence.end() ? QString() : QString::fromStdString(it->second);
}

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

QString DiagnosisCatalogue::confidence(int c) {
    if (c >= 85) {
        return tr("Very likely (%1 %)").arg(c);
    }
    if (c >= 65) {
        return tr("Likely (%1 %)").arg(c);
    }
    return tr("Possible (%1 %)").arg(c);
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
        return tr("PPP/EAP user authentication after IPsec");
    }
    return tr("not known");
}

FindingText DiagnosisCatalogue::cause(const RootCause& c) {
    const QString id = QString::fromStdString(c.id);
    if (id == QLatin1String("cause.local.ipsec-service-unavailable")) {
        return {
            tr("The IPsec services of this PC cannot run"),
            tr("The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is disabled or "
               "stopped: Windows cannot negotiate any IPsec connection (error 827)."),
            tr("Apply the fix below: IPsec Doctor restores the services' Windows defaults.")};
    }
    if (id == QLatin1String("cause.local.policyagent-unavailable")) {
        return {tr("The IPsec Policy Agent of this PC cannot run"),
                tr("Without it Windows has no IPsec policy for L2TP/IPsec (error 791, IKE 13825)."),
                tr("Apply the fix below: IPsec Doctor restores the service's Windows default.")};
    }
    if (id == QLatin1String("cause.local.rasman-unavailable")) {
        return {tr("The Remote Access Connection Manager cannot run"),
                tr("No VPN connection can be dialled without it (error 834)."),
                tr("Apply the fix below: IPsec Doctor restores the service's Windows default.")};
    }
    if (id == QLatin1String("cause.transport.dns")) {
        return {tr("The server's name does not resolve"), tr("The VPN server's name gives no address (DNS)."),
                tr("Check the server name in the connection and your Internet access.")};
    }
    if (id == QLatin1String("cause.transport.blocked")) {
        return {
            tr("The server cannot be reached on UDP 500/4500"),
            tr("IKE packets get no answer: a firewall or router between this PC and the server blocks UDP "
               "500 and 4500, or the server is down."),
            tr("Try from another network (a phone hotspot). If it works there, open UDP 500 and 4500 on this "
               "network; otherwise send the message below to your VPN provider.")};
    }
    if (id == QLatin1String("cause.transport.server-throttling")) {
        return {
            tr("The server is limiting IKE requests"),
            tr("The server answered, then went silent or asked for a cookie: it is protecting itself against "
               "overload."),
            tr("Wait a few minutes and try again; if it persists, tell your VPN provider.")};
    }
    if (id == QLatin1String("cause.transport.nat-t-registry")) {
        return {
            tr("NAT traversal is not allowed for L2TP/IPsec"),
            tr("A NAT router sits between this PC and the server, and Windows does not use UDP encapsulation "
               "towards a server behind NAT unless the AssumeUDPEncapsulationContextOnSendRule registry "
               "value "
               "is set (typical error 809)."),
            tr("Set AssumeUDPEncapsulationContextOnSendRule to 2 and restart the computer.")};
    }
    if (id == QLatin1String("cause.phase1.version-mismatch")) {
        return {tr("The server does not speak this IKE version"),
                tr("The server answers only IKEv1 or only IKEv2, and the connection uses the other."),
                tr("Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.")};
    }
    if (id == QLatin1String("cause.phase1.aggressive-mode-only")) {
        return {
            tr("The server only accepts IKEv1 Aggressive Mode"),
            tr("Windows only uses Main Mode; a server configured for Aggressive Mode never agrees with it. "
               "Aggressive Mode with a pre-shared key is also weak."),
            tr("Ask your VPN provider to enable Main Mode (or IKEv2) for Windows clients.")};
    }
    if (id == QLatin1String("cause.phase1.proposal-mismatch")) {
        return {
            tr("This PC and the server have no security proposal in common"),
            tr("The encryption, integrity or Diffie-Hellman group Windows offers is refused by the server "
               "(phase 1, error 13868)."),
            tr("Align the connection with the server (Set-VpnConnectionIPsecConfiguration with the server's "
               "algorithms), or ask your VPN provider to accept Windows' proposals.")};
    }
    if (id == QLatin1String("cause.certificate.expired")) {
        return {tr("A certificate has expired or the clock is wrong"),
                tr("IKE refuses a certificate outside its validity dates."),
                tr("Check this PC's date and time, then renew the expired certificate.")};
    }
    if (id == QLatin1String("cause.certificate.machine-certificate")) {
        return {
            tr("This PC has no usable computer certificate"),
            tr("IKE needs a computer certificate with its private key and the Client Authentication purpose "
               "(error 13806)."),
            tr("Install the certificate from your VPN provider (.pfx, with its private key) in the "
               "computer's "
               "Personal store.")};
    }
    if (id == QLatin1String("cause.certificate.untrusted")) {
        return {
            tr("The server's certificate is not trusted"),
            tr("The server's certificate does not chain to a root this PC trusts, or its name does not match "
               "(error 13801 in phase 1 authentication)."),
            tr("Install your VPN provider's root certificate in the computer's Trusted Root Certification "
               "Authorities, and use the exact server name of its certificate.")};
    }
    if (id == QLatin1String("cause.certificate.revocation")) {
        return {
            tr("A certificate is revoked or its revocation cannot be checked"),
            tr("The revocation list or OCSP server of a certificate is unreachable, or the certificate is "
               "revoked."),
            tr("Check that the revocation addresses are reachable; ask your VPN provider otherwise.")};
    }
    if (id == QLatin1String("cause.phase1.authentication")) {
        return {
            tr("The server refused this PC's credentials"),
            tr("Phase 1 authentication failed: with a pre-shared key, the keys differ; with certificates, "
               "the "
               "server does not accept the certificate this PC sent."),
            tr("Enter the pre-shared key again; with certificates, ask your VPN provider which certificate "
               "and authority it expects.")};
    }
    if (id == QLatin1String("cause.phase2.mismatch")) {
        return {
            tr("Phase 2 settings do not match"),
            tr("Phase 1 worked but the tunnel's own settings (encryption, PFS, traffic selectors, address "
               "assignment) were refused."),
            tr("Compare the phase 2 settings with your VPN provider.")};
    }
    if (id == QLatin1String("cause.user-auth.rejected")) {
        return {
            tr("The server rejected the user sign-in"),
            tr("IPsec worked; the user name, password or authentication method was refused afterwards."),
            tr("Check your user name and password, then ask your VPN provider which authentication method "
               "to use.")};
    }
    return {tr("Unknown cause %1").arg(id), tr("This cause comes from a newer version of IPsec Doctor."), {}};
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
                    tr("%n time(s), last on %1", nullptr, n).arg(LogsCatalogue::time(ev(f, "last_seen")));
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
