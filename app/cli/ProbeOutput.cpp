// Text rendering of a probe result for people; the JSON is the core's (probe_json.cpp).
#include "ProbeCommand.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class ProbeOutputText {
    Q_DECLARE_TR_FUNCTIONS(ProbeOutputText)
};
using T = ProbeOutputText;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString yesNo(std::optional<bool> v) {
    return !v ? T::tr("no answer") : *v ? T::tr("yes") : T::tr("no");
}

QString list(const std::vector<ProbeProposal>& proposals) {
    QStringList names;
    for (const auto& p : proposals) {
        names << qs(p.notation);
    }
    return names.isEmpty() ? T::tr("none") : names.join(QStringLiteral(", "));
}

QString transport(const ProbeResult& r) {
    if (r.transport == "reachable") {
        return T::tr("answers");
    }
    if (r.transport == "throttled") {
        return T::tr("answers, then stops answering (rate limiting)");
    }
    if (r.transport == "unreachable") {
        return T::tr("unreachable (%1)").arg(qs(r.transportDetail));
    }
    if (r.transport == "timeout") {
        return T::tr("no answer");
    }
    if (r.transport == "dns-failed") {
        return T::tr("the name does not resolve (%1)").arg(qs(r.transportDetail));
    }
    return T::tr("error (%1)").arg(qs(r.transportDetail));
}

QString aggressive(const std::string& state) {
    if (state == "answered") {
        return T::tr("answered (a security risk with pre-shared keys)");
    }
    if (state == "rejected") {
        return T::tr("refused");
    }
    if (state == "no-answer") {
        return T::tr("no answer");
    }
    return T::tr("not asked");
}

} // namespace

QString probeToText(const ProbeResult& r) {
    QString out;
    const QString nl = QStringLiteral("\n");
    out += T::tr("Server %1 (%2), UDP port %3: %4")
               .arg(qs(r.host), qs(r.address), QString::number(r.port), transport(r)) +
           nl;
    if (r.rttMs) {
        out += T::tr("  first answer after %1 ms, %2 packet(s) sent in all")
                   .arg(QString::number(*r.rttMs, 'f', 1), QString::number(r.packetsSent)) +
               nl;
    }
    if (r.ikev2.probed) {
        out += T::tr("IKEv2: Windows' proposals (%1) accepted: %2")
                   .arg(qs(r.ikev2.windowsSet), yesNo(r.ikev2.windowsDefaultAccepted));
        if (r.ikev2.windowsDefaultChosen) {
            out += QStringLiteral(" (%1)").arg(qs(r.ikev2.windowsDefaultChosen->notation));
        }
        out += nl;
        out += T::tr("  accepted: %1%2")
                   .arg(list(r.ikev2.accepted),
                        r.ikev2.discoveryComplete ? QString() : T::tr(" (list may be incomplete)")) +
               nl;
        if (r.ikev2.keGroupRequested) {
            out +=
                T::tr("  the server asked for key exchange group %1").arg(r.ikev2.keGroupRequested.value()) +
                nl;
        }
    }
    if (r.ikev1.probed) {
        out += T::tr("IKEv1 Main Mode accepted: %1%2")
                   .arg(list(r.ikev1.mainModeAccepted),
                        r.ikev1.discoveryComplete ? QString() : T::tr(" (list may be incomplete)")) +
               nl;
        out += T::tr("IKEv1 Aggressive Mode: %1").arg(aggressive(r.ikev1.aggressiveMode)) + nl;
    }
    if (r.natDetected) {
        out += T::tr("NAT between this computer and the server: %1").arg(yesNo(r.natDetected)) + nl;
    }
    for (const auto& ca : r.certreqCaSha1) {
        out += T::tr("The server asks for a certificate from the CA with key SHA-1 %1").arg(qs(ca)) + nl;
    }
    out += T::tr("Server software: %1")
               .arg(r.serverFingerprint == "unknown" ? T::tr("unknown") : qs(r.serverFingerprint)) +
           nl;
    if (r.recommendation) {
        out += T::tr("Strongest proposal both sides support: %1").arg(qs(r.recommendation->proposal)) + nl;
        out += QStringLiteral("  Set-VpnConnectionIPsecConfiguration -ConnectionName \"<VPN>\" %1 -Force")
                   .arg(qs(r.recommendation->powerShell)) +
               nl;
    }
    return out;
}

} // namespace ipsecdoctor::app
